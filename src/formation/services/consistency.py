"""The application's own consistency rules, beyond what the database enforces."""

from __future__ import annotations

from sqlalchemy import select

from formation.core import frenchfmt
from formation.core.enums import RegistrationStatus, SessionStatus
from formation.services.sessions import SEATED
from formation.storage.database import Database
from formation.storage.models import Session as TrainingSession


def problems(db: Database) -> list[str]:
    """What is wrong, one French sentence each, naming the session concerned."""
    found: list[str] = []
    with db.session() as s:
        for t in s.scalars(select(TrainingSession).order_by(TrainingSession.start_date)):
            found += _session_problems(t)
    return found


def _session_problems(t: TrainingSession) -> list[str]:
    found = []
    days = [slot.day for slot in t.slots]
    if not days and t.status != SessionStatus.CANCELLED:
        found.append(f"La session {t.code} n'a aucune demi-journée.")
    if days and (min(days) != t.start_date or max(days) != t.end_date):
        dates = frenchfmt.date_range(t.start_date, t.end_date)
        found.append(f"Les dates de la session {t.code} ({dates}) ne correspondent pas "
                     "à ses demi-journées.")
    seated = [r for r in t.registrations if r.status.value in SEATED]
    if len(seated) > t.capacity:
        found.append(f"La session {t.code} compte {len(seated)} inscrit·es pour "
                     f"{t.capacity} places.")
    if t.status == SessionStatus.COMPLETED:
        open_ones = [r for r in t.registrations if r.status in (
            RegistrationStatus.PRE_REGISTERED, RegistrationStatus.WAITING)]
        if open_ones:
            found.append(f"La session {t.code} est terminée mais {len(open_ones)} inscription(s) "
                         "sont restées en attente ou en pré-inscription.")
    for r in t.registrations:
        if r.status in (RegistrationStatus.CANCELLED, RegistrationStatus.ABANDONED) \
                and not r.status_reason:
            found.append(f"Une inscription à la session {t.code} est « {r.status.label} » "
                         "sans raison indiquée.")
    return found
