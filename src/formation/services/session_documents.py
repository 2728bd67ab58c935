"""Files kept as evidence for a session, such as a scanned signed attendance sheet."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from formation.core.errors import FormationError
from formation.services.records import get_or_404
from formation.storage.database import Database
from formation.storage.models import Session as TrainingSession
from formation.storage.models import SessionDocument

SCANNED_SHEET = "emargement_scan"
KIND_LABELS = {SCANNED_SHEET: "Feuille d'émargement signée (scan)"}
ACCEPTED = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: str
    filename: str
    added_at: datetime
    size: int
    sha256: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def attach(db: Database, session_id: int, path: Path, kind: str = SCANNED_SHEET,
           now: datetime | None = None) -> int:
    """Keep a copy of `path` in the file, tied to the session; the original may then move."""
    if path.suffix.lower() not in ACCEPTED:
        raise FormationError(f"« {path.name} » n'est ni un PDF ni une image : joignez un scan "
                             "au format PDF, PNG, JPEG ou TIFF.")
    if not path.is_file():
        raise FormationError(f"Le fichier « {path} » est introuvable.")
    content = path.read_bytes()
    if len(content) > MAX_BYTES:
        raise FormationError(f"« {path.name} » dépasse 50 Mo : numérisez-le en résolution plus "
                             "basse (150 ppp suffisent).")
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with db.begin() as s:
        get_or_404(s, TrainingSession, session_id, "Session")
        document = SessionDocument(session_id=session_id, kind=kind, filename=path.name,
                                   media_type=media_type, content=content,
                                   sha256=hashlib.sha256(content).hexdigest(),
                                   added_at=now or datetime.now())
        s.add(document)
        s.flush()
        return document.id


def list_documents(db: Database, session_id: int) -> list[DocumentRow]:
    with db.session() as s:
        rows = s.scalars(select(SessionDocument).where(SessionDocument.session_id == session_id)
                         .order_by(SessionDocument.added_at))
        return [DocumentRow(d.id, d.kind, d.filename, d.added_at, len(d.content), d.sha256)
                for d in rows]


def export(db: Database, document_id: int, folder: Path) -> Path:
    """Write the kept copy into `folder` (to open it with the system's viewer); returns its path."""
    with db.session() as s:
        document = get_or_404(s, SessionDocument, document_id, "Document")
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{document.id}-{Path(document.filename).name}"
        target.write_bytes(document.content)
        return target
