"""The flat copy of an answered questionnaire (the audit folder's): the same page, answers printed."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from formation.documents.form_pdf import gather, render
from formation.services import forms_store
from formation.storage.database import Database
from tests.test_documents_world import World, build_world
from tests.test_forms_pdf import TEMPLATES, prepared
from tests.test_forms_store import ANSWERED, SATISFACTION

EXPERIENCE = "Je découvre le sujet"
LONG = ("Les études de cas tirées de nos propres associations, les échanges entre bénévoles de "
        "structures différentes, et la clarté des supports remis : je saurai les relire seule "
        "quand il faudra préparer notre prochaine assemblée générale œcuménique.")


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def words(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
                    .split())


def test_the_flat_copy_prints_the_answers_and_has_no_field(db: Database, world: World) -> None:
    rid = prepared(db, world, "satisfaction_chaud")
    forms_store.record_answers(db, rid, {**SATISFACTION, "points_forts": LONG}, "screen",
                               ANSWERED)
    facts = gather(db, rid)
    flat, fillable = render(facts, flat=True), render(facts)
    reader = PdfReader(io.BytesIO(flat))
    assert not reader.get_fields() and "/AcroForm" not in reader.trailer["/Root"]
    assert len(reader.pages) == len(PdfReader(io.BytesIO(fillable)).pages)
    text = words(flat)
    assert LONG in text  # wrapped in its box, whole: not cut at the box's edge
    assert "Questionnaire de satisfaction" in text and "Très bien" in text
    assert render(facts, flat=True) == flat  # the same data, the same bytes
    # A copy to read says when the answers came, not how to fill it in.
    assert "réponses enregistrées le 14 mars 2026 à 09h30 (saisie à l'écran)" in text
    assert "À remplir" not in text and "À remplir" in words(fillable)


def test_ticked_choices_and_short_answers_are_printed(db: Database, world: World) -> None:
    rid, other = forms_store.prepare(db, world.session_id, "besoins", TEMPLATES)[:2]
    answers = {"statut": "Bénévole", "fonction": "Trésorière", "motivation": "Reprendre la paie",
               "attentes": "Des modèles", "experience_sujet": EXPERIENCE,
               "besoins_specifiques": False, "connaissance_formation": ["Le bouche-à-oreille"]}
    forms_store.record_answers(db, rid, answers, "screen", ANSWERED)
    text = words(render(gather(db, rid), flat=True))
    assert "Trésorière" in text and "Reprendre la paie" in text
    assert text.count("\u2714") == 1  # the one ticked box
    blank = words(render(gather(db, other), flat=True))  # not answered yet
    assert "\u2714" not in blank and "Trésorière" not in blank
    assert TEMPLATES["besoins"].title in blank
    assert "ce questionnaire n'a pas encore de réponse" in blank
