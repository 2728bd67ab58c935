"""Émargement: who was there each half-day, their signatures, the trainer's sign-off, hours.

Once a trainer has signed a half-day it is locked: a change then needs who makes it and why,
and is kept in the corrections log with the values before and after.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from formation.core import frenchfmt
from formation.core.attendance import Mark, attended_minutes
from formation.core.enums import Presence, RegistrationStatus
from formation.core.errors import FormationError, ValidationError
from formation.core.planning import SlotTimes
from formation.services.records import clean, get_or_404
from formation.storage.database import Database
from formation.storage.models import (
    Attendance,
    AttendanceCorrection,
    Participant,
    Registration,
    Slot,
    SlotSignoff,
    Trainer,
)
from formation.storage.models import Session as TrainingSession

# Who is on the sheet: people with a seat, and those who abandoned (their first days count).
ON_SHEET = [RegistrationStatus.REGISTERED.value, RegistrationStatus.COMPLETED.value,
            RegistrationStatus.ABANDONED.value]


class HalfDayLocked(FormationError):
    def __init__(self, slot: SlotTimes) -> None:
        super().__init__(f"La demi-journée du {slot} est signée par le formateur·rice : pour la "
                         "corriger, indiquez qui fait la correction et pourquoi.")


@dataclass(frozen=True)
class Correction:
    by: str
    reason: str


@dataclass(frozen=True)
class SlotInfo:
    id: int
    times: SlotTimes
    signed_by: tuple[str, ...]

    @property
    def locked(self) -> bool:
        return bool(self.signed_by)


@dataclass(frozen=True)
class SheetLine:
    registration_id: int
    name: str
    mark: Mark | None
    signed_at: datetime | None
    minutes: int


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _times(slot: Slot) -> SlotTimes:
    return SlotTimes(slot.day, slot.start_time, slot.end_time)


def _mark(row: Attendance | None) -> Mark | None:
    return Mark(row.status, row.arrival_time, row.departure_time) if row else None


def describe(mark: Mark | None) -> str:
    """'En retard, arrivée 09h20': how a mark reads in the corrections log."""
    if mark is None:
        return "rien d'indiqué"
    parts = [mark.status.label]
    if mark.arrival:
        parts.append(f"arrivée {frenchfmt.clock(mark.arrival)}")
    if mark.departure:
        parts.append(f"départ {frenchfmt.clock(mark.departure)}")
    return ", ".join(parts)


# --- reading -----------------------------------------------------------------------------------

def session_slots(db: Database, session_id: int) -> list[SlotInfo]:
    with db.session() as s:
        slots = s.scalars(select(Slot).where(Slot.session_id == session_id)
                          .order_by(Slot.day, Slot.start_time)).all()
        return [_slot_info(s, slot) for slot in slots]


def _slot_info(s: Session, slot: Slot) -> SlotInfo:
    names = s.scalars(select(SlotSignoff.trainer_name).where(SlotSignoff.slot_id == slot.id)
                      .order_by(SlotSignoff.signed_at)).all()
    return SlotInfo(slot.id, _times(slot), tuple(names))


def current_slot_id(db: Database, session_id: int, now: datetime) -> int | None:
    """The half-day under way; else today's last ended one while the trainer has not signed it
    (signing happens just after the end); else the next one to come; else the last one."""
    slots = session_slots(db, session_id)
    if not slots:
        return None
    today = [i for i in slots if i.times.day == now.date()]
    under_way = [i for i in today if i.times.start <= now.time() <= i.times.end]
    ended = [i for i in today if i.times.end < now.time()]
    if under_way:
        return under_way[0].id
    if ended and not ended[-1].locked:
        return ended[-1].id
    for info in slots:
        if (info.times.day, info.times.end) >= (now.date(), now.time()):
            return info.id
    return slots[-1].id


def _registrations(s: Session, session_id: int) -> list[Registration]:
    return list(s.scalars(
        select(Registration).join(Participant)
        .where(Registration.session_id == session_id, Registration.status.in_(ON_SHEET))
        .options(selectinload(Registration.participant))
        .order_by(Participant.last_name, Participant.first_name)))


def slot_sheet(db: Database, slot_id: int) -> tuple[SlotInfo, list[SheetLine]]:
    """One half-day: its participants, in alphabetical order, with what was recorded."""
    with db.session() as s:
        slot = get_or_404(s, Slot, slot_id, "Demi-journée")
        marks = {a.registration_id: a for a in
                 s.scalars(select(Attendance).where(Attendance.slot_id == slot_id))}
        lines = []
        for r in _registrations(s, slot.session_id):
            row = marks.get(r.id)
            lines.append(SheetLine(r.id, f"{r.participant.last_name.upper()} "
                                   f"{r.participant.first_name}", _mark(row),
                                   row.signed_at if row else None,
                                   attended_minutes(_times(slot), _mark(row))))
        return _slot_info(s, slot), lines


def signature_image(db: Database, registration_id: int, slot_id: int) -> bytes | None:
    with db.session() as s:
        row = _attendance(s, registration_id, slot_id)
        return row.signature if row else None


# --- writing -----------------------------------------------------------------------------------

def _attendance(s: Session, registration_id: int, slot_id: int) -> Attendance | None:
    return s.scalar(select(Attendance).where(Attendance.registration_id == registration_id,
                                             Attendance.slot_id == slot_id))


def _is_locked(s: Session, slot_id: int) -> bool:
    return s.scalar(select(SlotSignoff.id).where(SlotSignoff.slot_id == slot_id).limit(1)) is not None


def _check_mark(slot: SlotTimes, mark: Mark) -> None:
    problems = {}
    if mark.status == Presence.LATE and mark.arrival is None:
        problems["arrival"] = "Indiquez l'heure d'arrivée."
    if mark.status == Presence.LEFT_EARLY and mark.departure is None:
        problems["departure"] = "Indiquez l'heure de départ."
    if mark.arrival and not slot.start <= mark.arrival <= slot.end:
        problems["arrival"] = f"L'heure d'arrivée doit être dans la demi-journée ({slot})."
    if mark.departure and not slot.start <= mark.departure <= slot.end:
        problems["departure"] = f"L'heure de départ doit être dans la demi-journée ({slot})."
    if mark.arrival and mark.departure and mark.departure <= mark.arrival:
        problems["departure"] = "L'heure de départ doit suivre l'heure d'arrivée."
    if problems:
        raise ValidationError(problems)


def record(db: Database, registration_id: int, slot_id: int, mark: Mark, *,
           correction: Correction | None = None, now: datetime | None = None) -> None:
    """Record a status; on a locked half-day only as a correction, which is logged."""
    now = now or datetime.now()
    with db.begin() as s:
        slot = get_or_404(s, Slot, slot_id, "Demi-journée")
        _check_mark(_times(slot), mark)
        row = _attendance(s, registration_id, slot_id)
        if _is_locked(s, slot_id):
            if correction is None or not clean(correction.by) or not clean(correction.reason):
                raise HalfDayLocked(_times(slot))
            if row is None:
                raise ValidationError({"status": "On ne peut pas ajouter une personne à une "
                                       "demi-journée déjà signée."})
            s.add(AttendanceCorrection(attendance_id=row.id, changed_at=now,
                                       changed_by=clean(correction.by),
                                       reason=clean(correction.reason),
                                       before=describe(_mark(row)), after=describe(mark)))
        if row is None:
            row = Attendance(registration_id=registration_id, slot_id=slot_id, recorded_at=now)
            s.add(row)
        row.status, row.arrival_time, row.departure_time = mark.status, mark.arrival, mark.departure


def sign(db: Database, registration_id: int, slot_id: int, png: bytes,
         now: datetime | None = None) -> str:
    """Store a participant's signature for a half-day; returns its SHA-256."""
    now = now or datetime.now()
    with db.begin() as s:
        slot = get_or_404(s, Slot, slot_id, "Demi-journée")
        if _is_locked(s, slot_id):
            raise HalfDayLocked(_times(slot))
        row = _attendance(s, registration_id, slot_id)
        if row is None:
            row = Attendance(registration_id=registration_id, slot_id=slot_id,
                             status=Presence.PRESENT, recorded_at=now)
            s.add(row)
        elif not row.status.attended:
            row.status = Presence.PRESENT  # someone who signs is there
        row.signature, row.signature_sha256, row.signed_at = png, sha256(png), now
        return row.signature_sha256


def sign_off(db: Database, slot_id: int, trainer_id: int, png: bytes,
             now: datetime | None = None) -> str:
    """The trainer signs the half-day, which locks it. Everyone must have a status first."""
    now = now or datetime.now()
    with db.begin() as s:
        slot = get_or_404(s, Slot, slot_id, "Demi-journée")
        trainer = get_or_404(s, Trainer, trainer_id, "Formateur·rice")
        _check_everyone_marked(s, slot)
        digest = sha256(png)
        s.add(SlotSignoff(slot_id=slot_id, trainer_id=trainer.id, trainer_name=trainer.full_name,
                          signature=png, signature_sha256=digest, signed_at=now))
        return digest


def _check_everyone_marked(s: Session, slot: Slot) -> None:
    recorded = set(s.scalars(select(Attendance.registration_id)
                             .where(Attendance.slot_id == slot.id)))
    missing = [r.participant.full_name for r in _registrations(s, slot.session_id)
               if r.id not in recorded]
    if missing:
        raise ValidationError({"signoff": "Indiquez d'abord la présence de : "
                               + ", ".join(missing) + "."})


def check_sign_off(db: Database, slot_id: int) -> None:
    """Raise the ValidationError sign_off would raise, before the trainer draws a signature."""
    with db.session() as s:
        _check_everyone_marked(s, get_or_404(s, Slot, slot_id, "Demi-journée"))


@dataclass(frozen=True)
class Signoff:
    trainer_id: int | None
    trainer_name: str
    signed_at: datetime
    signature: bytes
    signature_sha256: str


def slot_signoffs(db: Database, slot_id: int) -> list[Signoff]:
    """The trainers' signatures of a half-day, first signed first: who, when, the image."""
    with db.session() as s:
        rows = s.scalars(select(SlotSignoff).where(SlotSignoff.slot_id == slot_id)
                         .order_by(SlotSignoff.signed_at)).all()
        return [Signoff(r.trainer_id, r.trainer_name, r.signed_at, r.signature,
                        r.signature_sha256) for r in rows]


def session_of_slot(db: Database, slot_id: int) -> int:
    with db.session() as s:
        return get_or_404(s, Slot, slot_id, "Demi-journée").session_id


def session_trainers(db: Database, session_id: int) -> list[tuple[int, str]]:
    with db.session() as s:
        session = get_or_404(s, TrainingSession, session_id, "Session")
        return [(t.id, t.full_name) for t in session.trainers]
