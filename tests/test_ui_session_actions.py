"""From the Sessions page: run the attendance, print the sheets, keep the scanned ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from formation.core.attendance import Mark
from formation.core.enums import Presence
from formation.services import attendance, catalogue, people, registrations, sessions
from formation.storage.database import Database
from formation.ui import session_actions
from formation.ui.attendance_window import AttendanceWindow
from formation.ui.pages.sessions import SessionsPage
from formation.ui.session_actions import ScansDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def page(app: object, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> SessionsPage:
    opened: list[str] = []
    monkeypatch.setattr(session_actions.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    course = catalogue.save_course(db, catalogue.CourseData(
        code="GESTFI", title="La gestion financière associative", duration_minutes=14 * 60))
    session = sessions.save_session(db, sessions.new_session_for(db, course, date(2026, 3, 12)))
    person = people.save_participant(db, people.ParticipantData(first_name="Léa", last_name="Petit"))
    registrations.register(db, person, session)
    widget = SessionsPage(db)
    qtbot.addWidget(widget)
    widget.select_id(session)
    widget.opened = opened  # type: ignore[attr-defined]
    return widget


def test_the_attendance_window_opens_and_its_hours_reach_the_panel(page: SessionsPage,
                                                                   qtbot: QtBot) -> None:
    qtbot.mouseClick(page.actions.attendance_button, Qt.MouseButton.LeftButton)
    [window] = page.actions.windows.values()
    assert isinstance(window, AttendanceWindow) and window.isVisible()
    qtbot.addWidget(window)
    row = page.current_row()
    [registration] = page.panel.model.rows()
    first_slot = attendance.session_slots(page.db, row.id)[0].id
    window.select_slot(first_slot)
    window.record(registration.id, Mark(Presence.PRESENT))  # as the status button does
    assert page.panel.model.rows()[0].attended_minutes == 210  # the morning, 3 h 30
    qtbot.mouseClick(page.actions.attendance_button, Qt.MouseButton.LeftButton)
    assert list(page.actions.windows.values()) == [window]  # one window per session


def test_both_sheets_are_written_where_the_user_chooses(page: SessionsPage, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    for blank, name in ((True, "vierge.pdf"), (False, "remplie.pdf")):
        target = tmp_path / name
        monkeypatch.setattr(session_actions.QFileDialog, "getSaveFileName",
                            lambda *_args, t=target: (str(t), "PDF (*.pdf)"))
        page.actions.save_sheet(blank=blank)
        text = "".join(p.extract_text() for p in PdfReader(target).pages)
        assert "La gestion financière associative" in text and "PETIT" in text
    assert page.opened == [str(tmp_path / "vierge.pdf"), str(tmp_path / "remplie.pdf")]  # type: ignore[attr-defined]
    expected = "2026-03-12_gestfi-2026-03_emargement-vierge.pdf"
    assert page.actions.suggested_sheet_name(blank=True) == expected


def test_a_scan_is_attached_then_opened_again(page: SessionsPage, qtbot: QtBot, tmp_path: Path) -> None:
    scan = tmp_path / "emargement-signe.pdf"
    scan.write_bytes(b"%PDF-1.4 a scanned sheet")
    dialog = ScansDialog(page.db, page.current_row().id, page)
    qtbot.addWidget(dialog)
    dialog.attach(scan)
    assert dialog.list.count() == 1 and "emargement-signe.pdf" in dialog.list.item(0).text()
    opened = dialog.open_selected()
    assert opened is not None and opened.read_bytes() == b"%PDF-1.4 a scanned sheet"
    dialog.attach(tmp_path / "notes.txt")
    assert "ni un PDF ni une image" in dialog.message.text() and dialog.list.count() == 1
