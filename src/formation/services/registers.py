"""The quality registers an auditor asks for, each a plain list with its dates and files.

Here: complaints (Qualiopi indicator 31), improvement actions (32) and the gaps of every register
(what an auditor would find missing). Trainers' own training, the watch log and the disability
network are in registers_environment; files kept with any row in registers_attachments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from formation.core import validation as check
from formation.core.enums import LabelledEnum
from formation.core.followup import add_months
from formation.core.frenchfmt import short_date
from formation.services.records import get_or_404, strip_strings
from formation.services.registers_base import (
    as_member,
    attachment_counts,
    date_required,
    in_order,
    length_problems,
    member_problem,
    missing_links,
    not_future,
    refuse,
    session_label,
    shorten,
    store,
)
from formation.storage.database import Database
from formation.storage.models import (
    Attachment,
    Complaint,
    ImprovementAction,
    Organisation,
    Partner,
    Trainer,
    TrainerTraining,
    WatchEntry,
)
from formation.storage.models import Session as TrainingSession

ACKNOWLEDGEMENT_DAYS = 7  # a complaint is acknowledged within a week of its receipt
WATCH_MONTHS = 12  # the watch log shows something of each kind within a year
TRAINER_TRAINING_MONTHS = 24  # each trainer has trained within two years


class ComplaintSource(LabelledEnum):
    PARTICIPANT = "participant", "Participant·e"
    EMPLOYER = "employer", "Employeur"
    FUNDER = "funder", "Financeur"
    TRAINER = "trainer", "Formateur·rice"
    OTHER = "other", "Autre"


class ComplaintStatus(LabelledEnum):
    RECEIVED = "received", "Reçue"
    ACKNOWLEDGED = "acknowledged", "Accusé de réception envoyé"
    ANSWERED = "answered", "Répondue"
    CLOSED = "closed", "Close"


class ImprovementOrigin(LabelledEnum):
    COMPLAINT = "complaint", "Réclamation"
    DROPOUT = "dropout", "Abandon"
    QUESTIONNAIRE = "questionnaire", "Questionnaire"
    AUDIT = "audit", "Audit"
    OTHER = "other", "Autre"


class ActionStatus(LabelledEnum):
    TODO = "todo", "À faire"
    LATE = "late", "En retard"
    DONE = "done", "Faite"


class WatchKind(LabelledEnum):
    """The three watches of indicators 23, 24 and 25, in that order."""

    LEGAL = "legal", "Légale"
    JOBS = "jobs", "Métiers et compétences"
    PEDAGOGY = "pedagogy", "Pédagogique et technologique"


# --- complaints (indicator 31) ------------------------------------------------------------------

@dataclass
class ComplaintData:
    received_on: date | None = None
    source: ComplaintSource = ComplaintSource.PARTICIPANT
    session_id: int | None = None
    description: str = ""
    acknowledged_on: date | None = None
    answer: str = ""
    answered_on: date | None = None
    closed_on: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    received_on: date
    source: ComplaintSource
    session_id: int | None
    session: str
    description: str
    acknowledged_on: date | None
    answer: str
    answered_on: date | None
    closed_on: date | None
    status: ComplaintStatus
    overdue: bool  # not acknowledged, and the week for it is over
    attachments: int

    @property
    def acknowledgement_due_on(self) -> date:
        return acknowledgement_due_on(self.received_on)

    @property
    def label(self) -> str:
        return complaint_label(self.received_on, self.description)


_COMPLAINT_FIELDS = ["received_on", "source", "session_id", "description", "acknowledged_on",
                     "answer", "answered_on", "closed_on"]


def acknowledgement_due_on(received_on: date) -> date:
    return received_on + timedelta(days=ACKNOWLEDGEMENT_DAYS)


def complaint_status(closed_on: date | None, answered_on: date | None,
                     acknowledged_on: date | None) -> ComplaintStatus:
    if closed_on is not None:
        return ComplaintStatus.CLOSED
    if answered_on is not None:
        return ComplaintStatus.ANSWERED
    if acknowledged_on is not None:
        return ComplaintStatus.ACKNOWLEDGED
    return ComplaintStatus.RECEIVED


def acknowledgement_overdue(row: Complaint | ComplaintData, today: date) -> bool:
    """Nothing sent back (neither an acknowledgement nor an answer) a week after receipt."""
    status = complaint_status(row.closed_on, row.answered_on, row.acknowledged_on)
    return (status is ComplaintStatus.RECEIVED and row.received_on is not None
            and today > acknowledgement_due_on(row.received_on))


def complaint_label(received_on: date, description: str) -> str:
    return f"Réclamation du {short_date(received_on)} — {shorten(description, 50)}"


def list_complaints(db: Database, today: date | None = None) -> list[ComplaintRow]:
    """Every complaint, the latest received first."""
    today = today or date.today()
    with db.session() as s:
        files = attachment_counts(s, "complaint")
        rows = s.scalars(select(Complaint).order_by(Complaint.received_on.desc(),
                                                    Complaint.id.desc())).all()
        sessions = _sessions_by_id(s, {r.session_id for r in rows})
        return [ComplaintRow(
            r.id, r.received_on, as_member(ComplaintSource, r.source, ComplaintSource.OTHER),
            r.session_id, sessions.get(r.session_id or 0, ""), r.description, r.acknowledged_on,
            r.answer, r.answered_on, r.closed_on,
            complaint_status(r.closed_on, r.answered_on, r.acknowledged_on),
            acknowledgement_overdue(r, today), files.get(r.id, 0)) for r in rows]


def get_complaint(db: Database, complaint_id: int) -> ComplaintData:
    with db.session() as s:
        row = get_or_404(s, Complaint, complaint_id, "Réclamation")
        data = ComplaintData(id=row.id)
        for name in _COMPLAINT_FIELDS:
            setattr(data, name, getattr(row, name))
        data.source = as_member(ComplaintSource, row.source, ComplaintSource.OTHER)
        return data


def complaint_problems(data: ComplaintData, today: date) -> dict[str, str]:
    d = data
    problems = check.collect(
        received_on=date_required(d.received_on, "La date de réception")
        or not_future(d.received_on, today),
        source=member_problem(ComplaintSource, d.source, "Choisissez de qui vient la réclamation."),
        description=check.required(d.description, "La description de la réclamation"),
        acknowledged_on=not_future(d.acknowledged_on, today),
        answered_on=not_future(d.answered_on, today),
        closed_on=not_future(d.closed_on, today),
    )
    if d.answered_on is not None and not d.answer:
        problems.setdefault("answer", "Résumez la réponse apportée.")
    if d.answer and d.answered_on is None:
        problems.setdefault("answered_on", "Indiquez la date de la réponse.")
    if d.closed_on is not None and d.answered_on is None and not d.answer:
        problems.setdefault("closed_on", "Une réclamation se clôt une fois répondue : indiquez "
                                         "d'abord la réponse et sa date.")
    in_order(problems, [
        ("received_on", d.received_on, "La réception", "la réception"),
        ("acknowledged_on", d.acknowledged_on, "L'accusé de réception", "l'accusé de réception"),
        ("answered_on", d.answered_on, "La réponse", "la réponse"),
        ("closed_on", d.closed_on, "La clôture", "la clôture"),
    ])
    return {**length_problems(Complaint, d), **problems}


def save_complaint(db: Database, data: ComplaintData, today: date | None = None) -> int:
    strip_strings(data)
    problems = complaint_problems(data, today or date.today())
    with db.session() as s:
        problems.update(missing_links(s, session_id=data.session_id))
    refuse(problems)
    data.source = as_member(ComplaintSource, data.source, ComplaintSource.OTHER)
    return store(db, Complaint, data, _COMPLAINT_FIELDS, "Réclamation")


def complaint_choices(db: Database) -> list[tuple[str, int]]:
    """(label, id) of every complaint, the latest first: what an improvement action may come from."""
    return [(r.label, r.id) for r in list_complaints(db)]


# --- improvement actions (indicator 32) ---------------------------------------------------------

@dataclass
class ImprovementData:
    created_on: date | None = None
    origin: ImprovementOrigin = ImprovementOrigin.COMPLAINT
    complaint_id: int | None = None
    session_id: int | None = None
    description: str = ""
    owner: str = ""
    due_on: date | None = None
    done_on: date | None = None
    outcome: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ImprovementRow:
    id: int
    created_on: date
    origin: ImprovementOrigin
    complaint_id: int | None
    complaint: str
    session_id: int | None
    session: str
    description: str
    owner: str
    due_on: date | None
    done_on: date | None
    outcome: str
    status: ActionStatus
    attachments: int


_ACTION_FIELDS = ["created_on", "origin", "complaint_id", "session_id", "description", "owner",
                  "due_on", "done_on", "outcome"]


def action_status(due_on: date | None, done_on: date | None, today: date) -> ActionStatus:
    if done_on is not None:
        return ActionStatus.DONE
    if due_on is not None and today > due_on:
        return ActionStatus.LATE
    return ActionStatus.TODO


def list_improvements(db: Database, today: date | None = None) -> list[ImprovementRow]:
    """Every improvement action, the latest created first."""
    today = today or date.today()
    with db.session() as s:
        files = attachment_counts(s, "improvement_action")
        rows = s.scalars(select(ImprovementAction).order_by(ImprovementAction.created_on.desc(),
                                                            ImprovementAction.id.desc())).all()
        sessions = _sessions_by_id(s, {r.session_id for r in rows})
        complaints = {c.id: complaint_label(c.received_on, c.description) for c in s.scalars(
            select(Complaint).where(Complaint.id.in_({r.complaint_id for r in rows})))}
        return [ImprovementRow(
            r.id, r.created_on, as_member(ImprovementOrigin, r.origin, ImprovementOrigin.OTHER),
            r.complaint_id, complaints.get(r.complaint_id or 0, ""), r.session_id,
            sessions.get(r.session_id or 0, ""), r.description, r.owner, r.due_on, r.done_on,
            r.outcome, action_status(r.due_on, r.done_on, today), files.get(r.id, 0))
            for r in rows]


def get_improvement(db: Database, action_id: int) -> ImprovementData:
    with db.session() as s:
        row = get_or_404(s, ImprovementAction, action_id, "Action d'amélioration")
        data = ImprovementData(id=row.id)
        for name in _ACTION_FIELDS:
            setattr(data, name, getattr(row, name))
        data.origin = as_member(ImprovementOrigin, row.origin, ImprovementOrigin.OTHER)
        return data


def improvement_for_complaint(db: Database, complaint_id: int,
                              today: date | None = None) -> ImprovementData:
    """A new action coming from a complaint: its origin, session and links already filled."""
    complaint = get_complaint(db, complaint_id)
    return ImprovementData(created_on=today or date.today(), origin=ImprovementOrigin.COMPLAINT,
                           complaint_id=complaint_id, session_id=complaint.session_id)


def improvement_problems(data: ImprovementData, today: date) -> dict[str, str]:
    d = data
    problems = check.collect(
        created_on=date_required(d.created_on, "La date de création")
        or not_future(d.created_on, today),
        origin=member_problem(ImprovementOrigin, d.origin, "Choisissez d'où vient l'action."),
        description=check.required(d.description, "La description de l'action"),
        done_on=not_future(d.done_on, today),
    )
    in_order(problems, [("created_on", d.created_on, "La création", "la création"),
                        ("due_on", d.due_on, "L'échéance", "l'échéance")])
    in_order(problems, [("created_on", d.created_on, "La création", "la création"),
                        ("done_on", d.done_on, "La réalisation", "la réalisation")])
    return {**length_problems(ImprovementAction, d), **problems}


def save_improvement(db: Database, data: ImprovementData, today: date | None = None) -> int:
    strip_strings(data)
    problems = improvement_problems(data, today or date.today())
    with db.session() as s:
        problems.update(missing_links(s, session_id=data.session_id,
                                      complaint_id=data.complaint_id))
    refuse(problems)
    data.origin = as_member(ImprovementOrigin, data.origin, ImprovementOrigin.OTHER)
    return store(db, ImprovementAction, data, _ACTION_FIELDS, "Action d'amélioration")


def _sessions_by_id(s: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    query = (select(TrainingSession).where(TrainingSession.id.in_(wanted))
             .options(selectinload(TrainingSession.course)))
    return {r.id: session_label(r) for r in s.scalars(query)}


# --- gaps -----------------------------------------------------------------------------------------

def trainer_name(trainer: Trainer) -> str:
    return f"{trainer.first_name} {trainer.last_name.upper()}".strip()


def gaps(db: Database, today: date | None = None) -> list[str]:
    """What an auditor would find missing in the registers, one French sentence each, in the order
    of the indicators (21–22 trainers, 23–25 watch, 26 disability, 31 complaints, 32 actions)."""
    return [gap for found in gaps_by_register(db, today).values() for gap in found]


def gaps_by_register(db: Database, today: date | None = None) -> dict[str, list[str]]:
    """The gaps of each register: trainers, watch, disability, complaints, improvements."""
    today = today or date.today()
    with db.session() as s:
        return {"trainers": _trainer_gaps(s, today), "watch": _watch_gaps(s, today),
                "disability": _disability_gaps(s), "complaints": _complaint_gaps(s, today),
                "improvements": _improvement_gaps(s, today)}


def trainer_gaps(db: Database, today: date | None = None) -> dict[int, list[str]]:
    """The gaps of each trainer (no CV, no recent training), by trainer id; [] when complete."""
    with db.session() as s:
        return _gaps_by_trainer(s, today or date.today())


def _gaps_by_trainer(s: Session, today: date) -> dict[int, list[str]]:
    trainers = s.scalars(select(Trainer).order_by(Trainer.last_name, Trainer.first_name)).all()
    with_cv = set(s.scalars(select(Attachment.owner_id).where(Attachment.owner_table == "trainer")))
    trained = set(s.scalars(select(TrainerTraining.trainer_id).where(
        TrainerTraining.on > add_months(today, -TRAINER_TRAINING_MONTHS),
        TrainerTraining.on <= today)))
    found: dict[int, list[str]] = {}
    for trainer in trainers:
        gaps = found.setdefault(trainer.id, [])
        if trainer.id not in with_cv:
            gaps.append(f"Formateur·rice {trainer_name(trainer)} : aucun CV joint")
        if trainer.id not in trained:
            gaps.append(f"Formateur·rice {trainer_name(trainer)} : aucune formation suivie "
                        f"depuis {TRAINER_TRAINING_MONTHS} mois")
    return found


def _trainer_gaps(s: Session, today: date) -> list[str]:
    by_trainer = _gaps_by_trainer(s, today)
    if not by_trainer:
        return ["Aucun·e formateur·rice enregistré·e"]
    return [gap for gaps in by_trainer.values() for gap in gaps]


def _disability_gaps(s: Session) -> list[str]:
    found = []
    organisation = s.get(Organisation, 1)
    if organisation is None or not organisation.disability_referent.strip():
        found.append("Aucun référent handicap renseigné")
    if not s.scalar(select(func.count(Partner.id))):
        found.append("Aucun partenaire du réseau handicap")
    return found


def _complaint_gaps(s: Session, today: date) -> list[str]:
    complaints = s.scalars(select(Complaint).order_by(Complaint.received_on, Complaint.id)).all()
    if not complaints:
        return ["Registre des réclamations vide"]
    return [f"Réclamation reçue le {short_date(c.received_on)} : pas d'accusé de réception "
            f"après {ACKNOWLEDGEMENT_DAYS} jours" for c in complaints
            if acknowledgement_overdue(c, today)]


def _improvement_gaps(s: Session, today: date) -> list[str]:
    actions = s.scalars(select(ImprovementAction)
                        .order_by(ImprovementAction.due_on, ImprovementAction.id)).all()
    if not actions:
        return ["Plan d'amélioration vide"]
    return [f"Action d'amélioration en retard (échéance le {short_date(a.due_on)}) : "
            f"{shorten(a.description, 50)}" for a in actions
            if action_status(a.due_on, a.done_on, today) is ActionStatus.LATE]


def _watch_gaps(s: Session, today: date) -> list[str]:
    since = add_months(today, -WATCH_MONTHS)
    rows = s.execute(select(WatchEntry.kind, func.max(WatchEntry.on))
                     .where(WatchEntry.on <= today).group_by(WatchEntry.kind)).all()
    latest = {kind: day for kind, day in rows}
    if not latest:
        return ["Registre de veille vide"]
    if all(day <= since for day in latest.values()):
        return [f"Aucune veille enregistrée depuis {WATCH_MONTHS} mois"]
    return [f"Veille {kind.label.lower()} : rien d'enregistré depuis {WATCH_MONTHS} mois"
            for kind in WatchKind if latest.get(kind.value, since) <= since]
