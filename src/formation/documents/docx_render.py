"""Word documents from docxtpl templates: the organisation's own template if it has one.

Templates are looked up first in the data folder's `modeles/` (an organisation's restyled
copy), then in the shipped resources/templates/. Text is XML-escaped by Jinja (autoescape):
« R&D <avancé> » prints as typed. A value on several lines keeps its line breaks.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage, Listing  # type: ignore[import-untyped, unused-ignore]

from formation import paths
from formation.core.errors import FormationError
from formation.documents import qr
from formation.documents.issuer import Issuer, Stamp
from formation.documents.pdf_page import image_reader
from formation.documents.wording import made_at, typo
from formation.resources import resource

OVERRIDES = "modeles"  # in the data folder, beside the organisation's file


def template_path(name: str) -> Path:
    own = paths.data_dir() / OVERRIDES / f"{name}.docx"
    if own.is_file():
        return own
    shipped = resource("templates", f"{name}.docx")
    if not shipped.is_file():
        raise FormationError(f"Le modèle Word « {name}.docx » est introuvable ({shipped}) : "
                             "l'installation de Formation est incomplète.")
    return shipped


def render(name: str, context: Mapping[str, Any], issuer: Issuer, stamp: Stamp, *,
           title: str, subject: str | None = None) -> bytes:
    """The template filled; its properties say the title and, unless told otherwise, the issued
    document's reference and code."""
    template = DocxTemplate(str(template_path(name)))
    full = {**common_context(template, issuer, stamp), **context}
    template.render(_with_breaks(full), autoescape=True)
    properties = template.docx.core_properties
    properties.title, properties.author = title, issuer.name
    properties.subject = subject or f"{stamp.reference} · code {stamp.display_code}"
    properties.created = properties.modified = stamp.issued_at
    properties.last_modified_by = issuer.name
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()


def common_context(template: DocxTemplate, issuer: Issuer, stamp: Stamp) -> dict[str, Any]:
    """What every template may use: the organisation, images, reference and code."""
    return {
        "org": {
            "name": issuer.name, "address": issuer.address, "contact": issuer.contact,
            "email": issuer.email, "phone": issuer.phone, "siret": issuer.siret, "nda": issuer.nda,
            "legal": " · ".join(issuer.legal_lines), "qualiopi": issuer.qualiopi_line,
            "representative": issuer.representative, "role": issuer.role,
            "signatory": issuer.signatory, "town": issuer.town,
        },
        "logo": _image(template, issuer.logo, height=16),
        "signature": _image(template, issuer.signature, height=17),
        "qr": InlineImage(template, io.BytesIO(qr.png(stamp.code)), width=Mm(22)),
        "reference": stamp.reference,
        "code": stamp.display_code,
        "made_at": made_at(issuer.town, stamp.issued_at.date()),
    }


def _image(template: DocxTemplate, data: bytes | None, *, height: float) -> InlineImage | str:
    """The image at `height` mm, ratio kept; nothing when there is none or it cannot be read."""
    reader = image_reader(data)
    if reader is None or data is None:
        return ""
    width, tall = reader.getSize()
    scale = min(height / tall, 45 / width) if width and tall else 0
    return InlineImage(template, io.BytesIO(data), width=Mm(width * scale), height=Mm(tall * scale))


def _with_breaks(value: Any) -> Any:
    """French spacing; strings on several lines become Listings, shown with their line breaks."""
    if isinstance(value, str):
        value = typo(value)
        return Listing(value) if "\n" in value else value
    if isinstance(value, dict):
        return {key: _with_breaks(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_with_breaks(item) for item in value]
    return value
