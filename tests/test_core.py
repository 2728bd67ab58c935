"""Rules of the domain that need neither a database nor a display."""

from datetime import date, time

from formation.core import frenchfmt, validation
from formation.core.enums import ParticipantStatus, RegistrationStatus
from formation.core.planning import SlotTimes, end_for_duration, propose_slots, slot_problems


def test_default_slots_cover_each_working_day_with_two_half_days() -> None:
    # Thursday 12 March 2026 to Monday 16 March: the weekend is skipped.
    slots = propose_slots(date(2026, 3, 12), date(2026, 3, 16))
    assert [s.day for s in slots][::2] == [date(2026, 3, 12), date(2026, 3, 13), date(2026, 3, 16)]
    assert [(s.start, s.end) for s in slots[:2]] == [(time(9), time(12, 30)), (time(13, 30), time(17))]
    assert sum(s.minutes for s in slots) == 3 * 7 * 60


def test_a_fourteen_hour_course_starting_on_friday_ends_on_monday() -> None:
    assert end_for_duration(date(2026, 3, 13), 14 * 60) == date(2026, 3, 16)
    assert end_for_duration(date(2026, 3, 13), 3 * 60) == date(2026, 3, 13)


def test_overlapping_or_inverted_slots_are_explained() -> None:
    day = date(2026, 3, 12)
    problems = slot_problems([SlotTimes(day, time(9), time(12, 30)),
                              SlotTimes(day, time(12), time(17)),
                              SlotTimes(day, time(18), time(17, 30))])
    assert any("se chevauchent" in p for p in problems)
    assert any("finit avant de commencer" in p for p in problems)
    assert slot_problems([SlotTimes(day, time(9), time(12, 30)),
                          SlotTimes(day, time(12, 30), time(17))]) == []


def test_french_formats() -> None:
    assert frenchfmt.short_date(date(2026, 3, 2)) == "02/03/2026"
    assert frenchfmt.long_date(date(2026, 3, 2)) == "2 mars 2026"
    assert frenchfmt.date_range(date(2026, 3, 2), date(2026, 3, 3)) == "du 02/03/2026 au 03/03/2026"
    assert frenchfmt.hours(210) == "3 h 30"
    assert frenchfmt.decimal_hours(210) == "3,5"
    assert frenchfmt.clock(time(9, 5)) == "09h05"
    assert frenchfmt.euros(125050).replace("\u202f", " ").replace("\xa0", " ") == "1 250,50 €"


def test_labels_are_found_from_what_a_spreadsheet_says() -> None:
    assert ParticipantStatus.from_label("Demandeur·se d'emploi") is ParticipantStatus.JOB_SEEKER
    assert ParticipantStatus.from_label("BENEVOLE") is ParticipantStatus.VOLUNTEER
    assert ParticipantStatus.from_label("astronaute") is None
    assert not RegistrationStatus.WAITING.takes_a_seat and RegistrationStatus.REGISTERED.takes_a_seat


def test_value_checks_say_what_to_fix() -> None:
    assert validation.siret("433 115 813 00068") is None
    assert "14 chiffres" in (validation.siret("4331158") or "")
    assert "11 chiffres" in (validation.nda("123") or "")
    assert validation.email("marie.dupont@exemple.fr") is None
    assert "pas valide" in (validation.email("marie.dupont@") or "")
