"""Who issues a document and under which number: the letterhead, the signatory and the stamp.

Plain values, gathered once and shared by the PDF and Word renderers of every document kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from formation.services import organisation
from formation.storage.database import Database

# No 0/O, 1/I/L: a code read aloud on the phone or typed from paper cannot be misread.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8


@dataclass(frozen=True)
class Issuer:
    name: str
    street: str
    postal_code: str
    city: str
    siret: str
    nda: str
    email: str
    phone: str
    qualiopi: str
    representative: str
    representative_title: str
    town: str  # where documents are signed ("Fait à …")
    logo: bytes | None
    signature: bytes | None

    @property
    def address(self) -> str:
        """'12 rue des Arts, 59000 Lille'"""
        town = " ".join(part for part in (self.postal_code, self.city) if part)
        return ", ".join(part for part in (self.street, town) if part)

    @property
    def contact(self) -> str:
        return " · ".join(part for part in (self.email, self.phone) if part)

    @property
    def role(self) -> str:
        """The representative's title as it reads inside a sentence: 'directrice', 'DG'."""
        title = self.representative_title
        return title if title.isupper() else title[:1].lower() + title[1:]

    @property
    def signatory(self) -> str:
        """'Hélène Vercruysse, directrice'"""
        return ", ".join(part for part in (self.representative, self.role) if part)

    @property
    def legal_lines(self) -> list[str]:
        return legal_lines(self.siret, self.nda)

    @property
    def qualiopi_line(self) -> str:
        return qualiopi_line(self.qualiopi)


@dataclass(frozen=True)
class Stamp:
    """The register's marks printed on a document: its number, version and verification code."""

    prefix: str  # "CR"
    year: int
    number: int
    version: int
    code: str  # 8 characters of CODE_ALPHABET
    issued_at: datetime

    @property
    def reference(self) -> str:
        """'CR-2026-0007', then ' (version 2)' for a reissue."""
        base = f"{self.prefix}-{self.year}-{self.number:04d}"
        return base if self.version == 1 else f"{base} (version {self.version})"

    @property
    def display_code(self) -> str:
        return display_code(self.code)


def display_code(code: str) -> str:
    """'K7M2QX9P' -> 'K7M2-QX9P': two groups are easier to read out and type."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}" if len(code) == CODE_LENGTH else code


def legal_lines(siret: str, nda: str) -> list[str]:
    """SIRET and NDA, with the mention the law asks for wherever the NDA is printed."""
    parts = []
    if siret:
        parts.append(f"SIRET {grouped(siret, (3, 3, 3, 5))}")
    if nda:
        parts.append(f"Déclaration d'activité n° {grouped(nda, (2, 2, 5, 2))}")
    lines = [" · ".join(parts)] if parts else []
    if nda:
        lines.append("Cet enregistrement ne vaut pas agrément de l'État.")
    return lines


def qualiopi_line(number: str) -> str:
    return f"Certification Qualiopi n° {number}" if number else ""


def grouped(digits: str, sizes: Sequence[int]) -> str:
    """'12345678900012' -> '123 456 789 00012', when the number has the expected length."""
    if len(digits) != sum(sizes) or not digits.isdigit():
        return digits
    parts, start = [], 0
    for size in sizes:
        parts.append(digits[start:start + size])
        start += size
    return " ".join(parts)


def gather_issuer(db: Database) -> Issuer:
    data = organisation.get_organisation(db)
    return Issuer(
        name=data.name, street=data.address, postal_code=data.postal_code, city=data.city,
        siret=data.siret, nda=data.nda, email=data.email, phone=data.phone,
        qualiopi=data.qualiopi_number, representative=data.representative_name,
        representative_title=data.representative_title,
        town=data.signature_town or data.city, logo=data.logo, signature=data.signature)
