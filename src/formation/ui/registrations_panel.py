"""The registrations (inscriptions) of one session: register, change a status, unregister."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.enums import Funding, RegistrationStatus
from formation.core.errors import FormationError, SessionFullError, ValidationError
from formation.services import catalogue, people, registrations, sessions
from formation.services.deletion import Deleted, delete_with_undo, undo
from formation.services.people import ParticipantRow
from formation.services.registrations import NEEDS_A_REASON, RegistrationRow
from formation.storage.database import Database
from formation.ui.form import EditorDialog
from formation.ui.i18n import label
from formation.ui.list_page import UndoBar
from formation.ui.styles import HINT_STYLE
from formation.ui.table_model import ROW_ROLE, Column, RowTableModel, SearchProxy
from formation.ui.widgets import enum_combo, euros_spin, set_combo_value

STRUCTURE_COLUMN = 2  # the registrations' column that takes the width left


def _table(parent: QWidget, model: object) -> QTableView:
    table = QTableView(parent)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def places(capacity: int) -> str:
    text = QCoreApplication.translate("RegistrationsPanel", "%1 place") if capacity <= 1 else \
        QCoreApplication.translate("RegistrationsPanel", "%1 places")
    return text.replace("%1", str(capacity))


def ask_waiting_list(parent: QWidget, capacity: int) -> bool:
    """'La session est complète (12 places). Inscrire sur la liste d'attente ?' Oui / Non."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.tr("Session complète"),
                      parent.tr("La session est complète (%1). Inscrire sur la liste "
                                "d'attente ?").replace("%1", places(capacity)),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("waiting_list_question")
    yes = box.addButton(parent.tr("Oui"), QMessageBox.ButtonRole.YesRole)
    box.addButton(parent.tr("Non"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


class _Declined(Exception):
    """The session is full and the user did not want the waiting list."""


class ParticipantPicker(QWidget):
    """An instant search over the participants, and the one chosen."""

    chosen = Signal()

    def __init__(self, rows: list[ParticipantRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("participant_search")
        self.search.setPlaceholderText(self.tr("Nom, prénom, structure…"))
        self.search.setAccessibleName(self.tr("Rechercher une personne"))
        self.search.setClearButtonEnabled(True)
        self.model: RowTableModel[ParticipantRow] = RowTableModel([
            Column(self.tr("Nom"), lambda r: r.last_name.upper()),
            Column(self.tr("Prénom"), lambda r: r.first_name),
            Column(self.tr("Statut"), lambda r: label(r.status)),
            Column(self.tr("Structure"), lambda r: r.structure),
            Column(self.tr("Commune"), lambda r: r.commune),
        ], self)
        self.model.set_rows(rows)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self, self.proxy)
        self.table.setObjectName("participants")
        self.table.setAccessibleName(self.tr("Personnes trouvées"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        self.table.setMinimumHeight(220)
        self.table.doubleClicked.connect(lambda _index: self.chosen.emit())
        self.search.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.search)
        self._select_first()

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self._select_first()

    def _select_first(self) -> None:
        """The first match is chosen as one types: Entrée registers it."""
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def participant_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE).id if rows else None

    def select_id(self, participant_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(ROW_ROLE).id == participant_id:
                self.table.selectRow(r)
                return


class RegisterDialog(EditorDialog):
    """'Inscrire…': pick someone, the funding and the amount; a full session offers the waiting list."""

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Inscrire à la session"), parent)
        self.db, self.session_id = db, session_id
        self.on_waiting_list = False
        session = sessions.get_session(db, session_id)
        course = catalogue.get_course(db, session.course_id) if session.course_id else None
        already = {r.participant_id for r in registrations.list_registrations(db, session_id)}
        f = self.form
        taken = registrations.seats_taken(db, session_id)
        about = QLabel(self.tr("%1 — %2 · %3 / %4 places prises").replace(
            "%1", session.code).replace("%2", course.title if course else "").replace(
            "%3", str(taken)).replace("%4", str(session.capacity)), self)
        about.setWordWrap(True)
        f.layout_.addRow(about)
        if taken >= session.capacity:
            full = QLabel(self.tr("La session est complète : une nouvelle inscription ira sur la "
                                  "liste d'attente, si vous le confirmez."), self)
            full.setWordWrap(True)
            full.setStyleSheet(HINT_STYLE)
            f.layout_.addRow(full)
        self.picker = ParticipantPicker(
            [p for p in people.list_participants(db) if p.id not in already], self)
        f.add("participant_id", self.tr("Personne *"), self.picker)
        self.picker.chosen.connect(self.try_save)
        self.funding = f.add("funding", self.tr("Financement"), enum_combo(Funding, empty="—"))
        self.amount = f.add("amount_cents", self.tr("Montant"), euros_spin(),
                            self.tr("Prix de la formation pour cette personne ; 0 si gratuite."))
        self.amount.setValue((course.price_cents if course else 0) / 100)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Inscrire"))
        self.resize(720, 560)
        self.picker.search.setFocus()

    def save(self) -> int:
        participant_id = self.picker.participant_id()
        if participant_id is None:
            raise ValidationError({"participant_id": self.tr("Choisissez la personne à inscrire.")})
        values = dict(funding=self.funding.value(),
                      amount_cents=round(self.amount.value() * 100))
        try:
            return registrations.register(self.db, participant_id, self.session_id, **values)
        except SessionFullError as full:
            if not ask_waiting_list(self, full.capacity):
                raise _Declined from full
        self.on_waiting_list = True
        return registrations.register(self.db, participant_id, self.session_id, waiting_list=True,
                                      **values)

    def try_save(self) -> None:
        try:
            super().try_save()
        except _Declined:
            self.reject()


class StatusDialog(EditorDialog):
    """'Changer le statut…': the new status, and the reason a cancellation or an abandonment needs."""

    def __init__(self, db: Database, row: RegistrationRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Statut de l'inscription"), parent)
        self.db, self.row = db, row
        f = self.form
        f.layout_.addRow(QLabel(f"<b>{row.participant_name}</b>", self))
        self.status = f.add("status", self.tr("Statut"), enum_combo(RegistrationStatus))
        set_combo_value(self.status, row.status)
        self.reason = f.add("status_reason", self.tr("Raison"), QLineEdit(row.status_reason),
                            self.tr("Obligatoire pour une annulation ou un abandon : elle sert au "
                                    "suivi des abandons (Qualiopi, indicateur 12)."))
        self.reason.setPlaceholderText(self.tr("Obligatoire pour une annulation ou un abandon"))
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.resize(520, 240)

    def _status_changed(self) -> None:
        needed = self.status.value() in NEEDS_A_REASON
        self.reason.setPlaceholderText(self.tr("Obligatoire pour une annulation ou un abandon")
                                       if needed else self.tr("Facultative"))

    def save(self) -> int:
        registrations.set_status(self.db, self.row.id, self.status.value(),
                                 self.reason.text())
        return self.row.id


class RegistrationsPanel(QWidget):
    """The list of one session's registrations and what can be done to them."""

    changed = Signal()  # a registration was added, changed or removed

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session_id: int | None = None
        self._deleted: Deleted | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("registrations_heading")
        self.model: RowTableModel[RegistrationRow] = RowTableModel([
            Column(self.tr("Nom"), lambda r: r.participant_name),
            Column(self.tr("Statut participant"), lambda r: label(r.participant_status)),
            Column(self.tr("Structure"), lambda r: r.structure),
            Column(self.tr("Inscription"), lambda r: label(r.status)),
            Column(self.tr("Inscrit·e le"), lambda r: frenchfmt.short_date(r.registered_on),
                   lambda r: r.registered_on.isoformat()),
            Column(self.tr("Financement"), lambda r: label(r.funding) if r.funding else ""),
            Column(self.tr("Montant"), lambda r: frenchfmt.euros(r.amount_cents) if r.amount_cents
                   else "", lambda r: r.amount_cents, align_right=True),
            Column(self.tr("Heures suivies"), lambda r: frenchfmt.hours(r.attended_minutes)
                   if r.attended_minutes else "", lambda r: r.attended_minutes, align_right=True),
            Column(self.tr("Raison"), lambda r: r.status_reason),
        ], self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self, self.proxy)
        self.table.setObjectName("registrations")
        self.table.setAccessibleName(self.tr("Inscriptions"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.change_status())
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(STRUCTURE_COLUMN,
                                                           QHeaderView.ResizeMode.Stretch)
        self.register_button = QPushButton(self.tr("Inscrire…"), self)
        self.status_button = QPushButton(self.tr("Changer le statut…"), self)
        self.unregister_button = QPushButton(self.tr("Désinscrire"), self)
        self.register_button.clicked.connect(self.register)
        self.status_button.clicked.connect(self.change_status)
        self.unregister_button.clicked.connect(self.unregister)
        self.undo_bar = UndoBar(self)
        self.undo_bar.undo_requested.connect(self.undo_unregister)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for button in (self.register_button, self.status_button, self.unregister_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.undo_bar)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._update_buttons())
        self.set_session(None)

    # --- state ----------------------------------------------------------------------------------
    def set_session(self, session_id: int | None) -> None:
        if session_id != self.session_id:
            self._deleted = None
            self.undo_bar.hide()
        self.session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        current = self.current_row()
        rows = registrations.list_registrations(self.db, self.session_id) if self.session_id else []
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column != STRUCTURE_COLUMN:
                header.resizeSection(column, min(header.sectionSize(column), 220))
        if current is not None:
            self.select_id(current.id)
        self._update_heading(rows)
        self._update_buttons()

    def _update_heading(self, rows: list[RegistrationRow]) -> None:
        if self.session_id is None:
            self.heading.setText(self.tr("<b>Inscriptions</b> — choisissez une session dans la liste."))
            return
        seated = sum(1 for r in rows if r.status.takes_a_seat)
        waiting = sum(1 for r in rows if r.status is RegistrationStatus.WAITING)
        capacity = sessions.get_session(self.db, self.session_id).capacity
        text = self.tr("<b>Inscriptions</b> — %1 / %2 places prises").replace(
            "%1", str(seated)).replace("%2", str(capacity))
        if waiting:
            text += self.tr(", %1 en liste d'attente").replace("%1", str(waiting))
        self.heading.setText(text)

    def _update_buttons(self) -> None:
        has_session, has_row = self.session_id is not None, self.current_row() is not None
        self.register_button.setEnabled(has_session)
        self.status_button.setEnabled(has_row)
        self.unregister_button.setEnabled(has_row)

    def current_row(self) -> RegistrationRow | None:
        index: QModelIndex = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_id(self, registration_id: int | None) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ROW_ROLE).id == registration_id:
                self.table.setCurrentIndex(index)
                return

    def rows(self) -> list[RegistrationRow]:
        return self.model.rows()

    # --- actions --------------------------------------------------------------------------------
    def register_dialog(self) -> RegisterDialog:
        assert self.session_id is not None
        return RegisterDialog(self.db, self.session_id, self)

    def register(self) -> None:
        if self.session_id is None:
            return
        dialog = self.register_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(dialog.saved_id)

    def change_status(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = StatusDialog(self.db, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(row.id)

    def unregister(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            self._deleted = delete_with_undo(self.db, "registration", row.id,
                                             self.tr("L'inscription de %1").replace(
                                                 "%1", row.participant_name))
        except FormationError as error:
            QMessageBox.warning(self, self.tr("Désinscrire"), str(error))
            return
        self.undo_bar.message.setText(self.tr("%1 a été désinscrit·e.").replace(
            "%1", row.participant_name))
        self.undo_bar.show()
        self._done(None)

    def undo_unregister(self) -> None:
        if self._deleted is None:
            return
        undo(self.db, self._deleted)
        restored = self._deleted.rows[0][1].get("id")
        self._deleted = None
        self.undo_bar.hide()
        self._done(restored)

    def _done(self, registration_id: int | None) -> None:
        self.refresh()
        if registration_id is not None:
            self.select_id(registration_id)
        self._update_buttons()
        self.changed.emit()
