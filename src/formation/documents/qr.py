"""The QR code printed on each issued document: it holds the verification code, nothing else.

ReportLab's own encoder gives the modules; they are drawn as squares on a PDF canvas, and as a
PNG (Pillow) for the Word documents, so no other QR library is needed.
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image
from reportlab.graphics.barcode import qrencoder  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Flowable  # type: ignore[import-untyped, unused-ignore]

QUIET = 2  # modules of white margin; the document's white page adds the rest


@lru_cache(maxsize=256)
def matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules, row by row, at error-correction level M."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    size = code.getModuleCount()
    return tuple(tuple(bool(code.isDark(r, c)) for c in range(size)) for r in range(size))


def draw(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The code as a `size`-point square whose lower-left corner is (x, y)."""
    rows = matrix(text)
    count = len(rows) + 2 * QUIET
    module = size / count
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(rows):
        top = y + size - (r + QUIET + 1) * module
        run_start = None
        for col, dark in enumerate((*row, False)):  # a light sentinel closes the last run
            if dark and run_start is None:
                run_start = col
            elif not dark and run_start is not None:
                # one rectangle per run of dark modules: fewer operators, no hairline gaps
                c.rect(x + (run_start + QUIET) * module, top, (col - run_start) * module,
                       module, stroke=0, fill=1)
                run_start = None
    c.restoreState()


def png(text: str, scale: int = 8) -> bytes:
    """The code as a black-and-white PNG, `scale` pixels a module, with its quiet zone."""
    rows = matrix(text)
    count = len(rows) + 2 * QUIET
    image = Image.new("1", (count, count), 1)
    for r, row in enumerate(rows):
        for col, dark in enumerate(row):
            if dark:
                image.putpixel((col + QUIET, r + QUIET), 0)
    buffer = io.BytesIO()
    image.resize((count * scale, count * scale), Image.Resampling.NEAREST).save(buffer, "PNG")
    return buffer.getvalue()


class QrFlowable(Flowable):  # type: ignore[misc, unused-ignore]
    """A QR code in a platypus story or table cell."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text, self.size = text, size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw(self.canv, self.text, 0, 0, self.size)
