"""The register of issued documents: render, number and record, in one write transaction.

Numbers run per (kind, year) without gap or duplicate, even with two batches at once: the
number is read and the row inserted inside one `BEGIN IMMEDIATE` transaction, which SQLite
grants to one writer at a time (the others wait, up to the busy timeout). The document is
rendered inside that transaction too, since its number and code are printed on it: a failed
rendering rolls back and leaves no hole. Issuing the same document again adds a version under
the same number; nothing is ever replaced.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select, text
from sqlalchemy.orm import Session, defer

from formation.core.errors import FormationError, NotFoundError
from formation.documents import filenames
from formation.documents.facts import Facts, to_json
from formation.documents.issuer import CODE_ALPHABET, CODE_LENGTH, Stamp, display_code
from formation.documents.kinds import KINDS, Kind, Target, check_format, kind_of
from formation.services import forms_results, issuing_rules, people
from formation.storage.database import Database
from formation.storage.models import IssuedDocument
from formation.storage.models import Session as TrainingSession


@dataclass(frozen=True)
class Issued:
    """One row of the register, without its bytes."""

    id: int
    kind: str
    reference: str  # "CR-2026-0007", "CR-2026-0007 (version 2)"
    year: int
    number: int
    version: int
    format: str
    recipient: str
    filename: str
    sha256: str
    code: str  # as printed: "K7M2-QX9P"
    issued_at: datetime
    issued_by: str
    registration_id: int | None
    session_id: int | None
    structure_id: int | None


@dataclass(frozen=True)
class Verification:
    """What `formation verify CODE` tells about an issued document."""

    document: Issued
    kind_label: str
    session_code: str
    course_title: str


class UnknownCode(FormationError):
    pass


def issue(db: Database, kind: str, *, registration_id: int | None = None,
          session_id: int | None = None, structure_id: int | None = None, fmt: str = "pdf",
          issued_by: str, now: datetime | None = None,
          results: Mapping[str, str] | None = None, facts: Facts | None = None) -> Issued:
    """Render, number and record one document; raises an IssuingRefused saying why it cannot.

    `results` (objective -> result) feed the attestation de fin de formation; without them, the
    participant's assessment grid gives them when it is filled in. `facts` lets a batch share what
    it has already read."""
    spec, fmt = kind_of(kind), check_format(fmt)
    now = now or datetime.now()
    facts = facts or Facts(db)
    target = _target(facts, spec, registration_id, session_id, structure_id)
    issuing_rules.check(facts, spec, target, now)
    if results is None and spec.code == "fin" and target.registration_id is not None:
        results = forms_results.results_for(db, target.registration_id) or None
    data = spec.gather(facts, target, results)
    base = _file_stem(facts, spec, target)
    with db.begin() as s:
        s.execute(text("BEGIN IMMEDIATE"))  # the write lock, before reading the last number
        year, number = _number(s, spec, target, now)
        version = _version(s, spec, target, fmt)
        stamp = Stamp(spec.prefix, year, number, version, _new_code(s), now)
        content = spec.render(fmt, data, stamp)
        row = IssuedDocument(
            kind=spec.code, year=year, number=number, version=version, format=fmt,
            session_id=target.session_id, registration_id=target.registration_id,
            structure_id=target.structure_id, recipient=spec.recipient(data), issued_at=now,
            issued_by=issued_by, source=_source(spec, data, results),
            filename=filenames.document_name(*base, version, fmt), content=content,
            sha256=hashlib.sha256(content).hexdigest(), verification_code=stamp.code)
        s.add(row)
        s.flush()
        return _issued(row)


def _target(facts: Facts, spec: Kind, registration_id: int | None, session_id: int | None,
            structure_id: int | None) -> Target:
    if spec.target == "registration":
        if registration_id is None:
            raise FormationError(f"{spec.label} : indiquez l'inscription concernée.")
        return Target(registration_id, facts.participant(registration_id).session_id)
    if session_id is None or (spec.target == "structure" and structure_id is None):
        needed = "la session et la structure" if spec.target == "structure" else "la session"
        raise FormationError(f"{spec.label} : indiquez {needed}.")
    return Target(None, session_id, structure_id if spec.target == "structure" else None)


def _file_stem(facts: Facts, spec: Kind, target: Target) -> tuple[Any, str, str, str]:
    assert target.session_id is not None
    session = facts.session(target.session_id)
    who = ""
    if target.registration_id is not None:
        person = facts.participant(target.registration_id)
        who = filenames.person_part(person.last_name, person.first_name)
    elif target.structure_id is not None:
        who = filenames.slug(people.get_structure(facts.db, target.structure_id).name, 40)
    return session.start, session.course.title, who, spec.name


def _same_document(spec: Kind, target: Target) -> ColumnElement[bool]:
    def equal(column: Any, value: int | None) -> ColumnElement[bool]:
        return column.is_(None) if value is None else column == value  # type: ignore[no-any-return]

    return and_(IssuedDocument.kind == spec.code,
                equal(IssuedDocument.registration_id, target.registration_id),
                equal(IssuedDocument.session_id, target.session_id),
                equal(IssuedDocument.structure_id, target.structure_id))


def _number(s: Session, spec: Kind, target: Target, now: datetime) -> tuple[int, int]:
    """The document's number: its own if issued before (in any format), else the next one."""
    earlier = s.execute(select(IssuedDocument.year, IssuedDocument.number)
                        .where(_same_document(spec, target)).limit(1)).first()
    if earlier is not None:
        return earlier.year, earlier.number
    last = s.scalar(select(func.max(IssuedDocument.number))
                    .where(IssuedDocument.kind == spec.code, IssuedDocument.year == now.year))
    return now.year, (last or 0) + 1


def _version(s: Session, spec: Kind, target: Target, fmt: str) -> int:
    last = s.scalar(select(func.max(IssuedDocument.version))
                    .where(_same_document(spec, target), IssuedDocument.format == fmt))
    return (last or 0) + 1


def _new_code(s: Session) -> str:
    """8 characters from 31: about 850 billion codes, so a clash is rare; checked all the same."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if s.scalar(select(IssuedDocument.id).where(IssuedDocument.verification_code == code)) is None:
            return code


def _source(spec: Kind, data: Any, results: Mapping[str, str] | None) -> str:
    return to_json({"kind": spec.code, "data": data, "results": dict(results or {})})


def _issued(row: IssuedDocument) -> Issued:
    stamp = Stamp(KINDS[row.kind].prefix if row.kind in KINDS else row.kind.upper(), row.year,
                  row.number, row.version, row.verification_code, row.issued_at)
    return Issued(row.id, row.kind, stamp.reference, row.year, row.number, row.version, row.format,
                  row.recipient, row.filename, row.sha256, stamp.display_code, row.issued_at,
                  row.issued_by, row.registration_id, row.session_id, row.structure_id)


# --- reading the register ---------------------------------------------------------------------------

def show(db: Database, document_id: int) -> bytes:
    """The exact bytes that were issued."""
    with db.session() as s:
        row = s.get(IssuedDocument, document_id)
        if row is None:
            raise NotFoundError("Document introuvable dans le registre.")
        return row.content


def verify(db: Database, code: str) -> Verification:
    """The document carrying this verification code; typed with or without the dash, any case."""
    wanted = "".join(ch for ch in code.upper() if ch.isalnum())
    with db.session() as s:
        row = s.scalar(select(IssuedDocument).where(IssuedDocument.verification_code == wanted))
        if row is None:
            raise UnknownCode(f"Aucun document émis n'a le code « {display_code(wanted) or code} » : "
                              "il n'a pas été délivré par cet organisme, ou le code est mal recopié.")
        session = s.get(TrainingSession, row.session_id) if row.session_id else None
        label = KINDS[row.kind].label if row.kind in KINDS else row.kind
        return Verification(_issued(row), label, session.code if session else "",
                            session.course.title if session else "")


def list_issued(db: Database, session_id: int | None = None) -> list[Issued]:
    """The register, newest first; of one session when asked."""
    query = (select(IssuedDocument).options(defer(IssuedDocument.content))
             .order_by(IssuedDocument.issued_at.desc(), IssuedDocument.id.desc()))
    if session_id is not None:
        query = query.where(IssuedDocument.session_id == session_id)
    with db.session() as s:
        return [_issued(row) for row in s.scalars(query)]
