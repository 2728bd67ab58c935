"""The Word version of each document: it opens with python-docx and says what the PDF says."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from formation import paths
from formation.documents import docx_render, docx_templates
from formation.documents.docx_bodies import BODIES
from formation.services import issuing
from formation.storage.database import Database
from tests.test_documents_world import (
    AFTER,
    NDA_PRINTED,
    OBJECTIVES,
    TITLE,
    World,
    build_world,
    docx_images,
    docx_text,
    pdf_text,
)


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def word(db: Database, kind: str, **target: object) -> tuple[issuing.Issued, bytes]:
    document = issuing.issue(db, kind, fmt="docx", issued_by="Assistante", now=AFTER,
                             **target)  # type: ignore[arg-type]
    return document, issuing.show(db, document.id)


def assert_letterhead(text: str) -> None:
    assert "Maison des Associations de Roubaix" in text
    assert f"Déclaration d'activité n° {NDA_PRINTED}" in text
    assert "Cet enregistrement ne vaut pas agrément de l'État." in text


def test_certificat_de_realisation_in_word(db: Database, world: World) -> None:
    document, content = word(db, "realisation", registration_id=world.reg["Martin"])
    text = docx_text(content)
    for part in ["CERTIFICAT DE RÉALISATION", "Je soussigné(e) Marie-Claire Fontaine, représentant "
                 "légal du dispensateur de l'action concourant au développement des compétences "
                 "Maison des Associations de Roubaix", "MARTIN Benoît", f"a suivi l'action {TITLE}",
                 "☒ action de formation", "☐ action de VAE",
                 "qui s'est déroulée du 12/03/2026 au 13/03/2026", "pour une durée de 13 heures",
                 "Fait à Roubaix, le 13 mars 2026", "Marie-Claire Fontaine, présidente",
                 f"Code de vérification : {document.code}", "projet de transition professionnelle"]:
        assert part in text, part
    assert "salarié(e)" not in text
    assert_letterhead(text)
    assert docx_images(content) == 3  # logo, signature, QR code
    assert document.filename.endswith("_MARTIN-Benoit_certificat-realisation.docx")
    properties = docx.Document(io.BytesIO(content)).core_properties
    assert properties.author == "Maison des Associations de Roubaix"
    assert document.reference in properties.subject


def test_employer_and_results_in_word(db: Database, world: World) -> None:
    text = docx_text(word(db, "realisation", registration_id=world.reg["Dupont"])[1])
    assert "salarié(e) de l'entreprise Centre social Ellipse" in text
    document = issuing.issue(db, "fin", registration_id=world.reg["Dupont"], fmt="docx",
                             issued_by="A", now=AFTER, results={OBJECTIVES[1]: "Acquis"})
    text = docx_text(issuing.show(db, document.id))
    assert "ATTESTATION DE FIN DE FORMATION" in text and "DUPONT Marie" in text
    assert f"{OBJECTIVES[1]} Acquis" in text and f"{OBJECTIVES[0]} Non évalué" in text
    assert "Durée suivie 14 heures" in text and "voir la grille" not in text


def test_every_kind_opens_and_holds_the_same_facts_as_its_pdf(db: Database, world: World) -> None:
    cases = [("fin", {"registration_id": world.reg["Martin"]},
              ["MARTIN Benoît", "Durée suivie 13 heures", *OBJECTIVES,
               "Résultats de l'évaluation des acquis : voir la grille d'évaluation."]),
             ("assiduite", {"registration_id": world.reg["Martin"]},
              ["MARTIN Benoît", "13 heures", "14 heures", "93 %", "En retard, arrivée 10h00"]),
             ("convocation", {"registration_id": world.reg["Dupont"]},
              ["Madame Marie DUPONT", "jeudi 12 mars 2026 : 09h00–12h30 et 13h30–17h00",
               "Salle Jean Moulin", "De quoi prendre des notes", "formation@mda-roubaix.fr"]),
             ("programme", {"session_id": world.session_id},
              [TITLE, *OBJECTIVES, "350,00 € par participant·e", "Aucun prérequis.",
               "Jour 1 : la loi 1901, les statuts."]),
             ("convention", {"session_id": world.session_id, "structure_id": world.structure_id},
              ["CONVENTION DE FORMATION PROFESSIONNELLE", "Centre social Ellipse", "DUPONT Marie",
               "350,00 €", "Total : 350,00 €", "Article 6 — Annulation, absence et abandon",
               "Fait en deux exemplaires à Roubaix, le 13 mars 2026", "Lu et approuvé"])]
    for kind, target, facts in cases:
        document, content = word(db, kind, **target)
        text = docx_text(content)
        pdf = pdf_text(issuing.show(db, issuing.issue(db, kind, issued_by="A", now=AFTER,
                                                      **target).id))  # type: ignore[arg-type]
        for fact in facts:
            assert fact in text, (kind, fact)
            assert fact in pdf or fact.replace(" : ", " ") in pdf, (kind, fact)
        assert_letterhead(text)
        assert "{{" not in text and "{%" not in text, kind
        assert document.filename.endswith(".docx")


def test_line_breaks_survive_in_word(db: Database, world: World) -> None:
    content = word(db, "convention", session_id=world.session_id, structure_id=world.structure_id)[1]
    xml = zipfile.ZipFile(io.BytesIO(content)).read("word/document.xml").decode()
    assert "<w:br/>" in xml  # the objectives and the days, one a line


def test_an_organisation_can_use_its_own_template(db: Database, world: World) -> None:
    own = paths.data_dir() / docx_render.OVERRIDES
    own.mkdir(parents=True)
    template = docx_templates.build(BODIES["certificat-realisation"])
    template.add_paragraph("Association agréée jeunesse et éducation populaire — {{ org.name }}")
    template.save(str(own / "certificat-realisation.docx"))
    text = docx_text(word(db, "realisation", registration_id=world.reg["Dupont"])[1])
    assert "Association agréée jeunesse et éducation populaire — Maison des Associations" in text
    assert "pour une durée de 14 heures" in text


def test_shipped_templates_are_what_the_builder_makes(tmp_path: Path) -> None:
    """After changing docx_bodies, run `python -m formation.documents.docx_templates`."""
    built = docx_templates.build_all(tmp_path)
    assert {path.stem for path in built} == set(BODIES)
    for path in built:
        shipped = docx_render.template_path(path.stem)
        for part in ("word/document.xml", "word/header1.xml", "word/footer1.xml", "word/styles.xml"):
            assert _part(shipped, part) == _part(path, part), (path.name, part)


def _part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


@pytest.mark.skipif(shutil.which("libreoffice") is None,
                    reason="LibreOffice absent (libreoffice pas dans le PATH) : conversion non testée")
def test_libreoffice_converts_a_certificate(db: Database, world: World, tmp_path: Path) -> None:
    document, content = word(db, "realisation", registration_id=world.reg["Martin"])
    source = tmp_path / document.filename
    source.write_bytes(content)
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(source)], check=True, capture_output=True, timeout=120)
    text = pdf_text(source.with_suffix(".pdf").read_bytes())
    assert "CERTIFICAT DE RÉALISATION" in text and "13 heures" in text
