"""The organisation's own identity: what every document's letterhead and signature need."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from formation.core import validation as check
from formation.core.errors import ValidationError
from formation.services.records import clean, strip_strings
from formation.storage.database import Database
from formation.storage.models import Organisation


@dataclass
class OrganisationData:
    name: str = ""
    siret: str = ""
    nda: str = ""
    qualiopi_number: str = ""
    qualiopi_date: date | None = None
    qualiopi_certifier: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    representative_name: str = ""
    representative_title: str = ""
    signature_town: str = ""
    logo: bytes | None = None
    signature: bytes | None = None
    disability_referent: str = ""  # Qualiopi indicator 26: who disabled participants turn to
    disability_referent_contact: str = ""
    alert_attendance_percent: int = 80


def get_organisation(db: Database) -> OrganisationData:
    with db.session() as s:
        row = s.get(Organisation, 1)
        data = OrganisationData()
        if row is not None:
            for f in fields(data):
                setattr(data, f.name, getattr(row, f.name))
        return data


def save_organisation(db: Database, data: OrganisationData) -> None:
    strip_strings(data)
    data.name = clean(data.name)
    data.siret, data.nda = check.digits(data.siret), check.digits(data.nda)
    problems = check.collect(
        name=check.required(data.name, "Le nom de l'organisme"),
        siret=check.siret(data.siret),
        nda=check.nda(data.nda),
        postal_code=check.postal_code(data.postal_code),
        email=check.email(data.email),
        phone=check.phone(data.phone),
    )
    if not 0 <= data.alert_attendance_percent <= 100:
        problems["alert_attendance_percent"] = "Le seuil d'assiduité est un pourcentage, de 0 à 100."
    if problems:
        raise ValidationError(problems)
    with db.begin() as s:
        row = s.get(Organisation, 1) or Organisation(id=1)
        for f in fields(data):
            setattr(row, f.name, getattr(data, f.name))
        s.add(row)
