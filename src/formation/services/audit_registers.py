"""The organisation's registers in an audit folder: trainers (21, 22), watch (23 to 25), disability
referent and network (26), complaints (31) and improvement plan (32), as CSV (and as PDF for the
complaints and the plan), each with the files kept with its rows. Whole registers, whatever the
period: an auditor reads their history."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from sqlalchemy import select

from formation.core import frenchfmt
from formation.documents import audit_index
from formation.services import registers
from formation.services.audit_files import csv_bytes, folder
from formation.services.registers_base import as_member, shorten
from formation.storage.models import (
    Attachment,
    Complaint,
    ImprovementAction,
    Organisation,
    Partner,
    Trainer,
    TrainerTraining,
    WatchEntry,
    session_trainer,
)
from formation.storage.models import Session as TrainingSession

if TYPE_CHECKING:
    from formation.services.audit_files import Planner

WATCH = {registers.WatchKind.LEGAL.value: 23, registers.WatchKind.JOBS.value: 24,
         registers.WatchKind.PEDAGOGY.value: 25}


def add_registers(p: Planner) -> None:
    _trainers(p)
    _watch(p)
    _disability(p)
    _complaints(p)
    _actions(p)


def _name(trainer: Trainer) -> str:
    return registers.trainer_name(trainer)


def _trainers(p: Planner) -> None:
    with p.db.session() as s:
        trainers = s.scalars(select(Trainer).order_by(Trainer.last_name, Trainer.first_name)).all()
        with_cv = set(s.scalars(select(Attachment.owner_id).where(Attachment.owner_table == "trainer")))
        sessions: dict[int, list[str]] = {}
        for trainer_id, code in s.execute(
                select(session_trainer.c.trainer_id, TrainingSession.code)
                .join(TrainingSession, TrainingSession.id == session_trainer.c.session_id)
                .where(TrainingSession.id.in_(p.ids)).order_by(TrainingSession.start_date)):
            sessions.setdefault(trainer_id, []).append(code)
        rows = [[_name(t), t.kind.label, t.qualifications, t.id in with_cv,
                 ", ".join(sessions.get(t.id, []))] for t in trainers]
        names = {t.id: _name(t) for t in trainers}
        trainings = s.execute(select(TrainerTraining, Trainer).join(Trainer).order_by(
            Trainer.last_name, Trainer.first_name, TrainerTraining.on.desc(), TrainerTraining.id)).all()
        training_rows = [[_name(t), x.title, x.provider, x.on, frenchfmt.hours(x.duration_minutes)]
                         for x, t in trainings]
        training_names = {x.id: f"{_name(t)} - {shorten(x.title, 40)}" for x, t in trainings}
    p.add(f"{folder(21)}/Formateurs et compétences.csv", (21,),
          f"Les {len(rows)} formateur·rices : statut, qualifications, CV joint, sessions du "
          "périmètre", lambda: csv_bytes(["Formateur·rice", "Statut", "Qualifications", "CV joint",
                                          "Sessions du périmètre"], rows))
    p.attachments("trainer", names, (21,), "CV", "CV ou justificatif")
    p.add(f"{folder(22)}/Formations suivies par les formateurs.csv", (22,),
          f"Les {len(training_rows)} formation(s) suivie(s) par les formateur·rices",
          lambda: csv_bytes(["Formateur·rice", "Formation suivie", "Organisme", "Date", "Durée"],
                            training_rows))
    p.attachments("trainer_training", training_names, (22,), "Justificatifs",
                  "Justificatif de formation")


def _watch(p: Planner) -> None:
    with p.db.session() as s:
        entries = s.scalars(select(WatchEntry).order_by(WatchEntry.on.desc(), WatchEntry.id)).all()
        by_kind: dict[int, list[list[object]]] = {number: [] for number in WATCH.values()}
        owners: dict[int, dict[int, str]] = {number: {} for number in WATCH.values()}
        for entry in entries:
            number = WATCH.get(entry.kind, 23)
            by_kind[number].append([entry.on, entry.source, entry.summary, entry.action])
            owners[number][entry.id] = f"{entry.on.isoformat()} {shorten(entry.summary, 40)}"
    for kind in registers.WatchKind:
        number = WATCH[kind.value]
        rows = by_kind[number]
        p.add(f"{folder(number)}/Veille {kind.label.lower()}.csv", (number,),
              f"Registre de veille {kind.label.lower()} : {len(rows)} entrée(s), avec ce qu'elles "
              "ont changé",
              partial(csv_bytes, ["Date", "Source", "Résumé", "Ce que cela a changé"], rows))
        p.attachments("watch_entry", owners[number], (number,), "Pièces", "Pièce de veille")


def _disability(p: Planner) -> None:
    with p.db.session() as s:
        organisation = s.get(Organisation, 1)
        rows: list[list[object]] = []
        if organisation is not None and organisation.disability_referent.strip():
            rows.append(["Référent·e handicap", organisation.disability_referent, "",
                         organisation.disability_referent_contact, ""])
        partners = s.scalars(select(Partner).order_by(Partner.name, Partner.id)).all()
        rows += [["Partenaire", x.name, x.kind, x.contact, x.notes] for x in partners]
        names = {x.id: x.name for x in partners}
    p.add(f"{folder(26)}/Référent et réseau handicap.csv", (26,),
          f"Le ou la référent·e handicap et les {len(names)} partenaire(s) du réseau",
          lambda: csv_bytes(["Rôle", "Nom", "Nature", "Contact", "Notes"], rows))
    p.attachments("partner", names, (26,), "Partenaires", "Document du partenaire")


def _complaints(p: Planner) -> None:
    today, d = p.made, frenchfmt.short_date
    with p.db.session() as s:
        complaints = s.scalars(select(Complaint).order_by(Complaint.received_on, Complaint.id)).all()
        codes = _codes(p, {c.session_id for c in complaints})
        rows: list[list[object]] = []
        shown: list[list[str]] = []
        for c in complaints:
            source = as_member(registers.ComplaintSource, c.source, registers.ComplaintSource.OTHER)
            status = registers.complaint_status(c.closed_on, c.answered_on, c.acknowledged_on)
            code = codes.get(c.session_id or 0, "")
            rows.append([c.received_on, source.label, code, c.description, c.acknowledged_on,
                         c.answer, c.answered_on, c.closed_on, status.label,
                         registers.acknowledgement_overdue(c, today)])
            shown.append([d(c.received_on), source.label, code, c.description, d(c.acknowledged_on),
                          c.answer, d(c.closed_on), status.label])
        names = {c.id: f"{c.received_on.isoformat()} {shorten(c.description, 40)}" for c in complaints}
    header = ["Reçue le", "Origine", "Session", "Description", "Accusé de réception", "Réponse",
              "Répondue le", "Close le", "État", "Accusé de réception en retard"]
    p.add(f"{folder(31)}/Registre des réclamations.csv", (31,),
          f"Les {len(rows)} réclamation(s) : réception, accusé, réponse, clôture",
          lambda: csv_bytes(header, rows))
    p.add(f"{folder(31)}/Registre des réclamations.pdf", (31,), "Le même registre, à imprimer",
          lambda: audit_index.table_pdf(
              "Registre des réclamations", p.issuer.name,
              ["Reçue", "Origine", "Session", "Description", "Accusé", "Réponse", "Close", "État"],
              shown, [50, 50, 60, 110, 50, 110, 50, 50], p.issuer, p.made,
              note=f"Accusé de réception attendu dans les {registers.ACKNOWLEDGEMENT_DAYS} jours "
                   "qui suivent la réception."))
    p.attachments("complaint", names, (31,), "Pièces", "Pièce de la réclamation")


def _actions(p: Planner) -> None:
    today, d = p.made, frenchfmt.short_date
    with p.db.session() as s:
        actions = s.scalars(select(ImprovementAction).order_by(ImprovementAction.created_on,
                                                               ImprovementAction.id)).all()
        codes = _codes(p, {a.session_id for a in actions})
        rows: list[list[object]] = []
        shown: list[list[str]] = []
        for a in actions:
            origin = as_member(registers.ImprovementOrigin, a.origin, registers.ImprovementOrigin.OTHER)
            status = registers.action_status(a.due_on, a.done_on, today)
            code = codes.get(a.session_id or 0, "")
            rows.append([a.created_on, origin.label, code, a.description, a.owner, a.due_on,
                         a.done_on, a.outcome, status.label])
            shown.append([d(a.created_on), origin.label, code, a.description, a.owner, d(a.due_on),
                          d(a.done_on), status.label])
        names = {a.id: f"{a.created_on.isoformat()} {shorten(a.description, 40)}" for a in actions}
    header = ["Créée le", "Origine", "Session", "Action", "Responsable", "Échéance", "Réalisée le",
              "Résultat", "État"]
    p.add(f"{folder(32)}/Plan d'amélioration.csv", (32,),
          f"Les {len(rows)} action(s) d'amélioration : origine, responsable, échéance, résultat",
          lambda: csv_bytes(header, rows))
    p.add(f"{folder(32)}/Plan d'amélioration.pdf", (32,), "Le même plan, à imprimer",
          lambda: audit_index.table_pdf(
              "Plan d'amélioration", p.issuer.name,
              ["Créée", "Origine", "Session", "Action", "Responsable", "Échéance", "Réalisée", "État"],
              shown, [50, 55, 60, 140, 60, 50, 50, 45], p.issuer, p.made))
    p.attachments("improvement_action", names, (32,), "Pièces", "Pièce de l'action")


def _codes(p: Planner, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    with p.db.session() as s:
        return {session_id: code for session_id, code in s.execute(
            select(TrainingSession.id, TrainingSession.code).where(TrainingSession.id.in_(wanted)))}
