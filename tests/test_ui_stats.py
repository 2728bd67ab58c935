"""Documents > Bilan de l'année…: the key figures in big numbers, the tables, the BPF check, the
missing data, and the exports written in the background (the file dialog answered by the test)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from formation.services import demo
from formation.storage.database import Database
from formation.ui import stats_dialog
from formation.ui.main_window import MainWindow
from formation.ui.stats_dialog import StatsDialog
from tests.test_documents_world import pdf_text
from tests.test_stats import DEMO_TODAY, TODAY, YEAR, StatsWorld, build_stats_world

pytestmark = pytest.mark.gui


@pytest.fixture
def world(db: Database) -> StatsWorld:
    return build_stats_world(db)


def open_dialog(qtbot: QtBot, db: Database, today: object = TODAY) -> StatsDialog:
    dialog = StatsDialog(db, today=today)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def choose_year(dialog: StatsDialog, year: int) -> None:
    dialog.year.setCurrentIndex(dialog.year.findData(year))


def test_the_dialog_shows_the_key_figures(app: object, qtbot: QtBot, db: Database,
                                          world: StatsWorld) -> None:
    dialog = open_dialog(qtbot, db)
    assert [dialog.year.itemText(i) for i in range(dialog.year.count())] == ["2027", "2026"]
    assert dialog.selected_year() == 2027
    assert dialog.figures["trainees"].text() == "2"  # January 2027: the end of the spanning session
    choose_year(dialog, YEAR)
    shown = {key: label.text() for key, label in dialog.figures.items()}
    assert shown == {"training_days": "4", "trainees": "6", "people": "5", "hours": "51",
                     "sessions": "3", "gender": "3 / 3", "job_seekers": "2",
                     "satisfaction": "87,5\u00a0%"}
    assert "heures prévues" in dialog.basis.text()
    assert dialog.sessions_model.rowCount() == 3
    assert dialog.sessions_model.index(0, 1).data() == "La gestion associative"
    assert dialog.split_choice.count() == 6
    dialog.split_choice.setCurrentIndex(dialog.split_choice.findData("funding"))
    labels = [dialog.split_model.index(r, 0).data() for r in range(dialog.split_model.rowCount())]
    assert "Non renseigné" in labels and "OPCO" in labels
    texts = [dialog.bpf_table.item(r, 1).text() for r in range(dialog.bpf_table.rowCount())]
    assert "Salariés d'employeurs privés hors apprentis" in texts and "Autres spécialités" in texts
    assert "sont égaux (6 stagiaires, 51 heures-stagiaires)" in dialog.check.text()
    assert dialog.missing.count() == 7
    assert dialog.tabs.tabText(4) == "Données manquantes (7)"
    assert dialog.quality["completion"].text().startswith("83,3\u00a0% — 5 terminés, 1 abandon(s)")


def test_the_dialog_exports_pdf_csv_and_xlsx(app: object, qtbot: QtBot, db: Database,
                                             world: StatsWorld, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, db)
    choose_year(dialog, YEAR)
    asked: list[str] = []

    def answer(fmt: str) -> None:
        def save_name(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
            asked.append(Path(suggested).name)
            return str(tmp_path / f"export.{fmt}"), ""
        monkeypatch.setattr(stats_dialog.QFileDialog, "getSaveFileName", save_name)

    for fmt in ("pdf", "csv", "xlsx"):
        answer(fmt)
        target = tmp_path / f"export.{fmt}"
        assert dialog.export(fmt) is not None
        qtbot.waitUntil(lambda t=target: dialog.last_export == t, timeout=20_000)
        assert str(target) in dialog.status.text()
    assert asked == ["bilan-2026.pdf", "bilan-2026.csv", "bilan-2026.xlsx"]
    assert "6 stagiaires accueilli·es" in pdf_text((tmp_path / "export.pdf").read_bytes())
    rows = list(csv.reader(io.StringIO((tmp_path / "export.csv").read_text(encoding="utf-8-sig")),
                           delimiter=";"))
    assert rows[0] == ["Chiffres clés 2026"]
    book = openpyxl.load_workbook(tmp_path / "export.xlsx")
    assert book["BPF F-1"]["A1"].value == "BPF, cadre F-1 : type de stagiaires"


def test_a_cancelled_file_dialog_writes_nothing(app: object, qtbot: QtBot, db: Database,
                                                world: StatsWorld,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, db)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert dialog.export("pdf") is None and dialog.last_export is None


def test_the_demo_year_in_the_dialog(app: object, qtbot: QtBot, db: Database) -> None:
    demo.fill(db, YEAR, today=DEMO_TODAY)
    dialog = open_dialog(qtbot, db, DEMO_TODAY)
    choose_year(dialog, YEAR)
    figures = dialog.stats
    assert figures is not None
    assert dialog.figures["training_days"].text() == str(figures.key.training_days)
    assert dialog.sessions_model.rowCount() == figures.key.sessions == 19


def test_the_documents_menu_opens_the_year_figures(app: object, qtbot: QtBot, db: Database,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    opened: list[object] = []
    monkeypatch.setattr(StatsDialog, "exec", lambda self: opened.append(self) or 0)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Documents")
    action = next(a for a in menu.actions() if a.text() == "&Bilan de l'année…")
    action.trigger()
    assert len(opened) == 1 and isinstance(opened[0], StatsDialog)
