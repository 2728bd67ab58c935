"""A scanned, signed attendance sheet is kept with its session and can be opened again."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from formation.core.errors import FormationError
from formation.services import catalogue, deletion, session_documents, sessions
from formation.storage.database import Database


def a_session(db: Database) -> int:
    course = catalogue.save_course(db, catalogue.CourseData(code="EVAL", title="La démarche "
                                                            "d'évaluation", duration_minutes=420))
    return sessions.save_session(db, sessions.new_session_for(db, course, date(2026, 10, 8)))


def test_a_scan_is_kept_and_comes_back_identical(db: Database, tmp_path: Path) -> None:
    session = a_session(db)
    scan = tmp_path / "émargement 8 octobre.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned sheet" + bytes(1000))
    document = session_documents.attach(db, session, scan)
    scan.unlink()  # the original may be moved or lost: the copy in the file remains
    [row] = session_documents.list_documents(db, session)
    assert (row.id, row.filename, row.kind_label) == (
        document, "émargement 8 octobre.pdf", "Feuille d'émargement signée (scan)")
    opened = session_documents.export(db, document, tmp_path / "ouverts")
    assert hashlib.sha256(opened.read_bytes()).hexdigest() == row.sha256
    assert opened.read_bytes().startswith(b"%PDF-1.4 scanned sheet")


def test_only_pdf_or_images_are_accepted(db: Database, tmp_path: Path) -> None:
    session = a_session(db)
    sheet = tmp_path / "presence.docx"
    sheet.write_bytes(b"PK")
    with pytest.raises(FormationError, match="ni un PDF ni une image"):
        session_documents.attach(db, session, sheet)
    assert session_documents.list_documents(db, session) == []


def test_deleting_the_session_and_undoing_keeps_its_scans(db: Database, tmp_path: Path) -> None:
    session = a_session(db)
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG fake")
    session_documents.attach(db, session, scan)
    deleted = deletion.delete_with_undo(db, "session", session, "La session")
    assert session_documents.list_documents(db, session) == []
    deletion.undo(db, deleted)
    assert [d.filename for d in session_documents.list_documents(db, session)] == ["scan.png"]
