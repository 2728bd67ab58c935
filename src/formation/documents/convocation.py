"""The convocation sent before a session: what, when (each half-day's times), where, what to
bring, and whom to tell about a specific need (Qualiopi indicator 9)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Flowable, Spacer  # type: ignore[import-untyped, unused-ignore]

from formation.core import frenchfmt
from formation.core.enums import Civility, Modality
from formation.core.planning import SlotTimes
from formation.documents import pdf_parts as P
from formation.documents.facts import Facts
from formation.documents.fonts import register_fonts
from formation.documents.issuer import Issuer, Stamp
from formation.documents.pdf_page import WIDTH, build_pdf
from formation.documents.wording import day_lines, days_phrase, salutation

TITLE = "CONVOCATION"
BRING = {  # no course field says it yet: a sentence that fits the modality
    Modality.ONSITE: "De quoi prendre des notes. Les supports de la formation vous seront remis "
                     "sur place.",
    Modality.REMOTE: "Un ordinateur avec une connexion internet, une caméra et un micro. Le lien de "
                     "connexion vous sera envoyé par e-mail avant le début de la formation.",
    Modality.BLENDED: "De quoi prendre des notes et, pour les temps à distance, un ordinateur avec "
                      "une connexion internet, une caméra et un micro. Les supports vous seront "
                      "remis pendant la formation.",
}


@dataclass(frozen=True)
class ConvocationData:
    issuer: Issuer
    civility: Civility
    first_name: str
    last_name: str
    structure: str
    course_title: str
    session_code: str
    start: date
    end: date
    slots: tuple[SlotTimes, ...]
    place: str
    address: str
    modality: Modality
    trainers: tuple[str, ...]
    accessibility: str

    @property
    def participant(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}".strip()

    @property
    def addressee(self) -> str:
        """'Madame Zoé DUPONT'"""
        return " ".join(p for p in (salutation(self.civility), self.first_name,
                                    self.last_name.upper()) if p)

    @property
    def days(self) -> list[str]:
        return day_lines(self.slots)

    @property
    def duration(self) -> str:
        minutes = sum(slot.minutes for slot in self.slots)
        return f"{frenchfmt.hours(minutes)} ({days_phrase(self.slots)})"

    @property
    def bring(self) -> str:
        return BRING[self.modality]

    @property
    def needs(self) -> str:
        contact = self.issuer.contact.replace(" · ", " ou ")
        return ("Vous êtes en situation de handicap ou avez un besoin particulier (accessibilité, "
                "rythme, matériel) ? Dites-le-nous avant la formation, afin que nous puissions "
                "l'adapter" + (f" : {contact}." if contact else "."))

    @property
    def greeting(self) -> str:
        return f"{salutation(self.civility) or 'Bonjour'},"

    @property
    def closing(self) -> str:
        whom = salutation(self.civility)
        return ("Nous nous réjouissons de vous accueillir et vous prions d'agréer"
                + (f", {whom}," if whom else "") + " nos salutations distinguées.")


def gather(facts: Facts, registration_id: int) -> ConvocationData:
    person = facts.participant(registration_id)
    session = facts.session(person.session_id)
    return ConvocationData(
        issuer=facts.issuer(), civility=person.civility, first_name=person.first_name,
        last_name=person.last_name, structure=person.structure, course_title=session.course.title,
        session_code=session.code, start=session.start, end=session.end, slots=session.slots,
        place=session.place, address=session.address, modality=session.course.modality,
        trainers=session.trainers, accessibility=session.course.accessibility)


def pdf(data: ConvocationData, stamp: Stamp) -> bytes:
    register_fonts()
    return build_pdf(_story(data, stamp), data.issuer, stamp,
                     title=f"Convocation — {data.participant} — {data.course_title}",
                     subject="Convocation à une formation")


def _rows(data: ConvocationData) -> list[tuple[str, str]]:
    where = "\n".join(p for p in (data.place, data.address) if p) or "Communiqué ultérieurement"
    trainers = ", ".join(data.trainers)
    return [("Dates et horaires", "\n".join(data.days) or frenchfmt.date_range(data.start, data.end)),
            ("Durée", data.duration), ("Lieu", where), ("Modalité", data.modality.label),
            *([("Formateur·rice", trainers)] if trainers else [])]


def _story(data: ConvocationData, stamp: Stamp) -> list[Flowable]:
    right = ParagraphStyle("addressee", parent=P.BODY, leftIndent=WIDTH * 0.55)
    addressee = P.b(data.addressee) + (f"<br/>{P.esc(data.structure)}" if data.structure else "")
    where_when = f"{data.issuer.town}, le {frenchfmt.long_date(stamp.issued_at.date())}"
    return [
        P.para(addressee, right), Spacer(1, 10), P.para(P.esc(where_when), right),
        *P.title(TITLE, size=16, compact=True),
        P.para(f"<b>Objet :</b> convocation à la formation {P.b(data.course_title)} "
               f"(session {P.esc(data.session_code)})"),
        Spacer(1, 10), P.para(P.esc(data.greeting)), Spacer(1, 4),
        P.para("Nous avons le plaisir de vous confirmer votre inscription à cette formation. "
               "Voici les informations pratiques pour y participer."),
        Spacer(1, 8), P.facts(_rows(data), label_width=120),
        P.heading("À prévoir"), P.para(P.esc(data.bring)),
        P.heading("Besoins spécifiques"), P.para(P.esc(data.needs)),
        *([Spacer(1, 3), P.para(P.esc(data.accessibility), P.SMALL)] if data.accessibility else []),
        Spacer(1, 10),
        P.para("En cas d'empêchement, merci de nous prévenir au plus tôt : une autre personne "
               "pourra peut-être prendre votre place."),
        Spacer(1, 6), P.para(P.esc(data.closing)),
        P.signature_block(data.issuer, stamp, ["Pour l'organisme de formation"],
                          verification=False, place_line=False, image_height=40),
    ]


def docx_context(data: ConvocationData, stamp: Stamp) -> dict[str, Any]:
    return {
        "participant": data.participant,
        "addressee": data.addressee,
        "structure": data.structure,
        "where_when": f"{data.issuer.town}, le {frenchfmt.long_date(stamp.issued_at.date())}",
        "course_title": data.course_title,
        "session_code": data.session_code,
        "greeting": data.greeting,
        "rows": [{"label": label, "value": value} for label, value in _rows(data)],
        "bring": data.bring,
        "needs": data.needs,
        "accessibility": data.accessibility,
        "closing": data.closing,
    }
