"""Where the shipped files (icons, fonts, form templates) are, from a source tree or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """The folder holding `resources/` and `forms/`: the bundle's, or the source tree's."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled)
    return Path(__file__).resolve().parents[2]


def resource(*parts: str) -> Path:
    return root().joinpath("resources", *parts)


def forms_folder() -> Path:
    return root() / "forms"
