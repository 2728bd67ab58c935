"""What can be done with the selected session: run its attendance, print its sheets, keep scans."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.core.text import slugify
from formation.documents.attendance_sheet import attendance_sheet_pdf
from formation.services import session_documents, sessions
from formation.storage.database import Database
from formation.ui.attendance_window import AttendanceWindow
from formation.ui.documents_dialog import DocumentsDialog
from formation.ui.forms.questionnaires_dialog import QuestionnairesDialog

SCAN_FILTER = "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"


class SessionActions(QWidget):
    """A row of buttons acting on one session; hidden when no session is selected."""

    changed = Signal()  # attendance recorded: hours shown elsewhere may change

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session_id: int | None = None
        self.windows: dict[int, AttendanceWindow] = {}
        self.attendance_button = QPushButton(self.tr("Émargement…"), self)
        self.attendance_button.setToolTip(self.tr("Présences et signatures, demi-journée par "
                                                  "demi-journée"))
        self.attendance_button.clicked.connect(self.open_attendance)
        self.sheet_button = QToolButton(self)
        self.sheet_button.setText(self.tr("Feuille d'émargement (PDF)"))
        self.sheet_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.sheet_button)
        menu.addAction(self.tr("Vierge, à signer sur papier…"), lambda: self.save_sheet(blank=True))
        menu.addAction(self.tr("Remplie, avec les signatures…"), lambda: self.save_sheet(blank=False))
        self.sheet_button.setMenu(menu)
        self.scans_button = QPushButton(self.tr("Feuilles scannées…"), self)
        self.scans_button.clicked.connect(self.open_scans)
        self.documents_button = QPushButton(self.tr("Documents…"), self)
        self.documents_button.setToolTip(self.tr("Certificats, attestations, convocations… pour "
                                                 "tous les participant·es en une fois"))
        self.documents_button.clicked.connect(self.open_documents)
        self.forms_button = QPushButton(self.tr("Questionnaires…"), self)
        self.forms_button.setToolTip(self.tr("Besoins, positionnement, évaluations, satisfaction : "
                                             "préparer, imprimer, saisir, importer, relancer"))
        self.forms_button.clicked.connect(self.open_questionnaires)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.attendance_button, self.sheet_button, self.scans_button,
                       self.documents_button, self.forms_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.results_button = QPushButton(self.tr("Résultats…"), self)
        self.results_button.setToolTip(self.tr("Satisfaction, acquis par objectif et commentaires ; "
                                               "export en PDF ou en CSV"))
        self.results_button.clicked.connect(self.open_results)
        row.insertWidget(row.count() - 1, self.results_button)  # before the stretch
        self.set_session(None)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        for widget in (self.attendance_button, self.sheet_button, self.scans_button,
                       self.documents_button, self.forms_button):
            widget.setEnabled(session_id is not None)
        self.results_button.setEnabled(session_id is not None)

    def open_attendance(self) -> None:
        if self.session_id is None:
            return
        window = self.windows.get(self.session_id)
        if window is None:
            window = AttendanceWindow(self.db, self.session_id)
            window.hours_changed.connect(self.changed)
            window.destroyed.connect(lambda _=None, sid=self.session_id: self.windows.pop(sid, None))
            self.windows[self.session_id] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def suggested_sheet_name(self, blank: bool) -> str:
        data = sessions.get_session(self.db, self.session_id or 0)
        start = data.start_date.isoformat() if data.start_date else ""
        return f"{start}_{slugify(data.code)}_emargement{'-vierge' if blank else ''}.pdf"

    def save_sheet(self, blank: bool) -> None:
        if self.session_id is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer la feuille d'émargement"),
            str(Path.home() / self.suggested_sheet_name(blank)), "PDF (*.pdf)")
        if not target:
            return
        try:
            Path(target).write_bytes(attendance_sheet_pdf(self.db, self.session_id, blank=blank))
        except (FormationError, OSError) as error:
            QMessageBox.warning(self, self.tr("Feuille d'émargement"), str(error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(target))

    def open_scans(self) -> None:
        if self.session_id is not None:
            ScansDialog(self.db, self.session_id, self).open()

    def open_documents(self) -> DocumentsDialog | None:
        if self.session_id is None:
            return None
        dialog = DocumentsDialog(self.db, self.session_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_questionnaires(self) -> QuestionnairesDialog | None:
        if self.session_id is None:
            return None
        dialog = QuestionnairesDialog(self.db, self.session_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_results(self) -> QDialog | None:
        from formation.ui.results_dialog import ResultsDialog

        if self.session_id is None:
            return None
        dialog = ResultsDialog(self.db, self.session_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class ScansDialog(QDialog):
    """The signed sheets scanned for a session: add one, open one again."""

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.session_id = db, session_id
        self.setWindowTitle(self.tr("Feuilles d'émargement scannées"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Documents joints"))
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        add = QPushButton(self.tr("Joindre un scan…"), self)
        add.clicked.connect(self.choose)
        self.open_button = QPushButton(self.tr("Ouvrir"), self)
        self.open_button.clicked.connect(self.open_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(add)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Les scans sont copiés dans le fichier de données : "
                                        "ils restent disponibles même si l'original est déplacé."),
                                self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.resize(560, 360)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for row in session_documents.list_documents(self.db, self.session_id):
            item = QListWidgetItem(f"{row.filename} — {row.kind_label}, ajouté le "
                                   f"{frenchfmt.short_date(row.added_at.date())}")
            item.setData(256, row.id)
            self.list.addItem(item)
        self.open_button.setEnabled(self.list.count() > 0)
        if self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)

    def attach(self, path: Path) -> None:
        try:
            session_documents.attach(self.db, self.session_id, path)
        except FormationError as error:
            self.message.setText(str(error))
            return
        self.message.setText(self.tr("« %1 » est joint à la session.").replace("%1", path.name))
        self.refresh()

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Joindre une feuille scannée"),
                                              str(Path.home()), SCAN_FILTER)
        if path:
            self.attach(Path(path))

    def open_selected(self) -> Path | None:
        item = self.list.currentItem()
        if item is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="formation-"))
        path = session_documents.export(self.db, int(item.data(256)), folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path
