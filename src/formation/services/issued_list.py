"""Reading the register for the screens, and saying what a batch will do before it runs.

Qt-free, nothing written to the database: the register's rows with their kind's label and their
session, the kinds and years to filter on, a batch's plan (each recipient ready, or refused and
why, by the same rules `issue_batch` applies), and whether a file is a document's original.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from formation.documents.facts import Facts
from formation.documents.kinds import KINDS, Target, check_format, kind_of
from formation.services import issuing_batch, issuing_rules
from formation.services.issuing_register import Issued, list_issued, show
from formation.storage.database import Database
from formation.storage.models import Course
from formation.storage.models import Session as TrainingSession


@dataclass(frozen=True)
class RegisterRow:
    """One issued document as the register screen shows it."""

    document: Issued
    kind_label: str  # "Certificat de réalisation"
    number_text: str  # "CR-2026-0007", the version apart
    session_code: str  # "" for a document of no session
    course_title: str

    @property
    def id(self) -> int:
        return self.document.id


@dataclass(frozen=True)
class PlannedDocument:
    recipient: str
    refusal: str = ""  # why it will be refused; "" when it is ready
    previous: str = ""  # "CR-2026-0007" when already issued in this format: this will be a new version
    version: int = 1  # the version it will be issued as

    @property
    def ready(self) -> bool:
        return not self.refusal


@dataclass(frozen=True)
class BatchPlan:
    """What `issue_batch` would do now, without doing it."""

    kind: str
    documents: tuple[PlannedDocument, ...]
    blocked: str = ""  # what refuses the whole batch (organisation, session not ended), said once

    @property
    def ready_count(self) -> int:
        return 0 if self.blocked else sum(doc.ready for doc in self.documents)


def register_rows(db: Database, *, kind: str | None = None, year: int | None = None,
                  session_id: int | None = None) -> list[RegisterRow]:
    """The register, newest first; of one kind, one year or one session when asked."""
    documents = [doc for doc in list_issued(db, session_id)
                 if (kind is None or doc.kind == kind) and (year is None or doc.year == year)]
    sessions = _sessions(db, {doc.session_id for doc in documents if doc.session_id is not None})
    rows = []
    for doc in documents:
        spec = KINDS.get(doc.kind)
        code, title = sessions.get(doc.session_id, ("", "")) if doc.session_id else ("", "")
        rows.append(RegisterRow(doc, spec.label if spec else doc.kind, _number_text(doc), code, title))
    return rows


def _sessions(db: Database, ids: set[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    query = (select(TrainingSession.id, TrainingSession.code, Course.title)
             .join(Course, Course.id == TrainingSession.course_id)
             .where(TrainingSession.id.in_(ids)))
    with db.session() as s:
        return {row.id: (row.code, row.title) for row in s.execute(query)}


def register_years(db: Database) -> list[int]:
    """The years that have documents, the latest first."""
    return sorted({doc.year for doc in list_issued(db)}, reverse=True)


def plan_batch(db: Database, session_id: int, kind: str, fmt: str = "pdf",
               now: datetime | None = None) -> BatchPlan:
    """Who `issue_batch(db, session_id, kind, fmt, …)` would issue to, who it would refuse and why,
    and which documents would be new versions of ones already issued."""
    spec, fmt = kind_of(kind), check_format(fmt)
    now = now or datetime.now()
    facts = Facts(db)
    jobs = issuing_batch.batch_jobs(facts, spec, session_id)
    try:
        issuing_batch.check_whole_batch(facts, spec, session_id, now)
    except issuing_rules.IssuingRefused as refusal:
        return BatchPlan(spec.code, tuple(PlannedDocument(job.recipient) for job in jobs), str(refusal))
    earlier = [doc for doc in list_issued(db, session_id) if doc.kind == spec.code and doc.format == fmt]
    planned = []
    for job in jobs:
        if job.target is None:
            planned.append(PlannedDocument(job.recipient, job.reason))
            continue
        try:
            issuing_rules.check(facts, spec, job.target, now)
        except issuing_rules.IssuingRefused as refusal:
            planned.append(PlannedDocument(job.recipient, str(refusal)))
            continue
        same = [doc for doc in earlier if _same_target(doc, job.target)]
        last = max(same, key=lambda doc: doc.version, default=None)
        planned.append(PlannedDocument(
            job.recipient, previous=_number_text(last) if last else "",
            version=last.version + 1 if last else 1))
    return BatchPlan(spec.code, tuple(planned))


def _same_target(doc: Issued, target: Target) -> bool:
    return (doc.registration_id, doc.session_id, doc.structure_id) == (
        target.registration_id, target.session_id, target.structure_id)


def _number_text(doc: Issued) -> str:
    spec = KINDS.get(doc.kind)
    prefix = spec.prefix if spec else doc.kind.upper()
    return f"{prefix}-{doc.year}-{doc.number:04d}"


def is_original(document: Issued, content: bytes) -> bool:
    """Whether `content` is, byte for byte, the document issued (its SHA-256 is the register's)."""
    return hashlib.sha256(content).hexdigest() == document.sha256


def export(db: Database, document: Issued, target: Path) -> Path:
    """Write the exact bytes issued to `target`: a file, or a folder to hold the original name."""
    if target.is_dir():
        target = target / document.filename
    target.write_bytes(show(db, document.id))
    return target
