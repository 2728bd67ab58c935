"""Participants, structures, trainers and settings pages, driven as a user would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from formation.core.enums import ParticipantStatus, TrainerKind
from formation.services import catalogue, organisation, people, registrations, sessions
from formation.services.people import ParticipantData, StructureData, TrainerData
from formation.storage.database import Database
from formation.ui.import_dialog import ImportDialog
from formation.ui.pages.participants import ParticipantDialog, ParticipantsPage
from formation.ui.pages.settings import SettingsPage
from formation.ui.pages.structures import StructureDialog, StructuresPage
from formation.ui.pages.trainers import TrainerDialog, TrainersPage
from formation.ui.table_model import ROW_ROLE

pytestmark = pytest.mark.gui


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard would, accents included (QTest only types ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def visible(page: ParticipantsPage | StructuresPage | TrainersPage, column: int) -> list[str]:
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def add_structure(db: Database, name: str, **values: object) -> int:
    return people.save_structure(db, StructureData(name=name, **values))  # type: ignore[arg-type]


def add_participant(db: Database, first: str, last: str, **values: object) -> int:
    return people.save_participant(db, ParticipantData(first_name=first, last_name=last,
                                                       **values))  # type: ignore[arg-type]


# --- participants -----------------------------------------------------------------------------

def test_create_a_participant_and_find_her_without_accents(app: object, qtbot: QtBot,
                                                           db: Database) -> None:
    structure_id = add_structure(db, "Centre social Les Tilleuls")
    add_participant(db, "Marc", "Durand")
    page = ParticipantsPage(db)
    qtbot.addWidget(page)
    dialog = ParticipantDialog(db, None, page)
    qtbot.addWidget(dialog)
    type_text(dialog.first_name, "Éloïse")
    qtbot.keyClicks(dialog.last_name, "Martin")
    qtbot.keyClicks(dialog.email, "Eloise.Martin@exemple.fr")
    dialog.status.setCurrentIndex(dialog.status.findText("Salarié·e"))
    dialog.structure.setCurrentIndex(dialog.structure.findText("Centre social Les Tilleuls"))
    qtbot.keyClicks(dialog.postal_code, "59000")
    dialog.try_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = people.get_participant(db, dialog.saved_id or 0)
    assert (saved.first_name, saved.email, saved.status, saved.structure_id) == (
        "Éloïse", "eloise.martin@exemple.fr", ParticipantStatus.EMPLOYEE, structure_id)
    page.refresh()
    qtbot.keyClicks(page.search, "eloise")
    assert visible(page, 1) == ["Éloïse"]
    assert visible(page, 0) == ["MARTIN"]
    assert visible(page, 5) == ["Centre social Les Tilleuls"]
    assert page.count_label.text() == "1 sur 2"


def test_an_invalid_email_is_shown_under_its_field_and_keeps_the_input(
        app: object, qtbot: QtBot, db: Database) -> None:
    dialog = ParticipantDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.first_name, "Éloïse")
    qtbot.keyClicks(dialog.last_name, "Martin")
    qtbot.keyClicks(dialog.email, "eloise.martin@exemple")
    qtbot.keyClicks(dialog.commune, "Roubaix")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert "pas valide" in dialog.form.error_text("email")
    assert dialog.form.error_text("first_name") == dialog.form.error_text("phone") == ""
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert (dialog.first_name.text(), dialog.email.text(), dialog.commune.text()) == (
        "Éloïse", "eloise.martin@exemple", "Roubaix")
    assert people.list_participants(db) == []
    dialog.email.setText("eloise.martin@exemple.fr")
    dialog.try_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [p.commune for p in people.list_participants(db)] == ["Roubaix"]


def test_specific_needs_stay_hidden_until_asked_and_are_saved(app: object, qtbot: QtBot,
                                                              db: Database) -> None:
    dialog = ParticipantDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.needs.isVisible()
    qtbot.keyClicks(dialog.first_name, "Paul")
    qtbot.keyClicks(dialog.last_name, "Leroy")
    qtbot.mouseClick(dialog.show_needs, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, dialog.show_needs.height() // 2))
    assert dialog.needs.isVisible()
    qtbot.keyClicks(dialog.needs, "Fauteuil roulant : salle de plain-pied")
    dialog.try_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    participant_id = dialog.saved_id or 0
    assert people.get_participant(db, participant_id).specific_needs == \
        "Fauteuil roulant : salle de plain-pied"

    again = ParticipantDialog(db, participant_id)  # reopening does not show them either
    qtbot.addWidget(again)
    again.show()
    assert not again.needs.isVisible() and not again.show_needs.isChecked()
    assert "renseignés" in again.needs_hint.text()
    qtbot.keyClicks(again.phone, "03 20 15 14 18")
    again.try_save()  # saved while folded away: the needs are kept
    assert people.get_participant(db, participant_id).specific_needs == \
        "Fauteuil roulant : salle de plain-pied"

    page = ParticipantsPage(db)
    qtbot.addWidget(page)
    shown = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert "Leroy".upper() in shown and not any("Fauteuil" in text for text in shown)
    qtbot.keyClicks(page.search, "fauteuil")
    assert page.proxy.rowCount() == 0


def test_delete_a_participant_then_undo_brings_back_the_registrations(
        app: object, qtbot: QtBot, db: Database) -> None:
    course_id = catalogue.save_course(db, catalogue.CourseData(
        code="GEST", title="La gestion financière associative", duration_minutes=7 * 60))
    session_id = sessions.save_session(db, sessions.new_session_for(db, course_id, date(2026, 3, 12)))
    participant_id = add_participant(db, "Éloïse", "Martin")
    registrations.register(db, participant_id, session_id)
    page = ParticipantsPage(db)
    qtbot.addWidget(page)
    assert visible(page, 7) == ["1"]
    page.select_id(participant_id)
    page.delete_current()
    assert people.list_participants(db) == [] and page.undo_bar.isVisibleTo(page)
    assert "Éloïse MARTIN" in page.undo_bar.message.text()
    assert registrations.list_registrations(db, session_id) == []
    qtbot.mouseClick(page.undo_bar.button, Qt.MouseButton.LeftButton)
    assert [r.participant_id for r in registrations.list_registrations(db, session_id)] == \
        [participant_id]
    assert visible(page, 7) == ["1"]


def test_the_participants_model_passes_the_model_tester(app: object, qtbot: QtBot,
                                                        qtmodeltester: ModelTester,
                                                        db: Database) -> None:
    structure_id = add_structure(db, "Association Trait d'union")
    add_participant(db, "Éloïse", "Martin", structure_id=structure_id, commune="Lille")
    add_participant(db, "Marc", "Durand", status=ParticipantStatus.JOB_SEEKER)
    add_participant(db, "Zoé", "Abiteboul", email="zoe@exemple.fr")
    page = ParticipantsPage(db)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    assert page.model.headerData(7, Qt.Orientation.Horizontal) == "Inscriptions"
    assert visible(page, 0) == ["ABITEBOUL", "DURAND", "MARTIN"]


# --- structures and trainers ------------------------------------------------------------------

def test_delete_a_structure_keeps_its_participants_and_undo_relinks_them(
        app: object, qtbot: QtBot, db: Database) -> None:
    structure_id = add_structure(db, "Centre social Les Tilleuls", city="Roubaix")
    participant_id = add_participant(db, "Éloïse", "Martin", structure_id=structure_id)
    page = StructuresPage(db)
    qtbot.addWidget(page)
    assert visible(page, 2) == ["Roubaix"]
    page.select_id(structure_id)
    page.delete_current()
    assert people.list_structures(db) == []
    assert people.get_participant(db, participant_id).structure_id is None
    qtbot.mouseClick(page.undo_bar.button, Qt.MouseButton.LeftButton)
    assert people.get_participant(db, participant_id).structure_id == structure_id
    assert visible(page, 0) == ["Centre social Les Tilleuls"]


def test_a_structure_with_a_bad_siret_is_refused_under_the_siret(app: object, qtbot: QtBot,
                                                                  db: Database) -> None:
    dialog = StructureDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Centre social Les Tilleuls")
    qtbot.keyClicks(dialog.siret, "123 456")
    dialog.try_save()
    assert "14 chiffres" in dialog.form.error_text("siret")
    assert dialog.name.text() == "Centre social Les Tilleuls" and people.list_structures(db) == []
    dialog.siret.setText("775 684 764 00018")
    dialog.try_save()
    assert [s.siret for s in people.list_structures(db)] == ["77568476400018"]


def test_create_a_trainer_with_qualifications(app: object, qtbot: QtBot, db: Database) -> None:
    page = TrainersPage(db)
    qtbot.addWidget(page)
    dialog = TrainerDialog(db, None, page)
    qtbot.addWidget(dialog)
    type_text(dialog.first_name, "Hélène")
    qtbot.keyClicks(dialog.last_name, "Dubois")
    dialog.kind.setCurrentIndex(dialog.kind.findText("Externe"))
    dialog.qualifications.setPlainText("DEJEPS 2015\nFormation de formateurs 2022")
    dialog.try_save()
    saved = people.get_trainer(db, dialog.saved_id or 0)
    assert saved.kind == TrainerKind.EXTERNAL
    assert saved.qualifications.splitlines() == ["DEJEPS 2015", "Formation de formateurs 2022"]
    page.refresh()
    qtbot.keyClicks(page.search, "helene")
    assert visible(page, 0) == ["DUBOIS"] and visible(page, 2) == ["Externe"]
    page.select_id(saved.id)
    assert page.current_row() == page.proxy.index(0, 0).data(ROW_ROLE)


def test_a_trainer_without_a_name_is_refused(app: object, qtbot: QtBot, db: Database) -> None:
    people.save_trainer(db, TrainerData(first_name="Hélène", last_name="Dubois"))
    dialog = TrainerDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.first_name, "Hélène")
    dialog.try_save()
    assert "obligatoire" in dialog.form.error_text("last_name")
    assert dialog.form.error_text("first_name") == ""
    assert len(people.list_trainers(db)) == 1


# --- settings ---------------------------------------------------------------------------------

def test_settings_save_the_nda(app: object, qtbot: QtBot, db: Database) -> None:
    page = SettingsPage(db)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.name, "Association Trait d'union")
    qtbot.keyClicks(page.nda, "32 59 12345 59")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = organisation.get_organisation(db)
    assert (stored.name, stored.nda) == ("Association Trait d'union", "32591234559")
    assert page.message.text() == "Paramètres enregistrés."
    assert page.nda.text() == "32591234559"
    assert "certificats" in page.hint_text("nda")


def test_settings_show_a_bad_siret_under_the_siret(app: object, qtbot: QtBot, db: Database) -> None:
    page = SettingsPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.name, "Association Trait d'union")
    qtbot.keyClicks(page.siret, "123 456 789")
    qtbot.keyClicks(page.nda, "32591234559")
    assert not page.save()
    assert page.form.error_text("siret") == "Le SIRET compte 14 chiffres."
    assert page.form.error_text("nda") == ""
    assert page.message.text() != "Paramètres enregistrés."
    assert page.siret.text() == "123 456 789"
    assert organisation.get_organisation(db).nda == ""
    page.refresh()  # coming back to the page does not wipe what was typed
    assert page.siret.text() == "123 456 789"


def test_settings_qualiopi_date_and_images(app: object, qtbot: QtBot, db: Database,
                                          tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    assert image.save(str(logo))
    not_an_image = tmp_path / "logo.png.txt"
    not_an_image.write_text("pas une image")
    page = SettingsPage(db)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.name, "Association Trait d'union")
    assert not page.qualiopi_date.isEnabled()
    page.certified.setChecked(True)
    page.qualiopi_date.setDate(date(2024, 5, 2))
    assert not page.logo.load_file(not_an_image)
    assert "PNG ou JPEG" in page.logo.problem.text() and page.logo.image() is None
    assert page.logo.load_file(logo)
    assert page.logo.remove_button.isEnabled()
    assert page.save()
    stored = organisation.get_organisation(db)
    assert stored.qualiopi_date == date(2024, 5, 2)
    assert stored.logo is not None and stored.logo.startswith(b"\x89PNG")
    assert stored.signature is None
    qtbot.mouseClick(page.logo.remove_button, Qt.MouseButton.LeftButton)
    page.certified.setChecked(False)
    assert page.save()
    stored = organisation.get_organisation(db)
    assert stored.logo is None and stored.qualiopi_date is None


# --- import -----------------------------------------------------------------------------------

IMPORT_CSV = """NOM;Prénom;Courriel;Tél. perso;Ville;CP;Situation;Association
Martin;Éloïse;eloise.martin@exemple.fr;06 12 34 56 78;Roubaix;59100;Salariée;Centre social Les Tilleuls
Durand;Marc;marc.durand@exemple;;Lille;59000;Bénévole;
Abiteboul;Zoé;zoe@exemple.fr;;Tourcoing;59200;bénévole;Centre social Les Tilleuls
;Paul;paul@exemple.fr;;;;;
Dupont;Jean;jean.dupont@exemple.fr;03 20 15 14 18;Lille;59000;;
"""


def test_import_participants_from_a_csv(app: object, qtbot: QtBot, db: Database,
                                        tmp_path: Path) -> None:
    known_id = add_participant(db, "Jean", "Dupont", email="jean.dupont@exemple.fr")
    path = tmp_path / "inscrits.csv"
    path.write_text(IMPORT_CSV, encoding="utf-8")
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load_file(path)
    assert dialog.preview.rowCount() == 5
    assert dialog.preview.verticalHeaderItem(0).text() == "2"  # line numbers of the file
    assert dialog.preview.item(0, 1).text() == "Éloïse"
    assert dialog.mapping_combos["email"].currentText() == "Courriel"
    assert dialog.mapping_combos["last_name"].currentText() == "NOM"
    phone = dialog.mapping_combos["phone"]
    assert phone.currentData() is None  # "Tél. perso" is not recognised: the user chooses it
    phone.setCurrentIndex(phone.findText("Tél. perso"))
    assert "Téléphone" in dialog.preview.horizontalHeaderItem(3).text()
    assert not dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.analyse_button, Qt.MouseButton.LeftButton)
    refused = {dialog.errors_table.item(r, 0).text(): dialog.errors_table.item(r, 1).text()
               for r in range(dialog.errors_table.rowCount())}
    assert set(refused) == {"3", "5"}
    assert "marc.durand@exemple" in refused["3"] and "nom" in refused["5"]
    assert dialog.duplicates_table.rowCount() == 1
    assert dialog.duplicates_table.item(0, 1).text() == "6"
    assert dialog.duplicates_table.item(0, 3).text() == "Jean Dupont"
    assert dialog.summary.text().startswith("2 participant·es à importer, 2 lignes refusées")
    assert people.list_participants(db)[0].id == known_id and len(people.list_participants(db)) == 1
    dialog.duplicates_table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    assert dialog.merged_lines() == {6}

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "2 participant·es importé·es" in dialog.summary.text()
    rows = {p.last_name: p for p in people.list_participants(db)}
    assert set(rows) == {"Martin", "Abiteboul", "Dupont"}
    assert rows["Martin"].status == ParticipantStatus.EMPLOYEE
    assert rows["Martin"].structure == rows["Abiteboul"].structure == "Centre social Les Tilleuls"
    assert rows["Martin"].phone == "06 12 34 56 78"
    assert people.get_participant(db, known_id).phone == "03 20 15 14 18"  # merged
    assert not dialog.import_button.isEnabled()  # imported once, not twice
    dialog.reject()
    assert dialog.result() == dialog.DialogCode.Accepted  # the list knows it must reload


def test_import_analysis_is_redone_after_a_mapping_change(app: object, qtbot: QtBot, db: Database,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "inscrits.csv"
    path.write_text(IMPORT_CSV, encoding="utf-8")
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load_file(path) and dialog.analyse()
    assert dialog.import_button.isEnabled()
    dialog.mapping_combos["last_name"].setCurrentIndex(0)  # no column for the name
    assert not dialog.import_button.isEnabled() and dialog.errors_table.rowCount() == 0
    assert not dialog.analyse()
    assert "Nom" in dialog.summary.text()
    assert people.list_participants(db) == []
    assert not dialog.load_file(tmp_path / "absent.csv")
    assert "introuvable" in dialog.file_message.text() and dialog.file_message.isVisible()


def test_the_import_button_opens_the_import_dialog(app: object, qtbot: QtBot, db: Database) -> None:
    page = ParticipantsPage(db)
    qtbot.addWidget(page)
    page.show()
    assert page.import_button.isVisible() and page.import_button.text() == "Importer…"
    opened: list[QWidget] = []

    def close_it() -> None:
        modal = QApplication.activeModalWidget()
        opened.append(modal)
        modal.reject()

    QTimer.singleShot(0, close_it)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and isinstance(opened[0], ImportDialog)


def test_the_participants_columns_fit_the_page(app: object, qtbot: QtBot, db: Database) -> None:
    structure_id = add_structure(db, "Maison des associations de Tourcoing et de sa métropole")
    add_participant(db, "Jean-Baptiste", "Vandenbroucke-Lemaire", structure_id=structure_id,
                    email="jean-baptiste.vandenbroucke-lemaire@exemple.fr",
                    commune="Villeneuve-d'Ascq", status=ParticipantStatus.JOB_SEEKER)
    page = ParticipantsPage(db)
    qtbot.addWidget(page)
    page.resize(1000, 400)
    page.show()
    header = page.table.horizontalHeader()
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + 40 < page.table.viewport().width()
    email = page.model.index(0, 2)
    assert email.data(Qt.ItemDataRole.ToolTipRole) == "jean-baptiste.vandenbroucke-lemaire@exemple.fr"
