"""The page of a questionnaire PDF: the house letterhead and footer, the questionnaire's number and
'Page n / N' at the bottom (a questionnaire is not an issued document: no register number)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import partial

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import (  # type: ignore[import-untyped, unused-ignore]
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from formation.documents import pdf_page
from formation.documents.fonts import REGULAR, register_fonts
from formation.documents.issuer import Issuer
from formation.documents.pdf_page import (
    FRAME_BOTTOM,
    FRAME_TOP,
    MARGIN_X,
    PAGE_H,
    WIDTH,
)


def build_form_pdf(story: Sequence[Flowable], issuer: Issuer, reference: str, *, title: str,
                   subject: str) -> bytes:
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
                                       onPage=partial(pdf_page.decorate, issuer))])
    doc.build(list(story), canvasmaker=partial(pdf_page.NumberedCanvas, reference=reference))
    return buffer.getvalue()
