"""The year's figures as files: CSV (read back with csv.reader), XLSX (with openpyxl), PDF (its text,
with pypdf), JSON, and the `formation stats` command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

from formation.cli import main
from formation.documents import stats_export
from formation.documents.issuer import gather_issuer
from formation.documents.stats_pdf import stats_pdf
from formation.services import demo, stats
from formation.storage.database import Database
from tests.test_documents_world import pdf_text
from tests.test_stats import DEMO_TODAY, TODAY, YEAR, StatsWorld, build_stats_world


@pytest.fixture
def world(db: Database) -> StatsWorld:
    return build_stats_world(db)


@pytest.fixture
def figures(db: Database, world: StatsWorld) -> stats.YearStats:
    return stats.year_stats(db, YEAR, today=TODAY)


def sections(data: bytes) -> dict[str, list[list[str]]]:
    """The CSV's tables by title: header and rows."""
    assert data.startswith(b"\xef\xbb\xbf")
    found: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"):
        if not row:
            current = None
        elif current is None:
            current = found.setdefault(row[0], [])
        else:
            current.append(row)
    return found


def test_csv_opens_with_csv_reader(figures: stats.YearStats) -> None:
    found = sections(stats_export.to_csv(figures))
    assert list(found)[:3] == ["Chiffres clés 2026", "Le programme 2026", "Répartition : genre"]
    key = dict((row[0], row[1]) for row in found["Chiffres clés 2026"][1:])
    assert key["Journées de formation réalisées"] == "4"
    assert key["Stagiaires accueilli·es (inscriptions suivies)"] == "6"
    assert key["Heures-stagiaires"] == "51"
    assert key["Taux de satisfaction (%)"] == "87,5"
    programme = found["Le programme 2026"]
    assert programme[0][:5] == ["Période", "Intitulé", "Lieu", "Durée (jours)",
                                "Nombre de participant·es"]
    assert programme[1][:5] == ["Mars", "La gestion associative", "MRES", "2", "3"]
    f1 = found["BPF, cadre F-1 : type de stagiaires"]
    assert f1[-2] == ["", "Total", "6", "51"]
    assert f1[1] == ["a", "Salariés d'employeurs privés hors apprentis", "2", "17"]
    checks = found["Contrôles et données manquantes"]
    assert checks[1] == ["Contrôle du BPF", "Les totaux des cadres F-1, F-3 et F-4 sont égaux."]
    assert sum(1 for row in checks if row[0] == "Donnée manquante") == 7


def test_xlsx_has_a_sheet_per_table(figures: stats.YearStats) -> None:
    book = openpyxl.load_workbook(io.BytesIO(stats_export.to_xlsx(figures)))
    assert book.sheetnames[:3] == ["Chiffres clés", "Sessions", "Genre"]
    wanted = {"BPF F-1", "BPF F-3", "BPF F-4", "BPF E", "Indicateur 2", "Contrôles"}
    assert wanted <= set(book.sheetnames)
    assert all(len(name) <= 31 for name in book.sheetnames)
    sessions = book["Sessions"]
    assert sessions["A1"].value == "Le programme 2026"
    assert [c.value for c in sessions[3]][:5] == ["Mars", "La gestion associative", "MRES", 2, 3]
    f4 = book["BPF F-4"]
    assert [c.value for c in f4[3]] == ["314", "314 – Comptabilité, gestion", 3, 34]
    key = {row[0].value: row[1].value for row in book["Chiffres clés"].iter_rows(min_row=3)}
    assert key["Heures-stagiaires"] == 51 and key["Personnes différentes"] == 5


def test_pdf_holds_the_key_figures(db: Database, figures: stats.YearStats) -> None:
    text = pdf_text(stats_pdf(figures, gather_issuer(db)))
    assert "Bilan de l'année 2026" in text and "Maillage" in text
    for phrase in ("4 journées de formation réalisées", "6 stagiaires accueilli·es",
                   "5 personnes différentes", "51 heures-stagiaires", "3 / 3 femmes / hommes",
                   "87,5 % de satisfaction", "La gestion associative",
                   "Salariés d'employeurs privés hors apprentis",
                   "les totaux des cadres F-1, F-3 et F-4 sont égaux : 6 stagiaires, 51",
                   "Code NSF manquant pour la formation « Les outils numériques »"):
        assert phrase in text, phrase


def test_the_demo_year_exports_the_same_bytes_twice(db: Database) -> None:
    demo.fill(db, YEAR, today=DEMO_TODAY)
    runs = [stats.year_stats(db, YEAR, today=DEMO_TODAY) for _ in range(2)]
    for fmt in ("json", "csv", "xlsx"):
        first, second = (stats_export.export(run, fmt, db) for run in runs)
        assert first == second, fmt
    texts = [pdf_text(stats_export.export(run, "pdf", db)) for run in runs]
    assert texts[0] == texts[1]
    key = runs[0].key
    assert f"{key.training_days} journées de formation réalisées" in texts[0]
    assert f"{key.trainees} stagiaires accueilli·es" in texts[0]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_prints_parsable_json(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", str(db_path), "demo", "--year", str(YEAR))[0] == 0
    code, out, err = run(capsys, "--db", str(db_path), "stats", "--year", str(YEAR), "--format", "json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["year"] == YEAR and data["key"]["sessions"] > 0
    assert data["bpf"]["totals_equal"] is True
    assert json.loads(run(capsys, "--db", str(db_path), "stats", "--year", str(YEAR))[1])["year"] == YEAR


def test_cli_writes_csv_xlsx_and_pdf(db_path: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", str(db_path), "demo", "--year", str(YEAR))[0] == 0
    for fmt in ("csv", "xlsx", "pdf"):
        out = tmp_path / f"bilan.{fmt}"
        code, printed, _ = run(capsys, "--db", str(db_path), "stats", "--year", str(YEAR),
                               "--format", fmt, "--out", str(out))
        assert code == 0 and str(out) in printed and out.stat().st_size > 0
    assert (tmp_path / "bilan.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "--db", str(db_path), "stats", "--year", str(YEAR), "--format", "xlsx")
    assert code == 1 and "--out" in err
    code, out, _ = run(capsys, "--db", str(db_path), "stats", "--year", str(YEAR), "--format", "csv")
    assert code == 0 and out.startswith("Chiffres clés 2026")
