"""Files kept with a register row (a complaint's letter, a trainer's CV…), and deleting a row with them.

An attachment names its row by table and id, with no foreign key: whoever deletes a row deletes its
files in the same transaction (delete_with_attachments), and an undo brings both back.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from formation.core.errors import FormationError, NotFoundError
from formation.services.deletion import Deleted, delete_with_undo
from formation.services.records import get_or_404
from formation.storage.database import Database
from formation.storage.models import Attachment, Base

# The rows that may hold files, and what to call them in a message.
OWNERS = {
    "complaint": "La réclamation",
    "improvement_action": "L'action d'amélioration",
    "trainer_training": "La formation suivie",
    "watch_entry": "L'entrée de veille",
    "partner": "Le partenaire",
    "trainer": "Le ou la formateur·rice",
}
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    owner_table: str
    owner_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime


def size_label(size: int) -> str:
    """1 234 567 -> '1,2 Mo'; 2 048 -> '2 ko'; anything under a kilobyte is '1 ko'."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} Mo".replace(".", ",")
    return f"{max(1, round(size / 1024))} ko"


def attach(db: Database, owner_table: str, owner_id: int, path: Path,
           now: datetime | None = None) -> int:
    """Keep a copy of the file at `path` with the row; the original may then move or go."""
    if not path.is_file():
        raise FormationError(f"Le fichier « {path} » est introuvable.")
    return attach_bytes(db, owner_table, owner_id, path.name, path.read_bytes(), now)


def attach_bytes(db: Database, owner_table: str, owner_id: int, filename: str, content: bytes,
                 now: datetime | None = None) -> int:
    name = Path(filename).name
    if owner_table not in OWNERS:
        raise ValueError(f"no attachments for table {owner_table!r}")
    if not content:
        raise FormationError(f"« {name} » est vide : choisissez le bon fichier.")
    if len(content) > MAX_BYTES:
        raise FormationError(f"« {name} » dépasse 50 Mo : enregistrez-le en plus léger (un PDF "
                             "numérisé en 150 ppp suffit).")
    table = Base.metadata.tables[owner_table]
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    with db.begin() as s:
        if s.execute(select(table.c.id).where(table.c.id == owner_id)).first() is None:
            raise NotFoundError(f"{OWNERS[owner_table]} introuvable (peut-être supprimé·e "
                                "entre-temps).")
        row = Attachment(owner_table=owner_table, owner_id=owner_id, filename=name,
                         media_type=media_type, content=content,
                         sha256=hashlib.sha256(content).hexdigest(), added_at=now or datetime.now())
        s.add(row)
        s.flush()
        return row.id


def list_attachments(db: Database, owner_table: str, owner_id: int) -> list[AttachmentRow]:
    """The files of one row, in the order they were added."""
    query = (select(Attachment).where(Attachment.owner_table == owner_table,
                                      Attachment.owner_id == owner_id)
             .order_by(Attachment.added_at, Attachment.id))
    with db.session() as s:
        return [AttachmentRow(a.id, a.owner_table, a.owner_id, a.filename, a.media_type,
                              len(a.content), a.sha256, a.added_at) for a in s.scalars(query)]


def export_attachment(db: Database, attachment_id: int, folder: Path) -> Path:
    """Write the kept copy into `folder` (to open it with the system's viewer); returns its path."""
    with db.session() as s:
        row = get_or_404(s, Attachment, attachment_id, "Pièce jointe")
        if hashlib.sha256(row.content).hexdigest() != row.sha256:
            raise FormationError(f"La copie de « {row.filename} » est endommagée : joignez de "
                                 "nouveau l'original.")
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{row.id}-{Path(row.filename).name}"
        target.write_bytes(row.content)
        return target


def remove_attachment(db: Database, attachment_id: int) -> Deleted:
    """Take one file off its row; `deletion.undo` puts it back."""
    with db.session() as s:
        name = get_or_404(s, Attachment, attachment_id, "Pièce jointe").filename
    return delete_with_undo(db, "attachment", attachment_id, f"La pièce jointe « {name} »")


def delete_with_attachments(db: Database, table_name: str, row_id: int, label: str) -> Deleted:
    """delete_with_undo, and the files of the row and of the rows deleted with it, in the same
    transaction; `deletion.undo` restores all of them (a trainer: the trainer, their trainings,
    the CV and the trainings' certificates)."""
    return delete_with_undo(db, table_name, row_id, label, also=_attachments_of)


def _attachments_of(s: Session, deleted: Deleted) -> None:
    owners = [(name, values["id"]) for name, values in deleted.rows if name in OWNERS]
    for owner_table, owner_id in owners:
        where = (Attachment.owner_table == owner_table, Attachment.owner_id == owner_id)
        files = s.execute(select(Attachment.__table__).where(*where)).mappings().all()
        deleted.rows += [("attachment", dict(f)) for f in files]
        s.execute(delete(Attachment).where(*where))
