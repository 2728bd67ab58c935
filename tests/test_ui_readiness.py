"""The Audit page: sessions × evidence in colours and words, per indicator, double-click, export."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from formation.services import sessions
from formation.services.readiness import INDICATORS, Level, Target
from formation.services.readiness_checks import ITEMS
from formation.storage.database import Database
from formation.ui.pages import readiness as page_module
from formation.ui.pages.readiness import COLOURS, FIXED, ReadinessPage
from tests.test_readiness import TODAY, AuditWorld, build_audit_world

pytestmark = pytest.mark.gui
COLUMN = {spec.key: FIXED + n for n, spec in enumerate(ITEMS)}


@pytest.fixture
def world(db: Database) -> AuditWorld:
    return build_audit_world(db)


@pytest.fixture
def page(app: QApplication, db: Database, world: AuditWorld, qtbot: QtBot) -> ReadinessPage:
    widget = ReadinessPage(db)
    qtbot.addWidget(widget)
    widget.today = TODAY
    widget.start.setDate(QDate(2026, 1, 1))
    widget.end.setDate(QDate(2026, 7, 15))
    widget.resize(1300, 800)
    widget.show()
    widget.refresh()
    return widget


def cell(page: ReadinessPage, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return page.model.index(row, COLUMN[key]).data(role)


def test_the_page_lists_the_sessions_with_colours_and_words(page: ReadinessPage,
                                                            world: AuditWorld) -> None:
    model = page.model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == f"✓ {world.complete_code}"
    assert model.index(1, 0).data() == f"✗ {world.gappy_code}"
    assert model.index(1, 2).data() == "19/03–20/03/2026"
    assert cell(page, 1, "needs") == "✗ 1/2"
    assert cell(page, 1, "needs", Qt.ItemDataRole.BackgroundRole) == COLOURS[Level.RED]
    assert "SANCHEZ Bruno" in str(cell(page, 1, "needs", Qt.ItemDataRole.ToolTipRole))
    assert cell(page, 1, "attendance") == "✗ 3/4"
    assert cell(page, 0, "needs") == "✓ 2/2"
    assert cell(page, 0, "needs", Qt.ItemDataRole.BackgroundRole) == COLOURS[Level.GREEN]
    assert cell(page, 0, "dropout") == "—"  # a two-day session: indicator 12 does not apply
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(FIXED)] == [
        "Session", "Formation", "Dates"]
    assert page.summary.text() == "2 session(s) ; 35 point(s) complet(s), 0 à suivre, 3 manquant(s)."
    assert page.indicators_model.rowCount() == len(INDICATORS)
    organisation = page.organisation_model
    complaints = next(r for r in range(organisation.rowCount())
                      if organisation.index(r, 0).data() == "Registre des réclamations")
    assert organisation.index(complaints, 1).data() == "✗ Manquant"
    assert organisation.index(complaints, 0).data(Qt.ItemDataRole.BackgroundRole) == COLOURS[Level.RED]


def test_double_clicking_a_red_item_emits_where_to_fix_it(page: ReadinessPage, world: AuditWorld,
                                                         qtbot: QtBot) -> None:
    index = page.model.index(1, COLUMN["attendance"])
    page.table.scrollTo(index)
    centre = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(page.target_activated) as target, \
            qtbot.waitSignal(page.session_activated) as session:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert target.args == [Target("Sessions", world.gappy, "Émargement… : présences de chacun·e et "
                                  "signature du formateur·rice pour chaque demi-journée")]
    assert session.args == [world.gappy]
    assert "Émargement…" in page.status.text()
    assert "20/03/2026 après-midi" in page.detail.text()


def test_an_organisation_item_leads_to_its_page(page: ReadinessPage, qtbot: QtBot) -> None:
    organisation = page.organisation_model
    row = next(r for r in range(organisation.rowCount())
               if organisation.index(r, 0).data() == "Registre des réclamations")
    with qtbot.waitSignal(page.target_activated) as target:
        page._organisation_activated(organisation.index(row, 0))
    assert target.args[0].page == "Qualité" and target.args[0].session_id is None


def test_the_main_window_opens_the_session_of_an_item(app: QApplication, db: Database,
                                                      world: AuditWorld, qtbot: QtBot) -> None:
    from formation.ui.main_window import MainWindow
    from formation.ui.pages.sessions import SessionsPage

    window = MainWindow(db)
    qtbot.addWidget(window)
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert "Audit" in labels
    audit = window.page(ReadinessPage)
    assert isinstance(audit, ReadinessPage)
    audit.go(Target("Sessions", world.gappy, "Émargement…"))
    sessions = window.page(SessionsPage)
    assert window.stack.currentWidget() is sessions
    assert isinstance(sessions, SessionsPage) and sessions.current_row().id == world.gappy


def test_the_main_window_leads_to_the_page_of_any_item(app: QApplication, db: Database,
                                                       world: AuditWorld, qtbot: QtBot) -> None:
    from formation.ui.followups_page import FollowupsPage
    from formation.ui.main_window import MainWindow
    from formation.ui.pages.quality import QualityPage
    from formation.ui.pages.settings import SettingsPage

    window = MainWindow(db)
    qtbot.addWidget(window)
    audit = window.page(ReadinessPage)
    assert isinstance(audit, ReadinessPage)
    audit.go(Target("Qualité", None, "Réclamations : enregistrer chaque réclamation"))
    assert window.stack.currentWidget() is window.page(QualityPage)
    audit.go(Target("Paramètres", None, "Organisme : nommer le ou la référent·e handicap"))
    assert window.stack.currentWidget() is window.page(SettingsPage)
    audit.go(Target("Suivi à 3 mois", world.gappy, "Envoyer le questionnaire de suivi à froid"))
    followups = window.page(FollowupsPage)
    assert window.stack.currentWidget() is followups
    assert isinstance(followups, FollowupsPage)
    assert followups.search.text() == sessions.get_session(db, world.gappy).code


def test_export_writes_the_zip_and_opens_its_folder(page: ReadinessPage, world: AuditWorld,
                                                    qtbot: QtBot, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(page_module.QFileDialog, "getSaveFileName",
                        lambda *_args: (str(tmp_path / "dossier"), ""))
    page.table.selectRow(1)
    assert page.only_selected.isEnabled() and page.only_selected.text().endswith("(1)")
    page.only_selected.setChecked(True)
    page.export()
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=30_000)
    assert page.last_export is not None
    assert page.last_export.path == tmp_path / "dossier.zip"
    assert opened == [str(tmp_path)]
    assert "Dossier d'audit enregistré" in page.status.text()
    with zipfile.ZipFile(tmp_path / "dossier.zip") as archive:
        sessions = archive.read("Données/sessions.csv").decode("utf-8-sig")
    assert world.gappy_code in sessions and f"{world.complete_code};" not in sessions
    assert page.export_button.isEnabled()


def test_the_default_period_is_the_last_twelve_months(app: QApplication, db: Database,
                                                      qtbot: QtBot) -> None:
    widget = ReadinessPage(db)
    qtbot.addWidget(widget)
    today = date.today()
    assert widget.end.date() == QDate(today.year, today.month, today.day)
    start = widget.start.date()
    assert (today - date(start.year(), start.month(), start.day())).days in range(364, 367)
    widget.refresh()
    assert widget.model.rowCount() == 0
    assert widget.summary.text().startswith("Aucune session")
