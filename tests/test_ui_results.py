"""The Résultats dialog: the satisfied rate in big, bars per question and per objective, the
comments, a course's sessions in a year, and the exports (the file dialog is stood in for)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from formation.services import forms_results, sessions
from formation.storage.database import Database
from formation.ui import results_dialog
from formation.ui.results_dialog import ResultsDialog, StackedBar
from formation.ui.session_actions import SessionActions
from tests.test_documents_world import pdf_text
from tests.test_forms_results import SATISFACTION, Answered, answered_session, read_csv

pytestmark = pytest.mark.gui


@pytest.fixture
def answered(db: Database) -> Answered:
    return answered_session(db)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def dialog_for(qtbot: QtBot, db: Database, answered: Answered) -> ResultsDialog:
    dialog = ResultsDialog(db, answered.world.session_id)
    qtbot.addWidget(dialog)
    return dialog


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The file dialog answers `path` (without its extension: the dialog adds it)."""
    asked: list[str] = []

    def answer(_parent: object, caption: str, suggested: str, pattern: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(path.with_suffix("")), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def test_the_satisfied_rate_is_shown_in_big_with_a_bar_per_question(
        app: object, qtbot: QtBot, db: Database, answered: Answered) -> None:
    dialog = dialog_for(qtbot, db, answered)
    expected = forms_results.session_results(db, answered.world.session_id).appreciation
    big = dialog.findChild(QLabel, "satisfied_rate")
    assert big is not None and big.text() == forms_results.percent(expected.satisfied_rate)
    assert big.text().startswith("88")
    assert "30pt" in big.styleSheet()
    page = dialog.satisfaction_area.widget()
    bars = page.findChildren(StackedBar)
    assert len(bars) == 12  # 9 appreciations, the mark, yes/no, the planned practice
    contents = bars[0]
    assert [p.count for p in contents.parts] == [3, 2, 0, 0]
    assert "Très bien : 3 (60" in contents.toolTip()
    labels = [label.text() for label in page.findChildren(QLabel)]
    assert "Les contenus (intérêt, adaptation à vos besoins)" in labels
    assert any(text.startswith("80") and "moyenne 8,0 / 10" in text for text in labels)
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["Satisfaction", "Acquis", "Commentaires (5)"]
    dialog.show()
    qtbot.waitExposed(dialog)
    contents.grab()  # paints without error


def test_the_acquired_tab_has_entry_and_exit_bars_per_objective(
        app: object, qtbot: QtBot, db: Database, answered: Answered) -> None:
    dialog = dialog_for(qtbot, db, answered)
    page = dialog.acquired_area.widget()
    first = page.findChild(results_dialog.QFrame, "objective_1")
    assert first is not None
    entry, exit_ = first.findChildren(StackedBar)
    assert [p.count for p in entry.parts] == [2, 1, 1] and [p.count for p in exit_.parts] == [0, 2, 2]
    progress = first.findChild(QLabel, "progress")
    assert progress is not None and progress.text() == "2 participant·e(s) sur 4 ont progressé."


def test_comments_are_listed_without_names(app: object, qtbot: QtBot, db: Database,
                                           answered: Answered) -> None:
    dialog = dialog_for(qtbot, db, answered)
    texts = [dialog.comments.item(i).text() for i in range(dialog.comments.count())]
    assert "« Plus de pauses »" in texts and "Ce qui pourrait être amélioré" in texts
    assert not any("Dupont" in text or "DUPONT" in text for text in texts)
    assert len([t for t in texts if t.startswith("«")]) == sum(
        bool(SATISFACTION[n][3]) + bool(SATISFACTION[n][4]) for n in SATISFACTION)


def test_the_course_option_gathers_the_sessions_of_a_year(
        app: object, qtbot: QtBot, db: Database, answered: Answered) -> None:
    world = answered.world
    sessions.save_session(db, sessions.new_session_for(db, world.course_id, date(2026, 10, 8)))
    dialog = dialog_for(qtbot, db, answered)
    dialog.course_button.setChecked(True)
    assert dialog.results is not None and len(dialog.results.scope.sessions) == 2
    assert "Toutes les sessions de 2026 (2 sessions)" in dialog.heading.text()
    dialog.year.setValue(2027)
    assert dialog.results.empty
    big = dialog.findChild(QLabel, "satisfied_rate")
    assert big is not None and big.text() == "—"
    dialog.session_button.setChecked(True)
    assert dialog.results.scope.sessions[0].code == world.code


def test_exports_write_the_pdf_and_the_csv(app: object, qtbot: QtBot, db: Database, answered: Answered,
                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           opened: list[str]) -> None:
    dialog = dialog_for(qtbot, db, answered)
    asked = save_as(monkeypatch, tmp_path / "bilan.pdf")
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "bilan.pdf"
    assert written.is_file() and opened == [str(written)]
    assert asked[0].endswith("2026-03-12_fonctionnement-associatif_resultats.pdf")
    text = pdf_text(written.read_bytes())
    assert "Résultats des évaluations" in text and "88 %" in text
    assert str(written) in dialog.message.text()
    save_as(monkeypatch, tmp_path / "bilan.csv")
    assert dialog.export_csv() == tmp_path / "bilan.csv"
    rows = read_csv((tmp_path / "bilan.csv").read_bytes())
    assert ["Taux de réponse", "Questionnaire de satisfaction de fin de formation", "Réponses", "5", "6",
            "83,3", ""] in rows
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert dialog.export_pdf() is None  # cancelled: nothing written, nothing said


def test_the_sessions_button_opens_the_results(app: object, qtbot: QtBot, db: Database,
                                               answered: Answered) -> None:
    actions = SessionActions(db)
    qtbot.addWidget(actions)
    assert not actions.results_button.isEnabled()
    actions.set_session(answered.world.session_id)
    assert actions.results_button.isEnabled() and actions.results_button.text() == "Résultats…"
    dialog = actions.open_results()
    assert isinstance(dialog, ResultsDialog) and dialog.isVisible()
    dialog.close()
