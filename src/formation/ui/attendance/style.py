"""The look of the émargement window: large targets for a finger, colours per status, labels."""

from __future__ import annotations

from datetime import date, datetime, time

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from formation.core import frenchfmt
from formation.core.enums import Presence
from formation.core.planning import SlotTimes

TOUCH = 48  # px: the height of every button and row a finger must hit (44 at least)

STATUS_COLOURS = {
    Presence.PRESENT: "#1e7b34",
    Presence.ABSENT: "#b3261e",
    Presence.LATE: "#b95000",
    Presence.LEFT_EARLY: "#8a5a00",
    Presence.EXCUSED: "#4a5a8a",
}


def _status_rules() -> str:
    rules = []
    for status, colour in STATUS_COLOURS.items():
        rules.append(
            f'QPushButton[status="{status.value}"]:checked {{ background: {colour}; '
            f"color: white; border-color: {colour}; }}")
        rules.append(f'QFrame#row[state="{status.value}"] {{ border-left: 6px solid {colour}; }}')
    return "\n".join(rules)


WINDOW_STYLE = """
AttendanceWindow { background: #f4f6f9; }
QWidget#rows { background: #f4f6f9; }
QScrollArea { border: none; background: #f4f6f9; }
QLabel { font-size: 16px; color: #1d2733; }
QLabel#window_title { font-size: 24px; font-weight: bold; }
QLabel#window_title[compact="true"] { font-size: 19px; }
QLabel#window_subtitle { color: #45505e; }
QLabel#name { font-size: 18px; font-weight: bold; }
QLabel#detail { font-size: 14px; color: #5b6573; }
QLabel#detail[todo="true"] { color: #b95000; font-weight: bold; }
QLabel#signed_at { font-size: 14px; color: #1e7b34; font-weight: bold; }
QLabel#not_signed { font-size: 14px; color: #8a939e; }
QLabel#progress { color: #45505e; }
QLabel#when { font-size: 15px; font-weight: bold; padding: 6px 12px; border-radius: 14px;
              background: #e4e8ee; color: #45505e; }
QLabel#when[now="true"] { background: #1e7b34; color: white; }
QLabel#error, QLabel#signoff_error {
    background: #fdecea; color: #8c1d18; border: 1px solid #f0b7b2; border-radius: 8px;
    padding: 10px 14px; font-weight: bold; }
QComboBox { font-size: 16px; min-height: 44px; padding: 0 10px; }
QComboBox#slot_combo { font-size: 19px; font-weight: bold; min-height: 50px; }
QComboBox QAbstractItemView { font-size: 18px; }
QComboBox QAbstractItemView::item { min-height: 48px; }
QPushButton { font-size: 16px; min-height: 46px; padding: 0 14px; border-radius: 8px;
              border: 1px solid #aab3bf; background: white; color: #1d2733; }
QPushButton:pressed { background: #e3e8ee; }
QPushButton:disabled { color: #a3abb5; background: #f0f2f5; border-color: #dde1e6; }
QPushButton#primary { background: #1f5fbf; color: white; border-color: #1f5fbf; font-weight: bold; }
QPushButton#hours_toggle:checked { background: #e7eefa; border-color: #1f5fbf; color: #1d3b6e; }
QPushButton#primary:disabled { background: #b6c7e3; border-color: #b6c7e3; color: #f2f5fa; }
QPushButton#sign { color: #1f5fbf; border: 2px solid #1f5fbf; font-weight: bold; font-size: 17px; }
QPushButton#sign:pressed { background: #e3ecfa; }
QFrame#row { background: white; border: 1px solid #dde2e8; border-radius: 10px;
             border-left: 6px solid #e08a2e; }
QPushButton[status] { font-size: 15px; padding: 0 6px; }
QFrame#hours_panel, QFrame#trainer_bar { background: white; border: 1px solid #dde2e8;
                                         border-radius: 10px; }
QLabel#panel_title { font-size: 18px; font-weight: bold; }
QLabel#hours_name { font-size: 15px; }
QLabel#hours_value { font-size: 15px; font-weight: bold; }
QFrame#lock_banner { background: #e7eefa; border: 1px solid #9fb4d8; border-radius: 10px; }
QLabel#lock_text { font-size: 17px; font-weight: bold; color: #1d3b6e; }
QFrame#correction_banner { background: #fff4ce; border: 1px solid #e0c45c; border-radius: 10px; }
QLabel#correction_text { color: #5c4500; }
""" + _status_rules()


def tr(text: str) -> str:
    return QCoreApplication.translate("AttendanceWindow", text)


def _part(slot: SlotTimes) -> str:
    return tr("matin") if slot.is_morning else tr("après-midi")


def slot_label(slot: SlotTimes) -> str:
    """'jeu. 12/03 matin 09h00–12h30'"""
    day = format_date(slot.day, format="EEE dd/MM", locale=frenchfmt.LOCALE)
    return f"{day} {_part(slot)} {frenchfmt.clock(slot.start)}–{frenchfmt.clock(slot.end)}"


def slot_long_label(slot: SlotTimes) -> str:
    """'jeudi 12 mars 2026, matin, 09h00–12h30'"""
    return (f"{frenchfmt.weekday_date(slot.day)}, {_part(slot)}, "
            f"{frenchfmt.clock(slot.start)}–{frenchfmt.clock(slot.end)}")


def at(moment: datetime, day: date) -> str:
    """'09h07' on the half-day's own date, '13/03/2026 à 09h07' on another."""
    clock = frenchfmt.clock(moment.time())
    if moment.date() == day:
        return clock
    return tr("%1 à %2").replace("%1", frenchfmt.short_date(moment.date())).replace("%2", clock)


def clamp(moment: time, slot: SlotTimes) -> time:
    """A time brought within the half-day, to the minute."""
    moment = moment.replace(second=0, microsecond=0)
    return min(max(moment, slot.start), slot.end)


def lock_icon(size: int = 32, colour: str = "#1d3b6e") -> QIcon:
    """A padlock, drawn: the fonts at hand have no such sign."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    s = size / 32
    painter.setPen(QPen(QColor(colour), 3.2 * s))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(9 * s, 3 * s, 14 * s, 16 * s), 0, 180 * 16)
    painter.drawLine(int(9 * s), int(11 * s), int(9 * s), int(15 * s))
    painter.drawLine(int(23 * s), int(11 * s), int(23 * s), int(15 * s))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(5 * s, 14 * s, 22 * s, 16 * s), 3 * s, 3 * s)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(QRectF(14 * s, 19 * s, 4 * s, 4 * s))
    painter.end()
    return QIcon(pixmap)
