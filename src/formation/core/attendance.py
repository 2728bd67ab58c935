"""Attendance per half-day: statuses and the minutes actually attended.

The minutes attended are the part of the slot between the arrival (or the slot's start)
and the departure (or the slot's end): a slot edited afterwards still gives a sane result,
since times outside the slot are clamped to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import time

from formation.core.enums import Presence
from formation.core.planning import SlotTimes, minutes_between


@dataclass(frozen=True)
class Mark:
    """What was recorded for one participant on one half-day."""

    status: Presence
    arrival: time | None = None
    departure: time | None = None


def attended_minutes(slot: SlotTimes, mark: Mark | None) -> int:
    """Minutes of `slot` attended; nothing recorded counts as nothing attended."""
    if mark is None or not mark.status.attended:
        return 0
    start = max(slot.start, mark.arrival) if mark.arrival else slot.start
    end = min(slot.end, mark.departure) if mark.departure else slot.end
    return max(0, minutes_between(start, end)) if end > start else 0


def total_attended(marks: Iterable[tuple[SlotTimes, Mark | None]]) -> int:
    return sum(attended_minutes(slot, mark) for slot, mark in marks)


def absent_twice_in_a_row(statuses: list[Presence | None]) -> bool:
    """Two consecutive half-days missed without excuse: the drop-out alert (indicator 12)."""
    missed = [s == Presence.ABSENT for s in statuses]
    return any(a and b for a, b in zip(missed, missed[1:], strict=False))
