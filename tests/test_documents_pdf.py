"""The PDF of each document kind, issued through the register and read back with pypdf."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from formation.core.enums import Nature
from formation.core.errors import ValidationError
from formation.services import catalogue, issuing
from formation.storage.database import Database
from tests.test_documents_world import (
    AFTER,
    NDA_PRINTED,
    OBJECTIVES,
    SIRET_PRINTED,
    TITLE,
    World,
    build_world,
    pdf_pages,
    pdf_text,
)


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def issued(db: Database, kind: str, **target: object) -> tuple[issuing.Issued, bytes]:
    document = issuing.issue(db, kind, fmt="pdf", issued_by="Assistante", now=AFTER,
                             **target)  # type: ignore[arg-type]
    return document, issuing.show(db, document.id)


def assert_letterhead(text: str) -> None:
    assert "Maison des Associations de Roubaix" in text
    assert "12 rue de l'Épeule, 59100 Roubaix" in text
    assert f"Déclaration d'activité n° {NDA_PRINTED}" in text
    assert f"SIRET {SIRET_PRINTED}" in text
    assert "Cet enregistrement ne vaut pas agrément de l'État." in text


def test_certificat_de_realisation_follows_the_ministry_model(db: Database, world: World) -> None:
    document, pdf = issued(db, "realisation", registration_id=world.reg["Dupont"])
    text = pdf_text(pdf)
    assert pdf_pages(pdf) == 1
    model = [
        "CERTIFICAT DE RÉALISATION",
        "Je soussigné(e) Marie-Claire Fontaine, représentant légal du dispensateur de l'action "
        "concourant au développement des compétences Maison des Associations de Roubaix,",
        "atteste que :", "DUPONT Marie", "salarié(e) de l'entreprise Centre social Ellipse",
        f"a suivi l'action {TITLE}",
        "Nature de l'action concourant au développement des compétences :",
        "☒ action de formation", "☐ bilan de compétences", "☐ action de VAE",
        "☐ action de formation par apprentissage",
        "qui s'est déroulée du 12/03/2026 au 13/03/2026", "pour une durée de 14 heures.",
        "je m'engage à conserver l'ensemble des pièces justificatives qui ont permis d'établir le "
        "présent certificat pendant une durée de 3 ans à compter de la fin de l'année du dernier "
        "paiement",
        "Fait à Roubaix, le 13 mars 2026",
        "Cachet et signature du responsable du dispensateur de formation",
        "(nom, prénom, qualité du signataire)", "Marie-Claire Fontaine, présidente",
        "projet de transition professionnelle", "formations à distance",
    ]
    positions = [text.index(part) for part in model]
    assert positions == sorted(positions)  # in the model's order
    assert_letterhead(text)
    assert document.reference == "CR-2026-0001"
    assert f"Code de vérification : {document.code}" in text
    assert f"Réf. CR-2026-0001 · code de vérification {document.code}" in text


def test_certificate_gives_the_hours_actually_attended(db: Database, world: World) -> None:
    _, pdf = issued(db, "realisation", registration_id=world.reg["Martin"])
    text = pdf_text(pdf)
    assert "pour une durée de 13 heures." in text
    assert "MARTIN Benoît" in text
    assert "salarié(e)" not in text  # a volunteer has no employer on the certificate


def test_the_nature_box_follows_the_course(db: Database, world: World) -> None:
    course = catalogue.get_course(db, world.course_id)
    course.nature = Nature.VAE
    catalogue.save_course(db, course)
    text = pdf_text(issued(db, "realisation", registration_id=world.reg["Dupont"])[1])
    assert "☒ action de VAE" in text and "☐ action de formation " in text
    assert text.count("☒") == 1


def test_certificate_draws_logo_signature_and_embeds_its_fonts(db: Database, world: World) -> None:
    _, pdf = issued(db, "realisation", registration_id=world.reg["Dupont"])
    assert b"/FontFile2" in pdf and b"Helvetica" not in pdf
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(page.images) == 2  # the logo and the signature; the QR code is drawn in vectors


def test_attestation_de_fin_lists_objectives_and_points_to_the_grid(db: Database,
                                                                    world: World) -> None:
    _, pdf = issued(db, "fin", registration_id=world.reg["Martin"])
    text = pdf_text(pdf)
    assert "ATTESTATION DE FIN DE FORMATION" in text and "Article L. 6353-1" in text
    assert "MARTIN Benoît" in text and TITLE in text
    assert "Action de formation" in text and "Présentiel" in text
    assert "du 12/03/2026 au 13/03/2026" in text
    assert "Durée de l'action 14 heures" in text and "Durée suivie 13 heures" in text
    for objective in OBJECTIVES:
        assert objective in text
    assert "Résultats de l'évaluation des acquis : voir la grille d'évaluation." in text
    assert_letterhead(text)


def test_attestation_de_fin_prints_the_results_when_given(db: Database, world: World) -> None:
    results = {OBJECTIVES[0]: "Acquis", OBJECTIVES[1]: "En cours d'acquisition"}
    document = issuing.issue(db, "fin", registration_id=world.reg["Dupont"], issued_by="A",
                             now=AFTER, results=results)
    text = pdf_text(issuing.show(db, document.id))
    assert f"1 {OBJECTIVES[0]} Acquis" in text
    assert f"2 {OBJECTIVES[1]} En cours d'acquisition" in text
    assert f"3 {OBJECTIVES[2]} Non évalué" in text
    assert "voir la grille" not in text
    with pytest.raises(ValidationError, match="aucun objectif"):
        issuing.issue(db, "fin", registration_id=world.reg["Dupont"], issued_by="A", now=AFTER,
                      results={"Savoir nager": "Acquis"})


def test_attestation_d_assiduite_gives_hours_over_planned_and_the_detail(db: Database,
                                                                       world: World) -> None:
    _, pdf = issued(db, "assiduite", registration_id=world.reg["Martin"])
    text = pdf_text(pdf)
    assert "ATTESTATION D'ASSIDUITÉ" in text and "MARTIN Benoît" in text
    assert "13 heures heures suivies" in text and "14 heures heures prévues" in text
    assert "93 % taux d'assiduité" in text
    assert "12/03/2026 Matin 09h00–12h30 En retard, arrivée 10h00 2 h 30" in text
    assert "13/03/2026 Après-midi 13h30–17h00 Présent·e 3 h 30" in text
    assert "Aucune absence." in text
    assert pdf_pages(pdf) == 1


def test_convocation_has_times_place_what_to_bring_and_whom_to_tell(db: Database,
                                                                     world: World) -> None:
    document, pdf = issued(db, "convocation", registration_id=world.reg["Dupont"])
    text = pdf_text(pdf)
    assert "Madame Marie DUPONT" in text and "Centre social Ellipse" in text
    assert "CONVOCATION" in text and f"convocation à la formation {TITLE}" in text
    assert "jeudi 12 mars 2026 : 09h00–12h30 et 13h30–17h00" in text
    assert "vendredi 13 mars 2026 : 09h00–12h30 et 13h30–17h00" in text
    assert "Salle Jean Moulin" in text and "3 place de la Liberté, 59100 Roubaix" in text
    assert "De quoi prendre des notes." in text
    assert "formation@mda-roubaix.fr ou 03 20 15 14 18" in text
    assert "Hélène Leroy" in text and "Madame," in text
    assert document.reference == "CV-2026-0001"
    assert_letterhead(text)


def test_programme_sheet_has_everything_a_prospect_reads(db: Database, world: World) -> None:
    document, pdf = issued(db, "programme", session_id=world.session_id)
    text = pdf_text(pdf)
    for part in ["PROGRAMME DE FORMATION", TITLE, "Objectifs pédagogiques", *OBJECTIVES,
                 "Public visé", "Bénévoles et salarié·es d'associations.", "Prérequis",
                 "Aucun prérequis.", "Jour 1 : la loi 1901, les statuts.", "Méthodes",
                 "Modalités d'évaluation", "350,00 € par participant·e", "Présentiel",
                 "14 heures (2 jours)", "Accessibilité", "accessibles en fauteuil roulant",
                 "jeudi 12 mars 2026 : 09h00–12h30 et 13h30–17h00",
                 "formation@mda-roubaix.fr ou 03 20 15 14 18"]:
        assert part in text, part
    assert document.recipient == TITLE


def test_convention_binds_the_structure_for_its_staff(db: Database, world: World) -> None:
    document, pdf = issued(db, "convention", session_id=world.session_id,
                           structure_id=world.structure_id)
    text = pdf_text(pdf)
    for part in ["CONVENTION DE FORMATION PROFESSIONNELLE", "Entre les soussignés",
                 "représenté·e par Marie-Claire Fontaine, présidente",
                 "Centre social Ellipse, 8 rue du Collège, 59100 Roubaix, SIRET 732 829 320 00074",
                 "représenté·e par Karim Benali", "Article 1 — Objet", TITLE,
                 "action de formation, au sens de l'article L. 6313-1",
                 "du 12/03/2026 au 13/03/2026", "soit 14 heures sur 2 jours",
                 "Salle Jean Moulin", "DUPONT Marie OPCO 350,00 €", "Total 350,00 €",
                 "Modalités de paiement", "prise en charge par un OPCO",
                 "Annulation", "moins de 10 jours avant le début", "L. 6354-1",
                 "Fait en deux exemplaires à Roubaix, le 13 mars 2026",
                 "Pour l'organisme de formation", "Pour le bénéficiaire", "Lu et approuvé"]:
        assert part in text, part
    assert "MARTIN" not in text  # not staff of the structure
    assert document.recipient == "Centre social Ellipse"
    assert_letterhead(text)


def test_text_from_the_file_is_printed_as_typed(db: Database) -> None:
    world = build_world(db, title="R&D <avancé> : « œuvrer » & progresser")
    text = pdf_text(issued(db, "realisation", registration_id=world.reg["Dupont"])[1])
    assert "a suivi l'action R&D <avancé> : « œuvrer » & progresser" in text
