"""The `formation documents` and `formation verify` commands (parsers are in formation.cli)."""

from __future__ import annotations

import argparse
import getpass
import hashlib
import sys
from pathlib import Path

from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.services import issuing
from formation.services.sessions import list_sessions
from formation.storage.database import Database

KIND_HELP = ("realisation (certificat de réalisation), fin (attestation de fin de formation), "
             "assiduite (attestation d'assiduité), convocation, programme, convention")


def documents(args: argparse.Namespace, database: Path) -> int:
    """Issue one kind of document for a whole session into a folder; 1 when any was refused."""
    with Database.open(database) as db:
        found = [row.id for row in list_sessions(db) if row.code == args.session.strip()]
        if not found:
            raise FormationError(f"Aucune session n'a le code « {args.session} ».")
        summary = issuing.issue_batch(db, found[0], args.kind, args.format, Path(args.out),
                                      args.by or _user(), progress=None, cancelled=None)
    print(summary)
    return 1 if summary.refused else 0


def verify(args: argparse.Namespace, database: Path) -> int:
    """Say what document a code belongs to; with --file, whether the file is the one issued."""
    with Database.open(database, write=False, daily_backup=False) as db:
        found = issuing.verify(db, args.code)
    doc = found.document
    when = f"{frenchfmt.short_date(doc.issued_at.date())} à {frenchfmt.clock(doc.issued_at.time())}"
    session = " — ".join(part for part in (found.session_code, found.course_title) if part)
    print(f"Document émis : {found.kind_label} n° {doc.reference}, {doc.format.upper()}")
    print(f"Destinataire : {doc.recipient}")
    print(f"Session : {session or '—'}")
    print(f"Émis le {when} par {doc.issued_by}")
    print(f"Fichier : {doc.filename}")
    print(f"SHA-256 : {doc.sha256}")
    if args.file:
        path = Path(args.file)
        if hashlib.sha256(path.read_bytes()).hexdigest() != doc.sha256:
            print(f"Le fichier {path.name} ne correspond pas au document émis sous ce code : il a "
                  "été modifié, ou c'en est une autre version.", file=sys.stderr)
            return 1
        print(f"Le fichier {path.name} est identique au document émis.")
    return 0


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers, services)
        return "Formation"
