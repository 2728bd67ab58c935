"""The small questions of the émargement: an arrival or departure time, who corrects and why."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.planning import SlotTimes
from formation.services.attendance import Correction
from formation.ui.attendance.style import TOUCH
from formation.ui.form import FieldForm
from formation.ui.signature_pad import DIALOG_STYLE

Clock = time  # inside TimeDialog, `time` names its method
TIME_STYLE = "QTimeEdit { font-size: 34px; font-weight: bold; min-height: 64px; padding: 0 12px; }"


def _buttons(dialog: QDialog, validate: QPushButton, cancel: QPushButton) -> QHBoxLayout:
    validate.setObjectName("primary")
    validate.setDefault(True)
    for button in (validate, cancel):
        button.setMinimumSize(150, 52)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(validate)
    return row


class TimeDialog(QDialog):
    """'À quelle heure Léa PETIT est-elle arrivée ?': a big time, ± 5 minutes, within the half-day."""

    def __init__(self, title: str, question: str, initial: time, slot: SlotTimes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("time_dialog")
        self.setWindowTitle(title)
        heading = QLabel(question, self)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        bounds = QLabel(self.tr("Demi-journée de %1 à %2").replace("%1", frenchfmt.clock(slot.start))
                        .replace("%2", frenchfmt.clock(slot.end)), self)
        bounds.setStyleSheet("color: #45505e;")
        self.edit = QTimeEdit(self)
        self.edit.setObjectName("time")
        self.edit.setAccessibleName(title)
        self.edit.setDisplayFormat("HH'h'mm")
        self.edit.setTimeRange(QTime(slot.start.hour, slot.start.minute),
                               QTime(slot.end.hour, slot.end.minute))
        self.edit.setTime(QTime(initial.hour, initial.minute))
        self.edit.setStyleSheet(TIME_STYLE)
        self.edit.setMinimumWidth(200)
        minus, plus = QPushButton(self.tr("− 5 min"), self), QPushButton(self.tr("+ 5 min"), self)
        for button, step in ((minus, -5), (plus, 5)):
            button.setMinimumSize(110, 64)
            button.setAutoRepeat(True)
            button.clicked.connect(lambda _=False, step=step: self.step(step))
        chooser = QHBoxLayout()
        chooser.addStretch(1)
        chooser.addWidget(minus)
        chooser.addWidget(self.edit)
        chooser.addWidget(plus)
        chooser.addStretch(1)
        self.validate_button = QPushButton(self.tr("Valider"), self)
        self.validate_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(heading)
        layout.addWidget(bounds)
        layout.addLayout(chooser)
        self.cancel_button = QPushButton(self.tr("Annuler"), self)
        layout.addLayout(_buttons(self, self.validate_button, self.cancel_button))
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(560)

    def step(self, minutes: int) -> None:
        self.edit.setTime(self.edit.time().addSecs(minutes * 60))

    def time(self) -> time:
        value = self.edit.time()
        return time(value.hour(), value.minute())

    def set_time(self, value: Clock) -> None:
        self.edit.setTime(QTime(value.hour, value.minute))


class CorrectionDialog(QDialog):
    """Who corrects a signed half-day, and why: both are kept with the change."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correction_dialog")
        self.setWindowTitle(self.tr("Corriger une demi-journée signée"))
        self.correction: Correction | None = None
        intro = QLabel(self.tr(
            "Cette demi-journée est signée. Vous pourrez modifier une présence ; la modification "
            "sera conservée avec votre nom, la date, le motif et la valeur d'avant."), self)
        intro.setWordWrap(True)
        self.form = FieldForm(self)
        self.by = QComboBox(self)
        self.by.setEditable(True)
        self.by.addItems(names)
        self.by.setCurrentIndex(-1)
        self.by.setMinimumHeight(TOUCH)
        line_edit = self.by.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("Prénom et nom"))
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr(
            "Ex. : arrivée à 9h20 et non à 9h00, erreur lors de l'appel."))
        self.reason.setMinimumHeight(110)
        self.form.add("by", self.tr("Qui fait la correction ? *"), self.by)
        self.form.add("reason", self.tr("Pourquoi ? *"), self.reason)
        self.validate_button = QPushButton(self.tr("Continuer"), self)
        self.validate_button.clicked.connect(self.validate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        self.cancel_button = QPushButton(self.tr("Annuler"), self)
        layout.addLayout(_buttons(self, self.validate_button, self.cancel_button))
        self.setStyleSheet(DIALOG_STYLE + "QComboBox, QPlainTextEdit { font-size: 16px; }")
        self.setMinimumWidth(600)

    def validate(self) -> None:
        by, reason = self.by.currentText().strip(), self.reason.toPlainText().strip()
        problems = {}
        if not by:
            problems["by"] = self.tr("Indiquez qui fait la correction.")
        if not reason:
            problems["reason"] = self.tr("Indiquez la raison de la correction.")
        if problems:
            self.form.show_errors(problems)
            return
        self.correction = Correction(by, reason)
        self.accept()
