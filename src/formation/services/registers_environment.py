"""Registers of the means and the environment: trainers' own training (Qualiopi indicator 22), the
watch log (23 to 25) and the disability partner network (26)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from formation.core import validation as check
from formation.services.records import clean, get_or_404, strip_strings
from formation.services.registers import WatchKind, trainer_name
from formation.services.registers_base import (
    as_member,
    attachment_counts,
    date_required,
    length_problems,
    member_problem,
    not_future,
    refuse,
    store,
)
from formation.storage.database import Database
from formation.storage.models import Partner, Trainer, TrainerTraining, WatchEntry

# Suggestions for a partner's kind: the usual members of a disability network (free text all the same).
PARTNER_KINDS = ("Cap emploi", "MDPH", "Agefiph", "Ressource Handicap Formation (RHF)", "FIPHFP",
                 "France Travail", "Association spécialisée", "Autre")


# --- trainers' own training (indicator 22) -------------------------------------------------------

@dataclass
class TrainerTrainingData:
    trainer_id: int | None = None
    title: str = ""
    provider: str = ""
    on: date | None = None
    duration_minutes: int = 0
    id: int | None = None


@dataclass(frozen=True)
class TrainerTrainingRow:
    id: int
    trainer_id: int
    trainer: str
    title: str
    provider: str
    on: date
    duration_minutes: int
    attachments: int


_TRAINING_FIELDS = ["trainer_id", "title", "provider", "on", "duration_minutes"]


def list_trainer_trainings(db: Database, trainer_id: int | None = None) -> list[TrainerTrainingRow]:
    """The trainings followed by one trainer (or by all), the latest first."""
    query = (select(TrainerTraining, Trainer).join(Trainer)
             .order_by(TrainerTraining.on.desc(), TrainerTraining.id.desc()))
    if trainer_id is not None:
        query = query.where(TrainerTraining.trainer_id == trainer_id)
    with db.session() as s:
        files = attachment_counts(s, "trainer_training")
        return [TrainerTrainingRow(t.id, t.trainer_id, trainer_name(trainer), t.title, t.provider,
                                   t.on, t.duration_minutes, files.get(t.id, 0))
                for t, trainer in s.execute(query).all()]


def get_trainer_training(db: Database, training_id: int) -> TrainerTrainingData:
    with db.session() as s:
        row = get_or_404(s, TrainerTraining, training_id, "Formation suivie")
        return TrainerTrainingData(row.trainer_id, row.title, row.provider, row.on,
                                   row.duration_minutes, row.id)


def save_trainer_training(db: Database, data: TrainerTrainingData) -> int:
    strip_strings(data)
    data.title = clean(data.title)
    problems = check.collect(
        trainer_id=None if data.trainer_id is not None else "Choisissez le ou la formateur·rice.",
        title=check.required(data.title, "L'intitulé de la formation suivie"),
        on=date_required(data.on, "La date"),
        duration_minutes=None if data.duration_minutes >= 0 else
        "La durée ne peut pas être négative.",
    )
    problems = {**length_problems(TrainerTraining, data), **problems}
    if data.trainer_id is not None:
        with db.session() as s:
            if s.get(Trainer, data.trainer_id) is None:
                problems["trainer_id"] = ("Ce ou cette formateur·rice n'existe plus : "
                                          "choisissez-en un·e autre.")
    refuse(problems)
    return store(db, TrainerTraining, data, _TRAINING_FIELDS, "Formation suivie")


# --- watch log (indicators 23 to 25) ------------------------------------------------------------

@dataclass
class WatchData:
    on: date | None = None
    kind: WatchKind = WatchKind.LEGAL
    source: str = ""
    summary: str = ""
    action: str = ""  # what it changed for the organisation
    id: int | None = None


@dataclass(frozen=True)
class WatchRow:
    id: int
    on: date
    kind: WatchKind
    source: str
    summary: str
    action: str
    attachments: int


_WATCH_FIELDS = ["on", "kind", "source", "summary", "action"]


def list_watch(db: Database) -> list[WatchRow]:
    """The watch log, the latest first."""
    with db.session() as s:
        files = attachment_counts(s, "watch_entry")
        rows = s.scalars(select(WatchEntry).order_by(WatchEntry.on.desc(), WatchEntry.id.desc()))
        return [WatchRow(r.id, r.on, as_member(WatchKind, r.kind, WatchKind.LEGAL), r.source,
                         r.summary, r.action, files.get(r.id, 0)) for r in rows]


def get_watch(db: Database, entry_id: int) -> WatchData:
    with db.session() as s:
        row = get_or_404(s, WatchEntry, entry_id, "Entrée de veille")
        return WatchData(row.on, as_member(WatchKind, row.kind, WatchKind.LEGAL), row.source,
                         row.summary, row.action, row.id)


def save_watch(db: Database, data: WatchData, today: date | None = None) -> int:
    strip_strings(data)
    problems = check.collect(
        on=date_required(data.on, "La date") or not_future(data.on, today or date.today()),
        kind=member_problem(WatchKind, data.kind, "Choisissez le type de veille."),
        summary=check.required(data.summary, "Le résumé"),
    )
    refuse({**length_problems(WatchEntry, data), **problems})
    data.kind = as_member(WatchKind, data.kind, WatchKind.LEGAL)
    return store(db, WatchEntry, data, _WATCH_FIELDS, "Entrée de veille")


# --- disability partner network (indicator 26) -----------------------------------------------------

@dataclass
class PartnerData:
    name: str = ""
    kind: str = ""
    contact: str = ""
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    kind: str
    contact: str
    notes: str
    attachments: int


_PARTNER_FIELDS = ["name", "kind", "contact", "notes"]


def list_partners(db: Database) -> list[PartnerRow]:
    with db.session() as s:
        files = attachment_counts(s, "partner")
        rows = s.scalars(select(Partner).order_by(func.lower(Partner.name)))
        return [PartnerRow(r.id, r.name, r.kind, r.contact, r.notes, files.get(r.id, 0))
                for r in rows]


def get_partner(db: Database, partner_id: int) -> PartnerData:
    with db.session() as s:
        row = get_or_404(s, Partner, partner_id, "Partenaire")
        return PartnerData(row.name, row.kind, row.contact, row.notes, row.id)


def save_partner(db: Database, data: PartnerData) -> int:
    strip_strings(data)
    data.name, data.kind = clean(data.name), clean(data.kind)
    problems = check.collect(name=check.required(data.name, "Le nom du partenaire"))
    refuse({**length_problems(Partner, data), **problems})
    return store(db, Partner, data, _PARTNER_FIELDS, "Partenaire")
