"""Editors: a form whose validation messages stand under the field at fault, and its dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from formation.core.errors import FormationError, ValidationError
from formation.ui.styles import ERROR_STYLE


class FieldForm(QWidget):
    """A QFormLayout in which each field has its own error line, hidden until needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}

    def add(self, name: str, label: str, widget: QWidget, help_text: str = "",
            into: QFormLayout | None = None) -> QWidget:
        """A labelled field with its error line; `into`: another form layout (a tab's page) that
        shows it, its error still placed by show_errors."""
        widget.setObjectName(name)
        widget.setAccessibleName(label.rstrip(" :*"))
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)  # Tab reaches the next field; text needs no tabs
        if help_text:
            widget.setToolTip(help_text)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(box)
        error.setObjectName(f"{name}_error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        title = QLabel(label, self)
        title.setBuddy(widget)
        (into or self.layout_).addRow(title, box)
        self._fields[name], self._errors[name] = widget, error
        return widget

    def add_heading(self, text: str) -> None:
        heading = QLabel(f"<b>{text}</b>", self)
        heading.setContentsMargins(0, 8, 0, 0)
        self.layout_.addRow(heading)

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def error_text(self, name: str) -> str:
        return self._errors[name].text() if self._errors[name].isVisible() else ""

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Show each message under its field; returns the messages that have no field here."""
        self.clear_errors()
        unplaced = []
        first: QWidget | None = None
        for name, message in errors.items():
            if name not in self._errors:
                unplaced.append(message)
                continue
            self._errors[name].setText(message)
            self._errors[name].show()
            first = first or self._fields[name]
        if first is not None:
            _bring_forward(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()


def _bring_forward(widget: QWidget) -> None:
    """Show the tab that holds the widget, in each tab widget around it."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child = parent


class EditorDialog(QDialog):
    """Edit one record; Enregistrer calls `save()`; a refusal keeps everything typed."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = FieldForm()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.saved_id: int | None = None
        self.resize(640, 560)

    def save(self) -> int | None:
        """Store what the form holds; raise ValidationError or FormationError to refuse."""
        raise NotImplementedError

    def try_save(self) -> None:
        try:
            self.saved_id = self.save()
        except ValidationError as error:
            unplaced = self.form.show_errors(error.fields)
            if unplaced:
                QMessageBox.warning(self, self.windowTitle(), "\n".join(unplaced))
            return
        except FormationError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.accept()
