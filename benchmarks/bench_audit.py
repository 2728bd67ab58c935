"""Seconds for the Qualiopi audit folder of a demonstration year, and for what it is made from.

    python benchmarks/bench_audit.py [--runs 3]

Builds the demonstration year (answered questionnaires included) in a temporary file, then times
the audit export of the year (what the user waits for), the readiness checks of the year, the
year's statistics, and one answered questionnaire alone: as the PDF to fill (what the follow-up
sending attaches) and as the audit folder's copy. Prints the median of the runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select

from formation.documents import form_pdf
from formation.services import audit_export, audit_files, demo, readiness, stats
from formation.services.forms_store import ResponseState
from formation.storage.database import Database
from formation.storage.models import FormResponse

TODAY = date(2026, 11, 23)
YEAR = readiness.Selection(date(2026, 1, 1), date(2026, 12, 31), today=TODAY)


def answered(db: Database) -> list[int]:
    with db.session() as s:
        return list(s.scalars(select(FormResponse.id)
                              .where(FormResponse.status == ResponseState.ANSWERED.value)
                              .order_by(FormResponse.id)))


def timed(work: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        with Database.open(Path(folder) / "bench.sqlite", daily_backup=False) as db:
            started = time.perf_counter()
            demo.fill(db, 2026, today=TODAY)
            ids = answered(db)
            print(f"Année de démonstration 2026 ({len(ids)} questionnaires remplis), construite en "
                  f"{time.perf_counter() - started:.1f} s ; {args.runs} passages (médiane) :")
            out = Path(folder) / "audit.zip"
            one = ids[len(ids) // 2]
            cases: list[tuple[str, Callable[[], object]]] = [
                ("Dossier d'audit de l'année", lambda: audit_export.build(db, YEAR, out)),
                ("Vérifications de l'année", lambda: readiness.readiness(db, YEAR)),
                ("Bilan de l'année", lambda: stats.year_stats(db, 2026, today=TODAY)),
                ("Un questionnaire à remplir", lambda: form_pdf.form_pdf(db, one)),
                ("Le même, pour l'audit", lambda: audit_files.questionnaire_pdf(db, one)),
            ]
            for label, work in cases:
                times = timed(work, args.runs)
                median = statistics.median(times)
                print(f"  {label:28} {_shown(median):>9}  (passages : "
                      f"{', '.join(_shown(t) for t in times)})")
            size = out.stat().st_size / 1e6
            print(f"  ZIP : {size:.1f} Mo")
    return 0


def _shown(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.0f} ms"


if __name__ == "__main__":
    sys.exit(main())
