"""Assembling the application: the file, the main window, the recent files."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from formation.core.errors import FormationError
from formation.storage.database import Database
from formation.ui.application import make_application, show_unexpected_error
from formation.ui.main_window import FILE_FILTER, MainWindow

log = logging.getLogger(__name__)
RECENT_KEY = "files/recent"
MAX_RECENT = 8


class Controller:
    """Holds the open file and its window; reopens on another file when asked."""

    def __init__(self) -> None:
        self.db: Database | None = None
        self.window: MainWindow | None = None

    def open(self, path: Path) -> bool:
        try:
            db = Database.open(path)
        except FormationError as error:
            QMessageBox.warning(self.window, "Formation", str(error))
            return False
        if self.window is not None:
            self.window.close()
        if self.db is not None:
            self.db.close()
        self.db = db
        recent = remember_recent(db.path)
        self.window = MainWindow(db, recent)
        self.window.open_requested.connect(self.open)
        self.window.show()
        return True

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


def remember_recent(path: Path) -> list[Path]:
    settings = QSettings()
    stored = settings.value(RECENT_KEY, [], list) or []
    paths = [str(path)] + [p for p in stored if p != str(path)]
    settings.setValue(RECENT_KEY, paths[:MAX_RECENT])
    return [Path(p) for p in paths[1:MAX_RECENT]]


def run(db_path: Path) -> int:
    app = make_application()
    sys.excepthook = show_unexpected_error
    controller = Controller()
    while not controller.open(db_path):
        chosen, _ = QFileDialog.getOpenFileName(None, "Choisir un autre fichier Formation",
                                                str(db_path.parent), FILE_FILTER)
        if not chosen:
            return 1
        db_path = Path(chosen)
    try:
        return app.exec()
    finally:
        controller.close()
