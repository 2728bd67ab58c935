"""A session's documents in one go: files, the PDF to print, refusals, progress, cancelling, CLI."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from formation import cli
from formation.services import issuing, sessions
from formation.storage.database import Database
from tests.test_documents_world import AFTER, TITLE, World, build_world, pdf_text

PREFIX = "2026-03-12_fonctionnement-associatif_"


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def test_batch_writes_one_named_file_each_and_a_pdf_to_print(db: Database, world: World,
                                                             tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    summary = issuing.issue_batch(db, world.session_id, "realisation", "pdf", tmp_path / "out",
                                  "Assistante", progress=lambda done, total: calls.append((done, total)),
                                  now=AFTER)
    names = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert names == [f"{PREFIX}DUPONT-Marie_certificat-realisation.pdf",
                     f"{PREFIX}MARTIN-Benoit_certificat-realisation.pdf",
                     f"{PREFIX}certificat-realisation_tous.pdf"]
    assert [item.recipient for item in summary.issued] == ["DUPONT Marie", "MARTIN Benoît"]
    assert [(r.recipient, r.reason) for r in summary.refused] == [
        ("ŒUVRAY Chloé", f"Aucune présence enregistrée pour Chloé Œuvray : remplissez "
                         f"l'émargement de la session {world.code}.")]
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert summary.merged is not None and not summary.cancelled
    merged = summary.merged.read_bytes()
    assert len(PdfReader(summary.merged).pages) == 2
    assert "DUPONT Marie" in pdf_text(merged) and "MARTIN Benoît" in pdf_text(merged)
    for item in summary.issued:
        assert item.path.read_bytes() == issuing.show(db, item.document.id)
    text = str(summary)
    assert "Certificat de réalisation : 2 émis sur 3." in text
    assert "ŒUVRAY Chloé : Aucune présence enregistrée" in text
    assert "_tous.pdf" in text


def test_cancelling_midway_keeps_what_was_issued(db: Database, tmp_path: Path) -> None:
    world = build_world(db, people_count=4)
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) >= 2  # the user presses « Annuler » after the second document

    out = tmp_path / "out"
    summary = issuing.issue_batch(db, world.session_id, "assiduite", "pdf", out,
                                  "Assistante", progress=lambda done, _total: seen.append(done),
                                  cancelled=cancelled, now=AFTER)
    assert summary.cancelled and summary.total == 7
    assert len(summary.issued) == 1 and summary.merged is None  # progress 0, then one document
    assert [d.id for d in issuing.list_issued(db)] == [summary.issued[0].document.id]
    assert [p.name for p in out.iterdir()] == [summary.issued[0].path.name]
    assert "Interrompu : les documents déjà émis restent émis." in str(summary)
    again = issuing.issue_batch(db, world.session_id, "assiduite", "pdf", out, "Assistante",
                                now=AFTER)
    assert len(again.issued) == 6 and [r.recipient for r in again.refused] == ["ŒUVRAY Chloé"]
    assert sorted(item.document.number for item in again.issued) == list(range(1, 7))
    assert [item.document.version for item in again.issued].count(2) == 1


def test_word_batch_has_no_merged_file(db: Database, world: World, tmp_path: Path) -> None:
    summary = issuing.issue_batch(db, world.session_id, "convocation", "docx", tmp_path / "out",
                                  "Assistante", now=AFTER)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        f"{PREFIX}DUPONT-Marie_convocation.docx", f"{PREFIX}MARTIN-Benoit_convocation.docx",
        f"{PREFIX}OEUVRAY-Chloe_convocation.docx"]
    assert summary.merged is None and not summary.refused


def test_conventions_go_to_structures_and_programme_to_the_session(db: Database, world: World,
                                                                   tmp_path: Path) -> None:
    summary = issuing.issue_batch(db, world.session_id, "convention", "pdf", tmp_path / "c",
                                  "Assistante", now=AFTER)
    assert [item.path.name for item in summary.issued] == [
        f"{PREFIX}centre-social-ellipse_convention.pdf"]
    assert {r.recipient for r in summary.refused} == {"MARTIN Benoît", "ŒUVRAY Chloé"}
    assert all("pas de structure employeuse" in r.reason for r in summary.refused)
    programme = issuing.issue_batch(db, world.session_id, "programme", "pdf", tmp_path / "p",
                                    "Assistante", now=AFTER)
    assert [item.path.name for item in programme.issued] == [f"{PREFIX}programme.pdf"]
    assert programme.merged is None


def test_a_batch_refused_as_a_whole_says_it_once(db: Database, world: World, tmp_path: Path) -> None:
    with pytest.raises(issuing.SessionNotEnded):
        issuing.issue_batch(db, world.session_id, "fin", "pdf", tmp_path / "out", "A",
                            now=datetime(2026, 3, 12, 12, 0))
    assert issuing.list_issued(db) == [] and not (tmp_path / "out").exists()


def test_command_line_issues_and_verifies(db_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = Database.open(db_path, daily_backup=False)
    try:
        world = build_world(db)
    finally:
        db.close()
    out = tmp_path / "certificats"
    code = cli.main(["--db", str(db_path), "documents", "--session", world.code, "--kind", "fin",
                     "--out", str(out), "--by", "Assistante"])
    printed = capsys.readouterr().out
    assert code == 1  # Œuvray refused: a script should notice
    assert "Attestation de fin de formation : 2 émis sur 3." in printed
    assert f"{PREFIX}DUPONT-Marie_attestation-fin-formation.pdf" in printed
    db = Database.open(db_path, daily_backup=False)
    try:
        document = next(d for d in issuing.list_issued(db) if d.recipient == "DUPONT Marie")
    finally:
        db.close()
    assert cli.main(["--db", str(db_path), "verify", document.code.lower(),
                     "--file", str(out / document.filename)]) == 0
    printed = capsys.readouterr().out
    for part in ["Attestation de fin de formation n° AF-2026-0001, PDF", "Destinataire : DUPONT Marie",
                 f"Session : {world.code} — {TITLE}", "par Assistante",
                 f"SHA-256 : {document.sha256}", "est identique au document émis"]:
        assert part in printed
    other = out / f"{PREFIX}MARTIN-Benoit_attestation-fin-formation.pdf"
    assert cli.main(["--db", str(db_path), "verify", document.code, "--file", str(other)]) == 1
    assert "ne correspond pas" in capsys.readouterr().err
    assert cli.main(["--db", str(db_path), "verify", "ZZZZ-ZZZZ"]) == 1
    assert "Aucun document émis n'a le code « ZZZZ-ZZZZ »" in capsys.readouterr().err
    assert cli.main(["--db", str(db_path), "documents", "--session", "NOPE", "--kind", "fin",
                     "--out", str(out)]) == 1
    assert "Aucune session n'a le code « NOPE »" in capsys.readouterr().err


def test_an_intra_session_has_one_convention_with_its_client(db: Database, world: World,
                                                             tmp_path: Path) -> None:
    session = sessions.get_session(db, world.session_id)
    session.client_id = world.structure_id
    sessions.save_session(db, session)
    summary = issuing.issue_batch(db, world.session_id, "convention", "pdf", tmp_path / "c",
                                  "Assistante", now=AFTER)
    assert not summary.refused and len(summary.issued) == 1
    text = pdf_text(issuing.show(db, summary.issued[0].document.id))
    assert "Le bénéficiaire inscrit 3 personnes." in text
    for name in ("DUPONT Marie", "MARTIN Benoît", "ŒUVRAY Chloé"):
        assert name in text
    assert "Total 1 050,00 €" in text  # Dupont's 350 €, the others at the catalogue price
