"""A template's sections and questions as platypus flowables with (empty) form fields.

Each question: its number and label (a star when required), its help, then what to fill — a box,
choices, a scale, or a grid. Consecutive single-choice questions sharing a list of choices (the
"appreciation" of a satisfaction questionnaire) are laid out as one grid, one row per question;
an objectives matrix is a grid of objective rows × the columns of each phase.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby

from reportlab.lib.enums import TA_CENTER  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import (  # type: ignore[import-untyped, unused-ignore]
    Flowable,
    HRFlowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from formation.documents.fonts import BOLD, REGULAR
from formation.documents.form_widgets import MARK, Option, Options, RadioCell, Registry, TextBox
from formation.documents.pdf_page import ACCENT, INK, MUTED, RULE, WIDTH
from formation.documents.pdf_parts import BODY, HEADING, LABEL, SMALL, esc, para, table_style
from formation.forms.model import (
    Field,
    Phase,
    Question,
    QuestionType,
    Section,
    question_fields,
)
from formation.services.forms_fields import choice_field_name

QUESTION = ParagraphStyle("question", parent=BODY, fontName=BOLD, fontSize=9.5, leading=12.5,
                          spaceBefore=8, spaceAfter=2)
HELP = ParagraphStyle("help", parent=SMALL, spaceAfter=2)
COMMENT = ParagraphStyle("comment", parent=LABEL, fontSize=8, leading=10, spaceBefore=3,
                         spaceAfter=1.5)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5)
HEAD = ParagraphStyle("head", parent=CELL, fontName=BOLD, fontSize=7.5, leading=9,
                      alignment=TA_CENTER)
GRID_HEAD_FILL = (0.91, 0.93, 0.96)
HEAD_PADDING = 2.0
SHORT_H, LONG_H, COMMENT_H = 18.0, 52.0, 34.0
YES, NO = "Oui", "Non"
REQUIRED_NOTE = "Les questions marquées d'un astérisque (*) appellent une réponse."


@dataclass
class _Context:
    registry: Registry
    objectives: Sequence[str]
    number: int = 0

    def next_number(self) -> int:
        self.number += 1
        return self.number


def sections_story(sections: Sequence[Section], registry: Registry,
                   objectives: Sequence[str]) -> list[Flowable]:
    context = _Context(registry, objectives)
    story: list[Flowable] = []
    for number, section in enumerate(sections, start=1):
        head: list[Flowable] = [
            Spacer(1, 6), para(esc(f"{number}. {section.title}"), HEADING),
            HRFlowable(width="100%", thickness=0.6, color=ACCENT, spaceBefore=0, spaceAfter=2)]
        head += [para(esc(text), HELP) for text in section.introduction.split("\n\n") if text]
        blocks = [[_grid(group, context)] if len(group) > 1 else _question(group[0], context)
                  for group in _groups(section.questions)] or [[]]
        # The title stays with the first question: never alone at the foot of a page.
        story += [KeepTogether([*head, *blocks[0]]), *(KeepTogether(b) for b in blocks[1:])]
    return story


def _groups(questions: Sequence[Question]) -> Iterator[list[Question]]:
    """Consecutive single choices sharing a named list (without comment) go together."""
    def key(pair: tuple[int, Question]) -> object:
        index, question = pair
        if question.type is QuestionType.SINGLE_CHOICE and question.choices_list \
                and not question.comment:
            return question.choices_list, question.choices
        return index

    for _, pairs in groupby(enumerate(questions), key=key):
        yield [question for _, question in pairs]


# --- one question -------------------------------------------------------------------------------------

def _question(question: Question, context: _Context) -> list[Flowable]:
    parts: list[Flowable] = [para(_label(question, context.next_number()), QUESTION)]
    if question.help:
        parts.append(para(esc(question.help), HELP))
    fields = question_fields(question, context.objectives)
    if question.is_matrix:
        return _matrix_block(parts, question, fields, context)
    parts.append(Spacer(1, 2))
    parts += _answer_parts(fields[0], context)
    for comment in fields[1:]:
        parts += [para(esc(comment.label), COMMENT),
                  _text_box(comment, context, COMMENT_H, multiline=True)]
    return parts


def _label(question: Question, number: int) -> str:
    text = f"{number}. {esc(question.label)}"
    if question.type is QuestionType.MULTIPLE_CHOICE:
        text += f' <font name="{REGULAR}" size="8" color="#{_hex(MUTED)}">(plusieurs réponses ' \
                'possibles)</font>'
    if question.required:
        text += f' <font color="#{_hex(ACCENT)}">*</font>'
    return text


def _hex(colour: tuple[float, float, float]) -> str:
    return "".join(f"{round(c * 255):02x}" for c in colour)


def _answer_parts(field: Field, context: _Context) -> list[Flowable]:
    kind = field.type
    if kind is QuestionType.SHORT_TEXT:
        return [_text_box(field, context, SHORT_H)]
    if kind is QuestionType.LONG_TEXT:
        return [_text_box(field, context, LONG_H, multiline=True)]
    if kind is QuestionType.DATE:
        return [_date_box(field, context)]
    if kind is QuestionType.SCALE:
        return [_scale(field, context)]
    if kind is QuestionType.MULTIPLE_CHOICE:
        options = [Option(choice, choice_field_name(field.id, n))
                   for n, choice in enumerate(field.choices, start=1)]
        return [Options(options, context.registry, multiple=True, indent=4)]
    choices = [YES, NO] if kind is QuestionType.YES_NO else list(field.choices)
    return [Options([Option(choice, field.id) for choice in choices], context.registry,
                    tooltip=field.question.label, indent=4)]


def _text_box(field: Field, context: _Context, height: float, *,
              multiline: bool = False) -> TextBox:
    return TextBox(context.registry, field.id, height, multiline=multiline, tooltip=field.label)


def _date_box(field: Field, context: _Context) -> Table:
    box = TextBox(context.registry, field.id, SHORT_H, width=86, tooltip=field.label,
                  max_length=10)
    table = Table([[box, para("JJ/MM/AAAA", SMALL)]], colWidths=[96, 120], hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _scale(field: Field, context: _Context) -> Table:
    question = field.question
    values = [str(v) for v in question.scale_values]
    side = 92.0
    cell = min(30.0, (WIDTH - 2 * side) / len(values))
    header = ["", *(para(esc(v), HEAD) for v in values), ""]
    marks = [para(esc(question.min_label), ParagraphStyle("min", parent=CELL, alignment=2)),
             *(RadioCell(context.registry, field.id, v, tooltip=question.label) for v in values),
             para(esc(question.max_label), CELL)]
    table = Table([header, marks], colWidths=[side, *([cell] * len(values)), side], hAlign="LEFT")
    table.setStyle(table_style([
        ("ALIGN", (1, 0), (-2, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


# --- grids ---------------------------------------------------------------------------------------

def _head_style(count: int) -> ParagraphStyle:
    """Column titles: smaller when there are many columns (two phases of three levels)."""
    return HEAD if count <= 4 else ParagraphStyle("head-small", parent=HEAD, fontSize=6.6, leading=8)


def _choice_width(labels: Sequence[str], count: int, label_room: float) -> float:
    """Wide enough for the longest word of a column title, and no wider than needed."""
    size = _head_style(count).fontSize
    widest = max(stringWidth(word, BOLD, size) for label in labels for word in label.split())
    return float(max(widest + 2 * HEAD_PADDING + 2, min(62.0, (WIDTH - label_room) / count), MARK + 14))


def _grid(questions: list[Question], context: _Context) -> Table:
    """Questions sharing their choices: one row each, one column per choice."""
    choices = list(questions[0].choices)
    width = _choice_width(choices, len(choices), 250)
    rows: list[list[object]] = [["", *(para(esc(c), _head_style(len(choices))) for c in choices)]]
    for question in questions:
        label = [para(_label(question, context.next_number()), CELL)]
        if question.help:
            label.append(para(esc(question.help), HELP))
        rows.append([label, *(RadioCell(context.registry, question.id, c, tooltip=question.label)
                              for c in choices)])
    table = Table(rows, colWidths=[WIDTH - width * len(choices), *([width] * len(choices))],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(_grid_style(header_rows=1))
    return table


def _grid_style(header_rows: int, extra: Sequence[tuple[object, ...]] = ()) -> TableStyle:
    last_head = header_rows - 1
    return table_style([
        ("BACKGROUND", (0, 0), (-1, last_head), GRID_HEAD_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, header_rows), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (1, 0), (-1, -1), HEAD_PADDING),
        ("RIGHTPADDING", (1, 0), (-1, -1), HEAD_PADDING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        *extra])


def _matrix_block(parts: list[Flowable], question: Question, fields: list[Field],
                  context: _Context) -> list[Flowable]:
    if not fields:
        return [*parts, para("La fiche de la formation n'indique aucun objectif : cette grille n'a "
                             "pas de ligne.", HELP)]
    return [*parts, Spacer(1, 3), _matrix(question, fields, context)]


def _matrix(question: Question, fields: list[Field], context: _Context) -> Table:
    """Objective rows × the columns of each phase; a comment row under each objective."""
    phases: list[Phase | None] = [*question.phases] or [None]
    columns = list(question.columns)
    count = len(columns) * len(phases)
    width = _choice_width(columns, count, 170)
    rows: list[list[object]] = []
    extra: list[tuple[object, ...]] = []
    if question.phases:
        head: list[object] = ["Objectif"]
        for i, phase in enumerate(question.phases):
            head += [para(esc(phase.label.capitalize()), HEAD), *[""] * (len(columns) - 1)]
            extra.append(("SPAN", (1 + i * len(columns), 0), (len(columns) * (i + 1), 0)))
        rows.append(head)
    rows.append(["" if question.phases else "Objectif",
                 *[para(esc(c), _head_style(count)) for _ in phases for c in columns]])
    header_rows = len(rows)
    label_width = WIDTH - width * count
    by_objective = groupby(fields, key=lambda f: f.objective)
    for number, cells in by_objective:
        cells_list = list(cells)
        rows.append(_matrix_row(number, cells_list, columns, context))
        comment = next((f for f in cells_list if f.is_comment), None)
        if comment is not None:
            rows.append([[para(esc(comment.label), COMMENT),
                          _text_box(comment, context, COMMENT_H - 6, multiline=True)],
                         *[""] * count])
            extra.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
    for phase_index in range(1, len(phases)):
        extra.append(("LINEBEFORE", (1 + phase_index * len(columns), 0),
                      (1 + phase_index * len(columns), -1), 1.0, INK))
    table = Table(rows, colWidths=[label_width, *([width] * count)], repeatRows=header_rows,
                  hAlign="LEFT")
    table.setStyle(_grid_style(header_rows, [*extra, ("FONT", (0, 0), (0, header_rows - 1), BOLD, 8)]))
    return table


def _matrix_row(number: int | None, cells: list[Field], columns: list[str],
                context: _Context) -> list[object]:
    choices = [f for f in cells if not f.is_comment]
    text = choices[0].objective_text if choices else ""
    row: list[object] = [para(esc(f"{number}. {text}"), CELL)]
    for cell in choices:
        tooltip = f"Objectif {number}" + (f" ({cell.phase.label})" if cell.phase else "")
        row += [RadioCell(context.registry, cell.id, c, tooltip=tooltip) for c in columns]
    return row
