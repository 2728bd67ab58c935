"""Dates, times, durations and amounts written the French way: the one place that decides it."""

from __future__ import annotations

from datetime import date, time

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

LOCALE = "fr_FR"


def short_date(day: date | None) -> str:
    """12/03/2026"""
    return day.strftime("%d/%m/%Y") if day else ""


def long_date(day: date | None) -> str:
    """12 mars 2026"""
    return format_date(day, format="d MMMM y", locale=LOCALE) if day else ""


def weekday_date(day: date | None) -> str:
    """jeudi 12 mars 2026"""
    return format_date(day, format="EEEE d MMMM y", locale=LOCALE) if day else ""


def date_range(start: date | None, end: date | None) -> str:
    """'12/03/2026' for one day, 'du 12/03/2026 au 13/03/2026' for several."""
    if start is None:
        return ""
    if end is None or end == start:
        return short_date(start)
    return f"du {short_date(start)} au {short_date(end)}"


def clock(moment: time | None) -> str:
    """09h00"""
    return f"{moment.hour:02d}h{moment.minute:02d}" if moment else ""


def hours(minutes: int | None) -> str:
    """A duration given in minutes: 420 -> '7 h', 210 -> '3 h 30'."""
    if minutes is None:
        return ""
    whole, rest = divmod(int(minutes), 60)
    return f"{whole} h {rest:02d}" if rest else f"{whole} h"


def decimal_hours(minutes: int) -> str:
    """420 -> '7', 210 -> '3,5': for tables and certificates."""
    return format_decimal(minutes / 60, format="#,##0.##", locale=LOCALE)


def euros(cents: int | None) -> str:
    """125050 -> '1 250,50 €' (with the narrow no-break spaces of French typography)."""
    if cents is None:
        return ""
    return format_currency(cents / 100, "EUR", locale=LOCALE)
