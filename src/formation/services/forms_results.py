"""Results of the questionnaires and grids: for one session, or every session of a course (in a year).

Satisfaction (Qualiopi indicator 30, and the activity report's « 77 % très bien, 21 % bien »): for
each choice, scale and yes/no question of the satisfaction templates, how many chose what, and the
share of satisfied answers (the rule is SATISFIED_RULE); the free comments with their session, never
with a name. Assessment (indicator 11): per objective, the levels at entry and at exit, the share
"acquis" at each, and how many participants progressed. Response rates: answered over prepared, by
questionnaire. `results_for` gives one participant's exit levels, for the attestation de fin de
formation.

Everything is read from the stored responses, each with the template version it was answered with
and the objectives it showed (forms_store): an answer counts under the question it was given to,
whatever later versions of the template say.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import extract, select

from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.core.text import fold
from formation.forms.model import (
    COMMENT_SUFFIX,
    FormKind,
    JsonValue,
    Question,
    QuestionType,
    Template,
    field_id,
)
from formation.services.forms_store import NOT_ASKED, OBJECTIVES_KEY, ResponseState, stored_template
from formation.services.records import get_or_404
from formation.storage.database import Database
from formation.storage.models import Course, FormResponse, FormVersion, Registration
from formation.storage.models import Session as TrainingSession

#: The four-level appreciation list of the satisfaction questionnaire, best first.
APPRECIATION = ("Très bien", "Bien", "Moyen", "Insuffisant")
#: The levels of that list that count as satisfied.
SATISFIED_LEVELS = ("Très bien", "Bien")
#: On a scale, a mark of at least 7 out of 10 counts as satisfied (on another scale: the same share
#: of its top mark, rounded up: 4 out of 5).
SCALE_SATISFIED_FROM, SCALE_OUT_OF = 7, 10
SATISFIED_RULE = ("Réponses satisfaites : « Très bien » ou « Bien » ; une note d'au moins "
                  f"{SCALE_SATISFIED_FROM} sur {SCALE_OUT_OF} ; « oui » à une question oui / non.")
YES, NO = "Oui", "Non"
#: Kinds whose response rates are shown, in the order of the cycle.
KIND_ORDER = tuple(FormKind)


def share(part: int, whole: int) -> float | None:
    """`part` out of `whole` as a percentage (0 to 100); None when nobody answered."""
    return part * 100 / whole if whole else None


def percent(value: float | None, decimals: int = 0) -> str:
    """'77 %', '77,8 %' (French decimal comma, no-break space); '—' when there is no rate."""
    if value is None:
        return "—"
    text = f"{value:.{decimals}f}".replace(".", ",")
    return f"{text}\u00a0%"


def satisfied_mark(top: int | None) -> int:
    """The lowest satisfied mark of a scale whose top mark is `top`: 7 out of 10, 4 out of 5."""
    return -(-(top or SCALE_OUT_OF) * SCALE_SATISFIED_FROM // SCALE_OUT_OF)


def is_appreciation(choices: Sequence[str]) -> bool:
    return [fold(c) for c in choices] == [fold(c) for c in APPRECIATION]


# --- what the results are made of ---------------------------------------------------------------

@dataclass(frozen=True)
class SessionRef:
    id: int
    code: str
    start: date
    end: date


@dataclass(frozen=True)
class Scope:
    """Which sessions the results cover: one, or those of a course (in a year)."""

    course_id: int
    course_code: str
    course_title: str
    sessions: tuple[SessionRef, ...]
    whole_course: bool = False
    year: int | None = None

    @property
    def label(self) -> str:
        """'Session FONCT-2026-03 (du 12/03/2026 au 13/03/2026)', or for a course
        'Toutes les sessions de 2026 (4 sessions)'."""
        if not self.whole_course and self.sessions:
            first = self.sessions[0]
            return f"Session {first.code} ({frenchfmt.date_range(first.start, first.end)})"
        count = len(self.sessions)
        when = f" de {self.year}" if self.year else ""
        return f"Toutes les sessions{when} ({count} session{'s' if count > 1 else ''})"

    @property
    def codes(self) -> str:
        return ", ".join(s.code for s in self.sessions)


@dataclass(frozen=True)
class ChoiceCount:
    label: str
    count: int
    #: Of those who answered the question (a multiple choice can add up to more than 100).
    percent: float | None


@dataclass(frozen=True)
class QuestionResult:
    template_key: str
    template_title: str
    question_id: str
    label: str
    type: QuestionType
    answered: int
    choices: tuple[ChoiceCount, ...]
    #: Satisfied answers (SATISFIED_RULE); None for a question the rule does not apply to.
    satisfied: int | None = None
    #: Scales: the mean mark and the bounds.
    mean: float | None = None
    scale: tuple[int, int] | None = None

    @property
    def satisfied_rate(self) -> float | None:
        return None if self.satisfied is None else share(self.satisfied, self.answered)

    @property
    def appreciation(self) -> bool:
        return self.type is QuestionType.SINGLE_CHOICE and is_appreciation(
            [c.label for c in self.choices])


@dataclass(frozen=True)
class Appreciation:
    """Every answer to the four-level appreciation questions, pooled: « 77 % très bien, 21 % bien »."""

    answers: int
    levels: tuple[ChoiceCount, ...]
    satisfied: int

    @property
    def satisfied_rate(self) -> float | None:
        return share(self.satisfied, self.answers)

    def level(self, label: str) -> ChoiceCount:
        return next(c for c in self.levels if fold(c.label) == fold(label))


@dataclass(frozen=True)
class Comment:
    session_code: str
    text: str


@dataclass(frozen=True)
class CommentGroup:
    template_key: str
    field_id: str
    label: str
    comments: tuple[Comment, ...]


@dataclass(frozen=True)
class ObjectiveResult:
    number: int
    text: str
    levels: tuple[str, ...]
    acquired_level: str
    entry: tuple[ChoiceCount, ...]
    exit: tuple[ChoiceCount, ...]
    entry_rated: int
    exit_rated: int
    entry_acquired: int
    exit_acquired: int
    #: Participants rated at entry and at exit, and those among them whose level rose.
    compared: int
    progressed: int

    @property
    def entry_acquired_rate(self) -> float | None:
        return share(self.entry_acquired, self.entry_rated)

    @property
    def exit_acquired_rate(self) -> float | None:
        return share(self.exit_acquired, self.exit_rated)

    @property
    def progressed_rate(self) -> float | None:
        return share(self.progressed, self.compared)


@dataclass(frozen=True)
class ResponseRate:
    template_key: str
    title: str
    kind: FormKind
    prepared: int
    answered: int

    @property
    def rate(self) -> float | None:
        return share(self.answered, self.prepared)


@dataclass(frozen=True)
class Results:
    scope: Scope
    questions: tuple[QuestionResult, ...]
    appreciation: Appreciation
    comments: tuple[CommentGroup, ...]
    objectives: tuple[ObjectiveResult, ...]
    rates: tuple[ResponseRate, ...]
    #: Satisfaction questionnaires answered, assessment grids answered.
    respondents: int
    assessed: int

    def rate_of(self, kind: FormKind) -> ResponseRate | None:
        """The response rate of all the templates of this kind together."""
        found = [r for r in self.rates if r.kind is kind]
        if not found:
            return None
        return ResponseRate("", kind.label, kind, sum(r.prepared for r in found),
                            sum(r.answered for r in found))

    @property
    def empty(self) -> bool:
        return not (self.respondents or self.assessed)


# --- which sessions ------------------------------------------------------------------------------

def session_scope(db: Database, session_id: int) -> Scope:
    with db.session() as s:
        row = get_or_404(s, TrainingSession, session_id, "Session")
        return Scope(row.course_id, row.course.code, row.course.title, (_ref(row),))


def course_scope(db: Database, course_id: int, year: int | None = None) -> Scope:
    """Every session of the course (starting in `year`, when given), by date."""
    query = (select(TrainingSession).where(TrainingSession.course_id == course_id)
             .order_by(TrainingSession.start_date, TrainingSession.code))
    if year is not None:
        query = query.where(extract("year", TrainingSession.start_date) == year)
    with db.session() as s:
        course = get_or_404(s, Course, course_id, "Formation")
        refs = tuple(_ref(row) for row in s.scalars(query))
        return Scope(course.id, course.code, course.title, refs, whole_course=True, year=year)


def course_id_by_code(db: Database, code: str) -> int:
    with db.session() as s:
        found = s.scalar(select(Course.id).where(Course.code == code.strip()))
    if found is None:
        raise FormationError(f"Aucune formation n'a le code « {code} ».")
    return found


def _ref(row: TrainingSession) -> SessionRef:
    return SessionRef(row.id, row.code, row.start_date, row.end_date)


def session_results(db: Database, session_id: int) -> Results:
    return results(db, session_scope(db, session_id))


def course_results(db: Database, course_id: int, year: int | None = None) -> Results:
    return results(db, course_scope(db, course_id, year))


# --- reading the responses ----------------------------------------------------------------------

@dataclass(frozen=True)
class _Row:
    response_id: int
    session_code: str
    registration_id: int | None
    template: Template
    answered: bool
    answered_at: datetime | None
    #: Still expected: answered, or prepared for someone still coming.
    counted: bool
    objectives: tuple[str, ...]
    answers: dict[str, JsonValue]


def _rows(db: Database, session_ids: Sequence[int], registration_id: int | None = None) -> list[_Row]:
    query = (select(FormResponse, FormVersion, Registration.status, TrainingSession.code)
             .join(FormVersion, FormVersion.id == FormResponse.form_version_id)
             .join(TrainingSession, TrainingSession.id == FormResponse.session_id)
             .outerjoin(Registration, Registration.id == FormResponse.registration_id)
             .order_by(TrainingSession.start_date, FormResponse.id))
    if registration_id is not None:
        query = query.where(FormResponse.registration_id == registration_id)
    else:
        query = query.where(FormResponse.session_id.in_(list(session_ids)))
    rows = []
    with db.session() as s:
        for response, version, status, code in s.execute(query):
            answered = response.status == ResponseState.ANSWERED.value
            data = _decode(response.answers)
            objectives = data.pop(OBJECTIVES_KEY, [])
            rows.append(_Row(
                response.id, code, response.registration_id, stored_template(version), answered,
                response.answered_at, answered or status not in NOT_ASKED,
                tuple(str(o) for o in objectives) if isinstance(objectives, list) else (),
                {k: v for k, v in data.items() if not k.startswith("_")}))
    return rows


def _decode(text: str | None) -> dict[str, Any]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def results(db: Database, scope: Scope, kind: FormKind = FormKind.SATISFACTION) -> Results:
    """The results of the scope's sessions; `kind` picks the questionnaires read question by
    question (satisfaction by default; FOLLOWUP for the questionnaire three months after)."""
    rows = _rows(db, [ref.id for ref in scope.sessions])
    current = _current_objectives(db, scope.course_id)
    asked = [r for r in rows if r.answered and r.template.kind is kind]
    assessed = [r for r in rows if r.answered and r.template.kind is FormKind.ASSESSMENT]
    questions = _questions(asked)
    return Results(scope, questions, _appreciation(asked), _comments(asked),
                   _objectives(assessed, current), _rates(rows), len(asked), len(assessed))


def _current_objectives(db: Database, course_id: int) -> tuple[str, ...]:
    with db.session() as s:
        course = get_or_404(s, Course, course_id, "Formation")
        return tuple(o.text for o in course.objectives)


# --- satisfaction, question by question ------------------------------------------------------------

def _latest(rows: Iterable[_Row]) -> dict[str, Template]:
    """The newest version of each template key among the rows: it gives labels and order."""
    newest: dict[str, Template] = {}
    for row in rows:
        known = newest.get(row.template.key)
        if known is None or row.template.version > known.version:
            newest[row.template.key] = row.template
    return dict(sorted(newest.items()))


COUNTED_TYPES = (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.SCALE,
                 QuestionType.YES_NO)
TEXT_TYPES = (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT)


def _ordered_questions(rows: Sequence[_Row]) -> list[tuple[Template, Question]]:
    """(template, question) of every question answered, the newest version's order first, then
    questions only older versions had."""
    latest = _latest(rows)
    seen: set[tuple[str, str]] = set()
    ordered: list[tuple[Template, Question]] = []
    versions = sorted({(r.template.key, r.template.version): r.template for r in rows}.values(),
                      key=lambda t: (t.key, -t.version))
    for key, template in latest.items():
        for version in [template, *(t for t in versions if t.key == key and t is not template)]:
            for question in version.questions():
                if (key, question.id) not in seen and not question.sensitive:
                    seen.add((key, question.id))
                    ordered.append((version, question))
    return ordered


def _own(template: Template, question_id: str) -> Question | None:
    """The question as the version a response was made with asked it."""
    try:
        return template.question(question_id)
    except KeyError:
        return None


def _questions(rows: Sequence[_Row]) -> tuple[QuestionResult, ...]:
    found = []
    for template, question in _ordered_questions(rows):
        if question.type not in COUNTED_TYPES:
            continue
        given = [(own, r.answers[question.id]) for r in rows
                 if r.template.key == template.key and question.id in r.answers
                 and (own := _own(r.template, question.id)) is not None and own.type is question.type]
        found.append(_question(template, question, given))
    return tuple(found)


def _has_rule(question: Question) -> bool:
    """Whether SATISFIED_RULE says which answers of this question are satisfied."""
    return question.type in (QuestionType.YES_NO, QuestionType.SCALE) or (
        question.type is QuestionType.SINGLE_CHOICE and is_appreciation(question.choices))


def _satisfied(question: Question, value: JsonValue) -> bool:
    """Judged by the question as it was asked: a later version's new choices change nothing."""
    if question.type is QuestionType.YES_NO:
        return value is True
    if question.type is QuestionType.SCALE:
        return isinstance(value, int) and value >= satisfied_mark(question.max)
    return _has_rule(question) and isinstance(value, str) and fold(value) in {
        fold(level) for level in SATISFIED_LEVELS}


def _question(template: Template, question: Question,
              given: list[tuple[Question, JsonValue]]) -> QuestionResult:
    values = [value for _, value in given]
    answered = len(values)
    mean: float | None = None
    scale: tuple[int, int] | None = None
    if question.type is QuestionType.YES_NO:
        labels: list[str] = [YES, NO]
        counts = Counter(YES if v is True else NO for v in values)
    elif question.type is QuestionType.SCALE:
        marks = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
        labels = [str(n) for n in question.scale_values]
        counts = Counter(str(v) for v in marks)
        mean = sum(marks) / len(marks) if marks else None
        scale = (question.min or 0, question.max or 0)
    else:
        labels = list(question.choices)
        counts = Counter(str(item) for v in values for item in (v if isinstance(v, list) else [v]))
    labels += [label for label in counts if label not in labels]  # a choice of an older version
    choices = tuple(ChoiceCount(label, counts[label], share(counts[label], answered))
                    for label in labels)
    ruled = _has_rule(question) or any(_has_rule(own) for own, _ in given)
    satisfied = sum(1 for own, value in given if _satisfied(own, value)) if ruled else None
    return QuestionResult(template.key, template.title, question.id, question.label, question.type,
                          answered, choices, satisfied, mean, scale)


def _appreciation(rows: Sequence[_Row]) -> Appreciation:
    """Every answer given to a question asked with the four-level list, in whatever version."""
    pooled: Counter[str] = Counter()
    for row in rows:
        for question in row.template.questions():
            value = row.answers.get(question.id)
            if question.type is QuestionType.SINGLE_CHOICE and not question.sensitive \
                    and is_appreciation(question.choices) and isinstance(value, str):
                pooled[fold(value)] += 1
    total = sum(pooled.values())
    levels = tuple(ChoiceCount(level, pooled[fold(level)], share(pooled[fold(level)], total))
                   for level in APPRECIATION)
    return Appreciation(total, levels, sum(pooled[fold(level)] for level in SATISFIED_LEVELS))


def _comments(rows: Sequence[_Row]) -> tuple[CommentGroup, ...]:
    groups = []
    for template, question in _ordered_questions(rows):
        ids: list[tuple[str, str]] = []
        if question.type in TEXT_TYPES:
            ids.append((question.id, question.label))
        if question.comment and not question.is_matrix:
            ids.append((field_id(question.id, None, COMMENT_SUFFIX),
                        f"{question.label} — {question.comment_label}"))
        for key, label in ids:
            comments = tuple(Comment(r.session_code, text) for r in rows
                             if r.template.key == template.key
                             and isinstance(text := r.answers.get(key), str) and text.strip())
            if comments:
                groups.append(CommentGroup(template.key, key, label, comments))
    return tuple(groups)


# --- assessment, objective by objective -----------------------------------------------------------

@dataclass(frozen=True)
class _Rating:
    """One participant's levels on one objective, with the scale they were rated on."""

    columns: tuple[str, ...]
    entry: str | None
    exit: str | None


def _matrix(template: Template) -> Question | None:
    return next((q for q in template.questions() if q.is_matrix), None)


def _ratings(row: _Row) -> list[tuple[str, _Rating]]:
    """(objective text, rating) for each objective of the grid the row answered."""
    question = _matrix(row.template)
    if question is None:
        return []
    phases = question.phases
    found = []
    for number, objective in enumerate(row.objectives, start=1):
        if phases:
            entry = row.answers.get(field_id(question.id, number, phases[0].id))
            exit_ = row.answers.get(field_id(question.id, number, phases[-1].id))
            if len(phases) == 1:
                entry = None
        else:
            entry, exit_ = None, row.answers.get(field_id(question.id, number))
        found.append((objective, _Rating(question.columns, _level(entry), _level(exit_))))
    return found


def _level(value: JsonValue | None) -> str | None:
    return value if isinstance(value, str) and value else None


def _objectives(rows: Sequence[_Row], current: Sequence[str]) -> tuple[ObjectiveResult, ...]:
    """Grouped by objective text (case and accents ignored), in the course's present order; an
    objective since reworded or removed comes after, under the words the grid showed."""
    texts: dict[str, str] = {fold(text): text for text in current}
    by_objective: dict[str, list[_Rating]] = defaultdict(list)
    for row in rows:
        for objective, rating in _ratings(row):
            key = fold(objective)
            texts.setdefault(key, objective)
            by_objective[key].append(rating)
    latest = _latest(rows)
    matrices = [m for t in latest.values() if (m := _matrix(t)) is not None]
    columns = matrices[0].columns if matrices else ()
    found = []
    for number, (key, text) in enumerate(texts.items(), start=1):
        ratings = by_objective.get(key, [])
        if not ratings:
            continue
        found.append(_objective(number, text, columns, ratings))
    return tuple(found)


def _objective(number: int, text: str, columns: tuple[str, ...],
               ratings: list[_Rating]) -> ObjectiveResult:
    levels = list(columns)
    for rating in ratings:
        levels += [c for c in rating.columns if c not in levels]
    entries = [r.entry for r in ratings if r.entry]
    exits = [r.exit for r in ratings if r.exit]

    def distribution(values: list[str]) -> tuple[ChoiceCount, ...]:
        counts = Counter(values)
        return tuple(ChoiceCount(level, counts[level], share(counts[level], len(values)))
                     for level in levels)

    def acquired(value: str | None, rating: _Rating) -> bool:
        return bool(value and rating.columns and value == rating.columns[-1])

    both = [r for r in ratings if r.entry and r.exit]
    progressed = sum(1 for r in both if _rank(r, r.exit) > _rank(r, r.entry))
    return ObjectiveResult(
        number, text, tuple(levels), columns[-1] if columns else "", distribution(entries),
        distribution(exits), len(entries), len(exits),
        sum(1 for r in ratings if acquired(r.entry, r)), sum(1 for r in ratings if acquired(r.exit, r)),
        len(both), progressed)


def _rank(rating: _Rating, value: str | None) -> int:
    return rating.columns.index(value) if value in rating.columns else -1


# --- response rates -------------------------------------------------------------------------------

def _rates(rows: Sequence[_Row]) -> tuple[ResponseRate, ...]:
    latest = _latest(rows)
    prepared: Counter[str] = Counter(r.template.key for r in rows if r.counted)
    answered: Counter[str] = Counter(r.template.key for r in rows if r.answered)
    found = [ResponseRate(key, template.title, template.kind, prepared[key], answered[key])
             for key, template in latest.items() if prepared[key]]
    return tuple(sorted(found, key=lambda r: (KIND_ORDER.index(r.kind), r.template_key)))


# --- one participant's results, for the attestation de fin de formation -----------------------------

def results_for(db: Database, registration_id: int) -> dict[str, str]:
    """{objective: exit level} from the participant's latest answered assessment grid; {} if none.

    Keys are the course's present objectives (what the attestation prints): a grid objective since
    reworded or removed is left out rather than refused, and that objective reads « Non évalué »."""
    rows = [r for r in _rows(db, (), registration_id)
            if r.answered and r.template.kind is FormKind.ASSESSMENT]
    if not rows:
        return {}
    latest = max(rows, key=lambda r: (r.answered_at or datetime.min, r.response_id))
    with db.session() as s:
        registration = get_or_404(s, Registration, registration_id, "Inscription")
        current = {fold(o.text): o.text for o in registration.session.course.objectives}
    found = {}
    for objective, rating in _ratings(latest):
        text = current.get(fold(objective))
        if text is not None and rating.exit:
            found[text] = rating.exit
    return found
