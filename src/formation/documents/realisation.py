"""The certificat de réalisation, following the Ministry of Labour's model (2020) field by field.

Every OPCO must accept this model; its body is kept word for word, in order, on one page.
The duration is the hours the participant actually attended, from the émargement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Flowable, Spacer  # type: ignore[import-untyped, unused-ignore]

from formation.core import frenchfmt
from formation.core.enums import Nature
from formation.documents import pdf_parts as P
from formation.documents.facts import Facts
from formation.documents.fonts import register_fonts
from formation.documents.issuer import Issuer, Stamp
from formation.documents.pdf_page import build_pdf
from formation.documents.wording import hours_phrase

TITLE = "CERTIFICAT DE RÉALISATION"
NATURES = [
    (Nature.TRAINING, "action de formation"),
    (Nature.SKILLS_ASSESSMENT, "bilan de compétences"),
    (Nature.VAE, "action de VAE"),
    (Nature.APPRENTICESHIP, "action de formation par apprentissage"),
]
KEEPING = ("Sans préjudice des délais imposés par les règles fiscales, comptables ou commerciales, je "
           "m'engage à conserver l'ensemble des pièces justificatives qui ont permis d'établir le "
           "présent certificat pendant une durée de 3 ans à compter de la fin de l'année du dernier "
           "paiement. En cas de cofinancement des fonds européens la durée de conservation est étendue "
           "conformément aux obligations conventionnelles spécifiques.")
SIGNATURE_CAPTION = ["Cachet et signature du responsable",  # the model's words, cut to fit
                     "du dispensateur de formation", "(nom, prénom, qualité du signataire)"]
FOOTNOTES = [
    "¹ Lorsque l'action est mise en œuvre dans le cadre d'un projet de transition professionnelle, "
    "le certificat de réalisation doit être transmis mensuellement.",
    "² Dans le cadre des formations à distance prendre en compte la réalisation des activités "
    "pédagogiques et le temps estimé pour les réaliser.",
]


@dataclass(frozen=True)
class RealisationData:
    issuer: Issuer
    participant: str  # "DUPONT Marie"
    employer: str  # "" when the participant is not an employee of a structure
    course_title: str
    nature: Nature
    start: date
    end: date
    attended_minutes: int  # hours actually attended, from the émargement
    session_code: str

    @property
    def duration(self) -> str:
        """'13 heures', '3,5 heures'"""
        return hours_phrase(self.attended_minutes)


def gather(facts: Facts, registration_id: int) -> RealisationData:
    person = facts.participant(registration_id)
    session = facts.session(person.session_id)
    attended = facts.hours(session.id).get(registration_id)
    return RealisationData(
        issuer=facts.issuer(), participant=person.name, employer=person.employer,
        course_title=session.course.title, nature=session.course.nature, start=session.start,
        end=session.end, attended_minutes=attended.attended_minutes if attended else 0,
        session_code=session.code)


def pdf(data: RealisationData, stamp: Stamp) -> bytes:
    register_fonts()
    return build_pdf(_story(data, stamp), data.issuer, stamp,
                     title=f"Certificat de réalisation — {data.participant} — {data.course_title}",
                     subject="Certificat de réalisation (modèle du ministère du Travail)")


def _story(data: RealisationData, stamp: Stamp) -> list[Flowable]:
    org = data.issuer
    whom = P.b(data.participant)
    if data.employer:
        whom += f"<br/>salarié(e) de l'entreprise {P.b(data.employer)}"
    body = ParagraphStyle("body-large", parent=P.BODY, fontSize=10.5, leading=15.5)
    person = ParagraphStyle("who", parent=body, leftIndent=18, fontSize=11.5, leading=17)
    gap = 11  # the model is airy: one page, each field on its own line
    return [
        *P.title(TITLE),
        P.para(f"Je soussigné(e) {P.b(org.representative)}, représentant légal du dispensateur de "
               f"l'action concourant au développement des compétences {P.b(org.name)},", body),
        Spacer(1, gap), P.para("atteste que :", body), Spacer(1, 5), P.para(whom, person),
        Spacer(1, gap), P.para(f"a suivi l'action {P.b(data.course_title)}", body),
        Spacer(1, gap),
        P.para("Nature de l'action concourant au développement des compétences :", body),
        Spacer(1, 4), *P.checkboxes([(label, data.nature == nature) for nature, label in NATURES]),
        Spacer(1, gap),
        P.para(f"qui s'est déroulée du {P.b(frenchfmt.short_date(data.start))} au "
               f"{P.b(frenchfmt.short_date(data.end))}", body),
        P.para(f"pour une durée de {P.b(data.duration)}.<super>1 2</super>", body),
        Spacer(1, gap + 3), P.para(P.esc(KEEPING), P.SMALL), Spacer(1, 6),
        P.signature_block(org, stamp, SIGNATURE_CAPTION),
        P.footnotes(FOOTNOTES),
    ]


def docx_context(data: RealisationData, stamp: Stamp) -> dict[str, Any]:
    return {
        "participant": data.participant,
        "employer": data.employer,
        "course_title": data.course_title,
        "natures": [{"box": P.CHECKED if data.nature == nature else P.UNCHECKED, "label": label}
                    for nature, label in NATURES],
        "start": frenchfmt.short_date(data.start),
        "end": frenchfmt.short_date(data.end),
        "duration": data.duration,
        "session_code": data.session_code,
        "keeping": KEEPING,
        "signature_caption": " ".join(SIGNATURE_CAPTION),
        "footnotes": FOOTNOTES,
    }
