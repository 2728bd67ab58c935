"""Questionnaires and grids as data: one template drives the screen form, the PDF and the import.

A template (read from a TOML file by `formation.forms.parser`) holds sections of questions. At render
time, a course's objectives turn each `objectives_matrix` question into one answer field per objective
(and per phase, e.g. at entry and at exit): `fields_for` lists every answer field with a stable id,
and answers are stored by those ids, so the screen, the PDF's form fields and a CSV's columns all
share them. Nothing here knows about Qt or PDF.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from formation.core.enums import LabelledEnum
from formation.core.errors import ValidationError
from formation.core.text import fold

#: Separates the parts of a field id: `acquis__3__sortie`, `statut__commentaire`.
SEPARATOR = "__"
#: Last part of the id of a question's (or a matrix row's) free comment field.
COMMENT_SUFFIX = "commentaire"

ID_PATTERN = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
"""Question ids and template keys: snake_case, ASCII, no double underscore (it separates parts)."""

JsonValue = str | int | bool | list[str]
"""What a normalised answer is: text, choice, date (ISO text), scale (int), yes/no, choices (list)."""


class FormKind(LabelledEnum):
    NEEDS = "needs", "Analyse des besoins"
    POSITIONING = "positioning", "Positionnement"
    ASSESSMENT = "assessment", "Évaluation des acquis"
    SATISFACTION = "satisfaction", "Satisfaction à chaud"
    FOLLOWUP = "followup", "Évaluation à froid"
    EMPLOYER = "employer", "Questionnaire employeur"
    TRAINER = "trainer", "Appréciation du formateur ou de la formatrice"
    REVIEW = "review", "Bilan individuel"


class Respondent(LabelledEnum):
    PARTICIPANT = "participant", "Participant·e"
    TRAINER = "trainer", "Formateur·rice"
    EMPLOYER = "employer", "Employeur"


class QuestionType(LabelledEnum):
    SHORT_TEXT = "short_text", "Texte court"
    LONG_TEXT = "long_text", "Texte long"
    SINGLE_CHOICE = "single_choice", "Choix unique"
    MULTIPLE_CHOICE = "multiple_choice", "Choix multiples"
    SCALE = "scale", "Échelle"
    YES_NO = "yes_no", "Oui / non"
    DATE = "date", "Date"
    OBJECTIVES_MATRIX = "objectives_matrix", "Grille par objectif"

    @property
    def has_choices(self) -> bool:
        return self in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE)


@dataclass(frozen=True)
class Phase:
    """A moment a matrix is filled at, e.g. `Phase("entree", "entrée")`; the id goes in field ids."""

    id: str
    label: str


@dataclass(frozen=True)
class Question:
    id: str
    label: str
    type: QuestionType
    required: bool = False
    help: str = ""
    #: Offered answers (single and multiple choice).
    choices: tuple[str, ...] = ()
    #: Name of the template's shared list the choices (or columns) come from, if any: renderers may
    #: lay consecutive questions sharing a list out as one grid.
    choices_list: str | None = None
    #: Scale bounds (inclusive) and the words at each end.
    min: int | None = None
    max: int | None = None
    min_label: str = ""
    max_label: str = ""
    #: objectives_matrix: the levels offered for each objective (its rows are the course's objectives).
    columns: tuple[str, ...] = ()
    #: objectives_matrix: the moments each objective is rated at; none means rated once.
    phases: tuple[Phase, ...] = ()
    #: A free comment next to the question, or next to each row of a matrix.
    comment: bool = False
    comment_label: str = "Commentaire"
    #: Personal data (health, disability…): shown only to those who need it.
    sensitive: bool = False

    @property
    def is_matrix(self) -> bool:
        return self.type is QuestionType.OBJECTIVES_MATRIX

    @property
    def scale_values(self) -> range:
        if self.min is None or self.max is None:
            return range(0)
        return range(self.min, self.max + 1)


@dataclass(frozen=True)
class Section:
    title: str
    questions: tuple[Question, ...]
    introduction: str = ""


@dataclass(frozen=True)
class Template:
    key: str
    version: int
    kind: FormKind
    title: str
    respondent: Respondent
    sections: tuple[Section, ...]
    introduction: str = ""
    #: The file's text, as stored in FormVersion.source (answers stay tied to the text they answered).
    source: str = field(default="", repr=False, compare=False)
    path: Path | None = field(default=None, compare=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.source.encode("utf-8")).hexdigest()

    def questions(self) -> Iterator[Question]:
        for section in self.sections:
            yield from section.questions

    @property
    def question_count(self) -> int:
        return sum(len(section.questions) for section in self.sections)

    def question(self, question_id: str) -> Question:
        for question in self.questions():
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    @property
    def has_matrix(self) -> bool:
        return any(question.is_matrix for question in self.questions())


@dataclass(frozen=True)
class Field:
    """One answer: a question's own value, one cell of a matrix, or a free comment.

    `type` is never OBJECTIVES_MATRIX: a matrix cell is a SINGLE_CHOICE among the matrix's columns,
    and a comment is a LONG_TEXT. `id` is the key of the answer in the stored JSON, the name of the
    PDF form field and the header of the CSV column.
    """

    id: str
    question: Question
    type: QuestionType
    label: str
    required: bool
    choices: tuple[str, ...] = ()
    #: For a matrix: the objective's position in the course (from 1) and its text.
    objective: int | None = None
    objective_text: str = ""
    phase: Phase | None = None
    is_comment: bool = False

    @property
    def sensitive(self) -> bool:
        return self.question.sensitive


def field_id(question_id: str, objective: int | None = None, part: str | None = None) -> str:
    """`statut`, `statut__commentaire`, `acquis__3`, `acquis__3__sortie`, `acquis__3__commentaire`."""
    parts = [question_id]
    if objective is not None:
        parts.append(str(objective))
    if part:
        parts.append(part)
    return SEPARATOR.join(parts)


def question_fields(question: Question, objectives: Sequence[str] = ()) -> list[Field]:
    """The answer fields of one question: itself (and its comment), or one per objective and phase."""
    if not question.is_matrix:
        fields = [Field(question.id, question, question.type, question.label, question.required,
                        question.choices)]
        if question.comment:
            fields.append(_comment(question, None, ""))
        return fields
    fields = []
    for number, objective in enumerate(objectives, start=1):
        for phase in question.phases or (None,):
            label = f"{objective} ({phase.label})" if phase else objective
            fields.append(Field(
                field_id(question.id, number, phase.id if phase else None), question,
                QuestionType.SINGLE_CHOICE, label, question.required, question.columns,
                objective=number, objective_text=objective, phase=phase))
        if question.comment:
            fields.append(_comment(question, number, objective))
    return fields


def _comment(question: Question, number: int | None, objective: str) -> Field:
    return Field(field_id(question.id, number, COMMENT_SUFFIX), question, QuestionType.LONG_TEXT,
                 question.comment_label, False, objective=number, objective_text=objective,
                 is_comment=True)


def fields_for(template: Template, objectives: Sequence[str] = ()) -> list[Field]:
    """Every answer field of the template for a course with these objectives, in reading order."""
    return [f for question in template.questions() for f in question_fields(question, objectives)]


# --- answers -----------------------------------------------------------------------------------

_YES = {"oui", "o", "yes", "y", "true", "vrai", "1"}
_NO = {"non", "n", "no", "false", "faux", "0"}
_FRENCH_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?")


def validate_answers(template: Template, objectives: Sequence[str],
                     answers: Mapping[str, Any]) -> dict[str, str]:
    """What is wrong, by field id, as French sentences; empty when the answers can be saved.

    Answers may come raw from a screen, a PDF or a CSV: "oui", "15/03/2025", "7", "Très bien" (case
    and accents ignored), a list or a "a; b" text for multiple choices. Keys that are no field of the
    template are ignored.
    """
    return _check(template, objectives, answers)[1]


def normalise(template: Template, objectives: Sequence[str],
              answers: Mapping[str, Any]) -> dict[str, JsonValue]:
    """The answers ready for JSON, in field order, empty ones left out; ValidationError if invalid.

    Texts are stripped, choices take the template's spelling, dates become ISO text (AAAA-MM-JJ),
    scales integers, yes/no booleans, multiple choices a list in the template's order.
    """
    clean, problems = _check(template, objectives, answers)
    if problems:
        raise ValidationError(problems)
    return clean


def _check(template: Template, objectives: Sequence[str],
           answers: Mapping[str, Any]) -> tuple[dict[str, JsonValue], dict[str, str]]:
    clean: dict[str, JsonValue] = {}
    problems: dict[str, str] = {}
    for answer_field in fields_for(template, objectives):
        raw = answers.get(answer_field.id)
        if _is_empty(raw):
            if answer_field.required:
                problems[answer_field.id] = "Cette réponse est obligatoire."
            continue
        try:
            clean[answer_field.id] = _clean(answer_field, raw)
        except ValueError as error:
            problems[answer_field.id] = str(error)
    return clean, problems


def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | frozenset):
        return all(_is_empty(item) for item in value)
    return False


def _clean(answer_field: Field, value: Any) -> JsonValue:
    kind = answer_field.type
    if kind in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT):
        return _text(value)
    if kind is QuestionType.SINGLE_CHOICE:
        return _choice(answer_field.choices, value)
    if kind is QuestionType.MULTIPLE_CHOICE:
        return _choices(answer_field.choices, value)
    if kind is QuestionType.SCALE:
        return _scale(answer_field.question, value)
    if kind is QuestionType.YES_NO:
        return _yes_no(value)
    if kind is QuestionType.DATE:
        return _date(value).isoformat()
    raise ValueError(f"Type de réponse inattendu : {kind}.")  # pragma: no cover - matrices expand


def _text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError("Cette réponse doit être un texte.")
    return str(value).strip()


def _choice(choices: Sequence[str], value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(_not_offered(value, choices))
    text = value.strip()
    if text in choices:
        return text
    for choice in choices:
        if fold(choice) == fold(text):
            return choice
    raise ValueError(_not_offered(text, choices))


def _choices(choices: Sequence[str], value: Any) -> list[str]:
    items = value.replace("\n", ";").split(";") if isinstance(value, str) else value
    if not isinstance(items, list | tuple | set | frozenset):
        raise ValueError(_not_offered(value, choices))
    picked = {_choice(choices, item) for item in items if not _is_empty(item)}
    return [choice for choice in choices if choice in picked]


def _not_offered(value: Any, choices: Sequence[str]) -> str:
    return f"« {value} » n'est pas un des choix proposés ({', '.join(choices)})."


def _scale(question: Question, value: Any) -> int:
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and re.fullmatch(r"-?\d+(?:[.,]0+)?", value.strip()):
        number = int(re.split(r"[.,]", value.strip())[0])
    if number is None or number not in question.scale_values:
        raise ValueError(f"La note doit être un nombre entier de {question.min} à {question.max}.")
    return number


def _yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = fold(value).strip(" .!")
        if word in _YES:
            return True
        if word in _NO:
            return False
    raise ValueError("Répondez par oui ou par non.")


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if found := _FRENCH_DATE.fullmatch(text):
                return date(int(found[3]), int(found[2]), int(found[1]))
            if found := _ISO_DATE.fullmatch(text):
                return date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError:
            pass
    raise ValueError("Cette date n'est pas valide (exemple : 15/03/2025).")
