"""Checks of single values, each answering with the French sentence a user needs, or None."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d .\-()]{6,20}$")


def digits(text: str) -> str:
    return re.sub(r"\s", "", text or "")


def required(value: str, what: str) -> str | None:
    return None if value and value.strip() else f"{what} est obligatoire."


def email(value: str) -> str | None:
    if value and not _EMAIL.match(value.strip()):
        return "Cette adresse e-mail n'est pas valide (exemple : prenom.nom@exemple.fr)."
    return None


def phone(value: str) -> str | None:
    if value and not _PHONE.match(value.strip()):
        return "Ce numéro de téléphone n'est pas valide (exemple : 03 20 15 14 18)."
    return None


def siret(value: str) -> str | None:
    value = digits(value)
    if value and not (value.isdigit() and len(value) == 14):
        return "Le SIRET compte 14 chiffres."
    return None


def nda(value: str) -> str | None:
    value = digits(value)
    if value and not (value.isdigit() and len(value) == 11):
        return "Le numéro de déclaration d'activité compte 11 chiffres."
    return None


def postal_code(value: str) -> str | None:
    if value and not re.fullmatch(r"\d{5}", value.strip()):
        return "Le code postal compte 5 chiffres."
    return None


def nsf_code(value: str) -> str | None:
    if value and not re.fullmatch(r"\d{3}[a-z]?", value.strip()):
        return "Le code NSF compte 3 chiffres (exemple : 332)."
    return None


def collect(**checks: str | None) -> dict[str, str]:
    """Keep the failed checks, by field name: collect(email=email(x), ...)."""
    return {name: message for name, message in checks.items() if message}
