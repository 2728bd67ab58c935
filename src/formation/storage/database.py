"""Opening an organisation's file: lock it, back it up, bring its schema up to date."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from formation.core.errors import DatabaseError
from formation.storage import backup, migrate
from formation.storage.engine import make_engine, make_sessionmaker

log = logging.getLogger(__name__)

IN_USE = (
    "Ce fichier est déjà ouvert dans une autre fenêtre de Formation. "
    "Fermez cette fenêtre, puis réessayez."
)
NOT_A_DATABASE = "« {name} » n'est pas un fichier Formation (ou il est endommagé)."


class Database:
    """One open organisation file. Use `Database.open(path)`, then `with db.begin() as s:`."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock | None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self._sessions: sessionmaker[Session] = make_sessionmaker(engine)

    @classmethod
    def open(cls, path: Path, *, write: bool = True, daily_backup: bool = True) -> Database:
        """Open `path` (created if missing). A reader (`write=False`) may share a file in use."""
        path = Path(path).expanduser().resolve()
        if not write and not path.exists():
            raise DatabaseError(f"Le fichier {path} n'existe pas.")
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = _take_lock(path, required=write)
        engine = make_engine(path)
        try:
            _bring_up_to_date(path, engine, may_write=lock is not None)
            if daily_backup and lock is not None and not migrate.is_empty_file(path):
                backup.daily_backup(path)
        except BaseException:
            engine.dispose()
            if lock is not None:
                lock.release()
            raise
        return cls(path, engine, lock)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A unit of work: committed at the end of the block, rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    def session(self) -> Session:
        """A session for reading; the caller closes it."""
        return self._sessions()

    def integrity_problems(self) -> list[str]:
        """SQLite's own checks: file structure and foreign keys."""
        with self.engine.connect() as connection:
            rows = connection.execute(text("PRAGMA integrity_check")).scalars().all()
            problems = [str(r) for r in rows if r != "ok"]
            for table, rowid, parent, _ in connection.execute(text("PRAGMA foreign_key_check")):
                problems.append(f"La ligne {rowid} de « {table} » renvoie à un élément absent "
                                f"de « {parent} ».")
        return problems

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _take_lock(path: Path, *, required: bool) -> FileLock | None:
    lock = FileLock(f"{path}.lock", is_singleton=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if required:
            raise DatabaseError(IN_USE) from None
        return None
    return lock


def _bring_up_to_date(path: Path, engine: Engine, *, may_write: bool) -> None:
    fresh = migrate.is_empty_file(path)
    try:
        if not migrate.needs_upgrade(engine):
            return
    except (SqlDatabaseError, sqlite3.DatabaseError):
        raise DatabaseError(NOT_A_DATABASE.format(name=path.name)) from None
    if not may_write:
        raise DatabaseError(IN_USE)
    if not fresh:
        saved = backup.backup_now(path, label="avant-mise-a-jour")
        log.info("Backup before migration: %s", saved.name)
    migrate.upgrade(engine)
    log.info("Database schema upgraded to %s", migrate.head_revision())
