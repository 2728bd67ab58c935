"""Bring a file to the schema of this version of the app, with Alembic, after a backup."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from formation.core.errors import DatabaseError

SCRIPT_LOCATION = "formation.storage:migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["engine"] = engine
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None, "the migrations folder has no head"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    """True when the file is behind this version; refuses a file made by a newer version."""
    current = current_revision(engine)
    script = _scripts()
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseError(
            "Ce fichier a été enregistré par une version plus récente de Formation. "
            "Installez la dernière version de l'application pour l'ouvrir."
        )
    return current != script.get_current_head()


def is_empty_file(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)
