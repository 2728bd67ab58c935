"""Small widgets shared by the editors: enum combos, amounts, hours, labelled errors."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QWidget

from formation.core.enums import LabelledEnum

E = TypeVar("E", bound=LabelledEnum)


def enum_combo(enum: type[E], parent: QWidget | None = None, *, empty: str | None = None) -> QComboBox:
    """A combo showing French labels and holding the enumeration's members."""
    combo = QComboBox(parent)
    if empty is not None:
        combo.addItem(empty, None)
    for member in enum:
        combo.addItem(member.label, member)
    return combo


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
