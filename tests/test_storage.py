"""The SQLite file: migrations, the rules the database itself enforces, locking and backups."""

from __future__ import annotations

import sqlite3
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from formation.core.errors import DatabaseError
from formation.services import mail
from formation.storage import backup, migrate
from formation.storage.database import Database
from formation.storage.engine import make_engine
from formation.storage.models import (
    Base,
    Course,
    Participant,
    Registration,
    Session,
    Slot,
    Trainer,
    session_trainer,
)

MONDAY = date(2026, 3, 2)


# --- helpers ----------------------------------------------------------------------------------

def _first_revision() -> str:
    """The base of the migration history, found by walking it (whatever comes after it)."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    bases = [rev.revision for rev in script.walk_revisions() if rev.down_revision is None]
    assert len(bases) == 1, f"the migration history must have exactly one base, not {bases}"
    return bases[0]


def _premigration_backups(db_path: Path) -> list[Path]:
    folder = backup.backup_folder(db_path)
    return sorted(folder.glob("*avant-mise-a-jour*")) if folder.exists() else []


def _course(db: Database, code: str = "ASSO") -> int:
    with db.begin() as s:
        course = Course(code=code, title=f"Formation {code}", duration_minutes=420)
        s.add(course)
        s.flush()
        return course.id


def _session(db: Database, course_id: int, code: str, day: date = MONDAY) -> int:
    with db.begin() as s:
        row = Session(course_id=course_id, code=code, start_date=day, end_date=day)
        s.add(row)
        s.flush()
        return row.id


def _slot(db: Database, session_id: int, start: time, end: time, day: date = MONDAY) -> int:
    with db.begin() as s:
        row = Slot(session_id=session_id, day=day, start_time=start, end_time=end)
        s.add(row)
        s.flush()
        return row.id


def _participant(db: Database, last_name: str = "Dupont") -> int:
    with db.begin() as s:
        row = Participant(first_name="Marie", last_name=last_name)
        s.add(row)
        s.flush()
        return row.id


def _register(db: Database, participant_id: int, session_id: int) -> int:
    with db.begin() as s:
        row = Registration(participant_id=participant_id, session_id=session_id)
        s.add(row)
        s.flush()
        return row.id


def _count(db: Database, model: type[Base], **where: object) -> int:
    with db.session() as s:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return s.scalar(query) or 0


# --- migrations -------------------------------------------------------------------------------

def test_an_empty_file_is_brought_to_the_latest_schema(tmp_path: Path) -> None:
    path = tmp_path / "nouveau.sqlite"
    path.touch()
    with Database.open(path, daily_backup=False) as db:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert _count(db, Course) == 0
    # Nothing to save before creating the schema of an empty file.
    assert _premigration_backups(path) == []


def test_a_file_of_the_first_version_keeps_its_data_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "ancien.sqlite"
    first, head = _first_revision(), migrate.head_revision()
    engine = make_engine(path)
    try:
        migrate.upgrade(engine, first)
        assert migrate.current_revision(engine) == first
        with engine.begin() as c:
            c.execute(text(
                "INSERT INTO course (id, code, title, programme, prerequisites, target_public, "
                "methods, assessment_methods, duration_minutes, modality, nature, nsf_code, "
                "price_cents, accessibility) VALUES (1, 'ASSO', 'Fonctionnement associatif', "
                "'', '', '', '', '', 840, 'onsite', 'training', '332', 45000, '')"))
            c.execute(text(
                "INSERT INTO session (id, course_id, code, kind, status, start_date, end_date, "
                "place, address, capacity, notes) VALUES (1, 1, 'ASSO-2026-03', 'inter', "
                "'planned', '2026-03-02', '2026-03-03', 'Lille', '', 10, '')"))
            c.execute(text(
                "INSERT INTO participant (id, civility, first_name, last_name, email, phone, "
                "gender, status, commune, postal_code, specific_needs) VALUES (1, 'mrs', "
                "'Éloïse', 'Martin', 'eloise@exemple.fr', '', 'female', 'volunteer', 'Lille', "
                "'59000', '')"))
    finally:
        engine.dispose()

    with Database.open(path, daily_backup=False) as db:
        assert migrate.current_revision(db.engine) == head
        with db.session() as s:
            course = s.get(Course, 1)
            session = s.get(Session, 1)
            participant = s.get(Participant, 1)
            assert course is not None and session is not None and participant is not None
            assert (course.code, course.title, course.duration_minutes) == (
                "ASSO", "Fonctionnement associatif", 840)
            assert (session.code, session.course_id, session.start_date, session.end_date,
                    session.capacity) == ("ASSO-2026-03", 1, date(2026, 3, 2), date(2026, 3, 3), 10)
            assert (participant.first_name, participant.last_name, participant.email) == (
                "Éloïse", "Martin", "eloise@exemple.fr")

    if first == head:
        # Only one revision so far: the file was already up to date, nothing to back up.
        assert _premigration_backups(path) == []
    else:
        saved = _premigration_backups(path)
        assert len(saved) == 1
        with sqlite3.connect(saved[0]) as copy:
            version = copy.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            codes = copy.execute("SELECT code FROM course").fetchall()
        copy.close()
        assert version == first  # the backup is the file as it was before the upgrade
        assert codes == [("ASSO",)]


def test_mail_settings_saved_before_the_employer_message_keep_and_gain_its_wording(
        tmp_path: Path) -> None:
    """0006 made the employer's message editable: a file of 0005 keeps its settings and its own
    message, and gets the employer wording that was fixed until then."""
    path = tmp_path / "messagerie.sqlite"
    engine = make_engine(path)
    try:
        migrate.upgrade(engine, "0005")
        with engine.begin() as c:
            c.execute(text(
                "INSERT INTO mail_settings (id, host, port, security, username, sender_address, "
                "sender_name, reminder_days, subject_template, body_template) VALUES (1, "
                "'smtp.exemple.fr', 465, 'tls', 'formation', 'formation@mda-roubaix.fr', "
                "'Maison des Associations', 10, 'Votre avis, {prenom}', 'Bonjour {prenom} {nom}')"))
    finally:
        engine.dispose()

    with Database.open(path, daily_backup=False) as db:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        settings = mail.get_settings(db)
        with db.engine.connect() as c:
            stored = c.execute(text("SELECT employer_subject_template, employer_body_template "
                                    "FROM mail_settings")).one()
    assert (settings.host, settings.port, settings.security, settings.username,
            settings.sender_address, settings.sender_name, settings.reminder_days) == (
        "smtp.exemple.fr", 465, "tls", "formation", "formation@mda-roubaix.fr",
        "Maison des Associations", 10)
    assert (settings.subject_template, settings.body_template) == (
        "Votre avis, {prenom}", "Bonjour {prenom} {nom}")
    assert tuple(stored) == (mail.DEFAULT_EMPLOYER_SUBJECT, mail.DEFAULT_EMPLOYER_BODY)
    assert (settings.employer_subject_template, settings.employer_body_template) == tuple(stored)


def test_models_and_migrations_describe_the_same_schema(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    raw.close()
    before = db_path.read_bytes()

    with pytest.raises(DatabaseError, match="version plus récente"):
        Database.open(db_path)

    assert db_path.read_bytes() == before
    assert _premigration_backups(db_path) == []


def test_a_file_that_is_not_a_database_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "notes-de-reunion.sqlite"
    path.write_bytes(b"Compte rendu de la reunion du bureau.\n" * 200)

    with pytest.raises(DatabaseError) as refused:
        Database.open(path, daily_backup=False)

    message = str(refused.value)
    assert "notes-de-reunion.sqlite" in message
    assert "n'est pas un fichier Formation" in message


def test_connections_use_wal_and_enforce_foreign_keys(db: Database) -> None:
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


# --- what the database enforces ---------------------------------------------------------------

def test_a_slot_must_end_after_it_starts(db: Database) -> None:
    session_id = _session(db, _course(db), "S1")
    with pytest.raises(IntegrityError):
        _slot(db, session_id, time(12, 30), time(9))
    with pytest.raises(IntegrityError):
        _slot(db, session_id, time(9), time(9))
    _slot(db, session_id, time(9), time(12, 30))
    assert _count(db, Slot, session_id=session_id) == 1


def test_overlapping_slots_of_one_session_are_refused_on_insert(db: Database) -> None:
    session_id = _session(db, _course(db), "S1")
    _slot(db, session_id, time(9), time(12, 30))
    with pytest.raises(IntegrityError, match="slot_overlap"):
        _slot(db, session_id, time(12), time(17))
    with pytest.raises(IntegrityError, match="slot_overlap"):
        _slot(db, session_id, time(8), time(18))
    assert _count(db, Slot, session_id=session_id) == 1


def test_overlapping_slots_of_one_session_are_refused_on_update(db: Database) -> None:
    session_id = _session(db, _course(db), "S1")
    _slot(db, session_id, time(9), time(12, 30))
    afternoon = _slot(db, session_id, time(13, 30), time(17))
    with pytest.raises(IntegrityError, match="slot_overlap"), db.begin() as s:
        row = s.get(Slot, afternoon)
        assert row is not None
        row.start_time = time(12)
    with db.session() as s:
        row = s.get(Slot, afternoon)
        assert row is not None and row.start_time == time(13, 30)


def test_touching_slots_and_slots_of_other_sessions_are_accepted(db: Database) -> None:
    course_id = _course(db)
    first, second = _session(db, course_id, "S1"), _session(db, course_id, "S2")
    _slot(db, first, time(9), time(12, 30))
    _slot(db, first, time(12, 30), time(17))  # starts exactly when the morning ends
    _slot(db, second, time(10), time(16))  # same day, same hours, another session
    _slot(db, first, time(10), time(12), day=MONDAY + timedelta(days=1))  # another day
    assert _count(db, Slot, session_id=first) == 3
    assert _count(db, Slot, session_id=second) == 1


def test_session_dates_and_capacity_are_checked(db: Database) -> None:
    course_id = _course(db)
    with pytest.raises(IntegrityError), db.begin() as s:
        s.add(Session(course_id=course_id, code="S1", start_date=MONDAY,
                      end_date=MONDAY - timedelta(days=1)))
    with pytest.raises(IntegrityError), db.begin() as s:
        s.add(Session(course_id=course_id, code="S2", start_date=MONDAY, end_date=MONDAY,
                      capacity=-1))
    with db.begin() as s:
        s.add(Session(course_id=course_id, code="S3", start_date=MONDAY, end_date=MONDAY,
                      capacity=0))
    assert _count(db, Session) == 1


def test_a_course_code_is_unique(db: Database) -> None:
    _course(db, "ASSO")
    with pytest.raises(IntegrityError):
        _course(db, "ASSO")
    _course(db, "COMPTA")
    assert _count(db, Course) == 2


def test_a_participant_is_registered_once_per_session(db: Database) -> None:
    course_id = _course(db)
    first, second = _session(db, course_id, "S1"), _session(db, course_id, "S2")
    participant = _participant(db)
    _register(db, participant, first)
    with pytest.raises(IntegrityError):
        _register(db, participant, first)
    _register(db, participant, second)
    assert _count(db, Registration, participant_id=participant) == 2


def test_an_unknown_enumeration_code_is_refused(db: Database) -> None:
    session_id = _session(db, _course(db), "S1")
    update = text("UPDATE session SET status = :status WHERE id = :id")
    with db.engine.begin() as c:
        c.execute(update, {"status": "confirmed", "id": session_id})
    with pytest.raises(IntegrityError), db.engine.begin() as c:
        c.execute(update, {"status": "postponed", "id": session_id})
    with db.engine.connect() as c:
        status = c.execute(text("SELECT status FROM session WHERE id = :id"), {"id": session_id})
        assert status.scalar() == "confirmed"


def test_a_course_with_sessions_cannot_be_deleted(db: Database) -> None:
    used, unused = _course(db, "ASSO"), _course(db, "COMPTA")
    _session(db, used, "S1")
    with pytest.raises(IntegrityError), db.engine.begin() as c:
        c.execute(text("DELETE FROM course WHERE id = :id"), {"id": used})
    with db.engine.begin() as c:
        c.execute(text("DELETE FROM course WHERE id = :id"), {"id": unused})
    assert _count(db, Course, id=used) == 1
    assert _count(db, Course, id=unused) == 0
    assert _count(db, Session) == 1


def test_deleting_a_session_deletes_its_slots_registrations_and_trainer_links(db: Database) -> None:
    course_id = _course(db)
    doomed, kept = _session(db, course_id, "S1"), _session(db, course_id, "S2")
    participant = _participant(db)
    with db.begin() as s:
        trainer = Trainer(first_name="Paul", last_name="Durand")
        s.add(trainer)
        s.flush()
        trainer_id = trainer.id
    for session_id in (doomed, kept):
        _slot(db, session_id, time(9), time(12, 30))
        _register(db, participant, session_id)
        with db.engine.begin() as c:
            c.execute(session_trainer.insert().values(session_id=session_id, trainer_id=trainer_id))

    with db.engine.begin() as c:
        c.execute(text("DELETE FROM session WHERE id = :id"), {"id": doomed})

    assert _count(db, Slot, session_id=doomed) == 0
    assert _count(db, Registration, session_id=doomed) == 0
    with db.engine.connect() as c:
        links = c.execute(select(session_trainer.c.session_id)).scalars().all()
    assert links == [kept]
    assert _count(db, Slot, session_id=kept) == 1
    assert _count(db, Registration, session_id=kept) == 1
    assert _count(db, Participant) == 1 and _count(db, Trainer) == 1


# --- locking ----------------------------------------------------------------------------------

def test_a_file_open_for_writing_cannot_be_opened_twice_for_writing(db: Database,
                                                                  db_path: Path) -> None:
    _course(db, "ASSO")

    with pytest.raises(DatabaseError, match="déjà ouvert"):
        Database.open(db_path, daily_backup=False)

    with Database.open(db_path, write=False, daily_backup=False) as reader:
        with reader.session() as s:
            assert s.scalars(select(Course.code)).all() == ["ASSO"]

    db.close()
    with Database.open(db_path, daily_backup=False) as writer:
        _course(writer, "COMPTA")
        assert _count(writer, Course) == 2


# --- backups ----------------------------------------------------------------------------------

def test_a_copy_holds_committed_rows_still_in_the_wal(db: Database, db_path: Path,
                                                      tmp_path: Path) -> None:
    _course(db, "ASSO")
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the committed row is not in the main file yet

    with db.engine.connect() as writing:
        writing.execute(text(
            "INSERT INTO course (code, title, programme, prerequisites, target_public, methods, "
            "assessment_methods, duration_minutes, modality, nature, nsf_code, price_cents, "
            "accessibility) VALUES ('BROUILLON', 'Pas encore validée', '', '', '', '', '', 60, "
            "'onsite', 'training', '', 0, '')"))
        copy = backup.copy_database(db_path, tmp_path / "copies" / "copie.sqlite")
        writing.rollback()

    with sqlite3.connect(copy) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        codes = [row[0] for row in raw.execute("SELECT code FROM course ORDER BY code")]
        version = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    raw.close()
    assert codes == ["ASSO"]
    assert version == migrate.head_revision()


def test_one_daily_backup_per_day(db_path: Path) -> None:
    folder = backup.backup_folder(db_path)
    first = backup.daily_backup(db_path, today=MONDAY)
    again = backup.daily_backup(db_path, today=MONDAY)
    assert first is not None and first.exists() and first.parent == folder
    assert again is None
    assert len(list(folder.glob("*quotidienne*"))) == 1

    tuesday = backup.daily_backup(db_path, today=MONDAY + timedelta(days=1))
    assert tuesday is not None and tuesday != first
    assert len(list(folder.glob("*quotidienne*"))) == 2


def test_opening_a_file_makes_the_daily_backup_once(db_path: Path) -> None:
    Database.open(db_path).close()
    Database.open(db_path).close()
    daily = list(backup.backup_folder(db_path).glob("*quotidienne*"))
    assert len(daily) == 1
    assert date.today().isoformat() in daily[0].name


def _expected_rotation(days: list[date], today: date) -> set[date]:
    """The rule users are told, computed here on its own: the last 7 days with a backup, then,
    going back in time, the newest backup of each of the 4 next calendar weeks (Monday–Sunday)."""
    newest_first = sorted(days, reverse=True)
    kept = set(newest_first[:7])
    week_newest: dict[date, date] = {}
    for day in newest_first[7:]:
        monday = day - timedelta(days=day.weekday())
        week_newest.setdefault(monday, day)
    for monday in sorted(week_newest, reverse=True)[:4]:
        kept.add(week_newest[monday])
    return kept


@pytest.mark.parametrize("today", [MONDAY + timedelta(days=n) for n in range(7)]
                         + [date(2027, 1, 3), date(2026, 1, 1)],
                         ids=lambda d: f"{d:%Y-%m-%d-%a}")
def test_daily_backups_are_rotated(tmp_path: Path, today: date) -> None:
    db_path = tmp_path / "orga.sqlite"
    folder = backup.backup_folder(db_path)
    folder.mkdir()
    days = [today - timedelta(days=n) for n in range(60)]
    for day in days:
        (folder / f"orga_{day.isoformat()}_quotidienne.sqlite").write_bytes(b"x")

    expected = _expected_rotation(days, today)
    assert set(range(7)) <= {(today - d).days for d in expected}
    assert len(expected) == 7 + 4

    assert backup.days_to_keep(set(days), today) == expected
    removed = backup.prune_daily(folder, today)

    left = {date.fromisoformat(p.name.split("_")[1]) for p in folder.glob("*_quotidienne.sqlite")}
    assert left == expected
    assert len(removed) == 60 - len(expected)
    assert not any(p.exists() for p in removed)


def test_backups_made_before_a_migration_are_never_pruned(tmp_path: Path) -> None:
    db_path = tmp_path / "orga.sqlite"
    folder = backup.backup_folder(db_path)
    folder.mkdir()
    today = MONDAY
    long_ago = today - timedelta(days=400)
    premigration = [
        folder / f"orga_{long_ago:%Y-%m-%d}_101500_avant-mise-a-jour.sqlite",
        folder / f"orga_{today - timedelta(days=90):%Y-%m-%d}_083000_avant-mise-a-jour.sqlite",
    ]
    manual = folder / f"orga_{long_ago:%Y-%m-%d}_120000_manuelle.sqlite"
    for path in [*premigration, manual]:
        path.write_bytes(b"x")
    for n in range(60):
        day = today - timedelta(days=n)
        (folder / f"orga_{day.isoformat()}_quotidienne.sqlite").write_bytes(b"x")

    removed = backup.prune_daily(folder, today)

    assert removed  # old daily backups did go
    assert all(p.exists() for p in premigration)
    assert manual.exists()
    assert not set(removed) & {*premigration, manual}
