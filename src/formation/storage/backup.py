"""Copies of the file, made with SQLite's online backup API, and their rotation.

Backups sit beside the file, in a folder `<name>-sauvegardes`, where a user finds them.
Daily backups: the last 7 days are kept, then one per week for 4 more weeks.
Backups made before a migration are never removed automatically.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

DAILY_KEPT = 7
WEEKLY_KEPT = 4
_DAILY = re.compile(r"_(\d{4}-\d{2}-\d{2})_quotidienne\.sqlite$")


def backup_folder(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.stem}-sauvegardes")


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of `source`, even while another connection writes to it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    src, dst = sqlite3.connect(source), sqlite3.connect(partial)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    partial.replace(target)
    return target


def backup_now(db_path: Path, label: str = "manuelle", now: datetime | None = None) -> Path:
    moment = (now or datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    return copy_database(db_path, backup_folder(db_path) / f"{db_path.stem}_{moment}_{label}.sqlite")


def daily_backup(db_path: Path, today: date | None = None) -> Path | None:
    """Make today's backup if there is none yet, then prune old daily ones. Returns the new file."""
    today = today or date.today()
    folder = backup_folder(db_path)
    target = folder / f"{db_path.stem}_{today.isoformat()}_quotidienne.sqlite"
    made = None
    if not target.exists():
        made = copy_database(db_path, target)
    prune_daily(folder, today)
    return made


def days_to_keep(days: set[date], today: date) -> set[date]:
    """The last DAILY_KEPT days with a backup, then the newest of each of WEEKLY_KEPT weeks."""
    newest_first = sorted(days, reverse=True)
    keep = set(newest_first[:DAILY_KEPT])
    oldest_kept_week = today - timedelta(weeks=WEEKLY_KEPT + 1)
    weeks_seen: set[tuple[int, int]] = set()
    for day in newest_first[DAILY_KEPT:]:
        week = day.isocalendar()[:2]
        if day >= oldest_kept_week and week not in weeks_seen and len(weeks_seen) < WEEKLY_KEPT:
            weeks_seen.add(week)
            keep.add(day)
    return keep


def prune_daily(folder: Path, today: date) -> list[Path]:
    """Remove the daily backups that the rotation no longer keeps; returns what was removed."""
    dated = {}
    for path in folder.glob("*_quotidienne.sqlite"):
        match = _DAILY.search(path.name)
        if match:
            dated[date.fromisoformat(match.group(1))] = path
    keep = days_to_keep(set(dated), today)
    removed = [path for day, path in dated.items() if day not in keep]
    for path in removed:
        path.unlink()
    return removed
