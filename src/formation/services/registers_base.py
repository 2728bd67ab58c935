"""What the quality registers share: date checks in French, storing a row, naming a session."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from formation.core.enums import LabelledEnum
from formation.core.errors import ValidationError
from formation.core.frenchfmt import short_date
from formation.services.records import copy_fields, get_or_404
from formation.storage.database import Database
from formation.storage.models import Attachment, Base, Complaint
from formation.storage.models import Session as TrainingSession

E = TypeVar("E", bound=LabelledEnum)

FUTURE = "Cette date n'est pas encore arrivée : indiquez le jour où cela a eu lieu."


def date_required(value: date | None, what: str) -> str | None:
    return None if value is not None else f"{what} est obligatoire."


def not_future(value: date | None, today: date) -> str | None:
    return FUTURE if value is not None and value > today else None


def member_problem(enum: type[LabelledEnum], value: object, message: str) -> str | None:
    """`message` unless `value` is a member (or the code of one) of `enum`."""
    return None if value in {m.value for m in enum} else message


def as_member(enum: type[E], code: str, fallback: E) -> E:
    """The member stored as `code`; `fallback` for a code this version does not know."""
    return next((m for m in enum if m.value == code), fallback)


def in_order(problems: dict[str, str],
             steps: Sequence[tuple[str, date | None, str, str]]) -> None:
    """Each step's date (name, date, 'La réponse', 'la réponse') follows the last date given before
    it; a step out of order gets its message, unless that field already has one."""
    previous: tuple[date, str] | None = None
    for name, day, subject, object_ in steps:
        if day is None:
            continue
        if previous is not None and day < previous[0] and name not in problems:
            problems[name] = (f"{subject} ne peut pas précéder {previous[1]} du "
                              f"{short_date(previous[0])}.")
        if previous is None or day >= previous[0]:
            previous = (day, object_)


def length_problems(model: type[Base], data: object) -> dict[str, str]:
    """Texts longer than their column allows (SQLite would keep them; other tools would not)."""
    problems = {}
    for column in model.__table__.columns:
        length = getattr(column.type, "length", None)
        value = getattr(data, column.name, None)
        if length and isinstance(value, str) and len(value) > length:
            problems[column.name] = (f"Ce champ compte au plus {length} caractères "
                                     f"(il en a {len(value)}).")
    return problems


def refuse(problems: dict[str, str]) -> None:
    if problems:
        raise ValidationError(problems)


def store(db: Database, model: type[Base], data: Any, names: Sequence[str], what: str) -> int:
    """Create or update the row of `data` (already checked); returns its id."""
    with db.begin() as s:
        row_id = getattr(data, "id", None)
        row = get_or_404(s, model, row_id, what) if row_id else model()
        copy_fields(data, row, list(names))
        s.add(row)
        s.flush()
        new_id: int = row.id  # type: ignore[attr-defined]
        return new_id


def missing_links(s: Session, session_id: int | None = None,
                  complaint_id: int | None = None) -> dict[str, str]:
    """A chosen session or complaint deleted meanwhile (by someone else, or in another window)."""
    problems = {}
    if session_id is not None and s.get(TrainingSession, session_id) is None:
        problems["session_id"] = "Cette session n'existe plus : choisissez-en une autre."
    if complaint_id is not None and s.get(Complaint, complaint_id) is None:
        problems["complaint_id"] = "Cette réclamation n'existe plus : choisissez-en une autre."
    return problems


def attachment_counts(s: Session, owner_table: str) -> dict[int, int]:
    """How many files each row of `owner_table` holds."""
    rows = s.execute(select(Attachment.owner_id, func.count(Attachment.id))
                     .where(Attachment.owner_table == owner_table)
                     .group_by(Attachment.owner_id)).all()
    return {owner_id: count for owner_id, count in rows}


def session_label(session: TrainingSession | None) -> str:
    if session is None:
        return ""
    return f"{session.code} — {session.course.title} ({short_date(session.start_date)})"


def session_choices(db: Database) -> list[tuple[str, int]]:
    """(label, id) of every session, the latest first: what a register row may refer to."""
    with db.session() as s:
        rows = s.scalars(select(TrainingSession).options(selectinload(TrainingSession.course))
                         .order_by(TrainingSession.start_date.desc(), TrainingSession.code)).all()
        return [(session_label(r), r.id) for r in rows]


def shorten(text: str, width: int = 60) -> str:
    """The first line of `text`, cut at a word with an ellipsis past `width` characters."""
    line = " ".join((text or "").split())
    if len(line) <= width:
        return line
    return line[:width].rsplit(" ", 1)[0].rstrip(" ,;:.") + "…"
