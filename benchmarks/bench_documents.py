"""Documents per second for a 100-participant batch of certificates, PDF and Word.

    python benchmarks/bench_documents.py [--participants 100] [--runs 3]

Each run issues the whole session again (new versions), writes every file and, for PDF, the
merged file to print: what the user waits for. Prints the median of the runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from formation.core.attendance import Mark
from formation.core.enums import Presence
from formation.services import (
    attendance,
    catalogue,
    issuing,
    organisation,
    people,
    registrations,
    sessions,
)
from formation.storage.database import Database

AFTER = datetime(2026, 3, 13, 18, 0)


def build(db: Database, participants: int) -> int:
    organisation.save_organisation(db, organisation.OrganisationData(
        name="Maison des Associations de Roubaix", siret="12345678900012", nda="32591234559",
        address="12 rue de l'Épeule", postal_code="59100", city="Roubaix",
        email="formation@mda-roubaix.fr", phone="03 20 15 14 18",
        representative_name="Marie-Claire Fontaine", representative_title="Présidente",
        signature_town="Roubaix", logo=_png(), signature=_png()))
    course_id = catalogue.save_course(db, catalogue.CourseData(
        code="FONCT", title="Le fonctionnement associatif", duration_minutes=14 * 60,
        objectives=["Expliquer la loi 1901", "Rédiger des statuts", "Animer une assemblée"]))
    data = sessions.new_session_for(db, course_id, date(2026, 3, 12))
    data.capacity = participants
    session_id = sessions.save_session(db, data)
    slots = [info.id for info in attendance.session_slots(db, session_id)]
    for n in range(participants):
        pid = people.save_participant(db, people.ParticipantData(first_name="Camille",
                                                                 last_name=f"Martin{n:03d}"))
        registration_id = registrations.register(db, pid, session_id)
        for slot in slots:
            attendance.record(db, registration_id, slot, Mark(Presence.PRESENT))
    return session_id


def _png() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (240, 80), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(10, 60), (60, 20), (120, 60), (180, 20), (230, 50)],
                               fill=(20, 40, 110, 255), width=4)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def measure(db: Database, session_id: int, fmt: str, runs: int, out: Path) -> list[float]:
    rates = []
    for run in range(runs):
        started = time.perf_counter()
        summary = issuing.issue_batch(db, session_id, "realisation", fmt, out / f"{fmt}-{run}",
                                      "Banc d'essai", now=AFTER)
        elapsed = time.perf_counter() - started
        assert not summary.refused, summary.refused
        rates.append(len(summary.issued) / elapsed)
    return rates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        with Database.open(Path(folder) / "bench.sqlite", daily_backup=False) as db:
            session_id = build(db, args.participants)
            print(f"Certificats de réalisation, lot de {args.participants} participant·es, "
                  f"{args.runs} passages (médiane) :")
            for fmt in ("pdf", "docx"):
                rates = measure(db, session_id, fmt, args.runs, Path(folder))
                median = statistics.median(rates)
                print(f"  {fmt.upper():5} {median:6.1f} documents/s  ({1000 / median:5.1f} ms par "
                      f"document ; passages : {', '.join(f'{r:.1f}' for r in rates)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
