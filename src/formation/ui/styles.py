"""The few inline styles shared by the screens: hints in the placeholder colour, errors in red."""

HINT_STYLE = "color: palette(placeholder-text); font-size: 90%;"
ERROR_STYLE = "color: #b3261e; font-size: 90%;"
