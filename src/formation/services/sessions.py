"""Sessions of a course, their half-day slots and trainers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, extract, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from formation.core import validation as check
from formation.core.enums import RegistrationStatus, SessionKind, SessionStatus
from formation.core.errors import ValidationError
from formation.core.planning import SlotTimes, end_for_duration, propose_slots, slot_problems
from formation.services.records import clean, get_or_404
from formation.storage.database import Database
from formation.storage.models import Attendance, Course, Registration, Slot, Trainer
from formation.storage.models import Session as TrainingSession

SEATED = [s.value for s in RegistrationStatus if s.takes_a_seat]


@dataclass
class SessionData:
    course_id: int | None = None
    code: str = ""
    kind: SessionKind = SessionKind.INTER
    status: SessionStatus = SessionStatus.PLANNED
    start_date: date | None = None
    end_date: date | None = None
    place: str = ""
    address: str = ""
    capacity: int = 12
    client_id: int | None = None
    notes: str = ""
    trainer_ids: list[int] = field(default_factory=list)
    slots: list[SlotTimes] = field(default_factory=list)
    id: int | None = None


@dataclass(frozen=True)
class SessionRow:
    id: int
    code: str
    course_title: str
    start_date: date
    end_date: date
    place: str
    status: SessionStatus
    kind: SessionKind
    capacity: int
    seated: int
    waiting: int
    trainers: str
    minutes: int

    @property
    def is_full(self) -> bool:
        return self.seated >= self.capacity


_PLAIN = ["course_id", "code", "kind", "status", "start_date", "end_date", "place", "address",
          "capacity", "client_id", "notes"]


def list_sessions(db: Database, year: int | None = None, *, upcoming_from: date | None = None,
                  limit: int | None = None) -> list[SessionRow]:
    """Sessions by start date; of one year, or those not yet ended on `upcoming_from`."""
    seated = func.count(case((Registration.status.in_(SEATED), 1)))
    waiting = func.count(case((Registration.status == RegistrationStatus.WAITING.value, 1)))
    counts = (select(Registration.session_id, seated.label("seated"), waiting.label("waiting"))
              .group_by(Registration.session_id).subquery())
    query = (select(TrainingSession, counts.c.seated, counts.c.waiting)
             .outerjoin(counts, counts.c.session_id == TrainingSession.id)
             .options(selectinload(TrainingSession.course), selectinload(TrainingSession.trainers),
                      selectinload(TrainingSession.slots))
             .order_by(TrainingSession.start_date, TrainingSession.code))
    if year is not None:
        query = query.where(extract("year", TrainingSession.start_date) == year)
    if upcoming_from is not None:
        query = query.where(TrainingSession.end_date >= upcoming_from,
                            TrainingSession.status != SessionStatus.CANCELLED.value)
    if limit:
        query = query.limit(limit)
    with db.session() as s:
        return [_row(t, seated_n or 0, waiting_n or 0) for t, seated_n, waiting_n in s.execute(query)]


def _row(t: TrainingSession, seated: int, waiting: int) -> SessionRow:
    slots = [SlotTimes(x.day, x.start_time, x.end_time) for x in t.slots]
    return SessionRow(t.id, t.code, t.course.title, t.start_date, t.end_date, t.place, t.status,
                      t.kind, t.capacity, seated, waiting,
                      ", ".join(tr.full_name for tr in t.trainers), sum(x.minutes for x in slots))


def get_session(db: Database, session_id: int) -> SessionData:
    with db.session() as s:
        row = get_or_404(s, TrainingSession, session_id, "Session")
        data = SessionData(id=row.id, trainer_ids=[t.id for t in row.trainers],
                           slots=[SlotTimes(x.day, x.start_time, x.end_time) for x in row.slots])
        for name in _PLAIN:
            setattr(data, name, getattr(row, name))
        return data


def new_session_for(db: Database, course_id: int, start: date) -> SessionData:
    """A session proposed from a course: default half-days over as many days as it lasts."""
    with db.session() as s:
        course = get_or_404(s, Course, course_id, "Formation")
        end = end_for_duration(start, course.duration_minutes)
        code = propose_code(db, course.code, start)
    return SessionData(course_id=course_id, code=code, start_date=start, end_date=end,
                       slots=propose_slots(start, end))


def propose_code(db: Database, course_code: str, start: date) -> str:
    """COURSE-YYYY-MM, with a letter added when that code is taken."""
    base = f"{course_code}-{start:%Y-%m}"
    with db.session() as s:
        taken = set(s.scalars(select(TrainingSession.code)
                              .where(TrainingSession.code.like(f"{base}%"))))
    for suffix in ["", *"BCDEFGHIJKLMNOPQRSTUVWXYZ"]:
        if f"{base}{suffix}" not in taken:
            return f"{base}{suffix}"
    return f"{base}-{len(taken) + 1}"


def _problems(db: Database, data: SessionData) -> dict[str, str]:
    problems = check.collect(code=check.required(data.code, "Le code de session"))
    if data.course_id is None:
        problems["course_id"] = "Choisissez la formation."
    if data.capacity < 0:
        problems["capacity"] = "Le nombre de places ne peut pas être négatif."
    if data.slots:
        slot_errors = slot_problems(data.slots)
        if slot_errors:
            problems["slots"] = " ".join(slot_errors)
    elif data.start_date is None or data.end_date is None:
        problems["slots"] = "Indiquez les dates, ou au moins une demi-journée."
    elif data.end_date < data.start_date:
        problems["end_date"] = "La date de fin précède la date de début."
    with db.session() as s:
        taken = s.scalar(select(TrainingSession.id).where(TrainingSession.code == data.code,
                                                          TrainingSession.id != (data.id or 0)))
    if taken:
        problems["code"] = f"Le code « {data.code} » est déjà pris par une autre session."
    return problems


def save_session(db: Database, data: SessionData) -> int:
    """Create or update a session with its slots and trainers; dates follow the slots."""
    data.code = clean(data.code)
    problems = _problems(db, data)
    if problems:
        raise ValidationError(problems)
    if data.slots:
        data.start_date = min(x.day for x in data.slots)
        data.end_date = max(x.day for x in data.slots)
    try:
        with db.begin() as s:
            row = get_or_404(s, TrainingSession, data.id, "Session") if data.id else TrainingSession()
            for name in _PLAIN:
                setattr(row, name, getattr(data, name))
            s.add(row)
            row.trainers = list(s.scalars(select(Trainer).where(Trainer.id.in_(data.trainer_ids))))
            _replace_slots(s, row, data.slots)
            s.flush()
            return row.id
    except IntegrityError as error:  # the database's own guard, e.g. the overlap trigger
        raise ValidationError({"slots": "Deux demi-journées se chevauchent."}) from error


def _replace_slots(s: Session, row: TrainingSession, slots: list[SlotTimes]) -> None:
    """Delete, then update, then insert, flushing between: the overlap trigger sees each step."""
    wanted = sorted(set(slots))
    wanted_keys = {(x.day, x.start) for x in wanted}
    for gone in [x for x in row.slots if (x.day, x.start_time) not in wanted_keys]:
        if s.scalar(select(Attendance.id).where(Attendance.slot_id == gone.id).limit(1)):
            when = SlotTimes(gone.day, gone.start_time, gone.end_time)
            raise ValidationError({"slots": (
                f"La demi-journée du {when} a déjà des émargements : elle ne peut être ni "
                "retirée ni déplacée (seule son heure de fin peut changer).")})
        row.slots.remove(gone)
    s.flush()
    existing = {(x.day, x.start_time): x for x in row.slots}
    for slot in wanted:
        if (current := existing.get((slot.day, slot.start))) is not None:
            current.end_time = slot.end
    s.flush()
    for slot in wanted:
        if (slot.day, slot.start) not in existing:
            row.slots.append(Slot(day=slot.day, start_time=slot.start, end_time=slot.end))
