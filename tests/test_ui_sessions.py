"""Sessions, their half-days and registrations, and the home page, driven as a user would."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from formation.core.enums import RegistrationStatus
from formation.core.planning import SlotTimes
from formation.services import catalogue, organisation, people, registrations, sessions
from formation.services.organisation import OrganisationData
from formation.services.people import ParticipantData, TrainerData
from formation.storage.database import Database
from formation.ui.pages.home import HomePage
from formation.ui.pages.sessions import SessionDialog, SessionsPage
from formation.ui.registrations_panel import RegisterDialog, StatusDialog
from formation.ui.slots_editor import next_half_day
from tests.qt_helpers import Modal, click_button

pytestmark = pytest.mark.gui

THURSDAY = date(2026, 3, 12)
MORNING, AFTERNOON = (time(9), time(12, 30)), (time(13, 30), time(17))
LEFT = Qt.MouseButton.LeftButton


# --- helpers ----------------------------------------------------------------------------------

def add_course(db: Database, code: str = "GEST", title: str = "La gestion financière associative",
               hours: int = 14) -> int:
    return catalogue.save_course(db, catalogue.CourseData(code=code, title=title,
                                                          duration_minutes=hours * 60,
                                                          price_cents=36_000))


def add_session(db: Database, course_id: int, start: date, capacity: int = 12) -> int:
    data = sessions.new_session_for(db, course_id, start)
    data.capacity = capacity
    data.place = "Maison des associations"
    return sessions.save_session(db, data)


def add_participant(db: Database, first: str, last: str) -> int:
    return people.save_participant(db, ParticipantData(first_name=first, last_name=last))


def slot(day: date, times: tuple[time, time]) -> SlotTimes:
    return SlotTimes(day, *times)


def column(page: SessionsPage, header: str) -> list[str]:
    index = next(c for c in range(page.model.columnCount())
                 if page.model.headerData(c, Qt.Orientation.Horizontal) == header)
    return [page.proxy.index(r, index).data() for r in range(page.proxy.rowCount())]


# --- planning a session -----------------------------------------------------------------------

def test_next_half_day_follows_mornings_then_working_days() -> None:
    friday = THURSDAY + timedelta(days=1)
    assert next_half_day([], date(2026, 3, 14)) == slot(date(2026, 3, 16), MORNING)  # a Saturday
    assert next_half_day([slot(THURSDAY, MORNING)], THURSDAY) == slot(THURSDAY, AFTERNOON)
    assert next_half_day([slot(friday, AFTERNOON), slot(THURSDAY, MORNING)], THURSDAY) == \
        slot(date(2026, 3, 16), MORNING)


def test_plan_a_session_from_a_course(app: object, qtbot: QtBot, db: Database) -> None:
    course_id = add_course(db)
    trainer_id = people.save_trainer(db, TrainerData(first_name="Sophie", last_name="Hennebelle"))
    dialog = SessionDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.course.setCurrentIndex(dialog.course.findData(course_id))
    dialog.start.setDate(QDate(2026, 3, 12))
    friday, monday = date(2026, 3, 13), date(2026, 3, 16)
    assert dialog.code.text() == "GEST-2026-03"
    assert dialog.slots.slots() == [slot(THURSDAY, MORNING), slot(THURSDAY, AFTERNOON),
                                    slot(friday, MORNING), slot(friday, AFTERNOON)]
    assert dialog.slots.total_label.text() == "Total : 14 h"
    assert dialog.end.date() == QDate(2026, 3, 13)

    table = dialog.slots.table
    thursday_morning = table.visualRect(table.model().index(0, dialog.slots.PART)).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=thursday_morning)
    qtbot.mouseClick(dialog.slots.remove_button, LEFT)
    assert dialog.slots.total_label.text() == "Total : 10 h 30"
    assert dialog.slots.expected_label.isVisibleTo(dialog)  # the course lasts 14 h
    qtbot.mouseClick(dialog.slots.add_button, LEFT)
    assert dialog.slots.total_label.text() == "Total : 14 h"
    dialog.trainers.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.capacity.setValue(10)
    qtbot.keyClicks(dialog.place, "Maison des associations")
    dialog.try_save()

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = sessions.get_session(db, dialog.saved_id or 0)
    assert saved.slots == [slot(THURSDAY, AFTERNOON), slot(friday, MORNING), slot(friday, AFTERNOON),
                           slot(monday, MORNING)]
    assert (saved.start_date, saved.end_date) == (THURSDAY, monday)
    assert (saved.code, saved.capacity, saved.place, saved.trainer_ids) == (
        "GEST-2026-03", 10, "Maison des associations", [trainer_id])


def test_overlapping_slots_are_refused_under_the_table_and_kept(app: object, qtbot: QtBot,
                                                                 db: Database) -> None:
    course_id = add_course(db)
    dialog = SessionDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.course.setCurrentIndex(dialog.course.findData(course_id))
    dialog.start.setDate(QDate(2026, 3, 12))
    afternoon_start = dialog.slots.row_editors(1)[1]
    afternoon_start.setTime(QTime(12, 0))  # Thursday afternoon now starts before the morning ends
    dialog.code.setText("GEST-PRINTEMPS")
    dialog.try_save()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "chevauchent" in dialog.form.error_text("slots")
    assert dialog.form.error_text("code") == ""
    assert sessions.list_sessions(db) == []
    assert afternoon_start.time() == QTime(12, 0)
    assert dialog.code.text() == "GEST-PRINTEMPS"
    assert len(dialog.slots.slots()) == 4


def test_a_session_without_course_nor_slots_says_so_at_each_field(app: object, qtbot: QtBot,
                                                                   db: Database) -> None:
    add_course(db)
    dialog = SessionDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start.setDate(QDate(2026, 3, 12))
    dialog.end.setDate(QDate(2026, 3, 10))
    dialog.try_save()
    assert "formation" in dialog.form.error_text("course_id")
    assert "code" in dialog.form.error_text("code").lower()
    assert "précède" in dialog.form.error_text("end_date")
    assert sessions.list_sessions(db) == []


def test_proposing_slots_again_asks_before_replacing_edited_ones(app: object, qtbot: QtBot,
                                                                  db: Database) -> None:
    course_id = add_course(db)
    session_id = add_session(db, course_id, THURSDAY)
    dialog = SessionDialog(db, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.slots.add_button, LEFT)  # Monday morning
    assert dialog.end.date() == QDate(2026, 3, 16)
    dialog.start.setDate(QDate(2026, 3, 19))
    dialog.end.setDate(QDate(2026, 3, 19))
    modal = Modal()
    modal.then(QMessageBox, lambda box: click_button(box, "Garder mes demi-journées"))
    qtbot.mouseClick(dialog.propose_button, LEFT)
    modal.check()
    assert len(dialog.slots.slots()) == 5
    dialog.start.setDate(QDate(2026, 3, 19))
    dialog.end.setDate(QDate(2026, 3, 19))
    modal.then(QMessageBox, lambda box: click_button(box, "Remplacer"))
    qtbot.mouseClick(dialog.propose_button, LEFT)
    modal.check()
    assert "modifiées" in modal.seen[0]
    assert dialog.slots.slots() == [slot(date(2026, 3, 19), MORNING),
                                    slot(date(2026, 3, 19), AFTERNOON)]


# --- the list ---------------------------------------------------------------------------------

def test_search_by_course_title_folds_accents(app: object, qtbot: QtBot, db: Database) -> None:
    add_session(db, add_course(db), THURSDAY)
    add_session(db, add_course(db, "FONCT", "Le fonctionnement associatif"), date(2026, 4, 2))
    page = SessionsPage(db)
    qtbot.addWidget(page)
    assert len(column(page, "Code")) == 2
    qtbot.keyClicks(page.search, "FINANCIERE")
    assert column(page, "Formation") == ["La gestion financière associative"]
    assert column(page, "Dates") == ["du 12/03/2026 au 13/03/2026"]
    assert column(page, "Durée") == ["14 h"]
    page.search.clear()
    assert len(column(page, "Code")) == 2


def test_the_year_filter_lists_the_years_present(app: object, qtbot: QtBot, db: Database) -> None:
    course_id = add_course(db)
    add_session(db, course_id, THURSDAY)
    add_session(db, course_id, date(2025, 11, 6))
    page = SessionsPage(db)
    qtbot.addWidget(page)
    years = [page.year.itemText(i) for i in range(page.year.count())]
    assert years == ["Toutes les années", "2026", "2025"]
    page.year.setCurrentIndex(2)
    assert column(page, "Code") == ["GEST-2025-11"]
    page.refresh()  # the choice survives a refresh
    assert page.year.currentText() == "2025" and column(page, "Code") == ["GEST-2025-11"]


def test_the_sessions_model_passes_the_model_tester(app: object, qtbot: QtBot, db: Database,
                                                    qtmodeltester: ModelTester) -> None:
    course_id = add_course(db)
    for start in (THURSDAY, date(2026, 4, 2), date(2026, 5, 7)):
        add_session(db, course_id, start)
    page = SessionsPage(db)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_delete_a_session_then_undo_brings_back_its_registrations(app: object, qtbot: QtBot,
                                                                   db: Database) -> None:
    session_id = add_session(db, add_course(db), THURSDAY)
    registration_id = registrations.register(db, add_participant(db, "Marc", "Durand"), session_id)
    page = SessionsPage(db)
    qtbot.addWidget(page)
    page.show()
    page.select_id(session_id)
    assert [r.id for r in page.panel.rows()] == [registration_id]
    qtbot.mouseClick(page.delete_button, LEFT)
    assert sessions.list_sessions(db) == [] and page.undo_bar.isVisible()
    assert page.panel.rows() == [] and page.panel.session_id is None
    qtbot.mouseClick(page.undo_bar.button, LEFT)
    assert [r.id for r in registrations.list_registrations(db, session_id)] == [registration_id]
    assert len(sessions.get_session(db, session_id).slots) == 4
    assert column(page, "Inscrit·es") == ["1 / 12"]
    assert [r.id for r in page.panel.rows()] == [registration_id]  # the restored one is shown


# --- registrations ----------------------------------------------------------------------------

def test_register_a_participant_through_the_panel(app: object, qtbot: QtBot, db: Database) -> None:
    session_id = add_session(db, add_course(db), THURSDAY)
    eloise = add_participant(db, "Éloïse", "Martin")
    add_participant(db, "Marc", "Durand")
    page = SessionsPage(db)
    qtbot.addWidget(page)
    page.show()
    page.select_id(session_id)
    assert column(page, "Inscrit·es") == ["0 / 12"]

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RegisterDialog)
        qtbot.keyClicks(dialog.picker.search, "eloise")
        assert dialog.picker.proxy.rowCount() == 1
        dialog.funding.setCurrentIndex(dialog.funding.findText("FDVA"))
        dialog.amount.setValue(100)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)

    modal = Modal()
    modal.then(RegisterDialog, fill)
    qtbot.mouseClick(page.panel.register_button, LEFT)
    modal.check()

    [row] = registrations.list_registrations(db, session_id)
    assert (row.participant_id, row.status, row.funding.label if row.funding else None,
            row.amount_cents) == (eloise, RegistrationStatus.REGISTERED, "FDVA", 10_000)
    assert [r.participant_name for r in page.panel.rows()] == ["MARTIN Éloïse"]
    assert column(page, "Inscrit·es") == ["1 / 12"]  # the list above follows
    assert "1 / 12 places prises" in page.panel.heading.text()


def test_someone_already_registered_is_not_offered_again(app: object, qtbot: QtBot,
                                                         db: Database) -> None:
    session_id = add_session(db, add_course(db), THURSDAY)
    registrations.register(db, add_participant(db, "Marc", "Durand"), session_id)
    add_participant(db, "Éloïse", "Martin")
    dialog = RegisterDialog(db, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.picker.model.rowCount() == 1
    qtbot.keyClicks(dialog.picker.search, "durand")
    assert dialog.picker.participant_id() is None
    dialog.try_save()
    assert "Choisissez la personne" in dialog.form.error_text("participant_id")
    assert dialog.amount.value() == 360  # the course's price is proposed


def test_a_full_session_offers_the_waiting_list(app: object, qtbot: QtBot, db: Database) -> None:
    session_id = add_session(db, add_course(db), THURSDAY, capacity=1)
    registrations.register(db, add_participant(db, "Marc", "Durand"), session_id)
    eloise = add_participant(db, "Éloïse", "Martin")
    page = SessionsPage(db)
    qtbot.addWidget(page)
    page.show()
    page.select_id(session_id)
    modal = Modal()

    def register_then(answer: str) -> None:
        def fill(dialog: QWidget) -> None:
            assert isinstance(dialog, RegisterDialog)
            qtbot.keyClicks(dialog.picker.search, "martin")
            modal.then(QMessageBox, lambda box: click_button(box, answer))
            qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
        modal.then(RegisterDialog, fill)
        qtbot.mouseClick(page.panel.register_button, LEFT)
        modal.check()

    register_then("Non")
    assert modal.seen[1] == "La session est complète (1 place). Inscrire sur la liste d'attente ?"
    assert len(registrations.list_registrations(db, session_id)) == 1
    register_then("Oui")
    waiting = [r for r in registrations.list_registrations(db, session_id) if r.participant_id == eloise]
    assert [r.status for r in waiting] == [RegistrationStatus.WAITING]
    assert column(page, "Inscrit·es") == ["1 / 1 (+1 en attente)"]
    assert "1 en liste d'attente" in page.panel.heading.text()


def test_cancelling_a_registration_needs_a_reason(app: object, qtbot: QtBot, db: Database) -> None:
    session_id = add_session(db, add_course(db), THURSDAY)
    registrations.register(db, add_participant(db, "Marc", "Durand"), session_id)
    [row] = registrations.list_registrations(db, session_id)
    dialog = StatusDialog(db, row)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findText("Annulé·e"))
    dialog.try_save()
    assert "raison" in dialog.form.error_text("status_reason")
    assert registrations.list_registrations(db, session_id)[0].status is RegistrationStatus.REGISTERED
    qtbot.keyClicks(dialog.reason, "Malade")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [row] = registrations.list_registrations(db, session_id)
    assert (row.status, row.status_reason) == (RegistrationStatus.CANCELLED, "Malade")


def test_unregister_then_undo(app: object, qtbot: QtBot, db: Database) -> None:
    session_id = add_session(db, add_course(db), THURSDAY)
    registration_id = registrations.register(db, add_participant(db, "Marc", "Durand"), session_id)
    page = SessionsPage(db)
    qtbot.addWidget(page)
    page.show()
    page.select_id(session_id)
    page.panel.select_id(registration_id)
    qtbot.mouseClick(page.panel.unregister_button, LEFT)
    assert registrations.list_registrations(db, session_id) == []
    assert column(page, "Inscrit·es") == ["0 / 12"] and page.panel.undo_bar.isVisible()
    qtbot.mouseClick(page.panel.undo_bar.button, LEFT)
    assert [r.id for r in registrations.list_registrations(db, session_id)] == [registration_id]
    assert column(page, "Inscrit·es") == ["1 / 12"]


# --- the home page ----------------------------------------------------------------------------

def test_the_home_page_lists_upcoming_sessions_only(app: object, qtbot: QtBot, db: Database) -> None:
    organisation.save_organisation(db, OrganisationData(name="Maillage"))
    today = date.today()
    course_id = add_course(db)
    past = add_session(db, course_id, today - timedelta(days=60))
    coming = add_session(db, course_id, today + timedelta(days=30), capacity=2)
    for first, last in (("Marc", "Durand"), ("Éloïse", "Martin")):
        registrations.register(db, add_participant(db, first, last), coming)
    page = HomePage(db)
    qtbot.addWidget(page)
    page.show()
    assert "Bienvenue chez Maillage" in page.heading.text()
    assert [r.id for r in page.upcoming()] == [coming]
    assert past not in [r.id for r in page.upcoming()]
    fill = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert "2 / 2 inscrit·es" in fill and "Complète" in fill
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.agenda.isVisible() and not page.empty.isVisible()


def test_the_home_page_without_sessions_says_so(app: object, qtbot: QtBot, db: Database) -> None:
    page = HomePage(db)
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible() and not page.agenda.isVisible()
    assert page.year_sessions.number.text() == "0"
    assert "Paramètres" in page.subtitle.text()


def test_tabbing_through_the_half_days_selects_each_row(app: object, qtbot: QtBot) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout

    from formation.ui.slots_editor import SlotsEditor

    top = QWidget()
    qtbot.addWidget(top)
    before, editor = QLineEdit(top), SlotsEditor(top)
    editor.tab_after = before
    layout = QVBoxLayout(top)
    layout.addWidget(before)
    layout.addWidget(editor)
    editor.set_slots([slot(THURSDAY, MORNING), slot(THURSDAY, AFTERNOON)])
    with qtbot.waitActive(top):
        top.show()
        top.activateWindow()
    before.setFocus()
    rows_seen = []
    for _ in range(30):  # Tab walks the date and time sections, then the next editor
        QTest.keyClick(top.windowHandle(), Qt.Key.Key_Tab)
        qtbot.wait(5)
        row = next((i for i, r in enumerate(editor._rows)  # noqa: SLF001
                    if QApplication.focusWidget() in r.editors), None)
        if row is not None:
            rows_seen.append((row, editor.table.currentRow()))
    assert {row for row, _ in rows_seen} == {0, 1}  # both rows reached, without a crash
    assert all(row == current for row, current in rows_seen)
