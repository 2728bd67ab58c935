"""File names of issued documents: sortable by date, readable, safe on every system.

'2026-03-12_fonctionnement-associatif_DUPONT-Marie_certificat-realisation.pdf'
"""

from __future__ import annotations

from datetime import date

from formation.core.text import slugify

COURSE_LENGTH = 48
ARTICLES = ("le-", "la-", "les-", "l-", "un-", "une-", "des-")  # "Le fonctionnement…" files under F
# Letters that Unicode does not decompose into a base letter and an accent.
LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o", "Ø": "O"})


def slug(text: str, limit: int | None = None) -> str:
    """slugify, keeping 'œ' as 'oe', cut at a hyphen before `limit` characters."""
    result = slugify(text.translate(LIGATURES))
    if limit and len(result) > limit:
        result = result[:limit].rsplit("-", 1)[0] or result[:limit]
        while len(result) > 2 and result[-2] == "-":  # no "…-projets-d" left by the cut
            result = result[:-2]
    return result


def person_part(last_name: str, first_name: str) -> str:
    """'DUPONT-Marie', 'LE-GALL-Anne-Sophie'."""
    last = slug(last_name).upper()
    first = "-".join(part.capitalize() for part in slug(first_name).split("-") if part)
    return "-".join(part for part in (last, first) if part) or "sans-nom"


def course_part(title: str) -> str:
    """'Le fonctionnement associatif' -> 'fonctionnement-associatif'."""
    result = slug(title)
    for article in ARTICLES:
        if result.startswith(article) and len(result) > len(article):
            result = result[len(article):]
            break
    return slug(result, COURSE_LENGTH) or "formation"


def document_name(start: date, course_title: str, who: str, kind_name: str, version: int,
                  fmt: str) -> str:
    """`who` is a person_part, a structure's slug, or "" for a session's own document."""
    parts = [start.isoformat(), course_part(course_title), who, kind_name]
    name = "_".join(part for part in parts if part)
    return f"{name}{f'_v{version}' if version > 1 else ''}.{fmt}"


def merged_name(start: date, course_title: str, kind_name: str) -> str:
    """The single PDF of a whole batch, to print in one go."""
    return f"{start.isoformat()}_{course_part(course_title)}_{kind_name}_tous.pdf"
