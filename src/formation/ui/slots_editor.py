"""The half-days (demi-journées) of a session, edited as a table: date, start, end, duration."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.planning import DEFAULT_DAY, SlotTimes, total_minutes

WARNING_STYLE = "color: #8a5300;"
(MORNING_START, MORNING_END), (AFTERNOON_START, AFTERNOON_END) = DEFAULT_DAY


def next_working_day(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def next_half_day(slots: Sequence[SlotTimes], first_day: date) -> SlotTimes:
    """The half-day that logically follows: the afternoon after a morning, else the next working
    day's morning; with no slot yet, the morning of `first_day` (moved to a working day)."""
    if not slots:
        while first_day.weekday() >= 5:
            first_day += timedelta(days=1)
        return SlotTimes(first_day, MORNING_START, MORNING_END)
    last = max(slots)
    if last.is_morning and last.end <= AFTERNOON_START:
        return SlotTimes(last.day, AFTERNOON_START, AFTERNOON_END)
    return SlotTimes(next_working_day(last.day), MORNING_START, MORNING_END)


def day_part(slot: SlotTimes) -> str:
    """'jeudi matin', 'vendredi après-midi'."""
    weekday = frenchfmt.weekday_date(slot.day).split(" ", 1)[0]
    return f"{weekday} {'matin' if slot.is_morning else 'après-midi'}"


class _Row:
    """The editors of one half-day."""

    def __init__(self, owner: QWidget, parent: QWidget, slot: SlotTimes) -> None:
        self.day = QDateEdit(parent)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDate(QDate(slot.day.year, slot.day.month, slot.day.day))
        self.start = QTimeEdit(parent)
        self.end = QTimeEdit(parent)
        for edit, value in ((self.start, slot.start), (self.end, slot.end)):
            edit.setDisplayFormat("HH:mm")
            edit.setTime(QTime(value.hour, value.minute))
        self.day.setAccessibleName(owner.tr("Date de la demi-journée"))
        self.start.setAccessibleName(owner.tr("Heure de début"))
        self.end.setAccessibleName(owner.tr("Heure de fin"))
        self.part = QTableWidgetItem()
        self.duration = QTableWidgetItem()
        for item in (self.part, self.duration):
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.duration.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    @property
    def editors(self) -> tuple[QWidget, QWidget, QWidget]:
        return self.day, self.start, self.end

    def slot(self) -> SlotTimes:
        start, end = self.start.time(), self.end.time()
        return SlotTimes(self.day.date().toPython(), time(start.hour(), start.minute()),
                         time(end.hour(), end.minute()))

    def update_labels(self) -> None:
        slot = self.slot()
        self.part.setText(day_part(slot))
        self.duration.setText(frenchfmt.hours(slot.minutes) if slot.minutes > 0 else "—")


class SlotsEditor(QWidget):
    """A table of half-days with 'Ajouter une demi-journée' and 'Retirer', and their total."""

    changed = Signal()  # any slot added, removed or edited
    DAY, PART, START, END, DURATION = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self.edited = False  # the user changed the slots since they were last set
        self.first_day = date.today()  # where 'Ajouter' starts when there is no slot yet
        self._expected: int | None = None
        self.tab_after: QWidget | None = None  # the widget Tab leaves to reach the half-days
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.table = QTableWidget(0, 5, self)
        self.table.setTabKeyNavigation(False)  # Tab goes from editor to editor, then out
        self.table.setObjectName("slots_table")
        self.table.setAccessibleName(self.tr("Demi-journées"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Jour"), self.tr("Début"),
                                              self.tr("Fin"), self.tr("Durée")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the rows' editors
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.PART, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        self.add_button = QPushButton(self.tr("Ajouter une demi-journée"), self)
        self.add_button.setObjectName("add_slot")
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.remove_button.setObjectName("remove_slot")
        self.remove_button.setToolTip(self.tr("Retire la demi-journée sélectionnée"))
        self.add_button.clicked.connect(self.add_next)
        self.remove_button.clicked.connect(self.remove_current)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("slots_total")
        self.expected_label = QLabel(self)
        self.expected_label.setObjectName("slots_expected")
        self.expected_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.expected_label)
        self._update_total()

    # --- values ---------------------------------------------------------------------------------
    def slots(self) -> list[SlotTimes]:
        """The half-days as typed, in the table's order (validation is the service's job)."""
        return [row.slot() for row in self._rows]

    def set_slots(self, slots: Sequence[SlotTimes]) -> None:
        """Replace every row; this is not a user's edit."""
        self.table.setRowCount(0)
        self._rows = []
        for slot in sorted(slots):
            self._append(slot)
        self.edited = False
        self._after_change()

    def set_expected_minutes(self, minutes: int | None) -> None:
        """The course's duration, to say when the half-days do not add up to it."""
        self._expected = minutes
        self._update_total()

    def row_count(self) -> int:
        return len(self._rows)

    def row_editors(self, row: int) -> tuple[QDateEdit, QTimeEdit, QTimeEdit]:
        r = self._rows[row]
        return r.day, r.start, r.end

    # --- actions --------------------------------------------------------------------------------
    def add_next(self) -> None:
        slot = next_half_day(self.slots(), self.first_day)
        row = self._append(slot)
        self.edited = True
        self._after_change()
        self.table.selectRow(len(self._rows) - 1)
        row.day.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_current(self) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self._rows):
            return
        self.table.removeRow(index)
        del self._rows[index]
        self.edited = True
        self._after_change()
        if self._rows:
            self.table.selectRow(min(index, len(self._rows) - 1))

    # --- inner workings -------------------------------------------------------------------------
    def _append(self, slot: SlotTimes) -> _Row:
        row = _Row(self, self.table, slot)
        index = self.table.rowCount()
        self.table.insertRow(index)
        self.table.setCellWidget(index, self.DAY, row.day)
        self.table.setItem(index, self.PART, row.part)
        self.table.setCellWidget(index, self.START, row.start)
        self.table.setCellWidget(index, self.END, row.end)
        self.table.setItem(index, self.DURATION, row.duration)
        row.update_labels()
        row.day.dateChanged.connect(lambda _d, r=row: self._edited(r))
        row.start.timeChanged.connect(lambda _t, r=row: self._edited(r))
        row.end.timeChanged.connect(lambda _t, r=row: self._edited(r))
        self._rows.append(row)
        return row

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Typing in a row's editors makes it the current row, the one 'Retirer' removes.

        Done after the focus change is complete, on the very cell being edited: selecting inside
        the focus event crashed PySide6, and selecting the row's first cell pulled the focus back
        to it, trapping Tab."""
        for index, row in enumerate(self._rows):
            if new in row.editors:
                column = (self.DAY, self.START, self.END)[row.editors.index(new)]
                QTimer.singleShot(0, self.table,  # dropped if the editor closes meanwhile
                                  lambda i=index, c=column: self._make_current(i, c))
                return

    def _make_current(self, index: int, column: int) -> None:
        if index < len(self._rows) and self.table.currentRow() != index:
            self.table.setCurrentCell(index, column)

    def _edited(self, row: _Row) -> None:
        row.update_labels()
        self.edited = True
        self._after_change()

    def _after_change(self) -> None:
        self._update_total()
        self._fix_tab_order()
        self.remove_button.setEnabled(bool(self._rows))
        self.changed.emit()

    def _fix_tab_order(self) -> None:
        editors = [e for row in self._rows for e in row.editors]
        chain = [*([self.tab_after] if self.tab_after else []), *editors, self.add_button,
                 self.remove_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _update_total(self) -> None:
        total = total_minutes(s for s in self.slots() if s.minutes > 0)
        self.total_label.setText(self.tr("Total : %1").replace("%1", frenchfmt.hours(total)))
        if self._expected and total != self._expected:
            self.expected_label.setText(self.tr("La formation dure %1.").replace(
                "%1", frenchfmt.hours(self._expected)))
            self.expected_label.setStyleSheet(WARNING_STYLE)
            self.expected_label.show()
        else:
            self.expected_label.hide()
