"""The fiche formateur: one page for the trainer before the first day (Qualiopi indicator 4).

The session (course, dates, times, place), the group (names, structures, statuses, functions) and,
from each person's needs-analysis grid, their expectations, their experience of the subject, their
constraints and their specific needs; then who has not answered yet. Specific needs are sensitive
data: this document is exactly where they are needed, and it says so (CONFIDENTIAL on the page,
the footer and the file's properties). It is not an issued document: no register number.

PDF with the house page; Word from the template `fiche-formateur.docx` (resources/templates, or the
organisation's restyled copy in `modeles/`), which `python -m formation.documents.trainer_brief`
builds with the same header and footer as the other templates (docx_templates.build).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from reportlab.lib.colors import Color  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import (  # type: ignore[import-untyped, unused-ignore]
    CondPageBreak,
    Flowable,
    Spacer,
    Table,
)
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.core.planning import SlotTimes
from formation.documents import docx_render, docx_templates
from formation.documents import pdf_parts as P
from formation.documents.docx_blocks import NAVY, facts, para, small, table, tag, title
from formation.documents.filenames import document_name
from formation.documents.fonts import BOLD, register_fonts
from formation.documents.issuer import Issuer, Stamp, gather_issuer
from formation.documents.pdf_page import WIDTH, build_referenced_pdf
from formation.documents.wording import hours_phrase
from formation.forms.model import COMMENT_SUFFIX as COMMENT
from formation.forms.model import FormKind, JsonValue, Question, QuestionType, Template, field_id
from formation.resources import resource
from formation.services import forms_store
from formation.services.forms_store import NOT_ASKED, Response, ResponseState
from formation.services.records import get_or_404
from formation.storage.database import Database
from formation.storage.models import FormResponse, FormVersion, Participant, Registration
from formation.storage.models import Session as TrainingSession

TITLE = "FICHE FORMATEUR"
TEMPLATE = "fiche-formateur"
CONFIDENTIAL = "Confidentiel — à l'usage du formateur ou de la formatrice"
CONFIDENTIAL_NOTE = ("Attentes, situations et besoins recueillis avant la formation par la grille "
                     "d'analyse des besoins (Qualiopi, indicateur 4), pour adapter la formation. "
                     "Ne pas diffuser ni laisser à la vue du groupe ; à détruire après la session.")
NO_NEEDS = "Aucun besoin spécifique signalé dans les grilles reçues ni à l'inscription."
#: Questions of the shipped needs grid (forms/besoins.toml) and where the fiche puts them. A copy of
#: the template keeping these ids keeps its answers on the fiche; other sensitive questions go to
#: the specific needs under their own label.
FUNCTION = "fonction"
EXPECTATIONS = {"motivation": "Ce qui l'amène", "attentes": "Attentes",
                "situations_a_traiter": "Situations à aborder"}
EXPERIENCE = ("experience_sujet", "formation_anterieure")
CONSTRAINTS = ("contraintes",)
NEEDS_PHRASES = {"besoins_specifiques": "Besoins particuliers",
                 "contact_referent_handicap": "Souhaite en parler avec le ou la référent·e handicap "
                                              "avant la formation"}
WEEKDAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
RED: tuple[float, float, float] = (0.70, 0.18, 0.16)


# --- the facts ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BriefPerson:
    registration_id: int
    name: str  # "DUPONT Marie"
    structure: str
    status: str
    function: str
    answered_on: date | None
    #: Where the needs grid is: "reçue le 04/03/2026", "envoyée le 02/03/2026, sans réponse"…
    grid: str
    #: (what, text): motivation, expectations, situations to address.
    expectations: tuple[tuple[str, str], ...]
    experience: tuple[str, ...]
    constraints: tuple[str, ...]
    specific_needs: tuple[str, ...]

    @property
    def answered(self) -> bool:
        return self.answered_on is not None


@dataclass(frozen=True)
class TrainerBrief:
    issuer: Issuer
    course_title: str
    course_code: str
    session_code: str
    start: date
    end: date
    days: tuple[str, ...]
    duration: str
    place: str
    trainers: tuple[str, ...]
    objectives: tuple[str, ...]
    people: tuple[BriefPerson, ...]
    made: date

    @property
    def answered(self) -> list[BriefPerson]:
        return [p for p in self.people if p.answered]

    @property
    def waiting(self) -> list[BriefPerson]:
        return [p for p in self.people if not p.answered]

    @property
    def with_needs(self) -> list[BriefPerson]:
        return [p for p in self.people if p.specific_needs]

    @property
    def group_line(self) -> str:
        """'6 participant·es · 4 grilles d'analyse des besoins reçues, 2 en attente'"""
        n, got = len(self.people), len(self.answered)
        line = f"{n} participant·e{'s' if n > 1 else ''} · {got} grille{'s' if got > 1 else ''} " \
               f"d'analyse des besoins reçue{'s' if got > 1 else ''}"
        return line + (f", {n - got} en attente" if n > got else "")

    @property
    def reference(self) -> str:
        return f"Fiche formateur · session {self.session_code} · {CONFIDENTIAL} · préparée le " \
               f"{frenchfmt.short_date(self.made)}"


def gather(db: Database, session_id: int, made: date | None = None) -> TrainerBrief:
    grids = _needs_responses(db, session_id)
    with db.session() as s:
        session = get_or_404(s, TrainingSession, session_id, "Session")
        query = (select(Registration).join(Participant)
                 .where(Registration.session_id == session_id,
                        Registration.status.not_in([status.value for status in NOT_ASKED]))
                 .options(selectinload(Registration.participant).selectinload(Participant.structure))
                 .order_by(Participant.last_name, Participant.first_name, Registration.id))
        people = tuple(_person(r, grids.get(r.id)) for r in s.scalars(query))
        slots = [SlotTimes(x.day, x.start_time, x.end_time) for x in session.slots]
        return TrainerBrief(
            issuer=gather_issuer(db), course_title=session.course.title,
            course_code=session.course.code, session_code=session.code, start=session.start_date,
            end=session.end_date, days=tuple(_day_lines(slots)),
            duration=hours_phrase(sum(slot.minutes for slot in slots)) if slots else "",
            place=", ".join(part for part in (session.place, session.address) if part),
            trainers=tuple(t.full_name for t in session.trainers),
            objectives=tuple(o.text for o in session.course.objectives), people=people,
            made=made or date.today())


def _day_lines(slots: list[SlotTimes]) -> list[str]:
    """'jeu. 12/03 : 09h00–12h30, 13h30–17h00', one line a day."""
    days: dict[date, list[str]] = {}
    for slot in sorted(slots):
        times = f"{frenchfmt.clock(slot.start)}–{frenchfmt.clock(slot.end)}"
        days.setdefault(slot.day, []).append(times)
    return [f"{WEEKDAYS[day.weekday()]} {day:%d/%m} : {', '.join(times)}" for day, times in days.items()]


def _needs_responses(db: Database, session_id: int) -> dict[int, Response]:
    """Each registration's needs grid: the latest answered one, else the latest prepared."""
    query = (select(FormResponse.id)
             .join(FormVersion, FormVersion.id == FormResponse.form_version_id)
             .where(FormResponse.session_id == session_id, FormVersion.kind == FormKind.NEEDS.value,
                    FormResponse.registration_id.is_not(None))
             .order_by(FormResponse.id))
    with db.session() as s:
        ids = list(s.scalars(query))
    found: dict[int, Response] = {}
    for response in (forms_store.get_response(db, i) for i in ids):
        assert response.registration_id is not None
        known = found.get(response.registration_id)
        if known is None or response.status is ResponseState.ANSWERED \
                or known.status is not ResponseState.ANSWERED:
            found[response.registration_id] = response
    return found


def _person(registration: Registration, grid: Response | None) -> BriefPerson:
    person = registration.participant
    name = f"{person.last_name.upper()} {person.first_name}".strip()
    structure = person.structure.name if person.structure else ""
    noted = [f"Noté à l'inscription : {person.specific_needs.strip()}"] \
        if person.specific_needs.strip() else []
    if grid is None or grid.status is not ResponseState.ANSWERED:
        return BriefPerson(registration.id, name, structure, person.status.label, "", None,
                           _grid_state(grid), (), (), (), tuple(noted))
    template, answers = grid.template, grid.answers
    answered_on = grid.answered_at.date() if grid.answered_at else date.min
    expectations = tuple((what, text) for qid, what in EXPECTATIONS.items()
                         if (text := _text(template, answers, qid)))
    return BriefPerson(
        registration.id, name, structure, person.status.label, _text(template, answers, FUNCTION),
        answered_on, f"reçue le {frenchfmt.short_date(answered_on)}" if grid.answered_at else "reçue",
        expectations, tuple(t for qid in EXPERIENCE if (t := _text(template, answers, qid))),
        tuple(t for qid in CONSTRAINTS if (t := _text(template, answers, qid))),
        tuple(_needs(template, answers)) + tuple(noted))


def _grid_state(grid: Response | None) -> str:
    if grid is None:
        return "grille non préparée"
    if grid.status is ResponseState.TO_SEND:
        return "grille pas encore envoyée"
    sent = f"envoyée le {frenchfmt.short_date(grid.sent_at.date())}" if grid.sent_at else "envoyée"
    if grid.reminded_at:
        sent += f", relancée le {frenchfmt.short_date(grid.reminded_at.date())}"
    return f"{sent}, sans réponse"


def _question(template: Template, question_id: str) -> Question | None:
    try:
        return template.question(question_id)
    except KeyError:
        return None


def _text(template: Template, answers: Mapping[str, JsonValue], question_id: str) -> str:
    """An answer as a phrase: text as typed, a choice, « Oui — comment », a list of choices."""
    question = _question(template, question_id)
    if question is None or question.is_matrix:
        return ""
    value = answers.get(question.id)
    comment = answers.get(field_id(question.id, None, COMMENT))
    if question.type is QuestionType.YES_NO and value is not None:
        text = "Oui" if value is True else "Non"
        if question.id == "formation_anterieure":
            text = "A déjà suivi une formation sur le sujet" if value is True else \
                "Première formation sur le sujet"
    elif isinstance(value, list):
        text = ", ".join(value)
    elif question.type is QuestionType.DATE and isinstance(value, str):
        text = frenchfmt.short_date(date.fromisoformat(value))
    else:
        text = "" if value is None else str(value)
    if isinstance(comment, str) and comment.strip():
        text = f"{text} — {comment.strip()}" if text else comment.strip()
    return text


def _needs(template: Template, answers: Mapping[str, JsonValue]) -> Iterable[str]:
    """The sensitive answers that say something: a yes (with its comment), a text."""
    for question in template.questions():
        if not question.sensitive or question.is_matrix:
            continue
        value = answers.get(question.id)
        comment = answers.get(field_id(question.id, None, COMMENT))
        detail = comment.strip() if isinstance(comment, str) else ""
        what = NEEDS_PHRASES.get(question.id, question.label.rstrip(" ?:"))
        if question.type is QuestionType.YES_NO:
            if value is True:
                yield f"{what} : {detail}" if detail else what
        elif (text := _text(template, answers, question.id)) and text != "Non":
            yield f"{what} : {text}"


# --- the PDF --------------------------------------------------------------------------------------

CELL = ParagraphStyle("brief-cell", parent=P.TIGHT, fontSize=8.5, leading=10.8)
NAME = ParagraphStyle("brief-name", parent=CELL, fontName=BOLD)
NEED = ParagraphStyle("brief-need", parent=P.TIGHT, fontSize=9, leading=11.5)
BANNER = ParagraphStyle("brief-banner", parent=P.TIGHT, fontName=BOLD, fontSize=10, leading=13,
                        textColor=Color(*RED))
HEAD = ParagraphStyle("brief-head", parent=P.LABEL, fontName=BOLD, fontSize=8, leading=10,
                      textColor=(0.10, 0.11, 0.14))
HEADING = ParagraphStyle("brief-heading", parent=P.HEADING, fontSize=10.5, spaceBefore=8,
                         spaceAfter=3, keepWithNext=0)
BANNER_NOTE = ParagraphStyle("brief-banner-note", parent=P.SMALL, fontSize=7.5, leading=9.5)


def brief_pdf(db: Database, session_id: int, made: date | None = None) -> bytes:
    return render(gather(db, session_id, made))


def render(brief: TrainerBrief) -> bytes:
    register_fonts()  # before the first Paragraph: its style names the DejaVu fonts
    story: list[Flowable] = [
        *P.title(TITLE, f"{brief.course_title} — session {brief.session_code}", size=16,
                 compact=True),
        _banner(), Spacer(1, 4), _facts(_rows(brief)),
        *_heading("Le groupe"), _group(brief),
        *_heading("Besoins spécifiques à prendre en compte"), *_needs_story(brief),
    ]
    if brief.answered:
        story += [*_heading("Attentes et expérience du sujet"), _expectations(brief)]
    if brief.waiting:
        story += [*_heading("Pas encore de réponse à la grille d'analyse des besoins"),
                  *[P.para(f"{P.b(p.name)} — {P.esc(p.grid)}", CELL) for p in brief.waiting],
                  P.para(P.esc("Leurs besoins restent à recueillir : une relance, ou un échange au "
                               "début de la formation."), P.SMALL)]
    title = f"Fiche formateur — {brief.course_title}, session {brief.session_code}"
    return build_referenced_pdf(story, brief.issuer, brief.reference, title=title,
                                subject=CONFIDENTIAL)


def _heading(text: str) -> list[Flowable]:
    """A heading kept with a little of what follows, while a long table may still split after it."""
    return [CondPageBreak(70), P.para(P.esc(text), HEADING)]


def _facts(rows: list[tuple[str, str]]) -> Table:
    """The session's facts two by two (the longer ones on the left), the times across the page."""
    def cell(label: str, value: str) -> list[Flowable]:
        return [P.para(P.esc(label), P.LABEL), P.para(P.lines(value) or "—", CELL)]

    by_label = dict(rows)
    pairs = [("Formation", "Session"), ("Dates", "Formateur·rice"), ("Lieu", "Groupe")]
    data = [cell(left, by_label[left]) + cell(right, by_label[right]) for left, right in pairs]
    data.append(cell("Horaires", by_label["Horaires"].replace("\n", " · ")) + ["", ""])
    table = Table(data, colWidths=[58, 212, 82, WIDTH - 352], hAlign="LEFT")
    table.setStyle(P.table_style([
        ("SPAN", (1, -1), (-1, -1)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, (0.72, 0.74, 0.78)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return table


def _banner() -> Table:
    table = Table([[[P.para(P.esc(CONFIDENTIAL.upper()), BANNER),
                     P.para(P.esc(CONFIDENTIAL_NOTE), BANNER_NOTE)]]], colWidths=[WIDTH])
    table.setStyle(P.table_style([
        ("BOX", (0, 0), (-1, -1), 0.8, Color(*RED)),
        ("LINEBEFORE", (0, 0), (0, -1), 4, Color(*RED)),
        ("BACKGROUND", (0, 0), (-1, -1), Color(0.99, 0.95, 0.94)),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _rows(brief: TrainerBrief) -> list[tuple[str, str]]:
    when = frenchfmt.date_range(brief.start, brief.end)
    if brief.duration:
        when += f" ({brief.duration})"
    return [("Formation", f"{brief.course_title} ({brief.course_code})"),
            ("Session", brief.session_code),
            ("Dates", when), ("Formateur·rice", ", ".join(brief.trainers) or "—"),
            ("Horaires", "\n".join(brief.days) or "—"), ("Lieu", brief.place or "—"),
            ("Groupe", brief.group_line)]


def _group(brief: TrainerBrief) -> Flowable:
    if not brief.people:
        return P.para(P.esc("Personne n'est inscrit pour l'instant."), CELL)
    rows = [[P.para(P.esc(p.name), NAME), *(P.para(P.esc(text), CELL) for text in
                                           (p.structure or "—", p.status, p.function or "—", p.grid))]
            for p in brief.people]
    return _table(["Participant·e", "Structure", "Statut", "Fonction", "Grille des besoins"], rows,
                  [0.19, 0.24, 0.14, 0.18, 0.25])


def _table(header: list[str], rows: list[list[Flowable]], shares: list[float]) -> Table:
    """A compact grid: shaded header, light rules, 8.5-point text."""
    head = [P.para(P.esc(text), HEAD) for text in header]
    table = Table([head, *rows], colWidths=[WIDTH * share for share in shares], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(P.table_style([
        ("BACKGROUND", (0, 0), (-1, 0), (0.91, 0.93, 0.96)),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, (0.11, 0.24, 0.42)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, (0.72, 0.74, 0.78)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return table


def _needs_story(brief: TrainerBrief) -> list[Flowable]:
    if not brief.with_needs:
        return [P.para(P.esc(NO_NEEDS), CELL)]
    rows = [[P.para(P.esc(p.name), NAME),
             P.para("<br/>".join(P.esc(need) for need in p.specific_needs), NEED)]
            for p in brief.with_needs]
    table = Table(rows, colWidths=[WIDTH * 0.19, WIDTH * 0.81], hAlign="LEFT")
    table.setStyle(P.table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, Color(*RED)),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, Color(0.85, 0.80, 0.80)),
        ("BACKGROUND", (0, 0), (-1, -1), Color(0.995, 0.975, 0.97)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [table]


def _expectations(brief: TrainerBrief) -> Flowable:
    rows = []
    for p in brief.answered:
        expectations = "<br/>".join(f"<b>{P.esc(what)} :</b> {P.lines(text)}"
                                    for what, text in p.expectations) or "—"
        rows.append([P.para(P.esc(p.name), NAME),
                     P.para("<br/>".join(P.lines(t) for t in p.experience) or "—", CELL),
                     P.para(expectations, CELL),
                     P.para("<br/>".join(P.lines(t) for t in p.constraints) or "—", CELL)])
    return _table(["Participant·e", "Expérience du sujet", "Attentes", "Contraintes"], rows,
                  [0.17, 0.22, 0.43, 0.18])


# --- the Word document ----------------------------------------------------------------------------

def brief_docx(db: Database, session_id: int, made: date | None = None) -> bytes:
    return render_docx(gather(db, session_id, made))


def docx_context(brief: TrainerBrief) -> dict[str, Any]:
    return {
        "subtitle": f"{brief.course_title} — session {brief.session_code}",
        "confidential": CONFIDENTIAL.upper(),
        "confidential_note": CONFIDENTIAL_NOTE,
        "rows": [{"label": label, "value": value} for label, value in _rows(brief)],
        "people": [{"name": p.name, "structure": p.structure or "—", "status": p.status,
                    "function": p.function or "—", "grid": p.grid} for p in brief.people],
        "needs": [{"name": p.name, "text": "\n".join(p.specific_needs)} for p in brief.with_needs],
        "no_needs": NO_NEEDS,
        "answered": [{"name": p.name, "experience": "\n".join(p.experience) or "—",
                      "expectations": "\n".join(f"{what} : {text}" for what, text in p.expectations)
                      or "—", "constraints": "\n".join(p.constraints) or "—"}
                     for p in brief.answered],
        "waiting": [{"name": p.name, "grid": p.grid} for p in brief.waiting],
        "reference": brief.reference.replace(f" · {CONFIDENTIAL}", ""),
    }


def render_docx(brief: TrainerBrief) -> bytes:
    made = datetime.combine(brief.made, time(0, 0))
    stamp = Stamp("FF", brief.made.year, 0, 1, "", made)  # no register number: for the org's tags
    return docx_render.render(
        TEMPLATE, docx_context(brief), brief.issuer, stamp, subject=CONFIDENTIAL,
        title=f"Fiche formateur — {brief.course_title}, session {brief.session_code}")


def template_body(doc: DocumentObject) -> None:
    """The body of fiche-formateur.docx; the tags are the keys of `docx_context`."""
    title(doc, TITLE, "{{ subtitle }}")
    banner = para(doc, "*{{ confidential }}*")
    banner.runs[0].font.color.rgb = RGBColor(0xB3, 0x2E, 0x29)
    banner.alignment = WD_ALIGN_PARAGRAPH.CENTER
    note = small(doc.add_paragraph(), "{{ confidential_note }}")
    note.alignment = WD_ALIGN_PARAGRAPH.CENTER
    note.paragraph_format.space_after = Pt(8)
    facts(doc)
    doc.add_paragraph("Le groupe", style="Heading 2")
    table(doc, ["Participant·e", "Structure", "Statut", "Fonction", "Grille des besoins"],
          ["{{ p.name }}", "{{ p.structure }}", "{{ p.status }}", "{{ p.function }}", "{{ p.grid }}"],
          "p in people", [38, 40, 26, 34, 34])
    doc.add_paragraph("Besoins spécifiques à prendre en compte", style="Heading 2")
    tag(doc, "{%p if needs %}")
    tag(doc, "{%p for n in needs %}")
    para(doc, "*{{ n.name }}*", " : ", "{{ n.text }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p else %}")
    para(doc, "{{ no_needs }}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if answered %}")
    doc.add_paragraph("Attentes et expérience du sujet", style="Heading 2")
    table(doc, ["Participant·e", "Expérience du sujet", "Attentes", "Contraintes"],
          ["{{ a.name }}", "{{ a.experience }}", "{{ a.expectations }}", "{{ a.constraints }}"],
          "a in answered", [30, 38, 72, 32])
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if waiting %}")
    doc.add_paragraph("Pas encore de réponse à la grille d'analyse des besoins", style="Heading 2")
    tag(doc, "{%p for w in waiting %}")
    doc.add_paragraph("{{ w.name }} — {{ w.grid }}", style="List Bullet")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")
    # No register number nor verification code on this fiche: its footer says what it is.
    footer = doc.sections[0].footer.paragraphs[-1]
    for run in footer.runs:
        run.text = ""
    line = footer.add_run("CONFIDENTIEL · {{ reference }}")
    line.font.size, line.font.color.rgb, line.bold = Pt(8), NAVY, True


def build_template() -> DocumentObject:
    return docx_templates.build(template_body)


# --- files and the command ------------------------------------------------------------------------

def file_name(brief: TrainerBrief, fmt: str) -> str:
    """'2026-03-12_fonctionnement-associatif_fiche-formateur.pdf'"""
    return document_name(brief.start, brief.course_title, "", TEMPLATE, 1, fmt)


def write(db: Database, session_id: int, out: Path, made: date | None = None) -> Path:
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        out.write_bytes(brief_pdf(db, session_id, made))
    elif suffix == ".docx":
        out.write_bytes(brief_docx(db, session_id, made))
    else:
        raise FormationError(f"« {out.name} » : le fichier doit finir par .pdf ou par .docx.")
    return out


def run(args: argparse.Namespace, database: Path) -> int:
    """`formation forms brief --session CODE --out FICHIER.pdf|.docx`."""
    from formation.documents.form_commands import session_id

    with Database.open(database, write=False, daily_backup=False) as db:
        path = write(db, session_id(db, args.session), Path(args.out))
    print(f"Fiche formateur écrite : {path} ({CONFIDENTIAL.lower()}).")
    return 0


def main() -> int:
    """Write the shipped template (or into the folder given)."""
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else resource("templates")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{TEMPLATE}.docx"
    build_template().save(str(path))
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
