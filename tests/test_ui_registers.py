"""The Qualité page, driven as a user would: a complaint from receipt to its letter, the empty-register
banners, the referent in Paramètres, a CV, and the job-seeker box of a participant."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from formation.services import organisation, people
from formation.services import registers as reg
from formation.services import registers_attachments as files
from formation.services import registers_environment as env
from formation.storage.database import Database
from formation.ui.pages.participants import ParticipantDialog
from formation.ui.pages.quality import QualityPage
from formation.ui.pages.settings import SettingsPage
from formation.ui.registers.attachments import AttachmentsDialog
from formation.ui.registers.common import ALERT, TONES
from formation.ui.registers.dialogs import ComplaintDialog, ImprovementDialog, WatchDialog
from tests.qt_helpers import Modal

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(app: object, qtbot: QtBot, db: Database) -> QualityPage:
    quality = QualityPage(db)
    qtbot.addWidget(quality)
    quality.resize(1100, 650)
    quality.show()
    return quality


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files handed to the system's viewer (none is really opened)."""
    urls: list[Path] = []
    monkeypatch.setattr("formation.ui.registers.attachments.QDesktopServices.openUrl",
                        lambda url: urls.append(Path(url.toLocalFile())) or True)
    return urls


def save(dialog: QWidget, qtbot: QtBot) -> None:
    buttons = dialog.buttons  # type: ignore[attr-defined]
    qtbot.mouseClick(buttons.button(buttons.StandardButton.Save), LEFT)


def shown(page: Any, column: int) -> list[str]:
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def test_a_complaint_from_receipt_to_its_letter(page: QualityPage, qtbot: QtBot, db: Database,
                                                tmp_path: Path, opened: list[Path]) -> None:
    complaints = page.complaints
    assert complaints.banner.isVisible() and "Registre vide" in complaints.banner.text()
    assert "Réclamations" in page.gap_tabs()
    received = date.today() - timedelta(days=2)
    modal = Modal()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintDialog)
        dialog.received.setDate(QDate(received))
        save(dialog, qtbot)  # refused: no description, the dialog stays open
        assert "obligatoire" in dialog.form.error_text("description")
        dialog.description.setPlainText("Salle trop froide le deuxième jour")
        save(dialog, qtbot)
    modal.then(ComplaintDialog, fill)
    qtbot.mouseClick(complaints.new_button, LEFT)
    modal.check()
    assert shown(complaints, 2) == ["Salle trop froide le deuxième jour"]
    assert shown(complaints, 3) == ["Reçue"]
    assert not complaints.banner.isVisible()
    assert "Réclamations" not in page.gap_tabs()
    assert complaints.current_row() is not None  # the new row is selected

    def acknowledge(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintDialog)
        dialog.acknowledged.check.setChecked(True)
        dialog.acknowledged.edit.setDate(QDate(received + timedelta(days=1)))
        save(dialog, qtbot)
    modal.then(ComplaintDialog, acknowledge)
    qtbot.mouseClick(complaints.edit_button, LEFT)
    modal.check()
    assert shown(complaints, 3) == ["Accusé de réception envoyé"]
    [row] = reg.list_complaints(db)
    assert row.acknowledged_on == received + timedelta(days=1)

    letter = tmp_path / "accusé de réception.pdf"
    letter.write_bytes(b"%PDF-1.7 accuse de reception" + bytes(range(256)))

    def attach(dialog: QWidget) -> None:
        assert isinstance(dialog, AttachmentsDialog)
        assert dialog.attach(letter) is not None
        assert dialog.names() == ["accusé de réception.pdf"]
        qtbot.mouseClick(dialog.open_button, LEFT)
        dialog.reject()
    modal.then(AttachmentsDialog, attach)
    qtbot.mouseClick(complaints.files_button, LEFT)
    modal.check()
    assert [p.read_bytes() for p in opened] == [letter.read_bytes()]
    assert shown(complaints, 7) == ["1"]  # the Fichiers column


def test_an_overdue_acknowledgement_is_coloured_and_told(page: QualityPage, db: Database) -> None:
    reg.save_complaint(db, reg.ComplaintData(received_on=date.today() - timedelta(days=8),
                                             description="Attestation jamais reçue"))
    reg.save_complaint(db, reg.ComplaintData(received_on=date.today() - timedelta(days=8),
                                             description="Support illisible",
                                             acknowledged_on=date.today()))
    page.refresh()
    proxy = page.complaints.proxy
    statuses = shown(page.complaints, 3)
    late = statuses.index("Reçue — accusé de réception en retard")
    background = Qt.ItemDataRole.BackgroundRole
    assert proxy.index(late, 0).data(background) == TONES[ALERT][0]
    assert proxy.index(1 - late, 0).data(background) is None
    assert "pas d'accusé de réception après 7 jours" in page.complaints.banner.text()


def test_a_late_action_is_coloured(page: QualityPage, db: Database) -> None:
    reg.save_improvement(db, reg.ImprovementData(created_on=date.today() - timedelta(days=10),
                                                 description="Écrire la procédure d'abandon",
                                                 due_on=date.today() - timedelta(days=1)))
    page.refresh()
    improvements = page.improvements
    assert shown(improvements, 5) == ["En retard"]
    assert improvements.proxy.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) == TONES[ALERT][1]


def test_an_action_from_a_complaint(page: QualityPage, qtbot: QtBot, db: Database) -> None:
    complaint = reg.save_complaint(db, reg.ComplaintData(received_on=date.today(),
                                                         description="Salle trop froide"))
    page.refresh()
    page.complaints.select_id(complaint)
    modal = Modal()

    def decide(dialog: QWidget) -> None:
        assert isinstance(dialog, ImprovementDialog)
        assert dialog.complaint.currentData() == complaint
        dialog.description.setPlainText("Vérifier le chauffage la veille")
        save(dialog, qtbot)
    modal.then(ImprovementDialog, decide)
    qtbot.mouseClick(page.complaints.action_button, LEFT)
    modal.check()
    assert shown(page.improvements, 2) == ["Vérifier le chauffage la veille"]
    assert shown(page.improvements, 0) == [date.today().strftime("%d/%m/%Y")]
    assert not page.improvements.banner.isVisible()
    page.tabs.setCurrentWidget(page.trainers)
    assert page.current_list() is page.trainers.trainings


def test_the_empty_register_banner_shows_then_goes(page: QualityPage, qtbot: QtBot,
                                                   db: Database) -> None:
    page.tabs.setCurrentWidget(page.watch)
    assert page.watch.banner.isVisible()
    assert page.watch.banner.text().startswith("<b>Registre vide : un auditeur le demandera.</b>")
    modal = Modal()

    def log(dialog: QWidget) -> None:
        assert isinstance(dialog, WatchDialog)
        qtbot.keyClicks(dialog.source, "Centre Inffo")
        dialog.summary.setPlainText("Nouvelle certification Qualiopi : le référentiel évolue")
        save(dialog, qtbot)
    modal.then(WatchDialog, log)
    qtbot.mouseClick(page.watch.new_button, LEFT)
    modal.check()
    # Not empty any more: the banner now says which watch is still missing this year.
    assert page.watch.banner.text() == ("Veille métiers et compétences : rien d'enregistré depuis "
                                        "12 mois<br>Veille pédagogique et technologique : rien "
                                        "d'enregistré depuis 12 mois")
    assert "Veille" in page.gap_tabs()
    # Deleted, the register is empty again; the undo brings the entry and its file back.
    [entry] = env.list_watch(db)
    files.attach_bytes(db, "watch_entry", entry.id, "article.pdf", b"%PDF article")
    page.watch.refresh()
    page.watch.select_id(entry.id)
    page.watch.delete_current()
    assert "Registre vide" in page.watch.banner.text() and env.list_watch(db) == []
    assert files.list_attachments(db, "watch_entry", entry.id) == []
    qtbot.mouseClick(page.watch.undo_bar.button, LEFT)
    assert "Registre vide" not in page.watch.banner.text()
    assert [a.filename for a in files.list_attachments(db, "watch_entry", entry.id)] == ["article.pdf"]


def test_the_register_model_passes_the_model_tester(page: QualityPage, qtmodeltester: Any,
                                                    db: Database) -> None:
    for days, text in ((20, "Attestation jamais reçue"), (3, "Support illisible")):
        complaint = reg.save_complaint(db, reg.ComplaintData(
            received_on=date.today() - timedelta(days=days), description=text))
        files.attach_bytes(db, "complaint", complaint, "lettre.pdf", b"%PDF")
    page.refresh()
    assert page.complaints.model.rowCount() == 2
    qtmodeltester.check(page.complaints.model)
    qtmodeltester.check(page.complaints.proxy)


def test_the_referent_is_saved_in_settings_and_shown_on_the_page(page: QualityPage, qtbot: QtBot,
                                                                  db: Database) -> None:
    page.tabs.setCurrentWidget(page.network)
    assert page.network.missing_referent.isVisible()
    assert "Réseau handicap" in page.gap_tabs()
    settings = SettingsPage(db)
    qtbot.addWidget(settings)
    qtbot.keyClicks(settings.name, "Ligue de l'enseignement du Nord")
    qtbot.keyClicks(settings.disability_referent, "Awa Diallo")
    qtbot.keyClicks(settings.disability_referent_contact, "handicap@ligue59.fr")
    assert settings.save()
    stored = organisation.get_organisation(db)
    assert (stored.disability_referent, stored.disability_referent_contact) == (
        "Awa Diallo", "handicap@ligue59.fr")
    page.refresh()
    assert not page.network.missing_referent.isVisible()
    assert "Awa Diallo — handicap@ligue59.fr" in page.network.referent.text()
    assert "Réseau handicap" in page.gap_tabs()  # no partner yet
    env.save_partner(db, env.PartnerData("Cap emploi Nord", "Cap emploi"))
    page.refresh()
    assert "Réseau handicap" not in page.gap_tabs()
    assert not page.network.partners.banner.isVisible()


def test_a_trainers_cv_and_trainings(page: QualityPage, qtbot: QtBot, db: Database,
                                     tmp_path: Path, opened: list[Path]) -> None:
    trainers = page.trainers
    page.tabs.setCurrentWidget(trainers)
    assert trainers.banner.isVisible() and not trainers.attach_button.isEnabled()
    claire = people.save_trainer(db, people.TrainerData(first_name="Claire", last_name="Martin"))
    page.refresh()
    assert trainers.trainer.currentText() == "Claire MARTIN"
    assert not trainers.trainer.itemIcon(0).isNull()
    assert trainers.trainer.itemData(0, Qt.ItemDataRole.ToolTipRole) == (
        "Formateur·rice Claire MARTIN : aucun CV joint\n"
        "Formateur·rice Claire MARTIN : aucune formation suivie depuis 24 mois")
    assert "aucun CV joint" in trainers.cv.text() and not trainers.open_button.isEnabled()
    assert trainers.trainings.banner.isVisible()
    cv = tmp_path / "CV Claire Martin.pdf"
    cv.write_bytes(b"%PDF-1.4 cv" + bytes(500))
    assert trainers.attach_cv(cv)
    assert "CV Claire Martin.pdf" in trainers.cv.text()
    qtbot.mouseClick(trainers.open_button, LEFT)
    assert [p.read_bytes() for p in opened] == [cv.read_bytes()]
    env.save_trainer_training(db, env.TrainerTrainingData(claire, "Animer à distance",
                                                          on=date.today() - timedelta(days=30)))
    page.refresh()
    assert shown(trainers.trainings, 1) == ["Animer à distance"]
    assert not trainers.trainings.banner.isVisible()
    assert "Formateurs" not in page.gap_tabs()
    assert trainers.trainer.itemIcon(0).isNull()


def test_the_participant_dialog_saves_job_seeker(app: object, qtbot: QtBot, db: Database) -> None:
    dialog = ParticipantDialog(db, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first_name, "Marc")
    qtbot.keyClicks(dialog.last_name, "Durand")
    assert not dialog.job_seeker.isChecked()
    dialog.job_seeker.setChecked(True)
    dialog.try_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert people.get_participant(db, dialog.saved_id or 0).job_seeker
    again = ParticipantDialog(db, dialog.saved_id)
    qtbot.addWidget(again)
    assert again.job_seeker.isChecked()
