"""Suivi à 3 mois: the cold follow-up questionnaires, sent, reminded, collected, and response rates.

The work is the services': followups (schedule, states, rates), followups_send (sending, never
twice) and followups_collect (filled PDFs, e-mails, mailboxes, spreadsheets). Sending and importing
run in the background (tasks.run_with_progress); dropping files on the page imports them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.documents.form_pdf import file_name, gather, render
from formation.forms import Respondent, Template
from formation.services import followups, mail
from formation.services.followups import (
    BY_COURSE,
    BY_SESSION,
    BY_YEAR,
    EMPLOYER_KEY,
    PARTICIPANT_KEY,
    FollowupRow,
    FollowupState,
    Rate,
)
from formation.services.followups_collect import import_returns
from formation.services.followups_send import SendReport, send_due, settle_interrupted
from formation.services.forms_import import SHEET_SUFFIXES, report
from formation.services.forms_outcome import Outcome
from formation.storage.database import Database
from formation.ui.documents_dialog import documents_folder
from formation.ui.i18n import label
from formation.ui.styles import ATTENTION_ROW, DARK_TEXT, DONE_ROW, ERROR_STYLE, HINT_STYLE
from formation.ui.table_model import ROW_ROLE, Column, RowColours, RowTableModel, SearchProxy
from formation.ui.tasks import Cancelled, Progress, Task, run_with_progress
from formation.ui.widgets import Counter

PROBLEM_COLOUR = QColor("#f9d6d3")
GREY_TEXT = QColor("#6b6b6b")
BANNER_STYLE = ("QLabel { background: #fdecea; border: 1px solid #e4a59f; border-radius: 3px; "
                "padding: 6px; color: #7a1c15; }")
SUCCESS_STYLE = "color: #1e6b2f;"
NEXT, OVERDUE, INTERRUPTED = "next", "overdue", "interrupted"
STATE_COLUMN = 4


def _day(moment: datetime | None) -> str:
    return frenchfmt.short_date(moment.date()) if moment is not None else ""


class FollowupModel(RowTableModel[FollowupRow]):
    """Answered ones in green, late ones in orange, refused or interrupted ones in red, those that
    will not be sent in grey."""

    def colours(self, row: FollowupRow) -> RowColours | None:
        if row.state is FollowupState.NOT_SENT or row.state is FollowupState.UPCOMING:
            return None, GREY_TEXT
        colour = PROBLEM_COLOUR if row.interrupted or row.state is FollowupState.REFUSED \
            else DONE_ROW if row.state is FollowupState.ANSWERED \
            else ATTENTION_ROW if row.overdue else None
        return None if colour is None else (colour, DARK_TEXT)


class FollowupsPage(QWidget):
    """Suivi à 3 mois : ce qui est à envoyer, envoyé, relancé, répondu, en retard."""

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self.db, self.now = db, now
        self.templates: dict[str, Template] = {}
        self.rows: list[FollowupRow] = []
        self.task: Task | None = None
        self.last_report: SendReport | None = None
        self.last_outcomes: list[Outcome] = []
        self.folder: Path | None = None
        self.setAcceptDrops(True)
        self._build()
        self.refresh()

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(f"<h2>{self.tr('Suivi à 3 mois')}</h2>", self)
        intro = QLabel(self.tr(
            "Le questionnaire de suivi part trois mois après le dernier jour de chaque session (le "
            "délai se règle par formation), avec le questionnaire employeur pour les salarié·es, et "
            "une seule relance. Déposez sur cette page les PDF remplis reçus, les e-mails (.eml) ou "
            "boîtes mail (.mbox) qui les contiennent, ou le tableur (CSV) d'une enquête en ligne."),
            self)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        self.figures = {name: Counter(name, self, points=18) for name in
                        ("due", "sent", "overdue", "answered", "upcoming")}
        figures = QHBoxLayout()
        for figure in self.figures.values():
            figures.addWidget(figure, 1)

        self.banner = QLabel(self)
        self.banner.setObjectName("interrupted_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.check_button = QPushButton(self.tr("Vérifier…"), self)
        self.check_button.setObjectName("check_interrupted")
        self.check_button.clicked.connect(self.check_interrupted)
        self.banner_box = QWidget(self)
        banner_row = QHBoxLayout(self.banner_box)
        banner_row.setContentsMargins(0, 0, 0, 0)
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.check_button)

        self.mail_line = QLabel(self)
        self.mail_line.setObjectName("mail_line")
        self.mail_line.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Messagerie…"), self)
        self.settings_button.setObjectName("mail_settings")
        self.settings_button.clicked.connect(self.open_settings)
        mail_row = QHBoxLayout()
        mail_row.addWidget(self.mail_line, 1)
        mail_row.addWidget(self.settings_button)

        self.send_button = QPushButton(self)
        self.send_button.setObjectName("send")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send_clicked)
        self.import_button = QPushButton(self.tr("Importer des réponses…"), self)
        self.import_button.setObjectName("import")
        self.import_button.setToolTip(self.tr("PDF remplis, e-mails (.eml), boîtes mail (.mbox) ou "
                                              "tableur (CSV, XLSX) d'une enquête en ligne. Vous "
                                              "pouvez aussi les déposer sur cette page."))
        self.import_button.clicked.connect(self.choose_files)
        self.type_button = QPushButton(self.tr("Saisir une réponse…"), self)
        self.type_button.setObjectName("type_answer")
        self.type_button.setToolTip(self.tr("Taper les réponses d'un questionnaire rendu sur papier "
                                            "(ligne choisie, ou double-clic sur la ligne)."))
        self.type_button.clicked.connect(self.type_answer)
        self.pdf_button = QPushButton(self.tr("Enregistrer le PDF…"), self)
        self.pdf_button.setObjectName("save_pdf")
        self.pdf_button.setToolTip(self.tr("Le questionnaire de la ligne choisie, en PDF à remplir : "
                                           "à imprimer ou à envoyer vous-même."))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.open_folder_button = QPushButton(self.tr("Ouvrir le dossier des messages"), self)
        self.open_folder_button.setObjectName("open_folder")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        actions = QHBoxLayout()
        for button in (self.send_button, self.import_button, self.type_button, self.pdf_button,
                       self.open_folder_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        self.details.hide()

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_list(), self.tr("Questionnaires"))
        self.tabs.addTab(self._build_rates(), self.tr("Taux de réponse"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(figures)
        layout.addWidget(self.banner_box)
        layout.addLayout(mail_row)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)

    def _state_text(self, row: FollowupRow) -> str:
        """FollowupRow.status_text in the interface's language (the reason stays as written)."""
        text = label(row.state)
        if row.interrupted:
            text += " — " + self.tr("envoi interrompu — vérifiez votre boîte d'envoi")
        return text + (f" ({row.reason})" if row.reason else "")

    def _build_list(self) -> QWidget:
        box = QWidget(self)
        self.filter = QComboBox(box)
        self.filter.setObjectName("filter")
        self.filter.setAccessibleName(self.tr("Afficher"))
        self.filter.addItem(self.tr("Tous les questionnaires"), None)
        self.filter.addItem(self.tr("À envoyer ou relancer maintenant"), NEXT)
        for state in FollowupState:
            self.filter.addItem(label(state), state.value)
        self.filter.addItem(self.tr("En retard (sans réponse après le délai de relance)"), OVERDUE)
        self.filter.addItem(self.tr("Envois interrompus"), INTERRUPTED)
        self.filter.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.search = QLineEdit(box)
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Rechercher"))
        self.search.setPlaceholderText(self.tr("Rechercher (nom, session, formation, adresse…)"))
        self.search.setClearButtonEnabled(True)
        self.model = FollowupModel([
            Column(self.tr("Échéance"), lambda r: frenchfmt.short_date(r.due_on),
                   lambda r: r.due_on.isoformat()),
            Column(self.tr("Session"), lambda r: r.session_code),
            Column(self.tr("Participant·e"), lambda r: r.person),
            Column(self.tr("Questionnaire"), lambda r: self.tr("Employeur")
                   if r.respondent is Respondent.EMPLOYER else self.tr("Participant·e")),
            Column(self.tr("État"), self._state_text),
            Column(self.tr("Destinataire"), lambda r: r.recipient or "—"),
            Column(self.tr("Envoyé le"), lambda r: _day(r.sent_at),
                   lambda r: r.sent_at.isoformat() if r.sent_at else ""),
            Column(self.tr("Relancé le"), lambda r: _day(r.reminded_at),
                   lambda r: r.reminded_at.isoformat() if r.reminded_at else ""),
            Column(self.tr("Répondu le"), lambda r: _day(r.answered_at),
                   lambda r: r.answered_at.isoformat() if r.answered_at else ""),
            Column(self.tr("Formation"), lambda r: r.course_title),
        ], self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_query)
        self.table = QTableView(box)
        self.table.setObjectName("followups")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        self.table.setAccessibleName(self.tr("Questionnaires de suivi"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.type_answer())
        self.shown_label = QLabel(box)
        self.shown_label.setObjectName("shown")
        self.shown_label.setStyleSheet(HINT_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.search, 1)
        top.addWidget(self.shown_label)
        column = QVBoxLayout(box)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        return box

    def _build_rates(self) -> QWidget:
        box = QWidget(self)
        self.grouping = QComboBox(box)
        self.grouping.setObjectName("grouping")
        self.grouping.setAccessibleName(self.tr("Regrouper"))
        self.grouping.addItem(self.tr("Par session"), BY_SESSION)
        self.grouping.addItem(self.tr("Par formation"), BY_COURSE)
        self.grouping.addItem(self.tr("Par année"), BY_YEAR)
        self.grouping.currentIndexChanged.connect(lambda _i: self._show_rates())
        hint = QLabel(self.tr("Réponses reçues sur les questionnaires envoyés (ou rendus sur "
                              "papier), les participant·es et les employeurs à part."), box)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.rates_table = QTableView(box)
        self.rates_table.setObjectName("rates")
        self.rates_table.setTabKeyNavigation(False)
        self.rates_table.setAccessibleName(self.tr("Taux de réponse"))
        self.rates_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rates_table.verticalHeader().hide()
        self.rates_model: RowTableModel[Rate] = RowTableModel([], self)
        self.rates_table.setModel(self.rates_model)
        top = QHBoxLayout()
        top.addWidget(self.grouping)
        top.addWidget(hint, 1)
        column = QVBoxLayout(box)
        column.addLayout(top)
        column.addWidget(self.rates_table, 1)
        return box

    # --- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Prepare what became due, then show every follow-up, the figures and the rates."""
        self.templates = followups.templates_in_use()
        settings = mail.get_settings(self.db)
        now = self.now()
        try:
            self.rows = followups.refresh(self.db, self.templates, now, settings.reminder_days)
        except FormationError as error:
            self._say(str(error), ERROR_STYLE)
            self.rows = followups.overview(self.db, now, settings.reminder_days)
        c = followups.counts(self.rows)
        self.figures["due"].set(c.due, self.tr("à envoyer"))
        self.figures["sent"].set(c.sent, self.tr("envoyés, en attente de réponse"))
        self.figures["overdue"].set(c.overdue, self.tr("en retard (sans réponse %1 jours après "
                                                       "l'envoi)").replace(
            "%1", str(settings.reminder_days)))
        self.figures["answered"].set(c.answered, self.tr("répondus"))
        self.figures["upcoming"].set(c.upcoming, self.tr("à venir"))
        self.banner.setText(self.tr(
            "%1 envoi(s) interrompu(s) — vérifiez votre boîte d'envoi. Le programme s'est arrêté "
            "pendant l'envoi : ces messages sont peut-être partis, ils ne seront pas renvoyés sans "
            "votre accord.").replace("%1", str(c.interrupted)))
        self.banner_box.setVisible(c.interrupted > 0)
        if settings.configured:
            self.mail_line.setText(self.tr("Envoi par le serveur %1 (port %2), depuis %3.").replace(
                "%1", settings.host).replace("%2", str(settings.port)).replace(
                "%3", settings.sender_address))
        else:
            self.mail_line.setText(self.tr(
                "Messagerie non réglée : les messages seront écrits en fichiers .eml, que votre "
                "logiciel de messagerie ouvre prêts à envoyer."))
        self.send_button.setText(self.tr("Envoyer les questionnaires dus (%1) et les relances "
                                         "(%2)").replace("%1", str(c.to_send)).replace(
            "%2", str(c.to_remind)))
        self.send_button.setEnabled(self.task is None and bool(c.to_send or c.to_remind))
        self._show_rows()
        self._show_rates()

    def counts(self) -> followups.Counts:
        return followups.counts(self.rows)

    def _show_rows(self) -> None:
        wanted = self.filter.currentData()
        rows = [row for row in self.rows if wanted is None
                or (wanted == NEXT and row.next_kind)
                or (wanted == OVERDUE and row.overdue)
                or (wanted == INTERRUPTED and row.interrupted)
                or row.state.value == wanted]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.shown_label.setText(self.tr("%1 sur %2").replace("%1", str(len(rows))).replace(
            "%2", str(len(self.rows))))
        self._selection_changed()

    def _show_rates(self) -> None:
        by = str(self.grouping.currentData())
        first = {BY_SESSION: self.tr("Session"), BY_COURSE: self.tr("Formation"),
                 BY_YEAR: self.tr("Année")}[by]
        model: RowTableModel[Rate] = RowTableModel([
            Column(first, lambda r: r.label),
            Column(self.tr("Participant·es : réponses"), lambda r: f"{r.answered} / {r.asked}",
                   lambda r: r.asked, align_right=True),
            Column(self.tr("Taux"), lambda r: _percent(r.percent), lambda r: r.percent or -1,
                   align_right=True),
            Column(self.tr("Employeurs : réponses"),
                   lambda r: f"{r.employers_answered} / {r.employers_asked}"
                   if r.employers_asked else "—", lambda r: r.employers_asked, align_right=True),
            Column(self.tr("Taux employeurs"), lambda r: _percent(r.employers_percent),
                   lambda r: r.employers_percent or -1, align_right=True),
        ], self)
        model.set_rows(followups.rates(self.rows, by))
        self.rates_table.setModel(model)
        self.rates_model.deleteLater()
        self.rates_model = model
        header = self.rates_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def rates(self) -> list[Rate]:
        return self.rates_model.rows()

    def selected(self) -> FollowupRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _selection_changed(self) -> None:
        for button in (self.pdf_button, self.type_button):
            button.setEnabled(self.selected() is not None)

    def _say(self, text: str, style: str = "") -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def _details(self, lines: list[str]) -> None:
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))

    # --- sending --------------------------------------------------------------------------------
    def send_clicked(self) -> None:
        c = self.counts()
        settings = mail.get_settings(self.db)
        how = self.tr("par le serveur %1").replace("%1", settings.host) if settings.configured \
            else self.tr("en fichiers .eml (la messagerie n'est pas réglée)")
        question = self.tr("Envoyer %1 questionnaire(s) et %2 relance(s) %3 ? Chaque message "
                           "part une seule fois.").replace("%1", str(c.to_send)).replace(
            "%2", str(c.to_remind)).replace("%3", how)
        answer = QMessageBox.question(self, self.tr("Envoyer les questionnaires"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.start_sending()

    def eml_folder(self) -> Path:
        return documents_folder() / "Formation" / self.tr("Suivi à 3 mois %1").replace(
            "%1", self.now().strftime("%Y-%m-%d %Hh%M"))

    def start_sending(self) -> Task:
        """Send what is due in the background; the summary shows when it is over."""
        db, templates, clock = self.db, self.templates, self.now
        eml_dir = None if mail.get_settings(db).configured else self.eml_folder()

        def work(progress: Progress, cancelled: Cancelled) -> SendReport:
            return send_due(db, templates, clock(), eml_dir=eml_dir, progress=progress,
                            cancelled=cancelled)

        self._running(True)
        self.task = run_with_progress(self, self.tr("Envoi des questionnaires de suivi…"), work,
                                      self._sent)
        self.task.signals.failed.connect(self._failed)
        return self.task

    def _sent(self, result: object) -> None:
        assert isinstance(result, SendReport)
        self._running(False)
        self.last_report = result
        self.folder = result.folder
        problem = result.refused or result.skipped or result.stopped
        self._say(result.summary(), ERROR_STYLE if problem else SUCCESS_STYLE)
        self._details([f"{line.label} <{line.recipient}> — {line.message}"
                       for line in result.lines if line.message])
        self.open_folder_button.setVisible(result.folder is not None and bool(result.written))
        self.refresh()

    def _failed(self, _error: object) -> None:
        """The task said why (a message box); what was done before is shown."""
        self._running(False)
        self.refresh()

    def _running(self, running: bool) -> None:
        if not running:
            self.task = None
        for button in (self.send_button, self.import_button, self.settings_button):
            button.setEnabled(not running)

    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    # --- interrupted messages -------------------------------------------------------------------
    def check_interrupted(self) -> None:
        """Ask, for each message cut short, whether it is in the outbox; settle it as told."""
        for row in [r for r in self.rows if r.interrupted]:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Envoi interrompu"), self.tr(
                "Le %1, l'envoi du questionnaire de %2 à %3 a été interrompu. Ce message est-il "
                "dans la boîte d'envoi ou les messages envoyés de votre messagerie ?").replace(
                "%1", _day(row.reminded_at or row.sent_at)).replace(
                "%2", f"{row.first_name} {row.last_name}").replace("%3", row.recipient), parent=self)
            left = box.addButton(self.tr("Oui, il est parti"), QMessageBox.ButtonRole.YesRole)
            again = box.addButton(self.tr("Non : l'envoyer au prochain envoi"),
                                  QMessageBox.ButtonRole.NoRole)
            box.addButton(self.tr("Plus tard"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() not in (left, again):
                break
            settle_interrupted(self.db, row.response_id, left=box.clickedButton() is left,
                               now=self.now())
        self.refresh()

    # --- collecting -----------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Importer des réponses"), str(documents_folder()),
            self.tr("Réponses (*.pdf *.eml *.mbox *.csv *.tsv *.xlsx);;Tous les fichiers (*)"))
        if names:
            self.import_paths([Path(name) for name in names])

    def import_paths(self, paths: list[Path], sheet_template: str | None = None) -> Task | None:
        """Store the answers in the files given (in the background), then show what became of
        each."""
        if sheet_template is None:
            sheet_template = PARTICIPANT_KEY
            if any(path.suffix.lower() in SHEET_SUFFIXES for path in paths):
                choices = [self.tr("le questionnaire de suivi des participant·es"),
                           self.tr("le questionnaire aux employeurs")]
                choice, ok = QInputDialog.getItem(self, self.tr("Tableur de réponses"), self.tr(
                    "Ce tableur contient les réponses à :"), choices, 0, False)
                if not ok:
                    return None
                sheet_template = EMPLOYER_KEY if choice == choices[1] else PARTICIPANT_KEY
        db, templates, key, clock = self.db, self.templates, sheet_template, self.now

        def work(_progress: Progress, _cancelled: Cancelled) -> list[Outcome]:
            return import_returns(db, paths, templates, now=clock(), sheet_template=key)

        self._running(True)
        self.task = run_with_progress(self, self.tr("Lecture des réponses…"), work, self._imported)
        self.task.signals.failed.connect(self._failed)
        return self.task

    def _imported(self, result: object) -> None:
        assert isinstance(result, list)
        self._running(False)
        self.last_outcomes = result
        lines = report(result)
        refused = any(outcome.refused for outcome in result)
        self._say(self.tr("Réponses importées : %1").replace("%1", lines[-1]),
                  ERROR_STYLE if refused else SUCCESS_STYLE)
        self._details(lines[:-1])
        self.refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self.task is None and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self.task is None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- one questionnaire ----------------------------------------------------------------------
    def type_answer(self) -> QWidget | None:
        """The on-screen form of the chosen questionnaire (formation.ui.forms), to type a paper
        answer; the list follows when it is saved."""
        from formation.ui.forms.form_dialog import FormDialog

        row = self.selected()
        if row is None or self.task is not None:
            return None
        try:
            dialog = FormDialog(self.db, row.response_id, self)
        except FormationError as error:
            self._say(str(error), ERROR_STYLE)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: (self._say(self.tr("Réponses enregistrées."),
                                                    SUCCESS_STYLE), self.refresh()))
        dialog.open()
        return dialog

    def save_pdf(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            facts = gather(self.db, row.response_id)
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Enregistrer le questionnaire"),
                str(documents_folder() / file_name(facts)), self.tr("PDF (*.pdf)"))
            if name:
                Path(name).write_bytes(render(facts))
                self._say(self.tr("Questionnaire enregistré : %1").replace("%1", name),
                          SUCCESS_STYLE)
        except (FormationError, OSError) as error:
            self._say(str(error), ERROR_STYLE)

    # --- settings -------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from formation.ui.mail_settings import MailSettingsDialog

        if MailSettingsDialog(self.db, self).exec():
            self.refresh()


def _percent(value: int | None) -> str:
    return "—" if value is None else f"{value} %"


class FollowupsLine(QLabel):
    """One line for the home page: the follow-ups to send, sent, answered and late."""

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self.db, self.now = db, now
        self.setObjectName("followups_line")
        self.setWordWrap(True)

    def refresh(self) -> None:
        settings = mail.get_settings(self.db)
        try:
            rows = followups.refresh(self.db, followups.templates_in_use(), self.now(),
                                     settings.reminder_days)
        except FormationError:
            rows = followups.overview(self.db, self.now(), settings.reminder_days)
        c = followups.counts(rows)
        self.setText(self.tr("<b>Suivi à 3 mois</b> : %1 à envoyer · %2 envoyé(s), en attente · "
                             "%3 répondu(s) · %4 en retard").replace("%1", str(c.due)).replace(
            "%2", str(c.sent)).replace("%3", str(c.answered)).replace("%4", str(c.overdue)))
        self.setToolTip(self.tr("En retard : sans réponse %1 jours après l'envoi. Le détail est "
                                "dans la page Suivi à 3 mois.").replace(
            "%1", str(settings.reminder_days)))
