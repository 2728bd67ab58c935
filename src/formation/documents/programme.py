"""The programme sheet of a course (Qualiopi indicator 1: public information on each offer),
with the session's dates, times and place when it is issued for a session."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import (  # type: ignore[import-untyped, unused-ignore]
    Flowable,
    KeepTogether,
    Spacer,
    Table,
)

from formation.core import frenchfmt
from formation.documents import pdf_parts as P
from formation.documents.facts import CourseFacts, Facts
from formation.documents.fonts import BOLD, register_fonts
from formation.documents.issuer import Issuer, Stamp
from formation.documents.pdf_page import ACCENT, INK, RULE, WIDTH, build_pdf
from formation.documents.wording import day_lines, hours_phrase

KICKER = "PROGRAMME DE FORMATION"
CAN_DO = "À l'issue de la formation, chaque participant·e sera capable de :"


@dataclass(frozen=True)
class SessionPart:
    code: str
    days: tuple[str, ...]  # 'jeudi 12 mars 2026 : 09h00–12h30 et 13h30–17h00'
    day_count: int
    place: str
    trainers: tuple[str, ...]


@dataclass(frozen=True)
class ProgrammeData:
    issuer: Issuer
    course: CourseFacts
    session: SessionPart | None

    @property
    def duration(self) -> str:
        text = hours_phrase(self.course.duration_minutes)
        if self.session and self.session.day_count:
            count = self.session.day_count
            text += f" ({count} jour{'s' if count > 1 else ''})"
        return text

    @property
    def price(self) -> str:
        cents = self.course.price_cents
        return f"{frenchfmt.euros(cents)} par participant·e" if cents else "Nous consulter"

    @property
    def contact(self) -> str:
        org = self.issuer
        return (f"Renseignements et inscription auprès de {org.name}"
                + (f" : {org.contact.replace(' · ', ' ou ')}." if org.contact else "."))

    def sections(self) -> list[tuple[str, str]]:
        """(heading, text) of each part after the objectives, in the order a reader expects."""
        c = self.course
        parts = [("Public visé", c.target_public), ("Prérequis", c.prerequisites or "Aucun prérequis."),
                 ("Programme", c.programme), ("Méthodes et moyens pédagogiques", c.methods),
                 ("Modalités d'évaluation", c.assessment_methods), ("Accessibilité", c.accessibility)]
        if self.session:
            s = self.session
            when = "\n".join(s.days)
            parts.append((f"Session {s.code}", "\n".join(
                line for line in (when, f"Lieu : {s.place}" if s.place else "",
                                  f"Formateur·rice : {', '.join(s.trainers)}" if s.trainers else "")
                if line)))
        parts.append(("Contact", self.contact))
        return [(head, text or "—") for head, text in parts]


def gather(facts: Facts, session_id: int) -> ProgrammeData:
    session = facts.session(session_id)
    place = ", ".join(p for p in (session.place, session.address) if p)
    part = SessionPart(session.code, tuple(day_lines(session.slots)),
                       len({slot.day for slot in session.slots}), place, session.trainers)
    return ProgrammeData(facts.issuer(), session.course, part)


def pdf(data: ProgrammeData, stamp: Stamp) -> bytes:
    register_fonts()
    return build_pdf(_story(data, stamp), data.issuer, stamp,
                     title=f"Programme — {data.course.title}", subject="Programme de formation")


def _story(data: ProgrammeData, stamp: Stamp) -> list[Flowable]:
    kicker = ParagraphStyle("kicker", parent=P.LABEL, fontName=BOLD, textColor=ACCENT)
    big = ParagraphStyle("course", parent=P.BODY, fontName=BOLD, fontSize=17, leading=21,
                         textColor=INK, spaceBefore=2, spaceAfter=3)
    updated = f"Réf. {data.course.code} · à jour au {frenchfmt.long_date(stamp.issued_at.date())}"
    story: list[Flowable] = [
        Spacer(1, 6), P.para(KICKER, kicker), P.para(P.esc(data.course.title), big),
        P.para(P.esc(updated), P.SMALL), Spacer(1, 10), _key_facts(data), Spacer(1, 4),
        P.heading("Objectifs pédagogiques"), P.para(P.esc(CAN_DO)), Spacer(1, 2),
        *P.bullets(data.course.objectives or ("Voir le programme.",)),
    ]
    for head, text in data.sections():
        labelled = head == "Programme" or head.startswith("Session")
        story.append(KeepTogether([P.heading(head), *_text_lines(text, labelled=labelled)]))
    return story


def _key_facts(data: ProgrammeData) -> Table:
    cells = [("Durée", data.duration), ("Modalité", data.course.modality.label),
             ("Tarif", data.price), ("Nature", data.course.nature.label)]
    value = ParagraphStyle("fact", parent=P.TIGHT, fontName=BOLD)
    table = Table([[[P.para(P.esc(label), P.LABEL), P.para(P.esc(text), value)]
                    for label, text in cells]], colWidths=[WIDTH / 4] * 4)
    table.setStyle(P.table_style([("BOX", (0, 0), (-1, -1), 0.6, RULE),
                               ("LINEAFTER", (0, 0), (-2, -1), 0.6, RULE),
                               ("LINEABOVE", (0, 0), (-1, 0), 1.4, ACCENT),
                               ("BACKGROUND", (0, 0), (-1, -1), (0.96, 0.97, 0.985)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return table


def _text_lines(text: str, *, labelled: bool) -> list[Flowable]:
    """One paragraph a line; when `labelled`, 'Jour 1 : …' gets its label in bold."""
    result = []
    for line in (raw.strip() for raw in text.splitlines()):
        if not line:
            continue
        head, sep, rest = line.partition(" : ")
        if labelled and sep and len(head) <= 30:
            result.append(P.para(f"{P.b(head)} : {P.esc(rest)}", P.TIGHT))
        else:
            result.append(P.para(P.esc(line), P.TIGHT))
        result.append(Spacer(1, 2.5))
    return result


def docx_context(data: ProgrammeData, stamp: Stamp) -> dict[str, Any]:
    return {
        "kicker": KICKER,
        "course_title": data.course.title,
        "course_code": data.course.code,
        "updated": frenchfmt.long_date(stamp.issued_at.date()),
        "key_facts": [{"label": "Durée", "value": data.duration},
                      {"label": "Modalité", "value": data.course.modality.label},
                      {"label": "Tarif", "value": data.price},
                      {"label": "Nature", "value": data.course.nature.label}],
        "can_do": CAN_DO,
        "objectives": list(data.course.objectives),
        "sections": [{"heading": head, "lines": [ln.strip() for ln in text.splitlines() if ln.strip()]}
                     for head, text in data.sections()],
    }
