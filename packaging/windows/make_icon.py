"""Make packaging/windows/formation.ico from resources/icons/formation.svg (run it when the SVG changes).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/windows/make_icon.py

Qt draws the SVG at each size (sharper than scaling one bitmap down), Pillow writes the ICO.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt wants one before drawing)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "formation.svg"))
    if not renderer.isValid():
        print("formation.svg illisible", file=sys.stderr)
        return 1
    images = [render(renderer, size) for size in SIZES]
    target = Path(__file__).with_name("formation.ico")
    images[-1].save(target, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    print(f"{target} : {', '.join(str(s) for s in SIZES)} px")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
