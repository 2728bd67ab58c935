"""A session's questionnaires and grids: prepare them from a template, print or send them, type or
import the answers, remind, and see where everyone stands.

All of it is the services' work: forms_store (prepare, mark sent, remind, status), form_pdf (the
PDFs), forms_import (filled PDFs back); long work (PDFs, imports) runs in the background with
tasks.run_with_progress. The templates are those of forms/ and the organisation's copies.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.forms import Template, TemplateError, default_folders, load_all
from formation.forms.model import FormKind, Respondent
from formation.services import catalogue, forms_screen, forms_store, sessions
from formation.services.forms_outcome import Outcome
from formation.services.forms_screen import PrintRun
from formation.services.forms_store import ResponseState, StatusRow
from formation.storage.database import Database
from formation.ui.documents_dialog import default_folder
from formation.ui.forms.form_dialog import FormDialog
from formation.ui.styles import ERROR_STYLE, HINT_STYLE
from formation.ui.table_model import Column, Index, RowTableModel, SearchProxy
from formation.ui.tasks import Cancelled, Progress, Task, run_with_progress
from formation.ui.widgets import fit_to_screen

STATE_COLOURS = {
    ResponseState.TO_SEND: QColor("#5f6368"),
    ResponseState.SENT: QColor("#1a5fb4"),
    ResponseState.ANSWERED: QColor("#1e6b2f"),
    ResponseState.LATE: QColor("#b3261e"),
}
STORED_COLOUR, UNCHANGED_COLOUR, REFUSED_COLOUR = QColor("#1e6b2f"), QColor("#5f6368"), QColor("#b3261e")
WARNING_STYLE = ("QLabel { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 3px; "
                 "padding: 6px; color: #5c4300; }")
SUCCESS_STYLE = "color: #1e6b2f;"
PRINT_FOLDER = "questionnaires"
STATE_COLUMN = 2  # inside the session's documents folder


def _day(moment: datetime | None) -> str:
    return frenchfmt.short_date(moment.date()) if moment else ""


class StatusModel(RowTableModel[StatusRow]):
    """session_status rows; the state column in its colour."""

    def __init__(self, columns: Sequence[Column[StatusRow]], state_column: int,
                 parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self.state_column = state_column

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
                and index.isValid() and index.column() == self.state_column
                and 0 <= index.row() < self.rowCount()):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return STATE_COLOURS[self.row_at(index.row()).state]
        return super().data(index, role)


class QuestionnairesDialog(QDialog):
    """Questionnaires de la session: prepare, print, type, import, remind, follow up."""

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None, *,
                 now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self.db, self.session_id, self.now = db, session_id, now
        self.session = sessions.get_session(db, session_id)
        self.course_title = catalogue.get_course(db, self.session.course_id).title \
            if self.session.course_id else ""
        self.templates, self.template_errors = load_all(default_folders())
        self.task: Task | None = None
        self.form_dialog: FormDialog | None = None
        self.last_print: PrintRun | None = None
        self.last_import: list[Outcome] | None = None
        self.setWindowTitle(self.tr("Questionnaires de la session %1").replace("%1", self.session.code))
        self.setAcceptDrops(True)
        self._build()
        self.refresh()
        fit_to_screen(self, 1040, 720)

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(self)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        dates = frenchfmt.date_range(self.session.start_date, self.session.end_date)
        dates = dates[:1].upper() + dates[1:]
        heading.setText(f"<b>{html.escape(self.session.code)}</b> — {html.escape(self.course_title)}"
                        f"<br>{html.escape(dates)}")

        self.template_warning = QLabel(self)
        self.template_warning.setObjectName("templateWarning")
        self.template_warning.setWordWrap(True)
        self.template_warning.setStyleSheet(WARNING_STYLE)
        self.template_warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._show_template_errors(self.template_errors)

        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("template")
        self.template_combo.setAccessibleName(self.tr("Modèle de questionnaire"))
        for template in forms_screen.in_order(self.templates):
            self.template_combo.addItem(template.title, template.key)
            self.template_combo.setItemData(
                self.template_combo.count() - 1,
                self.tr("Modèle %1, version %2").replace("%1", template.key).replace(
                    "%2", str(template.version)), Qt.ItemDataRole.ToolTipRole)
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self.prepare_button = QPushButton(self.tr("Préparer"), self)
        self.prepare_button.setToolTip(self.tr("Crée le questionnaire de chaque personne concernée "
                                               "qui n'en a pas encore ; ceux qui existent sont gardés."))
        self.prepare_button.clicked.connect(self.prepare)
        self.only_template = QCheckBox(self.tr("N'afficher que ce modèle"), self)
        self.only_template.toggled.connect(lambda _on: self.refresh())
        chooser = QHBoxLayout()
        title = QLabel(self.tr("&Questionnaire :"), self)
        title.setBuddy(self.template_combo)
        chooser.addWidget(title)
        chooser.addWidget(self.template_combo, 1)
        chooser.addWidget(self.prepare_button)
        chooser.addSpacing(12)
        chooser.addWidget(self.only_template)
        self.concerned = QLabel(self)
        self.concerned.setStyleSheet(HINT_STYLE)
        self.concerned.setWordWrap(True)

        self.model = StatusModel(self._columns(), STATE_COLUMN, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("status")
        self.view.setAccessibleName(self.tr("Questionnaires"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)  # long titles are cut, in full in their tooltip
        self.view.verticalHeader().hide()
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)

        self.open_button = QPushButton(self.tr("Saisir / ouvrir…"), self)
        self.open_button.setToolTip(self.tr("Taper les réponses d'un questionnaire papier, ou le "
                                            "faire remplir à l'écran (double-clic sur la ligne)"))
        self.open_button.clicked.connect(self.open_selected)
        self.print_button = QPushButton(self.tr("Imprimer les PDF…"), self)
        self.print_button.setToolTip(self.tr("Un PDF à remplir par personne, pour les lignes "
                                             "choisies (toutes si aucune ne l'est) ; ils sont "
                                             "ensuite marqués envoyés"))
        self.print_button.clicked.connect(lambda: self.print_pdfs())
        self.sent_button = QPushButton(self.tr("Marquer envoyé"), self)
        self.sent_button.setToolTip(self.tr("Les questionnaires choisis ont été remis ou envoyés "
                                            "(par courriel, en main propre)"))
        self.sent_button.clicked.connect(self.mark_sent)
        self.remind_button = QPushButton(self.tr("Relancer"), self)
        self.remind_button.setToolTip(self.tr("Noter une relance pour les questionnaires choisis "
                                              "envoyés et sans réponse"))
        self.remind_button.clicked.connect(self.remind)
        self.import_button = QToolButton(self)
        self.import_button.setText(self.tr("Importer des réponses…"))
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.import_button)
        menu.addAction(self.tr("Des PDF remplis…"), self.choose_import_files)
        menu.addAction(self.tr("Tous les PDF d'un dossier…"), self.choose_import_folder)
        self.import_button.setMenu(menu)
        self.sensitive = QCheckBox(self.tr("Afficher les questions confidentielles"), self)
        self.sensitive.setToolTip(self.tr("Santé, handicap… : seulement pour qui a besoin de ces "
                                          "réponses (référent·e handicap, formateur·rice)"))
        actions = QHBoxLayout()
        for widget in (self.open_button, self.print_button, self.sent_button, self.remind_button,
                       self.import_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.sensitive)
        drop_hint = QLabel(self.tr("Vous pouvez aussi glisser des PDF remplis sur cette fenêtre pour "
                                   "les importer."), self)
        drop_hint.setStyleSheet(HINT_STYLE)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.import_box = QGroupBox(self.tr("Dernier import"), self)
        self.import_summary = QLabel(self.import_box)
        self.import_summary.setWordWrap(True)
        self.replace = QCheckBox(self.tr("Remplacer les réponses déjà enregistrées"), self.import_box)
        self.replace.setToolTip(self.tr("Sinon, un PDF dont les réponses diffèrent de celles déjà "
                                        "enregistrées est refusé"))
        self.outcomes = QTableWidget(0, 3, self.import_box)
        self.outcomes.setObjectName("outcomes")
        self.outcomes.setAccessibleName(self.tr("Réponses importées"))
        self.outcomes.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        self.outcomes.setHorizontalHeaderLabels([self.tr("Fichier"), self.tr("Résultat"),
                                                 self.tr("Détail")])
        self.outcomes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outcomes.setWordWrap(True)
        self.outcomes.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.outcomes.verticalHeader().hide()
        outcome_header = self.outcomes.horizontalHeader()
        outcome_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        outcome_header.resizeSection(0, 300)
        outcome_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        outcome_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Long reasons wrap at the width the column finally gets.
        outcome_header.sectionResized.connect(lambda *_: self.outcomes.resizeRowsToContents())
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.import_summary, 1)
        summary_row.addWidget(self.replace)
        box_layout = QVBoxLayout(self.import_box)
        box_layout.addLayout(summary_row)
        box_layout.addWidget(self.outcomes)
        self.import_box.hide()

        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.template_warning)
        layout.addLayout(chooser)
        layout.addWidget(self.concerned)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.counts)
        layout.addLayout(actions)
        layout.addWidget(drop_hint)
        layout.addWidget(self.message)
        layout.addWidget(self.import_box, 2)
        layout.addWidget(buttons)
        self._template_chosen()

    def _columns(self) -> list[Column[StatusRow]]:
        sources = {"screen": self.tr("écran"), "pdf": self.tr("PDF"), "csv": self.tr("tableur")}
        return [
            Column(self.tr("Questionnaire"), lambda r: r.template_title),
            Column(self.tr("Personne"), lambda r: r.person),
            Column(self.tr("État"), self.state_text,
                   lambda r: list(ResponseState).index(r.state)),
            Column(self.tr("Envoyé le"), lambda r: _day(r.sent_at),
                   lambda r: r.sent_at.isoformat() if r.sent_at else ""),
            Column(self.tr("Relancé le"), lambda r: _day(r.reminded_at),
                   lambda r: r.reminded_at.isoformat() if r.reminded_at else ""),
            Column(self.tr("Répondu le"), lambda r: _day(r.answered_at),
                   lambda r: r.answered_at.isoformat() if r.answered_at else ""),
            Column(self.tr("Réponses par"), lambda r: sources.get(r.source, r.source)
                   if r.answered_at else ""),
            Column(self.tr("Version"), lambda r: str(r.version), lambda r: r.version, True),
        ]

    def state_text(self, row: StatusRow) -> str:
        if row.state is ResponseState.LATE:
            return self.tr("En retard (%1 jours)").replace("%1", str(row.days_waiting or 0))
        return {ResponseState.TO_SEND: self.tr("À envoyer"), ResponseState.SENT: self.tr("Envoyé"),
                ResponseState.ANSWERED: self.tr("Répondu")}[row.state]

    def _show_template_errors(self, errors: Sequence[TemplateError]) -> None:
        if not errors:
            self.template_warning.hide()
            return
        lines = "".join(f"<br>• {html.escape(error.location)} — {html.escape(error.message)}"
                        for error in errors)
        self.template_warning.setText(self.tr("Des modèles ont des erreurs et ne sont pas utilisés "
                                              "(corrigez-les, puis rouvrez cette fenêtre) :") + lines)
        self.template_warning.show()

    # --- the template and the table ---------------------------------------------------------------
    def template_key(self) -> str | None:
        data = self.template_combo.currentData()
        return None if data is None else str(data)

    def set_template(self, key: str) -> None:
        self.template_combo.setCurrentIndex(self.template_combo.findData(key))

    def current_template(self) -> Template | None:
        key = self.template_key()
        return self.templates.get(key) if key else None

    def _template_chosen(self) -> None:
        template = self.current_template()
        self.prepare_button.setEnabled(template is not None)
        if template is None:
            self.concerned.setText(self.tr("Aucun modèle de questionnaire utilisable."))
        elif template.kind is FormKind.TRAINER:
            self.concerned.setText(self.tr("Un questionnaire par formateur·rice de la session."))
        elif template.respondent is Respondent.EMPLOYER:
            self.concerned.setText(self.tr("Un questionnaire par employeur, pour chaque participant·e "
                                           "salarié·e d'une structure."))
        elif template.respondent is Respondent.TRAINER:
            self.concerned.setText(self.tr("Une grille par participant·e, remplie par le formateur "
                                           "ou la formatrice."))
        else:
            self.concerned.setText(self.tr("Un questionnaire par participant·e inscrit·e (ni liste "
                                           "d'attente, ni annulation)."))
        if self.only_template.isChecked():
            self.refresh()

    def refresh(self, select: Sequence[int] = ()) -> None:
        """Read the statuses again; keep (or set) the rows chosen."""
        chosen = set(select) or set(self.selected_ids())
        rows = forms_store.session_status(self.db, self.session_id, self.now().date())
        key = self.template_key()
        if self.only_template.isChecked() and key:
            rows = [row for row in rows if row.template_key == key]
        self.model.set_rows(rows)
        if chosen:
            self.select_ids(chosen)
        self._show_counts(rows)
        self._update_actions()

    def _show_counts(self, rows: Sequence[StatusRow]) -> None:
        if not rows:
            self.counts.setText(self.tr("Aucun questionnaire préparé : choisissez un modèle, puis "
                                        "« Préparer »."))
            return
        by_state = {state: sum(1 for row in rows if row.state is state) for state in ResponseState}
        parts = [self.tr("%1 questionnaire(s)").replace("%1", str(len(rows)))]
        names = {ResponseState.TO_SEND: self.tr("%1 à envoyer"),
                 ResponseState.SENT: self.tr("%1 envoyé(s)"),
                 ResponseState.ANSWERED: self.tr("%1 répondu(s)"),
                 ResponseState.LATE: self.tr("%1 en retard")}
        details = [names[state].replace("%1", str(count)) for state, count in by_state.items() if count]
        self.counts.setText(parts[0] + " : " + ", ".join(details) + ".")

    def selected_ids(self) -> list[int]:
        rows = sorted({self.proxy.mapToSource(index).row()
                       for index in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(row).response_id for row in rows]

    def select_ids(self, ids: Sequence[int] | set[int]) -> None:
        wanted = set(ids)
        selection = QItemSelection()
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).response_id in wanted:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, index)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.view.selectionModel().select(selection, flags)

    def selected_rows(self) -> list[StatusRow]:
        wanted = set(self.selected_ids())
        return [row for row in self.model.rows() if row.response_id in wanted]

    def _update_actions(self) -> None:
        chosen = self.selected_rows()
        running = self.task is not None
        self.open_button.setEnabled(not running and len(chosen) == 1)
        self.print_button.setEnabled(not running and self.model.rowCount() > 0)
        self.sent_button.setEnabled(not running and any(r.state is ResponseState.TO_SEND
                                                        for r in chosen))
        self.remind_button.setEnabled(not running and any(
            r.state in (ResponseState.SENT, ResponseState.LATE) for r in chosen))
        for widget in (self.import_button, self.prepare_button, self.template_combo,
                       self.close_button):
            widget.setEnabled(not running)

    def _say(self, text: str, style: str = "") -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- preparing, sending, reminding ----------------------------------------------------------------
    def prepare(self) -> list[int]:
        key = self.template_key()
        if key is None:
            return []
        before = {row.response_id for row in self.model.rows()}
        try:
            ids = forms_store.prepare(self.db, self.session_id, key, self.templates)
        except FormationError as error:
            self._say(str(error), ERROR_STYLE)
            return []
        title = self.templates[key].title
        if not ids:
            self._say(self.tr("« %1 » : personne n'est concerné·e dans cette session.").replace(
                "%1", title))
        else:
            new = len(set(ids) - before)
            text = self.tr("« %1 » : %2 questionnaire(s) prêt(s).").replace("%1", title).replace(
                "%2", str(len(ids)))
            if new < len(ids):
                text = self.tr("« %1 » : %2 questionnaire(s) prêt(s), dont %3 nouveau(x) ; les "
                               "autres existaient déjà et sont gardés tels quels.").replace(
                    "%1", title).replace("%2", str(len(ids))).replace("%3", str(new))
            self._say(text, SUCCESS_STYLE)
        self.refresh(select=ids)
        return ids

    def mark_sent(self) -> int:
        count = forms_store.mark_sent(self.db, self.selected_ids(), self.now())
        self._say(self.tr("%1 questionnaire(s) marqué(s) envoyé(s).").replace("%1", str(count)),
                  SUCCESS_STYLE)
        self.refresh()
        return count

    def remind(self) -> int:
        count = forms_store.mark_reminded(self.db, self.selected_ids(), self.now())
        self._say(self.tr("Relance notée pour %1 questionnaire(s), le %2.").replace(
            "%1", str(count)).replace("%2", frenchfmt.short_date(self.now().date())), SUCCESS_STYLE)
        self.refresh()
        return count

    # --- typing ---------------------------------------------------------------------------------------
    def open_selected(self) -> FormDialog | None:
        ids = self.selected_ids()
        if len(ids) != 1 or self.task is not None:
            return None
        try:
            dialog = FormDialog(self.db, ids[0], self, show_sensitive=self.sensitive.isChecked(),
                                now=self.now)
        except FormationError as error:
            self._say(str(error), ERROR_STYLE)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._answers_saved)
        dialog.finished.connect(lambda _result: setattr(self, "form_dialog", None))
        self.form_dialog = dialog
        dialog.open()
        return dialog

    def _answers_saved(self, response_id: int) -> None:
        self._say(self.tr("Réponses enregistrées."), SUCCESS_STYLE)
        self.refresh(select=[response_id])

    # --- printing -------------------------------------------------------------------------------------
    def print_folder(self) -> Path:
        base = default_folder(self.session.start_date, self.session.code)
        return base / PRINT_FOLDER

    def print_pdfs(self, folder: Path | None = None) -> Task | None:
        """One PDF per questionnaire chosen (all those shown when none is), in the background;
        those still to send become sent, and the folder opens."""
        ids = self.selected_ids() or [row.response_id for row in self.model.rows()]
        if not ids or self.task is not None:
            return None
        if folder is None:
            proposed = self.print_folder()
            try:
                proposed.mkdir(parents=True, exist_ok=True)
            except OSError:
                proposed = Path.home()
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Dossier où enregistrer les PDF à imprimer"), str(proposed))
            if not chosen:
                return None
            folder = Path(chosen)
        db = self.db

        def work(progress: Progress, cancelled: Cancelled) -> PrintRun:
            return forms_screen.write_pdfs(db, ids, folder, progress, cancelled)

        return self._start(self.tr("Écriture des PDF…"), work, self._printed)

    def _printed(self, run: PrintRun) -> None:
        self._finish()
        self.last_print = run
        sent = forms_store.mark_sent(self.db, run.response_ids, self.now())
        text = self.tr("%1 PDF écrit(s) dans %2.").replace("%1", str(len(run.written))).replace(
            "%2", str(run.folder))
        if sent:
            text += " " + self.tr("%1 questionnaire(s) marqué(s) envoyé(s).").replace("%1", str(sent))
        if run.cancelled:
            text += " " + self.tr("Interrompu : les autres n'ont pas été écrits.")
        self._say(text, SUCCESS_STYLE if not run.cancelled else "")
        self.refresh()
        if run.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(run.folder)))

    # --- importing ------------------------------------------------------------------------------------
    def choose_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Importer des questionnaires remplis"),
                                                str(self.print_folder() if self.print_folder().is_dir()
                                                    else Path.home()), self.tr("PDF (*.pdf)"))
        if paths:
            self.import_paths([Path(p) for p in paths])

    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier des questionnaires remplis"),
            str(self.print_folder() if self.print_folder().is_dir() else Path.home()))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path]) -> Task | None:
        """Read the answers of filled PDFs (and folders of them) in the background."""
        if not paths or self.task is not None:
            return None
        db, templates, now, replace = self.db, self.templates, self.now(), self.replace.isChecked()
        chosen = [Path(p) for p in paths]

        def work(progress: Progress, cancelled: Cancelled) -> list[Outcome]:
            return forms_screen.import_files(db, chosen, templates, now=now, replace=replace,
                                             progress=progress, cancelled=cancelled)

        return self._start(self.tr("Lecture des questionnaires remplis…"), work, self._imported)

    def _imported(self, outcomes: list[Outcome]) -> None:
        self._finish()
        self.last_import = outcomes
        hint = self.tr("cochez « Remplacer les réponses déjà enregistrées », puis importez-le à "
                       "nouveau.")
        self.outcomes.setRowCount(len(outcomes))
        for row, outcome in enumerate(outcomes):
            if outcome.stored:
                state, colour = self.tr("Enregistré"), STORED_COLOUR
            elif outcome.unchanged:
                state, colour = self.tr("Inchangé"), UNCHANGED_COLOUR
            else:
                state, colour = self.tr("Refusé"), REFUSED_COLOUR
            detail = forms_screen.screen_message(outcome.message, hint)
            detail = detail[:1].upper() + detail[1:]
            for column, (text, tint) in enumerate(((outcome.where, None), (state, colour),
                                                   (detail, colour if outcome.refused else None))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if tint is not None:
                    item.setForeground(tint)
                self.outcomes.setItem(row, column, item)
        self.outcomes.resizeRowsToContents()
        stored = sum(o.stored for o in outcomes)
        refused = sum(o.refused for o in outcomes)
        unchanged = len(outcomes) - stored - refused
        summary = self.tr("%1 enregistré(s), %2 refusé(s)").replace("%1", str(stored)).replace(
            "%2", str(refused))
        if unchanged:
            summary += ", " + self.tr("%1 déjà à jour").replace("%1", str(unchanged))
        self.import_summary.setText(summary + ".")
        self.import_summary.setStyleSheet(ERROR_STYLE if refused else SUCCESS_STYLE)
        self.import_box.show()
        self._say("")
        self.refresh(select=[o.response_id for o in outcomes if o.response_id is not None])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self.task is None and self._dropped(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._dropped(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    @staticmethod
    def _dropped(urls: Sequence[QUrl]) -> list[Path]:
        return forms_screen.pdf_paths([Path(url.toLocalFile()) for url in urls if url.isLocalFile()])

    # --- background work ------------------------------------------------------------------------------
    def _start(self, label: str, work: Callable[[Progress, Cancelled], Any],
               on_done: Callable[[Any], None]) -> Task:
        self.task = run_with_progress(self, label, work, on_done)
        self.task.signals.failed.connect(lambda _error: self._finish())
        self._update_actions()
        return self.task

    def _finish(self) -> None:
        self.task = None
        self._update_actions()

    def reject(self) -> None:
        if self.task is None:  # while PDFs are written or read, Annuler (progress) stops them
            super().reject()

