"""Participants, trainers and structures: the people and bodies a session involves."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from formation.core import validation as check
from formation.core.enums import Civility, Gender, ParticipantStatus, StructureKind, TrainerKind
from formation.core.errors import ValidationError
from formation.services.records import clean, copy_fields, get_or_404, strip_strings
from formation.storage.database import Database
from formation.storage.models import Participant, Registration, Structure, Trainer


@dataclass
class StructureData:
    name: str = ""
    kind: StructureKind = StructureKind.ASSOCIATION
    siret: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    id: int | None = None


@dataclass
class TrainerData:
    first_name: str = ""
    last_name: str = ""
    kind: TrainerKind = TrainerKind.INTERNAL
    email: str = ""
    phone: str = ""
    qualifications: str = ""
    id: int | None = None


@dataclass
class ParticipantData:
    first_name: str = ""
    last_name: str = ""
    civility: Civility = Civility.NONE
    gender: Gender = Gender.OTHER
    status: ParticipantStatus = ParticipantStatus.VOLUNTEER
    email: str = ""
    phone: str = ""
    structure_id: int | None = None
    commune: str = ""
    postal_code: str = ""
    specific_needs: str = ""
    job_seeker: bool = False  # besides the status: a volunteer may also be a job seeker
    id: int | None = None


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    last_name: str
    first_name: str
    email: str
    phone: str
    status: ParticipantStatus
    structure: str
    commune: str
    registrations: int


D = TypeVar("D", StructureData, TrainerData, ParticipantData)


def _fields(data: object) -> list[str]:
    return [n for n in vars(data) if n != "id"]


def _store(db: Database, model: type[Structure | Trainer | Participant], data: object,
           what: str) -> int:
    """Create or update the row of `data` (checked by the caller); returns its id."""
    with db.begin() as s:
        row_id = getattr(data, "id", None)
        row = get_or_404(s, model, row_id, what) if row_id else model()
        copy_fields(data, row, _fields(data))
        s.add(row)
        s.flush()
        return row.id


def _to_data(cls: type[D], row: Structure | Trainer | Participant) -> D:
    data = cls(id=row.id)
    for name in _fields(data):
        setattr(data, name, getattr(row, name))
    return data


# --- structures -------------------------------------------------------------------------------

def list_structures(db: Database) -> list[StructureData]:
    with db.session() as s:
        rows = s.scalars(select(Structure).order_by(func.lower(Structure.name))).all()
        return [_to_data(StructureData, r) for r in rows]


def get_structure(db: Database, structure_id: int) -> StructureData:
    with db.session() as s:
        return _to_data(StructureData, get_or_404(s, Structure, structure_id, "Structure"))


def save_structure(db: Database, data: StructureData) -> int:
    strip_strings(data)
    data.name = clean(data.name)
    data.siret = check.digits(data.siret)
    problems = check.collect(
        name=check.required(data.name, "Le nom"),
        siret=check.siret(data.siret),
        postal_code=check.postal_code(data.postal_code),
        contact_email=check.email(data.contact_email),
        contact_phone=check.phone(data.contact_phone),
    )
    if problems:
        raise ValidationError(problems)
    return _store(db, Structure, data, "Structure")


# --- trainers ---------------------------------------------------------------------------------

def list_trainers(db: Database) -> list[TrainerData]:
    with db.session() as s:
        rows = s.scalars(select(Trainer).order_by(Trainer.last_name, Trainer.first_name)).all()
        return [_to_data(TrainerData, r) for r in rows]


def get_trainer(db: Database, trainer_id: int) -> TrainerData:
    with db.session() as s:
        return _to_data(TrainerData, get_or_404(s, Trainer, trainer_id, "Formateur·rice"))


def save_trainer(db: Database, data: TrainerData) -> int:
    strip_strings(data)
    data.first_name, data.last_name = clean(data.first_name), clean(data.last_name)
    problems = check.collect(
        first_name=check.required(data.first_name, "Le prénom"),
        last_name=check.required(data.last_name, "Le nom"),
        email=check.email(data.email),
        phone=check.phone(data.phone),
    )
    if problems:
        raise ValidationError(problems)
    return _store(db, Trainer, data, "Formateur·rice")


# --- participants -----------------------------------------------------------------------------

def list_participants(db: Database) -> list[ParticipantRow]:
    count = (select(func.count(Registration.id))
             .where(Registration.participant_id == Participant.id).scalar_subquery())
    query = (select(Participant, count).options(selectinload(Participant.structure))
             .order_by(func.lower(Participant.last_name), func.lower(Participant.first_name)))
    with db.session() as s:
        return [ParticipantRow(p.id, p.last_name, p.first_name, p.email, p.phone, p.status,
                               p.structure.name if p.structure else "", p.commune, n)
                for p, n in s.execute(query).all()]


def get_participant(db: Database, participant_id: int) -> ParticipantData:
    with db.session() as s:
        return _to_data(ParticipantData, get_or_404(s, Participant, participant_id,
                                                     "Participant·e"))


def participant_problems(data: ParticipantData) -> dict[str, str]:
    return check.collect(
        first_name=check.required(data.first_name, "Le prénom"),
        last_name=check.required(data.last_name, "Le nom"),
        email=check.email(data.email),
        phone=check.phone(data.phone),
        postal_code=check.postal_code(data.postal_code),
    )


def save_participant(db: Database, data: ParticipantData) -> int:
    strip_strings(data)
    data.first_name, data.last_name = clean(data.first_name), clean(data.last_name)
    data.commune, data.email = clean(data.commune), data.email.lower()
    problems = participant_problems(data)
    if problems:
        raise ValidationError(problems)
    return _store(db, Participant, data, "Participant·e")
