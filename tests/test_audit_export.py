"""The audit folder: a deterministic ZIP by criterion and indicator, whose index matches its files,
with sensitive data only where indicator 10 needs them; and `formation audit-export`."""

from __future__ import annotations

import csv
import io
import re
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import pytest
from pypdf import PdfReader

from formation.cli import main
from formation.core.errors import FormationError
from formation.services import audit_export, demo, issuing
from formation.services.audit_files import CONFIDENTIAL, folder
from formation.services.readiness import Selection
from formation.storage.database import Database
from tests.test_readiness import (
    NEED_AT_REGISTRATION,
    NEED_IN_GRID,
    PERIOD,
    SCAN,
    AuditWorld,
    build_audit_world,
)

INDEX = {"index.html", "index.pdf"}
CONFIDENTIAL_FOLDER = f"{folder(10)}/{CONFIDENTIAL}/"
DEMO_YEAR = Selection(date(2026, 1, 1), date(2026, 12, 31), today=date(2026, 11, 23))


@dataclass
class Shared:
    db: Database
    world: AuditWorld
    zip_path: Path

    @property
    def archive(self) -> zipfile.ZipFile:
        return zipfile.ZipFile(self.zip_path)


@pytest.fixture(scope="module")
def shared(_migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shared]:
    """The world of test_readiness and its export, made once for the tests that only read them."""
    folder_ = tmp_path_factory.mktemp("audit")
    path = folder_ / "orga.sqlite"
    shutil.copyfile(_migrated_template, path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(folder_ / "home"))
        patch.setenv("XDG_DATA_HOME", str(folder_ / "home" / "data"))
        database = Database.open(path, daily_backup=False)
        world = build_audit_world(database)
        result = audit_export.build(database, PERIOD, folder_ / "audit.zip")
        assert result is not None and result.failures == ()
        yield Shared(database, world, result.path)
        database.close()


@pytest.fixture
def exported(shared: Shared) -> Iterator[zipfile.ZipFile]:
    with shared.archive as archive:
        yield archive


def linked(archive: zipfile.ZipFile) -> list[str]:
    page = archive.read("index.html").decode("utf-8")
    return [unquote(href) for href in re.findall(r'href="([^"#][^"]*)"', page)]


def text_of(name: str, content: bytes) -> str:
    """What a reader can find in a file: the text of a PDF and its form fields' values."""
    if name.endswith(".pdf") and content.startswith(b"%PDF") and len(content) > 100:
        reader = PdfReader(io.BytesIO(content))
        values = [str(field.get("/V", "")) for field in (reader.get_fields() or {}).values()]
        return " ".join([page.extract_text() for page in reader.pages] + values)
    return content.decode("utf-8-sig", errors="replace")


def rows(archive: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig")), delimiter=";"))


# --- the folder ------------------------------------------------------------------------------------

def test_the_index_lists_every_file_and_only_files_that_are_there(exported: zipfile.ZipFile) -> None:
    names = set(exported.namelist())
    listed = linked(exported)  # a file of several indicators is listed under each
    assert set(listed) == names - INDEX
    pdf = text_of("index.pdf", exported.read("index.pdf"))
    for path in ("Catalogue des formations.pdf", "Feuille d'émargement.pdf", "reponses.csv"):
        assert path in pdf


def test_files_are_filed_by_criterion_and_indicator(exported: zipfile.ZipFile, shared: Shared) -> None:
    db, world = shared.db, shared.world
    names = set(exported.namelist())
    needs = "Critère 2 - Objectifs et conception/Indicateur 4 - Analyse des besoins/" \
            f"{world.complete_code}/"
    assert {n for n in names if n.startswith(needs)} == {f"{needs}DUPONT-Marie_besoins.pdf",
                                                         f"{needs}MARTIN-Benoit_besoins.pdf"}
    gappy_needs = [n for n in names if n.startswith(needs.replace(world.complete_code,
                                                                  world.gappy_code))]
    assert [n.rsplit("/", 1)[1] for n in gappy_needs] == ["ROUX-Alice_besoins.pdf"]
    acquis = "Critère 3 - Adaptation/Indicateur 11 - Évaluation des acquis/"
    for document_id in world.certificates:
        document = next(d for d in issuing.list_issued(db) if d.id == document_id)
        code = world.complete_code if document.session_id == world.complete else world.gappy_code
        assert exported.read(f"{acquis}{code}/{document.filename}") == issuing.show(db, document_id)
    register = rows(exported, f"{acquis}Registre des documents émis.csv")
    assert sorted(r["Document"] for r in register) == ["Certificat de réalisation"] * 4 + \
        ["Convocation"] * 4
    scan = f"{folder(10)}/{world.complete_code}/emargement-12-mars.pdf"
    assert exported.read(scan) == SCAN
    for name in (f"{folder(10)}/{world.gappy_code}/Feuille d'émargement.pdf",
                 f"{acquis}{world.complete_code}/DUPONT-Marie_evaluation-acquis.pdf",
                 f"{folder(30)}/{world.complete_code}/Synthèse des résultats.pdf",
                 f"{folder(30)}/{world.complete_code}/Helene-Leroy_formateur.pdf",
                 f"{folder(21)}/CV/Hélène LEROY - cv-leroy.pdf",
                 f"{folder(31)}/Registre des réclamations.csv", f"{folder(32)}/Plan d'amélioration.pdf",
                 "Données/sessions.csv", "Données/inscriptions.csv", "Données/emargement.csv",
                 "Données/reponses.csv"):
        assert name in names, name
    assert folder(11) == "Critère 3 - Adaptation/Indicateur 11 - Évaluation des acquis"


def test_the_index_says_what_is_missing_per_indicator(exported: zipfile.ZipFile, shared: Shared) -> None:
    world = shared.world
    page = exported.read("index.html").decode("utf-8")
    needs = page[page.index('id="i4"'):page.index('id="i5"')]
    assert f"{world.gappy_code} — Grilles d&#x27;analyse des besoins : 1/2 ; grille jamais envoyée à " \
           ": SANCHEZ Bruno" in needs
    assert "Registre des réclamations vide" in page[page.index('id="i31"'):page.index('id="i32"')]
    pdf = " ".join(text_of("index.pdf", exported.read("index.pdf")).split())
    assert "20/03/2026 après-midi" in pdf and "Dossier de preuves Qualiopi" in pdf


def test_sensitive_needs_are_only_in_the_confidential_folder_of_indicator_10(
        exported: zipfile.ZipFile) -> None:
    found: dict[str, set[str]] = {NEED_AT_REGISTRATION: set(), NEED_IN_GRID: set()}
    for name in exported.namelist():
        text = " ".join(text_of(name, exported.read(name)).split())
        for need in found:
            if need.split(" : ")[0] in text:
                found[need].add(name)
    for need, names in found.items():
        assert names, need
        assert all(name.startswith(CONFIDENTIAL_FOLDER) for name in names), (need, names)
    confidential = [n for n in exported.namelist() if n.startswith(CONFIDENTIAL_FOLDER)]
    assert len(confidential) == 2  # the fiche formateur of the first session, and the list
    answers = rows(exported, "Données/reponses.csv")
    assert answers and not any(r["Champ"].startswith("besoins_specifiques") for r in answers)
    assert "Besoins spécifiques" not in exported.read("Données/inscriptions.csv").decode("utf-8-sig")


def test_the_zip_is_deterministic_and_sorted(shared: Shared, tmp_path: Path) -> None:
    again = audit_export.build(shared.db, PERIOD, tmp_path / "again.zip")
    assert again is not None
    assert again.path.read_bytes() == shared.zip_path.read_bytes()
    with shared.archive as archive:
        infos = archive.infolist()
    names = [i.filename for i in infos]
    assert names == sorted(names)
    assert {i.date_time for i in infos} == {(2026, 7, 15, 0, 0, 0)}


def test_progress_and_cancel(shared: Shared, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    only = Selection(session_ids=(shared.world.gappy,), today=PERIOD.today)
    result = audit_export.build(shared.db, only, tmp_path / "audit.zip",
                                lambda d, t: seen.append((d, t)))
    assert result is not None
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] == result.files + 1
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert audit_export.suggested_name(only) == "dossier-audit-qualiopi_2026-07-15.zip"
    calls = iter(range(1000))
    stopped = audit_export.build(shared.db, PERIOD, tmp_path / "stopped.zip",
                                 cancelled=lambda: next(calls) > 3)
    assert stopped is None
    assert not (tmp_path / "stopped.zip").exists() and not (tmp_path / "stopped.zip.part").exists()


def test_an_empty_period_is_refused(shared: Shared, tmp_path: Path) -> None:
    with pytest.raises(FormationError, match="Aucune session"):
        audit_export.build(shared.db, Selection(date(2020, 1, 1), date(2020, 12, 31)),
                           tmp_path / "x.zip")


# --- a demonstration year -----------------------------------------------------------------------------

def test_a_year_of_demonstration_exports_twice_the_same(db: Database,
                                                                      tmp_path: Path) -> None:
    # Without the demonstration's answered questionnaires: each is drawn as its own PDF, which a
    # whole year's (hundreds) would take minutes (test_demo_quality exports a session with them).
    demo.fill(db, 2026, today=date(2026, 11, 23), answered=False)
    contents = []
    for name in ("one.zip", "two.zip"):
        result = audit_export.build(db, DEMO_YEAR, tmp_path / name)
        assert result is not None and result.failures == ()
        contents.append(result.path.read_bytes())
    assert contents[0] == contents[1]
    with zipfile.ZipFile(io.BytesIO(contents[0])) as archive:
        names = archive.namelist()
        assert set(linked(archive)) == set(names) - INDEX
        sheets = [n for n in names if n.endswith("Feuille d'émargement.pdf")]
        assert len(sheets) == 18  # the sessions held by 23 November (not the December one)
        assert any(n.startswith(CONFIDENTIAL_FOLDER) for n in names)  # the demo's specific needs


# --- the command ----------------------------------------------------------------------------------

def test_the_command_writes_the_zip(db_path: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    with Database.open(db_path, daily_backup=False) as db:
        demo.fill(db, 2026, today=date(2026, 11, 23), answered=False)  # the options, not the PDFs
    out = tmp_path / "dossier.zip"
    code = main(["--db", str(db_path), "audit-export", "--from", "01/03/2026", "--to",
                 "2026-03-31", "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert "Dossier d'audit écrit" in printed and "index.pdf" in printed
    with zipfile.ZipFile(out) as archive:
        sessions = rows(archive, "Données/sessions.csv")
    assert sorted(r["Session"] for r in sessions) == ["FONCT-2026-03", "FONCT-2026-03B",
                                                      "PROJESS-2026-03"]
    code = main(["--db", str(db_path), "audit-export", "--session", "FONCT-2026-03",
                 "--session", "EVAL-2026-10", "--out", str(out)])
    assert code == 0
    with zipfile.ZipFile(out) as archive:
        assert sorted(r["Session"] for r in rows(archive, "Données/sessions.csv")) == [
            "EVAL-2026-10", "FONCT-2026-03"]
    assert main(["--db", str(db_path), "audit-export", "--session", "NOPE", "--out",
                 str(out)]) == 1
    assert "« NOPE »" in capsys.readouterr().err
    assert main(["--db", str(db_path), "audit-export", "--from", "32/01/2026", "--to",
                 "2026-03-31", "--out", str(out)]) == 1
    assert "Date illisible" in capsys.readouterr().err


def test_dates_are_read_as_french_or_iso() -> None:
    assert audit_export.parse_date("05/03/2026") == date(2026, 3, 5)
    assert audit_export.parse_date("2026-03-05") == date(2026, 3, 5)
    assert audit_export.parse_date("5.3.2026") == date(2026, 3, 5)
    with pytest.raises(FormationError):
        audit_export.parse_date("mars 2026")
