"""A session's documents from the screens: plan, produce in the background, cancel, the register,
a copy of the exact bytes, and the check of a document from its code."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from formation.documents.kinds import KINDS
from formation.services import issuing, issuing_batch, sessions
from formation.storage.database import Database
from formation.ui import documents_dialog, register_dialog
from formation.ui.documents_dialog import DocumentsDialog
from formation.ui.main_window import MainWindow
from formation.ui.pages.sessions import SessionsPage
from formation.ui.register_dialog import DocumentRegisterDialog, VerifyDialog
from tests.test_documents_world import (
    AFTER,
    World,
    build_world,
    pdf_pages,
    pdf_text,
    set_organisation,
)

pytestmark = pytest.mark.gui
PREFIX = "2026-03-12_fonctionnement-associatif_"
NO_ATTENDANCE = "Aucune présence enregistrée pour Chloé Œuvray : remplissez l'émargement"


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What would have been opened with the system's application (a folder, a PDF)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def dialog_for(qtbot: QtBot, db: Database, world: World, out: Path) -> DocumentsDialog:
    dialog = DocumentsDialog(db, world.session_id)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(out))
    return dialog


def produce(qtbot: QtBot, dialog: DocumentsDialog) -> issuing.BatchSummary:
    assert dialog.produce() is not None
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30_000)
    assert dialog.summary is not None
    return dialog.summary


def table_rows(dialog: DocumentsDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_the_plan_says_who_is_ready_and_why_the_others_are_refused(
        app: object, qtbot: QtBot, db: Database, world: World, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = DocumentsDialog(db, world.session_id)
    qtbot.addWidget(dialog)
    labels = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert labels == [spec.label for spec in KINDS.values()]
    assert "Certificat de réalisation" in labels and "Attestation d'assiduité" in labels
    assert dialog.kind_code() == "realisation" and dialog.fmt() == "pdf"
    assert dialog.issued_by.text() == "Marie-Claire Fontaine"  # the legal representative
    assert dialog.chosen_folder() == (tmp_path / "home" / "Documents" / "Formation"
                                      / f"2026-03-12_{world.code}")
    rows = table_rows(dialog)
    assert [row[0] for row in rows] == ["DUPONT Marie", "MARTIN Benoît", "ŒUVRAY Chloé"]
    assert [row[1] for row in rows[:2]] == ["Prêt", "Prêt"]
    assert rows[2][1].startswith(NO_ATTENDANCE)
    assert "2 prêt(s) à produire, 1 refusé(s)" in dialog.status.text()
    assert dialog.produce_button.isEnabled() and not dialog.banner.text()
    assert issuing.list_issued(db) == []  # looking issues nothing

    dialog.set_kind("convocation")
    assert [row[1] for row in table_rows(dialog)] == ["Prêt"] * 3
    dialog.set_format("docx")
    assert "Word" in dialog.format_hint.text()

    default, chosen = dialog.chosen_folder(), tmp_path / "envoi"
    asked: list[str] = []
    monkeypatch.setattr(documents_dialog.QFileDialog, "getExistingDirectory",
                        lambda _parent, _title, start: asked.append(start) or str(chosen))
    dialog.choose_folder()
    assert dialog.chosen_folder() == chosen
    [start] = asked  # the nearest folder that exists, on the way to the one proposed
    assert Path(start).is_dir() and default.is_relative_to(start)


def test_a_batch_refused_as_a_whole_says_why_and_cannot_start(
        app: object, qtbot: QtBot, db: Database, world: World) -> None:
    set_organisation(db, nda="")
    dialog = DocumentsDialog(db, world.session_id)
    qtbot.addWidget(dialog)
    assert "Renseignez le NDA" in dialog.banner.text()
    assert not dialog.banner.isHidden() and not dialog.produce_button.isEnabled()
    assert [row[1] for row in table_rows(dialog)] == ["—"] * 3


def test_before_its_end_a_session_opens_on_its_convocations(app: object, qtbot: QtBot,
                                                            db: Database, world: World) -> None:
    later = sessions.new_session_for(db, world.course_id, date.today() + timedelta(days=30))
    later.code = "FONCT-PROCHAINE"
    session_id = sessions.save_session(db, later)
    dialog = DocumentsDialog(db, session_id)
    qtbot.addWidget(dialog)
    assert dialog.kind_code() == "convocation" and not dialog.banner.text()
    dialog.set_kind("realisation")
    assert "n'est pas terminée" in dialog.banner.text() and not dialog.produce_button.isEnabled()


def test_one_click_gives_every_certificate_and_the_pdf_to_print(
        app: object, qtbot: QtBot, db: Database, world: World, tmp_path: Path,
        opened: list[str]) -> None:
    out = tmp_path / "certificats"
    dialog = dialog_for(qtbot, db, world, out)
    dialog.issued_by.setText("Sophie Martin, assistante")
    summary = produce(qtbot, dialog)

    assert not summary.cancelled and summary.total == 3
    assert sorted(p.name for p in out.iterdir()) == [
        f"{PREFIX}DUPONT-Marie_certificat-realisation.pdf",
        f"{PREFIX}MARTIN-Benoit_certificat-realisation.pdf",
        f"{PREFIX}certificat-realisation_tous.pdf"]
    for item in summary.issued:
        assert item.path.read_bytes() == issuing.show(db, item.document.id)
        assert item.document.issued_by == "Sophie Martin, assistante"
    martin = next(item for item in summary.issued if item.recipient == "MARTIN Benoît")
    assert "13 h" in pdf_text(martin.path.read_bytes())  # late on the first morning: 13 h of 14

    rows = table_rows(dialog)
    numbers = sorted(item.document.reference for item in summary.issued)
    assert numbers == ["CR-2026-0001", "CR-2026-0002"]
    assert [row[0] for row in rows] == ["DUPONT Marie", "MARTIN Benoît", "ŒUVRAY Chloé"]
    for row, item in zip(rows, summary.issued, strict=False):
        assert row[1:] == [item.document.reference, item.document.code, item.path.name]
    assert rows[2][1] == "Refusé" and rows[2][3].startswith(NO_ATTENDANCE)
    status = dialog.status.text()
    assert "Certificat de réalisation : 2 émis sur 3" in status and "1 refusé(s)" in status
    assert f"{PREFIX}certificat-realisation_tous.pdf" in status

    assert summary.merged is not None and summary.merged.exists()
    merged = summary.merged.read_bytes()
    assert pdf_pages(merged) == 2
    assert "DUPONT Marie" in pdf_text(merged) and "MARTIN Benoît" in pdf_text(merged)
    assert dialog.open_pdf_button.isVisibleTo(dialog) and dialog.open_folder_button.isVisibleTo(dialog)
    dialog.open_pdf_button.click()
    dialog.open_folder_button.click()
    assert opened == [str(summary.merged), str(out)]

    # Producing again is never one click away: first the plan, saying these would be new versions.
    dialog.produce_button.click()
    assert dialog.summary is None
    assert table_rows(dialog)[0][1] == "Prêt — déjà émis (CR-2026-0001) : ce sera la version 2"


def test_the_work_runs_off_the_interface_thread(app: object, qtbot: QtBot, db: Database,
                                                world: World, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    real = issuing_batch.issue

    def spy(*args: Any, **kwargs: Any) -> issuing.Issued:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(issuing_batch, "issue", spy)
    dialog = dialog_for(qtbot, db, world, tmp_path / "out")
    dialog.set_kind("convocation")
    dialog.set_format("docx")
    summary = produce(qtbot, dialog)
    assert len(summary.issued) == 3 and summary.merged is None
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert not dialog.open_pdf_button.isVisibleTo(dialog)  # Word: no PDF to print
    assert all(item.path.suffix == ".docx" for item in summary.issued)


def test_cancelling_midway_keeps_what_was_issued(app: object, qtbot: QtBot, db: Database,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    world = build_world(db, people_count=4)
    first_done, go_on = threading.Event(), threading.Event()
    real = issuing_batch.issue

    def slow(*args: Any, **kwargs: Any) -> issuing.Issued:
        document = real(*args, **kwargs)
        first_done.set()
        go_on.wait(10)  # until the user has pressed « Annuler »
        return document

    monkeypatch.setattr(issuing_batch, "issue", slow)
    out = tmp_path / "out"
    dialog = dialog_for(qtbot, db, world, out)
    assert dialog.produce() is not None
    assert not dialog.produce_button.isEnabled() and not dialog.close_button.isEnabled()
    qtbot.waitUntil(first_done.is_set, timeout=10_000)
    bar = dialog.findChild(QProgressDialog)
    cancel = next(b for b in bar.findChildren(QPushButton) if b.text() == "Annuler")
    cancel.click()
    go_on.set()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)

    summary = dialog.summary
    assert summary is not None and summary.cancelled and summary.total == 7
    assert len(summary.issued) == 1 and summary.merged is None
    assert [p.name for p in out.iterdir()] == [summary.issued[0].path.name]
    assert [d.id for d in issuing.list_issued(db)] == [summary.issued[0].document.id]
    assert "Interrompu : les documents déjà émis restent émis" in dialog.status.text()
    assert "1 émis sur 7" in dialog.status.text()
    assert len(table_rows(dialog)) == 1
    assert not dialog.open_pdf_button.isVisibleTo(dialog)
    assert dialog.produce_button.isEnabled() and dialog.close_button.isEnabled()


@pytest.fixture
def issued(db: Database, world: World, tmp_path: Path) -> dict[str, issuing.BatchSummary]:
    """Certificates (PDF) and convocations (Word) of the session, issued by the services."""
    return {kind: issuing.issue_batch(db, world.session_id, kind, fmt, tmp_path / kind, "Assistante",
                                      now=AFTER)
            for kind, fmt in (("realisation", "pdf"), ("convocation", "docx"))}


def test_the_register_lists_filters_and_copies_the_exact_bytes(
        app: object, qtbot: QtBot, qtmodeltester: Any, db: Database, world: World, tmp_path: Path,
        issued: dict[str, issuing.BatchSummary], opened: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = DocumentRegisterDialog(db)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    model = dialog.model
    assert model.rowCount() == 5 and dialog.count_label.text() == "5 documents"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["N°", "Version", "Type", "Destinataire", "Session", "Émis le", "Format",
                       "Émis par", "Code"]
    certificate = next(item for item in issued["realisation"].issued if item.recipient == "DUPONT Marie")
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == certificate.document.id)
    texts = [model.index(row, c).data() for c in range(model.columnCount())]
    assert texts == [certificate.document.reference, "1", "Certificat de réalisation", "DUPONT Marie",
                     world.code, "13/03/2026 à 18h00", "PDF", "Assistante", certificate.document.code]

    dialog.set_kind("realisation")
    assert {model.row_at(r).kind_label for r in range(model.rowCount())} == {
        "Certificat de réalisation"} and model.rowCount() == 2
    dialog.set_year(2025)  # not offered: no document that year
    assert dialog.year.currentData() is None and model.rowCount() == 2
    dialog.set_year(2026)
    assert model.rowCount() == 2
    dialog.set_kind(None)
    dialog.search.setText("martin word")
    assert dialog.proxy.rowCount() == 1 and dialog.count_label.text() == "1 sur 5"
    assert dialog.proxy.index(0, 2).data() == "Convocation"
    dialog.search.clear()

    dialog.select_id(certificate.document.id)
    target = tmp_path / "copie.pdf"
    monkeypatch.setattr(register_dialog.QFileDialog, "getSaveFileName",
                        lambda *_args: (str(target), "PDF (*.pdf)"))
    assert dialog.save_current() == target
    assert target.read_bytes() == certificate.path.read_bytes()
    assert "Copie enregistrée" in dialog.message.text()

    path = dialog.open_current()
    assert path is not None and opened == [str(path)]
    assert path.name == certificate.path.name and path.read_bytes() == certificate.path.read_bytes()


def test_verify_finds_the_document_from_a_lower_case_code_and_spots_a_modified_file(
        app: object, qtbot: QtBot, db: Database, world: World, tmp_path: Path,
        issued: dict[str, issuing.BatchSummary]) -> None:
    item = next(i for i in issued["realisation"].issued if i.recipient == "MARTIN Benoît")
    code = item.document.code.replace("-", "").lower()
    modified = tmp_path / "modifie.pdf"
    modified.write_bytes(item.path.read_bytes().replace(b"MARTIN", b"MARTIM"))
    dialog = VerifyDialog(db)
    qtbot.addWidget(dialog)

    found = dialog.check(code, modified)
    assert found is not None and found.document.id == item.document.id
    assert dialog.code.text() == item.document.code
    reference = item.document.reference
    assert dialog.facts["document"].text() == f"Certificat de réalisation n° {reference}, PDF"
    assert dialog.facts["recipient"].text() == "MARTIN Benoît"
    assert dialog.facts["session"].text() == f"{world.code} — Le fonctionnement associatif"
    assert dialog.facts["issued"].text() == "le 13/03/2026 à 18h00 par Assistante"
    assert dialog.facts["sha256"].text() == item.document.sha256
    assert "n'est pas l'original" in dialog.verdict.text()

    assert dialog.check(code, item.path) is not None
    assert "est identique au document émis : c'est l'original" in dialog.verdict.text()
    dialog.file_edit.clear()
    assert dialog.check(f" {item.document.code} ") is not None
    assert "Choisissez le fichier reçu" in dialog.verdict.text()

    assert dialog.check("zzzz-zzzz") is None
    assert "Aucun document émis n'a le code « ZZZZ-ZZZZ »" in dialog.error.text()
    assert dialog.facts_box.isHidden()


def test_the_menu_opens_the_register_and_the_check(app: object, qtbot: QtBot, db: Database,
                                                   issued: dict[str, issuing.BatchSummary]) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Documents")
    actions = {a.text(): a for a in menu.actions()}
    assert list(actions)[:2] == ["&Registre des documents…", "&Vérifier un document…"]
    actions["&Registre des documents…"].trigger()
    register = window.findChild(DocumentRegisterDialog)
    assert register is not None and register.isVisible() and register.model.rowCount() == 5
    actions["&Registre des documents…"].trigger()
    assert window.findChildren(DocumentRegisterDialog) == [register]  # one register window
    register.close()
    actions["&Vérifier un document…"].trigger()
    verify = window.findChild(VerifyDialog)
    assert verify is not None and verify.isVisible()
    verify.reject()


def test_the_sessions_page_opens_the_documents_of_the_selected_session(
        app: object, qtbot: QtBot, db: Database, world: World) -> None:
    page = SessionsPage(db)
    qtbot.addWidget(page)
    page.select_id(world.session_id)
    assert page.actions.documents_button.isEnabled()
    page.actions.documents_button.click()
    dialog = page.actions.findChild(DocumentsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.session_id == world.session_id
    assert world.code in dialog.windowTitle()
    dialog.reject()
    page.actions.set_session(None)
    assert not page.actions.documents_button.isEnabled()


def test_the_default_folder_is_safe_for_every_system() -> None:
    folder = documents_dialog.default_folder(None, 'A/B:C*"D')
    assert folder.name == "A-B-C-D" and folder.parent.name == "Formation"
