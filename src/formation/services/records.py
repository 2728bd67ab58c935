"""Small helpers shared by the services."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from formation.core.errors import NotFoundError
from formation.storage.models import Base

M = TypeVar("M", bound=Base)


def copy_fields(data: Any, row: Base, names: list[str]) -> None:
    for name in names:
        setattr(row, name, getattr(data, name))


def get_or_404(session: Session, model: type[M], row_id: int, what: str) -> M:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"{what} introuvable (peut-être supprimé·e entre-temps).")
    return row


def strip_strings(data: Any) -> None:
    """Trim every text field of a dataclass: what is checked is exactly what is stored."""
    for name, value in vars(data).items():
        if isinstance(value, str):
            setattr(data, name, value.strip())


def clean(text: str | None) -> str:
    """Trimmed, with runs of spaces folded: what users meant to type."""
    return " ".join((text or "").split())
