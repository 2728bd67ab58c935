"""What ties a fillable PDF to its response, and how its fields are named: shared by the PDF
renderer (formation.documents.form_pdf) and the import (formation.services.forms_import).

Each answer field is a PDF field of the same name (`statut`, `acquis__3__sortie`), except the
choices of a multiple choice question: one checkbox each, `<id>__1`, `<id>__2`… in the order of
the choices. Three hidden, read-only fields say which response the file is for; the checksum ties
them to the session, the registration, the template's exact text and the objectives shown, so a
PDF edited by hand or made from another Formation file is refused.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence

from formation.forms.model import SEPARATOR, Field, JsonValue, QuestionType, Template, fields_for
from formation.services.forms_store import Response

RESPONSE_FIELD = "_formation_response"
TEMPLATE_FIELD = "_formation_template"
CHECK_FIELD = "_formation_check"
#: The value of a ticked checkbox; a radio group or checkbox left alone reads "/Off".
CHECKED = "Yes"
OFF = "Off"


def choice_field_name(field_id: str, number: int) -> str:
    """The checkbox of the `number`-th choice (from 1) of a multiple choice field."""
    return f"{field_id}{SEPARATOR}{number}"


def pdf_values(template: Template, objectives: Sequence[str],
               answers: Mapping[str, JsonValue]) -> dict[str, str]:
    """Stored answers as PDF field values, to print a filled copy: the reverse of the import."""
    values: dict[str, str] = {}
    for field in fields_for(template, objectives):
        value = answers.get(field.id)
        if value is None:
            continue
        if field.type is QuestionType.MULTIPLE_CHOICE and isinstance(value, list):
            values.update({choice_field_name(field.id, n): "/" + CHECKED
                           for n, choice in enumerate(field.choices, start=1) if choice in value})
        elif field.type is QuestionType.YES_NO:
            values[field.id] = "/Oui" if value is True else "/Non"
        elif field.type in (QuestionType.SINGLE_CHOICE, QuestionType.SCALE):
            values[field.id] = f"/{value}"
        elif field.type is QuestionType.DATE and isinstance(value, str):
            values[field.id] = "/".join(reversed(value.split("-")))
        else:
            values[field.id] = str(value)
    return values


def checksum(response: Response) -> str:
    payload = json.dumps([response.id, response.session_id, response.registration_id,
                          response.template.key, response.template.version,
                          response.template.sha256, list(response.objectives)], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def hidden_values(response: Response) -> dict[str, str]:
    return {RESPONSE_FIELD: str(response.id), TEMPLATE_FIELD: response.template_ref,
            CHECK_FIELD: checksum(response)}


def caption(field: Field) -> str:
    """How a person names the field in a message: « label », objectif 2 (sortie)."""
    question = f"« {field.question.label} »"
    if field.objective is None:
        return f"{question}, {field.label.lower()}" if field.is_comment else question
    where = f"objectif {field.objective}"
    if field.phase is not None:
        where += f" ({field.phase.label})"
    if field.is_comment:
        where += f", {field.label.lower()}"
    return f"{question}, {where}"
