"""When a document may not be issued, and the French sentence saying what to do about it."""

from __future__ import annotations

from datetime import datetime

from formation.core import frenchfmt
from formation.core.enums import RegistrationStatus, SessionStatus
from formation.core.errors import FormationError
from formation.core.planning import SlotTimes
from formation.documents.convention import covered
from formation.documents.facts import Facts, ParticipantFacts, SessionFacts
from formation.documents.kinds import Kind, Target
from formation.services import people

# Who may have a certificate: those who came, including those who left before the end.
ATTENDED = {RegistrationStatus.REGISTERED, RegistrationStatus.COMPLETED,
            RegistrationStatus.ABANDONED}
SETTINGS = "Paramètres > Organisme"


class IssuingRefused(FormationError):
    """A document that cannot be issued as things are; the message says what to do."""


class OrganisationIncomplete(IssuingRefused):
    pass


class SessionNotEnded(IssuingRefused):
    pass


class NoAttendance(IssuingRefused):
    pass


class NotEligible(IssuingRefused):
    """Not for this person or structure: waiting list, cancelled, no hours, no staff…"""


def check(facts: Facts, kind: Kind, target: Target, now: datetime) -> None:
    check_organisation(facts, kind)
    if kind.target == "registration":
        assert target.registration_id is not None
        person = facts.participant(target.registration_id)
        _check_person(facts, kind, person, facts.session(person.session_id), now)
    elif kind.target == "structure":
        assert target.session_id is not None and target.structure_id is not None
        _check_structure(facts, facts.session(target.session_id), target.structure_id)


def check_organisation(facts: Facts, kind: Kind) -> None:
    org = facts.issuer()
    missing = []
    if not org.name:
        missing.append(f"Renseignez le nom de l'organisme dans {SETTINGS}.")
    if not org.nda:
        missing.append(f"Renseignez le NDA dans {SETTINGS} : il figure sur chaque document.")
    if kind.signed and not (org.representative and org.representative_title):
        missing.append(f"Renseignez le représentant légal (nom et qualité) dans {SETTINGS} : "
                       "c'est lui ou elle qui signe les documents.")
    if kind.signed and not org.town:
        missing.append(f"Renseignez la ville de l'organisme dans {SETTINGS} (« Fait à … »).")
    if missing:
        raise OrganisationIncomplete(" ".join(missing))


def _check_person(facts: Facts, kind: Kind, person: ParticipantFacts, session: SessionFacts,
                  now: datetime) -> None:
    who = f"{person.first_name} {person.last_name}".strip()
    status = person.registration_status
    if session.status == SessionStatus.CANCELLED:
        raise NotEligible(f"La session {session.code} est annulée : aucun document à lui délivrer.")
    if not kind.certificate:
        if not status.takes_a_seat:
            raise NotEligible(f"{who} n'a pas de place dans la session {session.code} "
                              f"({status.label.lower()}) : pas de convocation.")
        return
    if status not in ATTENDED:
        raise NotEligible(f"{who} n'a pas suivi la session {session.code} "
                          f"(inscription : {status.label.lower()}).")
    check_ended(session, now)
    _check_attendance(facts, kind, who, session, person.registration_id)


def check_ended(session: SessionFacts, now: datetime) -> None:
    if now < session.ends_at:
        end = session.ends_at
        raise SessionNotEnded(
            f"La session {session.code} n'est pas terminée : elle finit le "
            f"{frenchfmt.short_date(end.date())} à {frenchfmt.clock(end.time())}. Les certificats et "
            "attestations se délivrent après la dernière demi-journée.")


def _check_attendance(facts: Facts, kind: Kind, who: str, session: SessionFacts,
                      registration_id: int) -> None:
    hours = facts.hours(session.id).get(registration_id)
    statuses = hours.statuses if hours else ()
    if not any(statuses):
        raise NoAttendance(f"Aucune présence enregistrée pour {who} : remplissez l'émargement de "
                           f"la session {session.code}.")
    missing = [slot for slot, status in zip(session.slots, statuses, strict=False) if status is None]
    if missing:
        raise NoAttendance(
            f"Émargement incomplet pour {who} : rien n'est enregistré pour "
            + ", ".join(_half_day(slot) for slot in missing)
            + f". Complétez l'émargement de la session {session.code}.")
    if hours is not None and not hours.attended_minutes and kind.code != "assiduite":
        raise NotEligible(f"{who} n'a suivi aucune heure de la session {session.code} : "
                          "il n'y a rien à certifier.")


def _half_day(slot: SlotTimes) -> str:
    return f"le {frenchfmt.short_date(slot.day)} {'matin' if slot.is_morning else 'après-midi'}"


def _check_structure(facts: Facts, session: SessionFacts, structure_id: int) -> None:
    if session.status == SessionStatus.CANCELLED:
        raise NotEligible(f"La session {session.code} est annulée : pas de convention.")
    if not covered(facts.participants(session.id), structure_id, session.client_id):
        name = people.get_structure(facts.db, structure_id).name
        raise NotEligible(f"Aucun·e participant·e de {name} n'a de place dans la session "
                          f"{session.code} : pas de convention à établir.")
