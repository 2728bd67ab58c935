"""One participant's line on the sheet, and the 'Heures suivies' summary."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.enums import Presence
from formation.services.attendance import SheetLine
from formation.ui.attendance.style import TOUCH, at
from formation.ui.i18n import label

THUMB_HEIGHT, THUMB_WIDTH = 40, 170
SIGN_COLUMN = 176
STATUS_WIDTH = 90  # five toggles, a name and the signature fit in 911 px (a laptop at 150 %)


def thumbnail(png: bytes | None, height: int = THUMB_HEIGHT, width: int = THUMB_WIDTH) -> QPixmap:
    image = QImage.fromData(png) if png else QImage()
    if image.isNull():
        return QPixmap()
    return QPixmap.fromImage(image.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))


def _restyle(widget: QWidget) -> None:
    """Apply the style sheet again after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ParticipantRow(QFrame):
    """Name, the five statuses as big toggles, and 'Signer' or the signature with its time."""

    status_clicked = Signal(int, object)  # registration id, Presence
    sign_clicked = Signal(int)

    def __init__(self, line: SheetLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("row")
        self.registration_id = line.registration_id
        self.line = line
        self.name = QLabel(line.name, self)
        self.name.setObjectName("name")
        self.name.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addStretch(1)
        names.addWidget(self.name)
        names.addWidget(self.detail)
        names.addStretch(1)
        self.group = QButtonGroup(self)
        self.buttons: dict[Presence, QPushButton] = {}
        toggles = QHBoxLayout()
        toggles.setSpacing(5)
        # The two long labels go on two lines: five big toggles then fit beside a name on a tablet.
        short = {Presence.LEFT_EARLY: self.tr("Parti·e\nplus tôt"),
                 Presence.EXCUSED: self.tr("Absence\njustifiée")}
        for status in Presence:
            button = QPushButton(short.get(status) or label(status), self)
            button.setMinimumWidth(STATUS_WIDTH)
            button.setCheckable(True)
            button.setProperty("status", status.value)
            button.setMinimumHeight(TOUCH + 4)
            button.setAccessibleName(f"{label(status)} — {line.name}")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, s=status: self.status_clicked.emit(
                self.registration_id, s))
            self.group.addButton(button)
            toggles.addWidget(button)
            self.buttons[status] = button
        self.sign_button = QPushButton(self.tr("Signer"), self)
        self.sign_button.setObjectName("sign")
        self.sign_button.setMinimumHeight(TOUCH + 4)
        self.sign_button.setAccessibleName(self.tr("Faire signer %1").replace("%1", line.name))
        self.sign_button.clicked.connect(lambda: self.sign_clicked.emit(self.registration_id))
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("thumbnail")
        self.thumbnail.setFixedHeight(THUMB_HEIGHT)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signed_label = QLabel(self)
        self.signed_label.setObjectName("signed_at")
        self.signed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.not_signed = QLabel(self.tr("Non signé"), self)
        self.not_signed.setObjectName("not_signed")
        self.not_signed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        signature = QVBoxLayout()
        signature.setContentsMargins(0, 0, 0, 0)
        signature.setSpacing(0)
        for widget in (self.sign_button, self.thumbnail, self.signed_label, self.not_signed):
            signature.addWidget(widget)
        holder = QWidget(self)
        holder.setLayout(signature)
        holder.setFixedWidth(SIGN_COLUMN)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 10, 6)
        layout.setSpacing(10)
        layout.addLayout(names, 1)
        layout.addLayout(toggles)
        layout.addWidget(holder)
        self.setMinimumHeight(THUMB_HEIGHT + 36)  # the same for every row, signed or not
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def status(self) -> Presence | None:
        return self.line.mark.status if self.line.mark else None

    def set_line(self, line: SheetLine, signature: bytes | None, day_of_slot: date,
                 *, statuses_enabled: bool, can_sign: bool) -> None:
        self.line = line
        current = self.status()
        self.group.setExclusive(False)  # lets every toggle be off: nothing recorded yet
        for status, button in self.buttons.items():
            button.setChecked(status == current)
            button.setEnabled(statuses_enabled)
        self.group.setExclusive(True)
        self.detail.setText(self._detail(line))
        self.detail.setVisible(bool(self.detail.text()))
        todo = line.mark is None
        if self.detail.property("todo") != todo:
            self.detail.setProperty("todo", todo)
            _restyle(self.detail)
        state = "todo" if todo else str(current)
        if self.property("state") != state:
            self.setProperty("state", state)
            _restyle(self)
        signed = line.signed_at is not None
        # Someone marked absent does not sign: a signature would make them present.
        can_sign = can_sign and (current is None or current.attended)
        self.sign_button.setVisible(not signed and can_sign)
        self.not_signed.setVisible(not signed and not can_sign)
        self.not_signed.setText(self.tr("Pas de signature") if current and not current.attended
                                else self.tr("Non signé"))
        self.thumbnail.setVisible(signed)
        self.signed_label.setVisible(signed)
        if signed and line.signed_at is not None:
            self.thumbnail.setPixmap(thumbnail(signature))
            self.signed_label.setText(self.tr("Signé à %1").replace(
                "%1", at(line.signed_at, day_of_slot)))
        else:
            self.thumbnail.clear()
            self.signed_label.clear()

    def _detail(self, line: SheetLine) -> str:
        mark = line.mark
        if mark is None:
            return self.tr("Présence à indiquer")
        parts = []
        if mark.arrival:
            parts.append(self.tr("arrivée à %1").replace("%1", frenchfmt.clock(mark.arrival)))
        if mark.departure:
            parts.append(self.tr("départ à %1").replace("%1", frenchfmt.clock(mark.departure)))
        if mark.status.attended:
            parts.append(self.tr("%1 suivies").replace("%1", frenchfmt.hours(line.minutes)))
        text = " · ".join(parts)
        return text[:1].upper() + text[1:]


class HoursPanel(QFrame):
    """'Heures suivies' on the whole session, one line per participant.

    Beside the sheet on a wide screen (one column), under it on a narrow one (several columns).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hours_panel")
        title = QLabel(self.tr("Heures suivies"), self)
        title.setObjectName("panel_title")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("detail")
        self.subtitle.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(4)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.values: dict[int, QLabel] = {}
        self._rows: list[tuple[int, str, int]] = []
        self._planned = 0
        self.columns = 1
        self.set_columns(1)

    def set_columns(self, columns: int) -> None:
        self.columns = columns
        if columns == 1:
            self.setFixedWidth(240)
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        else:
            self.setMinimumWidth(0)
            self.setMaximumWidth(16777215)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.set_hours(self._rows, self._planned)

    def set_hours(self, rows: list[tuple[int, str, int]], planned_minutes: int) -> None:
        """rows: (registration id, name, minutes attended on the session)."""
        self._rows, self._planned = list(rows), planned_minutes
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        self.values = {}
        self.subtitle.setText(self.tr("Sur toute la session, %1 prévues").replace(
            "%1", frenchfmt.hours(planned_minutes)))
        for n, (registration_id, name, minutes) in enumerate(rows):
            label = QLabel(name, self)
            label.setObjectName("hours_name")
            label.setWordWrap(True)
            value = QLabel(frenchfmt.hours(minutes), self)
            value.setObjectName("hours_value")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row, column = divmod(n, self.columns)
            self.grid.addWidget(label, row, column * 2)
            self.grid.addWidget(value, row, column * 2 + 1)
            self.values[registration_id] = value
        for column in range(self.grid.columnCount()):  # columns of an earlier layout included
            shown = column < 2 * self.columns
            self.grid.setColumnStretch(column, 1 if shown and column % 2 == 0 else 0)
            self.grid.setColumnMinimumWidth(column, 56 if shown and column % 2 else 0)

    def text_for(self, registration_id: int) -> str:
        return self.values[registration_id].text()
