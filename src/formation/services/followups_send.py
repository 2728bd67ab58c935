"""Sending the follow-up questionnaires and their single reminder, never twice.

Each message is recorded in `mail_outbox` as 'sending' and COMMITTED before the server is spoken
to, then updated ('sent', 'written' for a .eml file, or 'refused' with the server's words) in the
same transaction that marks the questionnaire sent or reminded. A row still 'sending' when a run
starts was cut short by a crash: the message may have left, so it is never sent again; the
questionnaire counts as sent and the screen asks the user to check their outbox. The database's
UniqueConstraint(response_id, kind) makes a second first message or a second reminder impossible.

A refused address does not stop the others; it is tried again only once corrected (or after a
temporary 4xx refusal). A lost connection stops the run: the message in flight stays 'sending'.
Without SMTP settings, each message is written as a .eml file that any mail client opens.
"""

from __future__ import annotations

import smtplib
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path
from typing import Protocol

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.documents.filenames import person_part, slug
from formation.documents.form_pdf import file_name, gather, render
from formation.forms import Respondent, Template
from formation.services import mail, organisation
from formation.services.followups import (
    INITIAL,
    REFUSED,
    REMINDER,
    SENDING,
    SENT,
    WRITTEN,
    FollowupRow,
    refresh,
)
from formation.services.forms_store import ResponseState
from formation.services.mail import MailError, MailSettingsData
from formation.storage.database import Database
from formation.storage.models import FormResponse, MailOutbox

REMINDER_SUBJECT = "Relance : {subject}"
REMINDER_INTRO = ("Nous nous permettons de vous relancer. Si vous avez déjà répondu, merci : ne "
                  "tenez pas compte de ce message.\n\n")
CONFIRMED = "envoi interrompu, confirmé par l'utilisateur·rice"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# --- transports ---------------------------------------------------------------------------------

class Rejected(FormationError):
    """This message was refused (its recipient, its content): the others may go."""


class NotSent(FormationError):
    """Nothing left, and nothing more can go now (sender refused, folder not writable)."""


class Transport(Protocol):
    #: The outbox status of a message handed over: SENT, or WRITTEN for a .eml file.
    delivered: str

    def ready(self) -> None:
        """Connect if needed, before a message is recorded 'sending'; MailError if impossible."""

    def send(self, message: EmailMessage, stem: str) -> None:
        """Hand the message over; Rejected, NotSent, or anything else when unsure."""

    def close(self) -> None: ...


class SmtpTransport:
    """The organisation's server, one connection for the run (opened again if it dropped)."""

    delivered = SENT

    def __init__(self, settings: MailSettingsData) -> None:
        self.settings = settings
        self._stack = ExitStack()
        self._server: smtplib.SMTP | None = None

    def ready(self) -> None:
        if self._server is not None:
            try:
                if self._server.noop()[0] == 250:
                    return
            except (OSError, smtplib.SMTPException):
                pass
            self.close()
        self._stack = ExitStack()
        self._server = self._stack.enter_context(mail.smtp_connection(self.settings))

    def send(self, message: EmailMessage, stem: str) -> None:
        if self._server is None:
            raise NotSent("pas de connexion au serveur d'envoi.")
        try:
            self._server.send_message(message)
        except smtplib.SMTPRecipientsRefused as error:
            raise Rejected("; ".join(_reply(code, words)
                                     for code, words in error.recipients.values())) from error
        except smtplib.SMTPSenderRefused as error:
            raise NotSent(f"le serveur refuse l'expéditeur {error.sender} "
                          f"({_reply(error.smtp_code, error.smtp_error)}) : vérifiez l'adresse "
                          "d'expédition dans Messagerie.") from error
        except smtplib.SMTPDataError as error:
            raise Rejected(_reply(error.smtp_code, error.smtp_error)) from error
        except (smtplib.SMTPNotSupportedError, UnicodeEncodeError) as error:
            raise Rejected("le serveur n'accepte pas les adresses avec accents : écrivez "
                           "l'adresse sans accent.") from error

    def close(self) -> None:
        self._server = None
        self._stack.close()


class EmlTransport:
    """Without SMTP: one .eml file per message, marked as a draft ready to send."""

    delivered = WRITTEN

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def ready(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise MailError(f"Le dossier {self.folder} ne peut pas être créé "
                            f"({error.strerror or error}).") from error

    def send(self, message: EmailMessage, stem: str) -> None:
        message["X-Unsent"] = "1"  # Outlook and Thunderbird open it ready to send
        try:
            mail.write_eml(message, self.folder, stem)
        except OSError as error:
            raise NotSent(f"le fichier {stem}.eml n'a pas pu être écrit dans {self.folder} "
                          f"({error.strerror or error}).") from error

    def close(self) -> None:
        pass


def _reply(code: int, words: bytes | str) -> str:
    text_ = words.decode("utf-8", "replace") if isinstance(words, bytes) else str(words)
    return f"{code} {' '.join(text_.split())}".strip()


# --- what goes, and its message -----------------------------------------------------------------

@dataclass(frozen=True)
class Outgoing:
    row: FollowupRow
    kind: str  # INITIAL or REMINDER

    @property
    def label(self) -> str:
        what = "relance" if self.kind == REMINDER else "questionnaire"
        whom = "employeur de " if self.row.respondent is Respondent.EMPLOYER else ""
        return f"{what}, {whom}{self.row.first_name} {self.row.last_name} ({self.row.session_code})"


def plan(rows: list[FollowupRow]) -> list[Outgoing]:
    """What a run sends now: first messages due, reminders due, corrected refused addresses."""
    return [Outgoing(row, row.next_kind) for row in rows if row.next_kind]


def compose(db: Database, settings: MailSettingsData, item: Outgoing) -> tuple[EmailMessage, str]:
    """The message with its fillable PDF attached, and a file stem for a .eml."""
    row = item.row
    facts = gather(db, row.response_id)
    org = organisation.get_organisation(db)
    values = {"prenom": row.first_name, "nom": row.last_name, "formation": row.course_title,
              "dates": frenchfmt.date_range(row.start, row.end),
              "organisme": settings.sender_name or org.name}
    employer = row.respondent is Respondent.EMPLOYER
    subject = mail.fill(settings.employer_subject_template if employer
                        else settings.subject_template, values)
    body = mail.fill(settings.employer_body_template if employer else settings.body_template,
                     values)
    if item.kind == REMINDER:
        subject, body = REMINDER_SUBJECT.format(subject=subject), REMINDER_INTRO + body
    sender = replace(settings, sender_address=settings.sender_address or org.email,
                     sender_name=settings.sender_name or org.name)
    message = mail.build_message(sender, formataddr((row.recipient_name, row.recipient)), subject,
                                 body, [(file_name(facts), render(facts))])
    stem = "_".join(part for part in (row.due_on.isoformat(), slug(row.session_code),
                                      person_part(row.last_name, row.first_name),
                                      row.template_key.replace("_", "-"),
                                      "relance" if item.kind == REMINDER else "") if part)
    return message, stem


# --- the outbox ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Marked:
    outbox_id: int
    #: A refused row tried again: its recipient and refusal, put back if the message cannot go.
    previous: tuple[str, str] | None


def _mark_sending(db: Database, item: Outgoing, message: EmailMessage,
                  now: datetime) -> _Marked | None:
    """Record the message as being sent, committed (to the disk) before the server hears of it;
    None when it may not go (sent meanwhile, answered, already in the outbox)."""
    try:
        with db.begin() as s:
            s.execute(text("PRAGMA synchronous=FULL"))  # this commit survives a power cut
            response = s.get(FormResponse, item.row.response_id)
            if response is None or response.status == ResponseState.ANSWERED.value:
                return None
            if item.kind == INITIAL and response.status != ResponseState.TO_SEND.value:
                return None
            if item.kind == REMINDER and (response.status != ResponseState.SENT.value
                                          or response.reminded_at is not None):
                return None
            row = s.scalar(select(MailOutbox).where(MailOutbox.response_id == response.id,
                                                    MailOutbox.kind == item.kind))
            previous = None
            if row is None:
                row = MailOutbox(response_id=response.id, kind=item.kind, created_at=now)
                s.add(row)
            elif row.status == REFUSED:
                previous = (row.recipient, row.error)
            else:
                return None
            row.recipient, row.subject = item.row.recipient, str(message["Subject"])[:300]
            row.status, row.attempted_at, row.finished_at, row.error = SENDING, now, None, ""
            row.message_id = str(message["Message-ID"] or "")
            s.flush()
            return _Marked(row.id, previous)
    except IntegrityError:
        return None  # another run recorded it first


def _finish(db: Database, outbox_id: int, status: str, now: datetime, error: str = "") -> None:
    """The message's outcome, and (when it went) the questionnaire marked sent or reminded."""
    with db.begin() as s:
        s.execute(text("PRAGMA synchronous=NORMAL"))
        row = s.get(MailOutbox, outbox_id)
        if row is None:
            return
        row.status, row.finished_at, row.error = status, now, error
        if status != REFUSED:
            _mark_response(s.get(FormResponse, row.response_id), row.kind, now)


def _mark_response(response: FormResponse | None, kind: str, when: datetime) -> None:
    if response is None or response.status == ResponseState.ANSWERED.value:
        return
    if kind == INITIAL and response.status == ResponseState.TO_SEND.value:
        response.status, response.sent_at = ResponseState.SENT.value, when
    elif kind == REMINDER and response.reminded_at is None:
        response.reminded_at = when


def _unmark(db: Database, marked: _Marked) -> None:
    """The message certainly did not leave: as if it had not been tried (a refusal stays)."""
    with db.begin() as s:
        row = s.get(MailOutbox, marked.outbox_id)
        if row is None:
            return
        if marked.previous is None:
            s.delete(row)
        else:
            row.status, row.finished_at = REFUSED, row.attempted_at
            row.recipient, row.error = marked.previous


def recover_interrupted(db: Database) -> int:
    """Rows left 'sending' by a crash: their questionnaire counts as sent (or reminded) at the
    time of the attempt, so that nothing is sent twice; the rows stay 'sending' to be shown."""
    with db.begin() as s:
        rows = list(s.scalars(select(MailOutbox).where(MailOutbox.status == SENDING)))
        for row in rows:
            _mark_response(s.get(FormResponse, row.response_id), row.kind,
                           row.attempted_at or row.created_at)
        return len(rows)


def settle_interrupted(db: Database, response_id: int, *, left: bool, now: datetime) -> int:
    """The user looked in their outbox. `left`: the message did go (the flag is cleared); not
    `left`: it did not, and the next run sends it again. Returns how many messages were settled."""
    with db.begin() as s:
        rows = list(s.scalars(select(MailOutbox).where(MailOutbox.response_id == response_id,
                                                       MailOutbox.status == SENDING)))
        response = s.get(FormResponse, response_id)
        for row in rows:
            if left:
                row.status, row.finished_at, row.error = SENT, now, CONFIRMED
                _mark_response(response, row.kind, row.attempted_at or now)
                continue
            s.delete(row)
            if response is None or response.status == ResponseState.ANSWERED.value:
                continue
            if row.kind == INITIAL and response.reminded_at is None:
                response.status, response.sent_at = ResponseState.TO_SEND.value, None
            elif row.kind == REMINDER:
                response.reminded_at = None
        return len(rows)


# --- a run --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SendLine:
    response_id: int
    kind: str
    label: str
    recipient: str
    status: str  # SENT, WRITTEN, REFUSED, or "skipped" (the message could not be made)
    message: str = ""


@dataclass
class SendReport:
    total: int = 0
    lines: list[SendLine] = field(default_factory=list)
    #: Messages found 'sending' at the start (a previous run was cut short): not sent again.
    interrupted: int = 0
    #: Why the run stopped before the end ("" if it did not).
    stopped: str = ""
    cancelled: bool = False
    #: Where the .eml files went (None when sent through the server).
    folder: Path | None = None

    def count(self, status: str) -> int:
        return sum(line.status == status for line in self.lines)

    @property
    def sent(self) -> int:
        return self.count(SENT)

    @property
    def written(self) -> int:
        return self.count(WRITTEN)

    @property
    def refused(self) -> int:
        return self.count(REFUSED)

    @property
    def skipped(self) -> int:
        return self.count("skipped")

    def summary(self) -> str:
        """'3 messages envoyés, 1 refusé.' in French, for the screen and the command line."""
        parts = []
        if self.sent or not (self.written or self.lines):
            parts.append(_plural(self.sent, "message envoyé", "messages envoyés"))
        if self.written:
            parts.append(_plural(self.written, "message écrit", "messages écrits")
                         + f" en .eml dans {self.folder}")
        if self.refused:
            parts.append(_plural(self.refused, "refusé", "refusés"))
        if self.skipped:
            parts.append(_plural(self.skipped, "non préparé", "non préparés"))
        text_ = ", ".join(parts) + "."
        if self.cancelled:
            text_ += " Arrêté à votre demande : le reste partira au prochain envoi."
        if self.stopped:
            text_ += f" Envoi arrêté : {self.stopped}"
        if self.interrupted:
            text_ += (f" {_plural(self.interrupted, 'envoi interrompu', 'envois interrompus')} "
                      "lors d'un précédent passage : non renvoyé(s), vérifiez votre boîte d'envoi.")
        return text_


def _plural(count: int, one: str, several: str) -> str:
    return f"{count} {one if count <= 1 else several}"


def default_eml_folder(today: date) -> Path:
    return Path.home() / "Documents" / "Formation" / f"suivi-a-envoyer-{today.isoformat()}"


def send_due(db: Database, templates: Mapping[str, Template], now: datetime, *,
             settings: MailSettingsData | None = None, transport: Transport | None = None,
             eml_dir: Path | None = None, progress: Progress | None = None,
             cancelled: Cancelled | None = None) -> SendReport:
    """Send every follow-up and reminder due now, each at most once; see the module's text.

    Through the SMTP server when it is set up (`settings.configured`) and no `eml_dir` is given;
    otherwise .eml files in `eml_dir` (by default a dated folder under ~/Documents/Formation)."""
    settings = settings or mail.get_settings(db)
    report = SendReport(interrupted=recover_interrupted(db))
    items = plan(refresh(db, templates, now, settings.reminder_days))
    report.total = len(items)
    if transport is None:
        if eml_dir is not None or not settings.configured:
            report.folder = eml_dir or default_eml_folder(now.date())
            transport = EmlTransport(report.folder)
        else:
            transport = SmtpTransport(settings)
    elif isinstance(transport, EmlTransport):
        report.folder = transport.folder
    try:
        for done, item in enumerate(items):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if not _send_one(db, settings, transport, item, now, report):
                break
            if progress is not None:
                progress(done + 1, len(items))
    finally:
        transport.close()
    return report


def _send_one(db: Database, settings: MailSettingsData, transport: Transport, item: Outgoing,
              now: datetime, report: SendReport) -> bool:
    """One message; False when the run must stop."""
    row = item.row
    try:
        message, stem = compose(db, settings, item)
    except FormationError as error:
        report.lines.append(SendLine(row.response_id, item.kind, item.label, row.recipient,
                                     "skipped", str(error)))
        return True
    try:
        transport.ready()
    except MailError as error:
        report.stopped = str(error)
        return False
    marked = _mark_sending(db, item, message, now)
    if marked is None:
        return True
    try:
        transport.send(message, stem)
    except Rejected as error:
        _finish(db, marked.outbox_id, REFUSED, now, str(error))
        report.lines.append(SendLine(row.response_id, item.kind, item.label, row.recipient,
                                     REFUSED, str(error)))
        return True
    except NotSent as error:
        _unmark(db, marked)
        report.stopped = str(error)
        return False
    except Exception as error:  # noqa: BLE001 (unsure whether it left: it stays 'sending')
        report.stopped = (f"la connexion s'est interrompue pendant l'envoi à {row.recipient} "
                          f"({error.__class__.__name__}) ; ce message est marqué « envoi "
                          "interrompu » et ne sera pas renvoyé : vérifiez votre boîte d'envoi.")
        return False
    _finish(db, marked.outbox_id, transport.delivered, now)
    report.lines.append(SendLine(row.response_id, item.kind, item.label, row.recipient,
                                 transport.delivered))
    return True
