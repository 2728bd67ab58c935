"""Formation: the quality cycle of a small French training organisation, offline, in one file."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("formation")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
