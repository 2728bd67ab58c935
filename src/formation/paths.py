"""Where Formation keeps its files on this computer."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "Formation"
DB_ENV = "FORMATION_DB"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_database() -> Path:
    return data_dir() / "formation.sqlite"


def chosen_database(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """`--db PATH`, else the FORMATION_DB variable, else the default file."""
    if cli_value:
        return Path(cli_value).expanduser()
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser()
    return default_database()
