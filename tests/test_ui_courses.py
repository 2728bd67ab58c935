"""The Formations page, driven as a user would: create, refuse a bad input, search, delete, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from formation.core.errors import ValidationError
from formation.services import catalogue, sessions
from formation.storage.database import Database
from formation.ui.pages.courses import CourseDialog, CoursesPage

pytestmark = pytest.mark.gui


def visible_titles(page: CoursesPage) -> list[str]:
    return [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]


def add_course(db: Database, code: str, title: str) -> int:
    return catalogue.save_course(db, catalogue.CourseData(code=code, title=title,
                                                          duration_minutes=14 * 60))


def test_create_a_course_with_its_objectives(app: object, qtbot: QtBot, db: Database) -> None:
    page = CoursesPage(db)
    qtbot.addWidget(page)
    dialog = CourseDialog(db, None, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, "FONCT")
    qtbot.keyClicks(dialog.title_, "Le fonctionnement associatif")
    dialog.duration.setValue(14)
    dialog.objectives.setPlainText("Connaître la loi de 1901\n\nRédiger des statuts\n")
    dialog.try_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = catalogue.get_course(db, dialog.saved_id or 0)
    assert saved.objectives == ["Connaître la loi de 1901", "Rédiger des statuts"]
    assert saved.duration_minutes == 14 * 60
    page.refresh()
    assert visible_titles(page) == ["Le fonctionnement associatif"]


def test_the_follow_up_delay_is_set_per_course(app: object, qtbot: QtBot, db: Database) -> None:
    course_id = add_course(db, "FONCT", "Le fonctionnement associatif")
    dialog = CourseDialog(db, course_id)
    qtbot.addWidget(dialog)
    assert dialog.followup.value() == 3  # the usual three months
    assert dialog.followup.minimum() >= 1
    dialog.followup.setValue(6)
    dialog.try_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert catalogue.get_course(db, course_id).followup_delay_months == 6
    refused = catalogue.get_course(db, course_id)
    refused.followup_delay_months = 0
    with pytest.raises(ValidationError) as error:
        catalogue.save_course(db, refused)
    assert "entre 1 et 24 mois" in error.value.fields["followup_delay_months"]


def test_a_refused_course_keeps_what_was_typed(app: object, qtbot: QtBot, db: Database) -> None:
    add_course(db, "FONCT", "Le fonctionnement associatif")
    dialog = CourseDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code, "FONCT")
    qtbot.keyClicks(dialog.title_, "Une autre formation")
    dialog.try_save()
    assert "déjà pris" in dialog.form.error_text("code")
    assert "durée" in dialog.form.error_text("duration_minutes")
    assert dialog.form.error_text("title") == ""
    assert dialog.title_.text() == "Une autre formation"
    assert len(catalogue.list_courses(db)) == 1


def test_search_ignores_case_and_accents(app: object, qtbot: QtBot, db: Database) -> None:
    add_course(db, "GEST", "La gestion financière associative")
    add_course(db, "EMPL", "La fonction d'employeur associatif")
    page = CoursesPage(db)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.search, "FINANCIERE")
    assert visible_titles(page) == ["La gestion financière associative"]
    page.search.clear()
    assert len(visible_titles(page)) == 2


def test_delete_then_undo_brings_the_course_back(app: object, qtbot: QtBot, db: Database) -> None:
    course_id = add_course(db, "GEST", "La gestion financière associative")
    catalogue.save_course(db, catalogue.get_course(db, course_id))
    page = CoursesPage(db)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.select_id(course_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert catalogue.list_courses(db) == [] and page.undo_bar.isVisible()
    qtbot.mouseClick(page.undo_bar.button, Qt.MouseButton.LeftButton)
    assert [c.id for c in catalogue.list_courses(db)] == [course_id]
    assert visible_titles(page) == ["La gestion financière associative"]


def test_a_course_with_sessions_is_not_deleted(app: object, qtbot: QtBot, db: Database,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    course_id = add_course(db, "GEST", "La gestion financière associative")
    sessions.save_session(db, sessions.new_session_for(db, course_id, date(2026, 3, 12)))
    warnings: list[str] = []
    monkeypatch.setattr("formation.ui.list_page.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    page = CoursesPage(db)
    qtbot.addWidget(page)
    page.select_id(course_id)
    page.delete_current()
    assert warnings and "supprimez d'abord ses sessions" in warnings[0]
    assert len(catalogue.list_courses(db)) == 1
