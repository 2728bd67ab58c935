"""The demonstration year and the batch commands (`formation demo`, `sessions`, `check`, `backup`)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from formation.cli import main
from formation.core import frenchfmt, validation
from formation.core.enums import (
    Gender,
    ParticipantStatus,
    RegistrationStatus,
    SessionKind,
    SessionStatus,
    StructureKind,
    TrainerKind,
)
from formation.core.errors import FormationError
from formation.services import consistency, demo
from formation.services.people import (
    StructureData,
    get_participant,
    participant_problems,
    save_structure,
)
from formation.storage.database import Database
from formation.storage.models import (
    Course,
    Organisation,
    Participant,
    Registration,
    Session,
    Structure,
    Trainer,
)

YEAR = 2025
TODAY = date(2025, 6, 18)  # mid-year: sessions behind, one running, others ahead
SEATED = [s for s in RegistrationStatus if s.takes_a_seat]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def session_codes(path: Path) -> list[str]:
    with Database.open(path, daily_backup=False) as db, db.session() as s:
        return sorted(s.scalars(select(Session.code)))


def execute(path: Path, sql: str) -> None:
    """Change the file behind the application's back, as a damaged copy or a bad script would."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(sql)


@pytest.fixture
def demo_file(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, _, _ = run(capsys, "--db", str(db_path), "demo", "--year", str(YEAR))
    assert code == 0
    return db_path


@pytest.fixture(scope="module")
def year_db(_migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """An empty file filled with the demonstration year as seen on TODAY, made once: the tests
    that use it only read it."""
    folder = tmp_path_factory.mktemp("demo-year")
    shutil.copyfile(_migrated_template, folder / "orga.sqlite")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(folder / "home"))
        patch.setenv("XDG_DATA_HOME", str(folder / "home" / "data"))
        database = Database.open(folder / "orga.sqlite", daily_backup=False)
        demo.fill(database, YEAR, today=TODAY)
        yield database
        database.close()


# --- demo and sessions ---------------------------------------------------------------------------

def test_demo_creates_a_new_file_and_sessions_lists_each_session_on_a_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nouveau" / "asso.sqlite"
    code, out, _ = run(capsys, "--db", str(path), "demo", "--year", str(YEAR))
    assert code == 0
    with Database.open(path, daily_backup=False) as db, db.session() as s:
        counts = {model: s.scalar(select(func.count()).select_from(model))
                  for model in (Course, Session, Participant, Trainer)}
        rows = s.execute(select(Session, Course.title).join(Course)).all()
        seated = dict(s.execute(select(Registration.session_id, func.count())
                                .where(Registration.status.in_(SEATED))
                                .group_by(Registration.session_id)).all())
    assert len(out.strip().splitlines()) == 1
    assert f"{counts[Course]} formations, {counts[Session]} sessions, " \
           f"{counts[Participant]} participant·es, {counts[Trainer]} formateur·rices" in out
    assert re.search(r"et \d{3} questionnaires remplis\.$", out.strip())  # test_demo_quality

    code, out, _ = run(capsys, "--db", str(path), "sessions")
    lines = out.splitlines()
    assert code == 0 and len(lines) == counts[Session] and 18 <= len(lines) <= 22
    by_code = {line.split()[0]: line for line in lines}
    assert len(by_code) == len(lines)
    for session, title in rows:
        line = by_code[session.code]
        parts = [frenchfmt.date_range(session.start_date, session.end_date), title, session.place,
                 session.status.label, f"{seated.get(session.id, 0)} participant"]
        positions = [line.index(part) for part in parts]
        assert positions == sorted(positions), line  # code, dates, title, place, status, count


def test_sessions_year_keeps_only_the_sessions_starting_that_year(
        demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    moved = session_codes(demo_file)[0]
    execute(demo_file, f"UPDATE session SET start_date = '{YEAR - 1}-12-15' WHERE code = '{moved}'")

    _, out, _ = run(capsys, "--db", str(demo_file), "sessions", "--year", str(YEAR))
    listed = [line.split()[0] for line in out.splitlines()]
    assert moved not in listed and len(listed) == len(session_codes(demo_file)) - 1

    _, out, _ = run(capsys, "--db", str(demo_file), "sessions", "--year", str(YEAR - 1))
    assert [line.split()[0] for line in out.splitlines()] == [moved]

    code, out, _ = run(capsys, "--db", str(demo_file), "sessions", "--year", str(YEAR - 5))
    assert code == 0 and out.strip() == f"Aucune session en {YEAR - 5}."


def test_demo_refuses_a_file_with_data_unless_told_to_skip_it(
        demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = session_codes(demo_file)

    code, out, err = run(capsys, "--db", str(demo_file), "demo", "--year", str(YEAR + 1))
    assert code == 1 and out == ""
    assert "contient déjà des données" in err
    assert session_codes(demo_file) == before

    code, out, err = run(capsys, "--db", str(demo_file), "demo", "--if-empty", "--year", str(YEAR + 1))
    assert (code, out, err) == (0, "", "")
    assert session_codes(demo_file) == before


def test_one_structure_is_enough_for_the_file_not_to_be_empty(db: Database) -> None:
    assert demo.is_empty(db)
    save_structure(db, StructureData(name="Les Amis du Jardin"))
    assert not demo.is_empty(db)
    with pytest.raises(FormationError, match="contient déjà des données"):
        demo.fill(db, YEAR)


def test_the_same_year_gives_the_same_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listings, people = [], []
    for name in ("a.sqlite", "b.sqlite"):
        path = tmp_path / name
        run(capsys, "--db", str(path), "demo", "--year", str(YEAR))
        listings.append(run(capsys, "--db", str(path), "sessions")[1])
        with Database.open(path, daily_backup=False) as db, db.session() as s:
            people.append(s.execute(select(Participant.first_name, Participant.last_name,
                                           Participant.email).order_by(Participant.id)).all())
    assert listings[0] == listings[1] and len(listings[0].splitlines()) >= 18
    assert people[0] == people[1]


def test_demo_defaults_to_the_current_year_with_statuses_that_follow_today(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    today = date.today()
    assert run(capsys, "--db", str(db_path), "demo")[0] == 0
    with Database.open(db_path, daily_backup=False) as db, db.session() as s:
        sessions = s.scalars(select(Session)).all()
    assert {x.start_date.year for x in sessions} == {today.year}
    for x in sessions:
        if x.status is SessionStatus.COMPLETED:
            assert x.end_date < today, x.code
        elif x.status is SessionStatus.IN_PROGRESS:
            assert x.start_date <= today <= x.end_date, x.code
        elif x.status is not SessionStatus.CANCELLED:
            assert x.start_date > today, x.code


# --- what the demonstration year holds ---------------------------------------------------------

def test_demo_year_has_the_size_and_mix_of_a_small_association(year_db: Database) -> None:
    with year_db.session() as s:
        courses = s.scalars(select(Course).options(selectinload(Course.objectives))).all()
        trainers = Counter(s.scalars(select(Trainer.kind)))
        genders = Counter(s.scalars(select(Participant.gender)))
        statuses = Counter(s.scalars(select(Participant.status)))
        kinds = Counter(s.scalars(select(Session.kind)))
        employees = s.scalars(select(Participant)
                              .where(Participant.status == ParticipantStatus.EMPLOYEE)).all()
        people = sum(genders.values())
    assert len(courses) == 6 and all(3 <= len(c.objectives) <= 5 for c in courses)
    assert all(re.fullmatch(r"\d{3}", c.nsf_code) and c.price_cents > 0 for c in courses)
    assert all(c.duration_minutes % 420 == 0 and 2 <= c.duration_minutes // 420 <= 5 for c in courses)
    assert trainers == {TrainerKind.INTERNAL: 2, TrainerKind.EXTERNAL: 1}
    assert 130 <= people <= 170
    assert genders[Gender.MALE] > 0 and 0.5 <= genders[Gender.FEMALE] / people <= 0.7
    assert len(statuses) >= 4
    assert statuses[ParticipantStatus.VOLUNTEER] + statuses[ParticipantStatus.PROJECT_HOLDER] \
        > statuses[ParticipantStatus.EMPLOYEE]
    assert employees and all(p.structure_id is not None for p in employees)
    assert 18 <= sum(kinds.values()) <= 22 and kinds[SessionKind.INTRA] >= 1
    assert kinds[SessionKind.CUSTOM] >= 1 and kinds[SessionKind.INTER] > kinds[SessionKind.CUSTOM]


def test_demo_session_statuses_follow_the_dates_and_seats_are_respected(year_db: Database) -> None:
    with year_db.session() as s:
        sessions = s.scalars(select(Session).options(selectinload(Session.trainers))).all()
        seated = dict(s.execute(select(Registration.session_id, func.count())
                                .where(Registration.status.in_(SEATED))
                                .group_by(Registration.session_id)).all())
        waiting = dict(s.execute(select(Registration.session_id, func.count())
                                 .where(Registration.status == RegistrationStatus.WAITING)
                                 .group_by(Registration.session_id)).all())
        left_open = s.scalar(select(func.count()).select_from(Registration).join(Session).where(
            Session.status == SessionStatus.COMPLETED,
            Registration.status.in_([RegistrationStatus.REGISTERED, RegistrationStatus.PRE_REGISTERED,
                                     RegistrationStatus.WAITING])))
    statuses = Counter(x.status for x in sessions)
    assert statuses[SessionStatus.CANCELLED] == 1 and statuses[SessionStatus.IN_PROGRESS] >= 1
    for x in sessions:
        assert seated.get(x.id, 0) <= x.capacity, x.code
        assert 8 <= x.capacity <= 12 and x.trainers and x.place and x.address
        if x.status is SessionStatus.COMPLETED:
            assert x.end_date < TODAY, x.code
        if x.status in (SessionStatus.PLANNED, SessionStatus.CONFIRMED):
            assert x.start_date > TODAY, x.code
        if x.id in waiting:
            assert seated[x.id] == x.capacity, f"{x.code} has a waiting list with free seats"
    assert waiting and left_open == 0
    assert len({x.start_date.month for x in sessions}) >= 8  # spread over the year


def test_sessions_line_tells_how_many_wait_for_a_seat(
        year_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with year_db.session() as s:
        full = s.execute(select(Session.code, Session.capacity, func.count()).join(Registration)
                         .where(Registration.status == RegistrationStatus.WAITING)
                         .group_by(Session.id)).one()
    code, out, _ = run(capsys, "--db", str(year_db.path), "sessions")  # a reader shares the file
    line = next(line for line in out.splitlines() if line.startswith(f"{full[0]} "))
    assert code == 0 and line.endswith(f"{full[1]} participant·es, {full[2]} en attente")


def test_demo_registrations_have_reasons_dates_and_funding(year_db: Database) -> None:
    with year_db.session() as s:
        registrations = s.execute(select(Registration, Session.start_date).join(Session)).all()
        per_person = Counter(s.scalars(select(Registration.participant_id)))
    by_status = Counter(r.status for r, _ in registrations)
    assert by_status[RegistrationStatus.CANCELLED] and by_status[RegistrationStatus.ABANDONED]
    for r, start in registrations:
        if r.status in (RegistrationStatus.CANCELLED, RegistrationStatus.ABANDONED):
            assert r.status_reason and r.status_changed_on and r.status_changed_on <= TODAY
        if r.status is RegistrationStatus.CANCELLED:
            assert r.status_changed_on <= start
        if r.status is RegistrationStatus.ABANDONED:
            assert r.status_changed_on > start
        assert r.registered_on <= min(start, TODAY) and r.amount_cents >= 0
    assert len({r.funding for r, _ in registrations}) >= 4
    returning = [n for n in per_person.values() if n > 1]
    assert returning and len(returning) < len(per_person) / 10  # a few came twice


def test_demo_people_pass_the_app_own_checks_and_use_no_real_address(year_db: Database) -> None:
    with year_db.session() as s:
        people = s.scalars(select(Participant)).all()
        organisation = s.get(Organisation, 1)
    assert organisation is not None and organisation.name and organisation.representative_name
    assert validation.siret(organisation.siret) is None and len(organisation.siret) == 14
    assert validation.nda(organisation.nda) is None and len(organisation.nda) == 11
    assert organisation.qualiopi_date and organisation.qualiopi_certifier
    emails = [p.email for p in people]
    assert len(set(emails)) == len(emails)
    assert all(e.endswith(("@exemple.fr", "@exemple.org")) for e in emails)
    assert all(p.phone.startswith("06 ") for p in people)
    assert 1 <= sum(bool(p.specific_needs) for p in people) <= 10
    assert any(re.search(r"[éèëïœ'-]", p.first_name + p.last_name) for p in people)
    for p in people:
        assert participant_problems(get_participant(year_db, p.id)) == {}, p.full_name


def test_demo_structures_include_employers_associations_and_a_funder(year_db: Database) -> None:
    with year_db.session() as s:
        kinds = Counter(s.scalars(select(Structure.kind)))
    assert 12 <= sum(kinds.values()) <= 20 and kinds[StructureKind.FUNDER] >= 1
    assert kinds[StructureKind.EMPLOYER] + kinds[StructureKind.ASSOCIATION] > sum(kinds.values()) / 2


def test_demo_leaves_nothing_for_the_checks_to_report(year_db: Database) -> None:
    assert consistency.problems(year_db) == []
    assert year_db.integrity_problems() == []


# --- check, backup and the FORMATION_DB variable -----------------------------------------------

def test_check_passes_on_demo_data_and_names_the_session_at_fault(
        demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_file), "check")
    assert (code, out.strip()) == (0, "Aucun problème trouvé.")

    with Database.open(demo_file, daily_backup=False) as db, db.session() as s:
        dropped = s.scalars(select(Session.code).join(Registration)
                            .where(Registration.status == RegistrationStatus.ABANDONED)).first()
        crowded = s.scalars(select(Session.code).join(Registration)
                            .where(Registration.status.in_(SEATED), Session.code != dropped)
                            .group_by(Session.id).having(func.count() >= 2)).first()
    assert crowded and dropped
    execute(demo_file, f"UPDATE session SET capacity = 1 WHERE code = '{crowded}'")
    execute(demo_file, "UPDATE registration SET status_reason = '' WHERE status = 'abandoned'")

    code, out, _ = run(capsys, "--db", str(demo_file), "check")
    assert code == 1 and "Aucun problème" not in out
    assert f"La session {crowded} compte" in out and f"session {dropped} est « Abandon »" in out


def test_read_only_commands_do_not_create_a_missing_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "faute-de-frappe.sqlite"
    for command in ("sessions", "check", "backup"):
        code, out, err = run(capsys, "--db", str(missing), command)
        assert code == 1 and "n'existe pas" in err and out == "", command
    assert not missing.exists()


def test_backup_out_writes_a_copy_that_opens_with_the_same_sessions(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "clé USB" / "copie.sqlite"
    code, out, _ = run(capsys, "--db", str(demo_file), "backup", "--out", str(target))
    assert code == 0 and str(target) in out
    assert session_codes(target) == session_codes(demo_file) and len(session_codes(target)) >= 18


def test_formation_db_variable_is_used_when_db_is_not_given(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    chosen, other = tmp_path / "variable.sqlite", tmp_path / "option.sqlite"
    monkeypatch.setenv("FORMATION_DB", str(chosen))
    assert run(capsys, "demo", "--year", str(YEAR))[0] == 0
    code, out, _ = run(capsys, "sessions")
    assert code == 0 and sorted(line.split()[0] for line in out.splitlines()) == session_codes(chosen)

    assert run(capsys, "--db", str(other), "sessions")[0] == 1  # --db wins over the variable
    assert not other.exists()


def test_demo_half_days_before_today_are_marked_signed_and_locked(year_db: Database) -> None:
    from formation.services import attendance, hours, sessions

    held = upcoming = 0
    for row in sessions.list_sessions(year_db):
        if row.status == SessionStatus.CANCELLED:
            continue
        slots = attendance.session_slots(year_db, row.id)
        for slot in slots:
            info, lines = attendance.slot_sheet(year_db, slot.id)
            if slot.times.day < TODAY:
                held += 1
                assert info.locked and all(line.mark is not None for line in lines)
                assert all(line.signed_at for line in lines if line.mark and line.mark.status.attended)
            else:
                upcoming += 1
                assert not info.locked and all(line.mark is None for line in lines)
        for h in hours.session_hours(year_db, row.id):
            assert 0 <= h.attended_minutes <= h.planned_minutes
    assert held > 50 and upcoming > 0
