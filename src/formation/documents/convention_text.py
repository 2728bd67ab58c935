"""The articles of the convention de formation, as plain text built from its data.

Shared by the PDF and the Word template, so that both say exactly the same. The cancellation
terms (10 days, 30 %) are the usual ones; an organisation with others edits the Word template.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from formation.core import frenchfmt
from formation.documents.wording import hours_phrase

if TYPE_CHECKING:
    from formation.documents.convention import ConventionData


@dataclass(frozen=True)
class Article:
    heading: str
    paragraphs: tuple[str, ...]
    with_table: bool = False  # the participants and prices table follows the paragraphs


def articles(data: ConventionData) -> list[Article]:
    return [_object(data), _when(data), _how(data), _price(data), _payment(data), _cancellation(),
            Article("Article 7 — Différends", (
                "En cas de différend, les parties s'efforcent de le régler à l'amiable. À défaut, "
                "le litige est porté devant le tribunal compétent du ressort du siège de "
                "l'organisme de formation.",))]


def _object(data: ConventionData) -> Article:
    course = data.course
    text = [f"Le bénéficiaire confie à l'organisme de formation la réalisation de l'action "
            f"« {course.title} » (réf. {course.code}) pour les personnes désignées à l'article 4. "
            f"Nature de l'action : {course.nature.label.lower()}, au sens de l'article L. 6313-1 "
            "du Code du travail."]
    if course.objectives:
        text.append("Objectifs : à l'issue de la formation, chaque participant·e sera capable de :\n"
                    + "\n".join(f"– {objective}" for objective in course.objectives))
    return Article("Article 1 — Objet", tuple(text))


def _when(data: ConventionData) -> Article:
    dates = frenchfmt.date_range(data.start, data.end)
    return Article("Article 2 — Dates, durée et lieu", (
        f"La formation se déroule {dates} (session {data.session_code}), soit "
        f"{hours_phrase(data.planned_minutes)} sur {data.day_count}, selon les horaires suivants :\n"
        + "\n".join(data.days),
        f"Lieu : {data.place or 'communiqué avec la convocation'}. "
        f"Modalité : {data.course.modality.label.lower()}."))


def _how(data: ConventionData) -> Article:
    course = data.course
    text = []
    if course.methods:
        text.append(f"Méthodes et moyens pédagogiques : {course.methods}")
    if data.trainers:
        text.append(f"Formateur·rice : {', '.join(data.trainers)}.")
    text.append("La présence est attestée par une feuille d'émargement signée par demi-journée par "
                "chaque participant·e et par le·la formateur·rice."
                + (f" Modalités d'évaluation : {course.assessment_methods}"
                   if course.assessment_methods else ""))
    text.append("À l'issue de la formation, l'organisme remet à chaque participant·e une attestation "
                "de fin de formation (article L. 6353-1 du Code du travail) et adresse au bénéficiaire "
                "un certificat de réalisation.")
    return Article("Article 3 — Déroulement, suivi et sanction", tuple(text))


def _price(data: ConventionData) -> Article:
    count = len(data.trainees)
    return Article("Article 4 — Participant·es et prix", (
        f"Le bénéficiaire inscrit {count} personne{'s' if count > 1 else ''}. Le prix de la "
        "formation est fixé comme suit (montants en euros, toutes taxes comprises) :",),
        with_table=True)


def _payment(data: ConventionData) -> Article:
    text = [f"Le prix est payable à réception de la facture, émise à l'issue de la formation, par "
            f"virement ou par chèque à l'ordre de {data.issuer.name}, dans un délai de 30 jours."]
    if data.opco:
        text.append("Lorsque la formation est prise en charge par un OPCO, le bénéficiaire en fait la "
                    "demande avant le début de la formation et communique l'accord de prise en "
                    "charge à l'organisme de formation, qui facture alors l'OPCO à hauteur de cette "
                    "prise en charge ; le solde éventuel reste dû par le bénéficiaire. À défaut "
                    "d'accord reçu au premier jour de la formation, le prix est facturé au "
                    "bénéficiaire.")
    return Article("Article 5 — Modalités de paiement", tuple(text))


def _cancellation() -> Article:
    return Article("Article 6 — Annulation, absence et abandon", (
        "En cas de renoncement du bénéficiaire moins de 10 jours avant le début de la formation, "
        "30 % du prix reste dû à titre de dédommagement. Cette somme n'est pas imputable sur la "
        "participation au financement de la formation professionnelle et ne peut faire l'objet "
        "d'une demande de prise en charge par un OPCO.",
        "En cas d'absence ou d'abandon d'un·e participant·e en cours de formation, seules les "
        "heures effectivement suivies sont dues au titre de la formation (article L. 6354-1 du "
        "Code du travail).",
        "En cas d'annulation ou de report par l'organisme de formation, le bénéficiaire en est "
        "informé au plus tôt et les sommes déjà versées lui sont intégralement remboursées."))
