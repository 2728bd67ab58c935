"""The SQLite file: models, engine, migrations, backups."""
