"""The year's quality figures: Qualiopi indicator 2 (results shown to the public).

- Satisfaction: the satisfaction questionnaires (à chaud) of the sessions that END in the year (a
  session spanning two years is asked once, at its end), read by formation.services.forms_results:
  every answer to the four-level appreciation questions pooled; satisfied = « Très bien » or
  « Bien » (the activity report's « 77 % très bien, 21 % bien »).
- Completion: completed registrations over completed and abandoned ones, of the year's sessions.
- Follow-up (à froid): answered over prepared questionnaires, of the sessions that end in the year.
Rates are percentages (0 to 100), None when there is nothing to divide by.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from formation.core.enums import RegistrationStatus
from formation.forms.model import FormKind
from formation.services import forms_results
from formation.services.forms_results import APPRECIATION, Results, Scope, SessionRef, share
from formation.services.stats_rows import SessionYear, YearData
from formation.storage.database import Database


@dataclass(frozen=True)
class Level:
    label: str
    count: int
    percent: float | None


@dataclass(frozen=True)
class Satisfaction:
    sessions: int  # sessions ending in the year, whose questionnaires are read
    prepared: int  # satisfaction questionnaires prepared (or answered)
    answered: int
    response_rate: float | None
    answers: int  # answers to the appreciation questions, pooled
    levels: tuple[Level, ...]  # « Très bien », « Bien », « Moyen », « Insuffisant »
    satisfied: int
    rate: float | None  # satisfied answers over answers


@dataclass(frozen=True)
class Indicator2:
    """Qualiopi indicator 2: how many were trained, satisfaction, completion, follow-up."""

    people: int  # distinct people trained in the year
    trainees: int  # registrations with hours in the year
    satisfaction_rate: float | None
    satisfaction_answers: int
    completed: int
    abandoned: int
    completion_rate: float | None
    followup_prepared: int
    followup_answered: int
    followup_rate: float | None


def ending_sessions(data: YearData) -> list[SessionYear]:
    return [s for s in data.sessions if s.last_day.year == data.year]


def _results(db: Database, data: YearData) -> list[Results]:
    """forms_results' figures for each course, over its sessions ending in the year."""
    by_course: dict[int, list[SessionYear]] = defaultdict(list)
    for session in ending_sessions(data):
        by_course[session.course_id].append(session)
    found = []
    for course_id, sessions in sorted(by_course.items()):
        refs = tuple(SessionRef(s.id, s.code, s.first_day, s.last_day) for s in sessions)
        scope = Scope(course_id, sessions[0].course_code, sessions[0].course_title, refs,
                      whole_course=True, year=data.year)
        found.append(forms_results.results(db, scope))
    return found


def _rate(results: list[Results], kind: FormKind) -> tuple[int, int]:
    prepared = answered = 0
    for result in results:
        rate = result.rate_of(kind)
        if rate is not None:
            prepared += rate.prepared
            answered += rate.answered
    return prepared, answered


def satisfaction(db: Database, data: YearData) -> tuple[Satisfaction, tuple[int, int]]:
    """The satisfaction figures, and (prepared, answered) follow-up questionnaires."""
    results = _results(db, data)
    pooled: Counter[str] = Counter()
    answers = satisfied = 0
    for result in results:
        appreciation = result.appreciation
        answers += appreciation.answers
        satisfied += appreciation.satisfied
        for level in appreciation.levels:
            pooled[level.label] += level.count
    prepared, answered = _rate(results, FormKind.SATISFACTION)
    levels = tuple(Level(label, pooled[label], share(pooled[label], answers))
                   for label in APPRECIATION)
    return (Satisfaction(len(ending_sessions(data)), prepared, answered, share(answered, prepared),
                         answers, levels, satisfied, share(satisfied, answers)),
            _rate(results, FormKind.FOLLOWUP))


def indicator2(data: YearData, satisfaction: Satisfaction,
               followup: tuple[int, int]) -> Indicator2:
    statuses = Counter(r.registration_status for r in data.registrations)
    completed = statuses[RegistrationStatus.COMPLETED]
    abandoned = statuses[RegistrationStatus.ABANDONED]
    trainees = data.trainees
    prepared, answered = followup
    return Indicator2(
        people=len({t.participant_id for t in trainees}), trainees=len(trainees),
        satisfaction_rate=satisfaction.rate, satisfaction_answers=satisfaction.answers,
        completed=completed, abandoned=abandoned,
        completion_rate=share(completed, completed + abandoned),
        followup_prepared=prepared, followup_answered=answered,
        followup_rate=share(answered, prepared))
