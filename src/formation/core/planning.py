"""Half-day slots of a session: the default day, proposals from dates, durations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from formation.core import frenchfmt


@dataclass(frozen=True, order=True)
class SlotTimes:
    """One half-day: a date with a start and an end time."""

    day: date
    start: time
    end: time

    @property
    def minutes(self) -> int:
        return minutes_between(self.start, self.end)

    @property
    def is_morning(self) -> bool:
        return self.start < time(12, 0)

    def overlaps(self, other: SlotTimes) -> bool:
        return self.day == other.day and self.start < other.end and other.start < self.end

    def __str__(self) -> str:
        part = "matin" if self.is_morning else "après-midi"
        return (
            f"{frenchfmt.short_date(self.day)} {part} "
            f"{frenchfmt.clock(self.start)}–{frenchfmt.clock(self.end)}"
        )


# The default day proposed for a new session: two half-days, 7 hours in all.
DEFAULT_DAY: tuple[tuple[time, time], ...] = (
    (time(9, 0), time(12, 30)),
    (time(13, 30), time(17, 0)),
)


def minutes_between(start: time, end: time) -> int:
    today = date.today()
    delta = datetime.combine(today, end) - datetime.combine(today, start)
    return int(delta.total_seconds() // 60)


def working_days(start: date, end: date) -> list[date]:
    """Monday to Friday from start to end, both included."""
    days = (start + timedelta(n) for n in range((end - start).days + 1))
    return [d for d in days if d.weekday() < 5]


def end_for_duration(start: date, duration_minutes: int,
                     day: Sequence[tuple[time, time]] = DEFAULT_DAY) -> date:
    """The last working day needed to hold `duration_minutes` of default days from `start`."""
    per_day = sum(minutes_between(a, b) for a, b in day)
    days_needed = max(1, -(-duration_minutes // per_day)) if per_day else 1
    current, counted = start, 0
    while True:
        if current.weekday() < 5:
            counted += 1
            if counted == days_needed:
                return current
        current += timedelta(days=1)


def propose_slots(start: date, end: date,
                  day: Sequence[tuple[time, time]] = DEFAULT_DAY) -> list[SlotTimes]:
    """Every half-day of the default day on each working day between start and end."""
    return [SlotTimes(d, a, b) for d in working_days(start, end) for a, b in day]


def total_minutes(slots: Iterable[SlotTimes]) -> int:
    return sum(s.minutes for s in slots)


def slot_problems(slots: Sequence[SlotTimes]) -> list[str]:
    """What is wrong with a list of slots, in French; empty when they can be saved."""
    problems = [f"Le créneau du {s} finit avant de commencer." for s in slots if s.end <= s.start]
    ordered = sorted(slots)
    for first, second in zip(ordered, ordered[1:], strict=False):
        if first.overlaps(second):
            problems.append(f"Les créneaux {first} et {second} se chevauchent.")
    return problems
