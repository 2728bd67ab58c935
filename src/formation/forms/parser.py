"""Reading a template file (TOML) into a `Template`, with French errors that point to a line.

tomllib gives a line only for syntax errors; for the rest (unknown type, duplicate id, missing
choices…) the line of the key at fault is found by a light scan of the text, which knows which
`[[sections]]` and `[[sections.questions]]` block each key belongs to.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from formation.core.enums import LabelledEnum
from formation.core.errors import FormationError
from formation.core.text import fold
from formation.forms.model import (
    COMMENT_SUFFIX,
    ID_PATTERN,
    FormKind,
    Phase,
    Question,
    QuestionType,
    Respondent,
    Section,
    Template,
)

MAX_KEY = 60  # FormVersion.key
MAX_TITLE = 200  # FormVersion.title
MAX_ID = 40
MAX_SCALE_STEPS = 21  # 0 to 20 at most: each value is a box to tick

_TOP_KEYS = ("key", "version", "kind", "title", "introduction", "respondent", "lists", "sections")
_SECTION_KEYS = ("title", "introduction", "questions")
_QUESTION_KEYS = ("id", "label", "type", "required", "help", "choices", "min", "max", "min_label",
                  "max_label", "columns", "phases", "comment", "comment_label", "sensitive")
_CHOICE_TYPES = (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE)
#: Keys that only make sense for some types of question.
_ONLY_FOR: dict[str, tuple[QuestionType, ...]] = {
    "choices": _CHOICE_TYPES,
    "min": (QuestionType.SCALE,),
    "max": (QuestionType.SCALE,),
    "min_label": (QuestionType.SCALE,),
    "max_label": (QuestionType.SCALE,),
    "columns": (QuestionType.OBJECTIVES_MATRIX,),
    "phases": (QuestionType.OBJECTIVES_MATRIX,),
}
_WHAT = {
    "key": "l'identifiant du modèle, par exemple key = \"besoins\"",
    "version": "le numéro de version du modèle, par exemple version = 1",
    "kind": "le type de modèle, par exemple kind = \"needs\"",
    "title": "le titre",
    "respondent": "qui répond : participant, trainer ou employer",
    "sections": "au moins une section [[sections]]",
    "questions": "au moins une question [[sections.questions]]",
    "id": "l'identifiant de la question, par exemple id = \"attentes\"",
    "label": "le texte de la question",
    "type": "le type de la question, par exemple type = \"long_text\"",
    "choices": "la liste des choix, par exemple choices = [\"Oui\", \"Non\"]",
    "min": "la plus petite note de l'échelle, par exemple min = 1",
    "max": "la plus grande note de l'échelle, par exemple max = 10",
    "columns": "les niveaux de la grille, par exemple "
               "columns = [\"Non acquis\", \"En cours\", \"Acquis\"]",
}

_TOML_MESSAGES = (
    ("Invalid value", "valeur incorrecte (un texte s'écrit entre guillemets, un nombre sans "
                      "guillemets, oui/non s'écrit true/false, une liste entre crochets)"),
    ("Expected '=' after a key", "il manque « = » après le nom de la clé (ou des guillemets autour "
                                 "d'un texte)"),
    ("Cannot overwrite a value", "cette clé est déjà donnée plus haut dans le même bloc"),
    ("Cannot declare", "ce bloc est déclaré deux fois"),
    ("Unterminated string", "texte non terminé : il manque le guillemet fermant"),
    ("Unclosed array", "liste non fermée : il manque « ] », ou une virgule entre deux éléments"),
    ("Unclosed inline table", "il manque « } »"),
    ("Invalid statement", "ligne incompréhensible (attendu : clé = valeur, ou un titre de bloc "
                          "entre crochets)"),
    ("Illegal character '\\n'", "texte non terminé : il manque le guillemet fermant"),
    ("Illegal character", "caractère interdit dans un texte"),
    ("Found invalid character", "caractère inattendu"),
    ("Invalid initial character for a key", "nom de clé incorrect (lettres, chiffres, _ et -)"),
    ("Expected ']]'", "il manque « ]] » à la fin du titre de bloc"),
    ("Expected ']'", "il manque « ] » à la fin du titre de bloc"),
    ("Unescaped '\\'", "une barre oblique inverse « \\ » seule dans un texte : doublez-la"),
    ("Invalid date or datetime", "date incorrecte"),
)
_TOML_POSITION = re.compile(r"\s*\((?:at line (\d+), column \d+|at end of document)\)\s*$")

E = TypeVar("E", bound=LabelledEnum)


class TemplateError(FormationError):
    """A template file that cannot be used: where (file, line when known) and what to fix, in French."""

    def __init__(self, path: Path, line: int | None, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path.name}, ligne {line}" if line else self.path.name
        super().__init__(f"{where} : {message}")

    @property
    def location(self) -> str:
        """`chemin/besoins.toml:12`, the form editors and terminals understand."""
        return f"{self.path}:{self.line}" if self.line else str(self.path)


def load_template(path: Path) -> Template:
    """The template in this file; TemplateError (the first problem) if it cannot be used."""
    template, errors = check_template(path)
    if errors or template is None:
        raise errors[0]
    return template


def check_template(path: Path) -> tuple[Template | None, list[TemplateError]]:
    """The template and every problem found in the file (all of them, to fix them in one go)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, [TemplateError(path, None, f"le fichier ne peut pas être lu ({error.strerror}).")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        return None, [TemplateError(path, line, "le fichier n'est pas enregistré en UTF-8 : "
                                                "enregistrez-le en UTF-8 depuis votre éditeur.")]
    return parse_template(text, path)


def parse_template(text: str, path: Path) -> tuple[Template | None, list[TemplateError]]:
    """The template written in `text` (read from `path`, named in errors), and its problems."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return None, [_syntax_error(error, text, path)]
    if not data:
        empty = ("le fichier est vide : un modèle commence par key, version, kind, respondent et "
                 "title (voir forms/README.md).")
        return None, [TemplateError(path, 1, empty)]
    builder = _Builder(text, path)
    template = builder.template(data)
    errors = sorted(builder.errors, key=lambda e: e.line or 0)
    return (None if errors else template), errors


def _syntax_error(error: tomllib.TOMLDecodeError, text: str, path: Path) -> TemplateError:
    detail = str(error)
    found = _TOML_POSITION.search(detail)
    line: int | None = getattr(error, "lineno", None)  # Python 3.14 gives it
    if found:
        detail = detail[:found.start()]
        line = line or (int(found[1]) if found[1] else max(1, len(text.splitlines())))
    for english, french in _TOML_MESSAGES:
        if detail.startswith(english):
            return TemplateError(path, line, f"syntaxe TOML incorrecte : {french}.")
    return TemplateError(path, line, f"syntaxe TOML incorrecte ({detail}).")


# --- where each key is written -------------------------------------------------------------------

_HEADER = re.compile(r"\s*(\[\[?)\s*([^\]]*?)\s*\]")
_KEY = re.compile(r"\s*([A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')\s*=")


@dataclass
class _Block:
    line: int
    keys: dict[str, int] = field(default_factory=dict)
    questions: list[_Block] = field(default_factory=list)


class _Lines:
    """The line of each key: top-level, per [[sections]], per [[sections.questions]], per [table]."""

    def __init__(self, text: str) -> None:
        self.top = _Block(1)
        self.sections: list[_Block] = []
        self.tables: dict[str, _Block] = {}
        block = self.top
        in_string: str | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            if in_string:
                if line.count(in_string) % 2:
                    in_string = None
                continue
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            header = _HEADER.match(line)
            if header:
                block = self._open(header[1] == "[[", re.sub(r"\s", "", header[2]), number)
                continue
            key = _KEY.match(line)
            if key:
                block.keys.setdefault(key[1].strip("\"'"), number)
            for delimiter in ('"""', "'''"):
                if line.count(delimiter) % 2:
                    in_string = delimiter
                    break

    def _open(self, is_array: bool, name: str, number: int) -> _Block:
        block = _Block(number)
        parts = name.split(".")
        self.top.keys.setdefault(parts[0], number)
        if is_array and name == "sections":
            self.sections.append(block)
        elif is_array and name == "sections.questions":
            if not self.sections:
                self.sections.append(_Block(number))
            self.sections[-1].questions.append(block)
        else:
            if parts[0] == "sections" and len(parts) > 1 and self.sections:
                self.sections[-1].keys.setdefault(parts[1], number)  # e.g. a misspelt [[sections.x]]
            block = self.tables.setdefault(name, block)
        return block

    def find(self, at: _At, key: str | None = None) -> int | None:
        block: _Block | None = self.top
        if at.table is not None:
            block = self.tables.get(at.table)
        elif at.section is not None:
            block = self.sections[at.section] if at.section < len(self.sections) else None
            if block is not None and at.question is not None:
                questions = block.questions
                block = questions[at.question] if at.question < len(questions) else block
        if block is None:
            return None
        return block.keys.get(key, block.line) if key else block.line


@dataclass(frozen=True)
class _At:
    """Where a value sits: top level, a [table], a section, a question of a section."""

    section: int | None = None
    question: int | None = None
    table: str | None = None
    question_id: str = ""

    def prefix(self) -> str:
        if self.question_id:
            return f"question « {self.question_id} » : "
        if self.question is not None and self.section is not None:
            return f"section {self.section + 1}, question {self.question + 1} : "
        if self.section is not None:
            return f"section {self.section + 1} : "
        return ""


TOP = _At()


# --- schema --------------------------------------------------------------------------------------

class _Builder:
    def __init__(self, text: str, path: Path) -> None:
        self.text = text
        self.path = path
        self.lines = _Lines(text)
        self.errors: list[TemplateError] = []
        self.lists: dict[str, tuple[str, ...]] = {}
        self.ids: dict[str, int | None] = {}

    def fail(self, at: _At, key: str | None, message: str) -> None:
        self.errors.append(TemplateError(self.path, self.lines.find(at, key), at.prefix() + message))

    def template(self, data: dict[str, Any]) -> Template | None:
        self.unknown_keys(data, _TOP_KEYS, TOP)
        key = self.identifier(data, "key", TOP, MAX_KEY)
        version = self.version(data)
        kind = self.enum(data, "kind", FormKind, TOP, "type de modèle")
        title = self.text_of(data, "title", TOP, required=True, limit=MAX_TITLE)
        introduction = self.text_of(data, "introduction", TOP)
        respondent = self.enum(data, "respondent", Respondent, TOP, "personne qui répond")
        self.read_lists(data.get("lists"))
        sections = self.sections(data.get("sections"))
        if key is None or version is None or kind is None or respondent is None or self.errors:
            return None
        return Template(key, version, kind, title, respondent, sections,
                        introduction, self.text, self.path)

    # top level

    def version(self, data: Mapping[str, Any]) -> int | None:
        value = data.get("version")
        if value is None:
            self.fail(TOP, None, f"il manque `version` ({_WHAT['version']}).")
        elif not _is_int(value) or value < 1:
            self.fail(TOP, "version", "`version` doit être un nombre entier à partir de 1, sans "
                                      "guillemets (par exemple version = 2).")
        else:
            return int(value)
        return None

    def read_lists(self, value: Any) -> None:
        if value is None:
            return
        at = _At(table="lists")
        if not isinstance(value, dict):
            self.fail(TOP, "lists", "`lists` doit être un bloc [lists] de listes de choix nommées.")
            return
        for name, items in value.items():
            if not ID_PATTERN.fullmatch(name):
                self.fail(at, name, f"le nom de liste « {name} » doit être en minuscules sans accents "
                                    "ni espaces (par exemple appreciation).")
            options = self.options(items, at, name, f"la liste « {name} »")
            if options:
                self.lists[name] = options

    def sections(self, value: Any) -> tuple[Section, ...]:
        if value is None:
            self.fail(TOP, None, f"il manque {_WHAT['sections']}.")
            return ()
        if not isinstance(value, list) or not all(isinstance(s, dict) for s in value):
            self.fail(TOP, "sections", "`sections` doit être une suite de blocs [[sections]].")
            return ()
        return tuple(self.section(index, data) for index, data in enumerate(value))

    def section(self, index: int, data: dict[str, Any]) -> Section:
        at = _At(section=index)
        self.unknown_keys(data, _SECTION_KEYS, at)
        title = self.text_of(data, "title", at, required=True)
        introduction = self.text_of(data, "introduction", at)
        questions = data.get("questions")
        if not questions:
            self.fail(at, None, f"la section n'a aucune question : ajoutez {_WHAT['questions']} "
                                "sous son titre.")
            return Section(title, (), introduction)
        if not isinstance(questions, list) or not all(isinstance(q, dict) for q in questions):
            self.fail(at, "questions", "`questions` doit être une suite de blocs "
                                       "[[sections.questions]].")
            return Section(title, (), introduction)
        built = (self.question(_At(section=index, question=number), q)
                 for number, q in enumerate(questions))
        return Section(title, tuple(q for q in built if q is not None), introduction)

    # questions

    def question(self, at: _At, data: dict[str, Any]) -> Question | None:
        question_id = self.identifier(data, "id", at, MAX_ID)
        if question_id:
            at = _At(at.section, at.question, question_id=question_id)
            self.unique(question_id, at)
        before = len(self.errors)
        self.unknown_keys(data, _QUESTION_KEYS, at)
        label = self.text_of(data, "label", at, required=True)
        question_type = self.enum(data, "type", QuestionType, at, "type de question")
        if question_type is not None:
            for key, types in _ONLY_FOR.items():
                if key in data and question_type not in types:
                    wanted = " ou ".join(t.value for t in types)
                    self.fail(at, key, f"`{key}` ne sert qu'aux questions de type {wanted}, "
                                       f"pas {question_type.value}.")
        required = self.flag(data, "required", at)
        comment = self.flag(data, "comment", at)
        sensitive = self.flag(data, "sensitive", at)
        comment_label = self.text_of(data, "comment_label", at)
        if comment_label and not comment:
            self.fail(at, "comment_label", "`comment_label` n'a de sens qu'avec comment = true.")
        common: dict[str, Any] = {
            "required": required, "help": self.text_of(data, "help", at), "comment": comment,
            "sensitive": sensitive, "comment_label": comment_label or "Commentaire",
        }
        if question_type in _CHOICE_TYPES:
            common["choices"], common["choices_list"] = self.choices(data, "choices", at)
            if question_type is QuestionType.MULTIPLE_CHOICE:
                for choice in common["choices"]:
                    if ";" in choice:
                        self.fail(at, "choices", f"le choix « {choice} » contient « ; », qui sépare "
                                                 "les réponses d'un choix multiple : retirez-le.")
        elif question_type is QuestionType.SCALE:
            common.update(self.scale(data, at))
        elif question_type is QuestionType.OBJECTIVES_MATRIX:
            common["columns"], common["choices_list"] = self.choices(data, "columns", at)
            common["phases"] = self.phases(data, at)
        if len(self.errors) > before or not question_id or question_type is None:
            return None
        return Question(question_id, label, question_type, **common)

    def unique(self, question_id: str, at: _At) -> None:
        line = self.lines.find(at, "id")
        if question_id in self.ids:
            first = self.ids[question_id]
            where = f" (déjà utilisé ligne {first})" if first else ""
            self.fail(at, "id", f"l'identifiant « {question_id} » est en double{where} : chaque "
                                "question a le sien, les réponses sont enregistrées sous cet "
                                "identifiant.")
        else:
            self.ids[question_id] = line

    def choices(self, data: Mapping[str, Any], key: str,
                at: _At) -> tuple[tuple[str, ...], str | None]:
        value = data.get(key)
        if value is None:
            self.fail(at, None, f"il manque `{key}` ({_WHAT[key]}).")
            return (), None
        if isinstance(value, str):
            if value in self.lists:
                return self.lists[value], value
            known = ", ".join(self.lists) or "aucune"
            self.fail(at, key, f"la liste « {value} » n'est pas définie dans le bloc [lists] "
                               f"(listes définies : {known}).")
            return (), None
        return self.options(value, at, key, f"`{key}`"), None

    def options(self, value: Any, at: _At, key: str, what: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(at, key, f"{what} doit être une liste de textes entre crochets, par exemple "
                               "[\"Oui\", \"Non\"].")
            return ()
        options = tuple(v.strip() for v in value)
        if len(options) < 2:
            self.fail(at, key, f"{what} doit proposer au moins deux choix.")
            return ()
        seen: set[str] = set()
        for option in options:
            if fold(option) in seen:
                self.fail(at, key, f"{what} propose deux fois « {option} ».")
                return ()
            seen.add(fold(option))
        return options

    def scale(self, data: Mapping[str, Any], at: _At) -> dict[str, Any]:
        bounds: dict[str, Any] = {}
        for key in ("min", "max"):
            value = data.get(key)
            if value is None:
                self.fail(at, None, f"il manque `{key}` ({_WHAT[key]}).")
            elif not _is_int(value):
                self.fail(at, key, f"`{key}` doit être un nombre entier, sans guillemets.")
            else:
                bounds[key] = int(value)
        low, high = bounds.get("min"), bounds.get("max")
        if low is not None and high is not None:
            if low >= high:
                self.fail(at, "max", f"`max` ({high}) doit être plus grand que `min` ({low}).")
            elif high - low + 1 > MAX_SCALE_STEPS:
                self.fail(at, "max", f"l'échelle de {low} à {high} a trop de valeurs : "
                                     f"{MAX_SCALE_STEPS} au plus.")
        bounds["min_label"] = self.text_of(data, "min_label", at)
        bounds["max_label"] = self.text_of(data, "max_label", at)
        return bounds

    def phases(self, data: Mapping[str, Any], at: _At) -> tuple[Phase, ...]:
        value = data.get("phases")
        if value is None:
            return ()
        if not isinstance(value, list) or not value or \
                not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(at, "phases", "`phases` doit être une liste de textes, par exemple "
                                    "[\"entrée\", \"sortie\"].")
            return ()
        phases = tuple(Phase(re.sub(r"[^a-z0-9]+", "_", fold(v)).strip("_"), v.strip())
                       for v in value)
        ids = [phase.id for phase in phases]
        for phase in phases:
            if not phase.id or phase.id == COMMENT_SUFFIX or ids.count(phase.id) > 1:
                self.fail(at, "phases", f"la phase « {phase.label} » ne peut pas servir : chaque "
                                        "phase a un nom distinct, avec au moins une lettre ou un "
                                        "chiffre, autre que « commentaire ».")
                return ()
        return phases

    # values

    def unknown_keys(self, data: Mapping[str, Any], allowed: Iterable[str], at: _At) -> None:
        allowed = tuple(allowed)
        for key in data:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = (f"vouliez-vous dire `{close[0]}` ?" if close
                        else f"clés possibles : {', '.join(allowed)}.")
                self.fail(at, key, f"clé inconnue `{key}` ; {hint}")

    def identifier(self, data: Mapping[str, Any], key: str, at: _At, limit: int) -> str | None:
        value = data.get(key)
        if value is None:
            self.fail(at, None, f"il manque `{key}` ({_WHAT[key]}).")
            return None
        if not isinstance(value, str) or not ID_PATTERN.fullmatch(value) or len(value) > limit:
            self.fail(at, key, f"l'identifiant « {value} » doit être écrit en minuscules, sans "
                               "accents ni espaces, les mots séparés par un seul « _ », en "
                               f"{limit} caractères au plus (par exemple situation_professionnelle).")
            return None
        return value

    def enum(self, data: Mapping[str, Any], key: str, enum: type[E], at: _At, what: str) -> E | None:
        value = data.get(key)
        members = {member.value: member for member in enum}
        codes = list(members)
        if value is None:
            self.fail(at, None, f"il manque `{key}` ({_WHAT[key]} ; valeurs possibles : "
                                f"{', '.join(codes)}).")
            return None
        if value not in codes:
            close = difflib.get_close_matches(str(value), codes, n=1)
            hint = f" Vouliez-vous dire « {close[0]} » ?" if close else ""
            self.fail(at, key, f"le {what} « {value} » n'existe pas ; valeurs possibles : "
                               f"{', '.join(codes)}.{hint}")
            return None
        return members[value]

    def text_of(self, data: Mapping[str, Any], key: str, at: _At, *, required: bool = False,
                limit: int | None = None) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.fail(at, None, f"il manque `{key}` ({_WHAT[key]}).")
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail(at, key, f"`{key}` doit être un texte entre guillemets"
                               f"{', non vide' if required else ''}.")
            return ""
        text = _paragraphs(value)
        if limit and len(text) > limit:
            self.fail(at, key, f"`{key}` est trop long : {limit} caractères au plus.")
        return text

    def flag(self, data: Mapping[str, Any], key: str, at: _At) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.fail(at, key, f"`{key}` s'écrit true (oui) ou false (non), sans guillemets.")
            return False
        return value


def _paragraphs(text: str) -> str:
    """Lines joined by a space, paragraphs (split by an empty line) by a blank line."""
    blocks = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(line.strip() for line in block.splitlines()) for block in blocks)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
