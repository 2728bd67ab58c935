"""The fonts every PDF uses: DejaVu Sans, shipped in resources/fonts and embedded in each file.

Helvetica, ReportLab's default, is not embedded: a reader without it substitutes another font,
and some lack "·" (participant·e) or "œ". An embedded TrueType font prints the same everywhere.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped, unused-ignore]

from formation.core.errors import FormationError
from formation.resources import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts with ReportLab, once per process; safe to call before each document."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = resource("fonts", filename)
            if not path.is_file():
                raise FormationError(f"La police {filename} est introuvable ({path}) : "
                                     "l'installation de Formation est incomplète.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # So that <b> in a Paragraph, if one is ever used, picks the bold face.
        for bold, italic in [(0, 0), (0, 1), (1, 0), (1, 1)]:
            addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
        _registered = True
