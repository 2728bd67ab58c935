"""Collecting the answers: filled PDFs, e-mails (.eml) and mailboxes (.mbox) holding them, folders
of those, and spreadsheets from an online survey tool.

Each PDF goes to the questionnaire named by its hidden identifiers (formation.services.
forms_import), whatever its file name or whoever sent it back; a spreadsheet's rows are matched to
registrations by e-mail or name (formation.services.forms_csv). Nothing is stored twice: the
same answers again read "déjà enregistré".
"""

from __future__ import annotations

import mailbox
from collections.abc import Mapping, Sequence
from datetime import datetime
from email import message_from_bytes, policy
from email.message import Message
from pathlib import Path

from formation.forms import Template
from formation.services.followups import PARTICIPANT_KEY
from formation.services.forms_csv import import_sheet
from formation.services.forms_import import PDF_SUFFIX, SHEET_SUFFIXES, import_pdf
from formation.services.forms_outcome import Outcome
from formation.storage.database import Database

EML_SUFFIXES = (".eml",)
MBOX_SUFFIXES = (".mbox", ".mbx")
ACCEPTED = (PDF_SUFFIX, *EML_SUFFIXES, *MBOX_SUFFIXES, *SHEET_SUFFIXES)
#: What is read from a folder: a ".txt" there is more likely a note than a spreadsheet.
IN_FOLDERS = tuple(suffix for suffix in ACCEPTED if suffix != ".txt")


def import_returns(db: Database, paths: Sequence[Path], templates: Mapping[str, Template], *,
                   now: datetime, sheet_template: str = PARTICIPANT_KEY,
                   replace: bool = False) -> list[Outcome]:
    """Every file given, in order (a folder: the files in it, not its sub-folders)."""
    outcomes: list[Outcome] = []
    for path in (Path(p) for p in paths):
        if path.is_dir():
            files = sorted(p for p in path.iterdir()
                           if p.is_file() and p.suffix.lower() in IN_FOLDERS)
            if not files:
                outcomes.append(Outcome(path.name, False, "aucun PDF, e-mail (.eml), boîte mail "
                                                          "(.mbox) ni tableur dans ce dossier."))
            for file in files:
                outcomes += _import_file(db, file, templates, now, sheet_template, replace)
        else:
            outcomes += _import_file(db, path, templates, now, sheet_template, replace)
    return outcomes


def _import_file(db: Database, path: Path, templates: Mapping[str, Template], now: datetime,
                 sheet_template: str, replace: bool) -> list[Outcome]:
    suffix = path.suffix.lower()
    if suffix in SHEET_SUFFIXES:
        return import_sheet(db, path, templates, sheet_template, now=now, replace=replace)
    if suffix not in ACCEPTED:
        return [Outcome(path.name, False, "ce n'est ni un PDF, ni un e-mail (.eml), ni une boîte "
                                          "mail (.mbox), ni un tableur (CSV ou XLSX).")]
    try:
        if suffix in MBOX_SUFFIXES:
            return _import_mbox(db, path, now, replace)
        data = path.read_bytes()
    except OSError as error:
        return [Outcome(path.name, False, f"fichier illisible ({error.strerror or error}).")]
    if suffix == PDF_SUFFIX:
        return [import_pdf(db, data, path.name, now=now, replace=replace)]
    found = pdf_attachments(message_from_bytes(data, policy=policy.default))
    if not found:
        return [Outcome(path.name, False, "cet e-mail n'a aucun PDF en pièce jointe.")]
    return [import_pdf(db, content, f"{path.name}, pièce jointe {name}", now=now, replace=replace)
            for name, content in found]


def _import_mbox(db: Database, path: Path, now: datetime, replace: bool) -> list[Outcome]:
    """The PDFs attached to the messages of a mailbox; messages without one are passed over."""
    box = mailbox.mbox(path, create=False)
    outcomes: list[Outcome] = []
    try:
        for number, key in enumerate(box.keys(), start=1):
            message = message_from_bytes(box.get_bytes(key), policy=policy.default)
            sender = str(message.get("From", "")).strip()
            where = f"{path.name}, message {number}" + (f" ({sender})" if sender else "")
            outcomes += [import_pdf(db, content, f"{where}, pièce jointe {name}", now=now,
                                    replace=replace)
                         for name, content in pdf_attachments(message)]
    finally:
        box.close()
    if not outcomes:
        outcomes.append(Outcome(path.name, False, "aucun message de cette boîte n'a de PDF en "
                                                  "pièce jointe."))
    return outcomes


def pdf_attachments(message: Message) -> list[tuple[str, bytes]]:
    """(file name, bytes) of each PDF in the message, forwarded messages included."""
    found = []
    for number, part in enumerate(message.walk(), start=1):
        name = part.get_filename() or ""
        is_pdf = part.get_content_type() == "application/pdf" or name.lower().endswith(PDF_SUFFIX)
        if not is_pdf or part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload.startswith(b"%PDF"):
            found.append((name or f"piece-jointe-{number}.pdf", payload))
    return found
