"""What an attendance sheet shows, gathered from the services into plain values.

The renderer (attendance_sheet.py) takes a SheetData and knows nothing of the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby

from formation.core.attendance import Mark
from formation.core.planning import SlotTimes
from formation.core.text import fold
from formation.services import attendance, catalogue, hours, organisation, sessions
from formation.storage.database import Database


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: str  # "12 rue des Arts, 59000 Lille"
    siret: str
    nda: str
    contact: str  # "contact@… · 03 20 …"
    qualiopi: str  # the certificate's number, or ""
    logo: bytes | None


@dataclass(frozen=True)
class Signature:
    png: bytes | None
    signed_at: datetime | None


@dataclass(frozen=True)
class Cell:
    """What was recorded for one person on one half-day (filled sheet only)."""

    mark: Mark | None
    signature: Signature | None


@dataclass(frozen=True)
class ParticipantLine:
    registration_id: int
    name: str  # "DUPONT Marie"
    cells: tuple[Cell | None, ...]  # one per half-day of the day; None on a blank sheet


@dataclass(frozen=True)
class TrainerLine:
    name: str
    signatures: tuple[Signature | None, ...]  # one per half-day; None when not signed (or blank)


@dataclass(frozen=True)
class Day:
    day: date
    slots: tuple[SlotTimes, ...]
    participants: tuple[ParticipantLine, ...]
    trainers: tuple[TrainerLine, ...]


@dataclass(frozen=True)
class HoursLine:
    name: str
    attended_minutes: int
    absences: int
    excused: int


@dataclass(frozen=True)
class SheetData:
    organisation: Letterhead
    course_title: str
    session_code: str
    start: date | None
    end: date | None
    total_minutes: int
    place: str
    address: str
    trainers: tuple[str, ...]
    days: tuple[Day, ...]
    hours: tuple[HoursLine, ...]  # empty on a blank sheet
    blank: bool
    printed_at: datetime


@dataclass(frozen=True)
class _Signoff:
    trainer_id: int | None
    trainer_name: str
    signature: Signature


def gather(db: Database, session_id: int, *, blank: bool, now: datetime | None = None) -> SheetData:
    session = sessions.get_session(db, session_id)
    assert session.course_id is not None
    course = catalogue.get_course(db, session.course_id)
    trainers = attendance.session_trainers(db, session_id)
    slots = attendance.session_slots(db, session_id)
    days = tuple(_day(db, day, list(infos), trainers, blank=blank)
                 for day, infos in groupby(slots, key=lambda info: info.times.day))
    return SheetData(
        organisation=_letterhead(organisation.get_organisation(db)),
        course_title=course.title,
        session_code=session.code,
        start=session.start_date,
        end=session.end_date,
        total_minutes=sum(info.times.minutes for info in slots),
        place=session.place,
        address=session.address,
        trainers=tuple(name for _, name in trainers),
        days=days,
        hours=() if blank else _hours(db, session_id, days),
        blank=blank,
        printed_at=now or datetime.now(),
    )


def _letterhead(data: organisation.OrganisationData) -> Letterhead:
    town = " ".join(part for part in (data.postal_code, data.city) if part)
    return Letterhead(
        name=data.name,
        address=", ".join(part for part in (data.address, town) if part),
        siret=data.siret,
        nda=data.nda,
        contact=" · ".join(part for part in (data.email, data.phone) if part),
        qualiopi=data.qualiopi_number,
        logo=data.logo,
    )


def _day(db: Database, day: date, infos: list[attendance.SlotInfo],
         trainers: list[tuple[int, str]], *, blank: bool) -> Day:
    sheets = [attendance.slot_sheet(db, info.id)[1] for info in infos]
    people: dict[int, str] = {}
    for lines in sheets:
        people.update((line.registration_id, line.name) for line in lines)
    by_slot = [{line.registration_id: line for line in lines} for lines in sheets]
    participants = tuple(
        ParticipantLine(reg_id, name, tuple(
            None if blank else _cell(db, reg_id, info.id, by_slot[i].get(reg_id))
            for i, info in enumerate(infos)))
        for reg_id, name in sorted(people.items(), key=lambda item: fold(item[1])))
    signoffs = [[] if blank else _signoffs(db, info.id) for info in infos]
    return Day(day, tuple(info.times for info in infos), participants,
               _trainer_lines(trainers, signoffs))


def _cell(db: Database, registration_id: int, slot_id: int,
          line: attendance.SheetLine | None) -> Cell:
    if line is None:
        return Cell(None, None)
    signature = None
    if line.signed_at is not None:
        png = attendance.signature_image(db, registration_id, slot_id)
        signature = Signature(png, line.signed_at)
    return Cell(line.mark, signature)


def _signoffs(db: Database, slot_id: int) -> list[_Signoff]:
    return [_Signoff(r.trainer_id, r.trainer_name, Signature(r.signature, r.signed_at))
            for r in attendance.slot_signoffs(db, slot_id)]


def _trainer_lines(trainers: list[tuple[int, str]],
                   signoffs: list[list[_Signoff]]) -> tuple[TrainerLine, ...]:
    """The session's trainers, then anyone else who signed a half-day (a stand-in)."""
    names = [name for _, name in trainers]
    ids = {trainer_id: name for trainer_id, name in trainers}
    for slot_signoffs in signoffs:
        for signoff in slot_signoffs:
            if ids.get(signoff.trainer_id or 0) is None and signoff.trainer_name not in names:
                names.append(signoff.trainer_name)
    if not names:
        names = [""]  # a line to write a name on

    def signed_by(name: str, slot_signoffs: Iterable[_Signoff]) -> Signature | None:
        for signoff in slot_signoffs:
            if ids.get(signoff.trainer_id or 0, signoff.trainer_name) == name:
                return signoff.signature
        return None

    return tuple(TrainerLine(name, tuple(signed_by(name, slot) for slot in signoffs))
                 for name in names)


def _hours(db: Database, session_id: int, days: tuple[Day, ...]) -> tuple[HoursLine, ...]:
    names = {p.registration_id: p.name for day in days for p in day.participants}
    lines = [HoursLine(names.get(h.registration_id, h.name), h.attended_minutes, h.absences,
                       h.excused)
             for h in hours.session_hours(db, session_id)]
    return tuple(sorted(lines, key=lambda line: fold(line.name)))
