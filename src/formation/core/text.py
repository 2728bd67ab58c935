"""Text helpers shared by search, import and duplicate detection."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lower-case, accent-free, single-spaced: 'Éloïse  DUPONT' -> 'eloise dupont'."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", bare).strip().casefold()


def slugify(text: str) -> str:
    """File-name friendly: "Le fonctionnement associatif" -> "le-fonctionnement-associatif"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
