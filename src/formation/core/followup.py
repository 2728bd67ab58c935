"""When a cold follow-up questionnaire is due, and whether a reminder may go."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has no such day:
    30 November + 3 months is 28 February (29 in a leap year)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_on(last_day: date, delay_months: int) -> date:
    return add_months(last_day, delay_months)


def reminder_due(sent_at: datetime | None, reminded_at: datetime | None, answered: bool,
                 reminder_days: int, now: datetime) -> bool:
    """At most one reminder, after the delay, never to someone who answered."""
    if answered or sent_at is None or reminded_at is not None:
        return False
    return now - sent_at >= timedelta(days=reminder_days)
