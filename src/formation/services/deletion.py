"""Deleting with an undo: the row and everything the database would cascade is kept aside.

The database's own ON DELETE rules decide what goes with a row: CASCADE children are saved
and restored with it, SET NULL links are saved and put back, RESTRICT refuses the deletion.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from formation.core.errors import DeletionRefused, NotFoundError
from formation.storage.database import Database
from formation.storage.models import Base


@dataclass
class Deleted:
    """What an undo needs: the rows removed (parents first) and the links that were cleared."""

    label: str
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    cleared_links: list[tuple[str, str, dict[str, Any], Any]] = field(default_factory=list)


def delete_with_undo(db: Database, table_name: str, row_id: int, label: str,
                     also: Callable[[Session, Deleted], None] | None = None) -> Deleted:
    """Delete the row and what the database cascades, kept for `undo`; `also` removes, in the same
    transaction, what the database does not know goes with it (adding it to `deleted`)."""
    table = Base.metadata.tables[table_name]
    deleted = Deleted(label)
    with db.begin() as s:
        collect(s, table, {"id": row_id}, deleted)
        if not deleted.rows:
            raise NotFoundError(f"{label} introuvable (déjà supprimé·e ?).")
        if also is not None:
            also(s, deleted)
        s.execute(delete(table).where(table.c.id == row_id))
    return deleted


def undo(db: Database, deleted: Deleted) -> None:
    # Parents before children: a row may hang from two deleted parents (attendance from
    # both its slot and its registration), so the schema's order decides, not the walk's.
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    with db.begin() as s:
        for table_name, values in sorted(deleted.rows, key=lambda r: order[r[0]]):
            s.execute(insert(Base.metadata.tables[table_name]).values(**values))
        for table_name, column, key, value in deleted.cleared_links:
            table = Base.metadata.tables[table_name]
            s.execute(update(table).where(*_match(table, key)).values({column: value}))


def _match(table: Table, key: dict[str, Any]) -> list[Any]:
    return [table.c[name] == value for name, value in key.items()]


def collect(s: Session, table: Table, key: dict[str, Any], deleted: Deleted) -> None:
    row = s.execute(select(table).where(*_match(table, key))).mappings().first()
    if row is None or (table.name, dict(row)) in deleted.rows:
        return  # already collected through another parent
    deleted.rows.append((table.name, dict(row)))
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is not table:
                continue
            parent_value = row[fk.column.name]
            children = s.execute(select(child).where(fk.parent == parent_value)).mappings().all()
            if not children:
                continue
            pk_names = [c.name for c in child.primary_key.columns]
            if fk.ondelete == "CASCADE":
                for child_row in children:
                    collect(s, child, {n: child_row[n] for n in pk_names}, deleted)
            elif fk.ondelete == "SET NULL":
                deleted.cleared_links += [(child.name, fk.parent.name,
                                           {n: c[n] for n in pk_names}, parent_value)
                                          for c in children]
            else:
                raise DeletionRefused(
                    f"{deleted.label} ne peut pas être supprimé·e : d'autres éléments en dépendent."
                )
