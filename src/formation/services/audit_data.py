"""The data tables of an audit folder (Données/): sessions, registrations, attendance, answers.

For the auditor's own checks, in CSV as French Excel opens them. Nothing sensitive: no specific
needs, no confidential question of a questionnaire, no e-mail nor telephone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from formation.core import frenchfmt
from formation.core.planning import SlotTimes
from formation.forms.model import fields_for
from formation.services import hours
from formation.services.audit_files import answer_text, csv_bytes, stored
from formation.services.forms_store import OBJECTIVES_KEY, SOURCES, ResponseState
from formation.storage.database import Database
from formation.storage.models import (
    Attendance,
    FormResponse,
    FormVersion,
    Participant,
    Registration,
    Slot,
    SlotSignoff,
)
from formation.storage.models import Session as TrainingSession


def _person(p: Participant | None, fallback: str = "") -> str:
    return f"{p.last_name.upper()} {p.first_name}".strip() if p is not None else fallback


def sessions_csv(db: Database, ids: Sequence[int]) -> bytes:
    with db.session() as s:
        rows = s.scalars(select(TrainingSession).where(TrainingSession.id.in_(ids)).options(
            selectinload(TrainingSession.course), selectinload(TrainingSession.trainers),
            selectinload(TrainingSession.slots), selectinload(TrainingSession.registrations),
            selectinload(TrainingSession.client))
            .order_by(TrainingSession.start_date, TrainingSession.code)).all()
        table = [[x.code, x.course.code, x.course.title, x.kind.label, x.status.label, x.start_date,
                  x.end_date, len(x.slots),
                  frenchfmt.decimal_hours(sum(SlotTimes(t.day, t.start_time, t.end_time).minutes
                                              for t in x.slots)),
                  x.place, x.address, ", ".join(t.full_name for t in x.trainers), x.capacity,
                  sum(r.status.takes_a_seat for r in x.registrations),
                  x.client.name if x.client else ""] for x in rows]
    return csv_bytes(["Session", "Code formation", "Formation", "Type", "Statut", "Début", "Fin",
                      "Demi-journées", "Durée (h)", "Lieu", "Adresse", "Formateur·rices", "Places",
                      "Inscrit·es", "Client"], table)


def registrations_csv(db: Database, ids: Sequence[int]) -> bytes:
    table: list[list[object]] = []
    with db.session() as s:
        sessions = s.execute(select(TrainingSession.id, TrainingSession.code)
                             .where(TrainingSession.id.in_(ids))
                             .order_by(TrainingSession.start_date, TrainingSession.code)).all()
    for session_id, code in sessions:
        attended = {h.registration_id: h.attended_minutes for h in hours.session_hours(db, session_id)}
        with db.session() as s:
            registrations = s.scalars(
                select(Registration).join(Participant).where(Registration.session_id == session_id)
                .options(selectinload(Registration.participant).selectinload(Participant.structure))
                .order_by(Participant.last_name, Participant.first_name, Registration.id)).all()
            for r in registrations:
                p = r.participant
                table.append([code, p.last_name.upper(), p.first_name, p.gender.label,
                              p.status.label, p.job_seeker, p.structure.name if p.structure else "",
                              p.commune, p.postal_code, r.status.label, r.registered_on,
                              r.status_changed_on, r.funding.label if r.funding else "",
                              frenchfmt.euros(r.amount_cents) if r.amount_cents else "",
                              frenchfmt.decimal_hours(attended.get(r.id, 0))])
    return csv_bytes(["Session", "Nom", "Prénom", "Genre", "Statut", "Demandeur·se d'emploi",
                      "Structure", "Commune", "Code postal", "Inscription", "Inscrit·e le",
                      "Statut changé le", "Financement", "Montant", "Heures suivies"], table)


def attendance_csv(db: Database, ids: Sequence[int]) -> bytes:
    query = (select(TrainingSession.code, Slot, Attendance, Participant)
             .join(Slot, Slot.session_id == TrainingSession.id)
             .join(Attendance, Attendance.slot_id == Slot.id)
             .join(Registration, Registration.id == Attendance.registration_id)
             .join(Participant, Participant.id == Registration.participant_id)
             .where(TrainingSession.id.in_(ids))
             .order_by(TrainingSession.start_date, TrainingSession.code, Slot.day, Slot.start_time,
                       Participant.last_name, Participant.first_name, Attendance.id))
    with db.session() as s:
        signoffs: dict[int, list[SlotSignoff]] = {}
        for row in s.scalars(select(SlotSignoff).join(Slot).where(Slot.session_id.in_(ids))
                             .order_by(SlotSignoff.signed_at, SlotSignoff.id)):
            signoffs.setdefault(row.slot_id, []).append(row)
        table = []
        for code, slot, mark, person in s.execute(query):
            signed = signoffs.get(slot.id, [])
            table.append([code, slot.day, slot.start_time, slot.end_time, person.last_name.upper(),
                          person.first_name, mark.status.label, mark.arrival_time,
                          mark.departure_time, mark.signed_at, mark.signature_sha256,
                          ", ".join(x.trainer_name for x in signed),
                          signed[0].signed_at if signed else None])
    return csv_bytes(["Session", "Date", "Début", "Fin", "Nom", "Prénom", "Présence", "Arrivée",
                      "Départ", "Signé le", "Empreinte de la signature (SHA-256)",
                      "Signée par le formateur·rice", "Signature du formateur·rice le"], table)


def answers_csv(db: Database, ids: Sequence[int]) -> bytes:
    """One line per answer (a response without answers: one line with its state); the
    confidential questions (specific needs) left out."""
    query = (select(FormResponse, FormVersion, TrainingSession.code, Participant)
             .join(FormVersion, FormVersion.id == FormResponse.form_version_id)
             .join(TrainingSession, TrainingSession.id == FormResponse.session_id)
             .outerjoin(Registration, Registration.id == FormResponse.registration_id)
             .outerjoin(Participant, Participant.id == Registration.participant_id)
             .where(FormResponse.session_id.in_(ids))
             .order_by(TrainingSession.start_date, TrainingSession.code, FormVersion.key,
                       Participant.last_name, Participant.first_name, FormResponse.id))
    table: list[list[object]] = []
    with db.session() as s:
        for response, version, code, person in s.execute(query):
            state = {m.value: m.label for m in ResponseState}.get(response.status, response.status)
            head = [code, version.title, version.key, version.version, response.respondent,
                    _person(person, response.respondent_name), state, response.sent_at,
                    response.reminded_at, response.answered_at,
                    SOURCES.get(response.source, response.source)]
            template = stored(version)
            data = json.loads(response.answers or "{}")
            data = data if isinstance(data, dict) else {}
            objectives = [str(o) for o in data.get(OBJECTIVES_KEY, [])]
            lines = []
            if template is not None:
                for field in fields_for(template, objectives):
                    if field.sensitive or field.id not in data:
                        continue
                    question = field.question.label if field.objective is None and not \
                        field.is_comment else f"{field.question.label} — {field.label}"
                    lines.append([question, field.id, answer_text(data[field.id])])
            table += [[*head, *line] for line in lines] or [[*head, "", "", ""]]
    return csv_bytes(["Session", "Questionnaire", "Modèle", "Version", "Répondant", "Personne",
                      "État", "Envoyé le", "Relancé le", "Répondu le", "Origine", "Question",
                      "Champ", "Réponse"], table)
