"""The pieces the Word templates are made of: paragraphs of runs, tag-only paragraphs, tables
with docxtpl row loops, the signature block. Each Jinja tag stays inside a single run."""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

FONT = "Arial"  # on every Windows and Mac; LibreOffice maps it to Liberation Sans
NAVY = RGBColor(0x1C, 0x3D, 0x6B)
GREY = RGBColor(0x66, 0x6B, 0x75)

Holder = DocumentObject | _Cell


def small(paragraph: Paragraph, text: str, *, bold: bool = False) -> Paragraph:
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.font.size, run.font.color.rgb, run.bold = Pt(8), GREY, bold
    return paragraph


def para(holder: Holder, *parts: str, style: str | None = None) -> Paragraph:
    """A paragraph of runs; a part between asterisks (*{{ x }}*) is bold."""
    paragraph = holder.add_paragraph(style=style)
    for part in parts:
        bold = part.startswith("*") and part.endswith("*") and len(part) > 1
        paragraph.add_run(part.strip("*") if bold else part).bold = bold or None
    return paragraph


def tag(holder: Holder, text: str) -> None:
    """A paragraph holding only a {%p … %} tag; docxtpl removes it."""
    holder.add_paragraph(text)


def title(doc: DocumentObject, text: str, subtitle: str = "") -> None:
    doc.add_paragraph(text, style="Title")
    if subtitle:
        doc.add_paragraph(subtitle, style="Subtitle")


def table(doc: DocumentObject, header: list[str], row: list[str], loop: str,
          widths: list[float]) -> None:
    """A grid: a header row, then one row per item of `loop` ('h in half_days')."""
    grid = doc.add_table(rows=4, cols=len(header))
    grid.style = doc.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, text in enumerate(header):
        cell_text(grid.cell(0, i), text, bold=True)
    grid.cell(1, 0).paragraphs[0].add_run(f"{{%tr for {loop} %}}")
    for i, text in enumerate(row):
        cell_text(grid.cell(2, i), text)
    grid.cell(3, 0).paragraphs[0].add_run("{%tr endfor %}")
    for column, width in zip(grid.columns, widths, strict=True):
        for cell in column.cells:
            cell.width = Mm(width)


def facts(doc: DocumentObject, loop: str = "r in rows") -> None:
    """Label / value lines without borders: 'Dates | du … au …'."""
    grid = doc.add_table(rows=3, cols=2)
    grid.cell(0, 0).paragraphs[0].add_run(f"{{%tr for {loop} %}}")
    label = grid.cell(1, 0).paragraphs[0].add_run("{{ r.label }}")
    label.font.color.rgb, label.font.size = GREY, Pt(9)
    grid.cell(1, 1).paragraphs[0].add_run("{{ r.value }}")
    grid.cell(2, 0).paragraphs[0].add_run("{%tr endfor %}")
    for cell in grid.columns[0].cells:
        cell.width = Mm(45)
    for cell in grid.columns[1].cells:
        cell.width = Mm(127)


def cell_text(cell: _Cell, text: str, *, bold: bool = False) -> None:
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold or None
    run.font.size = Pt(9)


def signature(doc: DocumentObject, caption: str = "{{ signature_caption }}", *,
              verification: bool = True, place: bool = True) -> None:
    """'Fait à …, le …' and the QR code on the left; the signatory and signature on the right."""
    doc.add_paragraph()
    grid = doc.add_table(rows=1, cols=2)
    left, right = grid.rows[0].cells
    left.width, right.width = Mm(92), Mm(80)
    first = left.paragraphs[0]
    if place:
        first.add_run("{{ made_at }}")
    if verification:
        qr = left.add_paragraph() if place else first
        qr.add_run("{{ qr }}")
        small(left.add_paragraph(), "Document n° {{ reference }}")
        small(left.add_paragraph(), "Code de vérification : {{ code }}", bold=True)
        small(left.add_paragraph(), "Pour vérifier son authenticité, communiquez ce code à "
                                    "{{ org.name }} ({{ org.email }}).")
    small(right.paragraphs[0], caption)
    right.add_paragraph().add_run("{{ signature }}")
    right.add_paragraph().add_run("{{ org.signatory }}").bold = True
    doc.add_paragraph()  # Word wants a paragraph after a table
