"""Hours actually attended, per registration and per session, and the drop-out alerts.

These hours are the basis of every certificate: they come from the slots' durations,
cut by late arrivals and early departures (core.attendance.attended_minutes).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from formation.core.attendance import Mark, absent_twice_in_a_row, attended_minutes
from formation.core.enums import Presence, RegistrationStatus, SessionStatus
from formation.core.planning import SlotTimes
from formation.storage.database import Database
from formation.storage.models import Attendance, Organisation, Registration, Slot
from formation.storage.models import Session as TrainingSession

RECENT_DAYS = 30  # alerts concern sessions under way or just ended, not last year's
WATCHED = [RegistrationStatus.REGISTERED.value, RegistrationStatus.COMPLETED.value]


@dataclass(frozen=True)
class RegistrationHours:
    registration_id: int
    name: str
    attended_minutes: int
    planned_minutes: int  # of the half-days recorded so far, excused absences left out
    absences: int
    excused: int
    statuses: tuple[Presence | None, ...]  # per slot, in order

    @property
    def rate(self) -> float | None:
        return self.attended_minutes / self.planned_minutes if self.planned_minutes else None


@dataclass(frozen=True)
class Alert:
    session_id: int
    session_code: str
    registration_id: int
    name: str
    reason: str


def _session_hours(s: Session, session: TrainingSession) -> list[RegistrationHours]:
    slots = sorted(session.slots, key=lambda x: (x.day, x.start_time))
    marks = {(a.registration_id, a.slot_id): Mark(a.status, a.arrival_time, a.departure_time)
             for a in s.scalars(select(Attendance).join(Slot)
                                .where(Slot.session_id == session.id))}
    recorded_slots = {slot_id for _, slot_id in marks}
    result = []
    for r in sorted(session.registrations, key=lambda r: (r.participant.last_name,
                                                          r.participant.first_name)):
        if not r.status.takes_a_seat and r.status != RegistrationStatus.ABANDONED:
            continue
        own = [(SlotTimes(x.day, x.start_time, x.end_time), marks.get((r.id, x.id)), x.id)
               for x in slots]
        statuses = tuple(m.status if m else None for _, m, _ in own)
        result.append(RegistrationHours(
            r.id, r.participant.full_name,
            sum(attended_minutes(t, m) for t, m, _ in own),
            sum(t.minutes for t, m, slot_id in own if slot_id in recorded_slots
                and not (m and m.status == Presence.EXCUSED)),
            statuses.count(Presence.ABSENT), statuses.count(Presence.EXCUSED), statuses))
    return result


def _load(s: Session, session_id: int) -> TrainingSession | None:
    return s.scalar(select(TrainingSession).where(TrainingSession.id == session_id).options(
        selectinload(TrainingSession.slots),
        selectinload(TrainingSession.registrations).selectinload(Registration.participant)))


def session_hours(db: Database, session_id: int) -> list[RegistrationHours]:
    with db.session() as s:
        session = _load(s, session_id)
        return _session_hours(s, session) if session else []


def registration_minutes(db: Database, registration_id: int) -> int:
    with db.session() as s:
        registration = s.get(Registration, registration_id)
        if registration is None:
            return 0
        session = _load(s, registration.session_id)
        assert session is not None
        hours = {h.registration_id: h for h in _session_hours(s, session)}
        return hours[registration_id].attended_minutes if registration_id in hours else 0


def dropout_alerts(db: Database, today: date) -> list[Alert]:
    """Participants absent two half-days in a row, or under the organisation's threshold."""
    with db.session() as s:
        organisation = s.get(Organisation, 1)
        threshold = (organisation.alert_attendance_percent if organisation else 80) / 100
        sessions = s.scalars(select(TrainingSession).where(
            TrainingSession.start_date <= today,
            TrainingSession.end_date >= today - timedelta(days=RECENT_DAYS),
            TrainingSession.status != SessionStatus.CANCELLED.value)).all()
        alerts = []
        for session in sessions:
            loaded = _load(s, session.id)
            assert loaded is not None
            watched = {r.id for r in loaded.registrations if r.status.value in WATCHED}
            for h in _session_hours(s, loaded):
                if h.registration_id not in watched:
                    continue
                reason = _alert_reason(h, threshold)
                if reason:
                    alerts.append(Alert(session.id, session.code, h.registration_id, h.name,
                                        reason))
        return alerts


def _alert_reason(h: RegistrationHours, threshold: float) -> str:
    if absent_twice_in_a_row(list(h.statuses)):
        return "absent·e deux demi-journées de suite"
    if h.rate is not None and h.rate < threshold:
        return f"assiduité de {round(h.rate * 100)} % (seuil : {round(threshold * 100)} %)"
    return ""
