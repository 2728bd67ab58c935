"""The fiche formateur: the session, the group and what the needs grids say, confidential."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import docx
import pytest

from formation import cli
from formation.documents import docx_render, trainer_brief
from formation.documents.trainer_brief import CONFIDENTIAL, NO_NEEDS
from formation.services import forms_store, people
from formation.storage.database import Database
from formation.storage.models import Registration
from tests.test_documents_world import World, build_world, docx_text, pdf_pages, pdf_text
from tests.test_forms_store import shipped_templates

SENT = datetime(2026, 2, 20, 10, 0)
MADE = date(2026, 3, 9)
DUPONT = {
    "statut": "Salarié·e d'une association", "fonction": "Coordinatrice",
    "motivation": "Nos statuts datent de 1998 et ne collent plus au projet.",
    "attentes": "Savoir proposer une révision des statuts au conseil d'administration.",
    "situations_a_traiter": "Une assemblée générale extraordinaire en juin.",
    "experience_sujet": "J'ai quelques notions, sans pratique régulière",
    "formation_anterieure": "non", "contraintes": "Je dois partir à 16h30 le vendredi.",
    "besoins_specifiques": "non",
}
MARTIN = {
    "statut": "Bénévole", "fonction": "Trésorier",
    "motivation": "Je viens d'être élu trésorier.",
    "attentes": "Comprendre qui décide quoi entre le bureau et le CA.",
    "experience_sujet": "Je découvre le sujet", "formation_anterieure": "oui",
    "formation_anterieure__commentaire": "Une matinée « Créer son asso » en 2024",
    "besoins_specifiques": "oui",
    "besoins_specifiques__commentaire": "Malentendant : placer le micro près de moi, documents écrits.",
    "contact_referent_handicap": "oui",
}


@pytest.fixture
def world(db: Database) -> World:
    """Dupont and Martin answered their needs grid; Œuvray's was sent and not answered, and her
    file records a need told on the phone."""
    world = build_world(db)
    ids = forms_store.prepare(db, world.session_id, "besoins", shipped_templates())
    forms_store.mark_sent(db, ids, SENT)
    by_registration = {forms_store.get_response(db, i).registration_id: i for i in ids}
    forms_store.record_answers(db, by_registration[world.reg["Dupont"]], DUPONT, "pdf",
                               datetime(2026, 2, 24, 18, 0))
    forms_store.record_answers(db, by_registration[world.reg["Martin"]], MARTIN, "screen",
                               datetime(2026, 2, 26, 9, 0))
    forms_store.mark_reminded(db, ids, datetime(2026, 3, 2, 9, 0))
    with db.session() as s:
        participant_id = s.get(Registration, world.reg["Œuvray"]).participant_id  # type: ignore[union-attr]
    data = people.get_participant(db, participant_id)
    data.specific_needs = "Fauteuil roulant : salle de plain-pied."
    people.save_participant(db, data)
    return world


FACTS = ["FICHE FORMATEUR", "Le fonctionnement associatif", "FONCT-2026-03",
         "du 12/03/2026 au 13/03/2026", "Salle Jean Moulin", "Hélène Leroy",
         "DUPONT Marie", "Centre social Ellipse", "Salarié·e", "Coordinatrice", "MARTIN Benoît",
         "Bénévole", "Trésorier", "ŒUVRAY Chloé",
         "Savoir proposer une révision des statuts au conseil d'administration.",
         "Une assemblée générale extraordinaire en juin.",
         "J'ai quelques notions, sans pratique régulière", "Je découvre le sujet",
         "A déjà suivi une formation sur le sujet — Une matinée « Créer son asso » en 2024",
         "Je dois partir à 16h30 le vendredi.",
         "Besoins particuliers : Malentendant : placer le micro près de moi, documents écrits.",
         "Souhaite en parler avec le ou la référent·e handicap avant la formation",
         "Noté à l'inscription : Fauteuil roulant : salle de plain-pied.",
         "reçue le 24/02/2026", "envoyée le 20/02/2026, relancée le 02/03/2026, sans réponse",
         "3 participant·es · 2 grilles d'analyse des besoins reçues, 1 en attente"]


def typo_free(text: str) -> str:
    """Compare without the no-break spaces French typography adds before « : » and inside « »."""
    return " ".join(text.replace("\u00a0", " ").split())


def test_the_pdf_holds_the_group_its_expectations_and_needs(db: Database, world: World) -> None:
    brief = trainer_brief.gather(db, world.session_id, MADE)
    assert [p.name for p in brief.waiting] == ["ŒUVRAY Chloé"]
    pdf = trainer_brief.render(brief)
    text = typo_free(pdf_text(pdf))
    for fact in [*FACTS, CONFIDENTIAL.upper(), "préparée le 09/03/2026"]:
        assert typo_free(fact) in text, fact
    assert CONFIDENTIAL in text  # in the footer of every page
    assert pdf_pages(pdf) == 1


def test_the_word_document_says_the_same(db: Database, world: World) -> None:
    content = trainer_brief.brief_docx(db, world.session_id, MADE)
    document = docx.Document(io.BytesIO(content))
    assert document.core_properties.subject == CONFIDENTIAL
    text = typo_free(docx_text(content))
    for fact in [*FACTS, CONFIDENTIAL.upper()]:
        assert typo_free(fact) in text, fact
    assert "{{" not in text and "{%" not in text and "*" not in text
    assert "code de vérification" not in text  # not an issued document


def test_nobody_answered_yet(db: Database) -> None:
    world = build_world(db)
    brief = trainer_brief.gather(db, world.session_id, MADE)
    assert all(p.grid == "grille non préparée" for p in brief.people)
    text = typo_free(pdf_text(trainer_brief.render(brief)))
    assert typo_free(NO_NEEDS) in text and "Attentes et expérience" not in text
    assert "Pas encore de réponse" in text
    assert typo_free(NO_NEEDS) in typo_free(docx_text(trainer_brief.render_docx(brief)))


def test_the_shipped_template_is_what_the_builder_makes(tmp_path: Path) -> None:
    """After changing template_body, run `python -m formation.documents.trainer_brief`."""
    built = tmp_path / "fiche-formateur.docx"
    trainer_brief.build_template().save(str(built))
    shipped = docx_render.template_path(trainer_brief.TEMPLATE)
    for part in ("word/document.xml", "word/header1.xml", "word/footer1.xml", "word/styles.xml"):
        with zipfile.ZipFile(built) as ours, zipfile.ZipFile(shipped) as theirs:
            assert ours.read(part) == theirs.read(part), part


def test_the_command_writes_pdf_or_word(db: Database, db_path: Path, world: World,
                                        tmp_path: Path) -> None:
    base = ["--db", str(db_path), "forms", "brief", "--session", world.code, "--out"]
    assert cli.main([*base, str(tmp_path / "fiche.pdf")]) == 0
    assert "MARTIN Benoît" in pdf_text((tmp_path / "fiche.pdf").read_bytes())
    assert cli.main([*base, str(tmp_path / "fiche.docx")]) == 0
    assert "Trésorier" in docx_text((tmp_path / "fiche.docx").read_bytes())
    assert cli.main([*base, str(tmp_path / "fiche.odt")]) == 1
