"""A questionnaire or grid as a PDF to print or to fill on screen (AcroForm), for one response.

The page carries the letterhead, the course, the session and the person; then the template's
title, introduction and sections. Hidden read-only fields (`_formation_response`,
`_formation_template`, `_formation_check`) let `formation.services.forms_import` read a filled
copy back into the right response. Answers already recorded are filled in.

`render(facts, flat=True)` makes a copy to read instead (the audit folder's): the same page with
the answers printed in it, and no form field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Spacer  # type: ignore[import-untyped, unused-ignore]
from sqlalchemy.orm import selectinload

from formation.core import frenchfmt
from formation.documents import pdf_parts as P
from formation.documents.filenames import document_name, person_part, slug
from formation.documents.fonts import register_fonts
from formation.documents.form_story import REQUIRED_NOTE, sections_story
from formation.documents.form_widgets import HiddenFields, Registry, finish_pdf
from formation.documents.issuer import Issuer, gather_issuer
from formation.documents.pdf_page import build_referenced_pdf
from formation.forms.model import FormKind, Respondent
from formation.services.forms_fields import hidden_values, pdf_values
from formation.services.forms_store import SOURCES, Response, get_response
from formation.services.records import get_or_404
from formation.storage.database import Database
from formation.storage.models import Participant, Registration
from formation.storage.models import Session as TrainingSession


@dataclass(frozen=True)
class FormFacts:
    issuer: Issuer
    response: Response
    course_title: str
    session_code: str
    start: date
    end: date
    place: str
    trainers: tuple[str, ...]
    #: The participant the response is about (none for a trainer's appraisal of the session).
    first_name: str = ""
    last_name: str = ""

    @property
    def participant(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def file_person(self) -> str:
        """'DUPONT-Marie', or the trainer's name for a session form."""
        if self.participant:
            return person_part(self.last_name, self.first_name)
        return slug(self.response.respondent_name) or "formateur"


def gather(db: Database, response_id: int) -> FormFacts:
    response = get_response(db, response_id)
    with db.session() as s:
        session = get_or_404(s, TrainingSession, response.session_id, "Session")
        first = last = ""
        if response.registration_id is not None:
            registration = s.get(Registration, response.registration_id,
                                 options=[selectinload(Registration.participant)])
            if registration is not None:
                person: Participant = registration.participant
                first, last = person.first_name, person.last_name
        return FormFacts(gather_issuer(db), response, session.course.title, session.code,
                         session.start_date, session.end_date, session.place,
                         tuple(t.full_name for t in session.trainers), first, last)


def form_pdf(db: Database, response_id: int) -> bytes:
    """The fillable PDF of this response, in its template version, with its answers so far."""
    return render(gather(db, response_id))


def render(facts: FormFacts, *, flat: bool = False) -> bytes:
    """The PDF to fill (answers so far filled in), or with `flat` the answers printed in the page:
    no form field to build and fill, three times quicker, for a copy no one will fill."""
    register_fonts()  # before the first Paragraph: its style names the DejaVu fonts
    response, template = facts.response, facts.response.template
    values = pdf_values(template, response.objectives, response.answers)
    registry = Registry(answers=values) if flat else Registry()
    story: list[Flowable] = [] if flat else [HiddenFields(hidden_values(response))]
    story += [*P.title(template.title, size=16, compact=True),
              P.facts(_header(facts), label_width=120), Spacer(1, 8)]
    story += [P.para(P.esc(text), P.TIGHT) for text in template.introduction.split("\n\n") if text]
    notes = [_answered(facts) if flat else _how_to_return(facts)]
    if not flat and any(question.required for question in template.questions()):
        notes.append(REQUIRED_NOTE)
    story += [Spacer(1, 3), P.para(P.esc(" ".join(notes)), P.SMALL)]
    story += sections_story(template.sections, registry, response.objectives)
    reference = (f"Questionnaire n° {response.id} · modèle {template.key}, version "
                 f"{template.version}")
    pdf = build_referenced_pdf(story, facts.issuer, reference, title=f"{template.title} — "
                               f"{facts.participant or response.respondent_name}",
                               subject=f"{template.title}, {facts.course_title}")
    return pdf if flat else finish_pdf(pdf, registry, values)


def _header(facts: FormFacts) -> list[tuple[str, str]]:
    response = facts.response
    where = " · ".join(part for part in (facts.session_code,
                                         frenchfmt.date_range(facts.start, facts.end),
                                         facts.place) if part)
    rows = [("Formation", facts.course_title), ("Session", where)]
    if response.respondent is Respondent.EMPLOYER:
        return rows + [("Structure", response.respondent_name),
                       ("Salarié·e formé·e", facts.participant)]
    if response.template.kind is FormKind.TRAINER:
        return rows + [("Formateur·rice", response.respondent_name or " ")]
    rows.append(("Participant·e", facts.participant or response.respondent_name))
    if response.respondent is Respondent.TRAINER:
        rows.append(("Formateur·rice", response.respondent_name or ", ".join(facts.trainers)))
    return rows


def _how_to_return(facts: FormFacts) -> str:
    whom = facts.issuer.name or "l'organisme de formation"
    mail = f" ou envoyez-le à {facts.issuer.email}" if facts.issuer.email else ""
    return ("À remplir à la main ou à l'écran (enregistrez alors le PDF rempli), puis rendez-le à "
            f"{whom}{mail}.")


def _answered(facts: FormFacts) -> str:
    """What a copy to read says instead of how to fill it: when and how the answers came."""
    response = facts.response
    if response.answered_at is None:
        return "Copie pour le dossier qualité : ce questionnaire n'a pas encore de réponse."
    how = SOURCES.get(response.source, "")
    return (f"Copie pour le dossier qualité des réponses enregistrées le "
            f"{frenchfmt.long_date(response.answered_at.date())} à "
            f"{frenchfmt.clock(response.answered_at.time())}" + (f" ({how})." if how else "."))


def file_name(facts: FormFacts) -> str:
    """'2026-03-12_fonctionnement-associatif_DUPONT-Marie_besoins.pdf'"""
    return document_name(facts.start, facts.course_title, facts.file_person,
                         facts.response.template.key.replace("_", "-"), 1, "pdf")
