"""Importing participants from a spreadsheet: guess the columns, check each row, spot duplicates.

The import dialog and the `import-participants` command share one flow, nothing written before the
last step: read_table -> guess_mapping (the user may correct it) -> plan_import -> apply_import.
"""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Mapping, Sequence, Set
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from formation.core.enums import Civility, Gender, LabelledEnum, ParticipantStatus, StructureKind
from formation.core.errors import FormationError
from formation.core.text import fold
from formation.services.people import ParticipantData, participant_problems
from formation.services.records import clean
from formation.services.tabular import Row, Table, read_table
from formation.storage.database import Database
from formation.storage.models import Participant, Structure

__all__ = [
    "FIELDS", "Duplicate", "ImportPlan", "ImportResult", "PlannedRow", "RowError", "Table",
    "apply_import", "guess_mapping", "plan_import", "read_table", "run_cli",
]

# What a file may fill, in the order the preview shows it. Disability needs (specific_needs) are
# sensitive: they are typed in one person at a time, never imported in bulk.
FIELDS: dict[str, str] = {
    "last_name": "Nom",
    "first_name": "Prénom",
    "civility": "Civilité",
    "gender": "Genre",
    "email": "E-mail",
    "phone": "Téléphone",
    "status": "Statut",
    "job_seeker": "Demandeur·se d'emploi",
    "structure": "Structure",
    "commune": "Commune",
    "postal_code": "Code postal",
}
REQUIRED = ("last_name", "first_name")
SAME_EMAIL = "même e-mail"
SAME_NAMES = "mêmes nom, prénom et structure"


def _key(text: str) -> str:
    """Folded, punctuation as spaces: "Adresse E-mail" and "adresse e mail" meet."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


# Headers people write, as _key() leaves them.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "last_name": ("nom", "nom de famille", "nom d usage", "nom de naissance", "last name", "lastname",
                  "surname", "nom du participant", "nom de la participante"),
    "first_name": ("prenom", "prenoms", "first name", "firstname", "prenom du participant"),
    "civility": ("civilite", "titre"),
    "gender": ("genre", "sexe"),
    "email": ("email", "e mail", "mail", "courriel", "mel", "adresse e mail", "adresse email",
              "adresse mail", "adresse electronique", "adresse courriel"),
    "phone": ("tel", "telephone", "portable", "mobile", "telephone portable", "tel portable",
              "numero de telephone", "telephone mobile", "tel mobile"),
    "status": ("statut", "situation", "statut professionnel"),
    "job_seeker": ("demandeur d emploi", "demandeuse d emploi", "demandeur se d emploi",
                   "demandeur euse d emploi", "inscrit a france travail", "france travail",
                   "pole emploi", "inscrit a pole emploi"),
    "structure": ("structure", "association", "employeur", "organisme", "entreprise",
                  "structure employeuse", "nom de la structure"),
    "commune": ("commune", "ville", "localite", "commune de residence", "ville de residence"),
    "postal_code": ("cp", "code postal", "code post"),
}


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field name -> column index, from the headers' wording; each column serves one field."""
    keys = [_key(h) for h in headers]
    mapping: dict[str, int] = {}
    for name, words in _SYNONYMS.items():  # exact wording first: "Nom" must not lose to "Nom de..."
        index = next((i for i, k in enumerate(keys) if k in words and i not in mapping.values()), None)
        if index is not None:
            mapping[name] = index
    for index, key in enumerate(keys):  # then a telling phrase inside a longer header
        found = None if index in mapping.values() else _phrase_field(key, mapping)
        if found:
            mapping[found] = index
    return {name: mapping[name] for name in FIELDS if name in mapping}


def _phrase_field(key: str, taken: Mapping[str, int]) -> str | None:
    # Short words ("nom", "tel", "cp") are too ambiguous inside a longer header.
    found = [(len(word), name) for name, words in _SYNONYMS.items() if name not in taken
             for word in words if len(word) >= 4 and f" {word} " in f" {key} "]
    return max(found)[1] if found else None


# --- rows -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Choice:
    """A closed list read from free text: code or label (LabelledEnum.from_label), or a usual alias."""

    enum: type[LabelledEnum]
    what: str  # "le statut", for the error message
    agreement: str  # "" or "e": "reconnu" / "reconnue"
    aliases: Mapping[str, LabelledEnum]

    def find(self, text: str) -> LabelledEnum | None:
        return self.enum.from_label(text) or self.aliases.get(_key(text))

    def unknown(self, text: str) -> str:
        accepted = ", ".join(m.label for m in self.enum if m.label != "—")
        return (f"{self.what} « {text} » n'est pas reconnu{self.agreement} "
                f"(valeurs acceptées : {accepted})")


_CHOICES: dict[str, _Choice] = {
    "civility": _Choice(Civility, "la civilité", "e", {
        "madame": Civility.MRS, "mademoiselle": Civility.MRS, "mlle": Civility.MRS,
        "monsieur": Civility.MR, "m": Civility.MR}),
    "gender": _Choice(Gender, "le genre", "", {
        "f": Gender.FEMALE, "feminin": Gender.FEMALE, "h": Gender.MALE, "m": Gender.MALE,
        "masculin": Gender.MALE, "autre": Gender.OTHER, "non precise": Gender.OTHER}),
    "status": _Choice(ParticipantStatus, "le statut", "", {
        "salarie": ParticipantStatus.EMPLOYEE, "salariee": ParticipantStatus.EMPLOYEE,
        "demandeur d emploi": ParticipantStatus.JOB_SEEKER,
        "demandeuse d emploi": ParticipantStatus.JOB_SEEKER,
        "porteur de projet": ParticipantStatus.PROJECT_HOLDER,
        "porteuse de projet": ParticipantStatus.PROJECT_HOLDER,
        "particuliere": ParticipantStatus.INDIVIDUAL,
        "independant": ParticipantStatus.SELF_EMPLOYED,
        "independante": ParticipantStatus.SELF_EMPLOYED}),
}

# A yes/no column as people fill it in a spreadsheet (folded by _key); an empty cell means no.
_YES = frozenset({"oui", "o", "x", "1", "vrai", "yes", "y", "true"})
_NO = frozenset({"non", "n", "0", "faux", "no", "false"})


def _yes_no(text: str, label: str) -> tuple[bool, str | None]:
    key = _key(text)
    if key in _YES or key in _NO:
        return key in _YES, None
    return False, f"« {text} » n'est pas compris pour « {label} » (écrivez oui ou non)"


# participant_problems() speaks to someone at a form; a report needs the value and no field.
_PROBLEMS = {
    "last_name": "le nom est manquant",
    "first_name": "le prénom est manquant",
    "email": "l'adresse e-mail « {email} » n'est pas valide",
    "phone": "le numéro de téléphone « {phone} » n'est pas valide",
    "postal_code": "le code postal « {postal_code} » ne compte pas 5 chiffres",
}


@dataclass
class PlannedRow:
    """A row ready to become a participant; `structure` is a name, matched or created on import."""

    line: int
    data: ParticipantData
    structure: str = ""

    @property
    def name(self) -> str:
        return f"{self.data.first_name} {self.data.last_name}".strip()


@dataclass(frozen=True)
class RowError:
    """A refused row; `reason` is French, without the line: str() gives "ligne 7 : ..."."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"ligne {self.line} : {self.reason}"


def french_phone(text: str) -> str:
    """A spreadsheet keeps 06 12 34 56 78 as the number 612345678: give its 0 back."""
    return "0" + text if re.fullmatch(r"[1-9]\d{8}", text) else text


def french_postal_code(text: str) -> str:
    """Same loss for 01000 (Ain), stored as 1000; "59 000" is written with a space."""
    text = re.sub(r"\s", "", text)
    return "0" + text if re.fullmatch(r"\d{4}", text) else text


def _parse(row: Row, mapping: Mapping[str, int]) -> tuple[PlannedRow, list[str]]:
    """The row as a participant, with what is wrong with it (an empty list when it can be imported)."""

    def cell(name: str) -> str:
        index = mapping.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    data = ParticipantData(
        last_name=clean(cell("last_name")), first_name=clean(cell("first_name")),
        email=cell("email").lower(), phone=french_phone(cell("phone")),
        commune=clean(cell("commune")), postal_code=french_postal_code(cell("postal_code")))
    problems = [_PROBLEMS[name].format(**vars(data)) if name in _PROBLEMS else message
                for name, message in participant_problems(data).items()]
    for name, choice in _CHOICES.items():
        if text := cell(name):  # an empty cell keeps the default
            member = choice.find(text)
            if member is None:
                problems.append(choice.unknown(text))
            else:
                setattr(data, name, member)
    if text := cell("job_seeker"):
        data.job_seeker, problem = _yes_no(text, FIELDS["job_seeker"])
        problems += [problem] if problem else []
    return PlannedRow(row.line, data, clean(cell("structure"))), problems


# --- duplicates -------------------------------------------------------------------------------

@dataclass
class Duplicate:
    """A row naming someone already known: in the file (`existing_id` None, see `same_as_line`)."""

    line: int
    data: ParticipantData
    existing_id: int | None
    existing_name: str
    reason: str  # SAME_EMAIL or SAME_NAMES
    structure: str = ""
    same_as_line: int | None = None

    def __str__(self) -> str:
        name = f"{self.data.first_name} {self.data.last_name}"
        known = (f"la ligne {self.same_as_line}" if self.existing_id is None
                 else f"{self.existing_name}, déjà enregistré·e")
        return f"ligne {self.line} : {name}, doublon de {known} ({self.reason})"


@dataclass(frozen=True)
class _Known:
    participant_id: int | None
    name: str
    line: int | None = None


class _Index:
    """People already known, by lower-cased e-mail and by folded (name, first name, structure)."""

    def __init__(self) -> None:
        self._by_email: dict[str, _Known] = {}
        self._by_names: dict[tuple[str, str, str], _Known] = {}

    @classmethod
    def of_database(cls, session: Session) -> _Index:
        index = cls()
        query = (select(Participant.id, Participant.first_name, Participant.last_name,
                        Participant.email, Structure.name)
                 .outerjoin(Structure, Participant.structure_id == Structure.id)
                 .order_by(Participant.id))
        for pid, first, last, email, structure in session.execute(query):
            index._add(email, (fold(last), fold(first), fold(structure)), _Known(pid, f"{first} {last}"))
        return index

    def find(self, row: PlannedRow) -> tuple[_Known, str] | None:
        by_email = self._by_email.get(row.data.email.strip().lower())
        if by_email:
            return by_email, SAME_EMAIL
        by_names = self._by_names.get(_names(row))
        return (by_names, SAME_NAMES) if by_names else None

    def add(self, row: PlannedRow, known: _Known) -> None:
        self._add(row.data.email, _names(row), known)

    def _add(self, email: str, names: tuple[str, str, str], known: _Known) -> None:
        if email.strip():
            self._by_email.setdefault(email.strip().lower(), known)
        self._by_names.setdefault(names, known)


def _names(row: PlannedRow) -> tuple[str, str, str]:
    return fold(row.data.last_name), fold(row.data.first_name), fold(row.structure)


# --- plan and import --------------------------------------------------------------------------

@dataclass
class ImportResult:
    created: int = 0
    merged: int = 0
    skipped: int = 0  # duplicates left out
    errors: int = 0  # refused rows
    structures_created: int = 0

    def summary(self, dry_run: bool = False) -> str:
        """ "12 participant·es importé·es, 2 lignes refusées, 1 doublon ignoré." """
        done = ("participant·e à importer", "participant·es à importer") if dry_run else (
            "participant·e importé·e", "participant·es importé·es")
        parts = [_count(self.created, *done),
                 _count(self.errors, "ligne refusée", "lignes refusées"),
                 _count(self.skipped, "doublon ignoré", "doublons ignorés")]
        if self.merged:
            parts.append(_count(self.merged, "doublon complété", "doublons complétés"))
        if self.structures_created:
            parts.append(_count(self.structures_created, "structure créée", "structures créées"))
        text = ", ".join(parts) + "."
        return f"Simulation, rien n'a été enregistré : {text}" if dry_run else text


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n <= 1 else plural}"  # French: "0 doublon", "1 doublon"


@dataclass
class ImportPlan:
    """What apply_import would do; nothing is written until then."""

    mapping: dict[str, int]
    ready: list[PlannedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)

    def expected(self) -> ImportResult:
        """The result of importing without merging anything (what --dry-run reports)."""
        return ImportResult(created=len(self.ready), skipped=len(self.duplicates),
                            errors=len(self.errors))


def plan_import(db: Database, table: Table, mapping: Mapping[str, int]) -> ImportPlan:
    """Check every row and look for duplicates, in the database and earlier in the file."""
    _check_mapping(table, mapping)
    plan = ImportPlan(dict(mapping))
    with db.session() as session:
        index = _Index.of_database(session)
    for row in table.rows:
        planned, problems = _parse(row, mapping)
        if problems:
            plan.errors.append(RowError(row.line, " ; ".join(problems)))
        elif found := index.find(planned):
            known, reason = found
            plan.duplicates.append(Duplicate(row.line, planned.data, known.participant_id, known.name,
                                             reason, planned.structure, known.line))
            index.add(planned, known)  # its other e-mail or names also lead to that person
        else:
            plan.ready.append(planned)
            index.add(planned, _Known(None, planned.name, row.line))
    return plan


def _check_mapping(table: Table, mapping: Mapping[str, int]) -> None:
    wrong = {n: i for n, i in mapping.items() if n not in FIELDS or not 0 <= i < len(table.headers)}
    if wrong:
        raise ValueError(f"Unknown fields or columns in the mapping: {wrong}")
    missing = [f"« {FIELDS[name]} »" for name in REQUIRED if name not in mapping]
    if missing:
        columns = ", ".join(f"« {h} »" for h in table.headers)
        raise FormationError(
            f"Aucune colonne du fichier n'est associée à {' ni à '.join(missing)} "
            f"(colonnes lues : {columns}). Choisissez-la dans l'aperçu, ou donnez-lui ce nom "
            "sur la première ligne du fichier.")


def apply_import(db: Database, plan: ImportPlan, merge: Set[int] = frozenset()) -> ImportResult:
    """Create the ready rows in one transaction; duplicates whose line is in `merge` only fill
    the empty fields of the person they repeat, the others are skipped."""
    result = ImportResult(errors=len(plan.errors))
    pending = copy.deepcopy(plan.ready)  # merging must not alter the plan a dialog still shows
    by_line = {row.line: row for row in pending}
    with db.begin() as session:
        structures = _Structures(session)
        for duplicate in plan.duplicates:
            if duplicate.line in merge and _merge(session, duplicate, by_line, structures):
                result.merged += 1
            else:
                result.skipped += 1
        index = _Index.of_database(session)  # the plan may be stale (applied twice): check again
        for row in pending:
            if index.find(row):
                result.skipped += 1
                continue
            session.add(_participant(row, structures.id_for(row.structure)))
            index.add(row, _Known(None, row.name, row.line))
            result.created += 1
        result.structures_created = structures.created
    return result


class _Structures:
    """Structures by folded name; one a row names and nobody knows is created, as an association."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[str, int] = {}
        for sid, name in session.execute(select(Structure.id, Structure.name).order_by(Structure.id)):
            self._ids.setdefault(fold(name), sid)
        self.created = 0

    def id_for(self, name: str) -> int | None:
        if not name:
            return None
        if fold(name) not in self._ids:
            structure = Structure(name=name, kind=StructureKind.ASSOCIATION)
            self._session.add(structure)
            self._session.flush()
            self._ids[fold(name)] = structure.id
            self.created += 1
        return self._ids[fold(name)]


def _participant(row: PlannedRow, structure_id: int | None) -> Participant:
    values = asdict(row.data)
    del values["id"]
    values["structure_id"] = structure_id
    return Participant(**values)


def _merge(session: Session, duplicate: Duplicate, by_line: Mapping[int, PlannedRow],
           structures: _Structures) -> bool:
    """Fill the person's empty fields from the row; False if that person is gone."""
    if duplicate.existing_id is None:  # an earlier row of the file, not created yet
        earlier = by_line.get(duplicate.same_as_line or 0)
        if earlier is None:
            return False
        _fill_empty(earlier.data, duplicate.data)
        earlier.structure = earlier.structure or duplicate.structure
        return True
    person = session.get(Participant, duplicate.existing_id)
    if person is None:  # deleted since the preview
        return False
    _fill_empty(person, duplicate.data)
    if person.structure_id is None:
        person.structure_id = structures.id_for(duplicate.structure)
    return True


# The status always holds a value (Bénévole by default): it is never "empty", so never merged.
_UNSET = {"email": "", "phone": "", "commune": "", "postal_code": "",
          "civility": Civility.NONE, "gender": Gender.OTHER, "job_seeker": False}


def _fill_empty(target: Participant | ParticipantData, source: ParticipantData) -> None:
    for name, unset in _UNSET.items():
        if getattr(target, name) == unset:
            setattr(target, name, getattr(source, name))


# --- command line -----------------------------------------------------------------------------

def run_cli(db: Database, path: Path, dry_run: bool = False) -> int:
    """Import `path` with the guessed columns, report in French; 1 only if the file is unusable."""
    try:
        table = read_table(path)
        mapping = guess_mapping(table.headers)
        print(_mapping_report(path, table, mapping))
        plan = plan_import(db, table, mapping)
    except FormationError as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 1
    if plan.errors:
        print("Lignes refusées :", *(f"  {error}" for error in plan.errors), sep="\n")
    if plan.duplicates:
        print("Doublons (non importés) :", *(f"  {dup}" for dup in plan.duplicates), sep="\n")
    result = plan.expected() if dry_run else apply_import(db, plan)
    print(result.summary(dry_run))
    return 0


def _mapping_report(path: Path, table: Table, mapping: Mapping[str, int]) -> str:
    lines = [f"Fichier « {path.name} » : {_count(len(table.rows), 'ligne', 'lignes')} à lire.",
             "Colonnes utilisées :"]
    lines += [f"  {FIELDS[name]} ← « {table.headers[index]} »" for name, index in mapping.items()]
    ignored = [f"« {h} »" for i, h in enumerate(table.headers) if i not in mapping.values()]
    if ignored:
        lines.append(f"Colonnes ignorées : {', '.join(ignored)}")
    return "\n".join(lines)
