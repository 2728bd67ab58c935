"""The fillable parts of a questionnaire PDF: text boxes, radio buttons, checkboxes, as flowables.

Each part draws its box or circle in the page itself, so that a blank form printed on paper (or
by a viewer that ignores forms) shows where to write and tick, and puts a borderless, transparent
AcroForm field on top of it for filling on screen. A registry made with the answers draws them
flat instead (`Registry.flat`): the answers printed in the page and no field, a copy to read
such as the audit folder's, about three times quicker to make than a form to fill.

ReportLab writes a radio button's export value as raw bytes, which breaks on "Très bien" or
"Oui/Non": buttons are made with placeholders (`v0`, `v1`…) and `finish_pdf` renames them with
pypdf to the choices' own words, which pypdf and PDF viewers read back as written.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject
from reportlab.lib.colors import Color  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.utils import simpleSplit  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import Flowable  # type: ignore[import-untyped, unused-ignore]

from formation.documents.fonts import REGULAR
from formation.documents.pdf_page import INK

BOX: tuple[float, float, float] = (0.35, 0.37, 0.40)  # dark enough to print, light enough to write on
FIELD_FONT = "Helvetica"  # form fields can only use one of the 14 standard fonts
MARK = 10.0  # side of a radio button or a checkbox
GAP = 5.0  # between a mark and its label
LABEL_SIZE = 9.0
LABEL_LEADING = 11.5
ROW = 15.0  # height of a line of options
COLUMN_GAP = 14.0
PAD = 2.0  # between a box and the text written in it
TICK = "\u2714"  # ✔, in the embedded DejaVu Sans


@dataclass
class Registry:
    """The radio groups drawn so far: group name -> the choices, by placeholder index.

    With `answers` (field name -> value, as `formation.services.forms_fields.pdf_values` gives
    them: text, or "/choice" for a button), the parts are drawn flat with these answers."""

    radios: dict[str, list[str]] = field(default_factory=dict)
    answers: Mapping[str, str] | None = None

    @property
    def flat(self) -> bool:
        return self.answers is not None

    def answer(self, name: str) -> str:
        return (self.answers or {}).get(name, "")

    def chosen(self, name: str, label: str) -> bool:
        return self.answer(name) == f"/{label}"

    def placeholder(self, group: str, label: str) -> str:
        choices = self.radios.setdefault(group, [])
        if label not in choices:
            choices.append(label)
        return f"v{choices.index(label)}"


def _ink() -> Color:
    return Color(*INK)


# --- single parts -------------------------------------------------------------------------------

class TextBox(Flowable):  # type: ignore[misc, unused-ignore]
    """A box to write in, as wide as the frame unless `width` is given; `multiline` for long
    answers."""

    def __init__(self, registry: Registry, name: str, height: float, *,
                 width: float | None = None, multiline: bool = False, tooltip: str = "",
                 max_length: int = 0) -> None:
        super().__init__()
        self.registry, self.name, self.fixed_width = registry, name, width
        self.box_height = self.height = height
        self.width = width or 0.0
        self.multiline, self.tooltip, self.max_length = multiline, tooltip, max_length
        self.size = 9.0 if multiline else 10.0
        self._lines: list[str] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = self.fixed_width or available_width
        if self.registry.flat:  # as tall as the answer needs: nothing cut off
            self._lines = simpleSplit(self.registry.answer(self.name), REGULAR, self.size,
                                      self.width - 2 * PAD)
            self.height = max(self.box_height, 2 * PAD + len(self._lines) * self.size * 1.2)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColorRGB(*BOX)
        c.setLineWidth(0.7)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        c.restoreState()
        if self.registry.flat:
            self._write()
            return
        c.acroForm.textfield(
            name=self.name, value="", x=0, y=0, width=self.width, height=self.height,
            relative=True, borderWidth=0, borderColor=None, fillColor=None, textColor=_ink(),
            fontName=FIELD_FONT, fontSize=9 if self.multiline else 10, maxlen=self.max_length,
            fieldFlags="multiline" if self.multiline else "", tooltip=self.tooltip or None)

    def _write(self) -> None:
        """The answer in the box, where a PDF viewer shows a filled field's text."""
        c, size = self.canv, self.size
        c.setFillColorRGB(*INK)
        c.setFont(REGULAR, size)
        if len(self._lines) == 1 and not self.multiline:  # centred in its line
            c.drawString(PAD, (self.height - size * 0.72) / 2, self._lines[0])
            return
        for n, line in enumerate(self._lines):
            c.drawString(PAD, self.height - PAD - size * 0.8 - n * size * 1.2, line)


def draw_radio(c: Any, registry: Registry, group: str, label: str, x: float, y: float, *,
               tooltip: str = "") -> None:
    """A radio button of `group` whose lower left corner is at (x, y) in the current frame."""
    c.saveState()
    c.setStrokeColorRGB(*BOX)
    c.setLineWidth(0.8)
    c.circle(x + MARK / 2, y + MARK / 2, MARK / 2 - 0.4, stroke=1, fill=0)
    if registry.flat:
        if registry.chosen(group, label):  # the dot a viewer shows for the chosen button
            c.setFillColorRGB(*INK)
            c.circle(x + MARK / 2, y + MARK / 2, MARK / 2 - 0.5, stroke=0, fill=1)
        c.restoreState()
        return
    c.restoreState()
    value = registry.placeholder(group, label)
    c.acroForm.radio(
        name=group, value=value, x=x, y=y, size=MARK, relative=True,
        buttonStyle="circle", shape="square", borderWidth=0, borderColor=None, fillColor=None,
        textColor=_ink(), fieldFlags="noToggleToOff radio", tooltip=tooltip or None)


def draw_checkbox(c: Any, registry: Registry, name: str, x: float, y: float, *,
                  tooltip: str = "") -> None:
    c.saveState()
    c.setStrokeColorRGB(*BOX)
    c.setLineWidth(0.8)
    c.rect(x + 0.4, y + 0.4, MARK - 0.8, MARK - 0.8, stroke=1, fill=0)
    if registry.flat:
        if registry.answer(name) not in ("", "/Off"):
            c.setFillColorRGB(*INK)
            c.setFont(REGULAR, MARK - 1)
            c.drawCentredString(x + MARK / 2, y + 1.6, TICK)
        c.restoreState()
        return
    c.restoreState()
    c.acroForm.checkbox(
        name=name, checked=False, x=x, y=y, size=MARK, relative=True, buttonStyle="check",
        shape="square", borderWidth=0, borderColor=None, fillColor=None, textColor=_ink(),
        fieldFlags="", tooltip=tooltip or None)


class RadioCell(Flowable):  # type: ignore[misc, unused-ignore]
    """One radio button alone, for a cell of a grid."""

    def __init__(self, registry: Registry, group: str, label: str, *, tooltip: str = "") -> None:
        super().__init__()
        self.registry, self.group, self.label, self.tooltip = registry, group, label, tooltip
        self.width = self.height = MARK

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return MARK, MARK

    def draw(self) -> None:
        draw_radio(self.canv, self.registry, self.group, self.label, 0, 0, tooltip=self.tooltip)


class HiddenFields(Flowable):  # type: ignore[misc, unused-ignore]
    """Read-only, hidden text fields: which response this file is for."""

    def __init__(self, values: dict[str, str]) -> None:
        super().__init__()
        self.values = values
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        for name, value in self.values.items():
            self.canv.acroForm.textfield(
                name=name, value=value, x=0, y=0, width=1, height=1, relative=True, borderWidth=0,
                borderColor=None, fillColor=None, fontName=FIELD_FONT, fontSize=1, maxlen=0,
                annotationFlags="hidden", fieldFlags="readOnly")


# --- a list of choices ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Option:
    label: str
    #: The radio group, or the checkbox's own name.
    name: str


@dataclass(frozen=True)
class _Placed:
    option: Option
    x: float
    top: float  # from the top of the flowable
    lines: tuple[str, ...]


class Options(Flowable):  # type: ignore[misc, unused-ignore]
    """Choices with a radio button (one answer) or a checkbox each (several), laid out on one line
    when they fit, else in two or three columns, else one per line."""

    def __init__(self, options: Sequence[Option], registry: Registry, *, multiple: bool = False,
                 tooltip: str = "", indent: float = 0) -> None:
        super().__init__()
        self.options, self.registry, self.multiple = list(options), registry, multiple
        self.tooltip, self.indent = tooltip, indent
        self._placed: list[_Placed] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self._placed, self.height = _layout(self.options, available_width - self.indent)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        for placed in self._placed:
            x, y = self.indent + placed.x, self.height - placed.top
            mark_y = y - MARK - 1.5
            if self.multiple:
                draw_checkbox(c, self.registry, placed.option.name, x, mark_y,
                              tooltip=placed.option.label)
            else:
                draw_radio(c, self.registry, placed.option.name, placed.option.label, x, mark_y,
                           tooltip=self.tooltip)
            c.setFillColorRGB(*INK)
            c.setFont(REGULAR, LABEL_SIZE)
            for n, line in enumerate(placed.lines):
                c.drawString(x + MARK + GAP, mark_y + 1.5 - n * LABEL_LEADING, line)


def _item_width(label: str) -> float:
    return MARK + GAP + float(stringWidth(label, REGULAR, LABEL_SIZE))


def _layout(options: Sequence[Option], width: float) -> tuple[list[_Placed], float]:
    widths = [_item_width(option.label) for option in options]
    if sum(widths) + COLUMN_GAP * (len(widths) - 1) <= width:
        placed, x = [], 0.0
        for option, item_width in zip(options, widths, strict=True):
            placed.append(_Placed(option, x, 0, (option.label,)))
            x += item_width + COLUMN_GAP
        return placed, ROW
    for columns in (3, 2):
        column_width = (width - COLUMN_GAP * (columns - 1)) / columns
        if max(widths) <= column_width and len(options) > columns:
            rows = -(-len(options) // columns)
            return [_Placed(option, (i // rows) * (column_width + COLUMN_GAP), (i % rows) * ROW,
                            (option.label,)) for i, option in enumerate(options)], rows * ROW
    placed, top = [], 0.0
    for option in options:
        lines = tuple(simpleSplit(option.label, REGULAR, LABEL_SIZE, width - MARK - GAP))
        placed.append(_Placed(option, 0, top, lines))
        top += ROW + LABEL_LEADING * (len(lines) - 1)
    return placed, top


# --- after ReportLab: the choices' own words as export values --------------------------------------

def finish_pdf(data: bytes, registry: Registry, values: Mapping[str, str]) -> bytes:
    """Rename the radio buttons' placeholder states to their choices' words (see the module doc),
    then fill in `values` (field name -> text, or "/choice" for a button): pypdf writes any
    character, where ReportLab's own field appearances stop at Latin-1."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        for annotation in page.get("/Annots", ArrayObject()):
            widget = annotation.get_object()
            parent = widget.get("/Parent")
            if parent is None:
                continue
            group = parent.get_object()
            labels = registry.radios.get(str(group.get("/T", "")))
            if labels:
                _rename_states(widget, group, labels)
    if values:
        writer.update_page_form_field_values(None, dict(values), auto_regenerate=False)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _rename_states(widget: DictionaryObject, group: DictionaryObject, labels: list[str]) -> None:
    def renamed(name: object) -> NameObject | None:
        text = str(name)
        if text.startswith("/v") and text[2:].isdigit() and int(text[2:]) < len(labels):
            return NameObject("/" + labels[int(text[2:])])
        return None

    appearances = widget.get("/AP")
    for kind in ("/N", "/D"):
        states = appearances.get_object().get(kind) if appearances is not None else None
        if states is None:
            continue
        states = states.get_object()
        for key in list(states.keys()):
            if (new := renamed(key)) is not None:
                states[new] = states.pop(key)
    for holder, key in ((widget, "/AS"), (group, "/V")):
        if key in holder and (new := renamed(holder[key])) is not None:
            holder[NameObject(key)] = new
