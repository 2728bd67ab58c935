"""Follow-up due dates follow the calendar; reminders go once, after the delay, to those who owe one."""

from datetime import date, datetime

import pytest

from formation.core.followup import add_months, due_on, reminder_due


@pytest.mark.parametrize(("last_day", "months", "expected"), [
    (date(2026, 11, 30), 3, date(2027, 2, 28)),
    (date(2027, 11, 30), 3, date(2028, 2, 29)),  # leap year
    (date(2026, 3, 12), 3, date(2026, 6, 12)),
    (date(2026, 10, 31), 3, date(2027, 1, 31)),
    (date(2026, 12, 31), 2, date(2027, 2, 28)),
    (date(2026, 5, 31), 1, date(2026, 6, 30)),
    (date(2026, 1, 15), 12, date(2027, 1, 15)),
])
def test_due_dates_follow_the_calendar(last_day: date, months: int, expected: date) -> None:
    assert due_on(last_day, months) == expected


def test_add_months_keeps_the_day_when_it_exists() -> None:
    assert [add_months(date(2026, 1, 31), n).day for n in range(1, 4)] == [28, 31, 30]


def test_a_single_reminder_after_the_delay() -> None:
    sent, now = datetime(2027, 3, 1, 9), datetime(2027, 3, 15, 9)
    assert reminder_due(sent, None, answered=False, reminder_days=14, now=now)
    assert not reminder_due(sent, None, answered=False, reminder_days=15, now=now)
    assert not reminder_due(sent, now, answered=False, reminder_days=14, now=now)  # already reminded
    assert not reminder_due(sent, None, answered=True, reminder_days=14, now=now)
    assert not reminder_due(None, None, answered=False, reminder_days=14, now=now)  # never sent
