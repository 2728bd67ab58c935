"""The year's figures (bilan de l'année): the activity report's key figures and tables, Qualiopi
indicator 2 and the pedagogical part of the BPF (cerfa 10443), from the file alone.

`year_stats(db, year)` reads the year once (formation.services.stats_rows, where the rules are:
which sessions, how hours-trainee are counted) and gives plain frozen values; `to_json` writes them
for scripts; formation.documents.stats_export and stats_pdf turn them into files.

Words used throughout:
- a session of the year has half-days in the year (cancelled ones are only counted); a session
  spanning two years counts in both, each with its own half-days;
- training days (journées de formation): for each session, the days with half-days held up to
  today, added up over the sessions, as the activity report's table adds its « Durée (jours) »;
  calendar days: distinct dates with training, whatever the number of sessions that day;
- a trainee (stagiaire) is a registration with hours-trainee in the year; someone in two sessions
  is two trainees and one person (participant·e). The splits give both counts; the key figures
  (women, men, employees…) count trainees, as the activity report does (« 50 stagiaires, dont 31
  femmes et 19 hommes »).
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from babel.numbers import format_decimal
from sqlalchemy import select

from formation.core import frenchfmt
from formation.core.enums import (
    Funding,
    Gender,
    LabelledEnum,
    ParticipantStatus,
    SessionKind,
)
from formation.core.text import fold
from formation.services import stats_bpf, stats_missing, stats_quality
from formation.services.stats_bpf import Bpf
from formation.services.stats_quality import Indicator2, Satisfaction
from formation.services.stats_rows import Basis, RegistrationYear, SessionYear, YearData, load
from formation.storage.database import Database
from formation.storage.models import Slot

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
GENDERS = {Gender.FEMALE: "Femmes", Gender.MALE: "Hommes", Gender.OTHER: "Autre / non précisé"}
NOT_GIVEN = "Non renseigné"
NO_COMMUNE = "Non renseignée"
JOB_SEEKERS, OTHER_SITUATIONS = "Demandeur·ses d'emploi", "Autres situations"
VOLUNTEERS = (ParticipantStatus.VOLUNTEER, ParticipantStatus.PROJECT_HOLDER)


@dataclass(frozen=True)
class KeyFigures:
    year: int
    sessions: int
    cancelled_sessions: int
    training_days: int  # days held, added up over the sessions
    calendar_days: int  # distinct dates with training
    days_to_come: int  # days of the year's sessions after today
    people: int  # distinct participants trained
    trainees: int  # registrations with hours in the year
    registrations: int  # registrations taking part (not waiting, not cancelled), trained or not yet
    hours_trainee_minutes: int
    attended_basis: int  # trainees counted on attendance
    planned_basis: int  # trainees counted on the planned half-days
    hours_basis: str  # the same, as a French sentence
    women: int  # trainees
    men: int
    employees: int
    volunteers: int  # volunteers and project holders
    job_seekers: int
    communes: int  # distinct communes of the people


@dataclass(frozen=True)
class SessionLine:
    """A row of the activity report's table."""

    code: str
    period: str  # "Janvier-février"
    title: str
    place: str
    days: int  # days with half-days in the year
    minutes: int  # planned minutes of the year's half-days
    participants: int  # trainees of the session in the year
    registered: int  # registrations taking part, trained or not yet
    kind: str
    status: str
    note: str  # "suite en 2027", "commencée en 2025"


@dataclass(frozen=True)
class SplitRow:
    key: str
    label: str
    people: int
    trainees: int
    minutes: int  # hours-trainee


@dataclass(frozen=True)
class Split:
    key: str
    title: str
    rows: tuple[SplitRow, ...]


@dataclass(frozen=True)
class YearStats:
    year: int
    as_of: date
    key: KeyFigures
    sessions: tuple[SessionLine, ...]
    splits: tuple[Split, ...]
    satisfaction: Satisfaction
    indicator2: Indicator2
    bpf: Bpf
    missing: tuple[str, ...]

    def split(self, key: str) -> Split:
        return next(s for s in self.splits if s.key == key)


# --- public API -------------------------------------------------------------------------------------

def year_stats(db: Database, year: int, *, today: date | None = None) -> YearStats:
    """The figures of `year` as they stand on `today` (by default, the real today)."""
    data = load(db, year, today or date.today())
    satisfaction, followup = stats_quality.satisfaction(db, data)
    return YearStats(
        year=year, as_of=data.today, key=_key_figures(data), sessions=_session_lines(data),
        splits=_splits(data), satisfaction=satisfaction,
        indicator2=stats_quality.indicator2(data, satisfaction, followup),
        bpf=stats_bpf.bpf(data), missing=stats_missing.missing(data))


def missing_data(db: Database, year: int, *, today: date | None = None) -> list[str]:
    """What prevents filling the year's figures and the BPF, in French (empty: nothing)."""
    return list(stats_missing.missing(load(db, year, today or date.today())))


def years(db: Database, today: date | None = None) -> list[int]:
    """The years with half-days in the file, and the current one, latest first."""
    with db.session() as s:
        days = list(s.scalars(select(Slot.day).distinct()))
    return sorted({d.year for d in days} | {(today or date.today()).year}, reverse=True)


def to_json(stats: YearStats) -> str:
    """The figures for scripts: minutes as integers, rates as percentages, dates as ISO."""
    data = dataclasses.asdict(stats)
    data["bpf"]["totals_equal"] = stats.bpf.totals_equal
    data["bpf"]["trainees"] = stats.bpf.trainees
    data["bpf"]["minutes"] = stats.bpf.minutes
    return json.dumps(data, ensure_ascii=False, indent=2, default=_json_value) + "\n"


def _json_value(value: object) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} n'a pas de forme JSON")


def number(value: float) -> str:
    """1234 -> '1 234' (French grouping, narrow no-break space), 3.5 -> '3,5'."""
    return format_decimal(value, format="#,##0.#", locale=frenchfmt.LOCALE)


def hours_text(minutes: int) -> str:
    """Decimal hours, to a tenth: 142020 -> '2 367'."""
    return number(round(minutes / 60, 1))


def percent_text(value: float | None) -> str:
    """'97,9 %', '—' when there is no rate."""
    return "—" if value is None else f"{number(round(value, 1))}\u00a0%"


def period(days: Iterable[date]) -> str:
    """'Mars', 'Janvier-février', 'Septembre-novembre': the months of the first and last day."""
    ordered = sorted(days)
    if not ordered:
        return ""
    first, last = MONTHS[ordered[0].month - 1], MONTHS[ordered[-1].month - 1]
    text = first if first == last else f"{first}-{last}"
    return text[:1].upper() + text[1:]


# --- key figures --------------------------------------------------------------------------------------

def _key_figures(data: YearData) -> KeyFigures:
    trainees = data.trainees
    people = {t.participant_id: t for t in trainees}
    attended = sum(1 for t in trainees if t.basis is Basis.ATTENDED)
    planned = sum(1 for t in trainees if t.basis is Basis.PLANNED)
    return KeyFigures(
        year=data.year, sessions=len(data.sessions), cancelled_sessions=len(data.cancelled_sessions),
        training_days=sum(len(s.held_days) for s in data.sessions),
        calendar_days=len({d for s in data.sessions for d in s.held_days}),
        days_to_come=sum(len(s.days) - len(s.held_days) for s in data.sessions),
        people=len(people), trainees=len(trainees), registrations=len(data.registrations),
        hours_trainee_minutes=sum(t.minutes for t in trainees), attended_basis=attended,
        planned_basis=planned, hours_basis=hours_basis(attended, planned),
        women=sum(1 for t in trainees if t.gender is Gender.FEMALE),
        men=sum(1 for t in trainees if t.gender is Gender.MALE),
        employees=sum(1 for t in trainees if t.status is ParticipantStatus.EMPLOYEE),
        volunteers=sum(1 for t in trainees if t.status in VOLUNTEERS),
        job_seekers=sum(1 for t in trainees if t.job_seeker),
        communes=len({fold(p.commune) for p in people.values() if p.commune}))


def hours_basis(attended: int, planned: int) -> str:
    """How the hours-trainee were counted, said once for the reader."""
    if not attended and not planned:
        return "Aucune heure-stagiaire pour l'instant."
    parts = []
    if attended:
        parts.append(f"d'après l'émargement (heures réellement suivies) pour {attended} stagiaire"
                     f"{'s' if attended > 1 else ''}")
    if planned:
        parts.append(f"d'après les heures prévues pour {planned} stagiaire{'s' if planned > 1 else ''}"
                     " (inscription terminée, sans émargement saisi)")
    return "Heures-stagiaires comptées " + ", et ".join(parts) + "."


# --- the sessions' table ------------------------------------------------------------------------------

def _session_lines(data: YearData) -> tuple[SessionLine, ...]:
    trained: dict[int, int] = defaultdict(int)
    registered: dict[int, int] = defaultdict(int)
    for r in data.registrations:
        registered[r.session_id] += 1
        trained[r.session_id] += r.trained
    return tuple(SessionLine(
        s.code, period(s.days), s.course_title, s.place, len(s.days), s.minutes, trained[s.id],
        registered[s.id], s.kind.label, s.status.label, _note(s, data.year))
        for s in data.sessions)


def _note(session: SessionYear, year: int) -> str:
    notes = []
    if session.earlier_year:
        notes.append(f"commencée en {session.first_day.year}")
    if session.later_year:
        notes.append(f"suite en {session.last_day.year}")
    return ", ".join(notes)


# --- splits -------------------------------------------------------------------------------------------

def _splits(data: YearData) -> tuple[Split, ...]:
    sessions = {s.id: s for s in data.sessions}
    trainees = data.trainees
    return (
        _split("gender", "Genre", trainees, lambda t: t.gender.value,
               {g.value: label for g, label in GENDERS.items()}),
        _split("status", "Situation", trainees, lambda t: t.status.value, _labels(ParticipantStatus)),
        _split("job_seekers", "Demandeur·ses d'emploi", trainees,
               lambda t: "yes" if t.job_seeker else "no", {"yes": JOB_SEEKERS, "no": OTHER_SITUATIONS}),
        _split("funding", "Financement", trainees,
               lambda t: t.funding.value if t.funding else "", {**_labels(Funding), "": NOT_GIVEN}),
        _split("kind", "Type de session", trainees, lambda t: sessions[t.session_id].kind.value,
               _labels(SessionKind)),
        _communes(trainees),
    )


def _labels(enum: type[LabelledEnum]) -> dict[str, str]:
    return {member.value: member.label for member in enum}


def _split(key: str, title: str, trainees: tuple[RegistrationYear, ...],
           category: Callable[[RegistrationYear], str], labels: dict[str, str]) -> Split:
    """Rows in the order of `labels`, those with trainees only."""
    people: dict[str, set[int]] = defaultdict(set)
    count: dict[str, int] = defaultdict(int)
    minutes: dict[str, int] = defaultdict(int)
    for t in trainees:
        code = category(t)
        people[code].add(t.participant_id)
        count[code] += 1
        minutes[code] += t.minutes
    return Split(key, title, tuple(SplitRow(code, label, len(people[code]), count[code], minutes[code])
                                   for code, label in labels.items() if count[code]))


def _communes(trainees: tuple[RegistrationYear, ...]) -> Split:
    names: dict[str, str] = {}
    for t in sorted(trainees, key=lambda t: t.registration_id):
        names.setdefault(fold(t.commune), t.commune or NO_COMMUNE)
    split = _split("commune", "Commune", trainees, lambda t: fold(t.commune), names)
    rows = sorted(split.rows, key=lambda r: (not r.key, -r.trainees, fold(r.label)))
    return Split(split.key, split.title, tuple(rows))
