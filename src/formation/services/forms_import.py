"""Reading answers back: fillable PDFs made by Formation, folders of them, spreadsheets (CSV).

Every file (and every spreadsheet row) is stored whole or not at all: a PDF that is not one of
ours, is for another template or version, names a response that does not exist, fails its
checksum, or whose answers do not validate, is refused with a French reason and leaves the file
untouched. Answers are checked against the response's own template version and objectives.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from formation.core.errors import FormationError
from formation.forms.model import QuestionType, Template, fields_for
from formation.services import forms_store
from formation.services.forms_csv import import_sheet
from formation.services.forms_fields import (
    CHECK_FIELD,
    OFF,
    RESPONSE_FIELD,
    TEMPLATE_FIELD,
    checksum,
    choice_field_name,
)
from formation.services.forms_outcome import Outcome, Refused, store
from formation.services.forms_store import Response
from formation.storage.database import Database

PDF_SUFFIX = ".pdf"
SHEET_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")


# --- PDF ---------------------------------------------------------------------------------------------

def import_pdf(db: Database, data: bytes, where: str, *, now: datetime,
               template_key: str | None = None, replace: bool = False) -> Outcome:
    """Store the answers of a filled PDF into the response it was made for."""
    try:
        response, raw = read_pdf(db, data, template_key)
        return store(db, response, raw, "pdf", where, now=now, replace=replace)
    except FormationError as error:
        return Outcome(where, False, str(error))


def read_pdf(db: Database, data: bytes,
             template_key: str | None = None) -> tuple[Response, dict[str, Any]]:
    """The response a filled PDF belongs to and its raw answers; Refused if it does not match."""
    fields = _pdf_fields(data)
    response = _response_of(db, fields, template_key)
    return response, raw_answers(response.template, response.objectives, fields)


def _pdf_fields(data: bytes) -> dict[str, Any]:
    try:
        fields = PdfReader(io.BytesIO(data)).get_fields() or {}
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        raise Refused("ce fichier n'est pas un PDF lisible (endommagé, protégé par un mot de passe "
                      "ou d'un autre format).") from None
    if not fields:
        raise Refused("ce PDF n'a aucun champ à remplir : ce n'est pas un questionnaire de Formation "
                      "(un questionnaire rempli à la main puis scanné se saisit à l'écran).")
    return {name: field.get("/V") for name, field in fields.items()}


def _response_of(db: Database, fields: Mapping[str, Any], template_key: str | None) -> Response:
    number, ref, check = (_text(fields.get(name)) for name in (RESPONSE_FIELD, TEMPLATE_FIELD,
                                                                CHECK_FIELD))
    if not number.isdigit() or not ref or not check:
        raise Refused("ce PDF ne porte pas les identifiants cachés d'un questionnaire de Formation : "
                      "il vient d'ailleurs, ou ils ont été retirés. Imprimez le questionnaire depuis "
                      "Formation (formation forms print).")
    key, _, version = ref.partition(":")
    if template_key and key != template_key:
        raise Refused(f"ce PDF est le questionnaire « {key} », pas « {template_key} ».")
    try:
        response = forms_store.get_response(db, int(number))
    except FormationError:
        raise Refused(f"le questionnaire n° {number} n'existe pas (ou plus) dans ce fichier : le "
                      "PDF vient d'un autre fichier Formation, ou le questionnaire a été "
                      "supprimé.") from None
    if response.template_ref != ref:
        raise Refused(f"ce PDF est le modèle « {key} » version {version or '?'}, mais le questionnaire "
                      f"n° {number} est le modèle « {response.template.key} » version "
                      f"{response.template.version} : les réponses ne correspondent pas.")
    if checksum(response) != check:
        raise Refused(f"le code de contrôle de ce PDF ne correspond pas au questionnaire n° {number} : "
                      "le PDF a été modifié, ou il vient d'un autre fichier Formation.")
    return response


def raw_answers(template: Template, objectives: Sequence[str],
                fields: Mapping[str, Any]) -> dict[str, Any]:
    """The PDF's values by answer field id: text as typed, a choice's words, `/Off` as no answer."""
    raw: dict[str, Any] = {}
    for field in fields_for(template, objectives):
        if field.type is QuestionType.MULTIPLE_CHOICE:
            raw[field.id] = [choice for n, choice in enumerate(field.choices, start=1)
                             if _ticked(fields.get(choice_field_name(field.id, n)))]
        else:
            raw[field.id] = _text(fields.get(field.id))
    return raw


def _text(value: Any) -> str:
    """A text field's text, or a button's state without its '/', '' when off or empty."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith("/"):
        text = text[1:]
    return "" if text == OFF else text


def _ticked(value: Any) -> bool:
    return bool(_text(value))


# --- files and folders ---------------------------------------------------------------------------------

def import_paths(db: Database, paths: Sequence[Path], templates: Mapping[str, Template], *,
                 now: datetime, template_key: str | None = None, session_id: int | None = None,
                 mapping: Mapping[str, str] | None = None, replace: bool = False) -> list[Outcome]:
    """Each PDF (a folder: the PDFs in it) and each spreadsheet, in the order given."""
    outcomes: list[Outcome] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            pdfs = sorted(p for p in path.iterdir() if p.suffix.lower() == PDF_SUFFIX and p.is_file())
            if not pdfs:
                outcomes.append(Outcome(path.name, False, "aucun fichier PDF dans ce dossier."))
            outcomes += [_import_pdf_file(db, p, now, template_key, replace) for p in pdfs]
        elif path.suffix.lower() == PDF_SUFFIX:
            outcomes.append(_import_pdf_file(db, path, now, template_key, replace))
        elif path.suffix.lower() in SHEET_SUFFIXES:
            outcomes += import_sheet(db, path, templates, template_key, now=now,
                                     session_id=session_id, mapping=mapping, replace=replace)
        else:
            outcomes.append(Outcome(path.name, False, "ce n'est ni un PDF, ni un tableur (CSV ou "
                                                      "XLSX), ni un dossier."))
    return outcomes


def _import_pdf_file(db: Database, path: Path, now: datetime, template_key: str | None,
                     replace: bool) -> Outcome:
    try:
        data = path.read_bytes()
    except OSError as error:
        return Outcome(path.name, False, f"fichier illisible ({error.strerror}).")
    return import_pdf(db, data, path.name, now=now, template_key=template_key, replace=replace)


def report(outcomes: Sequence[Outcome]) -> list[str]:
    """One line per file or row, then the totals: what `formation forms import` prints."""
    lines = []
    for outcome in outcomes:
        status = "Enregistré" if outcome.stored else "Inchangé" if outcome.unchanged else "Refusé"
        lines.append(f"{status.ljust(10)}  {outcome.where} — {outcome.message}")
    stored = sum(o.stored for o in outcomes)
    refused = sum(o.refused for o in outcomes)
    unchanged = len(outcomes) - stored - refused
    total = (f"{stored} enregistré{'s' if stored > 1 else ''}, {refused} refusé"
             f"{'s' if refused > 1 else ''}")
    lines.append(total + (f", {unchanged} déjà à jour." if unchanged else "."))
    return lines
