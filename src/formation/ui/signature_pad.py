"""A pad to sign on with a mouse, a pen or a finger, and the dialog that asks for a signature.

Strokes are kept as lists of points: the PNG made from them depends on the points only (not on
the pad's size on screen), so the same strokes always give the same bytes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from formation.core.errors import FormationError
from formation.ui.widgets import fit_to_screen

INK = QColor("#14286e")  # a dark blue, as a ballpoint pen
PEN_WIDTH = 3.0
MARGIN = 12  # white space kept around the ink in the PNG
MIN_STEP = 1.5  # points closer than this to the previous one are dropped (jitter)
ERROR_STYLE = "color: #b3261e; font-weight: bold;"

Stroke = list[QPointF]


def stroke_path(stroke: Sequence[QPointF]) -> QPainterPath:
    """A smooth curve through the points: quadratic segments between their midpoints."""
    path = QPainterPath(stroke[0])
    if len(stroke) == 1:
        return path
    for current, following in zip(stroke[1:-1], stroke[2:], strict=False):
        path.quadTo(current, (current + following) / 2)
    path.lineTo(stroke[-1])
    return path


def _pen(width: float = PEN_WIDTH) -> QPen:
    return QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)


def paint_strokes(painter: QPainter, strokes: Sequence[Sequence[QPointF]]) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(_pen())
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for stroke in strokes:
        if len(stroke) == 1:
            painter.drawPoint(stroke[0])  # a tap leaves a dot, as a pen would
        else:
            painter.drawPath(stroke_path(stroke))


def strokes_to_png(strokes: Sequence[Sequence[QPointF]]) -> bytes:
    """The ink on a white background, cropped to the strokes with a margin, as PNG bytes."""
    drawn = [s for s in strokes if s]
    if not drawn:
        return b""
    xs = [p.x() for s in drawn for p in s]
    ys = [p.y() for s in drawn for p in s]
    pad = MARGIN + PEN_WIDTH
    left, top = math.floor(min(xs) - pad), math.floor(min(ys) - pad)
    width, height = math.ceil(max(xs) + pad) - left, math.ceil(max(ys) + pad) - top
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-left, -top)
    paint_strokes(painter, drawn)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class SignaturePad(QWidget):
    """White pad with a baseline; draw with the mouse, a pen (tablet) or a finger (touch)."""

    changed = Signal()  # a stroke was added, or the pad was cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature_pad")
        self.setAccessibleName(self.tr("Zone de signature"))
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMinimumSize(480, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: list[Stroke] = []
        self._current: Stroke | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(720, 260)

    # --- strokes -------------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not any(self._strokes)

    def strokes(self) -> list[list[tuple[float, float]]]:
        """The strokes drawn, as plain coordinates."""
        return [[(p.x(), p.y()) for p in s] for s in self._strokes]

    def set_strokes(self, strokes: Sequence[Sequence[tuple[float, float]]]) -> None:
        self._strokes = [[QPointF(x, y) for x, y in s] for s in strokes if s]
        self._current = None
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        self._strokes, self._current = [], None
        self.update()
        self.changed.emit()

    def to_png(self) -> bytes:
        """The signature as PNG bytes (empty when nothing is drawn)."""
        return strokes_to_png(self._strokes)

    def begin_stroke(self, point: QPointF) -> None:
        self._current = [QPointF(point)]
        self._strokes.append(self._current)
        self.update()

    def extend_stroke(self, point: QPointF) -> None:
        if self._current is None:
            return
        last = self._current[-1]
        if math.hypot(point.x() - last.x(), point.y() - last.y()) < MIN_STEP:
            return
        self._current.append(QPointF(point))
        self.update()

    def end_stroke(self, point: QPointF | None = None) -> None:
        if self._current is None:
            return
        if point is not None:
            self.extend_stroke(point)
        self._current = None
        self.changed.emit()

    # --- input ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(event.position())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._current is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.extend_stroke(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.end_stroke(event.position())
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.begin_stroke(event.position())
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self.extend_stroke(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self.end_stroke(event.position())
        event.accept()  # no mouse event is synthesised from an accepted pen event

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if kind == QEvent.Type.TouchCancel:
                self.end_stroke()
            elif points:
                position = points[0].position()  # one finger signs; others are ignored
                if kind == QEvent.Type.TouchBegin:
                    self.begin_stroke(position)
                elif kind == QEvent.Type.TouchUpdate:
                    self.extend_stroke(position)
                else:
                    self.end_stroke(position)
            event.accept()
            return True
        return super().event(event)

    # --- look ----------------------------------------------------------------------------------
    def baseline_y(self) -> float:
        return self.height() * 0.72

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        frame = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor("#b8c0cc"), 1.5))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(frame, 10, 10)
        y = self.baseline_y()
        painter.setPen(QPen(QColor("#9aa4b2"), 1.5))
        painter.drawLine(QPointF(36, y), QPointF(self.width() - 36, y))
        cross = QFont(self.font())
        cross.setPixelSize(22)
        painter.setFont(cross)
        painter.drawText(QRectF(12, y - 30, 24, 28), Qt.AlignmentFlag.AlignCenter, "×")
        if self.is_empty():
            hint = QFont(self.font())
            hint.setPixelSize(max(22, int(self.height() * 0.14)))
            painter.setFont(hint)
            painter.setPen(QColor("#c3c9d2"))
            painter.drawText(QRectF(0, 0, self.width(), y - 8),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             self.tr("Signez ici"))
        paint_strokes(painter, self._strokes)
        painter.end()


DIALOG_STYLE = """
QDialog { background: #f4f6f9; }
QLabel { font-size: 16px; }
QPushButton { font-size: 17px; padding: 8px 18px; border-radius: 8px; border: 1px solid #aab3bf;
              background: white; color: #1d2733; }
QPushButton:pressed { background: #e3e8ee; }
QPushButton:disabled { color: #9aa3ad; background: #eef1f4; border-color: #d3d8de; }
QPushButton#primary { background: #1f5fbf; color: white; border-color: #1f5fbf; font-weight: bold; }
QPushButton#primary:disabled { background: #9db6dc; border-color: #9db6dc; color: #eef3fa; }
"""


class SignatureDialog(QDialog):
    """'Signature de …': the pad, full width, with Effacer / Annuler / Valider.

    Valider hands the PNG to `save`; a FormationError it raises is shown here and the drawing
    is kept, so nothing is lost. Open it with open(): tests drive it without exec().
    """

    def __init__(self, title: str, details: str, save: Callable[[bytes], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature_dialog")
        self.setWindowTitle(title)
        self._save = save
        self.result_value: object = None
        heading = QLabel(title, self)
        heading.setObjectName("signature_heading")
        heading.setStyleSheet("font-size: 22px; font-weight: bold;")
        heading.setWordWrap(True)
        info = QLabel(details, self)
        info.setWordWrap(True)
        info.setStyleSheet("color: #45505e;")
        self.pad = SignaturePad(self)
        self.error = QLabel(self)
        self.error.setObjectName("signature_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.clear_button = QPushButton(self.tr("Effacer"), self)
        self.cancel_button = QPushButton(self.tr("Annuler"), self)
        self.validate_button = QPushButton(self.tr("Valider"), self)
        self.validate_button.setObjectName("primary")
        self.validate_button.setDefault(True)
        for button in (self.clear_button, self.cancel_button, self.validate_button):
            button.setMinimumSize(140, 52)
        self.clear_button.clicked.connect(self.pad.clear)
        self.cancel_button.clicked.connect(self.reject)
        self.validate_button.clicked.connect(self.validate)
        self.pad.changed.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.validate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(info)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setStyleSheet(DIALOG_STYLE)
        fit_to_screen(self, 960, 540)
        self._update_buttons()

    def _update_buttons(self) -> None:
        empty = self.pad.is_empty()
        self.validate_button.setEnabled(not empty)
        self.clear_button.setEnabled(not empty)
        if not empty:
            self.error.hide()

    def validate(self) -> None:
        if self.pad.is_empty():
            self._show_error(self.tr("Signez dans le cadre avant de valider."))
            return
        try:
            self.result_value = self._save(self.pad.to_png())
        except FormationError as error:
            self._show_error(str(error))
            return
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

