"""The convention de formation between the organisation and a structure for its staff registered
in a session (Code du travail, L. 6353-1 and L. 6353-2: title, objective and content, means,
duration and period, how it runs, is followed and sanctioned, price and payment terms)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table  # type: ignore[import-untyped, unused-ignore]

from formation.core import frenchfmt
from formation.core.enums import Funding
from formation.documents import pdf_parts as P
from formation.documents.convention_text import articles
from formation.documents.facts import CourseFacts, Facts, ParticipantFacts
from formation.documents.fonts import register_fonts
from formation.documents.issuer import Issuer, Stamp, grouped
from formation.documents.pdf_page import WIDTH, build_pdf
from formation.documents.wording import day_lines, days_phrase, hours_phrase
from formation.services import people

TITLE = "CONVENTION DE FORMATION PROFESSIONNELLE"
SUBTITLE = "Articles L. 6353-1 et L. 6353-2 du Code du travail"


@dataclass(frozen=True)
class Client:
    name: str
    siret: str
    address: str
    contact: str  # who signs for the structure, when known


@dataclass(frozen=True)
class Trainee:
    name: str
    price_cents: int
    funding: str  # "OPCO", "Employeur"… or ""


@dataclass(frozen=True)
class ConventionData:
    issuer: Issuer
    client: Client
    course: CourseFacts
    session_code: str
    start: date
    end: date
    days: tuple[str, ...]
    day_count: str  # '2 jours'
    planned_minutes: int
    place: str
    trainers: tuple[str, ...]
    trainees: tuple[Trainee, ...]

    @property
    def total_cents(self) -> int:
        return sum(t.price_cents for t in self.trainees)

    @property
    def opco(self) -> bool:
        return any(t.funding == Funding.OPCO.label for t in self.trainees)


def covered(participants: list[ParticipantFacts], structure_id: int,
            client_id: int | None) -> list[ParticipantFacts]:
    """The structure's people with a seat in the session: all of them when it is the client."""
    return [p for p in participants if p.registration_status.takes_a_seat
            and (p.structure_id == structure_id or client_id == structure_id)]


def gather(facts: Facts, session_id: int, structure_id: int) -> ConventionData:
    session = facts.session(session_id)
    structure = people.get_structure(facts.db, structure_id)
    town = " ".join(p for p in (structure.postal_code, structure.city) if p)
    client = Client(structure.name, structure.siret,
                    ", ".join(p for p in (structure.address, town) if p), structure.contact_name)
    trainees = tuple(Trainee(p.name, p.amount_cents or session.course.price_cents,
                             p.funding.label if p.funding else "")
                     for p in covered(facts.participants(session_id), structure_id,
                                      session.client_id))
    return ConventionData(
        issuer=facts.issuer(), client=client, course=session.course, session_code=session.code,
        start=session.start, end=session.end, days=tuple(day_lines(session.slots)),
        day_count=days_phrase(session.slots), planned_minutes=session.planned_minutes,
        place=", ".join(p for p in (session.place, session.address) if p),
        trainers=session.trainers, trainees=trainees)


def parties(data: ConventionData) -> tuple[str, str]:
    """The two parties, as the convention names them."""
    org, client = data.issuer, data.client
    first = (f"{org.name}, {org.address}, SIRET {grouped(org.siret, (3, 3, 3, 5))}, déclaration "
             f"d'activité n° {grouped(org.nda, (2, 2, 5, 2))}, représenté·e par {org.signatory}, "
             "ci-après « l'organisme de formation »,")
    ids = ", ".join(p for p in (client.address, f"SIRET {grouped(client.siret, (3, 3, 3, 5))}"
                                if client.siret else "") if p)
    second = (f"{client.name}{', ' + ids if ids else ''}"
              + (f", représenté·e par {client.contact}" if client.contact else "")
              + ", ci-après « le bénéficiaire ».")
    return first, second


def pdf(data: ConventionData, stamp: Stamp) -> bytes:
    register_fonts()
    return build_pdf(_story(data, stamp), data.issuer, stamp,
                     title=f"Convention de formation — {data.client.name} — {data.course.title}",
                     subject="Convention de formation professionnelle")


def _story(data: ConventionData, stamp: Stamp) -> list[Flowable]:
    first, second = parties(data)
    story: list[Flowable] = [
        *P.title(TITLE, f"{SUBTITLE} · n° {stamp.reference}", size=15.5),
        P.para("<b>Entre les soussignés :</b>"), Spacer(1, 4),
        *P.bullets([first, second], numbered=True), Spacer(1, 4),
        P.para("est conclue la convention suivante."),
    ]
    for article in articles(data):
        part: list[Flowable] = [P.heading(article.heading)]
        for text in article.paragraphs:
            part += [P.para(P.lines(text), P.TIGHT), Spacer(1, 3)]
        if article.with_table:
            part += [Spacer(1, 2), _table(data)]
        story.append(KeepTogether(part))  # an article is short: never split across two pages
    return [*story, _signatures(data, stamp)]


def _table(data: ConventionData) -> Flowable:
    rows = [[t.name, t.funding or "—", frenchfmt.euros(t.price_cents)] for t in data.trainees]
    rows.append(["Total", "", frenchfmt.euros(data.total_cents)])
    return P.grid(["Participant·e", "Financement prévu", "Prix"], rows,
                  [WIDTH - 230, 130, 100], align_right=[2], total=True)


def _signatures(data: ConventionData, stamp: Stamp) -> Flowable:
    """Two columns, one per party: who signs, room to sign, the name; the names aligned."""
    org = data.issuer
    made = f"Fait en deux exemplaires à {org.town}, le {frenchfmt.long_date(stamp.issued_at.date())}."
    client_signs = P.para("Nom, qualité, cachet et signature,<br/>précédés de la mention "
                          "« Lu et approuvé »", P.SMALL)
    rows = [
        [[P.para("<b>Pour l'organisme de formation</b>", P.TIGHT), P.para(P.esc(org.name), P.SMALL)],
         [P.para("<b>Pour le bénéficiaire</b>", P.TIGHT),
          P.para(P.esc(data.client.name), P.SMALL)]],
        [P.signature_image(org.signature), [client_signs]],
        [P.para(P.b(org.signatory), P.TIGHT),
         P.para(P.b(data.client.contact) if data.client.contact else "&nbsp;", P.TIGHT)],
    ]
    table = Table(rows, colWidths=[WIDTH / 2] * 2, rowHeights=[None, 62, None])
    table.setStyle(P.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (0, -1), 0)]))
    return KeepTogether([Spacer(1, 14), P.para(P.esc(made)), Spacer(1, 10), table])


def docx_context(data: ConventionData, stamp: Stamp) -> dict[str, Any]:
    first, second = parties(data)
    return {
        "title": TITLE,
        "subtitle": f"{SUBTITLE} · n° {stamp.reference}",
        "parties": [first, second],
        "articles": [{"heading": a.heading, "paragraphs": list(a.paragraphs),
                      "with_table": a.with_table} for a in articles(data)],
        "trainees": [{"name": t.name, "funding": t.funding or "—",
                      "price": frenchfmt.euros(t.price_cents)} for t in data.trainees],
        "total": frenchfmt.euros(data.total_cents),
        "client": data.client.name,
        "client_contact": data.client.contact,
        "made_at": f"Fait en deux exemplaires à {data.issuer.town}, le "
                   f"{frenchfmt.long_date(stamp.issued_at.date())}.",
        "course_title": data.course.title,
        "hours": hours_phrase(data.planned_minutes),
    }
