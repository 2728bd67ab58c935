"""What keeps the year's figures and the BPF from being filled in completely, said in French.

Each line names what to complete and where, so that it can be fixed in the file before the
declaration: courses without NSF code, registrations without funding, participants without gender
or commune, employees without employer, sessions without trainer, half-days without attendance,
finished sessions whose registrations were never closed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from formation.core.enums import Gender, Nature, ParticipantStatus, RegistrationStatus
from formation.services.stats_rows import Basis, RegistrationYear, YearData

NAMES_SHOWN = 6
STILL_OPEN = (RegistrationStatus.REGISTERED, RegistrationStatus.PRE_REGISTERED)


def _names(names: Sequence[str]) -> str:
    unique = sorted(set(names), key=str.casefold)
    shown = ", ".join(unique[:NAMES_SHOWN])
    return shown + (f"… (et {len(unique) - NAMES_SHOWN} autres)" if len(unique) > NAMES_SHOWN else "")


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


def missing(data: YearData) -> tuple[str, ...]:
    lines: list[str] = []
    lines += _courses(data)
    lines += _sessions(data)
    lines += _registrations(data)
    lines += _people(data.trainees)
    return tuple(lines)


def _courses(data: YearData) -> list[str]:
    lines = []
    courses = {s.course_id: s for s in data.sessions}
    for session in sorted(courses.values(), key=lambda s: s.course_code):
        code = session.nsf_code
        if not (len(code) == 3 and code.isdigit()):
            lines.append(f"Code NSF manquant pour la formation « {session.course_title} » "
                         f"({session.course_code}) : ses stagiaires vont dans « Autres "
                         "spécialités » (cadre F-4).")
        if session.nature is Nature.APPRENTICESHIP:
            lines.append(f"La formation « {session.course_title} » est une action par "
                         "apprentissage : indiquez sur le BPF le niveau du diplôme ou du titre "
                         "visé (cadre F-3, ligne a).")
    return lines


def _sessions(data: YearData) -> list[str]:
    lines = [f"La session {code} n'a aucune demi-journée : elle n'est pas comptée."
             for code in data.sessions_without_slots]
    trained = {t.session_id for t in data.trainees}
    for session in data.sessions:
        if not session.trainers and session.held_days:
            lines.append(f"Aucun·e formateur·rice pour la session {session.code} : ses heures "
                         "manquent au cadre E.")
        if session.unrecorded_half_days and (session.id in trained or _open(data, session.id)):
            count = _plural(session.unrecorded_half_days, "demi-journée passée",
                            "demi-journées passées")
            lines.append(f"Session {session.code} : émargement non saisi pour {count} ; leurs "
                         "heures ne sont comptées que pour les inscriptions terminées sans aucun "
                         "émargement (sur les heures prévues).")
    return lines


def _open(data: YearData, session_id: int) -> bool:
    return any(r.session_id == session_id for r in data.registrations)


def _registrations(data: YearData) -> list[str]:
    lines = []
    no_funding: dict[str, list[str]] = defaultdict(list)
    never_closed: dict[str, list[str]] = defaultdict(list)
    codes = {s.id: s.code for s in data.sessions}
    ended = {s.id for s in data.sessions if s.last_day < data.today}
    for r in data.registrations:
        if r.trained and r.funding is None:
            no_funding[codes[r.session_id]].append(r.name)
        if (r.session_id in ended and r.registration_status in STILL_OPEN
                and r.basis is Basis.NONE):
            never_closed[codes[r.session_id]].append(r.name)
    for code, names in sorted(no_funding.items()):
        lines.append(f"Session {code} : financement non renseigné pour "
                     f"{_plural(len(names), 'inscription', 'inscriptions')} ({_names(names)}).")
    for code, names in sorted(never_closed.items()):
        lines.append(f"Session {code} terminée : {_plural(len(names), 'inscription', 'inscriptions')}"
                     f" ni terminée(s) ni en abandon, sans émargement ({_names(names)}) : leurs "
                     "heures ne comptent pas.")
    return lines


def _people(trainees: Sequence[RegistrationYear]) -> list[str]:
    people = {t.participant_id: t for t in trainees}.values()
    checks = [
        ([p.name for p in people if p.gender is Gender.OTHER],
         "genre « Autre / non précisé » (à vérifier)"),
        ([p.name for p in people if not p.commune], "commune non renseignée"),
        ([p.name for p in people if p.status is ParticipantStatus.EMPLOYEE and not p.has_employer],
         "salarié·e sans employeur renseigné (cadre F-1 a)"),
    ]
    return [f"{what[:1].upper()}{what[1:]} : {_plural(len(names), 'participant·e', 'participant·es')}"
            f" ({_names(names)})." for names, what in checks if names]
