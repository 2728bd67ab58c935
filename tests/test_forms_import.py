"""Answers back from filled PDFs, folders and spreadsheets; refusals that store nothing; the CLI."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from reportlab.pdfgen.canvas import Canvas

from formation.cli import main
from formation.documents.attendance_sheet import attendance_sheet_pdf
from formation.documents.form_pdf import form_pdf
from formation.forms import QuestionType, Template, fields_for, normalise
from formation.services import forms_csv, forms_import, forms_store, people
from formation.services.forms_store import ResponseState
from formation.storage.database import Database
from tests.test_documents_world import OBJECTIVES, World, build_world
from tests.test_forms_pdf import fill, prepared
from tests.test_forms_store import ANSWERED, SATISFACTION, SENT, shipped_templates

TEMPLATES = shipped_templates()
NOW = datetime(2026, 3, 20, 10, 0)


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def sample(template: Template, objectives: Sequence[str]) -> tuple[dict[str, str], dict[str, object]]:
    """Values a person would give in the PDF for every field, and the same as raw answers."""
    pdf: dict[str, str] = {}
    raw: dict[str, object] = {}
    for n, field in enumerate(fields_for(template, objectives)):
        if field.type is QuestionType.MULTIPLE_CHOICE:
            picked = [field.choices[0], field.choices[-1]]
            pdf |= {f"{field.id}__1": "/Yes", f"{field.id}__{len(field.choices)}": "/Yes"}
            raw[field.id] = picked
        elif field.type is QuestionType.SINGLE_CHOICE:
            choice = field.choices[n % len(field.choices)]
            pdf[field.id], raw[field.id] = f"/{choice}", choice
        elif field.type is QuestionType.SCALE:
            pdf[field.id], raw[field.id] = f"/{field.question.max}", field.question.max
        elif field.type is QuestionType.YES_NO:
            pdf[field.id], raw[field.id] = ("/Oui", True) if n % 2 else ("/Non", False)
        elif field.type is QuestionType.DATE:
            pdf[field.id], raw[field.id] = "15/03/2026", "2026-03-15"
        else:
            text = f"Réponse « {field.id} » — œuvre collective, 2 €\nsur deux lignes"
            pdf[field.id], raw[field.id] = text, text
    return pdf, raw


def untouched(db: Database, response_id: int, status: ResponseState = ResponseState.TO_SEND) -> bool:
    response = forms_store.get_response(db, response_id)
    return response.answers == {} and response.status is status


# --- PDF round trip --------------------------------------------------------------------------------

@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_a_filled_pdf_gives_back_exactly_the_normalised_answers(
        db: Database, world: World, key: str) -> None:
    template = TEMPLATES[key]
    rid = prepared(db, world, key)
    values, raw = sample(template, OBJECTIVES)
    outcome = forms_import.import_pdf(db, fill(form_pdf(db, rid), values), "rempli.pdf", now=NOW)
    assert outcome.stored, outcome.message
    assert outcome.response_id == rid
    assert forms_store.answers(db, rid) == normalise(template, OBJECTIVES, raw)
    response = forms_store.get_response(db, rid)
    assert (response.status, response.source, response.answered_at) == (
        ResponseState.ANSWERED, "pdf", NOW)
    again = forms_import.import_pdf(db, form_pdf(db, rid), "copie.pdf", now=NOW)
    assert again.unchanged and not again.refused  # the filled copy Formation prints reads the same


def test_an_empty_choice_reads_as_no_answer_and_required_ones_are_named(
        db: Database, world: World) -> None:
    rid = prepared(db, world, "satisfaction_chaud")
    values = {"contenus": "/Très bien", "note_globale": "/7"}
    outcome = forms_import.import_pdf(db, fill(form_pdf(db, rid), values), "incomplet.pdf", now=NOW)
    assert outcome.refused
    assert "« L'atteinte des objectifs annoncés » : Cette réponse est obligatoire." in outcome.message
    assert "« Les contenus" not in outcome.message and "« Les échanges avec le groupe »" not in \
        outcome.message
    assert untouched(db, rid)


def test_a_grid_answer_at_fault_names_its_objective_and_phase(db: Database, world: World) -> None:
    rid = prepared(db, world, "evaluation_acquis")
    values, _ = sample(TEMPLATES["evaluation_acquis"], OBJECTIVES)
    values["acquis__2__sortie"] = "/Off"
    outcome = forms_import.import_pdf(db, fill(form_pdf(db, rid), values), "grille.pdf", now=NOW)
    assert outcome.refused
    assert "« Niveau atteint pour chaque objectif », objectif 2 (sortie) : Cette réponse est " \
           "obligatoire." in outcome.message
    assert untouched(db, rid)


# --- refusals ---------------------------------------------------------------------------------------

def with_field(pdf: bytes, name: str, value: str | None) -> bytes:
    """The PDF with one hidden field changed, or removed (value None)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        for annotation in page.get("/Annots", []):
            widget = annotation.get_object()
            if widget.get("/T") == name:
                if value is None:
                    widget[NameObject("/T")] = TextStringObject("autre_nom")
                else:
                    widget[NameObject("/V")] = TextStringObject(value)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def foreign_form() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.acroForm.textfield(name="contenus", value="Très bien", x=50, y=700)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_pdfs_that_do_not_match_are_refused_and_store_nothing(db: Database, world: World) -> None:
    satisfaction = prepared(db, world, "satisfaction_chaud")
    forms_store.mark_sent(db, [satisfaction], SENT)
    values, _ = sample(TEMPLATES["satisfaction_chaud"], OBJECTIVES)
    good = fill(form_pdf(db, satisfaction), values)
    besoins = prepared(db, world, "besoins")
    cases = {
        "autre-modele.pdf": (good, "besoins", "ce PDF est le questionnaire « satisfaction_chaud », "
                                              "pas « besoins »"),
        "sans-ids.pdf": (with_field(good, "_formation_response", None), None,
                         "ne porte pas les identifiants cachés"),
        "etranger.pdf": (foreign_form(), None, "ne porte pas les identifiants cachés"),
        "scan.pdf": (attendance_sheet_pdf(db, world.session_id, blank=True), None,
                     "aucun champ à remplir"),
        "pas-un-pdf.pdf": (b"%PDF-1.4 rien", None, "n'est pas un PDF lisible"),
        "version.pdf": (with_field(good, "_formation_template", "satisfaction_chaud:2"), None,
                        "ce PDF est le modèle « satisfaction_chaud » version 2, mais le "
                        f"questionnaire n° {satisfaction} est le modèle « satisfaction_chaud » "
                        "version 1"),
        "controle.pdf": (with_field(good, "_formation_check", "0123456789abcdef"), None,
                         "le code de contrôle de ce PDF ne correspond pas"),
        "autre-reponse.pdf": (with_field(good, "_formation_response", str(besoins)), None,
                              "est le modèle « besoins » version 1"),
    }
    for name, (data, key, reason) in cases.items():
        outcome = forms_import.import_pdf(db, data, name, now=NOW, template_key=key)
        assert outcome.refused and reason in outcome.message, (name, outcome.message)
    assert untouched(db, satisfaction, ResponseState.SENT) and untouched(db, besoins)
    forms_store.discard(db, besoins)
    gone = forms_import.import_pdf(db, fill(form_pdf(db, prepared(db, world, "besoins")), {}),
                                   "x.pdf", now=NOW)
    assert gone.refused  # a new response: the required answers are missing
    deleted = with_field(good, "_formation_response", str(besoins))
    outcome = forms_import.import_pdf(db, deleted, "supprime.pdf", now=NOW)
    assert f"le questionnaire n° {besoins} n'existe pas (ou plus)" in outcome.message


def test_answers_already_stored_are_kept_unless_replace_is_asked(db: Database, world: World) -> None:
    rid = prepared(db, world, "satisfaction_chaud")
    forms_store.record_answers(db, rid, SATISFACTION, "screen", ANSWERED)
    values, raw = sample(TEMPLATES["satisfaction_chaud"], OBJECTIVES)
    pdf = fill(form_pdf(db, rid), {**values, "groupe": "/Off"})
    refused = forms_import.import_pdf(db, pdf, "nouveau.pdf", now=NOW)
    assert refused.refused and "a déjà des réponses, enregistrées le 14/03/2026" in refused.message
    assert forms_store.answers(db, rid)["note_globale"] == 8
    replaced = forms_import.import_pdf(db, pdf, "nouveau.pdf", now=NOW, replace=True)
    assert replaced.stored
    assert forms_store.answers(db, rid)["note_globale"] == 10


def test_a_folder_imports_each_pdf_and_reports_each_refusal(
        db: Database, world: World, tmp_path: Path) -> None:
    ids = forms_store.prepare(db, world.session_id, "suivi_froid", TEMPLATES)
    folder = tmp_path / "retours"
    folder.mkdir()
    for rid in ids[:2]:
        values, _ = sample(TEMPLATES["suivi_froid"], OBJECTIVES)
        (folder / f"suivi-{rid}.pdf").write_bytes(fill(form_pdf(db, rid), values))
    (folder / "lettre.pdf").write_bytes(foreign_form())
    (folder / "notes.txt").write_text("pas un PDF", encoding="utf-8")
    outcomes = forms_import.import_paths(db, [folder], TEMPLATES, now=NOW)
    assert [(o.where, o.stored) for o in outcomes] == [
        ("lettre.pdf", False), (f"suivi-{ids[0]}.pdf", True), (f"suivi-{ids[1]}.pdf", True)]
    lines = forms_import.report(outcomes)
    assert lines[-1] == "2 enregistrés, 1 refusé."
    assert lines[1].startswith(f"Enregistré  suivi-{ids[0]}.pdf — Marie Dupont, Questionnaire de suivi")


# --- spreadsheets -----------------------------------------------------------------------------------

def set_email(db: Database, last_name: str, email: str) -> None:
    row = next(p for p in people.list_participants(db) if p.last_name == last_name)
    data = people.get_participant(db, row.id)
    data.email = email
    people.save_participant(db, data)


CSV = (
    "Horodateur;Adresse e-mail;Nom;Prénom;Les contenus (intérêt, adaptation à vos besoins);"
    "L'atteinte des objectifs annoncés;Les supports et documents remis;Animation;Les méthodes;"
    "L'organisation;Le rythme et la durée;La salle;Note sur 10;Recommanderiez-vous ?\n"
    "20/03/2026 10:00;MARIE.DUPONT@exemple.fr;;;Très bien;Bien;Bien;Très bien;Bien;Bien;Moyen;"
    "Bien;9;Oui\n"
    "20/03/2026 10:05;;Martin;Benoît;Bien;Bien;Bien;Bien;Bien;Bien;Bien;Bien;12;Oui\n"
    "20/03/2026 10:07;;OEUVRAY;Chloé;Moyen;Moyen;Bien;Bien;Bien;Bien;Bien;Bien;6;non\n"
    "20/03/2026 10:09;inconnu@exemple.fr;Inconnue;Jeanne;Bien;Bien;Bien;Bien;Bien;Bien;Bien;"
    "Bien;7;Oui\n"
)
MAPPING = {"Animation": "formateur", "Les méthodes": "methodes", "L'organisation": "organisation",
           "La salle": "lieu", "Note sur 10": "note_globale", "Recommanderiez-vous ?": "recommandation"}


def test_a_survey_export_stores_the_good_rows_and_refuses_the_others_with_reasons(
        db: Database, world: World, tmp_path: Path) -> None:
    set_email(db, "Dupont", "marie.dupont@exemple.fr")
    path = tmp_path / "sondage.csv"
    path.write_text(CSV, encoding="utf-8")
    outcomes = forms_import.import_paths(db, [path], TEMPLATES, now=NOW,
                                         template_key="satisfaction_chaud", mapping=MAPPING)
    assert [(o.where, o.stored) for o in outcomes] == [
        ("sondage.csv, ligne 2", True), ("sondage.csv, ligne 3", False),
        ("sondage.csv, ligne 4", True), ("sondage.csv, ligne 5", False)]
    assert "« Votre satisfaction globale » : La note doit être un nombre entier de 1 à 10." in \
        outcomes[1].message
    assert "personne introuvable" in outcomes[3].message and "inconnu@exemple.fr" in outcomes[3].message
    dupont = forms_store.find_response(db, world.reg["Dupont"], "satisfaction_chaud")
    assert dupont is not None
    assert forms_store.answers(db, dupont) == {
        "contenus": "Très bien", "atteinte_objectifs": "Bien", "supports": "Bien",
        "formateur": "Très bien", "methodes": "Bien", "organisation": "Bien", "rythme": "Moyen",
        "lieu": "Bien", "note_globale": 9, "recommandation": True}
    assert forms_store.get_response(db, dupont).source == "csv"
    assert forms_store.find_response(db, world.reg["Martin"], "satisfaction_chaud") is None
    oeuvray = forms_store.find_response(db, world.reg["Œuvray"], "satisfaction_chaud")
    assert oeuvray is not None and forms_store.answers(db, oeuvray)["recommandation"] is False


def test_spreadsheet_columns_and_people_that_cannot_work_are_refused_up_front(
        db: Database, world: World, tmp_path: Path) -> None:
    path = tmp_path / "sondage.csv"
    path.write_text(CSV, encoding="utf-8")

    def refusal(**options: Any) -> str:
        outcomes = forms_import.import_paths(db, [path], TEMPLATES, now=NOW, **options)
        assert len(outcomes) == 1 and outcomes[0].refused
        return outcomes[0].message

    assert "précisez le modèle" in refusal()
    assert "« notes » n'est pas un champ du modèle « satisfaction_chaud »" in refusal(
        template_key="satisfaction_chaud", mapping={"Note sur 10": "notes"})
    assert "la colonne « Note » n'existe pas" in refusal(
        template_key="satisfaction_chaud", mapping={"Note": "note_globale"})
    assert "une fois par formateur·rice" in refusal(template_key="formateur")
    assert forms_store.session_status(db, world.session_id, NOW.date()) == []


def test_someone_in_two_sessions_needs_the_session_named(
        db: Database, world: World, tmp_path: Path) -> None:
    other = build_world(db, code="AUTRE", set_org=False)
    path = tmp_path / "sondage.csv"
    path.write_text("Nom;Prénom;Note sur 10;Recommanderiez-vous ?;L'atteinte des objectifs annoncés\n"
                    "Martin;Benoît;8;oui;Bien\n", encoding="utf-8")
    key = "suivi_froid"
    mapping = {"Note sur 10": "utilite", "Recommanderiez-vous ?": "besoin_complementaire",
               "L'atteinte des objectifs annoncés": ""}
    rows = forms_import.import_paths(db, [path], TEMPLATES, now=NOW, template_key=key,
                                     mapping=mapping)
    assert rows[0].refused
    assert "plusieurs sessions (AUTRE-2026-03, FONCT-2026-03)" in rows[0].message
    assert "aucune colonne ne correspond" not in rows[0].message
    path.write_text("Nom;Prénom;Note sur 5;Mise en pratique\nMartin;Benoît;4;Oui, régulièrement\n",
                    encoding="utf-8")
    columns = {"Note sur 5": "utilite", "Mise en pratique": "mise_en_pratique"}
    rows = forms_import.import_paths(db, [path], TEMPLATES, now=NOW, template_key=key,
                                     session_id=other.session_id, mapping=columns)
    assert rows[0].stored, rows[0].message
    assert forms_store.find_response(db, other.reg["Martin"], key) is not None
    assert forms_store.find_response(db, world.reg["Martin"], key) is None


def test_ticked_choices_joined_by_commas_are_read_back() -> None:
    choices = ["Le manque de temps", "Le manque de moyens", "Pas encore eu l'occasion",
               "Oui, nettement"]
    assert forms_csv.split_choices("Le manque de temps, Pas encore eu l'occasion", choices) == [
        "Le manque de temps", "Pas encore eu l'occasion"]
    assert forms_csv.split_choices("Oui, nettement, le manque de moyens", choices) == [
        "Oui, nettement", "Le manque de moyens"]
    assert forms_csv.split_choices("Le manque de temps; autre", choices) == "Le manque de temps; autre"
    assert forms_csv.split_choices("Autre chose, encore", choices) == "Autre chose, encore"


# --- the commands --------------------------------------------------------------------------------------

def test_forms_print_and_import_round_trip(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Database.open(db_path, daily_backup=False) as db:
        world = build_world(db)
    out = tmp_path / "questionnaires"
    base = ["--db", str(db_path), "forms"]
    assert main([*base, "print", "--session", world.code, "--template", "satisfaction_chaud",
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "3 questionnaires écrits" in printed and "dont 3 marqués comme envoyés" in printed
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"2026-03-12_fonctionnement-associatif_{who}_satisfaction-chaud.pdf"
                     for who in ("DUPONT-Marie", "MARTIN-Benoit", "OEUVRAY-Chloe")]
    values, _ = sample(TEMPLATES["satisfaction_chaud"], OBJECTIVES)
    filled = tmp_path / "dupont.pdf"
    filled.write_bytes(fill((out / names[0]).read_bytes(), values))
    (tmp_path / "vide.pdf").write_bytes(foreign_form())
    code = main([*base, "import", str(filled), str(tmp_path / "vide.pdf")])
    report = capsys.readouterr().out
    assert code == 1
    assert "Enregistré  dupont.pdf — Marie Dupont, Questionnaire de satisfaction" in report
    assert "Refusé      vide.pdf — ce PDF ne porte pas les identifiants cachés" in report
    assert report.strip().endswith("1 enregistré, 1 refusé.")
    assert main([*base, "import", str(filled)]) == 0
    assert "Inchangé" in capsys.readouterr().out
    with Database.open(db_path, daily_backup=False) as db:
        rows = forms_store.session_status(db, world.session_id, NOW.date())
    assert sorted(r.state.value for r in rows) == ["answered", "sent", "sent"]
    csv = tmp_path / "sondage.csv"
    csv.write_text("Nom;Prénom;Note\nMartin;Benoît;7\n", encoding="utf-8")
    assert main([*base, "import", str(csv), "--template", "satisfaction_chaud",
                 "--map", "Note=note_globale"]) == 1
    assert "Cette réponse est obligatoire" in capsys.readouterr().out
    assert main([*base, "import", str(csv), "--map", "Note"]) == 1
    assert "En-tête de colonne=identifiant_du_champ" in capsys.readouterr().err
