"""Small widgets shared by the editors: enum combos, amounts, hours, labelled errors."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from formation.core.enums import LabelledEnum
from formation.ui import i18n

E = TypeVar("E", bound=LabelledEnum)


class EnumCombo(QComboBox, Generic[E]):
    """A combo showing the members' labels (translated: i18n.label); `value()` gives the member back
    (Qt would give a str)."""

    def __init__(self, enum: type[E], parent: QWidget | None = None,
                 empty: str | None = None) -> None:
        super().__init__(parent)
        self.enum = enum
        if empty is not None:
            self.addItem(empty, None)
        for member in enum:
            self.addItem(i18n.label(member), member.value)

    def value(self) -> E | None:
        code = self.currentData()
        return None if code is None else self.enum(code)

    def set_value(self, member: E | None) -> None:
        set_combo_value(self, None if member is None else member.value)


def enum_combo(enum: type[E], parent: QWidget | None = None, *,
               empty: str | None = None) -> EnumCombo[E]:
    return EnumCombo(enum, parent, empty)


def choice_combo(items: Iterable[tuple[str, object]], parent: QWidget | None = None,
                 *, empty: str | None = None) -> QComboBox:
    combo = QComboBox(parent)
    if empty is not None:
        combo.addItem(empty, None)
    for label, value in items:
        combo.addItem(label, value)
    return combo


def set_combo_value(combo: QComboBox, value: object) -> None:
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return


def hours_spin(parent: QWidget | None = None) -> QDoubleSpinBox:
    """Hours with a decimal comma, by half hours: what a course duration is written in."""
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, 2000)
    spin.setDecimals(1)
    spin.setSingleStep(0.5)
    spin.setSuffix(" h")
    return spin


def euros_spin(parent: QWidget | None = None) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, 1_000_000)
    spin.setDecimals(2)
    spin.setSuffix(" €")
    spin.setGroupSeparatorShown(True)
    return spin


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(QDate.currentDate())
    return edit


class _NoFocusProxy(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest and isinstance(watched, QWidget):
            watched.setFocusProxy(None)  # set again by Qt each time it lays the buttons out
        return False


def tab_through_buttons(box: QDialogButtonBox) -> None:
    """Tab goes through every button of the box, in order. Qt makes a default button the box's
    focus proxy: Tab then lands on it and skips the buttons laid out before it (Fermer…)."""
    box.setFocusProxy(None)
    box.installEventFilter(_NoFocusProxy(box))


class YearCombo(QComboBox):
    """'Toutes les années', then the years given (newest first); the choice stays across refills."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("year")
        self.setAccessibleName(self.tr("Année"))
        self.set_years([])

    def set_years(self, years: Iterable[int]) -> None:
        """Refill without emitting a change: the page is refreshing already."""
        years = list(years)
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Toutes les années"), None)
        for year in years:
            self.addItem(str(year), year)
        set_combo_value(self, chosen if chosen in years else None)
        self.blockSignals(False)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Open at the wanted size, or smaller where the screen is small (a laptop at 150 %)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, int(area.width() * 0.95)), min(height, int(area.height() * 0.9))
    widget.resize(width, height)


class Counter(QFrame):
    """A big number and what it counts (the home page's and the follow-up page's figures)."""

    def __init__(self, name: str, parent: QWidget | None = None, points: int = 22) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel(self)
        self.number.setStyleSheet(f"font-size: {points}pt; font-weight: 600;")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set(self, number: int, caption: str) -> None:
        self.number.setText(str(number))
        self.caption.setText(caption)
        self.setAccessibleName(f"{number} {caption}")
