"""A whole session's documents at once: one file per participant (or structure), one PDF to
print them all, and who was refused and why.

Qt-free and made to run in a worker thread: `progress(done, total)` after each document,
`cancelled()` asked before each one. A cancelled batch stops between two documents: what was
issued stays issued (in the register and on disk), nothing is half-written.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pypdf import PdfWriter

from formation.documents import filenames
from formation.documents.facts import Facts, ParticipantFacts
from formation.documents.kinds import Kind, Target, check_format, kind_of
from formation.services import issuing_rules, people
from formation.services.issuing_register import Issued, issue, show
from formation.storage.database import Database

NO_STRUCTURE = ("pas de structure employeuse : la convention se passe avec une structure "
                "(une personne qui finance elle-même signe un contrat de formation).")


@dataclass(frozen=True)
class BatchItem:
    recipient: str
    document: Issued
    path: Path


@dataclass(frozen=True)
class BatchRefusal:
    recipient: str
    reason: str


@dataclass
class BatchSummary:
    kind: str
    total: int
    issued: list[BatchItem] = field(default_factory=list)
    refused: list[BatchRefusal] = field(default_factory=list)
    merged: Path | None = None
    cancelled: bool = False

    def __str__(self) -> str:
        label = kind_of(self.kind).label
        lines = [f"{label} : {len(self.issued)} émis sur {self.total}."]
        lines += [f"  {item.path.name}  ({item.document.reference}, code {item.document.code})"
                  for item in self.issued]
        if self.refused:
            lines.append(f"{len(self.refused)} refusé(s) :")
            lines += [f"  - {r.recipient} : {r.reason}" for r in self.refused]
        if self.merged is not None:
            lines.append(f"Tous les documents en un seul PDF, pour l'impression : {self.merged.name}")
        if self.cancelled:
            lines.append("Interrompu : les documents déjà émis restent émis.")
        return "\n".join(lines)


@dataclass(frozen=True)
class BatchJob:
    recipient: str
    target: Target | None  # None: refused before issuing, for `reason`
    reason: str = ""


def issue_batch(db: Database, session_id: int, kind: str, fmt: str, out_dir: Path, issued_by: str,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None, *, now: datetime | None = None,
                results_for: Callable[[int], Mapping[str, str] | None] | None = None) -> BatchSummary:
    """Issue `kind` for everyone concerned by the session, write the files into `out_dir`.

    `results_for(registration_id)` gives the assessment results for the attestation de fin de
    formation, when they are known."""
    spec, fmt = kind_of(kind), check_format(fmt)
    now = now or datetime.now()
    facts = Facts(db)
    check_whole_batch(facts, spec, session_id, now)
    jobs = batch_jobs(facts, spec, session_id)
    summary = BatchSummary(spec.code, len(jobs))
    out_dir.mkdir(parents=True, exist_ok=True)
    if progress:
        progress(0, len(jobs))
    for done, job in enumerate(jobs, start=1):
        if cancelled and cancelled():
            summary.cancelled = True
            break
        _run(db, facts, spec, fmt, job, out_dir, issued_by, now, results_for, summary)
        if progress:
            progress(done, len(jobs))
    if fmt == "pdf" and spec.target != "session" and summary.issued and not summary.cancelled:
        summary.merged = _merge(db, facts, spec, session_id, summary.issued, out_dir)
    return summary


def check_whole_batch(facts: Facts, spec: Kind, session_id: int, now: datetime) -> None:
    """What would refuse every document is said once, before anything is issued."""
    issuing_rules.check_organisation(facts, spec)
    if spec.certificate:
        issuing_rules.check_ended(facts.session(session_id), now)


def batch_jobs(facts: Facts, spec: Kind, session_id: int) -> list[BatchJob]:
    if spec.target == "session":
        return [BatchJob(facts.session(session_id).course.title, Target(None, session_id))]
    people_in = facts.participants(session_id)
    if spec.target == "registration":
        wanted = issuing_rules.ATTENDED if spec.certificate else None
        return [BatchJob(p.name, Target(p.registration_id, session_id)) for p in people_in
                if (p.registration_status in wanted if wanted else p.registration_status.takes_a_seat)]
    return _convention_jobs(facts, session_id, people_in)


def _convention_jobs(facts: Facts, session_id: int, people_in: list[ParticipantFacts]) -> list[BatchJob]:
    client = facts.session(session_id).client_id
    seated = [p for p in people_in if p.registration_status.takes_a_seat]
    ids = sorted({p.structure_id for p in seated if p.structure_id is not None} | (
        {client} if client is not None else set()))
    jobs = [BatchJob(people.get_structure(facts.db, sid).name, Target(None, session_id, sid))
            for sid in ids]
    if client is None:
        jobs += [BatchJob(p.name, None, NO_STRUCTURE) for p in seated if p.structure_id is None]
    return jobs


def _run(db: Database, facts: Facts, spec: Kind, fmt: str, job: BatchJob, out_dir: Path,
         issued_by: str, now: datetime,
         results_for: Callable[[int], Mapping[str, str] | None] | None,
         summary: BatchSummary) -> None:
    if job.target is None:
        summary.refused.append(BatchRefusal(job.recipient, job.reason))
        return
    t = job.target
    results = results_for(t.registration_id) if results_for and t.registration_id else None
    try:
        document = issue(db, spec.code, registration_id=t.registration_id, session_id=t.session_id,
                         structure_id=t.structure_id, fmt=fmt, issued_by=issued_by, now=now,
                         results=results, facts=facts)
    except issuing_rules.IssuingRefused as refusal:
        summary.refused.append(BatchRefusal(job.recipient, str(refusal)))
        return
    path = _free_path(out_dir / document.filename, {item.path for item in summary.issued})
    path.write_bytes(show(db, document.id))
    summary.issued.append(BatchItem(job.recipient, document, path))


def _free_path(path: Path, taken: set[Path]) -> Path:
    """Two namesakes in one session must not overwrite each other's file."""
    n = 2
    candidate = path
    while candidate in taken:
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def _merge(db: Database, facts: Facts, spec: Kind, session_id: int, items: list[BatchItem],
           out_dir: Path) -> Path:
    session = facts.session(session_id)
    writer = PdfWriter()
    for item in items:
        writer.append(io.BytesIO(show(db, item.document.id)))
    path = out_dir / filenames.merged_name(session.start, session.course.title, spec.name)
    with path.open("wb") as handle:
        writer.write(handle)
    return path
