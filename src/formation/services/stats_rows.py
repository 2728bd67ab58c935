"""The year's raw material for the statistics, read once: sessions and registrations of one year.

A session belongs to a year when one of its half-days falls in it; a session spanning December and
January belongs to both years, each with its own half-days (the BPF counts such a training in both
declarations). Cancelled sessions are only counted.

Hours-trainee (heures-stagiaires) of a registration in the year:
- from ATTENDANCE, when the registration has attendance recorded (on any half-day): the minutes
  actually attended on the year's half-days (lateness and early departures cut them, as on the
  certificates; a half-day without a mark counts as not attended);
- otherwise from the PLANNED half-days of the year, when the registration is completed (Terminé·e):
  a session whose attendance was kept on paper only still counts;
- otherwise nothing (a person still to come, or one who never started).
Each registration says which basis it was counted on (`Basis`).

Qt-free; the counting is done by formation.services.stats, stats_bpf and stats_quality.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from formation.core.attendance import Mark, attended_minutes
from formation.core.enums import (
    Funding,
    Gender,
    LabelledEnum,
    Modality,
    Nature,
    ParticipantStatus,
    RegistrationStatus,
    SessionKind,
    SessionStatus,
    TrainerKind,
)
from formation.core.planning import SlotTimes
from formation.storage.database import Database
from formation.storage.models import Attendance, Registration, Slot
from formation.storage.models import Session as TrainingSession

#: Registrations that never take part: not counted anywhere.
NOT_TAKING_PART = (RegistrationStatus.WAITING, RegistrationStatus.CANCELLED)


class Basis(LabelledEnum):
    """Where a registration's hours-trainee come from."""

    ATTENDED = "attended", "heures émargées"
    PLANNED = "planned", "heures prévues (inscription terminée, sans émargement)"
    NONE = "none", "aucune heure"


@dataclass(frozen=True)
class TrainerRef:
    id: int
    name: str
    kind: TrainerKind


@dataclass(frozen=True)
class SessionYear:
    """A session seen from one year: its half-days of that year only."""

    id: int
    code: str
    course_id: int
    course_code: str
    course_title: str
    nature: Nature
    modality: Modality
    nsf_code: str
    kind: SessionKind
    status: SessionStatus
    place: str
    days: tuple[date, ...]  # distinct days with half-days in the year, in order
    minutes: int  # planned minutes of the year's half-days
    held_days: tuple[date, ...]  # those days up to `today`
    held_minutes: int
    first_day: date  # of the whole session (all years)
    last_day: date
    trainers: tuple[TrainerRef, ...]
    #: Half-days of the year up to today for which no attendance at all was recorded.
    unrecorded_half_days: int

    @property
    def earlier_year(self) -> bool:
        """It began the year before (or earlier)."""
        return self.first_day.year < self.days[0].year

    @property
    def later_year(self) -> bool:
        """It goes on into the next year."""
        return self.last_day.year > self.days[-1].year


@dataclass(frozen=True)
class RegistrationYear:
    """One registration of a session of the year, with its hours-trainee in that year."""

    registration_id: int
    participant_id: int
    session_id: int
    name: str  # "DUPONT Marie", for the lists of missing data
    gender: Gender
    status: ParticipantStatus
    job_seeker: bool  # the status, or the flag a volunteer may also carry
    commune: str
    has_employer: bool
    registration_status: RegistrationStatus
    funding: Funding | None
    minutes: int
    basis: Basis

    @property
    def trained(self) -> bool:
        """A trainee of the year (stagiaire): some hours in it."""
        return self.minutes > 0


@dataclass(frozen=True)
class YearData:
    year: int
    today: date
    sessions: tuple[SessionYear, ...]  # not cancelled, by first day of the year then code
    registrations: tuple[RegistrationYear, ...]  # of those sessions, not waiting nor cancelled
    cancelled_sessions: tuple[str, ...]  # codes
    sessions_without_slots: tuple[str, ...]  # dated in the year but with no half-day: not counted

    @property
    def trainees(self) -> tuple[RegistrationYear, ...]:
        return tuple(r for r in self.registrations if r.trained)

    def session(self, session_id: int) -> SessionYear:
        return next(s for s in self.sessions if s.id == session_id)


def load(db: Database, year: int, today: date) -> YearData:
    first, last = date(year, 1, 1), date(year, 12, 31)
    in_year = select(Slot.session_id).where(Slot.day.between(first, last)).distinct()
    query = (select(TrainingSession).where(TrainingSession.id.in_(in_year))
             .options(selectinload(TrainingSession.course), selectinload(TrainingSession.slots),
                      selectinload(TrainingSession.trainers),
                      selectinload(TrainingSession.registrations)
                      .selectinload(Registration.participant))
             .order_by(TrainingSession.start_date, TrainingSession.code))
    no_slot = (select(TrainingSession.code)
               .where(TrainingSession.start_date <= last, TrainingSession.end_date >= first,
                      TrainingSession.status != SessionStatus.CANCELLED.value,
                      ~exists().where(Slot.session_id == TrainingSession.id))
               .order_by(TrainingSession.code))
    with db.session() as s:
        rows = list(s.scalars(query))
        marks = _marks(s, [row.id for row in rows])
        without_slots = tuple(s.scalars(no_slot))
        cancelled = tuple(sorted(row.code for row in rows if row.status is SessionStatus.CANCELLED))
        kept = [row for row in rows if row.status is not SessionStatus.CANCELLED]
        marked = {registration_id for registration_id, _ in marks}
        sessions, registrations = [], []
        for row in kept:
            slots = [x for x in row.slots if first <= x.day <= last]
            sessions.append(_session(row, slots, today, marks))
            for r in sorted(row.registrations, key=lambda r: r.id):
                if r.status not in NOT_TAKING_PART:
                    registrations.append(_registration(r, slots, marks, r.id in marked))
    sessions.sort(key=lambda x: (x.days[0], x.code))
    return YearData(year, today, tuple(sessions), tuple(registrations), cancelled, without_slots)


def _marks(s: OrmSession, session_ids: list[int]) -> dict[tuple[int, int], Mark]:
    query = (select(Attendance).join(Registration, Registration.id == Attendance.registration_id)
             .where(Registration.session_id.in_(session_ids)))
    return {(a.registration_id, a.slot_id): Mark(a.status, a.arrival_time, a.departure_time)
            for a in s.scalars(query)}


def _times(slot: Slot) -> SlotTimes:
    return SlotTimes(slot.day, slot.start_time, slot.end_time)


def _session(row: TrainingSession, slots: list[Slot], today: date,
             marks: dict[tuple[int, int], Mark]) -> SessionYear:
    held = [x for x in slots if x.day <= today]
    recorded = {slot_id for _, slot_id in marks}
    course = row.course
    all_days = [x.day for x in row.slots]
    return SessionYear(
        id=row.id, code=row.code, course_id=course.id, course_code=course.code,
        course_title=course.title, nature=course.nature, modality=course.modality,
        nsf_code=course.nsf_code.strip(), kind=row.kind, status=row.status, place=row.place,
        days=tuple(sorted({x.day for x in slots})), minutes=sum(_times(x).minutes for x in slots),
        held_days=tuple(sorted({x.day for x in held})),
        held_minutes=sum(_times(x).minutes for x in held),
        first_day=min(all_days), last_day=max(all_days),
        trainers=tuple(TrainerRef(t.id, t.full_name, t.kind) for t in row.trainers),
        unrecorded_half_days=sum(1 for x in held if x.id not in recorded))


def _registration(r: Registration, slots: list[Slot], marks: dict[tuple[int, int], Mark],
                  has_marks: bool) -> RegistrationYear:
    if has_marks:
        minutes = sum(attended_minutes(_times(x), marks.get((r.id, x.id))) for x in slots)
        basis = Basis.ATTENDED
    elif r.status is RegistrationStatus.COMPLETED:
        minutes, basis = sum(_times(x).minutes for x in slots), Basis.PLANNED
    else:
        minutes, basis = 0, Basis.NONE
    p = r.participant
    return RegistrationYear(
        registration_id=r.id, participant_id=p.id, session_id=r.session_id,
        name=f"{p.last_name.upper()} {p.first_name}".strip(), gender=p.gender, status=p.status,
        job_seeker=p.job_seeker or p.status is ParticipantStatus.JOB_SEEKER,
        commune=p.commune.strip(), has_employer=p.structure_id is not None,
        registration_status=r.status, funding=r.funding, minutes=minutes, basis=basis)
