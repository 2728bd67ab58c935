"""Use cases as a screen calls them: catalogue, people, sessions, registrations, deletion, checks."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text

from formation.core.enums import RegistrationStatus, SessionStatus
from formation.core.errors import DeletionRefused, SessionFullError, ValidationError
from formation.core.planning import SlotTimes
from formation.services import catalogue, consistency, deletion, people, registrations, sessions
from formation.services.catalogue import CourseData
from formation.services.people import ParticipantData, StructureData, TrainerData
from formation.services.sessions import SessionData
from formation.storage.database import Database
from formation.storage.models import Base, CourseObjective, Registration

MONDAY = date(2026, 3, 2)
MORNING = (time(9), time(12, 30))
AFTERNOON = (time(13, 30), time(17))


# --- helpers ----------------------------------------------------------------------------------

def make_course(db: Database, code: str = "ASSO", hours: int = 14,
                objectives: list[str] | None = None) -> int:
    return catalogue.save_course(db, CourseData(
        code=code, title=f"Formation {code}", duration_minutes=hours * 60, nsf_code="332",
        objectives=list(objectives or [])))


def make_session(db: Database, course_id: int, start: date = MONDAY, *, capacity: int = 12,
                 code: str | None = None, status: SessionStatus = SessionStatus.PLANNED,
                 trainer_ids: list[int] | None = None, client_id: int | None = None) -> int:
    data = sessions.new_session_for(db, course_id, start)
    data.capacity, data.status = capacity, status
    data.code = code or data.code
    data.trainer_ids = list(trainer_ids or [])
    data.client_id = client_id
    return sessions.save_session(db, data)


def make_participant(db: Database, first: str = "Marie", last: str = "Dupont",
                     structure_id: int | None = None) -> int:
    return people.save_participant(db, ParticipantData(first_name=first, last_name=last,
                                                       structure_id=structure_id))


def make_trainer(db: Database, first: str = "Paul", last: str = "Durand") -> int:
    return people.save_trainer(db, TrainerData(first_name=first, last_name=last))


def make_structure(db: Database, name: str = "Les Amis du Quartier") -> int:
    return people.save_structure(db, StructureData(name=name))


def slot(day: date, hours: tuple[time, time]) -> SlotTimes:
    return SlotTimes(day, *hours)


def rows(db: Database, table_name: str) -> list[dict[str, Any]]:
    """Every row of a table, as plain dicts, in primary key order."""
    table = Base.metadata.tables[table_name]
    with db.engine.connect() as c:
        result = c.execute(select(table).order_by(*table.primary_key.columns)).mappings()
        return [dict(r) for r in result]


# --- catalogue --------------------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"code": "   "}, "code", ["code", "obligatoire"]),
    ({"title": ""}, "title", ["intitulé", "obligatoire"]),
    ({"duration_minutes": 0}, "duration_minutes", ["durée"]),
    ({"nsf_code": "33"}, "nsf_code", ["NSF", "3 chiffres"]),
])
def test_a_course_is_refused_field_by_field(db: Database, changes: dict[str, Any], field: str,
                                            words: list[str]) -> None:
    data = CourseData(code="ASSO", title="Fonctionnement associatif", duration_minutes=420)
    for name, value in changes.items():
        setattr(data, name, value)
    with pytest.raises(ValidationError) as refused:
        catalogue.save_course(db, data)
    assert set(refused.value.fields) == {field}
    for word in words:
        assert word in refused.value.fields[field]
    assert catalogue.list_courses(db) == []


def test_a_course_code_already_taken_is_named(db: Database) -> None:
    make_course(db, "ASSO")
    with pytest.raises(ValidationError) as refused:
        catalogue.save_course(db, CourseData(code="  ASSO ", title="Autre", duration_minutes=60))
    assert set(refused.value.fields) == {"code"}
    assert "« ASSO »" in refused.value.fields["code"]
    # Saving the same course again under its own code is fine.
    course_id = catalogue.list_courses(db)[0].id
    data = catalogue.get_course(db, course_id)
    data.title = "Nouveau titre"
    assert catalogue.save_course(db, data) == course_id
    assert [c.title for c in catalogue.list_courses(db)] == ["Nouveau titre"]


def _objective_rows(db: Database, course_id: int) -> list[tuple[int, int, str]]:
    with db.session() as s:
        return [(o.id, o.position, o.text) for o in s.scalars(
            select(CourseObjective).where(CourseObjective.course_id == course_id)
            .order_by(CourseObjective.position))]


def test_objectives_keep_their_order_and_their_rows(db: Database) -> None:
    course_id = make_course(db, objectives=["Connaître la loi 1901", "  Tenir une AG ", "",
                                            "Rédiger des statuts"])
    assert catalogue.get_course(db, course_id).objectives == [
        "Connaître la loi 1901", "Tenir une AG", "Rédiger des statuts"]
    before = _objective_rows(db, course_id)
    assert [position for _, position, _ in before] == [1, 2, 3]

    data = catalogue.get_course(db, course_id)
    data.objectives[1] = "Préparer et tenir une assemblée générale"
    catalogue.save_course(db, data)

    after = _objective_rows(db, course_id)
    assert [row_id for row_id, _, _ in after] == [row_id for row_id, _, _ in before]
    assert [t for _, _, t in after] == ["Connaître la loi 1901",
                                        "Préparer et tenir une assemblée générale",
                                        "Rédiger des statuts"]


def test_an_objective_can_be_removed_and_added(db: Database) -> None:
    course_id = make_course(db, objectives=["Un", "Deux", "Trois"])
    data = catalogue.get_course(db, course_id)
    data.objectives.remove("Deux")
    catalogue.save_course(db, data)
    assert catalogue.get_course(db, course_id).objectives == ["Un", "Trois"]
    assert [(p, t) for _, p, t in _objective_rows(db, course_id)] == [(1, "Un"), (2, "Trois")]

    data = catalogue.get_course(db, course_id)
    data.objectives.append("Quatre")
    catalogue.save_course(db, data)
    assert catalogue.get_course(db, course_id).objectives == ["Un", "Trois", "Quatre"]


# --- people -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "field", "word"), [
    ({"first_name": " "}, "first_name", "prénom"),
    ({"last_name": ""}, "last_name", "nom"),
    ({"email": "marie.dupont@"}, "email", "e-mail"),
    ({"phone": "appelez-moi"}, "phone", "téléphone"),
    ({"postal_code": "5900"}, "postal_code", "5 chiffres"),
])
def test_a_participant_is_refused_field_by_field(db: Database, changes: dict[str, Any],
                                                 field: str, word: str) -> None:
    data = ParticipantData(first_name="Marie", last_name="Dupont")
    for name, value in changes.items():
        setattr(data, name, value)
    with pytest.raises(ValidationError) as refused:
        people.save_participant(db, data)
    assert set(refused.value.fields) == {field}
    assert word in refused.value.fields[field]
    assert people.list_participants(db) == []


@pytest.mark.parametrize(("changes", "field", "word"), [
    ({"first_name": ""}, "first_name", "prénom"),
    ({"last_name": "  "}, "last_name", "nom"),
    ({"email": "paul@durand"}, "email", "e-mail"),
])
def test_a_trainer_is_refused_field_by_field(db: Database, changes: dict[str, Any], field: str,
                                             word: str) -> None:
    data = TrainerData(first_name="Paul", last_name="Durand")
    for name, value in changes.items():
        setattr(data, name, value)
    with pytest.raises(ValidationError) as refused:
        people.save_trainer(db, data)
    assert set(refused.value.fields) == {field}
    assert word in refused.value.fields[field]
    assert people.list_trainers(db) == []


@pytest.mark.parametrize(("changes", "field", "word"), [
    ({"name": " "}, "name", "nom"),
    ({"siret": "433 115 813"}, "siret", "14 chiffres"),
    ({"postal_code": "59 000"}, "postal_code", "5 chiffres"),
    ({"contact_email": "contact.exemple.fr"}, "contact_email", "e-mail"),
])
def test_a_structure_is_refused_field_by_field(db: Database, changes: dict[str, Any], field: str,
                                               word: str) -> None:
    data = StructureData(name="Les Amis du Quartier")
    for name, value in changes.items():
        setattr(data, name, value)
    with pytest.raises(ValidationError) as refused:
        people.save_structure(db, data)
    assert set(refused.value.fields) == {field}
    assert word in refused.value.fields[field]
    assert people.list_structures(db) == []


def test_names_and_numbers_are_saved_trimmed(db: Database) -> None:
    participant_id = people.save_participant(db, ParticipantData(
        first_name="  Éloïse ", last_name=" Le   Goff ", email=" Eloise.LeGoff@Exemple.FR "))
    saved = people.get_participant(db, participant_id)
    assert (saved.first_name, saved.last_name, saved.email) == (
        "Éloïse", "Le Goff", "eloise.legoff@exemple.fr")

    trainer_id = people.save_trainer(db, TrainerData(first_name=" Paul ", last_name="  Durand"))
    trainer = people.get_trainer(db, trainer_id)
    assert (trainer.first_name, trainer.last_name) == ("Paul", "Durand")

    structure_id = people.save_structure(db, StructureData(name="  Les  Amis du Quartier ",
                                                           siret="433 115 813 00068"))
    structure = people.get_structure(db, structure_id)
    assert (structure.name, structure.siret) == ("Les Amis du Quartier", "43311581300068")


def test_values_accepted_with_surrounding_spaces_are_saved_without_them(db: Database) -> None:
    # The checks ignore the spaces around an e-mail or a postal code (a copy-paste habit), so the
    # saved value must not keep them: a mail merge or a count by département would trip on them.
    participant_id = people.save_participant(db, ParticipantData(
        first_name="Marie", last_name="Dupont", postal_code=" 59000 "))
    assert people.get_participant(db, participant_id).postal_code == "59000"

    trainer_id = people.save_trainer(db, TrainerData(first_name="Paul", last_name="Durand",
                                                     email=" paul.durand@exemple.fr "))
    assert people.get_trainer(db, trainer_id).email == "paul.durand@exemple.fr"

    structure_id = people.save_structure(db, StructureData(
        name="Les Amis du Quartier", postal_code="59000 ", contact_email=" contact@amis.fr"))
    structure = people.get_structure(db, structure_id)
    assert (structure.postal_code, structure.contact_email) == ("59000", "contact@amis.fr")


def test_participants_list_shows_their_structure_and_registrations(db: Database) -> None:
    structure_id = make_structure(db, "Les Amis du Quartier")
    course_id = make_course(db)
    first = make_session(db, course_id)
    second = make_session(db, course_id, MONDAY + timedelta(weeks=1))
    marie = make_participant(db, "Marie", "Dupont", structure_id)
    jean = make_participant(db, "Jean", "Bernard")
    for session_id in (first, second):
        registrations.register(db, marie, session_id)

    listed = {row.id: row for row in people.list_participants(db)}
    assert [row.last_name for row in people.list_participants(db)] == ["Bernard", "Dupont"]
    assert (listed[marie].structure, listed[marie].registrations) == ("Les Amis du Quartier", 2)
    assert (listed[jean].structure, listed[jean].registrations) == ("", 0)


# --- sessions ---------------------------------------------------------------------------------

def test_a_new_session_is_proposed_from_its_course(db: Database) -> None:
    course_id = make_course(db, "ASSO", hours=14)
    friday = MONDAY + timedelta(days=4)

    proposed = sessions.new_session_for(db, course_id, friday)

    # Two days of 7 hours, from Friday: the weekend is skipped.
    next_monday = friday + timedelta(days=3)
    assert proposed.code == "ASSO-2026-03"
    assert proposed.course_id == course_id
    assert (proposed.start_date, proposed.end_date) == (friday, next_monday)
    assert proposed.slots == [slot(friday, MORNING), slot(friday, AFTERNOON),
                              slot(next_monday, MORNING), slot(next_monday, AFTERNOON)]

    sessions.save_session(db, proposed)
    assert sessions.new_session_for(db, course_id, MONDAY + timedelta(days=14)).code == "ASSO-2026-03B"
    assert sessions.new_session_for(db, course_id, date(2026, 4, 6)).code == "ASSO-2026-04"


def test_session_dates_follow_its_slots(db: Database) -> None:
    course_id = make_course(db)
    tuesday, thursday = MONDAY + timedelta(days=1), MONDAY + timedelta(days=3)
    session_id = sessions.save_session(db, SessionData(
        course_id=course_id, code=" ASSO-SPECIAL ", start_date=MONDAY, end_date=MONDAY,
        slots=[slot(thursday, AFTERNOON), slot(tuesday, MORNING)]))

    saved = sessions.get_session(db, session_id)
    assert saved.code == "ASSO-SPECIAL"
    assert (saved.start_date, saved.end_date) == (tuesday, thursday)
    assert saved.slots == [slot(tuesday, MORNING), slot(thursday, AFTERNOON)]


def test_overlapping_slots_are_refused_on_the_slots_field(db: Database) -> None:
    course_id = make_course(db)
    data = sessions.new_session_for(db, course_id, MONDAY)
    data.slots = [slot(MONDAY, MORNING), slot(MONDAY, (time(12), time(17)))]
    with pytest.raises(ValidationError) as refused:
        sessions.save_session(db, data)
    assert set(refused.value.fields) == {"slots"}
    assert "chevauchent" in refused.value.fields["slots"]
    assert sessions.list_sessions(db) == []


def test_editing_slots_saves_exactly_the_new_set(db: Database) -> None:
    course_id = make_course(db, hours=14)
    session_id = make_session(db, course_id, MONDAY)
    tuesday, wednesday = MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)
    data = sessions.get_session(db, session_id)
    assert data.slots == [slot(MONDAY, MORNING), slot(MONDAY, AFTERNOON),
                          slot(tuesday, MORNING), slot(tuesday, AFTERNOON)]

    data.slots.remove(slot(tuesday, AFTERNOON))  # remove one
    data.slots.append(slot(wednesday, MORNING))  # add one
    data.slots[0] = slot(MONDAY, (time(9), time(12)))  # end the first one earlier
    sessions.save_session(db, data)

    wanted = [slot(MONDAY, (time(9), time(12))), slot(MONDAY, AFTERNOON),
              slot(tuesday, MORNING), slot(wednesday, MORNING)]
    saved = sessions.get_session(db, session_id)
    assert saved.slots == wanted
    assert (saved.start_date, saved.end_date) == (MONDAY, wednesday)
    assert len(rows(db, "slot")) == len(wanted)


@pytest.mark.parametrize("new_day", [
    [(time(9), time(13, 45)), (time(14, 45), time(17, 30))],  # a later lunch break
    [(time(9), time(17))],  # one continuous day, lunch taken together
], ids=["later-lunch", "continuous-day"])
def test_the_hours_of_a_day_can_be_rearranged(db: Database,
                                              new_day: list[tuple[time, time]]) -> None:
    # The new hours do not overlap one another, but the morning now ends after the old
    # afternoon (13h30) began: what is saved must be the new day, whatever the old one was.
    course_id = make_course(db, hours=7)
    session_id = make_session(db, course_id, MONDAY)
    data = sessions.get_session(db, session_id)
    assert data.slots == [slot(MONDAY, MORNING), slot(MONDAY, AFTERNOON)]

    wanted = [slot(MONDAY, hours) for hours in new_day]
    data.slots = list(wanted)
    sessions.save_session(db, data)

    assert sessions.get_session(db, session_id).slots == wanted
    assert len(rows(db, "slot")) == len(wanted)


def test_sessions_of_a_year_with_seated_and_waiting_counts(db: Database) -> None:
    course_id = make_course(db, hours=7)
    last_year = make_session(db, course_id, date(2025, 11, 3), code="ASSO-2025")
    this_year = make_session(db, course_id, MONDAY, capacity=2, code="ASSO-2026")
    people_ids = [make_participant(db, "P", f"Nom{n}") for n in range(4)]
    first = registrations.register(db, people_ids[0], this_year)
    registrations.register(db, people_ids[1], this_year)
    registrations.register(db, people_ids[2], this_year, waiting_list=True)
    registrations.set_status(db, first, RegistrationStatus.CANCELLED, "Malade")
    registrations.register(db, people_ids[3], this_year)
    registrations.register(db, people_ids[0], last_year)

    listed = sessions.list_sessions(db, year=2026)
    assert [row.code for row in listed] == ["ASSO-2026"]
    assert (listed[0].seated, listed[0].waiting, listed[0].capacity) == (2, 1, 2)
    assert listed[0].is_full
    assert listed[0].minutes == 7 * 60

    older = sessions.list_sessions(db, year=2025)
    assert [(row.id, row.seated, row.waiting) for row in older] == [(last_year, 1, 0)]
    assert [row.code for row in sessions.list_sessions(db)] == ["ASSO-2025", "ASSO-2026"]


def test_upcoming_sessions_leave_out_ended_and_cancelled_ones(db: Database) -> None:
    course_id = make_course(db, hours=14)  # two days: Monday and Tuesday
    today = MONDAY + timedelta(weeks=1, days=1)  # a Tuesday
    make_session(db, course_id, MONDAY, code="FINIE")
    make_session(db, course_id, today - timedelta(days=1), code="DERNIER-JOUR")
    make_session(db, course_id, today + timedelta(days=6), code="A-VENIR")
    make_session(db, course_id, today + timedelta(days=13), code="ANNULEE",
                 status=SessionStatus.CANCELLED)

    upcoming = sessions.list_sessions(db, upcoming_from=today)
    assert [row.code for row in upcoming] == ["DERNIER-JOUR", "A-VENIR"]


# --- registrations ----------------------------------------------------------------------------

def test_a_full_session_refuses_a_registration_in_french(db: Database) -> None:
    session_id = make_session(db, make_course(db), capacity=1)
    registrations.register(db, make_participant(db, "Marie", "Dupont"), session_id)
    late = make_participant(db, "Jean", "Bernard")

    with pytest.raises(SessionFullError) as refused:
        registrations.register(db, late, session_id)
    assert refused.value.capacity == 1
    assert "La session est complète (1 place)" in str(refused.value)
    assert "liste d'attente" in str(refused.value)
    assert registrations.seats_taken(db, session_id) == 1

    registration_id = registrations.register(db, late, session_id, waiting_list=True)
    listed = {r.id: r for r in registrations.list_registrations(db, session_id)}
    assert listed[registration_id].status is RegistrationStatus.WAITING
    assert registrations.seats_taken(db, session_id) == 1


def test_a_person_is_registered_once(db: Database) -> None:
    session_id = make_session(db, make_course(db))
    marie = make_participant(db)
    registrations.register(db, marie, session_id)
    with pytest.raises(ValidationError) as refused:
        registrations.register(db, marie, session_id)
    assert set(refused.value.fields) == {"participant_id"}
    assert "déjà inscrite" in refused.value.fields["participant_id"]
    assert len(registrations.list_registrations(db, session_id)) == 1


def test_a_cancellation_needs_a_reason_and_frees_the_seat(db: Database) -> None:
    session_id = make_session(db, make_course(db), capacity=1)
    marie = registrations.register(db, make_participant(db, "Marie", "Dupont"), session_id)

    with pytest.raises(ValidationError) as refused:
        registrations.set_status(db, marie, RegistrationStatus.CANCELLED, "   ")
    assert set(refused.value.fields) == {"status_reason"}
    assert registrations.list_registrations(db, session_id)[0].status is RegistrationStatus.REGISTERED

    registrations.set_status(db, marie, RegistrationStatus.CANCELLED, " Déménagement ",
                             on=MONDAY)
    (row,) = registrations.list_registrations(db, session_id)
    assert (row.status, row.status_reason) == (RegistrationStatus.CANCELLED, "Déménagement")
    with db.session() as s:
        saved = s.get(Registration, marie)
        assert saved is not None and saved.status_changed_on == MONDAY
    assert registrations.seats_taken(db, session_id) == 0

    jean = registrations.register(db, make_participant(db, "Jean", "Bernard"), session_id)
    statuses = {r.id: r.status for r in registrations.list_registrations(db, session_id)}
    assert statuses[jean] is RegistrationStatus.REGISTERED


def test_a_waiting_registration_cannot_take_a_seat_of_a_full_session(db: Database) -> None:
    session_id = make_session(db, make_course(db), capacity=1)
    marie = registrations.register(db, make_participant(db, "Marie", "Dupont"), session_id)
    jean = registrations.register(db, make_participant(db, "Jean", "Bernard"), session_id,
                                  waiting_list=True)

    with pytest.raises(SessionFullError):
        registrations.set_status(db, jean, RegistrationStatus.REGISTERED)
    statuses = {r.id: r.status for r in registrations.list_registrations(db, session_id)}
    assert statuses == {marie: RegistrationStatus.REGISTERED, jean: RegistrationStatus.WAITING}

    registrations.set_status(db, marie, RegistrationStatus.ABANDONED, "Raisons familiales")
    registrations.set_status(db, jean, RegistrationStatus.REGISTERED)
    statuses = {r.id: r.status for r in registrations.list_registrations(db, session_id)}
    assert statuses == {marie: RegistrationStatus.ABANDONED, jean: RegistrationStatus.REGISTERED}


# --- deletion with undo -----------------------------------------------------------------------

SESSION_TABLES = ["session", "slot", "registration", "session_trainer"]


def test_deleting_a_session_can_be_undone_exactly(db: Database) -> None:
    course_id = make_course(db)
    trainers = [make_trainer(db, "Paul", "Durand"), make_trainer(db, "Léa", "Martin")]
    client = make_structure(db, "Mairie de Roubaix")
    doomed = make_session(db, course_id, trainer_ids=trainers, client_id=client, capacity=1)
    other = make_session(db, course_id, MONDAY + timedelta(weeks=2), trainer_ids=trainers[:1])
    marie, jean = make_participant(db, "Marie", "Dupont"), make_participant(db, "Jean", "Bernard")
    registrations.register(db, marie, doomed)
    waiting = registrations.register(db, jean, doomed, waiting_list=True)
    registrations.set_status(db, waiting, RegistrationStatus.CANCELLED, "Ne viendra pas")
    registrations.register(db, marie, other)
    before = {name: rows(db, name) for name in SESSION_TABLES}
    assert len([r for r in before["slot"] if r["session_id"] == doomed]) == 4
    assert len([r for r in before["session_trainer"] if r["session_id"] == doomed]) == 2

    undo = deletion.delete_with_undo(db, "session", doomed, "La session")

    after = {name: rows(db, name) for name in SESSION_TABLES}
    assert [r["id"] for r in after["session"]] == [other]
    for name in SESSION_TABLES[1:]:
        assert after[name] == [r for r in before[name] if r["session_id"] != doomed]
    assert len(rows(db, "participant")) == 2 and len(rows(db, "trainer")) == 2

    deletion.undo(db, undo)
    assert {name: rows(db, name) for name in SESSION_TABLES} == before


def test_deleting_a_structure_clears_its_links_until_undone(db: Database) -> None:
    structure_id = make_structure(db, "Les Amis du Quartier")
    kept_structure = make_structure(db, "Centre social")
    members = [make_participant(db, "Marie", "Dupont", structure_id),
               make_participant(db, "Jean", "Bernard", structure_id)]
    outsider = make_participant(db, "Léa", "Martin", kept_structure)
    session_id = make_session(db, make_course(db), client_id=structure_id)
    before = {name: rows(db, name) for name in ("structure", "participant", "session")}

    undo = deletion.delete_with_undo(db, "structure", structure_id, "La structure")

    links = {r["id"]: r["structure_id"] for r in rows(db, "participant")}
    assert links == {members[0]: None, members[1]: None, outsider: kept_structure}
    assert rows(db, "session")[0]["client_id"] is None
    assert [r["id"] for r in rows(db, "structure")] == [kept_structure]
    assert sessions.get_session(db, session_id).client_id is None

    deletion.undo(db, undo)
    assert {name: rows(db, name) for name in ("structure", "participant", "session")} == before
    assert [row.structure for row in people.list_participants(db)
            if row.id in members] == ["Les Amis du Quartier"] * 2


def test_deleting_a_participant_can_be_undone_with_their_registrations(db: Database) -> None:
    course_id = make_course(db)
    sessions_ids = [make_session(db, course_id), make_session(db, course_id, date(2026, 5, 4))]
    marie, jean = make_participant(db, "Marie", "Dupont"), make_participant(db, "Jean", "Bernard")
    for session_id in sessions_ids:
        registrations.register(db, marie, session_id)
    registrations.register(db, jean, sessions_ids[0])
    before = {name: rows(db, name) for name in ("participant", "registration")}

    undo = deletion.delete_with_undo(db, "participant", marie, "Marie Dupont")

    assert [r["id"] for r in rows(db, "participant")] == [jean]
    assert [r["participant_id"] for r in rows(db, "registration")] == [jean]

    deletion.undo(db, undo)
    assert {name: rows(db, name) for name in ("participant", "registration")} == before
    assert registrations.seats_taken(db, sessions_ids[0]) == 2


def test_a_course_with_sessions_is_not_deleted(db: Database) -> None:
    course_id = make_course(db, "ASSO", objectives=["Un", "Deux"])
    make_session(db, course_id)
    unused = make_course(db, "COMPTA", objectives=["Bilan"])
    before = {name: rows(db, name) for name in ("course", "course_objective", "session", "slot")}

    with pytest.raises(DeletionRefused):
        catalogue.ensure_deletable(db, course_id)
    with pytest.raises(DeletionRefused, match="ne peut pas être supprimé"):
        deletion.delete_with_undo(db, "course", course_id, "La formation ASSO")
    assert {name: rows(db, name) for name in before} == before

    catalogue.ensure_deletable(db, unused)
    undo = deletion.delete_with_undo(db, "course", unused, "La formation COMPTA")
    assert [c.code for c in catalogue.list_courses(db)] == ["ASSO"]
    assert [r["course_id"] for r in rows(db, "course_objective")] == [course_id] * 2
    deletion.undo(db, undo)
    assert {name: rows(db, name) for name in before} == before


# --- consistency ------------------------------------------------------------------------------

def _clean_organisation(db: Database) -> tuple[int, list[int]]:
    session_id = make_session(db, make_course(db), capacity=2, code="ASSO-2026-03")
    registration_ids = [registrations.register(db, make_participant(db, "P", f"Nom{n}"), session_id,
                                               waiting_list=True) for n in range(3)]
    registrations.set_status(db, registration_ids[0], RegistrationStatus.CANCELLED, "Malade")
    registrations.set_status(db, registration_ids[2], RegistrationStatus.REGISTERED)
    return session_id, registration_ids


def test_no_problem_on_clean_data(db: Database) -> None:
    assert consistency.problems(db) == []
    _clean_organisation(db)
    assert consistency.problems(db) == []


def test_a_session_with_more_people_than_seats_is_reported(db: Database) -> None:
    session_id, _ = _clean_organisation(db)
    assert registrations.seats_taken(db, session_id) == 2
    with db.engine.begin() as c:
        c.execute(text("UPDATE session SET capacity = 1 WHERE id = :id"), {"id": session_id})

    found = consistency.problems(db)
    assert len(found) == 1
    assert "ASSO-2026-03" in found[0]
    assert "2 inscrit" in found[0] and "1 places" in found[0]


def test_an_abandonment_without_reason_is_reported(db: Database) -> None:
    _, registration_ids = _clean_organisation(db)
    with db.engine.begin() as c:
        c.execute(text("UPDATE registration SET status = 'abandoned', status_reason = '' "
                       "WHERE id = :id"), {"id": registration_ids[1]})

    found = consistency.problems(db)
    assert len(found) == 1
    assert "ASSO-2026-03" in found[0]
    assert "Abandon" in found[0] and "sans raison" in found[0]
