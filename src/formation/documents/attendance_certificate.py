"""The attestation d'assiduité: hours attended over hours planned, with the detail per half-day.

No regulation fixes its content; some schemes (France Travail, Régions) ask for it. It shows what
the émargement recorded, half-day by half-day, so that the rate can be checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Flowable, Spacer, Table  # type: ignore[import-untyped, unused-ignore]
from sqlalchemy import select

from formation.core import frenchfmt
from formation.core.attendance import Mark, attended_minutes
from formation.core.enums import Presence
from formation.core.planning import SlotTimes
from formation.documents import pdf_parts as P
from formation.documents.facts import Facts
from formation.documents.fonts import BOLD, register_fonts
from formation.documents.issuer import Issuer, Stamp
from formation.documents.pdf_page import ACCENT, RULE, WIDTH, build_pdf
from formation.documents.wording import half_day_label, hours_phrase, rate_phrase
from formation.services.attendance import describe
from formation.storage.models import Attendance, Slot

TITLE = "ATTESTATION D'ASSIDUITÉ"
CAPTION = ["Signature et cachet de l'organisme de formation"]
HOW = ("Heures suivies : durée des demi-journées, moins les retards et les départs anticipés "
       "enregistrés à l'émargement. Taux d'assiduité : heures suivies sur heures prévues.")


@dataclass(frozen=True)
class HalfDay:
    times: SlotTimes
    presence: str  # "Présent·e", "En retard, arrivée 10h00", "Non renseigné"…
    attended_minutes: int


@dataclass(frozen=True)
class AttendanceCertificateData:
    issuer: Issuer
    participant: str
    employer: str
    course_title: str
    session_code: str
    start: date
    end: date
    place: str
    planned_minutes: int
    attended_minutes: int
    absences: int
    excused: int
    half_days: tuple[HalfDay, ...]

    @property
    def rate(self) -> str:
        return rate_phrase(self.attended_minutes, self.planned_minutes)

    @property
    def absences_text(self) -> str:
        if not self.absences and not self.excused:
            return "Aucune absence."
        total = self.absences + self.excused
        text = f"{total} demi-journée{'s' if total > 1 else ''} d'absence"
        return text + (f", dont {self.excused} justifiée{'s' if self.excused > 1 else ''}."
                       if self.excused else ".")


def gather(facts: Facts, registration_id: int) -> AttendanceCertificateData:
    person = facts.participant(registration_id)
    session = facts.session(person.session_id)
    marks = _marks(facts, registration_id)
    half_days = tuple(HalfDay(slot, _presence(marks.get((slot.day, slot.start))),
                              attended_minutes(slot, marks.get((slot.day, slot.start))))
                      for slot in session.slots)
    statuses = [mark.status for mark in marks.values()]
    return AttendanceCertificateData(
        issuer=facts.issuer(), participant=person.name, employer=person.employer,
        course_title=session.course.title, session_code=session.code, start=session.start,
        end=session.end, place=", ".join(p for p in (session.place, session.address) if p),
        planned_minutes=session.planned_minutes,
        attended_minutes=sum(h.attended_minutes for h in half_days),
        absences=statuses.count(Presence.ABSENT), excused=statuses.count(Presence.EXCUSED),
        half_days=half_days)


def _marks(facts: Facts, registration_id: int) -> dict[tuple[date, object], Mark]:
    query = (select(Attendance, Slot).join(Slot, Attendance.slot_id == Slot.id)
             .where(Attendance.registration_id == registration_id))
    with facts.db.session() as s:
        return {(slot.day, slot.start_time): Mark(a.status, a.arrival_time, a.departure_time)
                for a, slot in s.execute(query)}


def _presence(mark: Mark | None) -> str:
    return "Non renseigné" if mark is None else describe(mark)


def pdf(data: AttendanceCertificateData, stamp: Stamp) -> bytes:
    register_fonts()
    return build_pdf(_story(data, stamp), data.issuer, stamp,
                     title=f"Attestation d'assiduité — {data.participant}",
                     subject="Attestation d'assiduité")


def _story(data: AttendanceCertificateData, stamp: Stamp) -> list[Flowable]:
    org = data.issuer
    whom = P.b(data.participant) + (f", salarié(e) de {P.b(data.employer)}," if data.employer else "")
    where = f", à {P.esc(data.place)}" if data.place else ""
    return [
        *P.title(TITLE),
        P.para(f"Je soussigné(e) {P.b(org.representative)}, {P.esc(org.role)} de "
               f"{P.b(org.name)}, organisme de formation, atteste que {whom} a suivi la formation "
               f"{P.b(data.course_title)} (session {P.esc(data.session_code)}), "
               f"{P.esc(frenchfmt.date_range(data.start, data.end))}{where}, avec l'assiduité "
               "suivante :"),
        Spacer(1, 10), _figures(data), Spacer(1, 6),
        P.para(P.esc(data.absences_text)),
        P.heading("Détail par demi-journée"),
        P.grid(["Date", "Demi-journée", "Horaires", "Présence", "Heures suivies"],
               _rows(data), [72, 82, 84, WIDTH - 326, 88], align_right=[4]),
        Spacer(1, 4), P.para(P.esc(HOW), P.SMALL),
        P.signature_block(org, stamp, CAPTION),
    ]


def _figures(data: AttendanceCertificateData) -> Table:
    """Three boxed figures: hours attended, hours planned, rate."""
    big = ParagraphStyle("figure", parent=P.CENTRED, fontName=BOLD, fontSize=16, leading=20,
                           textColor=ACCENT)
    small = ParagraphStyle("figure-label", parent=P.SMALL, alignment=1)
    cells = [(hours_phrase(data.attended_minutes), "heures suivies"),
             (hours_phrase(data.planned_minutes), "heures prévues"),
             (data.rate, "taux d'assiduité")]
    table = Table([[[P.para(P.esc(v), big), P.para(P.esc(label), small)] for v, label in cells]],
                  colWidths=[WIDTH / 3] * 3)
    table.setStyle(P.table_style([("BOX", (0, 0), (-1, -1), 0.6, RULE),
                               ("LINEAFTER", (0, 0), (-2, -1), 0.6, RULE),
                               ("BACKGROUND", (0, 0), (-1, -1), (0.96, 0.97, 0.985)),
                               ("TOPPADDING", (0, 0), (-1, -1), 8),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return table


def _rows(data: AttendanceCertificateData) -> list[list[str]]:
    return [[frenchfmt.short_date(h.times.day), half_day_label(h.times.is_morning),
             f"{frenchfmt.clock(h.times.start)}–{frenchfmt.clock(h.times.end)}", h.presence,
             frenchfmt.hours(h.attended_minutes)] for h in data.half_days]


def docx_context(data: AttendanceCertificateData, stamp: Stamp) -> dict[str, Any]:
    return {
        "participant": data.participant,
        "employer": data.employer,
        "employer_phrase": f", salarié(e) de {data.employer}," if data.employer else "",
        "place_phrase": f", à {data.place}" if data.place else "",
        "course_title": data.course_title,
        "session_code": data.session_code,
        "dates": frenchfmt.date_range(data.start, data.end),
        "place": data.place,
        "attended": hours_phrase(data.attended_minutes),
        "planned": hours_phrase(data.planned_minutes),
        "rate": data.rate,
        "absences": data.absences_text,
        "half_days": [dict(zip(["date", "part", "times", "presence", "hours"], row, strict=True))
                      for row in _rows(data)],
        "how": HOW,
        "signature_caption": " ".join(CAPTION),
    }
