"""What a user sends when something goes wrong: the logs and a description of the computer, zipped.

Never the data: no database content, only its schema revision. The logs should hold no personal
data already (see logs.py); as a second safety net, whatever looks like an e-mail address or a
telephone number is masked in the copy, and the user's home folder is shortened to "~".
"""

from __future__ import annotations

import logging
import platform
import re
import sqlite3
import sys
import zipfile
from collections.abc import Mapping
from contextlib import closing
from datetime import datetime
from pathlib import Path

from formation import __version__, paths

SYSTEM_FILE = "systeme.txt"
LOG_FOLDER = "journaux"
EMAIL_MASK = "[courriel masqué]"
PHONE_MASK = "[téléphone masqué]"

EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_SEP = r"[ \u00a0.-]"  # what people put between groups of digits; never a line break
PHONE = re.compile(
    r"(?<![\w+])(?:"
    # French: 0X XX XX XX XX, +33 X XX XX XX XX, 0033 (0)X…, with spaces, dots or dashes.
    rf"(?:(?:\+|00) ?33{_SEP}?(?:\(0\){_SEP}?)?|0)[1-9](?:{_SEP}?\d{{2}}){{4}}"
    # International: + (or 00) and a country code, then 8 to 15 digits, whatever the grouping.
    r"|(?:\+|00)[1-9](?:[ \u00a0.()-]{0,2}\d){7,14}"
    r")(?!\w)")


def scrub(text: str) -> str:
    """E-mail addresses and telephone numbers masked, the home folder shortened."""
    text = EMAIL.sub(EMAIL_MASK, text)
    text = PHONE.sub(PHONE_MASK, text)
    home = str(Path.home())
    if len(home) > 1:
        text = re.sub(re.escape(home) + r"(?![\w.-])", "~", text)
    return text


def default_name(today: datetime | None = None) -> str:
    return f"formation-signalement-{(today or datetime.now()):%Y-%m-%d}.zip"


def bundle_logs(target_zip: Path, *, database: Path | None = None,
                extra: Mapping[str, str] | None = None) -> Path:
    """Write `target_zip`: the log files (scrubbed) and systeme.txt. Returns the path written.

    `database` is the file whose schema revision is reported (the default file if None);
    `extra` adds lines to systeme.txt (the Qt layer gives its versions this way)."""
    target_zip = Path(target_zip)
    for handler in logging.getLogger().handlers:
        handler.flush()  # the current log, up to this moment
    target_zip.parent.mkdir(parents=True, exist_ok=True)
    log_dir = paths.log_dir()
    partial = target_zip.with_name(target_zip.name + ".partiel")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(SYSTEM_FILE, system_report(database, extra))
        for log_file in sorted(p for p in log_dir.iterdir() if p.is_file()):
            text = log_file.read_text(encoding="utf-8", errors="replace")
            archive.writestr(f"{LOG_FOLDER}/{log_file.name}", scrub(text))
    partial.replace(target_zip)
    return target_zip


def system_report(database: Path | None = None, extra: Mapping[str, str] | None = None) -> str:
    """Versions, platform and schema revision, one "name : value" per line; no personal data."""
    from formation.storage import migrate

    database = database or paths.chosen_database()
    lines = {
        "Formation": __version__,
        "Créé le": f"{datetime.now():%Y-%m-%d %H:%M}",
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "Système": platform.platform(),
        "Architecture": platform.machine(),
        "Installation": "paquet autonome" if getattr(sys, "frozen", False) else "depuis les sources",
        **(extra or {}),
        "Schéma attendu": migrate.head_revision(),
        "Schéma du fichier": schema_revision(database),
        "Dossier des journaux": str(paths.log_dir()),
    }
    return scrub("".join(f"{name} : {value}\n" for name, value in lines.items()))


def schema_revision(database: Path) -> str:
    """The file's Alembic revision, read without writing (the app may have the file open)."""
    if not database.is_file():
        return "pas de fichier"
    try:
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        return f"illisible ({error})"
    return str(row[0]) if row else "aucune"
