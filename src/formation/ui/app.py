"""Assembling the application: translations, error handling, the file, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from formation.core.errors import FormationError
from formation.storage.database import Database
from formation.ui.main_window import FILE_FILTER, MainWindow

log = logging.getLogger(__name__)
RECENT_KEY = "files/recent"
MAX_RECENT = 8


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    app.setOrganizationName("Formation")
    app.setApplicationName("Formation")
    app.setApplicationDisplayName("Formation")
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    _load_qt_translations(app)
    return app


def _load_qt_translations(app: QApplication) -> None:
    """Qt's own dialogs (file chooser, message boxes) in French."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(QLocale(QLocale.Language.French), "qtbase", "_", folder):
        app.installTranslator(translator)


def show_unexpected_error(kind: type[BaseException], error: BaseException,
                          tb: TracebackType | None) -> None:
    """Log the details for support; show the user a French sentence, never a trace."""
    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
    if isinstance(error, FormationError):
        QMessageBox.warning(None, "Formation", str(error))
        return
    QMessageBox.critical(None, "Formation", (
        "Une erreur inattendue est survenue. Ce qui était déjà enregistré est intact.\n"
        "Si elle se reproduit, signalez-la depuis le menu Aide (le détail est dans le journal)."))


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
