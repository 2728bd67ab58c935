"""The building blocks of the issued PDFs: styles, titles, fact tables, lists, signature block.

Every text coming from the file goes through `esc`: a course called « R&D <avancé> » must print
as typed, not break the paragraph markup.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import (  # type: ignore[import-untyped, unused-ignore]
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from formation.documents.fonts import BOLD, REGULAR
from formation.documents.issuer import Issuer, Stamp
from formation.documents.pdf_page import ACCENT, INK, MUTED, RULE, WIDTH, fit, image_reader
from formation.documents.qr import QrFlowable
from formation.documents.wording import made_at, typo

BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14.5, textColor=INK)
TIGHT = ParagraphStyle("tight", parent=BODY, leading=13)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10.5, textColor=MUTED)
LABEL = ParagraphStyle("label", parent=BODY, fontSize=8.5, leading=12, textColor=MUTED)
TITLE = ParagraphStyle("title", parent=BODY, fontName=BOLD, fontSize=18, leading=22,
                       alignment=TA_CENTER, textColor=ACCENT)
SUBTITLE = ParagraphStyle("subtitle", parent=BODY, fontSize=9, leading=12, alignment=TA_CENTER,
                          textColor=MUTED)
HEADING = ParagraphStyle("heading", parent=BODY, fontName=BOLD, fontSize=11, leading=14,
                         textColor=ACCENT, spaceBefore=10, spaceAfter=4, keepWithNext=1)
CENTRED = ParagraphStyle("centred", parent=BODY, alignment=TA_CENTER)
BULLET = ParagraphStyle("bullet", parent=TIGHT, leftIndent=14, bulletIndent=3, spaceAfter=2,
                        bulletFontName=REGULAR)

CHECKED, UNCHECKED = "☒", "☐"


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style on DejaVu: a Table otherwise sets Helvetica (not embedded) on each cell."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR), *commands])


def esc(value: object) -> str:
    return escape(typo(str(value)))


def b(value: object) -> str:
    return f"<b>{esc(value)}</b>"


def para(markup: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(markup, style)


def lines(value: str) -> str:
    """Text typed on several lines, with its line breaks kept."""
    return "<br/>".join(esc(line) for line in value.strip().splitlines())


def title(text: str, subtitle: str = "", size: float = 18, *, compact: bool = False) -> list[Flowable]:
    style = TITLE if size == TITLE.fontSize else ParagraphStyle(
        "title-small", parent=TITLE, fontSize=size, leading=size * 1.25)
    parts: list[Flowable] = [Spacer(1, 4 if compact else 10), para(esc(text), style)]
    if subtitle:
        parts.append(para(esc(subtitle), SUBTITLE))
    parts += [Spacer(1, 2 if compact else 4),
              HRFlowable(width="22%", thickness=1.2, color=ACCENT, hAlign="CENTER",
                         spaceBefore=4, spaceAfter=8 if compact else 14)]
    return parts


def heading(text: str) -> Paragraph:
    return para(esc(text), HEADING)


def facts(rows: Sequence[tuple[str, str]], label_width: float = 150) -> Table:
    """Label / value lines with a light rule between them; values keep their line breaks."""
    data = [[para(esc(label), LABEL), para(lines(value) or "—", TIGHT)] for label, value in rows]
    table = Table(data, colWidths=[label_width, WIDTH - label_width], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (0, -1), 5),  # the smaller label on the value's baseline
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def grid(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
         *, align_right: Iterable[int] = (), total: bool = False) -> Table:
    """A table with a shaded header row, for hours, half-days, participants, prices;
    `total`: the last row is a total, in bold under a rule."""
    right = set(align_right)
    head = ParagraphStyle("head", parent=LABEL, fontName=BOLD, textColor=INK)
    cell = ParagraphStyle("cell", parent=TIGHT, fontSize=9.5, leading=12.5)
    last = ParagraphStyle("total", parent=cell, fontName=BOLD)

    def styled(base: ParagraphStyle, column: int) -> ParagraphStyle:
        return ParagraphStyle(f"{base.name}-r", parent=base, alignment=TA_RIGHT) if column in right \
            else base

    data = [[para(esc(text), styled(head, i)) for i, text in enumerate(header)]]
    data += [[para(lines(text), styled(last if total and n == len(rows) - 1 else cell, i))
              for i, text in enumerate(row)] for n, row in enumerate(rows)]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), (0.91, 0.93, 0.96)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if total:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    table.setStyle(table_style(style))
    return table


def bullets(items: Iterable[str], *, numbered: bool = False) -> list[Flowable]:
    return [Paragraph(esc(item), BULLET, bulletText=f"{n}." if numbered else "•")
            for n, item in enumerate(items, start=1)]


def checkboxes(options: Sequence[tuple[str, bool]]) -> list[Flowable]:
    return [para(f"{CHECKED if ticked else UNCHECKED}&nbsp;&nbsp;{esc(label)}",
                 ParagraphStyle("box", parent=TIGHT, leftIndent=18, spaceAfter=1.5))
            for label, ticked in options]


def signature_block(issuer: Issuer, stamp: Stamp, caption: Sequence[str], *,
                    verification: bool = True, place_line: bool = True,
                    image_height: float = 52) -> Flowable:
    """'Fait à …, le …' and the verification code on the left; the signatory on the right."""
    left: list[Flowable] = []
    if place_line:
        left += [para(esc(made_at(issuer.town, stamp.issued_at.date()))), Spacer(1, 10)]
    if verification:
        left.append(verification_box(issuer, stamp))
    right: list[Flowable] = [para("<br/>".join(esc(line) for line in caption), SMALL),
                             Spacer(1, 4), *signature_image(issuer.signature, height=image_height),
                             para(b(issuer.signatory) if issuer.signatory else "&nbsp;", TIGHT)]
    table = Table([[left, right]], colWidths=[WIDTH * 0.52, WIDTH * 0.48])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    return KeepTogether([Spacer(1, 12 if verification else 6), table])


def verification_box(issuer: Issuer, stamp: Stamp) -> Table:
    whom = f" ({issuer.email})" if issuer.email else ""
    note = (f"Document n° {b(stamp.reference)}<br/>Code de vérification : "
            f"<b>{esc(stamp.display_code)}</b><br/>Pour vérifier son authenticité, communiquez ce "
            f"code à {esc(issuer.name)}{esc(whom)}.")
    table = Table([[QrFlowable(stamp.code, 58), para(note, SMALL)]], colWidths=[64, WIDTH * 0.52 - 70])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def signature_image(png: bytes | None, width: float = 150, height: float = 52) -> list[Flowable]:
    reader = image_reader(png)
    if reader is None or png is None:
        return [Spacer(1, height)]
    w, h = fit(reader, width, height)
    return [Image(io.BytesIO(png), width=w, height=h, hAlign="LEFT")]


def footnotes(notes: Sequence[str]) -> Flowable:
    """Notes at the foot of the page, as on a printed form, whatever the body's length."""
    rule = HRFlowable(width="30%", thickness=0.5, color=RULE, hAlign="LEFT", spaceAfter=4)
    return AtPageFoot([rule, *(para(esc(note), SMALL) for note in notes)])


class AtPageFoot(Flowable):  # type: ignore[misc, unused-ignore]
    """Takes the rest of the frame and draws its flowables at the bottom of it."""

    def __init__(self, flowables: Sequence[Flowable], gap: float = 2) -> None:
        super().__init__()
        self.flowables, self.gap = list(flowables), gap
        self._sizes: list[tuple[float, float]] = []
        self._need = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._sizes = [f.wrap(available_width, available_height) for f in self.flowables]
        self._need = sum(h for _, h in self._sizes) + self.gap * len(self.flowables) + 8
        self.width, self.height = available_width, max(self._need, available_height)
        return self.width, self.height

    def draw(self) -> None:
        y = self._need
        for flowable, (_, h) in zip(self.flowables, self._sizes, strict=True):
            y -= h + self.gap
            flowable.drawOn(self.canv, 0, y)
