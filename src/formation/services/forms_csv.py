"""Answers from a spreadsheet exported by an online survey tool (CSV or XLSX), for one template.

Columns go to answer fields by a mapping (header -> field id) the user gives, completed by a
guess: a header equal to a field id (`statut`, `acquis__2__sortie`) or to a question's wording.
Rows are matched to registrations by e-mail, else by "Nom Prénom". Each row is stored or refused
on its own, with its reason; a refused row leaves nothing behind.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from formation.core.errors import FormationError
from formation.core.text import fold
from formation.forms.model import COMMENT_SUFFIX, SEPARATOR, FormKind, QuestionType, Template, fields_for
from formation.services import forms_store
from formation.services.forms_outcome import Outcome, Refused, store
from formation.services.tabular import Row, read_table
from formation.storage.database import Database
from formation.storage.models import Registration

EMAIL, LAST, FIRST, FULL = "_email", "_nom", "_prenom", "_nom_prenom"
#: Who answered: the columns that find the registration, and the headers people give them.
IDENTITY: dict[str, tuple[str, ...]] = {
    EMAIL: ("email", "e mail", "mail", "courriel", "adresse e mail", "adresse email", "adresse mail",
            "adresse electronique", "adresse courriel", "votre e mail", "votre adresse e mail"),
    LAST: ("nom", "nom de famille", "votre nom"),
    FIRST: ("prenom", "votre prenom"),
    FULL: ("nom prenom", "nom et prenom", "prenom nom", "prenom et nom", "nom complet",
           "votre nom et prenom", "vos nom et prenom", "participant", "participante"),
}
#: Matrix field ids are accepted up to this many objectives (a course has far fewer).
MAX_OBJECTIVES = 40
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def _key(text: str) -> str:
    """Folded, punctuation as spaces: "Adresse E-mail" and "adresse e mail" meet."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).translate(_LIGATURES)).split())


# --- columns ---------------------------------------------------------------------------------------

def known_ids(template: Template) -> set[str]:
    return {f.id for f in fields_for(template, [""] * MAX_OBJECTIVES)}


def column_targets(headers: Sequence[str], template: Template,
                   mapping: Mapping[str, str] | None = None) -> dict[int, str]:
    """Column index -> field id, or one of the IDENTITY columns; Refused if it cannot work."""
    targets = _guess(headers, template)
    for header, target in (mapping or {}).items():
        index = _column(headers, header)
        target = target.strip()
        if target and target not in IDENTITY and target not in known_ids(template):
            example = fields_for(template, ["objectif"])[0].id
            raise Refused(f"« {target} » n'est pas un champ du modèle « {template.key} » : donnez "
                          f"l'identifiant d'une question du modèle (par exemple « {example} »).")
        targets = {i: t for i, t in targets.items() if t != target and i != index}
        if target:
            targets[index] = target
    if not any(t in IDENTITY for t in targets.values()):
        raise Refused("aucune colonne ne dit qui a répondu : il faut une colonne « E-mail », ou "
                      "« Nom » et « Prénom » (ou « Nom Prénom »).")
    if all(t in IDENTITY for t in targets.values()):
        raise Refused(f"aucune colonne ne correspond à une question du modèle « {template.key} » : "
                      "donnez la correspondance, par exemple --map \"Votre avis=contenus\".")
    return targets


def _guess(headers: Sequence[str], template: Template) -> dict[int, str]:
    ids = known_ids(template)
    wording = _wording(template)
    targets: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = _key(header)
        target = header.strip() if header.strip() in ids else \
            next((name for name, words in IDENTITY.items() if key in words), None) or wording.get(key)
        if target and target not in targets.values():
            targets[index] = target
    return targets


def _wording(template: Template) -> dict[str, str]:
    """A question's label -> its id; a comment's label, when no other uses it -> its field id."""
    found: dict[str, str] = {}
    comments: dict[str, list[str]] = defaultdict(list)
    for question in template.questions():
        if question.is_matrix:
            continue
        found.setdefault(_key(question.label), question.id)
        if question.comment:
            comments[_key(question.comment_label)].append(question.id + SEPARATOR + COMMENT_SUFFIX)
    for key, ids in comments.items():
        if len(ids) == 1:
            found.setdefault(key, ids[0])
    return found


def _column(headers: Sequence[str], header: str) -> int:
    for index, name in enumerate(headers):
        if name.strip() == header.strip():
            return index
    for index, name in enumerate(headers):
        if _key(name) == _key(header):
            return index
    raise Refused(f"la colonne « {header} » n'existe pas dans le fichier (colonnes : "
                  f"{', '.join(headers)}).")


# --- people ------------------------------------------------------------------------------------------

@dataclass
class _People:
    """Registrations that may answer, by folded e-mail and by "nom prénom" (both orders)."""

    by_email: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    by_name: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    sessions: dict[int, tuple[int, str]] = field(default_factory=dict)  # registration -> id, code


def _people(db: Database, session_id: int | None) -> _People:
    query = (select(Registration).where(Registration.status.not_in([s.value for s in
                                                                    forms_store.NOT_ASKED]))
             .options(selectinload(Registration.participant), selectinload(Registration.session)))
    if session_id is not None:
        query = query.where(Registration.session_id == session_id)
    people = _People()
    with db.session() as s:
        for registration in s.scalars(query):
            person = registration.participant
            if person.email.strip():
                people.by_email[_key(person.email)].add(registration.id)
            for name in (f"{person.last_name} {person.first_name}",
                         f"{person.first_name} {person.last_name}"):
                people.by_name[_key(name)].add(registration.id)
            people.sessions[registration.id] = (registration.session_id, registration.session.code)
    return people


def _registration(people: _People, values: Mapping[str, str]) -> int:
    email = values.get(EMAIL, "").strip()
    name = values.get(FULL, "").strip() or " ".join(
        part for part in (values.get(LAST, "").strip(), values.get(FIRST, "").strip()) if part)
    found = people.by_email.get(_key(email), set()) if email else set()
    if not found and name:
        found = people.by_name.get(_key(name), set())
    who = " / ".join(f"« {part} »" for part in (email, name) if part) or "(sans nom ni e-mail)"
    if not found:
        raise Refused(f"personne introuvable : aucune inscription ne correspond à {who}.")
    if len(found) > 1:
        codes = ", ".join(sorted(people.sessions[r][1] for r in found))
        raise Refused(f"{who} est inscrit·e à plusieurs sessions ({codes}) : précisez la session "
                      "avec --session.")
    return next(iter(found))


# --- rows -------------------------------------------------------------------------------------------

def import_sheet(db: Database, path: Path, templates: Mapping[str, Template], template_key: str | None,
                 *, now: datetime, session_id: int | None = None,
                 mapping: Mapping[str, str] | None = None, replace: bool = False) -> list[Outcome]:
    """Store each row of the spreadsheet that matches a registration and validates."""
    try:
        if not template_key:
            raise Refused("pour un tableur, précisez le modèle de questionnaire avec --template.")
        template = forms_store.template_named(templates, template_key)
        if template.kind is FormKind.TRAINER:
            raise Refused(f"le modèle « {template.key} » se remplit une fois par formateur·rice, "
                          "pas par participant·e : importez-le en PDF.")
        table = read_table(path)
        targets = column_targets(table.headers, template, mapping)
    except FormationError as error:
        return [Outcome(path.name, False, str(error))]
    people = _people(db, session_id)
    return [_row(db, row, targets, people, templates, template, f"{path.name}, ligne {row.line}",
                 now, replace) for row in table.rows]


def _row(db: Database, row: Row, targets: Mapping[int, str], people: _People,
         templates: Mapping[str, Template], template: Template, where: str, now: datetime,
         replace: bool) -> Outcome:
    values = {target: row[index] for index, target in targets.items()}
    try:
        registration_id = _registration(people, values)
        session_id = people.sessions[registration_id][0]
        existing = forms_store.find_response(db, registration_id, template.key)
        ids = forms_store.prepare(db, session_id, template.key, templates,
                                  only_registrations={registration_id})
        if not ids:
            raise Refused(f"cette personne n'est pas concernée par le questionnaire « {template.title} "
                          "» (par exemple : pas salariée d'une structure, pour un questionnaire "
                          "employeur).")
        response = forms_store.get_response(db, ids[0])
        raw = _raw(response.template, response.objectives, values)
        try:
            return store(db, response, raw, "csv", where, now=now, replace=replace)
        except FormationError:
            if existing is None:
                forms_store.discard(db, response.id)
            raise
    except FormationError as error:
        return Outcome(where, False, str(error))


def _raw(template: Template, objectives: Sequence[str], values: Mapping[str, str]) -> dict[str, Any]:
    raw: dict[str, Any] = {}
    for answer in fields_for(template, objectives):
        if answer.id not in values:
            continue
        text = values[answer.id]
        raw[answer.id] = split_choices(text, answer.choices) \
            if answer.type is QuestionType.MULTIPLE_CHOICE else text
    return raw


def split_choices(text: str, choices: Sequence[str]) -> list[str] | str:
    """Survey tools join ticked choices with ", " (a choice may hold a comma itself): read them
    back when every part is a choice; otherwise leave the text to `normalise` (";" or new lines)."""
    if ";" in text or "\n" in text or "," not in text:
        return text
    rest, found = _key(text), []
    by_length = sorted(choices, key=len, reverse=True)
    while rest:
        match = next((c for c in by_length if rest == _key(c) or rest.startswith(_key(c) + " ")),
                     None)
        if match is None:
            return text
        found.append(match)
        rest = rest[len(_key(match)):].strip()
    return found
