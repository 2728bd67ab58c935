"""The QApplication as Formation wants it: French locale, its texts and Qt's in the chosen language
(French unless FORMATION_LANG says otherwise, see i18n.py), no trace to users."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from formation.core.errors import FormationError
from formation.logs import LOG_FILE
from formation.paths import log_dir
from formation.resources import resource
from formation.ui.i18n import chosen_language, install_translations

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    if app.property("formation_ready"):
        return app
    app.setProperty("formation_ready", True)
    app.setOrganizationName("Formation")
    app.setApplicationName("Formation")
    app.setApplicationDisplayName("Formation")
    app.setWindowIcon(QIcon(str(resource("icons", "formation.svg"))))
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    install_translations(app, chosen_language())
    return app


def show_unexpected_error(kind: type[BaseException], error: BaseException,
                          tb: TracebackType | None) -> None:
    """Log the details for support; show the user a French sentence, never a trace."""
    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
    if isinstance(error, FormationError):
        QMessageBox.warning(None, "Formation", str(error))
        return
    QMessageBox.critical(None, "Formation", (
        "Une erreur inattendue est survenue. Ce qui était déjà enregistré est intact.\n"
        "Si elle se reproduit, transmettez le journal à la personne qui vous aide :\n"
        f"{log_dir() / LOG_FILE}"))
