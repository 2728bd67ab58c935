"""Attendance per half-day: the hours that certificates will state, signatures, locking."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from formation.core.attendance import Mark, attended_minutes
from formation.core.enums import Presence, RegistrationStatus
from formation.core.errors import ValidationError
from formation.core.planning import SlotTimes
from formation.services import attendance, catalogue, hours, people, registrations, sessions
from formation.services.attendance import Correction, HalfDayLocked
from formation.storage.database import Database
from formation.storage.models import AttendanceCorrection

THURSDAY = date(2026, 3, 12)
PRESENT, ABSENT = Mark(Presence.PRESENT), Mark(Presence.ABSENT)


@pytest.fixture
def two_days(db: Database) -> dict[str, int]:
    """A 14-hour session on Thursday and Friday, with Marie, Jean and a trainer."""
    course = catalogue.save_course(db, catalogue.CourseData(
        code="FONCT", title="Le fonctionnement associatif", duration_minutes=14 * 60))
    trainer = people.save_trainer(db, people.TrainerData(first_name="Claire", last_name="Martin"))
    data = sessions.new_session_for(db, course, THURSDAY)
    data.trainer_ids = [trainer]
    session = sessions.save_session(db, data)
    ids = {"session": session, "trainer": trainer}
    for first, last in [("Marie", "Dupont"), ("Jean", "Durand")]:
        person = people.save_participant(db, people.ParticipantData(first_name=first, last_name=last))
        ids[first] = registrations.register(db, person, session)
    return ids


def slot_ids(db: Database, session_id: int) -> list[int]:
    return [s.id for s in attendance.session_slots(db, session_id)]


def minutes_of(db: Database, session_id: int) -> dict[str, int]:
    return {h.name: h.attended_minutes for h in hours.session_hours(db, session_id)}


def test_hours_follow_late_arrivals_early_departures_and_absences(
        db: Database, two_days: dict[str, int]) -> None:
    thu_am, thu_pm, fri_am, fri_pm = slot_ids(db, two_days["session"])
    for slot in (thu_am, thu_pm, fri_am, fri_pm):
        attendance.record(db, two_days["Marie"], slot, PRESENT)
    attendance.record(db, two_days["Jean"], thu_am, Mark(Presence.LATE, arrival=time(9, 40)))
    attendance.record(db, two_days["Jean"], thu_pm, Mark(Presence.LEFT_EARLY, departure=time(16)))
    attendance.record(db, two_days["Jean"], fri_am, ABSENT)
    attendance.record(db, two_days["Jean"], fri_pm, Mark(Presence.EXCUSED))
    assert minutes_of(db, two_days["session"]) == {
        "Marie Dupont": 14 * 60,
        "Jean Durand": (210 - 40) + (210 - 60),  # late 40 min, left 1 h early, then absent
    }
    jean = next(h for h in hours.session_hours(db, two_days["session"]) if h.name == "Jean Durand")
    assert (jean.absences, jean.excused) == (1, 1)
    assert hours.registration_minutes(db, two_days["Jean"]) == 320


def test_a_slot_edited_after_attendance_gives_hours_within_its_new_times(
        db: Database, two_days: dict[str, int]) -> None:
    thu_am = slot_ids(db, two_days["session"])[0]
    attendance.record(db, two_days["Marie"], thu_am, Mark(Presence.LATE, arrival=time(10)))
    attendance.record(db, two_days["Jean"], thu_am, PRESENT)
    data = sessions.get_session(db, two_days["session"])
    data.slots[0] = replace(data.slots[0], end=time(12))  # the morning ended half an hour early
    sessions.save_session(db, data)
    assert minutes_of(db, two_days["session"]) == {"Marie Dupont": 120, "Jean Durand": 180}


def test_a_slot_with_attendance_cannot_be_removed(db: Database, two_days: dict[str, int]) -> None:
    attendance.record(db, two_days["Marie"], slot_ids(db, two_days["session"])[0], PRESENT)
    data = sessions.get_session(db, two_days["session"])
    data.slots = data.slots[1:]
    with pytest.raises(ValidationError) as refused:
        sessions.save_session(db, data)
    assert "déjà des émargements" in refused.value.fields["slots"]
    assert len(attendance.session_slots(db, two_days["session"])) == 4


def test_times_outside_the_half_day_are_refused(db: Database, two_days: dict[str, int]) -> None:
    thu_am = slot_ids(db, two_days["session"])[0]
    with pytest.raises(ValidationError) as refused:
        attendance.record(db, two_days["Marie"], thu_am, Mark(Presence.LATE, arrival=time(14)))
    assert "dans la demi-journée" in refused.value.fields["arrival"]
    with pytest.raises(ValidationError):
        attendance.record(db, two_days["Marie"], thu_am, Mark(Presence.LATE))


def test_a_signature_comes_back_identical_with_its_hash(db: Database, two_days: dict[str, int]) -> None:
    thu_am = slot_ids(db, two_days["session"])[0]
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    digest = attendance.sign(db, two_days["Marie"], thu_am, png, now=datetime(2026, 3, 12, 9, 7))
    assert digest == hashlib.sha256(png).hexdigest()
    assert attendance.signature_image(db, two_days["Marie"], thu_am) == png
    info, lines = attendance.slot_sheet(db, thu_am)
    marie = next(line for line in lines if line.name == "DUPONT Marie")
    assert marie.mark == PRESENT and marie.signed_at == datetime(2026, 3, 12, 9, 7)


def test_the_trainer_signs_only_when_everyone_has_a_status(
        db: Database, two_days: dict[str, int]) -> None:
    thu_am = slot_ids(db, two_days["session"])[0]
    attendance.sign(db, two_days["Marie"], thu_am, b"marie")
    with pytest.raises(ValidationError) as refused:
        attendance.sign_off(db, thu_am, two_days["trainer"], b"claire")
    assert "Jean Durand" in refused.value.fields["signoff"]
    attendance.record(db, two_days["Jean"], thu_am, ABSENT)
    attendance.sign_off(db, thu_am, two_days["trainer"], b"claire")
    assert attendance.slot_sheet(db, thu_am)[0].signed_by == ("Claire Martin",)


def test_a_locked_half_day_refuses_a_silent_change_and_logs_a_correction(
        db: Database, two_days: dict[str, int]) -> None:
    thu_am = slot_ids(db, two_days["session"])[0]
    attendance.record(db, two_days["Marie"], thu_am, PRESENT)
    attendance.record(db, two_days["Jean"], thu_am, ABSENT)
    attendance.sign_off(db, thu_am, two_days["trainer"], b"claire")
    with pytest.raises(HalfDayLocked):
        attendance.record(db, two_days["Jean"], thu_am, PRESENT)
    with pytest.raises(HalfDayLocked):
        attendance.sign(db, two_days["Jean"], thu_am, b"jean")
    with pytest.raises(HalfDayLocked):  # a correction needs a reason
        attendance.record(db, two_days["Jean"], thu_am, PRESENT, correction=Correction("Claire", " "))
    late = Mark(Presence.LATE, arrival=time(9, 30))
    attendance.record(db, two_days["Jean"], thu_am, late,
                      correction=Correction("Claire Martin", "Arrivé en retard, noté absent par erreur"))
    with db.session() as s:
        logged = s.scalars(select(AttendanceCorrection)).one()
    assert (logged.changed_by, logged.before, logged.after) == (
        "Claire Martin", "Absent·e", "En retard, arrivée 09h30")
    assert minutes_of(db, two_days["session"])["Jean Durand"] == 180


def test_current_half_day(db: Database, two_days: dict[str, int]) -> None:
    thu_am, thu_pm, fri_am, fri_pm = slot_ids(db, two_days["session"])
    current = lambda moment: attendance.current_slot_id(db, two_days["session"], moment)  # noqa: E731
    assert current(datetime(2026, 3, 1, 10)) == thu_am  # before the session: the first one
    assert current(datetime(2026, 3, 12, 12, 45)) == thu_am  # just ended, not yet signed
    attendance.record(db, two_days["Marie"], thu_am, PRESENT)
    attendance.record(db, two_days["Jean"], thu_am, PRESENT)
    attendance.sign_off(db, thu_am, two_days["trainer"], b"claire")
    assert current(datetime(2026, 3, 12, 12, 45)) == thu_pm  # signed: the afternoon to come
    assert current(datetime(2026, 3, 13, 10)) == fri_am
    assert current(datetime(2026, 4, 1, 10)) == fri_pm  # after: the last one


def test_drop_out_alerts(db: Database, two_days: dict[str, int]) -> None:
    thu_am, thu_pm, fri_am, _ = slot_ids(db, two_days["session"])
    for slot in (thu_am, thu_pm, fri_am):
        attendance.record(db, two_days["Marie"], slot, PRESENT)
    attendance.record(db, two_days["Jean"], thu_am, PRESENT)
    attendance.record(db, two_days["Jean"], thu_pm, ABSENT)
    attendance.record(db, two_days["Jean"], fri_am, Mark(Presence.EXCUSED))
    alerts = {a.name: a.reason for a in hours.dropout_alerts(db, date(2026, 3, 13))}
    # The excused absence neither breaks the rate nor makes "two in a row".
    assert alerts == {"Jean Durand": "assiduité de 50 % (seuil : 80 %)"}
    attendance.record(db, two_days["Marie"], fri_am, Mark(Presence.LATE, arrival=time(11, 30)))
    alerts = {a.name: a.reason for a in hours.dropout_alerts(db, date(2026, 3, 13))}
    assert alerts["Marie Dupont"] == "assiduité de 76 % (seuil : 80 %)"  # 480 of 630 minutes
    attendance.record(db, two_days["Jean"], fri_am, ABSENT)
    alerts = {a.name: a.reason for a in hours.dropout_alerts(db, date(2026, 3, 13))}
    assert alerts["Jean Durand"] == "absent·e deux demi-journées de suite"
    registrations.set_status(db, two_days["Jean"], RegistrationStatus.ABANDONED, "Reprise d'emploi")
    assert "Jean Durand" not in {a.name for a in hours.dropout_alerts(db, date(2026, 3, 13))}
    assert hours.dropout_alerts(db, date(2026, 6, 1)) == []  # long after: no longer news


def test_attended_minutes_clamps_to_the_slot() -> None:
    slot = SlotTimes(THURSDAY, time(9), time(12, 30))
    assert attended_minutes(slot, None) == 0
    assert attended_minutes(slot, Mark(Presence.LATE, arrival=time(8))) == 210
    assert attended_minutes(slot, Mark(Presence.LEFT_EARLY, departure=time(8))) == 0
