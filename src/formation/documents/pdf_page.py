"""The page every issued PDF shares: A4, letterhead, footer with SIRET, NDA and the reference.

A document module builds a platypus story; `build_pdf` lays it out on pages that carry the
organisation's identity, the document's reference and verification code, and 'Page n / N'.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import (  # type: ignore[import-untyped, unused-ignore]
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from formation.documents.fonts import BOLD, REGULAR, register_fonts
from formation.documents.issuer import Issuer, Stamp

PAGE_W, PAGE_H = A4
MARGIN_X = 52.0
RIGHT = PAGE_W - MARGIN_X
WIDTH = RIGHT - MARGIN_X
TOP = PAGE_H - 34.0
LETTERHEAD_H = 60.0
FOOTER_TOP = 50.0  # the footer's rule; the story stops above it
FRAME_TOP = TOP - LETTERHEAD_H - 6
FRAME_BOTTOM = FOOTER_TOP + 10

Colour = tuple[float, float, float]
INK: Colour = (0.10, 0.11, 0.14)
MUTED: Colour = (0.40, 0.42, 0.46)
ACCENT: Colour = (0.11, 0.24, 0.42)
RULE: Colour = (0.72, 0.74, 0.78)


def build_pdf(story: Sequence[Flowable], issuer: Issuer, stamp: Stamp, *, title: str,
              subject: str) -> bytes:
    """An issued document: its register number and verification code at the foot of each page."""
    reference = f"Réf. {stamp.reference} · code de vérification {stamp.display_code}"
    return build_referenced_pdf(story, issuer, reference, title=title, subject=subject)


def build_referenced_pdf(story: Sequence[Flowable], issuer: Issuer, reference: str, *, title: str,
                         subject: str) -> bytes:
    """Any PDF of the house (letterhead, footer), `reference` and 'Page n / N' at the foot of each
    page: a questionnaire's number, a report's scope… for what is not an issued document."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=PAGE_H - FRAME_TOP, bottomMargin=FRAME_BOTTOM, title=title,
        author=issuer.name, subject=subject, creator="Formation", invariant=1,
        pageCompression=1, initialFontName=REGULAR, initialFontSize=10, lang="fr-FR")
    frame = Frame(MARGIN_X, FRAME_BOTTOM, WIDTH, FRAME_TOP - FRAME_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                       onPage=partial(decorate, issuer))])
    doc.build(list(story), canvasmaker=partial(NumberedCanvas, reference=reference))
    return buffer.getvalue()


class NumberedCanvas(Canvas):  # type: ignore[misc, unused-ignore]
    """Holds the pages back until the end, so that each can say 'Page n / N' and the reference."""

    def __init__(self, *args: Any, reference: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._reference = reference
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _draw_reference(self, self._reference, number, total)
            super().showPage()
        super().save()


# --- what is drawn on every page ------------------------------------------------------------------

def decorate(issuer: Issuer, c: Canvas, _doc: BaseDocTemplate) -> None:
    c.saveState()
    _draw_letterhead(c, issuer)
    _draw_footer(c, issuer)
    c.restoreState()


def _draw_letterhead(c: Canvas, org: Issuer) -> None:
    x = MARGIN_X
    logo = image_reader(org.logo)
    if logo is not None:
        w, h = fit(logo, 110, LETTERHEAD_H - 10)
        c.drawImage(logo, MARGIN_X, TOP - h, w, h, mask="auto")
        x = MARGIN_X + w + 12
    right = [line for line in (org.qualiopi_line, "Organisme de formation") if line]
    right_w = max(stringWidth(line, REGULAR, 7.5) for line in right)
    room = RIGHT - x - right_w - 14
    text(c, x, TOP - 12, org.name or "Organisme de formation", BOLD,
         fit_size(org.name, BOLD, 13, room, 8), ACCENT)
    for i, line in enumerate(t for t in (org.address, org.contact) if t):
        text(c, x, TOP - 26 - i * 10.5, line, REGULAR, fit_size(line, REGULAR, 8.5, room, 6), MUTED)
    for i, line in enumerate(right):
        text(c, RIGHT, TOP - 12 - i * 10, line, REGULAR, 7.5, MUTED, align="right")
    y = TOP - LETTERHEAD_H + 4
    c.setStrokeColorRGB(*ACCENT)
    c.setLineWidth(1.1)
    c.line(MARGIN_X, y, RIGHT, y)


def _draw_footer(c: Canvas, org: Issuer) -> None:
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN_X, FOOTER_TOP, RIGHT, FOOTER_TOP)
    first = " · ".join(part for part in (org.name, org.address) if part)
    lines = [first, " · ".join(org.legal_lines)]
    for i, line in enumerate(t for t in lines if t):
        text(c, PAGE_W / 2, FOOTER_TOP - 10 - i * 9, line, REGULAR,
             fit_size(line, REGULAR, 7, WIDTH, 5.5), MUTED, align="center")


def _draw_reference(c: Canvas, reference: str, number: int, total: int) -> None:
    c.saveState()
    text(c, MARGIN_X, 16, reference, REGULAR, 7, MUTED)
    text(c, RIGHT, 16, f"Page {number} / {total}", BOLD, 7.5, INK, align="right")
    c.restoreState()


# --- drawing helpers, shared with the flowables ------------------------------------------------------

def text(c: Canvas, x: float, y: float, value: str, font: str, size: float, colour: Colour,
         *, align: str = "left") -> None:
    c.setFillColorRGB(*colour)
    c.setFont(font, size)
    if align == "center":
        c.drawCentredString(x, y, value)
    elif align == "right":
        c.drawRightString(x, y, value)
    else:
        c.drawString(x, y, value)


def fit_size(value: str, font: str, size: float, width: float, smallest: float) -> float:
    """The largest size, from `size` down to `smallest`, at which `value` fits in `width`."""
    while size > smallest and stringWidth(value, font, size) > width:
        size -= 0.25
    return size


def image_reader(data: bytes | None) -> ImageReader | None:
    """The image, or None when there is none or it cannot be read (a broken logo is left out)."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
        return reader
    except (OSError, ValueError, SyntaxError):
        return None


def fit(image: ImageReader, width: float, height: float) -> tuple[float, float]:
    """The image's size scaled to fit the box, ratio kept."""
    iw, ih = image.getSize()
    scale = min(width / iw, height / ih) if iw and ih else 0
    return iw * scale, ih * scale
