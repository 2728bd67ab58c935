"""Questionnaires on screen: every template as a form (nothing written twice), typing and checking
answers, the assessment grid, confidential questions, and a session's questionnaires from
preparation to printed PDFs, imported answers and refusals."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfWriter
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from formation.documents.form_pdf import form_pdf
from formation.forms import QuestionType, fields_for, normalise, user_folder, validate_answers
from formation.services import forms_screen, forms_store, sessions
from formation.services.forms_store import ResponseState
from formation.storage.database import Database
from formation.ui.forms import questionnaires_dialog
from formation.ui.forms.form_dialog import FormDialog
from formation.ui.forms.form_widget import FormWidget
from formation.ui.forms.inputs import CellRadio
from formation.ui.forms.questionnaires_dialog import STATE_COLOURS, QuestionnairesDialog
from formation.ui.session_actions import SessionActions
from tests.qt_helpers import Modal, click_button
from tests.test_documents_world import OBJECTIVES, World, build_world
from tests.test_forms_import import sample
from tests.test_forms_pdf import fill
from tests.test_forms_store import ANSWERED, SATISFACTION, SENT, shipped_templates

pytestmark = pytest.mark.gui
TEMPLATES = shipped_templates()


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What would have been opened with the system's application (a folder)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def radio(form: FormWidget, field_id: str, text: str) -> QAbstractButton:
    """The radio button (or scale cell) of this answer."""
    for widget in form.input(field_id).widgets():
        assert isinstance(widget, QAbstractButton)
        if widget.text() == text or getattr(widget, "caption", None) == text:
            return widget
    raise AssertionError(f"no {text!r} for {field_id}")


def click(qtbot: QtBot, widget: QWidget) -> None:
    """A click where a person aims: a grid's cell anywhere, a radio or a checkbox on its circle."""
    pos = widget.rect().center()
    if isinstance(widget, QRadioButton | QCheckBox) and not isinstance(widget, CellRadio):
        pos = QPoint(8, widget.height() // 2)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def type_in(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as a person would: keys for plain letters, the text inserted for accented ones (QTest
    only knows ASCII keys)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QPlainTextEdit):
        widget.insertPlainText(text)
    else:
        assert isinstance(widget, QLineEdit)
        widget.insert(text)


def form_dialog(qtbot: QtBot, db: Database, response_id: int, **options: Any) -> FormDialog:
    dialog = FormDialog(db, response_id, now=lambda: ANSWERED, **options)
    # Closed at the end of the test without asking about answers left unsaved.
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "_initial", d.form.values()))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# --- every template, from its file alone ----------------------------------------------------------

@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_shipped_template_renders_one_input_per_field_of_a_three_objective_course(
        app: object, qtbot: QtBot, key: str) -> None:
    template = TEMPLATES[key]
    form = FormWidget(template, OBJECTIVES, show_sensitive=True)
    qtbot.addWidget(form)
    fields = fields_for(template, OBJECTIVES)
    assert list(form.inputs) == [f.id for f in fields]  # the same ids, in the same order
    for field in fields:
        widgets = form.input(field.id).widgets()
        assert widgets and all(form.isAncestorOf(w) for w in widgets)
        kinds = {type(w) for w in widgets}
        if field.type is QuestionType.SHORT_TEXT:
            assert len(widgets) == 1 and isinstance(widgets[0], QLineEdit)
        elif field.type is QuestionType.LONG_TEXT:
            assert len(widgets) == 1 and isinstance(widgets[0], QPlainTextEdit)
        elif field.type is QuestionType.SINGLE_CHOICE and len(field.choices) > 6:
            assert isinstance(widgets[0], QComboBox)
        elif field.type is QuestionType.SINGLE_CHOICE:  # matrix cells too: one per column
            assert len(widgets) == len(field.choices) and all(isinstance(w, QRadioButton)
                                                              for w in widgets)
        elif field.type is QuestionType.MULTIPLE_CHOICE:
            assert [w.text() for w in widgets] == list(field.choices)  # type: ignore[attr-defined]
            assert kinds == {QCheckBox}
        elif field.type is QuestionType.SCALE:
            assert len(widgets) == len(field.question.scale_values)
        elif field.type is QuestionType.YES_NO:
            assert [w.text() for w in widgets] == ["Oui", "Non"]  # type: ignore[attr-defined]
        elif field.type is QuestionType.DATE:
            assert isinstance(widgets[0], QDateEdit)
    texts = " ".join(label.text() for label in form.findChildren(QLabel))
    assert template.title in texts
    for section in template.sections:
        assert section.title in texts
    for question in template.questions():
        assert question.label.replace("'", "&#x27;") in texts or question.label in texts
        if question.is_matrix:
            assert all(objective in texts for objective in OBJECTIVES)
    # Empty, the form gives no answer: only the required ones are missing.
    problems = validate_answers(template, OBJECTIVES, form.values())
    assert set(problems) == {f.id for f in fields if f.required}
    assert set(problems.values()) <= {"Cette réponse est obligatoire."}


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_answers_shown_then_read_back_are_the_same(app: object, qtbot: QtBot, key: str) -> None:
    template = TEMPLATES[key]
    _pdf, raw = sample(template, OBJECTIVES)
    form = FormWidget(template, OBJECTIVES)
    qtbot.addWidget(form)
    form.set_values(normalise(template, OBJECTIVES, raw))
    assert normalise(template, OBJECTIVES, form.values()) == normalise(template, OBJECTIVES, raw)
    form.set_values({})  # emptied
    assert set(validate_answers(template, OBJECTIVES, form.values())) == {
        f.id for f in fields_for(template, OBJECTIVES) if f.required}


# --- typing the answers -------------------------------------------------------------------------------

def fill_satisfaction(qtbot: QtBot, form: FormWidget, skip: str = "") -> dict[str, Any]:
    """Click and type SATISFACTION's answers as a person would; the raw answers given."""
    given: dict[str, Any] = {}
    for key, value in SATISFACTION.items():
        if key == skip:
            continue
        field = next(f for f in form.fields if f.id == key)
        if field.type is QuestionType.LONG_TEXT:
            type_in(qtbot, form.input(key).focus_widget(), value)
        elif field.type is QuestionType.YES_NO:
            click(qtbot, radio(form, key, "Oui" if value == "oui" else "Non"))
        else:
            choice = next(c for c in (field.choices or [str(value)])
                          if c.casefold() == str(value).casefold())
            click(qtbot, radio(form, key, choice))
        given[key] = value
    return given


def test_the_satisfaction_form_filled_on_screen_stores_exactly_the_normalised_answers(
        app: object, qtbot: QtBot, db: Database, world: World) -> None:
    template = TEMPLATES["satisfaction_chaud"]
    rid = forms_store.prepare(db, world.session_id, "satisfaction_chaud", TEMPLATES)[0]
    dialog = form_dialog(qtbot, db, rid)
    assert "Marie Dupont" in dialog.findChild(QLabel, "heading").text()  # type: ignore[union-attr]
    assert "Pas encore de réponse" in dialog.state.text()
    given = fill_satisfaction(qtbot, dialog.form)
    click(qtbot, radio(dialog.form, "mise_en_pratique_prevue", "En partie"))
    click(qtbot, radio(dialog.form, "mise_en_pratique_prevue", "En partie"))  # again: taken back
    assert dialog.form.values()["mise_en_pratique_prevue"] is None
    assert dialog.changed()
    saved: list[int] = []
    dialog.saved.connect(saved.append)
    assert dialog.save()
    assert saved == [rid] and dialog.result() == FormDialog.DialogCode.Accepted
    stored = forms_store.answers(db, rid)
    assert stored == normalise(template, OBJECTIVES, given)
    assert stored["note_globale"] == 8 and stored["recommandation"] is True
    assert stored["points_forts"] == "Les études de cas" and stored["atteinte_objectifs"] == "Bien"
    response = forms_store.get_response(db, rid)
    assert (response.status, response.source, response.answered_at) == (
        ResponseState.ANSWERED, "screen", ANSWERED)

    again = form_dialog(qtbot, db, rid)  # opened again: the answers are there, nothing changed
    assert normalise(template, OBJECTIVES, again.form.values()) == stored
    assert not again.changed()
    assert "Réponses enregistrées le 14/03/2026 à 09h30 (saisies à l'écran)" in again.state.text()


def test_a_missing_required_answer_is_said_under_its_question_and_nothing_typed_is_lost(
        app: object, qtbot: QtBot, db: Database, world: World) -> None:
    rid = forms_store.prepare(db, world.session_id, "satisfaction_chaud", TEMPLATES)[0]
    dialog = form_dialog(qtbot, db, rid)
    dialog.resize(900, 500)
    form = dialog.form
    fill_satisfaction(qtbot, form, skip="note_globale")
    form.scroll.verticalScrollBar().setValue(0)
    typed = form.values()
    assert not dialog.save()
    assert dialog.isVisible() and dialog.result() != FormDialog.DialogCode.Accepted
    assert form.error_text("note_globale") == "Cette réponse est obligatoire."
    block = form.blocks["note_globale"]
    assert block.isAncestorOf(block.error) and block.error.isVisible()
    assert all(form.error_text(f.id) == "" for f in form.fields if f.question.id != "note_globale")
    assert form.scroll.verticalScrollBar().value() > 0  # scrolled down to the question
    assert form.values() == typed
    assert "une réponse est à corriger" in dialog.message.text()
    assert forms_store.get_response(db, rid).status is ResponseState.TO_SEND
    assert forms_store.answers(db, rid) == {}

    click(qtbot, radio(form, "note_globale", "7"))
    assert dialog.save()
    assert forms_store.answers(db, rid)["note_globale"] == 7


def test_leaving_with_answers_typed_asks_first(app: object, qtbot: QtBot, db: Database,
                                                world: World) -> None:
    rid = forms_store.prepare(db, world.session_id, "bilan_individuel", TEMPLATES)[0]
    dialog = form_dialog(qtbot, db, rid)
    type_in(qtbot, dialog.form.input("progression").focus_widget(), "Belle progression")
    modal = Modal()
    modal.then(QMessageBox, lambda box: click_button(box, "Continuer la saisie"))
    dialog.reject()
    modal.check()
    assert dialog.isVisible()
    modal = Modal()
    modal.then(QMessageBox, lambda box: click_button(box, "Abandonner les réponses"))
    dialog.reject()
    modal.check()
    assert not dialog.isVisible() and forms_store.answers(db, rid) == {}


def test_the_assessment_grid_stores_the_cell_clicked(app: object, qtbot: QtBot, db: Database,
                                                     world: World) -> None:
    rid = forms_store.prepare(db, world.session_id, "evaluation_acquis", TEMPLATES)[0]
    dialog = form_dialog(qtbot, db, rid)
    form = dialog.form
    cell = form.input("acquis__2__sortie")
    columns = ["Non acquis", "En cours d'acquisition", "Acquis"]
    assert [w.accessibleName() for w in cell.widgets()] == [
        f"2. {OBJECTIVES[1]} (sortie) : {column}" for column in columns]
    click(qtbot, cell.widgets()[1])
    assert form.values()["acquis__2__sortie"] == "En cours d'acquisition"
    click(qtbot, cell.widgets()[2])  # one level per objective and phase
    click(qtbot, form.input("acquis__2__entree").widgets()[0])  # the other phase is its own
    values = form.values()
    assert (values["acquis__2__sortie"], values["acquis__2__entree"]) == ("Acquis", "Non acquis")
    assert [w.isChecked() for w in cell.widgets()] == [False, False, True]  # type: ignore[attr-defined]
    for number in (1, 3):
        for phase in ("entree", "sortie"):
            click(qtbot, form.input(f"acquis__{number}__{phase}").widgets()[2])
    type_in(qtbot, form.input("acquis__2__commentaire").focus_widget(), "Statuts rédigés en atelier")
    click(qtbot, form.input("modalites_evaluation").widgets()[1])
    type_in(qtbot, form.input("appreciation_generale").focus_widget(), "Très investie.")
    assert dialog.save(), dialog.message.text() + repr(form.values())
    stored = forms_store.answers(db, rid)
    assert stored["acquis__2__sortie"] == "Acquis" and stored["acquis__2__entree"] == "Non acquis"
    assert stored["acquis__2__commentaire"] == "Statuts rédigés en atelier"
    assert stored["modalites_evaluation"] == ["Étude de cas"]


def test_a_grid_row_missing_says_which_phase_under_its_objective(app: object, qtbot: QtBot) -> None:
    template = TEMPLATES["evaluation_acquis"]
    form = FormWidget(template, OBJECTIVES)
    qtbot.addWidget(form)
    problems = validate_answers(template, OBJECTIVES, {"acquis__1__entree": "Acquis"})
    form.show_errors(problems)
    assert form.error_text("acquis__1__sortie") == "Sortie : Cette réponse est obligatoire."
    assert form.error_text("acquis__2__entree") == ("Entrée : Cette réponse est obligatoire.\n"
                                                    "Sortie : Cette réponse est obligatoire.")
    assert form.show_errors({"inconnu": "Hors du formulaire."}) == ["Hors du formulaire."]
    assert form.error_text("acquis__2__entree") == ""


def test_confidential_needs_are_hidden_until_allowed(app: object, qtbot: QtBot, db: Database,
                                                     world: World) -> None:
    template = TEMPLATES["besoins"]
    form = FormWidget(template, OBJECTIVES)
    qtbot.addWidget(form)
    sensitive = [q.id for q in template.questions() if q.sensitive]
    assert sensitive == ["besoins_specifiques", "contact_referent_handicap"]
    assert not any(form.question_shown(q) for q in sensitive)
    assert form.question_shown("statut")
    hidden = form.findChild(QLabel, "confidentialText")
    assert hidden is not None and "2 questions confidentielles sont masquées" in hidden.text()
    form.set_values({"besoins_specifiques": True, "besoins_specifiques__commentaire": "Fauteuil"})
    assert form.values()["besoins_specifiques"] is True  # kept, though not shown
    form.show_errors({"contact_referent_handicap": "Cette réponse est obligatoire."})
    assert "Affichez les questions confidentielles" in form.error_text("contact_referent_handicap")
    form.set_show_sensitive(True)
    assert all(form.question_shown(q) for q in sensitive)
    assert form.findChild(QWidget, "confidential").isHidden()  # type: ignore[union-attr]

    rid = forms_store.prepare(db, world.session_id, "besoins", TEMPLATES)[0]
    dialog = form_dialog(qtbot, db, rid)
    assert dialog.sensitive.isVisible() and not dialog.form.question_shown("besoins_specifiques")
    dialog.sensitive.setChecked(True)
    assert dialog.form.question_shown("besoins_specifiques")
    shown = form_dialog(qtbot, db, rid, show_sensitive=True)
    assert shown.form.question_shown("besoins_specifiques") and shown.sensitive.isChecked()
    no_secret = form_dialog(qtbot, db, forms_store.prepare(
        db, world.session_id, "satisfaction_chaud", TEMPLATES)[0])
    assert not no_secret.sensitive.isVisible()


# --- a session's questionnaires -----------------------------------------------------------------------

def states(dialog: QuestionnairesDialog) -> dict[str, str]:
    return {f"{row.template_key} {row.person}": dialog.state_text(row) for row in dialog.model.rows()}


def outcome_rows(dialog: QuestionnairesDialog) -> list[list[str]]:
    table = dialog.outcomes
    return [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]


def wait_done(qtbot: QtBot, dialog: QuestionnairesDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)


def test_needs_grids_prepared_printed_imported_and_refused(
        app: object, qtbot: QtBot, qtmodeltester: Any, db: Database, world: World, tmp_path: Path,
        opened: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    now = [SENT]
    dialog = QuestionnairesDialog(db, world.session_id, now=lambda: now[0])
    qtbot.addWidget(dialog)
    assert dialog.template_warning.isHidden()
    titles = [dialog.template_combo.itemText(i) for i in range(dialog.template_combo.count())]
    assert titles[0] == "Grille d'analyse des besoins" and len(titles) == len(TEMPLATES)
    assert "Aucun questionnaire préparé" in dialog.counts.text()

    dialog.set_template("besoins")
    ids = dialog.prepare()
    assert len(ids) == 3 and "3 questionnaire(s) prêt(s)" in dialog.message.text()
    assert states(dialog) == {"besoins DUPONT Marie": "À envoyer", "besoins MARTIN Benoît": "À envoyer",
                              "besoins ŒUVRAY Chloé": "À envoyer"}
    assert dialog.selected_ids() == ids
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    state = dialog.model.index(0, questionnaires_dialog.STATE_COLUMN)
    assert state.data(Qt.ItemDataRole.ForegroundRole) == STATE_COLOURS[ResponseState.TO_SEND]

    out = tmp_path / "a imprimer"
    monkeypatch.setattr(questionnaires_dialog.QFileDialog, "getExistingDirectory",
                        lambda *_args: str(out))
    dialog.view.clearSelection()  # none chosen: all of them
    assert dialog.print_pdfs() is not None
    wait_done(qtbot, dialog)
    assert dialog.last_print is not None and not dialog.last_print.cancelled
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"2026-03-12_fonctionnement-associatif_{who}_besoins.pdf"
                     for who in ("DUPONT-Marie", "MARTIN-Benoit", "OEUVRAY-Chloe")]
    assert opened == [str(out)]
    assert set(states(dialog).values()) == {"Envoyé"}
    assert "3 PDF écrit(s)" in dialog.message.text()
    assert dialog.model.index(0, 3).data() == "13/03/2026"  # sent on

    dupont = forms_store.prepare(db, world.session_id, "besoins", TEMPLATES)[0]
    pdf_values, raw = sample(TEMPLATES["besoins"], OBJECTIVES)
    printed = out / names[0]
    filled = tmp_path / "rempli par Marie.pdf"
    filled.write_bytes(fill(printed.read_bytes(), pdf_values))
    foreign = tmp_path / "scan.pdf"
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    foreign.write_bytes(buffer.getvalue())
    now[0] = ANSWERED
    assert dialog.import_paths([filled, foreign]) is not None
    wait_done(qtbot, dialog)
    assert dialog.last_import is not None
    rows = outcome_rows(dialog)
    assert rows[0][:2] == ["rempli par Marie.pdf", "Enregistré"]
    assert rows[1][:2] == ["scan.pdf", "Refusé"]
    assert rows[1][2].startswith("Ce PDF n'a aucun champ à remplir")
    assert "1 enregistré(s), 1 refusé(s)" in dialog.import_summary.text()
    assert states(dialog)["besoins DUPONT Marie"] == "Répondu"
    assert forms_store.answers(db, dupont) == normalise(TEMPLATES["besoins"], OBJECTIVES, raw)
    assert dialog.selected_ids() == [dupont]
    answered = dialog.model.rows()[0]
    assert (answered.source, answered.answered_at) == ("pdf", ANSWERED)
    assert dialog.model.index(0, 6).data() == "PDF"

    # The same file again: nothing to do; different answers: refused unless replacing is ticked.
    other = {**pdf_values, "fonction": "/Trésorier"}
    changed = tmp_path / "corrige.pdf"
    changed.write_bytes(fill(printed.read_bytes(), {**other, "fonction": "Trésorier"}))
    dialog.import_paths([filled, changed])
    wait_done(qtbot, dialog)
    rows = outcome_rows(dialog)
    assert [row[1] for row in rows] == ["Inchangé", "Refusé"]
    assert "cochez « Remplacer les réponses déjà enregistrées »" in rows[1][2]
    assert "--replace" not in rows[1][2]
    dialog.replace.setChecked(True)
    dialog.import_paths([changed])
    wait_done(qtbot, dialog)
    assert outcome_rows(dialog)[0][1] == "Enregistré"
    assert forms_store.answers(db, dupont)["fonction"] == "Trésorier"


def test_marked_sent_reminded_then_late(app: object, qtbot: QtBot, db: Database,
                                        world: World) -> None:
    now = [SENT]
    dialog = QuestionnairesDialog(db, world.session_id, now=lambda: now[0])
    qtbot.addWidget(dialog)
    dialog.set_template("satisfaction_chaud")
    ids = dialog.prepare()
    dialog.select_ids(ids[:2])
    assert dialog.sent_button.isEnabled() and not dialog.remind_button.isEnabled()
    assert not dialog.open_button.isEnabled()  # two chosen: open one at a time
    assert dialog.mark_sent() == 2
    assert dialog.selected_ids() == ids[:2]  # the choice is kept
    assert dialog.remind_button.isEnabled() and not dialog.sent_button.isEnabled()
    now[0] = SENT + timedelta(days=10)
    assert dialog.remind() == 2
    assert "Relance notée pour 2 questionnaire(s), le 23/03/2026" in dialog.message.text()
    now[0] = SENT + timedelta(days=20)
    dialog.refresh()
    assert sorted(states(dialog).values()) == ["En retard (20 jours)"] * 2 + ["À envoyer"]
    late = next(r for r, row in enumerate(dialog.model.rows()) if row.state is ResponseState.LATE)
    index = dialog.model.index(late, questionnaires_dialog.STATE_COLUMN)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == QColor("#b3261e")
    assert dialog.model.index(late, 4).data() == "23/03/2026"  # reminded on
    assert "2 en retard" in dialog.counts.text() and "1 à envoyer" in dialog.counts.text()


def test_a_questionnaire_is_opened_from_its_row_and_its_answers_show(
        app: object, qtbot: QtBot, db: Database, world: World) -> None:
    dialog = QuestionnairesDialog(db, world.session_id, now=lambda: ANSWERED)
    qtbot.addWidget(dialog)
    dialog.set_template("satisfaction_chaud")
    ids = dialog.prepare()
    dialog.select_ids(ids[1:2])
    form = dialog.open_selected()
    assert form is not None and dialog.form_dialog is form
    qtbot.addWidget(form)
    assert "Benoît Martin" in form.windowTitle()
    form.form.set_values(SATISFACTION)
    assert form.save()
    assert states(dialog)["satisfaction_chaud MARTIN Benoît"] == "Répondu"
    assert dialog.model.rows()[1].source == "screen" and "Réponses enregistrées" in dialog.message.text()


def test_pdfs_dropped_on_the_window_are_imported(app: object, qtbot: QtBot, db: Database,
                                                 world: World, tmp_path: Path) -> None:
    dialog = QuestionnairesDialog(db, world.session_id, now=lambda: ANSWERED)
    qtbot.addWidget(dialog)
    rid = forms_store.prepare(db, world.session_id, "satisfaction_chaud", TEMPLATES)[0]
    forms_store.record_answers(db, rid, SATISFACTION, "screen", ANSWERED)
    copy = tmp_path / "copie.pdf"
    copy.write_bytes(form_pdf(db, rid))
    (tmp_path / "notes.txt").write_text("rien", encoding="utf-8")
    assert forms_screen.pdf_paths([copy, tmp_path / "notes.txt", tmp_path]) == [copy, tmp_path]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(copy)), QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(event)
    wait_done(qtbot, dialog)
    assert outcome_rows(dialog) == [["copie.pdf", "Inchangé", "Marie Dupont, Questionnaire de "
                                     f"satisfaction de fin de formation (questionnaire n° {rid}) : "
                                     "déjà enregistré, à l'identique."]]


def test_broken_templates_are_named_with_their_file_and_line(app: object, qtbot: QtBot,
                                                             db: Database, world: World) -> None:
    user_folder().mkdir(parents=True, exist_ok=True)
    broken = user_folder() / "financeurs.toml"
    broken.write_text('key = "financeurs"\nversion = 1\nkind = "needs"\ntitle = "Financeurs\n',
                      encoding="utf-8")
    dialog = QuestionnairesDialog(db, world.session_id)
    qtbot.addWidget(dialog)
    assert not dialog.template_warning.isHidden()
    assert f"{broken}:4" in dialog.template_warning.text()
    assert dialog.template_combo.count() == len(TEMPLATES)  # the others are still there


def test_the_questionnaires_button_goes_with_a_session(app: object, qtbot: QtBot, db: Database,
                                                       world: World) -> None:
    actions = SessionActions(db)
    qtbot.addWidget(actions)
    assert not actions.forms_button.isEnabled() and actions.open_questionnaires() is None
    actions.set_session(world.session_id)
    assert actions.forms_button.isEnabled() and actions.forms_button.text() == "Questionnaires…"
    dialog = actions.open_questionnaires()
    assert isinstance(dialog, QuestionnairesDialog)
    assert sessions.get_session(db, world.session_id).code in dialog.windowTitle()
    dialog.reject()
