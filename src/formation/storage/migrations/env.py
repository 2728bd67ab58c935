"""Alembic environment: the engine comes from the application (no alembic.ini)."""

from alembic import context
from sqlalchemy import Engine

from formation.storage.models import Base

engine: Engine | None = context.config.attributes.get("engine")
if engine is None:
    raise RuntimeError("Formation migrations run through formation.storage.migrate only.")

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite changes tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
