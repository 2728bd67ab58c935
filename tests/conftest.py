"""Shared fixtures. No test touches the real user folders: every path points into tmp_path."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from formation.storage.database import Database  # noqa: E402
from tests.mail_helpers import MemoryKeyring, using_keyring  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Data, logs, settings and the default database all live in the test's own folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("FORMATION_DB", raising=False)


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One empty file at the head revision, migrated once and copied for each test."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    Database.open(path, daily_backup=False).close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, _migrated_template: Path) -> Path:
    path = tmp_path / "orga.sqlite"
    shutil.copyfile(_migrated_template, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path, daily_backup=False)
    yield database
    database.close()


@pytest.fixture
def app(qapp: object, tmp_path: Path) -> object:
    """The QApplication set up as Formation sets it up, with settings in the test's folder."""
    from PySide6.QtCore import QSettings

    from formation.ui.application import make_application

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    return make_application()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A system keyring in memory: what the code stores there can be looked at."""
    backend = MemoryKeyring()
    with using_keyring(backend):
        yield backend
