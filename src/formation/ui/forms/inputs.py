"""One input per answer field, by question type: what each kind of answer looks like on screen.

Every input is made from a `Field` (formation.forms.model) and nothing else, and speaks in raw
answers the services validate: text, the choice's words, a list of choices, an int for a scale,
True/False for yes/no, ISO text for a date, None when nothing is chosen. `set_value` takes what
the services store (and, leniently, raw text) back.

Radio buttons here can be unticked by clicking them again: an answer given by mistake to an
optional question can be taken back, which Qt's exclusive radio buttons do not allow.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QDate, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from formation.core.text import fold
from formation.forms.model import Field, QuestionType
from formation.ui.styles import HINT_STYLE

#: More choices than this and a single choice becomes a drop-down list.
MAX_RADIOS = 6
#: Choices this short in total stand on one line.
ONE_LINE_CHARACTERS = 56
#: Height of a radio button or a checkbox with its text: a comfortable target for a touchpad.
TARGET_HEIGHT = 30
EMPTY_DATE = QDate(1900, 1, 1)
#: A one-line answer (a name, a role) needs no more.
SHORT_TEXT_WIDTH = 560


class AnswerInput(Protocol):
    """What the form asks of every input."""

    field: Field

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...

    def focus_widget(self) -> QWidget: ...

    def widgets(self) -> list[QWidget]:
        """The widgets a person types in or clicks: one per choice for choices."""
        ...


def _matches(value: Any, label: str, option: Any) -> bool:
    if isinstance(value, str) and not isinstance(option, bool):
        return value.strip() == str(option) or fold(value.strip()) == fold(str(option))
    if isinstance(value, str):
        return fold(value.strip()) == fold(label)
    return type(value) is type(option) and value == option


ARROWS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


class ExclusiveGroup(QButtonGroup):
    """At most one checked; clicking the checked one again unchecks it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setExclusive(False)
        self.buttonToggled.connect(self._toggled)

    def addButton(self, button: QAbstractButton, id: int = -1) -> None:  # noqa: N802, A002
        button.setAutoExclusive(False)
        button.installEventFilter(self)
        super().addButton(button, id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """The arrow keys go from choice to choice, as in any group of radio buttons: Tab stops
        on one choice only, and Qt moves between the others only in groups that always keep one."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in ARROWS and watched in self.buttons():
            buttons = [b for b in self.buttons() if b.isVisible() and b.isEnabled()]
            if watched in buttons:
                index = buttons.index(watched) + ARROWS[event.key()]  # type: ignore[arg-type]
                if 0 <= index < len(buttons):
                    buttons[index].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            for other in self.buttons():
                if other is not button and other.isChecked():
                    other.setChecked(False)

    def checked_index(self) -> int | None:
        for index, button in enumerate(self.buttons()):
            if button.isChecked():
                return index
        return None

    def check_index(self, index: int | None) -> None:
        for n, button in enumerate(self.buttons()):
            button.setChecked(n == index)


class CellRadio(QRadioButton):
    """A radio button that is one cell of a grid: the whole cell is the target, the circle is
    centred, an optional caption (a scale's number) stands above it, and the chosen cell is tinted."""

    def __init__(self, caption: str, accessible: str, size: QSize, parent: QWidget | None = None,
                 band: bool = False) -> None:
        super().__init__(parent)
        self.caption, self.cell_size, self.band = caption, size, band
        self.setAccessibleName(accessible)
        self.setToolTip(accessible)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.cell_size

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.cell_size

    def hitButton(self, pos: Any) -> bool:  # noqa: N802
        return self.rect().contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QStylePainter(self)
        palette = self.palette()
        if self.band:
            painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        if self.isChecked() or self.underMouse():
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(70 if self.isChecked() else 30)
            painter.fillRect(self.rect().adjusted(2, 1, -2, -1), tint)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        width = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, option, self)
        height = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight, option, self)
        top = (self.height() - height) // 2
        if self.caption:
            line = self.fontMetrics().height()
            top = (self.height() - height - line - 2) // 2 + line + 2
            painter.drawText(QRect(0, top - line - 2, self.width(), line),
                             int(Qt.AlignmentFlag.AlignCenter), self.caption)
        option.rect = QRect((self.width() - width) // 2, top, width, height)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, option)
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = self.rect().adjusted(2, 1, -2, -1)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


# --- text -------------------------------------------------------------------------------------------

class TextInput(QLineEdit):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setMinimumHeight(TARGET_HEIGHT)
        self.setMaximumWidth(SHORT_TEXT_WIDTH)
        self.setAccessibleName(field.label)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self

    def widgets(self) -> list[QWidget]:
        return [self]


class LongTextInput(QPlainTextEdit):
    """Several lines; Tab goes on to the next question (a form is crossed with Tab)."""

    def __init__(self, field: Field, parent: QWidget | None = None, lines: int = 4) -> None:
        super().__init__(parent)
        self.field = field
        self.setTabChangesFocus(True)
        self.setAccessibleName(field.label)
        margins = self.contentsMargins()
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2 * int(self.document()
                            .documentMargin()) + margins.top() + margins.bottom() + 4)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self

    def widgets(self) -> list[QWidget]:
        return [self]


# --- choices ----------------------------------------------------------------------------------------

class RadioChoices(QWidget):
    """One of a few options as radio buttons, on one line when they are short."""

    def __init__(self, field: Field, options: Sequence[tuple[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field, self.options = field, list(options)
        self.group = ExclusiveGroup(self)
        one_line = len(self.options) <= MAX_RADIOS and sum(len(label) for label, _ in self.options) \
            <= ONE_LINE_CHARACTERS
        layout = QHBoxLayout(self) if one_line else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24 if one_line else 0)
        for label, _option in self.options:
            button = QRadioButton(label, self)
            button.setMinimumHeight(TARGET_HEIGHT)
            button.setToolTip(self.tr("Cliquez à nouveau pour retirer ce choix."))
            self.group.addButton(button)
            layout.addWidget(button)
        if one_line:
            layout.addStretch(1)

    def value(self) -> Any:
        index = self.group.checked_index()
        return None if index is None else self.options[index][1]

    def set_value(self, value: Any) -> None:
        index = None
        if value is not None:
            index = next((n for n, (label, option) in enumerate(self.options)
                          if _matches(value, label, option)), None)
        self.group.check_index(index)

    def focus_widget(self) -> QWidget:
        return self.group.buttons()[0] if self.group.buttons() else self

    def widgets(self) -> list[QWidget]:
        return list(self.group.buttons())


class YesNoInput(RadioChoices):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, [(self.tr("Oui"), True), (self.tr("Non"), False)], parent)


class ComboChoice(QComboBox):
    """A long list of choices: a drop-down list, 'not answered' first."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setMinimumHeight(TARGET_HEIGHT)
        self.setAccessibleName(field.label)
        self.addItem(self.tr("— choisir —"), None)
        for choice in field.choices:
            self.addItem(choice, choice)

    def value(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_value(self, value: Any) -> None:
        index = 0
        if isinstance(value, str) and value.strip():
            index = next((n + 1 for n, choice in enumerate(self.field.choices)
                          if _matches(value, choice, choice)), 0)
        self.setCurrentIndex(index)

    def focus_widget(self) -> QWidget:
        return self

    def widgets(self) -> list[QWidget]:
        return [self]


class CheckChoices(QWidget):
    """Several choices: one checkbox each, one under the other."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.boxes = []
        for choice in field.choices:
            box = QCheckBox(choice, self)
            box.setMinimumHeight(TARGET_HEIGHT)
            layout.addWidget(box)
            self.boxes.append(box)

    def value(self) -> list[str]:
        return [choice for choice, box in zip(self.field.choices, self.boxes, strict=True)
                if box.isChecked()]

    def set_value(self, value: Any) -> None:
        if isinstance(value, str):
            value = value.replace("\n", ";").split(";")
        wanted = [item for item in value or () if isinstance(item, str) and item.strip()]
        for choice, box in zip(self.field.choices, self.boxes, strict=True):
            box.setChecked(any(_matches(item, choice, choice) for item in wanted))

    def focus_widget(self) -> QWidget:
        return self.boxes[0] if self.boxes else self

    def widgets(self) -> list[QWidget]:
        return list(self.boxes)


class ScaleInput(QWidget):
    """A note from min to max: one cell per value, its number above, the words of each end aside."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        question = field.question
        self.values = list(question.scale_values)
        self.group = ExclusiveGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        size = QSize(44 if len(self.values) <= 11 else 34, 50)
        if question.min_label:
            row.addWidget(self._end_label(question.min_label, Qt.AlignmentFlag.AlignRight))
            row.addSpacing(8)
        for number in self.values:
            cell = CellRadio(str(number), f"{field.label} : {number}", size, self)
            self.group.addButton(cell)
            row.addWidget(cell)
        if question.max_label:
            row.addSpacing(8)
            row.addWidget(self._end_label(question.max_label, Qt.AlignmentFlag.AlignLeft))
        row.addStretch(1)

    def _end_label(self, text: str, align: Qt.AlignmentFlag) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setFixedWidth(min(130, label.fontMetrics().horizontalAdvance(text) + 6))
        label.setStyleSheet(HINT_STYLE)
        label.setAlignment(align | Qt.AlignmentFlag.AlignBottom)
        label.setContentsMargins(0, 0, 0, 10)
        return label

    def value(self) -> int | None:
        index = self.group.checked_index()
        return None if index is None else self.values[index]

    def set_value(self, value: Any) -> None:
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and value.strip().lstrip("-").isdigit():
            number = int(value.strip())
        self.group.check_index(self.values.index(number) if number in self.values else None)

    def focus_widget(self) -> QWidget:
        return self.group.buttons()[0] if self.group.buttons() else self

    def widgets(self) -> list[QWidget]:
        return list(self.group.buttons())


# --- dates ------------------------------------------------------------------------------------------

class OptionalDateEdit(QDateEdit):
    """A date that may be left empty: the smallest date stands for 'none'; clicking or typing into an
    empty one starts from today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(EMPTY_DATE)
        self.setSpecialValueText(self.tr("aucune date"))
        self.setDate(EMPTY_DATE)
        self.setMinimumHeight(TARGET_HEIGHT)
        self.setMinimumWidth(150)

    def is_empty(self) -> bool:
        return self.date() == EMPTY_DATE

    def _start_today(self) -> None:
        if self.is_empty():
            self.setDate(QDate.currentDate())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._start_today()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape,
                               Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete,
                               Qt.Key.Key_Backspace):
            self._start_today()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.is_empty():
            return
        super().keyPressEvent(event)


class DateInput(QWidget):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.edit = OptionalDateEdit(self)
        self.edit.setAccessibleName(field.label)
        clear = QToolButton(self)
        clear.setText(self.tr("Effacer"))
        clear.setToolTip(self.tr("Ne pas donner de date"))
        clear.clicked.connect(lambda: self.edit.setDate(EMPTY_DATE))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(clear)
        row.addStretch(1)

    def value(self) -> str | None:
        return None if self.edit.is_empty() else self.edit.date().toPython().isoformat()

    def set_value(self, value: Any) -> None:
        day = QDate()
        if isinstance(value, date):
            day = QDate(value.year, value.month, value.day)
        elif isinstance(value, str) and value.strip():
            text = value.strip()[:10]
            day = QDate.fromString(text, "yyyy-MM-dd")
            if not day.isValid():
                day = QDate.fromString(text, "dd/MM/yyyy")
        self.edit.setDate(day if day.isValid() and day > EMPTY_DATE else EMPTY_DATE)

    def focus_widget(self) -> QWidget:
        return self.edit

    def widgets(self) -> list[QWidget]:
        return [self.edit]


# --- the matrix's cells -----------------------------------------------------------------------------

class MatrixCell:
    """One objective at one phase: a radio button per column, laid out by the grid that owns them."""

    def __init__(self, field: Field, parent: QWidget, size: QSize, band: bool) -> None:
        self.field = field
        self.group = ExclusiveGroup(parent)
        where = f"{field.objective}. {field.objective_text}"
        if field.phase is not None:
            where += f" ({field.phase.label})"
        self.buttons = [CellRadio("", f"{where} : {column}", size, parent, band)
                        for column in field.choices]
        for button in self.buttons:
            self.group.addButton(button)

    def value(self) -> str | None:
        index = self.group.checked_index()
        return None if index is None else self.field.choices[index]

    def set_value(self, value: Any) -> None:
        index = None
        if isinstance(value, str) and value.strip():
            index = next((n for n, column in enumerate(self.field.choices)
                          if _matches(value, column, column)), None)
        self.group.check_index(index)

    def focus_widget(self) -> QWidget:
        return self.buttons[0]

    def widgets(self) -> list[QWidget]:
        return list(self.buttons)


def make_input(field: Field, parent: QWidget) -> AnswerInput:
    """The input of an ordinary question's field (a matrix lays its cells out itself)."""
    kind = field.type
    if kind is QuestionType.SHORT_TEXT:
        return TextInput(field, parent)
    if kind is QuestionType.LONG_TEXT:
        return LongTextInput(field, parent, lines=2 if field.is_comment else 4)
    if kind is QuestionType.SINGLE_CHOICE:
        if len(field.choices) > MAX_RADIOS:
            return ComboChoice(field, parent)
        return RadioChoices(field, [(choice, choice) for choice in field.choices], parent)
    if kind is QuestionType.MULTIPLE_CHOICE:
        return CheckChoices(field, parent)
    if kind is QuestionType.SCALE:
        return ScaleInput(field, parent)
    if kind is QuestionType.YES_NO:
        return YesNoInput(field, parent)
    if kind is QuestionType.DATE:
        return DateInput(field, parent)
    raise ValueError(f"no input for {kind}")  # pragma: no cover - matrices are laid out by the grid

