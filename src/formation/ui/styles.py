"""The few inline styles shared by the screens: hints in the placeholder colour, errors in red, and
the colours of rows that are done (green) or need attention (orange), with dark text on them."""

from PySide6.QtGui import QColor

HINT_STYLE = "color: palette(placeholder-text); font-size: 90%;"
ERROR_STYLE = "color: #b3261e; font-size: 90%;"

DONE_ROW = QColor("#dcefdc")
ATTENTION_ROW = QColor("#fde3c0")
DARK_TEXT = QColor("#1f1f1f")
