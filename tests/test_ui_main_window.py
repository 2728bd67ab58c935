"""The whole window on a fresh file, driven with the keyboard and mouse as the assistant would."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from formation.core.enums import RegistrationStatus
from formation.services import catalogue, people, registrations, sessions
from formation.storage.database import Database
from formation.ui import app as app_module
from formation.ui.application import show_unexpected_error
from formation.ui.main_window import MainWindow
from formation.ui.pages.courses import CourseDialog, CoursesPage
from formation.ui.pages.participants import ParticipantDialog, ParticipantsPage
from formation.ui.pages.sessions import SessionDialog, SessionsPage
from formation.ui.registrations_panel import RegisterDialog
from tests.qt_helpers import Modal

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(app: object, qtbot: QtBot, db: Database) -> MainWindow:
    main = MainWindow(db)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    return main


def save(dialog: QWidget, qtbot: QtBot) -> None:
    buttons = dialog.buttons  # type: ignore[attr-defined]
    qtbot.mouseClick(buttons.button(buttons.StandardButton.Save), LEFT)


def test_catalogue_to_registration_then_delete_and_undo(window: MainWindow, qtbot: QtBot,
                                                        db: Database) -> None:
    modal = Modal()

    # A course, from the Formations page (Ctrl+4), created with Ctrl+N.
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.stack.currentWidget(), CoursesPage)

    def fill_course(dialog: QWidget) -> None:
        assert isinstance(dialog, CourseDialog)
        qtbot.keyClicks(dialog.code, "STATESS")
        qtbot.keyClicks(dialog.title_, "Les statuts et fondements de l'ESS")
        dialog.duration.setValue(14)
        dialog.objectives.setPlainText("Situer son projet dans l'ESS\nChoisir un statut")
        save(dialog, qtbot)
    modal.then(CourseDialog, fill_course)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modal.check()
    [course] = catalogue.list_courses(db)

    # A participant.
    window.sidebar.setCurrentRow(window.pages.index(window.page(ParticipantsPage)))
    assert isinstance(window.stack.currentWidget(), ParticipantsPage)

    def fill_person(dialog: QWidget) -> None:
        assert isinstance(dialog, ParticipantDialog)
        qtbot.keyClicks(dialog.first_name, "Samira")
        qtbot.keyClicks(dialog.last_name, "Tran")
        save(dialog, qtbot)
    modal.then(ParticipantDialog, fill_person)
    qtbot.mouseClick(window.page(ParticipantsPage).new_button, LEFT)  # type: ignore[attr-defined]
    modal.check()

    # A session of that course, its half-days proposed from the start date.
    window.sidebar.setCurrentRow(window.pages.index(window.page(SessionsPage)))
    page = window.page(SessionsPage)
    assert isinstance(page, SessionsPage)

    def plan(dialog: QWidget) -> None:
        assert isinstance(dialog, SessionDialog)
        dialog.course.setCurrentIndex(dialog.course.findData(course.id))
        dialog.start.setDate(QDate(2027, 1, 14))
        qtbot.keyClicks(dialog.place, "MRES")
        save(dialog, qtbot)
    modal.then(SessionDialog, plan)
    qtbot.mouseClick(page.new_button, LEFT)
    modal.check()
    [session] = sessions.list_sessions(db)
    assert (session.code, session.minutes, session.place) == ("STATESS-2027-01", 14 * 60, "MRES")

    # Samira registered from the panel under the list.
    page.select_id(session.id)

    def register(dialog: QWidget) -> None:
        assert isinstance(dialog, RegisterDialog)
        qtbot.keyClicks(dialog.picker.search, "tran")
        save(dialog, qtbot)
    modal.then(RegisterDialog, register)
    qtbot.mouseClick(page.panel.register_button, LEFT)
    modal.check()
    [registration] = registrations.list_registrations(db, session.id)
    assert (registration.participant_name, registration.status) == ("TRAN Samira",
                                                                     RegistrationStatus.REGISTERED)

    # The other pages saw the change: the participant now counts one registration.
    participants = window.page(ParticipantsPage)
    assert participants.model.row_at(0).registrations == 1  # type: ignore[attr-defined]

    # Search (Ctrl+F), delete with the Delete key, undo with Ctrl+Z.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "fondements")
    assert page.proxy.rowCount() == 1
    page.select_id(session.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert sessions.list_sessions(db) == []
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(sessions.list_sessions(db)) == 1)  # a button's shortcut animates
    assert [s.code for s in sessions.list_sessions(db)] == ["STATESS-2027-01"]
    assert len(registrations.list_registrations(db, session.id)) == 1


def test_the_window_remembers_its_geometry(app: object, qtbot: QtBot, db: Database) -> None:
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 500)  # the offscreen screen is small: only the height is free
    first.close()
    assert QSettings().value("main_window/geometry") is not None
    second = MainWindow(db)
    qtbot.addWidget(second)
    second.show()
    assert second.height() == 500  # a new window would open 760 high


def test_a_file_open_elsewhere_is_refused_with_a_clear_message(
        app: object, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "warning",
                        lambda _parent, _title, text: shown.append(text))
    controller = app_module.Controller()
    assert controller.open(db.path) is False  # `db` holds the file open for writing
    assert shown and "déjà ouvert" in shown[0]
    assert controller.window is None


def test_a_second_file_replaces_the_first_and_is_remembered(app: object, tmp_path: Path) -> None:
    controller = app_module.Controller()
    try:
        assert controller.open(tmp_path / "premier.sqlite")
        assert controller.open(tmp_path / "second.sqlite")
        assert controller.window is not None and controller.db is not None
        assert controller.db.path.name == "second.sqlite"
        recent = QSettings().value(app_module.RECENT_KEY)
        assert [Path(p).name for p in recent] == ["second.sqlite", "premier.sqlite"]
        Database.open(tmp_path / "premier.sqlite").close()  # the first file was released
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.close()


def test_an_unexpected_error_shows_french_and_logs_the_trace(
        app: object, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    try:
        raise KeyError("internal detail")
    except KeyError as error:
        with caplog.at_level(logging.ERROR):
            show_unexpected_error(KeyError, error, error.__traceback__)
    assert "Une erreur inattendue" in shown[0] and "KeyError" not in shown[0]
    assert "Traceback" in caplog.text and "internal detail" in caplog.text


def test_people_lists_never_show_specific_needs(window: MainWindow, db: Database) -> None:
    people.save_participant(db, people.ParticipantData(
        first_name="Awa", last_name="Diallo", specific_needs="Malentendante : premier rang"))
    page = window.page(ParticipantsPage)
    page.refresh()  # type: ignore[attr-defined]
    model = page.model  # type: ignore[attr-defined]
    cells = [str(model.index(0, c).data()) for c in range(model.columnCount())]
    assert "Awa" in cells and not any("Malentendante" in c for c in cells)


def test_home_alerts_lead_to_the_session(window: MainWindow, qtbot: QtBot, db: Database) -> None:
    from datetime import date, timedelta

    from formation.core.attendance import Mark
    from formation.core.enums import Presence
    from formation.services import attendance
    from formation.ui.pages.home import HomePage

    course = catalogue.save_course(db, catalogue.CourseData(code="EVAL", title="L'évaluation",
                                                            duration_minutes=14 * 60))
    monday = date.today() - timedelta(days=date.today().weekday() + 7)  # last week's Monday
    session = sessions.save_session(db, sessions.new_session_for(db, course, monday))
    person = people.save_participant(db, people.ParticipantData(first_name="Awa", last_name="Diallo"))
    registration = registrations.register(db, person, session)
    for slot in attendance.session_slots(db, session)[:2]:
        attendance.record(db, registration, slot.id, Mark(Presence.ABSENT))
    home = window.page(HomePage)
    assert isinstance(home, HomePage)
    home.refresh()
    assert home.alerts_model.rowCount() == 1
    assert home.alerts_model.row_at(0).reason == "absent·e deux demi-journées de suite"
    assert "(1)" in home.alerts_title.text()
    home.alerts.doubleClicked.emit(home.alerts_model.index(0, 0))
    page = window.page(SessionsPage)
    assert window.stack.currentWidget() is page
    assert page.current_row().id == session  # type: ignore[attr-defined]
    assert [r.participant_name for r in page.panel.model.rows()] == ["DIALLO Awa"]  # type: ignore[attr-defined]


def test_tab_leaves_lists_and_text_boxes(window: MainWindow, qtbot: QtBot, db: Database) -> None:
    """Every control is reachable with the keyboard: Tab never stays trapped in a table or a text box."""
    from datetime import date

    from PySide6.QtWidgets import QApplication

    course = catalogue.save_course(db, catalogue.CourseData(code="EVAL", title="L'évaluation",
                                                            duration_minutes=7 * 60))
    session = sessions.save_session(db, sessions.new_session_for(db, course, date(2027, 2, 1)))
    page = window.page(SessionsPage)
    assert isinstance(page, SessionsPage)
    window.sidebar.setCurrentRow(window.pages.index(page))
    page.refresh()
    page.select_id(session)
    page.table.setFocus()
    reached = set()
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert {page.panel.table, page.panel.register_button, page.actions.attendance_button} <= reached

    dialog = CourseDialog(db, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.objectives.setFocus()
    qtbot.keyClick(dialog.objectives, Qt.Key.Key_Tab)
    assert dialog.objectives.toPlainText() == "" and not dialog.objectives.hasFocus()
