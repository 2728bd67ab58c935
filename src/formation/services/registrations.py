"""Registering participants into sessions, with capacity and a waiting list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from formation.core.enums import Funding, ParticipantStatus, RegistrationStatus
from formation.core.errors import SessionFullError, ValidationError
from formation.services.hours import session_hours
from formation.services.records import get_or_404
from formation.services.sessions import SEATED
from formation.storage.database import Database
from formation.storage.models import Participant, Registration
from formation.storage.models import Session as TrainingSession

NEEDS_A_REASON = {RegistrationStatus.CANCELLED, RegistrationStatus.ABANDONED}


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    participant_id: int
    participant_name: str
    participant_status: ParticipantStatus
    structure: str
    status: RegistrationStatus
    registered_on: date
    status_reason: str
    funding: Funding | None
    amount_cents: int
    attended_minutes: int = 0  # from the attendance recorded so far


def seats_taken(db: Database, session_id: int) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(Registration.id))
                        .where(Registration.session_id == session_id,
                               Registration.status.in_(SEATED))) or 0


def register(db: Database, participant_id: int, session_id: int, *,
             funding: Funding | None = None, amount_cents: int = 0,
             waiting_list: bool = False, today: date | None = None) -> int:
    """Register someone; a full session raises SessionFullError unless `waiting_list`."""
    today = today or date.today()
    with db.begin() as s:
        session = get_or_404(s, TrainingSession, session_id, "Session")
        get_or_404(s, Participant, participant_id, "Participant·e")
        already = s.scalar(select(Registration).where(
            Registration.participant_id == participant_id, Registration.session_id == session_id))
        if already is not None:
            raise ValidationError({"participant_id": "Cette personne est déjà inscrite à cette "
                                   f"session ({already.status.label.lower()})."})
        full = seats_taken(db, session_id) >= session.capacity
        if full and not waiting_list:
            raise SessionFullError(session.capacity)
        registration = Registration(
            participant_id=participant_id, session_id=session_id, funding=funding,
            amount_cents=amount_cents, registered_on=today,
            status=RegistrationStatus.WAITING if full else RegistrationStatus.REGISTERED)
        s.add(registration)
        s.flush()
        return registration.id


def set_status(db: Database, registration_id: int, status: RegistrationStatus,
               reason: str = "", on: date | None = None) -> None:
    """Change a registration's status; a cancellation or abandonment needs its reason."""
    if status in NEEDS_A_REASON and not reason.strip():
        raise ValidationError({"status_reason": "Indiquez la raison de l'annulation ou de "
                               "l'abandon : elle sert au suivi qualité (indicateur 12)."})
    with db.begin() as s:
        registration = get_or_404(s, Registration, registration_id, "Inscription")
        if status.takes_a_seat and not registration.status.takes_a_seat:
            session = registration.session
            if seats_taken(db, session.id) >= session.capacity:
                raise SessionFullError(session.capacity)
        registration.status = status
        registration.status_reason = reason.strip()
        registration.status_changed_on = on or date.today()


def list_registrations(db: Database, session_id: int) -> list[RegistrationRow]:
    query = (select(Registration).where(Registration.session_id == session_id)
             .options(selectinload(Registration.participant).selectinload(Participant.structure))
             .order_by(Registration.created_at, Registration.id))
    attended = {h.registration_id: h.attended_minutes for h in session_hours(db, session_id)}
    with db.session() as s:
        return [_row(r, attended.get(r.id, 0)) for r in s.scalars(query)]


def _row(r: Registration, attended_minutes: int) -> RegistrationRow:
    p = r.participant
    return RegistrationRow(r.id, p.id, f"{p.last_name.upper()} {p.first_name}", p.status,
                           p.structure.name if p.structure else "", r.status, r.registered_on,
                           r.status_reason, r.funding, r.amount_cents, attended_minutes)
