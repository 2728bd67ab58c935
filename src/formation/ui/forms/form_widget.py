"""A questionnaire or a grid on screen, built from its template alone.

`FormWidget(template, objectives)` lays out the title, the introduction and each section with its
questions; every input comes from `question_fields` (the same expansion as `fields_for`, which the
PDF and the import use), so no questionnaire is ever written in code and the screen, the PDF and a
spreadsheet share the same field ids. `values()` gives the raw answers by field id for
`forms_store.record_answers`; `show_errors()` puts each refusal under its question.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any, cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from formation.forms.model import COMMENT_SUFFIX, Field, Question, Section, Template, field_id
from formation.forms.model import question_fields as expand
from formation.ui.forms.inputs import AnswerInput, LongTextInput, MatrixCell, make_input
from formation.ui.styles import ERROR_STYLE, HINT_STYLE

REQUIRED_MARK = "<span style='color:#b3261e'>&nbsp;*</span>"
#: A readable line: wider than this, the form stays centred.
PAGE_WIDTH = 940
CELL = QSize(92, 34)
FONT_SCALE = 1.1
PLACEHOLDER_STYLE = ("QFrame#confidential { background: palette(alternate-base); "
                     "border: 1px dashed palette(mid); border-radius: 4px; }")


def _scaled(widget: QWidget, factor: float, bold: bool = True) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


class MatrixGrid(QWidget):
    """An objectives_matrix: a row per objective of the course, for each phase a column per level,
    one radio button per cell (one choice per objective and phase), and the row's comment below."""

    def __init__(self, question: Question, fields: Sequence[Field], objectives: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, AnswerInput] = {}
        #: field id -> (error line of the objective's row, what to say before the message)
        self.errors: dict[str, tuple[QLabel, str]] = {}
        by_id = {f.id: f for f in fields}
        phases = question.phases or (None,)
        width = len(question.columns)
        span = 1 + width * len(phases)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        grid.setColumnMinimumWidth(0, 220)
        row = 0
        if not objectives:
            empty = QLabel(self.tr("La fiche de cette formation n'a pas d'objectif pédagogique : "
                                   "cette grille n'a pas de ligne."), self)
            empty.setWordWrap(True)
            empty.setStyleSheet(HINT_STYLE)
            grid.addWidget(empty, 0, 0)
            return
        for p, phase in enumerate(phases):
            if phase is not None:
                title = QLabel(phase.label[:1].upper() + phase.label[1:], self)
                title.setAlignment(Qt.AlignmentFlag.AlignCenter)
                _scaled(title, 1.0)
                title.setAutoFillBackground(p % 2 == 1)
                title.setBackgroundRole(QPalette.ColorRole.AlternateBase)
                grid.addWidget(title, 0, 1 + p * width, 1, width)
            for c, column in enumerate(question.columns):
                header = QLabel(column, self)
                header.setWordWrap(True)
                header.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
                header.setFixedWidth(CELL.width())
                header.setContentsMargins(3, 0, 3, 2)
                header.setAutoFillBackground(p % 2 == 1)
                header.setBackgroundRole(QPalette.ColorRole.AlternateBase)
                grid.addWidget(header, 1, 1 + p * width + c)
        row = 2
        for number, objective in enumerate(objectives, start=1):
            grid.addWidget(self._line(), row, 0, 1, span)
            row += 1
            text = QLabel(f"<b>{number}.</b> {html.escape(objective)}", self)
            text.setWordWrap(True)
            text.setContentsMargins(0, 4, 8, 4)
            grid.addWidget(text, row, 0)
            ids = []
            for p, phase in enumerate(phases):
                cell_id = field_id(question.id, number, phase.id if phase else None)
                cell = MatrixCell(by_id[cell_id], self, CELL, band=p % 2 == 1)
                for c, button in enumerate(cell.buttons):
                    grid.addWidget(button, row, 1 + p * width + c)
                self.inputs[cell_id] = cell
                prefix = f"{phase.label[:1].upper()}{phase.label[1:]} : " if phase else ""
                ids.append((cell_id, prefix))
            row += 1
            if question.comment:
                comment_id = field_id(question.id, number, COMMENT_SUFFIX)
                comment = LongTextInput(by_id[comment_id], self, lines=2)
                comment.setPlaceholderText(question.comment_label)
                comment.setAccessibleName(f"{question.comment_label} ({number})")
                grid.addWidget(comment, row, 0, 1, span)
                self.inputs[comment_id] = comment
                ids.append((comment_id, f"{question.comment_label} : "))
                row += 1
            error = QLabel(self)
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            grid.addWidget(error, row, 0, 1, span)
            row += 1
            self.errors.update({fid: (error, prefix) for fid, prefix in ids})

    def _line(self) -> QFrame:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line


class QuestionBlock(QFrame):
    """A question: its label (* when required), its help, its input(s), its error line."""

    def __init__(self, question: Question, objectives: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("question")
        self.question = question
        self.fields = expand(question, objectives)
        self.inputs: dict[str, AnswerInput] = {}
        self.errors: dict[str, tuple[QLabel, str]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        self.title = QLabel(f"<b>{html.escape(question.label)}</b>"
                            f"{REQUIRED_MARK if question.required else ''}", self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        if question.help:
            help_line = QLabel(question.help, self)
            help_line.setWordWrap(True)
            help_line.setStyleSheet(HINT_STYLE)
            layout.addWidget(help_line)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        if question.is_matrix:
            grid = MatrixGrid(question, self.fields, objectives, self)
            layout.addWidget(grid)
            self.inputs.update(grid.inputs)
            self.errors.update(grid.errors)
        else:
            main = self.fields[0]
            answer = make_input(main, self)
            self.inputs[main.id] = answer
            self.errors[main.id] = (self.error, "")
            layout.addWidget(cast(QWidget, answer))
            for comment in self.fields[1:]:
                caption = QLabel(comment.label, self)
                caption.setStyleSheet(HINT_STYLE)
                caption.setWordWrap(True)
                box = make_input(comment, self)
                caption.setBuddy(box.focus_widget())
                layout.addWidget(caption)
                layout.addWidget(cast(QWidget, box))
                self.inputs[comment.id] = box
                self.errors[comment.id] = (self.error, f"{comment.label} : ")
        layout.addWidget(self.error)


class FormWidget(QWidget):
    """The whole questionnaire, scrollable; sensitive questions only when `show_sensitive`."""

    def __init__(self, template: Template, objectives: Sequence[str] = (), *,
                 show_sensitive: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template, self.objectives = template, tuple(objectives)
        self.fields: list[Field] = [f for q in template.questions() for f in expand(q, self.objectives)]
        self.inputs: dict[str, AnswerInput] = {}
        self.blocks: dict[str, QuestionBlock] = {}  # by question id
        self._errors: dict[str, tuple[QLabel, str]] = {}
        self._block_of: dict[str, QuestionBlock] = {}  # by field id
        #: Per section with sensitive questions: the line saying they are hidden, and its error line.
        self._placeholders: list[tuple[QFrame, QLabel, list[QuestionBlock]]] = []
        self._show_sensitive = show_sensitive

        self.page = QWidget()
        self.page.setObjectName("formPage")
        _scaled(self.page, FONT_SCALE, bold=False)  # read and filled by participants too
        self.page.setBackgroundRole(QPalette.ColorRole.Base)  # a sheet to fill in
        self.page.setAutoFillBackground(True)
        column = QWidget(self.page)
        column.setMaximumWidth(PAGE_WIDTH)
        centre = QHBoxLayout(self.page)
        centre.addStretch(0)
        centre.addWidget(column, 1)
        centre.addStretch(0)
        self.column = QVBoxLayout(column)
        self.column.setContentsMargins(12, 8, 12, 16)
        self.column.setSpacing(6)
        self._build()
        self.column.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        missing = {f.id for f in self.fields} ^ set(self.inputs)
        if missing:  # pragma: no cover - a guard: every field has exactly one input
            raise RuntimeError(f"inputs do not match the fields: {sorted(missing)}")
        self.set_show_sensitive(show_sensitive)

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        template = self.template
        title = QLabel(template.title, self.page)
        title.setObjectName("formTitle")
        title.setWordWrap(True)
        _scaled(title, 1.6)
        self.column.addWidget(title)
        if template.introduction:
            self.column.addWidget(self._text(_paragraphs(template.introduction)))
        if any(q.required for q in template.questions()):
            note = QLabel(self.tr("Les réponses marquées %1 sont obligatoires.").replace(
                "%1", REQUIRED_MARK.replace("&nbsp;", "")), self.page)
            note.setStyleSheet(HINT_STYLE)
            self.column.addWidget(note)
        for section in template.sections:
            self._section(section)

    def _text(self, rich: str) -> QLabel:
        label = QLabel(rich, self.page)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _section(self, section: Section) -> None:
        heading = QLabel(section.title, self.page)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        heading.setContentsMargins(0, 14, 0, 2)
        _scaled(heading, 1.25)
        self.column.addWidget(heading)
        line = QFrame(self.page)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.column.addWidget(line)
        if section.introduction:
            intro = self._text(_paragraphs(section.introduction))
            intro.setStyleSheet(HINT_STYLE)
            self.column.addWidget(intro)
        hidden: list[QuestionBlock] = []
        for question in section.questions:
            block = QuestionBlock(question, self.objectives, self.page)
            self.column.addWidget(block)
            self.blocks[question.id] = block
            self.inputs.update(block.inputs)
            self._errors.update(block.errors)
            self._block_of.update({fid: block for fid in block.inputs})
            if question.sensitive:
                if not hidden:
                    self._placeholder(hidden)
                hidden.append(block)

    def _placeholder(self, blocks: list[QuestionBlock]) -> None:
        frame = QFrame(self.page)
        frame.setObjectName("confidential")
        frame.setStyleSheet(PLACEHOLDER_STYLE)
        layout = QVBoxLayout(frame)
        text = QLabel(frame)
        text.setWordWrap(True)
        text.setObjectName("confidentialText")
        error = QLabel(frame)
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        layout.addWidget(text)
        layout.addWidget(error)
        self.column.addWidget(frame)
        self._placeholders.append((frame, error, blocks))

    # --- sensitive questions ----------------------------------------------------------------------
    @property
    def show_sensitive(self) -> bool:
        return self._show_sensitive

    def set_show_sensitive(self, show: bool) -> None:
        """Show the questions about health, disability…, or a line saying they are hidden. Their
        answers are kept either way (saving from a screen that hides them does not erase them)."""
        self._show_sensitive = show
        for frame, _error, blocks in self._placeholders:
            for block in blocks:
                block.setHidden(not show)
            frame.setHidden(show)
            text = frame.findChild(QLabel, "confidentialText")
            if text is None:
                continue
            if len(blocks) == 1:
                text.setText(self.tr("Une question confidentielle est masquée ici : elle porte sur "
                                     "des données personnelles (santé, handicap…), montrées "
                                     "seulement aux personnes qui en ont besoin."))
            else:
                text.setText(self.tr("%1 questions confidentielles sont masquées ici : elles portent "
                                     "sur des données personnelles (santé, handicap…), montrées "
                                     "seulement aux personnes qui en ont besoin.").replace(
                    "%1", str(len(blocks))))

    def question_shown(self, question_id: str) -> bool:
        return not self.blocks[question_id].isHidden()

    def _placeholder_of(self, block: QuestionBlock) -> tuple[QFrame, QLabel] | None:
        for frame, error, blocks in self._placeholders:
            if block in blocks:
                return frame, error
        return None

    # --- answers ------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Every field's raw answer, in reading order: '' or None or [] when not answered."""
        return {f.id: self.inputs[f.id].value() for f in self.fields}

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show these answers (stored or raw); a field not in `values` is emptied."""
        for f in self.fields:
            self.inputs[f.id].set_value(values.get(f.id))

    def input(self, field_id: str) -> AnswerInput:
        return self.inputs[field_id]

    # --- errors ------------------------------------------------------------------------------------
    def show_errors(self, errors: Mapping[str, str]) -> list[str]:
        """Each message under its question (the first one scrolled to and focused); returns the
        messages that belong to no field of this form."""
        self.clear_errors()
        lines: dict[QLabel, list[str]] = {}
        unplaced = [message for key, message in errors.items() if key not in self._errors]
        first: Field | None = None
        for f in self.fields:
            if f.id not in errors:
                continue
            label, prefix = self._errors[f.id]
            block = self._block_of[f.id]
            hidden = self._placeholder_of(block) if block.isHidden() else None
            text = prefix + errors[f.id]
            if hidden is not None:
                label = hidden[1]
                text = self.tr("« %1 » : %2 Affichez les questions confidentielles pour y "
                               "répondre.").replace("%1", block.question.label).replace(
                    "%2", errors[f.id])
            lines.setdefault(label, []).append(text)
            first = first or f
        for label, texts in lines.items():
            label.setText("\n".join(dict.fromkeys(texts)))
            label.show()
        if first is not None:
            self.reveal(first.id)
        return unplaced

    def reveal(self, field_id: str) -> None:
        """Scroll to the field's question and put the cursor in it (or on its hidden-questions line)."""
        block = self._block_of[field_id]
        hidden = self._placeholder_of(block) if block.isHidden() else None
        if hidden is not None:
            self.scroll.ensureWidgetVisible(hidden[0], 0, 60)
            return
        self.scroll.ensureWidgetVisible(block, 0, 60)
        self.inputs[field_id].focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field_id: str) -> str:
        """The message shown for this field's question ('' when none)."""
        label, _prefix = self._errors[field_id]
        block = self._block_of[field_id]
        hidden = self._placeholder_of(block) if block.isHidden() else None
        if hidden is not None:
            label = hidden[1]
        return label.text() if not label.isHidden() else ""

    def clear_errors(self) -> None:
        for label, _prefix in self._errors.values():
            label.clear()
            label.hide()
        for _frame, error, _blocks in self._placeholders:
            error.clear()
            error.hide()
