"""Sessions: the dated runs of the courses, their half-days, trainers and registrations."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.enums import SessionKind, SessionStatus
from formation.core.planning import propose_slots
from formation.services import catalogue, people, sessions
from formation.services.deletion import Deleted, delete_with_undo
from formation.services.sessions import SessionData, SessionRow
from formation.storage.database import Database
from formation.ui.form import EditorDialog
from formation.ui.i18n import label
from formation.ui.list_page import ListPage
from formation.ui.registrations_panel import RegistrationsPanel
from formation.ui.session_actions import SessionActions
from formation.ui.slots_editor import SlotsEditor
from formation.ui.styles import HINT_STYLE
from formation.ui.table_model import Column
from formation.ui.widgets import (
    YearCombo,
    choice_combo,
    date_edit,
    enum_combo,
    fit_to_screen,
    set_combo_value,
)

# Code, Dates, Formation, Lieu, Formateur·rices, Statut, Inscrit·es, Durée: longer texts end with
# "…" (whole in the tooltip); the course's title takes the width left, so that the list fits.
MAX_WIDTHS = (140, 200, 0, 140, 140, 110, 170, 70)
FORMATION_COLUMN = 2


def seats_text(row: SessionRow) -> str:
    """'8 / 12', '12 / 12 (+2 en attente)'."""
    text = f"{row.seated} / {row.capacity}"
    if not row.waiting:
        return text
    return QCoreApplication.translate("SessionsPage", "%1 (+%2 en attente)").replace(
        "%1", text).replace("%2", str(row.waiting))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _LabelsAbove:
    """Stands for FieldForm's QFormLayout in the right column: each label above its field."""

    def __init__(self, layout: QVBoxLayout) -> None:
        self.layout = layout

    def addRow(self, label: QWidget, field: QWidget) -> None:  # noqa: N802 (QFormLayout's name)
        self.layout.addWidget(label)
        self.layout.addWidget(field)


class SessionDialog(EditorDialog):
    """A session: its course, code, place, trainers, and the half-days it is made of."""

    def __init__(self, db: Database, session_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Session"), parent)
        self.db = db
        self.data = sessions.get_session(db, session_id) if session_id else SessionData()
        self.creating = session_id is None
        self._auto_code = ""  # the code last proposed, replaced while the user has not changed it
        self._syncing = False  # dates being set from the slots: no new proposal
        self._courses = {c.id: c for c in catalogue.list_courses(db)}
        self._build()
        self._fill()
        fit_to_screen(self, 960, 700)

    # --- the form -------------------------------------------------------------------------------
    def _build(self) -> None:
        """Two columns in one FieldForm: the session on the left, trainers and half-days on the
        right; every field still has its error line under it."""
        f = self.form
        main_layout = f.layout_
        columns = QWidget(f)
        row = QHBoxLayout(columns)
        row.setContentsMargins(0, 0, 0, 0)
        left, right = QFormLayout(), QVBoxLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row.addLayout(left, 5)
        row.addSpacing(16)
        row.addLayout(right, 6)
        main_layout.addRow(columns)

        f.layout_ = left
        courses = [(f"{c.code} — {c.title}", c.id) for c in self._courses.values()]
        self.course = f.add("course_id", self.tr("Formation *"),
                            choice_combo(courses, empty=self.tr("— Choisir une formation —")))
        self.course.setMinimumContentsLength(24)
        self.course.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.start = f.add("start_date", self.tr("Début"), date_edit())
        self.end = f.add("end_date", self.tr("Fin"), date_edit(),
                         self.tr("Suivent les demi-journées ; servent à proposer des demi-journées."))
        self.propose_button = QPushButton(self.tr("Proposer les demi-journées"), f)
        self.propose_button.setObjectName("propose_slots")
        self.propose_button.setToolTip(self.tr("Une matinée et un après-midi par jour ouvré, "
                                               "du début à la fin"))
        left.addRow("", self.propose_button)
        self.code = f.add("code", self.tr("Code *"), QLineEdit(),
                          self.tr("Proposé d'après la formation et le mois : FORMATION-AAAA-MM"))
        self.kind = f.add("kind", self.tr("Type"), enum_combo(SessionKind))
        self.status = f.add("status", self.tr("Statut"), enum_combo(SessionStatus))
        self.place = f.add("place", self.tr("Lieu"), QLineEdit())
        self.place.setPlaceholderText(self.tr("Nom de la salle ou de la structure d'accueil"))
        self.address = f.add("address", self.tr("Adresse"), QLineEdit())
        self.capacity = f.add("capacity", self.tr("Places"), QSpinBox())
        self.capacity.setRange(0, 999)
        structures = [(s.name, s.id) for s in people.list_structures(self.db)]
        self.client = f.add("client_id", self.tr("Structure cliente"),
                            choice_combo(structures, empty="—"),
                            self.tr("Pour une session intra ou sur mesure : la structure qui la "
                                    "commande."))
        self.notes = f.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)

        f.layout_ = _LabelsAbove(right)  # type: ignore[assignment]
        self.trainers = f.add("trainer_ids", self.tr("Formateur·rices"), QListWidget())
        self.trainers.setMaximumHeight(96)
        for trainer in people.list_trainers(self.db):
            item = QListWidgetItem(f"{trainer.first_name} {trainer.last_name}", self.trainers)
            item.setData(Qt.ItemDataRole.UserRole, trainer.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.slots = f.add("slots", self.tr("Demi-journées *"), SlotsEditor())
        right.setStretchFactor(self.slots.parentWidget(), 1)  # the half-days take the height
        f.layout_ = main_layout

        self.course.currentIndexChanged.connect(self._course_changed)
        self.start.dateChanged.connect(self._start_changed)
        self.propose_button.clicked.connect(self.propose_slots)
        self.slots.changed.connect(self._slots_changed)
        chain = [self.course, self.start, self.end, self.propose_button, self.code, self.kind,
                 self.status, self.place, self.address, self.capacity, self.client, self.notes,
                 self.trainers]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.slots.tab_after = self.trainers  # then the half-days, row by row

    def _fill(self) -> None:
        d = self.data
        set_combo_value(self.course, d.course_id)
        self.code.setText(d.code)
        set_combo_value(self.kind, d.kind)
        set_combo_value(self.status, d.status)
        self.place.setText(d.place)
        self.address.setText(d.address)
        self.capacity.setValue(d.capacity)
        set_combo_value(self.client, d.client_id)
        self.notes.setPlainText(d.notes)
        for i in range(self.trainers.count()):
            item = self.trainers.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in d.trainer_ids:
                item.setCheckState(Qt.CheckState.Checked)
        self._syncing = True
        if d.start_date:
            self.start.setDate(_qdate(d.start_date))
        if d.end_date:
            self.end.setDate(_qdate(d.end_date))
        self._syncing = False
        self.slots.set_slots(d.slots)
        self._show_expected()

    # --- proposals ------------------------------------------------------------------------------
    def _course_changed(self) -> None:
        self._show_expected()
        self._propose_from_course()

    def _start_changed(self) -> None:
        self.slots.first_day = self.start.date().toPython()
        if not self._syncing:
            self._propose_from_course()

    def _propose_from_course(self) -> None:
        """When creating: the course and the start date give the code, the end and the half-days
        (those the user has edited are kept)."""
        course_id = self.course.currentData()
        if not self.creating or course_id is None:
            return
        proposal = sessions.new_session_for(self.db, course_id, self.start.date().toPython())
        if self.code.text().strip() in ("", self._auto_code):
            self.code.setText(proposal.code)
            self._auto_code = proposal.code
        if not self.slots.edited:
            self._syncing = True
            if proposal.end_date:
                self.end.setDate(_qdate(proposal.end_date))
            self._syncing = False
            self.slots.set_slots(proposal.slots)

    def propose_slots(self) -> None:
        """'Proposer les demi-journées': a morning and an afternoon each working day, start to end."""
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if end < start:
            self.form.show_errors({"end_date": self.tr("La date de fin précède la date de début.")})
            return
        if self.slots.edited and self.slots.row_count() and not self._confirm_replace():
            return
        self.form.clear_errors()
        self.slots.set_slots(propose_slots(start, end))

    def _confirm_replace(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Proposer les demi-journées"),
                          self.tr("Les demi-journées ont été modifiées. Les remplacer par celles "
                                  "proposées du %1 au %2 ?").replace(
                              "%1", frenchfmt.short_date(self.start.date().toPython())).replace(
                              "%2", frenchfmt.short_date(self.end.date().toPython())),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("replace_slots_question")
        replace = box.addButton(self.tr("Remplacer"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Garder mes demi-journées"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace

    def _slots_changed(self) -> None:
        """The dates shown follow the half-days, as they will once saved."""
        days = [s.day for s in self.slots.slots()]
        if not days:
            return
        self._syncing = True
        self.start.setDate(_qdate(min(days)))
        self.end.setDate(_qdate(max(days)))
        self._syncing = False

    def _show_expected(self) -> None:
        course = self._courses.get(self.course.currentData())
        self.slots.set_expected_minutes(course.duration_minutes if course else None)

    # --- saving ---------------------------------------------------------------------------------
    def trainer_ids(self) -> list[int]:
        return [self.trainers.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.trainers.count())
                if self.trainers.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> int:
        d = SessionData(
            id=self.data.id, course_id=self.course.currentData(), code=self.code.text(),
            kind=self.kind.value(),
            status=self.status.value(),
            start_date=self.start.date().toPython(), end_date=self.end.date().toPython(),
            place=self.place.text().strip(), address=self.address.text().strip(),
            capacity=self.capacity.value(), client_id=self.client.currentData(),
            notes=self.notes.toPlainText().strip(), trainer_ids=self.trainer_ids(),
            slots=self.slots.slots())
        return sessions.save_session(self.db, d)


class SessionsPage(ListPage):
    title = QT_TRANSLATE_NOOP("ListPage", "Sessions")
    new_label = QT_TRANSLATE_NOOP("ListPage", "Nouvelle session")

    def columns(self) -> Sequence[Column[SessionRow]]:
        return [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Dates"), lambda r: frenchfmt.date_range(r.start_date, r.end_date),
                   lambda r: r.start_date.isoformat() + r.end_date.isoformat()),
            Column(self.tr("Formation"), lambda r: r.course_title),
            Column(self.tr("Lieu"), lambda r: r.place),
            Column(self.tr("Formateur·rices"), lambda r: r.trainers),
            Column(self.tr("Statut"), lambda r: label(r.status)),
            Column(self.tr("Inscrit·es"), seats_text, lambda r: r.seated * 1000 + r.waiting,
                   align_right=True),
            Column(self.tr("Durée"), lambda r: frenchfmt.hours(r.minutes), lambda r: r.minutes,
                   align_right=True),
        ]

    def _build(self) -> None:
        super()._build()
        self.year = YearCombo(self)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FORMATION_COLUMN, QHeaderView.ResizeMode.Stretch)
        top = self.layout().itemAt(1).layout()  # the search line (ListPage._build)
        top.insertWidget(1, self.year)
        self.panel = RegistrationsPanel(self.db, self)
        self.panel.changed.connect(self._registrations_changed)
        self.actions = SessionActions(self.db, self)
        self.actions.changed.connect(self._follow_selection)  # hours attended, in the panel
        below = QWidget(self)
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(self.actions)
        column.addWidget(self.panel, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.layout().replaceWidget(self.table, self.splitter)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._follow_selection())
        hint = QLabel(self.tr("Double-cliquez sur une session pour la modifier ; ses inscriptions "
                              "sont en dessous."), self)
        hint.setStyleSheet(HINT_STYLE)
        self.layout().insertWidget(2, hint)

    def load_rows(self) -> Sequence[SessionRow]:
        rows = sessions.list_sessions(self.db)
        self.year.set_years(sorted({r.start_date.year for r in rows}, reverse=True))
        year = self.year.currentData()
        return [r for r in rows if year is None or r.start_date.year == year]

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.select_next_session()

    def refresh(self) -> None:
        current = self.current_row()
        super().refresh()
        header = self.table.horizontalHeader()
        for column, widest in enumerate(MAX_WIDTHS):
            if column != FORMATION_COLUMN:
                header.resizeSection(column, min(header.sectionSize(column), widest))
        if current is not None:
            self.select_id(current.id)
        self._follow_selection()

    def select_next_session(self) -> None:
        """The session running or coming next is the one whose registrations are shown first."""
        today = date.today()
        rows = [r for r in self.model.rows() if r.end_date >= today]
        if rows:
            self.select_id(min(rows, key=lambda r: (r.start_date, r.code)).id)

    def _follow_selection(self) -> None:
        row = self.current_row()
        self.panel.set_session(row.id if row is not None else None)
        self.actions.set_session(row.id if row is not None else None)

    def _registrations_changed(self) -> None:
        self.refresh()  # the seat counts of the list
        self.changed.emit()

    def editor(self, row: Any | None) -> SessionDialog:
        return SessionDialog(self.db, row.id if row else None, self)

    def delete_row(self, row: SessionRow) -> Deleted:
        return delete_with_undo(self.db, "session", row.id,
                                self.tr("La session « %1 »").replace("%1", row.code))

    def describe(self, row: SessionRow) -> str:
        return f"{row.code} — {row.course_title}"
