"""The facts every document draws on — organisation, session, participant, hours — read once.

A batch of forty certificates reads the session, its half-days and its hours once, not forty
times: `Facts` keeps what it has read for the life of one batch (or one document).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from formation.core.enums import (
    Civility,
    Funding,
    Modality,
    Nature,
    ParticipantStatus,
    RegistrationStatus,
    SessionKind,
    SessionStatus,
    StructureKind,
)
from formation.core.planning import SlotTimes
from formation.documents.issuer import Issuer, gather_issuer
from formation.services import catalogue, hours, sessions
from formation.services.attendance import session_trainers
from formation.services.records import get_or_404
from formation.storage.database import Database
from formation.storage.models import Participant, Registration


@dataclass(frozen=True)
class CourseFacts:
    code: str
    title: str
    objectives: tuple[str, ...]
    programme: str
    prerequisites: str
    target_public: str
    methods: str
    assessment_methods: str
    duration_minutes: int
    modality: Modality
    nature: Nature
    price_cents: int
    accessibility: str


@dataclass(frozen=True)
class SessionFacts:
    id: int
    code: str
    kind: SessionKind
    status: SessionStatus
    start: date
    end: date
    place: str
    address: str
    client_id: int | None
    trainers: tuple[str, ...]
    slots: tuple[SlotTimes, ...]
    course: CourseFacts

    @property
    def planned_minutes(self) -> int:
        return sum(slot.minutes for slot in self.slots)

    @property
    def ends_at(self) -> datetime:
        """The end of the last half-day (the end of the last day when there is none)."""
        if self.slots:
            last = max(self.slots, key=lambda slot: (slot.day, slot.end))
            return datetime.combine(last.day, last.end)
        return datetime.combine(self.end, time(23, 59))


@dataclass(frozen=True)
class ParticipantFacts:
    registration_id: int
    session_id: int
    first_name: str
    last_name: str
    civility: Civility
    status: ParticipantStatus
    structure_id: int | None
    structure: str
    structure_is_employer: bool
    registration_status: RegistrationStatus
    funding: Funding | None
    amount_cents: int

    @property
    def name(self) -> str:
        """'DUPONT Marie', as on the attendance sheet."""
        return f"{self.last_name.upper()} {self.first_name}".strip()

    @property
    def employer(self) -> str:
        """The employer for 'salarié(e) de l'entreprise …': only for an employee, or a structure
        recorded as an employer; a volunteer's association is not an employer."""
        if self.structure and (self.status == ParticipantStatus.EMPLOYEE
                               or self.structure_is_employer):
            return self.structure
        return ""


class Facts:
    """Reads shared by the documents of one batch."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._issuer: Issuer | None = None
        self._sessions: dict[int, SessionFacts] = {}
        self._hours: dict[int, dict[int, hours.RegistrationHours]] = {}

    def issuer(self) -> Issuer:
        if self._issuer is None:
            self._issuer = gather_issuer(self.db)
        return self._issuer

    def session(self, session_id: int) -> SessionFacts:
        if session_id not in self._sessions:
            self._sessions[session_id] = _session(self.db, session_id)
        return self._sessions[session_id]

    def hours(self, session_id: int) -> dict[int, hours.RegistrationHours]:
        if session_id not in self._hours:
            self._hours[session_id] = {h.registration_id: h
                                       for h in hours.session_hours(self.db, session_id)}
        return self._hours[session_id]

    def participant(self, registration_id: int) -> ParticipantFacts:
        with self.db.session() as s:
            row = get_or_404(s, Registration, registration_id, "Inscription")
            return _participant(row)

    def participants(self, session_id: int) -> list[ParticipantFacts]:
        """Everyone registered in the session, whatever their status, by name."""
        query = (select(Registration).join(Participant)
                 .where(Registration.session_id == session_id)
                 .options(selectinload(Registration.participant)
                          .selectinload(Participant.structure))
                 .order_by(Participant.last_name, Participant.first_name, Registration.id))
        with self.db.session() as s:
            return [_participant(row) for row in s.scalars(query)]


def _session(db: Database, session_id: int) -> SessionFacts:
    data = sessions.get_session(db, session_id)
    assert data.course_id is not None and data.id is not None
    assert data.start_date is not None and data.end_date is not None
    course = catalogue.get_course(db, data.course_id)
    return SessionFacts(
        id=data.id, code=data.code, kind=data.kind, status=data.status, start=data.start_date,
        end=data.end_date, place=data.place, address=data.address, client_id=data.client_id,
        trainers=tuple(name for _, name in session_trainers(db, session_id)),
        slots=tuple(sorted(data.slots)),
        course=CourseFacts(
            code=course.code, title=course.title, objectives=tuple(course.objectives),
            programme=course.programme, prerequisites=course.prerequisites,
            target_public=course.target_public, methods=course.methods,
            assessment_methods=course.assessment_methods,
            duration_minutes=course.duration_minutes, modality=course.modality,
            nature=course.nature, price_cents=course.price_cents,
            accessibility=course.accessibility))


def _participant(row: Registration) -> ParticipantFacts:
    person = row.participant
    structure = person.structure
    return ParticipantFacts(
        registration_id=row.id, session_id=row.session_id, first_name=person.first_name,
        last_name=person.last_name, civility=person.civility, status=person.status,
        structure_id=person.structure_id, structure=structure.name if structure else "",
        structure_is_employer=bool(structure and structure.kind == StructureKind.EMPLOYER),
        registration_status=row.status, funding=row.funding, amount_cents=row.amount_cents)


# --- the data a document was made from, as JSON for the register -------------------------------

def to_json(value: Any) -> str:
    """A document's data as JSON: dates in ISO form, images by their SHA-256 (not their bytes)."""
    return json.dumps(value, default=_plain, ensure_ascii=False, sort_keys=True)


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest(), "size": len(value)}
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
