"""The émargement window, driven as a trainer would: statuses, signatures drawn, sign-off, corrections.

Dialogs are opened with open() by the window: the tests act on `window.dialog`, never on exec().
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from formation.core.attendance import Mark
from formation.core.enums import Presence
from formation.services import attendance, catalogue, people, registrations, sessions
from formation.services.attendance import Correction, HalfDayLocked
from formation.storage.database import Database
from formation.storage.models import Attendance, AttendanceCorrection
from formation.ui.attendance.dialogs import CorrectionDialog, TimeDialog
from formation.ui.attendance_window import AttendanceWindow
from formation.ui.signature_pad import SignatureDialog, SignaturePad, strokes_to_png

pytestmark = pytest.mark.gui

THURSDAY, FRIDAY = date(2026, 3, 12), date(2026, 3, 13)
# Two strokes, like a short name and an underline.
STROKES = [[(40, 110), (60, 80), (80, 120), (100, 70), (120, 115), (140, 90), (170, 100)],
           [(50, 140), (120, 135), (190, 138)]]


@pytest.fixture
def course(db: Database) -> dict[str, int]:
    """'Le fonctionnement associatif', Thursday and Friday, Claire Martin, three participants."""
    course_id = catalogue.save_course(db, catalogue.CourseData(
        code="FONCT", title="Le fonctionnement associatif", duration_minutes=14 * 60))
    trainer = people.save_trainer(db, people.TrainerData(first_name="Claire", last_name="Martin"))
    data = sessions.new_session_for(db, course_id, THURSDAY)
    data.trainer_ids = [trainer]
    session = sessions.save_session(db, data)
    ids = {"session": session, "trainer": trainer}
    for first, last in [("Marie", "Dupont"), ("Jean", "Durand"), ("Léa", "Petit")]:
        person = people.save_participant(db, people.ParticipantData(first_name=first, last_name=last))
        ids[first] = registrations.register(db, person, session)
    return ids


def slot_ids(db: Database, session_id: int) -> list[int]:
    return [s.id for s in attendance.session_slots(db, session_id)]


def open_window(qtbot: QtBot, db: Database, session_id: int, now: datetime) -> AttendanceWindow:
    window = AttendanceWindow(db, session_id, now=now)
    qtbot.addWidget(window)
    window.show()
    return window


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def draw(qtbot: QtBot, pad: SignaturePad, strokes: list[list[tuple[int, int]]]) -> None:
    """Press, drag with the button held (QTest's mouseMove carries no button), release."""
    for stroke in strokes:
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*stroke[0]))
        for x, y in stroke[1:]:
            local = QPointF(x, y)
            QApplication.sendEvent(pad, QMouseEvent(
                QEvent.Type.MouseMove, local, pad.mapToGlobal(local), Qt.MouseButton.NoButton,
                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*stroke[-1]))


def ink_pixels(image: QImage) -> int:
    white = QColor("white").rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixel(x, y) != white)


def mark_everyone(qtbot: QtBot, window: AttendanceWindow, status: Presence = Presence.PRESENT) -> None:
    for row in window.rows.values():
        click(qtbot, row.buttons[status])


# --- the half-day shown ------------------------------------------------------------------------

@pytest.mark.parametrize(("now", "expected"), [
    (datetime(2026, 3, 13, 14, 0), 3),  # Friday afternoon, under way
    (datetime(2026, 3, 1, 10, 0), 0),  # before the session: its first half-day
    (datetime(2026, 3, 12, 12, 45), 0),  # Thursday's lunch break: the morning, still to sign
    (datetime(2026, 4, 1, 9, 0), 3),  # after the session: its last half-day
])
def test_the_window_opens_on_the_current_half_day(app: object, qtbot: QtBot, db: Database,
                                                  course: dict[str, int], now: datetime,
                                                  expected: int) -> None:
    window = open_window(qtbot, db, course["session"], now)
    assert window.windowTitle() == "Émargement — Le fonctionnement associatif — FONCT-2026-03"
    assert window.current_slot_id() == slot_ids(db, course["session"])[expected]
    assert window.slot_combo.count() == 4
    assert window.slot_combo.itemText(0) == "jeu. 12/03 matin 09h00–12h30"
    assert window.slot_combo.itemText(3) == "ven. 13/03 après-midi 13h30–17h00"
    assert [row.line.name for row in window.rows.values()] == [
        "DUPONT Marie", "DURAND Jean", "PETIT Léa"]


def test_the_arrows_move_from_one_half_day_to_the_next(app: object, qtbot: QtBot, db: Database,
                                                       course: dict[str, int]) -> None:
    window = open_window(qtbot, db, course["session"], datetime(2026, 3, 12, 10, 0))
    ids = slot_ids(db, course["session"])
    assert not window.previous_button.isEnabled()
    click(qtbot, window.next_button)
    assert window.current_slot_id() == ids[1]
    click(qtbot, window.previous_button)
    assert window.current_slot_id() == ids[0]


def test_on_a_narrow_tablet_the_hours_go_under_the_sheet(app: object, qtbot: QtBot, db: Database,
                                                        course: dict[str, int]) -> None:
    window = open_window(qtbot, db, course["session"], datetime(2026, 3, 12, 10, 0))
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.middle.direction() == QBoxLayout.Direction.LeftToRight)
    assert window.hours_panel.columns == 1
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.middle.direction() == QBoxLayout.Direction.TopToBottom)
    assert window.hours_panel.columns == 3
    assert window.hours_panel.text_for(course["Léa"]) == "0 h"


def test_on_a_laptop_at_150_percent_the_participants_keep_the_room(
        app: object, qtbot: QtBot, db: Database, course: dict[str, int]) -> None:
    """1366×768 at 150 %, less a panel: 911×485. The hours wait behind a button; the rows show
    whole, their toggles uncut and big enough for a finger."""
    window = open_window(qtbot, db, course["session"], datetime(2026, 3, 12, 10, 0))
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.hours_scroll.isVisible())  # room beside the sheet
    assert window.hours_button.isChecked() and window.hours_button.text() == "Masquer les heures"
    window.resize(911, 485)
    qtbot.waitUntil(lambda: not window.hours_scroll.isVisible())
    assert window.hours_button.text() == "Afficher les heures"
    assert not window.subtitle.isVisible()  # less around the sheet on a short screen
    viewport = window.rows_widget.parentWidget()
    assert viewport is not None
    qtbot.waitUntil(lambda: viewport.height() > 200)  # laid out again
    assert window.size() == QSize(911, 485)
    for row in window.rows.values():  # the three of them
        assert viewport.rect().contains(QRect(row.mapTo(viewport, QPoint(0, 0)), row.size()))
        for button in row.buttons.values():
            assert button.height() >= 44
            assert button.width() >= button.sizeHint().width()
    click(qtbot, window.hours_button)  # asked for: under the sheet
    assert window.hours_scroll.isVisible() and window.hours_button.text() == "Masquer les heures"
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.subtitle.isVisible())
    assert window.hours_scroll.isVisible()  # the trainer's choice is kept
    qtbot.waitUntil(lambda: window.hours_panel.columns == 1)  # beside the sheet again
    grid = window.hours_panel.grid
    for value in window.hours_panel.values.values():  # each number whole, beside a whole name
        row = grid.getItemPosition(grid.indexOf(value))[0]
        name = grid.itemAtPosition(row, 0).widget()
        qtbot.waitUntil(lambda name=name, value=value: value.width() >= value.sizeHint().width()
                        and name.geometry().right() < value.geometry().left()
                        and name.width() >= name.minimumSizeHint().width())
        assert value.width() * 2 < window.hours_panel.width()  # the names have the room
    click(qtbot, window.hours_button)
    assert not window.hours_scroll.isVisible()


# --- signatures --------------------------------------------------------------------------------

def test_a_signature_drawn_with_the_mouse_is_stored_with_its_hash(
        app: object, qtbot: QtBot, db: Database, course: dict[str, int]) -> None:
    now = datetime(2026, 3, 12, 9, 7)
    window = open_window(qtbot, db, course["session"], now)
    thursday_morning = slot_ids(db, course["session"])[0]
    row = window.rows[course["Léa"]]
    click(qtbot, row.sign_button)
    dialog = window.dialog
    assert isinstance(dialog, SignatureDialog)
    assert not dialog.validate_button.isEnabled()  # nothing drawn yet
    draw(qtbot, dialog.pad, STROKES)
    drawn = dialog.pad.to_png()
    click(qtbot, dialog.validate_button)
    assert window.dialog is None
    stored = attendance.signature_image(db, course["Léa"], thursday_morning)
    assert stored == drawn
    with db.session() as s:
        saved = s.scalar(select(Attendance).where(Attendance.registration_id == course["Léa"],
                                                  Attendance.slot_id == thursday_morning))
        assert saved is not None
        assert saved.signature_sha256 == hashlib.sha256(stored).hexdigest()
        assert saved.signed_at == now
        assert saved.status == Presence.PRESENT  # who signs is there
    image = QImage.fromData(stored)
    assert not image.isNull()
    assert ink_pixels(image) > 100
    assert row.signed_label.text() == "Signé à 09h07"
    assert row.thumbnail.isVisible() and not row.thumbnail.pixmap().isNull()
    assert not row.sign_button.isVisible()
    assert row.buttons[Presence.PRESENT].isChecked()
    assert window.progress.text() == "Présences indiquées : 1 sur 3 · Signatures : 1 sur 3"


def test_the_same_strokes_give_the_same_png(app: object, qtbot: QtBot) -> None:
    first, second = SignaturePad(), SignaturePad()
    for pad in (first, second):
        qtbot.addWidget(pad)
        pad.show()
    assert first.is_empty() and first.to_png() == b""
    draw(qtbot, first, STROKES)
    draw(qtbot, second, STROKES)
    assert first.strokes() == [[(float(x), float(y)) for x, y in stroke] for stroke in STROKES]
    png = first.to_png()
    assert png.startswith(b"\x89PNG") and second.to_png() == png
    copy = SignaturePad()
    qtbot.addWidget(copy)
    copy.set_strokes(first.strokes())
    assert copy.to_png() == png
    image = QImage.fromData(png)
    # Cropped to the ink with a margin: smaller than the pad, with white borders.
    assert image.width() < first.width() and image.height() < first.height()
    assert image.width() >= 190 - 40 and image.height() >= 140 - 70
    border = [image.pixel(x, 0) for x in range(image.width())] + \
        [image.pixel(0, y) for y in range(image.height())]
    assert set(border) == {QColor("white").rgb()}
    second.clear()
    assert second.is_empty() and second.to_png() == b""


def test_a_finger_and_a_pen_draw_as_the_mouse_does(app: object, qtbot: QtBot) -> None:
    points = STROKES[0]
    expected = strokes_to_png([[QPointF(x, y) for x, y in points]])
    finger = SignaturePad()
    qtbot.addWidget(finger)
    finger.show()
    device = QTest.createTouchDevice()
    QTest.touchEvent(finger, device).press(0, QPoint(*points[0])).commit()
    for x, y in points[1:-1]:
        QTest.touchEvent(finger, device).move(0, QPoint(x, y)).commit()
    QTest.touchEvent(finger, device).release(0, QPoint(*points[-1])).commit()
    assert len(finger.strokes()) == 1 and len(finger.strokes()[0]) == len(points)
    assert finger.to_png() == expected  # the same shape gives the same image, wherever drawn

    pen = SignaturePad()
    qtbot.addWidget(pen)
    pen.show()
    stylus = QPointingDevice("stylet", 2, QInputDevice.DeviceType.Stylus,
                             QPointingDevice.PointerType.Pen,
                             QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
                             1, 3)
    kinds = [QEvent.Type.TabletPress] + [QEvent.Type.TabletMove] * (len(points) - 2) + [
        QEvent.Type.TabletRelease]
    for kind, (x, y) in zip(kinds, points, strict=True):
        local = QPointF(x, y)
        held = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else \
            Qt.MouseButton.LeftButton
        QApplication.sendEvent(pen, QTabletEvent(
            kind, stylus, local, pen.mapToGlobal(local), 0.5, 0, 0, 0, 0, 0,
            Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, held))
    assert pen.strokes() == [[(float(x), float(y)) for x, y in points]]
    assert pen.to_png() == expected


def test_cancelling_a_signature_stores_nothing(app: object, qtbot: QtBot, db: Database,
                                               course: dict[str, int]) -> None:
    window = open_window(qtbot, db, course["session"], datetime(2026, 3, 12, 9, 7))
    click(qtbot, window.rows[course["Marie"]].sign_button)
    dialog = window.dialog
    assert isinstance(dialog, SignatureDialog)
    draw(qtbot, dialog.pad, STROKES)
    click(qtbot, dialog.clear_button)
    assert dialog.pad.is_empty() and not dialog.validate_button.isEnabled()
    draw(qtbot, dialog.pad, STROKES)
    click(qtbot, dialog.cancel_button)
    assert window.dialog is None
    assert attendance.signature_image(db, course["Marie"], window.current_slot_id() or 0) is None
    assert window.rows[course["Marie"]].sign_button.isVisible()


# --- statuses and hours ------------------------------------------------------------------------

def test_a_late_arrival_takes_its_minutes_off_the_hours(app: object, qtbot: QtBot, db: Database,
                                                        course: dict[str, int]) -> None:
    window = open_window(qtbot, db, course["session"], datetime(2026, 3, 12, 9, 40))
    mark_everyone(qtbot, window)
    assert window.hours_panel.text_for(course["Jean"]) == "3 h 30"
    jean = window.rows[course["Jean"]]
    click(qtbot, jean.buttons[Presence.LATE])
    dialog = window.dialog
    assert isinstance(dialog, TimeDialog)
    assert dialog.time() == time(9, 40)  # now, within the half-day
    click(qtbot, dialog.cancel_button)
    assert jean.buttons[Presence.PRESENT].isChecked()  # cancelled: as recorded before
    assert not jean.buttons[Presence.LATE].isChecked()
    click(qtbot, jean.buttons[Presence.LATE])
    dialog = window.dialog
    assert isinstance(dialog, TimeDialog)
    dialog.step(-5)
    dialog.step(-5)
    assert dialog.time() == time(9, 30)
    click(qtbot, dialog.validate_button)
    assert window.hours_panel.text_for(course["Jean"]) == "3 h"
    assert window.hours_panel.text_for(course["Marie"]) == "3 h 30"
    assert jean.buttons[Presence.LATE].isChecked()
    assert jean.detail.text() == "Arrivée à 09h30 · 3 h suivies"
    _, lines = attendance.slot_sheet(db, window.current_slot_id() or 0)
    assert next(x for x in lines if x.registration_id == course["Jean"]).mark == Mark(
        Presence.LATE, arrival=time(9, 30))


def test_the_time_asked_is_brought_within_the_half_day(app: object, qtbot: QtBot, db: Database,
                                                       course: dict[str, int]) -> None:
    window = open_window(qtbot, db, course["session"], datetime(2026, 3, 12, 8, 15))
    click(qtbot, window.rows[course["Marie"]].buttons[Presence.LEFT_EARLY])
    dialog = window.dialog
    assert isinstance(dialog, TimeDialog)
    assert dialog.time() == time(9, 0)
    dialog.step(-5)
    assert dialog.time() == time(9, 0)  # not before the start of the half-day


def test_a_refused_status_shows_the_french_reason_and_keeps_what_was_recorded(
        app: object, qtbot: QtBot, db: Database, course: dict[str, int]) -> None:
    window = open_window(qtbot, db, course["session"], datetime(2026, 3, 12, 10, 0))
    attendance.record(db, course["Jean"], window.current_slot_id() or 0,
                      Mark(Presence.LATE, arrival=time(10, 0)))
    window.refresh()
    jean = window.rows[course["Jean"]]
    click(qtbot, jean.buttons[Presence.LEFT_EARLY])
    dialog = window.dialog
    assert isinstance(dialog, TimeDialog)
    dialog.set_time(time(9, 45))
    click(qtbot, dialog.validate_button)
    assert window.error.isVisible()
    assert window.error.text() == "L'heure de départ doit suivre l'heure d'arrivée."
    assert jean.buttons[Presence.LATE].isChecked()
    assert not jean.buttons[Presence.LEFT_EARLY].isChecked()


# --- the trainer's sign-off, the lock, corrections ----------------------------------------------

def test_sign_off_is_refused_while_someone_has_no_status(app: object, qtbot: QtBot, db: Database,
                                                         course: dict[str, int]) -> None:
    window = open_window(qtbot, db, course["session"], datetime(2026, 3, 12, 12, 30))
    click(qtbot, window.rows[course["Marie"]].buttons[Presence.PRESENT])
    click(qtbot, window.rows[course["Jean"]].buttons[Presence.ABSENT])
    jean = window.rows[course["Jean"]]
    assert not jean.sign_button.isVisible()  # someone absent does not sign
    assert jean.not_signed.text() == "Pas de signature"
    assert window.trainer_combo.currentText() == "Claire Martin"
    click(qtbot, window.signoff_button)
    assert window.dialog is None  # no signature asked for nothing
    assert window.signoff_error.isVisible()
    assert window.signoff_error.text() == "Indiquez d'abord la présence de : Léa Petit."
    assert not attendance.session_slots(db, course["session"])[0].locked


def test_a_refused_sign_off_keeps_the_signature_drawn(app: object, qtbot: QtBot, db: Database,
                                                      course: dict[str, int]) -> None:
    window = open_window(qtbot, db, course["session"], datetime(2026, 3, 12, 12, 30))
    mark_everyone(qtbot, window)
    click(qtbot, window.signoff_button)
    dialog = window.dialog
    assert isinstance(dialog, SignatureDialog)
    draw(qtbot, dialog.pad, STROKES)
    # Meanwhile, someone is registered from another computer: they have no status here.
    late_comer = people.save_participant(db, people.ParticipantData(first_name="Paul",
                                                                    last_name="Roux"))
    registrations.register(db, late_comer, course["session"])
    click(qtbot, dialog.validate_button)
    assert window.dialog is dialog and dialog.isVisible()
    assert dialog.error.text() == "Indiquez d'abord la présence de : Paul Roux."
    assert not dialog.pad.is_empty()
    assert not attendance.session_slots(db, course["session"])[0].locked


def test_after_sign_off_the_half_day_is_locked_and_only_a_correction_changes_it(
        app: object, qtbot: QtBot, db: Database, course: dict[str, int]) -> None:
    window = open_window(qtbot, db, course["session"], datetime(2026, 3, 12, 12, 31))
    slot = window.current_slot_id() or 0  # the morning has just ended: it opens, to be signed
    assert slot == slot_ids(db, course["session"])[0]
    mark_everyone(qtbot, window)
    click(qtbot, window.signoff_button)
    dialog = window.dialog
    assert isinstance(dialog, SignatureDialog)
    draw(qtbot, dialog.pad, STROKES)
    click(qtbot, dialog.validate_button)
    assert window.dialog is None
    signoff = attendance.slot_signoffs(db, slot)[0]
    assert signoff.trainer_name == "Claire Martin"
    assert signoff.signature_sha256 == hashlib.sha256(signoff.signature).hexdigest()

    assert window.lock_banner.isVisible()
    assert window.lock_text.text() == ("Demi-journée signée par Claire Martin à 12h31 — "
                                       "verrouillée")
    assert window.slot_combo.currentText().endswith("— signée par Claire Martin")
    for row in window.rows.values():
        assert not any(button.isEnabled() for button in row.buttons.values())
        assert not row.sign_button.isVisible()
    assert not window.signoff_button.isVisible()  # the only trainer has signed
    with pytest.raises(HalfDayLocked):
        attendance.record(db, course["Jean"], slot, Mark(Presence.ABSENT))
    with pytest.raises(HalfDayLocked):
        attendance.record(db, course["Jean"], slot, Mark(Presence.ABSENT),
                          correction=Correction("Claire Martin", " "))

    click(qtbot, window.correct_button)
    correction = window.dialog
    assert isinstance(correction, CorrectionDialog)
    correction.by.setCurrentText("Claire Martin")
    click(qtbot, correction.validate_button)
    assert correction.isVisible()  # the reason is required
    assert correction.form.error_text("reason") == "Indiquez la raison de la correction."
    correction.reason.setPlainText("Jean est parti à la pause, appel mal noté.")
    click(qtbot, correction.validate_button)
    assert window.dialog is None
    assert window.correction_banner.isVisible() and not window.lock_banner.isVisible()
    jean = window.rows[course["Jean"]]
    assert jean.buttons[Presence.ABSENT].isEnabled()
    click(qtbot, jean.buttons[Presence.ABSENT])

    with db.session() as s:
        logged = s.scalars(select(AttendanceCorrection)).all()
        assert [(c.changed_by, c.reason, c.before, c.after) for c in logged] == [
            ("Claire Martin", "Jean est parti à la pause, appel mal noté.", "Présent·e", "Absent·e")]
    assert jean.buttons[Presence.ABSENT].isChecked()
    assert window.hours_panel.text_for(course["Jean"]) == "0 h"
    assert window.notice.text() == ("Correction enregistrée pour DURAND Jean : « Présent·e » "
                                    "devient « Absent·e ».")
    # One change, then the half-day is locked again.
    assert window.lock_banner.isVisible() and not window.correction_banner.isVisible()
    assert not any(button.isEnabled() for button in jean.buttons.values())


def test_a_correction_can_be_abandoned(app: object, qtbot: QtBot, db: Database,
                                       course: dict[str, int]) -> None:
    slot = slot_ids(db, course["session"])[0]
    for who in ("Marie", "Jean", "Léa"):
        attendance.record(db, course[who], slot, Mark(Presence.PRESENT))
    attendance.sign_off(db, slot, course["trainer"], b"png")
    window = open_window(qtbot, db, course["session"], datetime(2026, 3, 12, 12, 20))
    assert window.current_slot_id() == slot
    click(qtbot, window.correct_button)
    correction = window.dialog
    assert isinstance(correction, CorrectionDialog)
    correction.by.setCurrentText("Claire Martin")
    correction.reason.setPlainText("Erreur")
    click(qtbot, correction.validate_button)
    click(qtbot, window.cancel_correction_button)
    assert window.correction is None and window.lock_banner.isVisible()
    assert not window.rows[course["Marie"]].buttons[Presence.ABSENT].isEnabled()
