"""Builds the default Word templates shipped in resources/templates/ (docxtpl: Jinja tags in Word).

An organisation restyles a copy in Word — fonts, colours, logo size, wording — keeping the
{{ … }} tags, and puts it in its data folder's `modeles/` folder (see docx_render.template_path).
Each tag is written in a run of its own here, so that Word's run splitting never cuts one.

Run `python -m formation.documents.docx_templates` after changing this file; a test checks that
the shipped templates are what it builds.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from formation.documents import docx_bodies
from formation.documents.docx_blocks import FONT, GREY, NAVY, small
from formation.resources import resource


def build_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, body in docx_bodies.BODIES.items():
        path = folder / f"{name}.docx"
        build(body).save(str(path))
        written.append(path)
    return written


def build(body: Callable[[DocumentObject], None]) -> DocumentObject:
    doc = Document()
    _page_and_styles(doc)
    _header(doc)
    _footer(doc)
    body(doc)
    doc.core_properties.author = "Formation"
    doc.core_properties.title = "Modèle Formation"
    return doc


# --- page, styles, header, footer -------------------------------------------------------------------

def _page_and_styles(doc: DocumentObject) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(19)
    section.top_margin, section.bottom_margin = Mm(34), Mm(24)
    section.header_distance, section.footer_distance = Mm(10), Mm(8)
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.15
    title = styles["Title"]
    title.font.name, title.font.size, title.font.bold = FONT, Pt(18), True
    title.font.color.rgb = NAVY
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before, title.paragraph_format.space_after = Pt(6), Pt(2)
    subtitle = styles["Subtitle"]
    subtitle.font.name, subtitle.font.size, subtitle.font.color.rgb = FONT, Pt(9), GREY
    subtitle.font.italic = False
    subtitle.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle.paragraph_format.space_after = Pt(12)
    heading = styles["Heading 2"]
    heading.font.name, heading.font.size, heading.font.color.rgb = FONT, Pt(11), NAVY
    heading.paragraph_format.space_before, heading.paragraph_format.space_after = Pt(10), Pt(3)
    for name in ("List Bullet", "List Number", "Header", "Footer", "Caption"):
        styles[name].font.name = FONT
    caption = styles["Caption"]
    caption.font.size, caption.font.color.rgb = Pt(8), GREY
    caption.font.bold = caption.font.italic = False


def _header(doc: DocumentObject) -> None:
    header = doc.sections[0].header
    table = header.add_table(rows=1, cols=2, width=Mm(172))
    left, right = table.rows[0].cells
    left.width, right.width = Mm(45), Mm(127)
    left.paragraphs[0].add_run("{{ logo }}")
    name = right.paragraphs[0]
    run = name.add_run("{{ org.name }}")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(12), NAVY
    for tag in ("{{ org.address }}", "{{ org.contact }}", "{{ org.qualiopi }}"):
        small(right.add_paragraph(), tag)
    # The table first, then the header's own (empty) paragraph: Word ends a header with one.
    spacer = header.paragraphs[0]
    spacer._p.addprevious(table._tbl)
    spacer.paragraph_format.space_after = Pt(0)


def _footer(doc: DocumentObject) -> None:
    footer = doc.sections[0].footer
    first = footer.paragraphs[0]
    for paragraph, tag in [(first, "{{ org.name }} · {{ org.address }}"),
                           (footer.add_paragraph(), "{{ org.legal }}"),
                           (footer.add_paragraph(),
                            "Réf. {{ reference }} · code de vérification {{ code }}")]:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        small(paragraph, tag)


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else resource("templates")
    for path in build_all(folder):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
