"""The attendance sheet (feuille d'émargement) of a session, as a PDF: one page per day.

A sheet an auditor or a funder accepts shows the organisation (name, NDA), the course title
exactly as in the catalogue, the dates, the times of each half-day, the place, the trainers
with their signature per half-day, each participant's signature per half-day, and absences.

Two versions: `blank`, printed before the day and signed in ink, and filled, which draws the
signatures captured in the app with their time, the statuses recorded, and the hours attended.
Data in (attendance_data.gather), bytes out (render); each part of the page has its function.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.utils import simpleSplit  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped, unused-ignore]

from formation.core import frenchfmt
from formation.core.attendance import Mark
from formation.core.enums import Presence
from formation.core.planning import SlotTimes
from formation.documents import pdf_page
from formation.documents.attendance_data import (
    Cell,
    Day,
    Letterhead,
    ParticipantLine,
    SheetData,
    TrainerLine,
    gather,
)
from formation.documents.fonts import BOLD, REGULAR, register_fonts
from formation.documents.issuer import legal_lines, qualiopi_line
from formation.storage.database import Database

__all__ = ["attendance_sheet_pdf", "render"]

# --- geometry (points; A4 portrait holds 12 participants × 2 half-days with room to sign) -----

PAGE_W, PAGE_H = A4
LEFT = RIGHT_MARGIN = 40.0
RIGHT = PAGE_W - RIGHT_MARGIN
WIDTH = RIGHT - LEFT
TOP = PAGE_H - 34.0
BOTTOM = 54.0  # lowest point of the content; the footer sits below
FOOTER_RULE = 44.0

LETTERHEAD_H = 54.0
TITLE_H = 30.0
LABEL_W = 96.0
LEADING = 12.5
BAND_H = 21.0

NUM_W = 20.0
NAME_W = 168.0
HEADER_H = 30.0
ROW_H = 38.0
TRAINER_H = 40.0

SUMMARY_HEADER_H = 26.0
SUMMARY_ROW_H = 17.0

# --- colours (print well in black and white too) -----------------------------------------------

Colour = tuple[float, float, float]
INK: Colour = (0.10, 0.11, 0.14)
MUTED: Colour = (0.40, 0.42, 0.46)
ACCENT: Colour = (0.11, 0.24, 0.42)
GRID: Colour = (0.55, 0.57, 0.60)
FRAME: Colour = (0.20, 0.22, 0.26)
HEAD_FILL: Colour = (0.90, 0.92, 0.95)
BAND_FILL: Colour = (0.93, 0.95, 0.98)
TRAINER_FILL: Colour = (0.955, 0.96, 0.97)
ABSENT_FILL: Colour = (0.965, 0.965, 0.965)
ABSENT_INK: Colour = (0.62, 0.10, 0.10)
LATE_INK: Colour = (0.58, 0.33, 0.00)

MENTION = "Signature par demi-journée, à l'encre ou électronique (horodatée)."


def attendance_sheet_pdf(db: Database, session_id: int, *, blank: bool,
                         now: datetime | None = None) -> bytes:
    """The sheet of a session: blank to sign on paper, or filled with what was recorded."""
    return render(gather(db, session_id, blank=blank, now=now))


# --- the plan: which rows go on which page -----------------------------------------------------

@dataclass(frozen=True)
class _Page:
    day_index: int | None  # None: a page holding only the hours summary
    rows: tuple[ParticipantLine, ...] = ()
    first_number: int = 1
    continued: bool = False
    summary: bool = False


def render(data: SheetData) -> bytes:
    register_fonts()
    pages = _plan(data)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1, initialFontName=REGULAR)
    c.setTitle(f"Feuille d'émargement — {data.course_title} — {data.session_code}")
    c.setAuthor(data.organisation.name)
    c.setSubject("Feuille d'émargement vierge" if data.blank else "Feuille d'émargement remplie")
    c.setCreator("Formation")
    for number, page in enumerate(pages, start=1):
        _draw_page(c, data, page, number, len(pages))
        c.showPage()
    c.save()
    return buffer.getvalue()


def _plan(data: SheetData) -> list[_Page]:
    top = TOP - _header_height(data)
    pages: list[_Page] = []
    for index, day in enumerate(data.days):
        room = top - BOTTOM - BAND_H - 6 - HEADER_H - TRAINER_H * len(day.trainers)
        per_page = max(1, int(room // ROW_H))
        people = day.participants
        count = -(-len(people) // per_page)
        per_page = -(-len(people) // count) if count else per_page  # balanced: 10 + 10, not 12 + 8
        chunks = [people[i:i + per_page] for i in range(0, len(people), per_page)] or [()]
        for k, chunk in enumerate(chunks):
            pages.append(_Page(index, chunk, k * per_page + 1, continued=k > 0))
    if data.hours:
        last = pages[-1] if pages else None
        if last is not None and _room_left(data, last, top) >= _summary_height(data):
            pages[-1] = _Page(last.day_index, last.rows, last.first_number, last.continued, True)
        else:
            pages.append(_Page(None, summary=True))
    return pages or [_Page(None)]


def _room_left(data: SheetData, page: _Page, top: float) -> float:
    assert page.day_index is not None
    day = data.days[page.day_index]
    used = BAND_H + 6 + HEADER_H + ROW_H * len(page.rows) + TRAINER_H * len(day.trainers)
    return top - used - BOTTOM


# --- one page ------------------------------------------------------------------------------------

def _draw_page(c: Canvas, data: SheetData, page: _Page, number: int, total: int) -> None:
    y = _draw_letterhead(c, data.organisation, TOP)
    y = _draw_title(c, data, y)
    y = _draw_course(c, data, y)
    if page.day_index is not None:
        day = data.days[page.day_index]
        y = _draw_day_band(c, data, page, y)
        y = _draw_table(c, day, page, y, blank=data.blank)
    if page.summary:
        _draw_summary(c, data, y - (18 if page.day_index is not None else 0))
    _draw_footer(c, data, number, total)


def _header_height(data: SheetData) -> float:
    """The height of letterhead, title and course block: the same on every page."""
    lines = sum(len(value) for _, value, _ in _course_rows(data))
    return LETTERHEAD_H + TITLE_H + lines * LEADING + 10


def _draw_letterhead(c: Canvas, org: Letterhead, top: float) -> float:
    x = LEFT
    logo = _image(org.logo)
    if logo is not None:
        w, h = _fit(logo, 90, LETTERHEAD_H - 12)
        c.drawImage(logo, LEFT, top - h, w, h, mask="auto")
        x = LEFT + w + 10
    right_lines = [line for line in (org.contact, qualiopi_line(org.qualiopi)) if line]
    right_w = max((stringWidth(t, REGULAR, 7.5) for t in right_lines), default=0.0)
    name_w = RIGHT - x - right_w - 16
    _text(c, x, top - 10, org.name or "Organisme de formation", BOLD,
          _fit_size(org.name, BOLD, 11.5, name_w, 8), ACCENT)
    small = [org.address, *legal_lines(org.siret, org.nda)]
    for i, line in enumerate(t for t in small if t):
        _text(c, x, top - 23 - i * 9.5, line, REGULAR, _fit_size(line, REGULAR, 7.5, name_w, 6),
              MUTED)
    for i, line in enumerate(right_lines):
        _text(c, RIGHT, top - 10 - i * 9.5, line, REGULAR, 7.5, MUTED, align="right")
    y = top - LETTERHEAD_H + 6
    c.setStrokeColorRGB(*ACCENT)
    c.setLineWidth(1.2)
    c.line(LEFT, y, RIGHT, y)
    return y


def _draw_title(c: Canvas, data: SheetData, y: float) -> float:
    base = y - 24
    _text(c, LEFT, base, "Feuille d'émargement", BOLD, 17, INK)
    code_w = stringWidth(data.session_code, BOLD, 11)
    _text(c, RIGHT, base + 1, data.session_code, BOLD, 11, INK, align="right")
    _text(c, RIGHT - code_w - 4, base + 1, "Session", REGULAR, 8.5, MUTED, align="right")
    return y - TITLE_H


def _course_rows(data: SheetData) -> list[tuple[str, list[str], bool]]:
    """(label, wrapped lines, bold) for the course block; shared by layout and drawing."""
    width = WIDTH - LABEL_W
    days = len(data.days)
    when = frenchfmt.date_range(data.start, data.end)
    if days:
        when += f" · {days} jour{'s' if days > 1 else ''}"
        if days > 1 and not _consecutive(data):
            when += " : " + _listing([frenchfmt.short_date(d.day) for d in data.days])
    when += f" · {frenchfmt.hours(data.total_minutes)}"
    place = " — ".join(part for part in (data.place, data.address) if part) or "—"
    trainers = ", ".join(data.trainers) or "—"
    rows = [("Formation", data.course_title, True), ("Dates", when, False), ("Lieu", place, False),
            ("Formateur·rice" + ("s" if len(data.trainers) > 1 else ""), trainers, False)]
    return [(label, simpleSplit(value, BOLD if bold else REGULAR, 9.5 if bold else 9, width) or [""],
             bold) for label, value, bold in rows]


def _consecutive(data: SheetData) -> bool:
    ordinals = [d.day.toordinal() for d in data.days]
    return all(b - a == 1 for a, b in zip(ordinals, ordinals[1:], strict=False))


def _listing(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " et " + items[-1]


def _draw_course(c: Canvas, data: SheetData, y: float) -> float:
    y -= 2
    for label, lines, bold in _course_rows(data):
        _text(c, LEFT, y - 9, f"{label} :", REGULAR, 8, MUTED)
        for line in lines:
            _text(c, LEFT + LABEL_W, y - 9, line, BOLD if bold else REGULAR, 9.5 if bold else 9, INK)
            y -= LEADING
    return y - 8


def _draw_day_band(c: Canvas, data: SheetData, page: _Page, y: float) -> float:
    assert page.day_index is not None
    day = data.days[page.day_index]
    c.setFillColorRGB(*BAND_FILL)
    c.setStrokeColorRGB(*ACCENT)
    c.setLineWidth(0.8)
    c.rect(LEFT, y - BAND_H, WIDTH, BAND_H, stroke=0, fill=1)
    c.line(LEFT, y - BAND_H, LEFT, y)
    title = f"Journée du {frenchfmt.weekday_date(day.day)}" + (" (suite)" if page.continued else "")
    _text(c, LEFT + 8, y - 14, title, BOLD, 10.5, ACCENT)
    minutes = sum(slot.minutes for slot in day.slots)
    right = f"Jour {page.day_index + 1} sur {len(data.days)} · {frenchfmt.hours(minutes)}"
    _text(c, RIGHT - 8, y - 14, right, REGULAR, 8.5, INK, align="right")
    return y - BAND_H - 6


# --- the table ------------------------------------------------------------------------------------

def _columns(slots: int) -> list[float]:
    """x of each column's left edge, then the right edge: N°, name, one per half-day."""
    width = (WIDTH - NUM_W - NAME_W) / max(1, slots)
    return [LEFT, LEFT + NUM_W, *(LEFT + NUM_W + NAME_W + i * width for i in range(slots)), RIGHT]


def _draw_table(c: Canvas, day: Day, page: _Page, y: float, *, blank: bool) -> float:
    xs = _columns(len(day.slots))
    top = y
    y = _draw_table_header(c, day.slots, xs, y)
    for number, line in enumerate(page.rows, start=page.first_number):
        y = _draw_participant_row(c, line, number, xs, y)
    if not page.rows:
        _text(c, xs[1] + 6, y - ROW_H / 2 - 3, "Aucun·e participant·e inscrit·e.", REGULAR, 8.5, MUTED)
        _grid_row(c, xs, y, ROW_H)
        y -= ROW_H
    c.setStrokeColorRGB(*FRAME)
    c.setLineWidth(1.1)
    c.line(LEFT, y, RIGHT, y)  # the trainers' part starts here
    for trainer in day.trainers:
        y = _draw_trainer_row(c, trainer, xs, y, blank=blank)
    c.setStrokeColorRGB(*FRAME)
    c.setLineWidth(1.1)
    c.rect(LEFT, y, WIDTH, top - y, stroke=1, fill=0)
    return y


def _draw_table_header(c: Canvas, slots: Sequence[SlotTimes], xs: list[float], y: float) -> float:
    c.setFillColorRGB(*HEAD_FILL)
    c.rect(LEFT, y - HEADER_H, WIDTH, HEADER_H, stroke=0, fill=1)
    _grid_row(c, xs, y, HEADER_H)
    _text(c, (xs[0] + xs[1]) / 2, y - 18, "N°", BOLD, 7.5, INK, align="center")
    _text(c, xs[1] + 6, y - 13, "Participant·e", BOLD, 8.5, INK)
    _text(c, xs[1] + 6, y - 23, "NOM Prénom", REGULAR, 7, MUTED)
    for i, slot in enumerate(slots):
        middle = (xs[i + 2] + xs[i + 3]) / 2
        _text(c, middle, y - 13, _slot_label(slot), BOLD, 8.5, INK, align="center")
        times = (f"{frenchfmt.clock(slot.start)}–{frenchfmt.clock(slot.end)} "
                 f"({frenchfmt.hours(slot.minutes)})")
        _text(c, middle, y - 23, times, REGULAR, 7.5, INK, align="center")
    return y - HEADER_H


def _slot_label(slot: SlotTimes) -> str:
    return "Matin" if slot.is_morning else "Après-midi"


def _draw_participant_row(c: Canvas, line: ParticipantLine, number: int, xs: list[float],
                          y: float) -> float:
    _grid_row(c, xs, y, ROW_H)
    middle = y - ROW_H / 2 - 3
    _text(c, (xs[0] + xs[1]) / 2, middle, str(number), REGULAR, 7.5, MUTED, align="center")
    _draw_name(c, line.name, xs[1] + 6, middle, xs[2] - xs[1] - 10, wrap=True)
    for i, cell in enumerate(line.cells):
        if cell is not None:
            _draw_cell(c, cell, xs[i + 2], y - ROW_H, xs[i + 3] - xs[i + 2], ROW_H)
    return y - ROW_H


def _draw_name(c: Canvas, name: str, x: float, y: float, width: float, *,
               wrap: bool = False) -> None:
    """'DUPONT Marie': the upper-case surname in bold, the first name in regular; a name too
    long for the column goes on two lines when `wrap`, else gets smaller."""
    words = name.split()
    cut = 0
    while cut < len(words) - 1 and words[cut].isupper():
        cut += 1
    last, first = " ".join(words[:cut]), " ".join(words[cut:])
    one_line = stringWidth(last + " ", BOLD, 9) + stringWidth(first, REGULAR, 9)
    if wrap and last and one_line > width * 1.15:
        _text(c, x, y + 5, last, BOLD, _fit_size(last, BOLD, 9, width, 6), INK)
        _text(c, x, y - 6, first, REGULAR, _fit_size(first, REGULAR, 9, width, 6), INK)
        return
    size = 9.0
    while size > 6.0 and (stringWidth(last + " ", BOLD, size)
                          + stringWidth(first, REGULAR, size)) > width:
        size -= 0.25
    if last:
        _text(c, x, y, last + " ", BOLD, size, INK)
        x += stringWidth(last + " ", BOLD, size)
    _text(c, x, y, first, REGULAR, size, INK)


def _draw_cell(c: Canvas, cell: Cell, x: float, y: float, w: float, h: float) -> None:
    """One signature box of the filled sheet: the signature and its time, or the status."""
    mark, signature = cell.mark, cell.signature
    status, ink = _status(mark, signed=signature is not None)
    if signature is None and mark is not None and not mark.status.attended:
        c.setFillColorRGB(*ABSENT_FILL)
        c.rect(x + 0.4, y + 0.4, w - 0.8, h - 0.8, stroke=0, fill=1)
        c.setStrokeColorRGB(0.80, 0.80, 0.80)
        c.setLineWidth(0.5)
        c.line(x + 6, y + 5, x + w - 6, y + h - 5)  # barred: nothing can be added later
        size = _fit_size(status, BOLD, 8.5, w - 10, 6)
        _text(c, x + w / 2, y + h / 2 - 3, status, BOLD, size, ink, align="center", halo=True)
        return
    captions: list[tuple[str, str, float, Colour]] = []
    if signature is not None and signature.signed_at is not None:
        captions.append((_signed_text(signature.signed_at), REGULAR, 6.5, MUTED))
    if status:
        captions.append((status, BOLD, 6.5, ink))
    for i, (text, font, size, colour) in enumerate(captions):
        _text(c, x + w / 2, y + 3.5 + i * 7.5, text, font, _fit_size(text, font, size, w - 6, 5),
              colour, align="center")
    if signature is not None:
        bottom = y + 4 + 7.5 * len(captions)
        _draw_signature(c, signature.png, x + 4, bottom, w - 8, y + h - 2 - bottom)


def _signed_text(when: datetime) -> str:
    """'signé le 12/03/2026 à 09h07'"""
    return f"signé le {frenchfmt.short_date(when.date())} à {frenchfmt.clock(when.time())}"


def _status(mark: Mark | None, *, signed: bool) -> tuple[str, Colour]:
    """What a box says besides the signature: 'En retard — arrivée 09h40', 'Absent·e'…"""
    if mark is None:
        return ("" if signed else "Non renseigné"), MUTED
    arrival, departure = frenchfmt.clock(mark.arrival), frenchfmt.clock(mark.departure)
    if mark.status == Presence.ABSENT:
        return "Absent·e", ABSENT_INK
    if mark.status == Presence.EXCUSED:
        return "Absence justifiée", INK
    if mark.status == Presence.LATE:
        text = f"En retard — arrivée {arrival}" if arrival else "En retard"
        return (text + (f", parti·e à {departure}" if departure else "")), LATE_INK
    if mark.status == Presence.LEFT_EARLY:
        text = f"Parti·e à {departure}" if departure else "Parti·e plus tôt"
        return (f"Arrivée {arrival}, " + text[0].lower() + text[1:] if arrival else text), LATE_INK
    parts = [f"arrivée {arrival}" if arrival else "", f"départ {departure}" if departure else ""]
    extra = ", ".join(p for p in parts if p)
    if not signed:
        return "Présent·e — non signé" + (f" ({extra})" if extra else ""), MUTED
    return (extra[0].upper() + extra[1:] if extra else ""), MUTED


def _draw_signature(c: Canvas, png: bytes | None, x: float, y: float, w: float, h: float) -> None:
    image = _image(png)
    if image is None:
        _text(c, x + w / 2, y + h / 2 - 3, "Signature illisible", REGULAR, 7, ABSENT_INK,
              align="center")
        return
    iw, ih = _fit(image, w, h)
    c.drawImage(image, x + (w - iw) / 2, y + (h - ih) / 2, iw, ih, mask="auto")


def _draw_trainer_row(c: Canvas, trainer: TrainerLine, xs: list[float], y: float, *,
                      blank: bool) -> float:
    c.setFillColorRGB(*TRAINER_FILL)
    c.rect(LEFT, y - TRAINER_H, xs[2] - LEFT, TRAINER_H, stroke=0, fill=1)
    c.setStrokeColorRGB(*GRID)
    c.setLineWidth(0.5)
    c.line(LEFT, y - TRAINER_H, RIGHT, y - TRAINER_H)
    for x in xs[2:-1]:
        c.line(x, y, x, y - TRAINER_H)
    _text(c, LEFT + 6, y - 16, "Formateur·rice :", REGULAR, 8, MUTED)
    if trainer.name:
        size = _fit_size(trainer.name, BOLD, 9, xs[2] - LEFT - 12, 6.5)
        _text(c, LEFT + 6, y - 30, trainer.name, BOLD, size, INK)
    else:
        c.setStrokeColorRGB(*GRID)
        c.setDash(1, 2)
        c.line(LEFT + 6, y - 32, xs[2] - 8, y - 32)
        c.setDash()
    for i, signature in enumerate(trainer.signatures):
        x, w = xs[i + 2], xs[i + 3] - xs[i + 2]
        if signature is not None:
            _draw_cell(c, Cell(None, signature), x, y - TRAINER_H, w, TRAINER_H)
        elif not blank:
            _text(c, x + w / 2, y - TRAINER_H / 2 - 3, "Non signé", REGULAR, 7.5, MUTED,
                  align="center")
    return y - TRAINER_H


def _grid_row(c: Canvas, xs: list[float], y: float, h: float) -> None:
    c.setStrokeColorRGB(*GRID)
    c.setLineWidth(0.5)
    c.line(LEFT, y - h, RIGHT, y - h)
    for x in xs[1:-1]:
        c.line(x, y, x, y - h)


# --- the hours summary (filled sheet, last page) -------------------------------------------------

def _summary_height(data: SheetData) -> float:
    return 18 + BAND_H + 6 + SUMMARY_HEADER_H + SUMMARY_ROW_H * (len(data.hours) + 1) + 22


def _summary_columns() -> list[float]:
    rest = (WIDTH - NUM_W - NAME_W) / 3
    return [LEFT, LEFT + NUM_W, *(LEFT + NUM_W + NAME_W + i * rest for i in range(3)), RIGHT]


def _draw_summary(c: Canvas, data: SheetData, y: float) -> float:
    c.setFillColorRGB(*BAND_FILL)
    c.rect(LEFT, y - BAND_H, WIDTH, BAND_H, stroke=0, fill=1)
    c.setStrokeColorRGB(*ACCENT)
    c.setLineWidth(0.8)
    c.line(LEFT, y - BAND_H, LEFT, y)
    _text(c, LEFT + 8, y - 14, "Récapitulatif des heures suivies", BOLD, 10.5, ACCENT)
    _text(c, RIGHT - 8, y - 14, f"Session complète · durée prévue {frenchfmt.hours(data.total_minutes)}",
          REGULAR, 8.5, INK, align="right")
    y -= BAND_H + 6
    xs = _summary_columns()
    top = y
    c.setFillColorRGB(*HEAD_FILL)
    c.rect(LEFT, y - SUMMARY_HEADER_H, WIDTH, SUMMARY_HEADER_H, stroke=0, fill=1)
    _grid_row(c, xs, y, SUMMARY_HEADER_H)
    heads = [("Heures suivies", f"sur {frenchfmt.hours(data.total_minutes)}"),
             ("Absences", "en demi-journées"), ("Absences justifiées", "en demi-journées")]
    _text(c, xs[1] + 6, y - 16, "Participant·e", BOLD, 8.5, INK)
    for i, (head, sub) in enumerate(heads):
        middle = (xs[i + 2] + xs[i + 3]) / 2
        _text(c, middle, y - 11, head, BOLD, 8, INK, align="center")
        _text(c, middle, y - 21, sub, REGULAR, 7, MUTED, align="center")
    y -= SUMMARY_HEADER_H
    for number, line in enumerate(data.hours, start=1):
        _grid_row(c, xs, y, SUMMARY_ROW_H)
        base = y - SUMMARY_ROW_H / 2 - 3
        _text(c, (xs[0] + xs[1]) / 2, base, str(number), REGULAR, 7.5, MUTED, align="center")
        _draw_name(c, line.name, xs[1] + 6, base, xs[2] - xs[1] - 10)
        values = [frenchfmt.hours(line.attended_minutes), str(line.absences), str(line.excused)]
        for i, value in enumerate(values):
            font = BOLD if i == 0 else REGULAR
            _text(c, (xs[i + 2] + xs[i + 3]) / 2, base, value, font, 9, INK, align="center")
        y -= SUMMARY_ROW_H
    c.setStrokeColorRGB(*FRAME)
    c.setLineWidth(1.1)
    c.line(LEFT, y, RIGHT, y)
    total = sum(line.attended_minutes for line in data.hours)
    base = y - SUMMARY_ROW_H / 2 - 3
    _text(c, xs[1] + 6, base, "Total des heures-stagiaires", BOLD, 8.5, INK)
    _text(c, (xs[2] + xs[3]) / 2, base, frenchfmt.hours(total), BOLD, 9, INK, align="center")
    y -= SUMMARY_ROW_H
    c.rect(LEFT, y, WIDTH, top - y, stroke=1, fill=0)
    _text(c, LEFT, y - 11, "Heures suivies : durée des demi-journées, moins les retards et les "
          "départs anticipés enregistrés.", REGULAR, 7, MUTED)
    return y - 14


# --- footer --------------------------------------------------------------------------------------

def _draw_footer(c: Canvas, data: SheetData, number: int, total: int) -> None:
    c.setStrokeColorRGB(*GRID)
    c.setLineWidth(0.5)
    c.line(LEFT, FOOTER_RULE, RIGHT, FOOTER_RULE)
    _text(c, LEFT, FOOTER_RULE - 11, MENTION, REGULAR, 7.5, INK)
    printed = data.printed_at
    who = " · ".join(part for part in (data.organisation.name, f"session {data.session_code}") if part)
    _text(c, LEFT, FOOTER_RULE - 21,
          f"{who} · édité le {frenchfmt.short_date(printed.date())} à {frenchfmt.clock(printed.time())}",
          REGULAR, 6.5, MUTED)
    _text(c, RIGHT, FOOTER_RULE - 11, f"Page {number} / {total}", BOLD, 8, INK, align="right")


# --- drawing helpers -----------------------------------------------------------------------------

def _text(c: Canvas, x: float, y: float, text: str, font: str, size: float, colour: Colour,
          *, align: str = "left", halo: bool = False) -> None:
    if halo:  # a white ground under text drawn across a line
        w = stringWidth(text, font, size)
        left = x - w / 2 if align == "center" else x - w if align == "right" else x
        c.setFillColorRGB(*ABSENT_FILL)
        c.rect(left - 3, y - 3, w + 6, size + 4, stroke=0, fill=1)
    pdf_page.text(c, x, y, text, font, size, colour, align=align)


# Shared with every PDF of Formation.
_fit_size, _image, _fit = pdf_page.fit_size, pdf_page.image_reader, pdf_page.fit

