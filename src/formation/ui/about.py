"""The Help menu: "À propos de Formation" and "Signaler un problème…"."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from formation import __version__, paths, support
from formation.resources import resource
from formation.ui.widgets import tab_through_buttons


def qt_versions() -> dict[str, str]:
    return {"Qt": qVersion(), "PySide6": PySide6.__version__}


class AboutDialog(QDialog):
    """Version, where the files are, and the versions of what it runs on (for support calls)."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos de Formation"))
        self.database = database
        icon = QLabel(self)
        icon.setPixmap(QIcon(str(resource("icons", "formation.svg"))).pixmap(64, 64))
        title = QLabel(self.tr("<b>Formation</b> %1<br>Le cycle qualité d'un organisme de formation, "
                               "hors ligne, dans un seul fichier.").replace("%1", __version__), self)
        title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(title, 1)

        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        versions = qt_versions()
        for name, value in [
            (self.tr("Version"), __version__),
            (self.tr("Dossier des données"), str(paths.data_dir())),
            (self.tr("Fichier ouvert"), str(database)),
            (self.tr("Dossier des journaux"), str(paths.log_dir())),
            (self.tr("Qt / PySide6"), f"{versions['Qt']} / {versions['PySide6']}"),
            (self.tr("Python"), platform.python_version()),
        ]:
            label = QLabel(value, self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            form.addRow(name + " :", label)
            self.fields[name] = label

        buttons = QDialogButtonBox(self)
        self.open_folder = QPushButton(self.tr("Ouvrir le dossier des données"), self)
        self.open_folder.clicked.connect(self.open_data_folder)
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = QPushButton(self.tr("Fermer"), self)
        self.close_button.setDefault(True)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        tab_through_buttons(buttons)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))


def report_problem(parent: QWidget | None, database: Path) -> Path | None:
    """Ask where to save the support ZIP, write it, say what to do with it. Returns the file."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation)
    start = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("AboutDialog", "Enregistrer le signalement"),
        str(start / support.default_name()),
        QCoreApplication.translate("AboutDialog", "Archives ZIP (*.zip)"))
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")
    try:
        support.bundle_logs(target, database=database, extra=qt_versions())
    except OSError as error:
        QMessageBox.warning(parent, "Formation", QCoreApplication.translate(
            "AboutDialog", "Le signalement n'a pas pu être enregistré :\n%1").replace("%1", str(error)))
        return None
    ready = QCoreApplication.translate(
        "AboutDialog",
        "Le fichier « %1 » est prêt.\n\n"
        "Envoyez-le par courriel à la personne qui vous aide avec Formation, en pièce jointe, en "
        "décrivant ce que vous faisiez quand le problème est survenu et ce qui s'est affiché.\n\n"
        "Il contient le journal de l'application et la description de l'ordinateur (versions, "
        "système). Il ne contient pas vos données : ni participant·es, ni sessions, ni documents ; "
        "les adresses électroniques et les numéros de téléphone en ont été retirés.")
    QMessageBox.information(parent, QCoreApplication.translate("AboutDialog", "Signalement prêt"),
                            ready.replace("%1", str(target)))
    return target
