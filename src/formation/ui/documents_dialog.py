"""A session's documents in one click: choose what, in which format and where, see who is ready
and who will be refused (and why), then produce them all in the background.

The work is the services': issued_list.plan_batch says what will happen, issuing.issue_batch
does it (off the interface thread, through tasks.run_with_progress) and hands back a summary.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
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
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.documents.kinds import KINDS
from formation.services import catalogue, issued_list, issuing, organisation, sessions
from formation.services.issued_list import BatchPlan
from formation.services.issuing import BatchSummary
from formation.storage.database import Database
from formation.ui.styles import ERROR_STYLE, HINT_STYLE
from formation.ui.tasks import Cancelled, Progress, Task, run_with_progress
from formation.ui.widgets import fit_to_screen, tab_through_buttons

READY_COLOUR = QColor("#1e6b2f")
REFUSED_COLOUR = QColor("#b3261e")
BANNER_STYLE = ("QLabel { background: #fdecea; border: 1px solid #e4a59f; border-radius: 3px; "
                "padding: 6px; color: #7a1c15; }")
SUCCESS_STYLE = "color: #1e6b2f; font-weight: bold;"
UNSAFE = re.compile(r'[\\/:*?"<>|]+')  # not allowed in a folder's name on Windows


def plural(count: int, singular: str, several: str) -> str:
    """'1 document', '3 documents', '0 document' (French takes the singular for 0 and 1)."""
    return f"{count} {singular if count <= 1 else several}"


def documents_folder() -> Path:
    """The user's Documents folder (the home folder when the system names none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def default_folder(start: date | None, code: str) -> Path:
    """'~/Documents/Formation/2026-03-12_FONCT-2026-03': one folder per session, by date."""
    name = UNSAFE.sub("-", code).strip(" .") or "session"
    return documents_folder() / "Formation" / (f"{start.isoformat()}_{name}" if start else name)


def _item(text: str, colour: QColor | None = None, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(tooltip or text)
    if colour is not None:
        item.setForeground(colour)
    return item


class DocumentsDialog(QDialog):
    """Documents de la session: certificates, attestations, convocations… for everyone at once."""

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.session_id = db, session_id
        self.session = sessions.get_session(db, session_id)
        self.course_title = catalogue.get_course(db, self.session.course_id or 0).title \
            if self.session.course_id else ""
        self.plan: BatchPlan | None = None
        self.summary: BatchSummary | None = None
        self.task: Task | None = None
        self.folder = default_folder(self.session.start_date, self.session.code)
        self.out_folder: Path | None = None  # where the last batch wrote its files
        self.setWindowTitle(self.tr("Documents de la session %1").replace("%1", self.session.code))
        self._build()
        if self.session.end_date is not None and self.session.end_date > date.today():
            self.kind.blockSignals(True)  # before the end, certificates would all be refused
            self.set_kind("convocation")
            self.kind.blockSignals(False)
        self.refresh_plan()
        fit_to_screen(self, 960, 620)

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(self)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        start, end = self.session.start_date, self.session.end_date
        dates = frenchfmt.date_range(start, end)
        dates = self.tr("Le %1").replace("%1", dates) if start is not None and start == end \
            else dates[:1].upper() + dates[1:]
        heading.setText(f"<b>{html.escape(self.session.code)}</b> — {html.escape(self.course_title)}"
                        f"<br>{dates}")

        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for spec in KINDS.values():
            self.kind.addItem(spec.label, spec.code)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh_plan())

        self.pdf_button = QRadioButton(self.tr("PDF"), self)
        self.word_button = QRadioButton(self.tr("Word (.docx)"), self)
        self.pdf_button.setChecked(True)
        self.formats = QButtonGroup(self)
        for button in (self.pdf_button, self.word_button):
            self.formats.addButton(button)
        self.formats.buttonToggled.connect(lambda _b, checked: checked and self.refresh_plan())
        self.format_hint = QLabel(self)
        self.format_hint.setStyleSheet(HINT_STYLE)
        format_row = QHBoxLayout()
        format_row.addWidget(self.pdf_button)
        format_row.addWidget(self.word_button)
        format_row.addSpacing(12)
        format_row.addWidget(self.format_hint, 1)

        self.folder_edit = QLineEdit(str(self.folder), self)
        self.folder_edit.setObjectName("folder")
        self.folder_edit.setAccessibleName(self.tr("Dossier où enregistrer les fichiers"))
        self.folder_edit.setToolTip(self.tr("Créé s'il n'existe pas ; les fichiers déjà présents "
                                            "sous un autre nom ne sont pas touchés."))
        choose = QPushButton(self.tr("Choisir…"), self)
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)

        self.issued_by = QLineEdit(organisation.get_organisation(self.db).representative_name, self)
        self.issued_by.setObjectName("issued_by")
        self.issued_by.setPlaceholderText(self.tr("Nom de la personne qui émet les documents"))
        self.issued_by.setToolTip(self.tr("Inscrit au registre en face de chaque document émis."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget | QHBoxLayout, QWidget]] = [
            (self.tr("&Document :"), self.kind, self.kind),
            (self.tr("&Format :"), format_row, self.pdf_button),
            (self.tr("D&ossier :"), folder_row, self.folder_edit),
            (self.tr("É&mis par :"), self.issued_by, self.issued_by)]
        for text, field, buddy in rows:
            title = QLabel(text, self)
            title.setBuddy(buddy)
            form.addRow(title, field)

        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 2, self)
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("lines")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.box = QGroupBox(self)
        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(self.banner)
        box_layout.addWidget(self.status)
        box_layout.addWidget(self.table, 1)

        self.open_folder_button = QPushButton(self.tr("Ouvrir le dossier"), self)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_pdf_button = QPushButton(self.tr("Ouvrir le PDF à imprimer"), self)
        self.open_pdf_button.setToolTip(self.tr("Tous les documents émis, en un seul PDF"))
        self.open_pdf_button.clicked.connect(self.open_merged)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.produce_button = self.buttons.addButton(self.tr("Produire"),
                                                     QDialogButtonBox.ButtonRole.ApplyRole)
        self.produce_button.setObjectName("produce")
        self.produce_button.setDefault(True)
        self.produce_button.clicked.connect(self._main_button)
        self.close_button = self.buttons.addButton(self.tr("Fermer"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        tab_through_buttons(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.buttons)

    # --- what is chosen -------------------------------------------------------------------------
    def kind_code(self) -> str:
        return str(self.kind.currentData())

    def set_kind(self, code: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(code))

    def fmt(self) -> str:
        return "docx" if self.word_button.isChecked() else "pdf"

    def set_format(self, fmt: str) -> None:
        (self.word_button if fmt == "docx" else self.pdf_button).setChecked(True)

    def chosen_folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier où enregistrer les documents"), str(self._existing_parent()))
        if folder:
            self.folder_edit.setText(folder)

    def _existing_parent(self) -> Path:
        folder = self.chosen_folder()
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        return folder

    # --- before: the plan -----------------------------------------------------------------------
    def refresh_plan(self) -> None:
        """Who is ready and who will be refused, for the kind and format chosen; nothing issued."""
        self.summary = None
        spec = KINDS[self.kind_code()]
        self.box.setTitle(self.tr("Avant de produire"))
        self.format_hint.setText(self._format_hint(spec.target != "session"))
        self.open_folder_button.hide()
        self.open_pdf_button.hide()
        self.produce_button.setText(self.tr("Produire"))
        self.produce_button.setToolTip("")
        try:
            self.plan = issued_list.plan_batch(self.db, self.session_id, spec.code, self.fmt())
        except FormationError as error:
            self.plan = None
            self._show_banner(str(error))
            self._fill([], ["", ""])
            self.status.setText("")
            self.produce_button.setEnabled(False)
            return
        plan = self.plan
        self._show_banner(self.tr("Rien ne peut être produit pour l'instant. %1").replace(
            "%1", plan.blocked) if plan.blocked else "")
        ready = plan.ready_count
        refused = 0 if plan.blocked else len(plan.documents) - ready
        if not plan.documents:
            text = self.tr("Personne n'est concerné·e dans cette session : aucun document à produire.")
        elif plan.blocked:
            text = self.tr("%1 prévu(s), en attente de ce qui est dit ci-dessus.").replace(
                "%1", plural(len(plan.documents), "document", "documents"))
        else:
            text = self.tr("%1 : %2 prêt(s) à produire").replace("%1", spec.label).replace(
                "%2", str(ready))
            if refused:
                text += self.tr(", %1 refusé(s) — le motif est en face de chaque nom").replace(
                    "%1", str(refused))
            text += "."
            if any(doc.previous for doc in plan.documents if doc.ready):
                text += " " + self.tr("Ceux déjà émis le seront en nouvelle version, sous le même "
                                      "numéro ; les précédentes restent au registre.")
        self.status.setStyleSheet("")
        self.status.setText(text)
        rows = []
        for doc in plan.documents:
            if plan.blocked:
                state = _item("—")
            elif not doc.ready:
                state = _item(doc.refusal, REFUSED_COLOUR)
            elif doc.previous:
                state = _item(self.tr("Prêt — déjà émis (%1) : ce sera la version %2").replace(
                    "%1", doc.previous).replace("%2", str(doc.version)), READY_COLOUR)
            else:
                state = _item(self.tr("Prêt"), READY_COLOUR)
            rows.append([_item(doc.recipient), state])
        self._fill(rows, [self.tr("Destinataire"), self.tr("État")])
        self.produce_button.setEnabled(ready > 0)

    def _format_hint(self, several: bool) -> str:
        if self.fmt() == "docx":
            return self.tr("Un fichier Word par destinataire.") if several else \
                self.tr("Un fichier Word.")
        return self.tr("Un PDF par destinataire, et un PDF qui les réunit pour l'impression.") \
            if several else self.tr("Un fichier PDF.")

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _fill(self, rows: list[list[QTableWidgetItem]], headers: list[str]) -> None:
        self.table.clearContents()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, items in enumerate(rows):
            for c, item in enumerate(items):
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        for column in range(len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    # --- producing ------------------------------------------------------------------------------
    def _main_button(self) -> None:
        if self.summary is not None:
            self.refresh_plan()  # after a run: look again before producing new versions
        else:
            self.produce()

    def produce(self) -> Task | None:
        """Issue the documents in the background; the summary replaces the plan at the end."""
        issued_by, folder = self.issued_by.text().strip(), self.chosen_folder()
        if not issued_by:
            self._refuse(self.tr("Indiquez qui émet les documents (« Émis par ») : c'est inscrit "
                                 "au registre."))
            self.issued_by.setFocus()
            return None
        if not self.folder_edit.text().strip():
            self._refuse(self.tr("Choisissez le dossier où enregistrer les fichiers."))
            return None
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._refuse(self.tr("Le dossier « %1 » ne peut pas être créé : %2").replace(
                "%1", str(folder)).replace("%2", error.strerror or str(error)))
            return None
        db, session_id, kind, fmt = self.db, self.session_id, self.kind_code(), self.fmt()
        self.out_folder = folder

        def work(progress: Progress, cancelled: Cancelled) -> BatchSummary:
            return issuing.issue_batch(db, session_id, kind, fmt, folder, issued_by, progress,
                                       cancelled)

        self._set_running(True)
        label = self.tr("%1 : production des documents…").replace("%1", KINDS[kind].label)
        self.task = run_with_progress(self, label, work, self.show_summary)
        self.task.signals.failed.connect(lambda _error: self._set_running(False))
        return self.task

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.table.resizeRowsToContents()  # long reasons wrap at the width finally given

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def reject(self) -> None:
        if self.task is None:  # while documents are being issued, Annuler (progress) stops them
            super().reject()

    def _refuse(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    def _set_running(self, running: bool) -> None:
        for widget in (self.kind, self.pdf_button, self.word_button, self.folder_edit,
                       self.issued_by, self.produce_button, self.close_button):
            widget.setEnabled(not running)
        if not running:
            self.task = None

    # --- after: the summary ---------------------------------------------------------------------
    def show_summary(self, summary: BatchSummary) -> None:
        self._set_running(False)
        self.summary = summary
        spec = KINDS[summary.kind]
        folder = self.out_folder or self.chosen_folder()
        self.box.setTitle(self.tr("Résultat"))
        self._show_banner("")
        text = self.tr("%1 : %2 émis sur %3, dans %4.").replace("%1", spec.label).replace(
            "%2", str(len(summary.issued))).replace("%3", str(summary.total)).replace(
            "%4", str(folder))
        if summary.refused:
            text += " " + self.tr("%1 refusé(s) : le motif est en face du nom.").replace(
                "%1", str(len(summary.refused)))
        if summary.cancelled:
            text += " " + self.tr("Interrompu : les documents déjà émis restent émis et enregistrés ; "
                                  "les autres ne l'ont pas été.")
        if summary.merged is not None:
            text += " " + self.tr("Pour l'impression, tous en un seul PDF : %1.").replace(
                "%1", summary.merged.name)
        self.status.setStyleSheet(SUCCESS_STYLE if summary.issued and not summary.refused
                                  and not summary.cancelled else "")
        self.status.setText(text)
        rows = []
        for item in summary.issued:
            doc = item.document
            rows.append([_item(item.recipient), _item(doc.reference, READY_COLOUR),
                         _item(doc.code), _item(item.path.name, tooltip=str(item.path))])
        for refusal in summary.refused:
            rows.append([_item(refusal.recipient), _item(self.tr("Refusé"), REFUSED_COLOUR),
                         _item(""), _item(refusal.reason, REFUSED_COLOUR)])
        self._fill(rows, [self.tr("Destinataire"), self.tr("N°"), self.tr("Code"),
                          self.tr("Fichier, ou motif du refus")])
        self.open_folder_button.setVisible(bool(summary.issued))
        self.open_pdf_button.setVisible(summary.merged is not None)
        self.produce_button.setText(self.tr("Nouvel aperçu"))
        self.produce_button.setToolTip(self.tr("Revoir qui est prêt avant de produire à nouveau"))
        self.produce_button.setEnabled(True)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out_folder or self.chosen_folder())))

    def open_merged(self) -> None:
        if self.summary is not None and self.summary.merged is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.summary.merged)))
