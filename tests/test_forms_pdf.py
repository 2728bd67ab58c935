"""The fillable PDF of a questionnaire: every shipped template, its fields, its print-ready boxes."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter

from formation.documents.form_pdf import file_name, form_pdf, gather
from formation.forms import QuestionType, Template, fields_for
from formation.services import catalogue, forms_store
from formation.storage.database import Database
from tests.test_documents_world import OBJECTIVES, World, build_world, pdf_text
from tests.test_forms_store import ANSWERED, SATISFACTION, shipped_templates

TEMPLATES = shipped_templates()
HIDDEN = {"_formation_response", "_formation_template", "_formation_check"}


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def pdf_fields(pdf: bytes) -> dict[str, Any]:
    return dict(PdfReader(io.BytesIO(pdf)).get_fields() or {})


def fill(pdf: bytes, values: Mapping[str, str]) -> bytes:
    """As a person (or a script) fills a form: pypdf sets the values, the file is saved."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.update_page_form_field_values(None, dict(values), auto_regenerate=False)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def expected_names(template: Template, objectives: Sequence[str]) -> set[str]:
    """PDF field names: the answer field ids, one checkbox per choice of a multiple choice."""
    names = set(HIDDEN)
    for field in fields_for(template, objectives):
        if field.type is QuestionType.MULTIPLE_CHOICE:
            names |= {f"{field.id}__{n}" for n in range(1, len(field.choices) + 1)}
        else:
            names.add(field.id)
    return names


def prepared(db: Database, world: World, key: str) -> int:
    return forms_store.prepare(db, world.session_id, key, TEMPLATES)[0]


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_shipped_template_renders_a_fillable_pdf_for_a_three_objective_course(
        db: Database, world: World, key: str) -> None:
    template = TEMPLATES[key]
    pdf = form_pdf(db, prepared(db, world, key))
    fields = pdf_fields(pdf)
    assert set(fields) == expected_names(template, OBJECTIVES)
    for field in fields_for(template, OBJECTIVES):
        if field.type is QuestionType.SHORT_TEXT or field.type is QuestionType.LONG_TEXT:
            assert fields[field.id]["/FT"] == "/Tx"
        elif field.type is QuestionType.SINGLE_CHOICE:  # matrix cells too: the columns' words
            assert fields[field.id]["/_States_"] == [f"/{c}" for c in field.choices]
        elif field.type is QuestionType.YES_NO:
            assert fields[field.id]["/_States_"] == ["/Oui", "/Non"]
        elif field.type is QuestionType.SCALE:
            assert fields[field.id]["/_States_"] == [f"/{v}" for v in field.question.scale_values]
    text = pdf_text(pdf)
    for expected in (template.title, "Le fonctionnement associatif", "FONCT-2026-03",
                     "du 12/03/2026 au 13/03/2026", "Maison des Associations de Roubaix",
                     f"modèle {key}, version 1", *(s.title for s in template.sections)):
        assert expected in text
    if template.has_matrix:
        assert all(objective[:30] in text for objective in OBJECTIVES)


def test_the_person_and_the_course_head_the_form(db: Database, world: World) -> None:
    text = pdf_text(form_pdf(db, prepared(db, world, "besoins")))
    assert "Participant·e Marie Dupont" in text
    employer = pdf_text(form_pdf(db, prepared(db, world, "employeur")))
    assert "Structure Centre social Ellipse" in employer and "Salarié·e formé·e Marie Dupont" in employer
    trainer = pdf_text(form_pdf(db, prepared(db, world, "formateur")))
    assert "Formateur·rice Hélène Leroy" in trainer and "Participant·e" not in trainer
    grid = pdf_text(form_pdf(db, prepared(db, world, "evaluation_acquis")))
    assert "Participant·e Marie Dupont" in grid and "Formateur·rice Hélène Leroy" in grid


def test_hidden_ids_are_read_only_hidden_and_tie_the_file_to_its_response(
        db: Database, world: World) -> None:
    rid = prepared(db, world, "satisfaction_chaud")
    pdf = form_pdf(db, rid)
    fields = pdf_fields(pdf)
    assert fields["_formation_response"]["/V"] == str(rid)
    assert fields["_formation_template"]["/V"] == "satisfaction_chaud:1"
    assert re.fullmatch(r"[0-9a-f]{16}", fields["_formation_check"]["/V"])
    widgets = {a.get_object()["/T"]: a.get_object()
               for page in PdfReader(io.BytesIO(pdf)).pages for a in page.get("/Annots", [])
               if "/T" in a.get_object()}
    for name in HIDDEN:
        assert widgets[name]["/F"] & 2  # hidden
        assert widgets[name]["/Ff"] & 1  # read-only


def test_boxes_are_drawn_in_the_page_so_a_blank_form_prints_them(db: Database, world: World) -> None:
    pdf = form_pdf(db, prepared(db, world, "bilan_individuel"))
    reader = PdfReader(io.BytesIO(pdf))
    drawn = b"".join(page.get_contents().get_data() for page in reader.pages)  # type: ignore[union-attr]
    assert drawn.count(b" re") >= len(fields_for(TEMPLATES["bilan_individuel"], []))
    for page in reader.pages:
        for annotation in page.get("/Annots", []):
            widget = annotation.get_object()
            if "/T" in widget and widget["/T"] not in HIDDEN:
                assert widget["/F"] & 4  # printed


def test_answers_already_recorded_are_filled_in(db: Database, world: World) -> None:
    rid = prepared(db, world, "satisfaction_chaud")
    forms_store.record_answers(db, rid, SATISFACTION, "screen", ANSWERED)
    fields = pdf_fields(form_pdf(db, rid))
    assert fields["contenus"]["/V"] == "/Très bien"
    assert fields["note_globale"]["/V"] == "/8"
    assert fields["recommandation"]["/V"] == "/Oui"
    assert fields["points_forts"]["/V"] == "Les études de cas"
    assert fields["groupe"].get("/V") in (None, "/Off")


def test_a_course_without_objectives_gives_a_grid_without_rows(db: Database, world: World) -> None:
    course = catalogue.get_course(db, world.course_id)
    course.objectives = []
    catalogue.save_course(db, course)
    pdf = form_pdf(db, prepared(db, world, "evaluation_acquis"))
    assert "cette grille n'a pas de ligne" in pdf_text(pdf)
    assert not any(name.startswith("acquis__") for name in pdf_fields(pdf))


def test_file_names_carry_the_date_course_person_and_template(db: Database, world: World) -> None:
    assert file_name(gather(db, prepared(db, world, "besoins"))) == \
        "2026-03-12_fonctionnement-associatif_DUPONT-Marie_besoins.pdf"
    assert file_name(gather(db, prepared(db, world, "formateur"))) == \
        "2026-03-12_fonctionnement-associatif_helene-leroy_formateur.pdf"
