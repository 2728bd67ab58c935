"""The register of issued documents (Documents > Registre des documents…) and the check of a
document from its verification code (Documents > Vérifier un document…).

Every document issued is kept as issued: "Enregistrer une copie…" and "Ouvrir" hand back those
exact bytes (services issuing.show), never a new rendering.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.documents.kinds import KINDS
from formation.services import issued_list, issuing
from formation.services.issued_list import RegisterRow
from formation.services.issuing import Verification
from formation.storage.database import Database
from formation.ui.documents_dialog import documents_folder, plural
from formation.ui.styles import ERROR_STYLE, HINT_STYLE
from formation.ui.table_model import ROW_ROLE, Column, RowTableModel, SearchProxy
from formation.ui.widgets import YearCombo, fit_to_screen

FORMAT_LABELS = {"pdf": "PDF", "docx": "Word"}
FILE_FILTERS = {"pdf": "PDF (*.pdf)", "docx": "Document Word (*.docx)"}
MATCH_STYLE = "color: #1e6b2f; font-weight: bold;"
MISMATCH_STYLE = "color: #b3261e; font-weight: bold;"


def when(moment: datetime) -> str:
    """'12/03/2026 à 18h00'"""
    return f"{frenchfmt.short_date(moment.date())} à {frenchfmt.clock(moment.time())}"


def save_copy(parent: QWidget, db: Database, document: issuing.Issued) -> Path | None:
    """Ask where, then write the exact bytes issued; the path written, or None."""
    target, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Enregistrer une copie du document"),
        str(documents_folder() / document.filename),
        FILE_FILTERS.get(document.format, "") + ";;" + parent.tr("Tous les fichiers (*)"))
    if not target:
        return None
    return issued_list.export(db, document, Path(target))


class DocumentRegisterDialog(QDialog):
    """Every document issued, newest first: search, filter by kind and year, open, save a copy."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Registre des documents"))
        self.model: RowTableModel[RegisterRow] = RowTableModel(self.columns(), self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.refresh()
        fit_to_screen(self, 1100, 600)

    def columns(self) -> Sequence[Column[RegisterRow]]:
        return [
            Column(self.tr("N°"), lambda r: r.number_text,
                   lambda r: f"{r.document.kind}{r.document.year:04d}{r.document.number:06d}"),
            Column(self.tr("Version"), lambda r: str(r.document.version),
                   lambda r: r.document.version, align_right=True),
            Column(self.tr("Type"), lambda r: r.kind_label),
            Column(self.tr("Destinataire"), lambda r: r.document.recipient),
            Column(self.tr("Session"), lambda r: r.session_code),
            Column(self.tr("Émis le"), lambda r: when(r.document.issued_at),
                   lambda r: r.document.issued_at.isoformat()),
            Column(self.tr("Format"), lambda r: FORMAT_LABELS.get(r.document.format, r.document.format)),
            Column(self.tr("Émis par"), lambda r: r.document.issued_by),
            Column(self.tr("Code"), lambda r: r.document.code),
        ]

    def _build(self) -> None:
        intro = QLabel(self.tr("Chaque document émis est conservé ici tel qu'il a été émis, avec son "
                               "numéro, sa version et son code de vérification ; rien n'en est "
                               "jamais effacé ni remplacé."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Rechercher un nom, un numéro, une session, un code…"))
        self.search.setAccessibleName(self.tr("Rechercher"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_query)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.kind.setAccessibleName(self.tr("Type de document"))
        self.kind.addItem(self.tr("Tous les types"), None)
        for spec in KINDS.values():
            self.kind.addItem(spec.label, spec.code)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year = YearCombo(self)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        top.addWidget(self.year)

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the register's order: newest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self._update_buttons())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)

        self.open_button = QPushButton(self.tr("Ouvrir"), self)
        self.open_button.setToolTip(self.tr("Ouvrir le document tel qu'il a été émis"))
        self.open_button.clicked.connect(self.open_current)
        self.copy_button = QPushButton(self.tr("Enregistrer une copie…"), self)
        self.copy_button.setToolTip(self.tr("Le fichier exact qui a été émis, octet pour octet"))
        self.copy_button.clicked.connect(self.save_current)
        verify_button = QPushButton(self.tr("Vérifier un document…"), self)
        verify_button.clicked.connect(self.verify)
        buttons = QDialogButtonBox(self)
        for button in (self.open_button, self.copy_button, verify_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(self.count_label)
        below.addSpacing(24)
        below.addWidget(self.message, 1)
        layout.addLayout(below)
        layout.addWidget(buttons)

    # --- rows -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the register again (keeping the selection); the filters apply here."""
        self.year.set_years(issued_list.register_years(self.db))
        rows = issued_list.register_rows(self.db, kind=self.kind.currentData(),
                                         year=self.year.currentData())
        if rows == self.model.rows() and self.model.rowCount():
            return
        current = self.current_row()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.resizeSection(3, min(header.sectionSize(3), 260))  # Destinataire
        self._update_count()
        if current is not None:
            self.select_id(current.id)
        self._update_buttons()

    def set_kind(self, code: str | None) -> None:
        self.kind.setCurrentIndex(self.kind.findData(code) if code else 0)

    def set_year(self, year: int | None) -> None:
        self.year.setCurrentIndex(max(0, self.year.findData(year)) if year else 0)

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (plural(total, self.tr("document"), self.tr("documents")) if shown == total else
                self.tr("%1 sur %2").replace("%1", str(shown)).replace("%2", str(total)))
        self.count_label.setText(text)

    def _update_buttons(self) -> None:
        selected = self.current_row() is not None
        self.open_button.setEnabled(selected)
        self.copy_button.setEnabled(selected)

    def current_row(self) -> RegisterRow | None:
        index: QModelIndex = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_id(self, document_id: int) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            if index.data(ROW_ROLE).id == document_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.refresh()  # documents issued meanwhile (the window stays open beside the others)
        return super().event(event)

    # --- actions --------------------------------------------------------------------------------
    def save_current(self) -> Path | None:
        row = self.current_row()
        if row is None:
            return None
        try:
            path = save_copy(self, self.db, row.document)
        except (FormationError, OSError) as error:
            self._say(str(error), error=True)
            return None
        if path is not None:
            self._say(self.tr("Copie enregistrée : %1").replace("%1", str(path)))
        return path

    def open_current(self) -> Path | None:
        """Write the document into a temporary folder and open it with the usual application."""
        row = self.current_row()
        if row is None:
            return None
        try:
            path = issued_list.export(self.db, row.document,
                                      Path(tempfile.mkdtemp(prefix="formation-")))
        except (FormationError, OSError) as error:
            self._say(str(error), error=True)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def verify(self) -> None:
        VerifyDialog(self.db, self).open()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)


class VerifyDialog(QDialog):
    """Type a verification code (any case, with or without the dash), optionally pick a file:
    the document's facts, and whether the file is the original, byte for byte."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.found: Verification | None = None
        self.setWindowTitle(self.tr("Vérifier un document"))
        intro = QLabel(self.tr("Le code de vérification est imprimé sur chaque document émis "
                               "(par exemple 4XP2-Y79V). Choisissez aussi le fichier reçu pour "
                               "savoir s'il est identique à l'original."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("ex. 4XP2-Y79V"))
        self.code.setMaxLength(20)
        self.code.returnPressed.connect(self.check)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("file")
        self.file_edit.setPlaceholderText(self.tr("Facultatif"))
        self.file_edit.setClearButtonEnabled(True)
        choose = QPushButton(self.tr("Choisir…"), self)
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        self.check_button = QPushButton(self.tr("Vérifier"), self)
        self.check_button.setObjectName("check")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        form = QFormLayout()
        code_label = QLabel(self.tr("&Code :"), self)
        code_label.setBuddy(self.code)
        file_label = QLabel(self.tr("&Fichier :"), self)
        file_label.setBuddy(self.file_edit)
        form.addRow(code_label, self.code)
        form.addRow(file_label, file_row)
        form.addRow("", self.check_button)

        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.facts_box = QGroupBox(self.tr("Document émis"), self)
        facts = QFormLayout(self.facts_box)
        self.facts: dict[str, QLabel] = {}
        for name, label in (("document", self.tr("Document")), ("recipient", self.tr("Destinataire")),
                            ("session", self.tr("Session")), ("issued", self.tr("Émis")),
                            ("filename", self.tr("Fichier d'origine")), ("sha256", self.tr("SHA-256"))):
            value = QLabel(self.facts_box)
            value.setObjectName(name)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(label + " :", value)
            self.facts[name] = value
        self.verdict = QLabel(self.facts_box)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        facts.addRow(self.verdict)
        self.facts_box.hide()

        self.original_button = QPushButton(self.tr("Enregistrer l'original…"), self)
        self.original_button.setToolTip(self.tr("Le fichier exact émis sous ce code"))
        self.original_button.clicked.connect(self.save_original)
        self.original_button.setEnabled(False)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.original_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(
            self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.facts_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 440)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Fichier à comparer à l'original"), str(documents_folder()),
            self.tr("Documents (*.pdf *.docx);;Tous les fichiers (*)"))
        if path:
            self.file_edit.setText(path)

    def check(self, code: str | None = None, path: Path | None = None) -> Verification | None:
        """Find the document (and compare the file, if one is given); None when nothing matches."""
        if isinstance(code, str):
            self.code.setText(code)
        if path is not None:
            self.file_edit.setText(str(path))
        self.found = None
        self.original_button.setEnabled(False)
        self.facts_box.hide()
        self.error.hide()
        typed = self.code.text().strip()
        if not typed:
            return self._fail(self.tr("Tapez le code imprimé sur le document."))
        try:
            found = issuing.verify(self.db, typed)
        except FormationError as error:
            return self._fail(str(error))
        doc = found.document
        session = " — ".join(part for part in (found.session_code, found.course_title) if part)
        values = {
            "document": f"{found.kind_label} n° {doc.reference}, "
                        f"{FORMAT_LABELS.get(doc.format, doc.format)}",
            "recipient": doc.recipient,
            "session": session or "—",
            "issued": self.tr("le %1 par %2").replace("%1", when(doc.issued_at)).replace(
                "%2", doc.issued_by),
            "filename": doc.filename,
            "sha256": doc.sha256,
        }
        for name, value in values.items():
            self.facts[name].setText(value)
        self.code.setText(doc.code)
        self._compare(doc)
        self.facts_box.show()
        self.found = found
        self.original_button.setEnabled(True)
        return found

    def _compare(self, doc: issuing.Issued) -> None:
        chosen = self.file_edit.text().strip()
        if not chosen:
            self.verdict.setStyleSheet(HINT_STYLE)
            self.verdict.setText(self.tr("Ce code est bien celui d'un document émis par l'organisme. "
                                         "Choisissez le fichier reçu pour vérifier qu'il n'a pas été "
                                         "modifié."))
            return
        path = Path(chosen).expanduser()
        try:
            content = path.read_bytes()
        except OSError as error:
            self.verdict.setStyleSheet(MISMATCH_STYLE)
            self.verdict.setText(self.tr("Le fichier « %1 » ne peut pas être lu : %2").replace(
                "%1", path.name).replace("%2", error.strerror or str(error)))
            return
        if issued_list.is_original(doc, content):
            self.verdict.setStyleSheet(MATCH_STYLE)
            self.verdict.setText(self.tr("✔ Le fichier « %1 » est identique au document émis : "
                                         "c'est l'original.").replace("%1", path.name))
        else:
            self.verdict.setStyleSheet(MISMATCH_STYLE)
            self.verdict.setText(self.tr(
                "✘ Le fichier « %1 » n'est pas l'original : il ne correspond pas, octet pour octet, "
                "au document émis sous ce code. Il a été modifié, ou c'est un autre document ou une "
                "autre version.").replace("%1", path.name))

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        return None

    def save_original(self) -> Path | None:
        if self.found is None:
            return None
        try:
            return save_copy(self, self.db, self.found.document)
        except (FormationError, OSError) as error:
            self._fail(str(error))
            return None


def open_register(db: Database, parent: QWidget) -> DocumentRegisterDialog:
    """The register window, beside the main window: one, brought to the front when reopened."""
    dialog = parent.findChild(DocumentRegisterDialog)
    if dialog is None:
        dialog = DocumentRegisterDialog(db, parent)
    dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def open_verify(db: Database, parent: QWidget) -> VerifyDialog:
    dialog = VerifyDialog(db, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
