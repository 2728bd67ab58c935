"""The attestation de fin de formation handed to each participant (Code du travail, L. 6353-1).

The law asks for "les objectifs, la nature et la durée de l'action et les résultats de
l'évaluation des acquis de la formation". Until the assessment grid exists in the app, the
caller may pass the results as a mapping objective -> result; objectives without one say where
the results are ("voir la grille d'évaluation").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, Spacer  # type: ignore[import-untyped, unused-ignore]

from formation.core import frenchfmt
from formation.core.enums import Modality, Nature
from formation.core.errors import ValidationError
from formation.core.text import fold
from formation.documents import pdf_parts as P
from formation.documents.facts import Facts
from formation.documents.fonts import register_fonts
from formation.documents.issuer import Issuer, Stamp
from formation.documents.pdf_page import WIDTH, build_pdf
from formation.documents.wording import hours_phrase

TITLE = "ATTESTATION DE FIN DE FORMATION"
SUBTITLE = "Article L. 6353-1 du Code du travail"
SEE_GRID = "Résultats de l'évaluation des acquis : voir la grille d'évaluation."
CAPTION = ["Signature et cachet de l'organisme de formation"]


@dataclass(frozen=True)
class Objective:
    text: str
    result: str  # "" until assessed


@dataclass(frozen=True)
class EndOfTrainingData:
    issuer: Issuer
    participant: str
    employer: str
    course_title: str
    session_code: str
    nature: Nature
    modality: Modality
    start: date
    end: date
    place: str
    planned_minutes: int
    attended_minutes: int
    objectives: tuple[Objective, ...]
    assessment_methods: str

    @property
    def has_results(self) -> bool:
        return any(objective.result for objective in self.objectives)


def gather(facts: Facts, registration_id: int,
           results: Mapping[str, str] | None = None) -> EndOfTrainingData:
    person = facts.participant(registration_id)
    session = facts.session(person.session_id)
    attended = facts.hours(session.id).get(registration_id)
    course = session.course
    return EndOfTrainingData(
        issuer=facts.issuer(), participant=person.name, employer=person.employer,
        course_title=course.title, session_code=session.code, nature=course.nature,
        modality=course.modality, start=session.start, end=session.end,
        place=", ".join(part for part in (session.place, session.address) if part),
        planned_minutes=session.planned_minutes or course.duration_minutes,
        attended_minutes=attended.attended_minutes if attended else 0,
        objectives=_objectives(course.objectives, results or {}),
        assessment_methods=course.assessment_methods)


def _objectives(texts: tuple[str, ...], results: Mapping[str, str]) -> tuple[Objective, ...]:
    """Each objective with its result; a result for no known objective is refused, not lost."""
    by_key = {fold(key): " ".join(value.split()) for key, value in results.items()}
    known = {fold(text) for text in texts}
    unknown = [key for key in results if fold(key) not in known]
    if unknown:
        raise ValidationError({"results": "Ces résultats ne correspondent à aucun objectif de la "
                               "formation : " + " ; ".join(f"« {key} »" for key in unknown) + "."})
    return tuple(Objective(text, by_key.get(fold(text), "")) for text in texts)


def pdf(data: EndOfTrainingData, stamp: Stamp) -> bytes:
    register_fonts()
    return build_pdf(_story(data, stamp), data.issuer, stamp,
                     title=f"Attestation de fin de formation — {data.participant}",
                     subject="Attestation de fin de formation (article L. 6353-1)")


def _story(data: EndOfTrainingData, stamp: Stamp) -> list[Flowable]:
    org = data.issuer
    whom = P.b(data.participant)
    if data.employer:
        whom += f", salarié(e) de {P.b(data.employer)},"
    return [
        *P.title(TITLE, SUBTITLE),
        P.para(f"Je soussigné(e) {P.b(org.representative)}, {P.esc(org.role)} de "
               f"{P.b(org.name)}, organisme de formation, atteste que {whom} a suivi l'action "
               f"{P.b(data.course_title)}."),
        Spacer(1, 10),
        P.facts(_rows(data)),
        P.heading("Objectifs et résultats de l'évaluation des acquis"),
        *_objectives_part(data),
        *([P.para(f"Modalités d'évaluation : {P.esc(data.assessment_methods)}", P.SMALL)]
          if data.assessment_methods else []),
        P.signature_block(org, stamp, CAPTION),
    ]


def _rows(data: EndOfTrainingData) -> list[tuple[str, str]]:
    return [
        ("Nature de l'action", data.nature.label),
        ("Modalité", data.modality.label),
        ("Dates", frenchfmt.date_range(data.start, data.end)),
        ("Lieu", data.place or "—"),
        ("Durée de l'action", hours_phrase(data.planned_minutes)),
        ("Durée suivie", hours_phrase(data.attended_minutes)),
    ]


def _objectives_part(data: EndOfTrainingData) -> list[Flowable]:
    if not data.objectives:
        return [P.para("Les objectifs figurent au programme de la formation.")]
    if not data.has_results:
        return [*P.bullets([o.text for o in data.objectives], numbered=True), Spacer(1, 6),
                P.para(P.b(SEE_GRID))]
    rows = [[str(n), o.text, o.result or "Non évalué"]
            for n, o in enumerate(data.objectives, start=1)]
    return [P.grid(["N°", "Objectif pédagogique", "Résultat"], rows, [24, WIDTH - 154, 130]),
            Spacer(1, 6)]


def docx_context(data: EndOfTrainingData, stamp: Stamp) -> dict[str, Any]:
    return {
        "participant": data.participant,
        "employer": data.employer,
        "employer_phrase": f", salarié(e) de {data.employer}," if data.employer else "",
        "course_title": data.course_title,
        "session_code": data.session_code,
        "rows": [{"label": label, "value": value} for label, value in _rows(data)],
        "objectives": [{"number": n, "text": o.text, "result": o.result or "Non évalué"}
                       for n, o in enumerate(data.objectives, start=1)],
        "has_results": data.has_results,
        "see_grid": SEE_GRID,
        "assessment_methods": data.assessment_methods,
        "signature_caption": " ".join(CAPTION),
    }
