"""Logging to a rotating file in the user's log folder. Never log participant data."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from formation import paths

LOG_FILE = "formation.log"


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    handler = RotatingFileHandler(paths.log_dir() / LOG_FILE, maxBytes=1_000_000, backupCount=3,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
