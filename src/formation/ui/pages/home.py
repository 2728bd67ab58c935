"""Accueil: the organisation, a few counters and the agenda of the coming sessions."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.enums import SessionStatus
from formation.services import hours, organisation, registrations, sessions
from formation.services.sessions import SessionRow
from formation.storage.database import Database
from formation.ui.followups_page import FollowupsLine
from formation.ui.styles import ATTENTION_ROW, DARK_TEXT, DONE_ROW, HINT_STYLE
from formation.ui.table_model import ROW_ROLE, Column, RowColours, RowTableModel
from formation.ui.widgets import Counter

AGENDA_SIZE = 10
WATCH_DAYS = 14  # a session starting within this many days with less than half its seats taken


def weekday_range(start: date, end: date) -> str:
    """'jeudi 12 mars 2026'; 'du jeudi 12 au vendredi 13 mars 2026';
    'du lundi 30 mars au jeudi 2 avril 2026'; with both years when they differ."""
    if start == end:
        return frenchfmt.weekday_date(start)
    words = frenchfmt.weekday_date(start).split(" ")  # weekday, day, month, year
    kept = 2 if (start.year, start.month) == (end.year, end.month) else \
        3 if start.year == end.year else 4
    return f"du {' '.join(words[:kept])} au {frenchfmt.weekday_date(end)}"


def is_low(row: SessionRow, today: date) -> bool:
    """Less than half the seats taken, and it starts within two weeks."""
    return 0 <= (row.start_date - today).days <= WATCH_DAYS and row.seated * 2 < row.capacity


def watch_note(row: SessionRow, today: date) -> str:
    if row.is_full:
        if row.waiting:
            return QCoreApplication.translate("HomePage", "Complète, %1 en attente").replace(
                "%1", str(row.waiting))
        return QCoreApplication.translate("HomePage", "Complète")
    if is_low(row, today):
        days = (row.start_date - today).days
        if days == 0:
            return QCoreApplication.translate("HomePage", "Peu d'inscrit·es, début aujourd'hui")
        if days == 1:
            return QCoreApplication.translate("HomePage", "Peu d'inscrit·es, début demain")
        return QCoreApplication.translate("HomePage", "Peu d'inscrit·es, début dans %1 jours").replace(
            "%1", str(days))
    return ""


class AgendaModel(RowTableModel[SessionRow]):
    """The agenda's rows, full sessions in green and under-filled close ones in orange."""

    def __init__(self, columns: list[Column[SessionRow]], today: date, parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.today = today

    def colours(self, row: SessionRow) -> RowColours | None:
        colour = DONE_ROW if row.is_full else ATTENTION_ROW if is_low(row, self.today) else None
        return None if colour is None else (colour, DARK_TEXT)


class HomePage(QWidget):
    session_activated = Signal(int)  # a session of the agenda was double-clicked

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = date.today()
        self.heading = QLabel(self)
        self.heading.setObjectName("welcome")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.year_sessions = Counter("year_sessions", self)
        self.year_participants = Counter("year_participants", self)
        self.running = Counter("running_sessions", self)
        counters = QHBoxLayout()
        for counter in (self.year_sessions, self.year_participants, self.running):
            counters.addWidget(counter, 1)
        agenda_title = QLabel(self.tr("<h3>Agenda</h3>"), self)
        self.agenda_hint = QLabel(self)
        self.agenda_hint.setStyleSheet(HINT_STYLE)
        self.agenda_hint.setWordWrap(True)
        self.model = AgendaModel([
            Column(self.tr("Dates"), lambda r: weekday_range(r.start_date, r.end_date),
                   lambda r: r.start_date.isoformat()),
            Column(self.tr("Formation"), lambda r: r.course_title),
            Column(self.tr("Lieu"), lambda r: r.place),
            Column(self.tr("Formateur·rices"), lambda r: r.trainers),
            Column(self.tr("Remplissage"), lambda r: self.tr("%1 / %2 inscrit·es").replace(
                "%1", str(r.seated)).replace("%2", str(r.capacity)),
                   lambda r: r.seated, align_right=True),
            Column(self.tr("À surveiller"), lambda r: watch_note(r, self.today)),
        ], self.today, self)
        self.agenda = QTableView(self)
        self.agenda.setTabKeyNavigation(False)
        self.agenda.setObjectName("agenda")
        self.agenda.setAccessibleName(self.tr("Agenda des prochaines sessions"))
        self.agenda.setModel(self.model)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.verticalHeader().hide()
        self.agenda.setWordWrap(False)
        header = self.agenda.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the course's title
        self.agenda.doubleClicked.connect(self._activated)
        self.empty = QLabel(self.tr("Aucune session à venir. Planifiez-en une dans la page "
                                    "Sessions."), self)
        self.empty.setObjectName("agenda_empty")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(counters)
        self.followups = FollowupsLine(db, self)
        layout.addWidget(self.followups)
        layout.addSpacing(8)
        layout.addWidget(agenda_title)
        layout.addWidget(self.agenda_hint)
        layout.addWidget(self.agenda, 1)  # as tall as its rows allow (see _fit_agenda)
        layout.addWidget(self.empty)
        layout.addSpacing(8)
        layout.addWidget(self._build_alerts())
        layout.addStretch(0)
        self.refresh()

    def _build_alerts(self) -> QWidget:
        """Participants to call: absent twice in a row or under the threshold (indicator 12)."""
        box = QWidget(self)
        self.alerts_title = QLabel(box)
        self.alerts_hint = QLabel(box)
        self.alerts_hint.setStyleSheet(HINT_STYLE)
        self.alerts_hint.setWordWrap(True)
        self.alerts_model: RowTableModel[hours.Alert] = RowTableModel([
            Column(self.tr("Session"), lambda a: a.session_code),
            Column(self.tr("Participant·e"), lambda a: a.name),
            Column(self.tr("Motif"), lambda a: a.reason),
        ], self)
        self.alerts = QTableView(box)
        self.alerts.setTabKeyNavigation(False)
        self.alerts.setObjectName("alerts")
        self.alerts.setAccessibleName(self.tr("Assiduité à surveiller"))
        self.alerts.setModel(self.alerts_model)
        self.alerts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.alerts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.alerts.verticalHeader().hide()
        self.alerts.horizontalHeader().setStretchLastSection(True)
        self.alerts.doubleClicked.connect(
            lambda index: self.session_activated.emit(self.alerts_model.row_at(index.row()).session_id))
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.alerts_title, self.alerts_hint, self.alerts):
            column.addWidget(widget)
        return box

    def _refresh_alerts(self, today: date) -> None:
        alerts = hours.dropout_alerts(self.db, today)
        self.alerts_model.set_rows(alerts)
        self.alerts_title.setText(self.tr("<h3>Assiduité à surveiller (%1)</h3>").replace(
            "%1", str(len(alerts))) if alerts else self.tr("<h3>Assiduité</h3>"))
        self.alerts_hint.setText(self.tr(
            "Prenez contact pour prévenir l'abandon. Si la personne abandonne, changez le statut "
            "de son inscription dans la page Sessions : la raison est demandée.") if alerts else
            self.tr("Aucune alerte : personne n'a manqué deux demi-journées de suite ni ne passe "
                    "sous le seuil d'assiduité fixé dans les Paramètres."))
        self.alerts.setVisible(bool(alerts))
        self.alerts.resizeColumnsToContents()
        self.alerts.setMaximumHeight(self.alerts.horizontalHeader().sizeHint().height()
                                     + self.alerts.verticalHeader().length()
                                     + 2 * self.alerts.frameWidth() + 4)

    def refresh(self) -> None:
        self.today = today = date.today()
        self.model.today = today
        name = organisation.get_organisation(self.db).name
        if name:
            self.heading.setText(f"<h1>{html.escape(self.tr('Bienvenue chez %1').replace('%1', name))}"
                                 "</h1>")
            self.subtitle.setText(self.tr("Nous sommes le %1.").replace(
                "%1", frenchfmt.weekday_date(today)))
        else:
            self.heading.setText(f"<h1>{self.tr('Bienvenue dans Formation')}</h1>")
            self.subtitle.setText(self.tr("Renseignez votre organisme dans la page Paramètres : "
                                          "son nom, son NDA et son SIRET figurent sur les documents."))
        self._counters(today)
        self.followups.refresh()
        self._refresh_alerts(today)
        rows = sessions.list_sessions(self.db, upcoming_from=today, limit=AGENDA_SIZE)
        self.model.set_rows(rows)
        self._fit_agenda()
        self.agenda.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.agenda_hint.setText(self.tr(
            "Les prochaines sessions (%1 au plus). En vert : complètes ; en orange : moins de la "
            "moitié des places prises à moins de %2 jours du début.").replace(
            "%1", str(AGENDA_SIZE)).replace("%2", str(WATCH_DAYS)))
        self.agenda_hint.setVisible(bool(rows))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit_agenda()  # row and header heights are only known once the style is applied

    def _fit_agenda(self) -> None:
        """A table as tall as its rows: the page does not show an empty grid."""
        header = self.agenda.horizontalHeader()
        height = (header.sizeHint().height() + self.agenda.verticalHeader().length()
                  + 2 * self.agenda.frameWidth() + self.agenda.horizontalScrollBar().sizeHint().height())
        self.agenda.setMaximumHeight(height)

    def _counters(self, today: date) -> None:
        year = [r for r in sessions.list_sessions(self.db, today.year)
                if r.status is not SessionStatus.CANCELLED]
        people = {reg.participant_id for r in year
                  for reg in registrations.list_registrations(self.db, r.id)
                  if reg.status.takes_a_seat}
        running = [r for r in sessions.list_sessions(self.db, upcoming_from=today)
                   if r.start_date <= today]
        in_year = str(today.year)
        self.year_sessions.set(len(year), (self.tr("session en %1") if len(year) < 2 else
                                           self.tr("sessions en %1")).replace("%1", in_year))
        self.year_participants.set(len(people), (
            self.tr("participant·e inscrit·e en %1") if len(people) < 2 else
            self.tr("participant·es inscrit·es en %1")).replace("%1", in_year))
        self.running.set(len(running), self.tr("session en cours") if len(running) < 2 else
                         self.tr("sessions en cours"))

    def upcoming(self) -> list[SessionRow]:
        return self.model.rows()

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.session_activated.emit(row.id)
