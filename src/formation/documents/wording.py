"""French phrases several documents share, so that they read the same everywhere."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from itertools import groupby

from formation.core import frenchfmt
from formation.core.enums import Civility
from formation.core.planning import SlotTimes

NBSP = "\u00a0"
_TYPO = [(" :", NBSP + ":"), (" ;", NBSP + ";"), (" ?", NBSP + "?"), (" !", NBSP + "!"),
         (" %", NBSP + "%"), ("« ", "«" + NBSP), (" »", NBSP + "»"), ("n° ", "n°" + NBSP)]


def typo(text: str) -> str:
    """French typography: no line break before « : ; ? ! % » or after « and n°."""
    for plain, tied in _TYPO:
        text = text.replace(plain, tied)
    return text


def hours_phrase(minutes: int) -> str:
    """'13 heures', '3,5 heures', '1,5 heure' (plural from two)."""
    return f"{frenchfmt.decimal_hours(minutes)} heure{'s' if minutes >= 120 else ''}"


def made_at(town: str, day: date) -> str:
    """'Fait à Lille, le 13 mars 2026'"""
    return f"Fait à {town}, le {frenchfmt.long_date(day)}"


def rate_phrase(attended: int, planned: int) -> str:
    """'93 %' of the planned hours, '—' when nothing was planned."""
    return f"{round(attended * 100 / planned)} %" if planned else "—"


def salutation(civility: Civility) -> str:
    """'Madame', 'Monsieur', or '' when the civility is not known."""
    return {Civility.MRS: "Madame", Civility.MR: "Monsieur"}.get(civility, "")


def half_day_label(is_morning: bool) -> str:
    return "Matin" if is_morning else "Après-midi"


def day_lines(slots: Iterable[SlotTimes]) -> list[str]:
    """'jeudi 12 mars 2026 : 09h00–12h30 et 13h30–17h00', one line a day."""
    result = []
    for day, same_day in groupby(sorted(slots), key=lambda slot: slot.day):
        times = " et ".join(f"{frenchfmt.clock(s.start)}–{frenchfmt.clock(s.end)}" for s in same_day)
        result.append(f"{frenchfmt.weekday_date(day)} : {times}")
    return result


def days_phrase(slots: Iterable[SlotTimes]) -> str:
    """'2 jours', from the distinct days of the half-days."""
    count = len({slot.day for slot in slots})
    return f"{count} jour{'s' if count > 1 else ''}"
