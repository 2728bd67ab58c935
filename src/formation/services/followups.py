"""The cold follow-up, three months after a training: who gets it, when, and where it stands.

Every registration that went to the end of a session (`REGISTERED` or `COMPLETED` in a session
whose last day is past) gets the follow-up questionnaire (`suivi_froid`); an employee of an
employer structure also gets the employer questionnaire (`employeur`), sent to the structure's
contact e-mail. Both are ordinary form responses (formation.services.forms_store), with their
`due_on` set to the session's last day plus the course's delay in calendar months.

`schedule` creates what is missing and keeps the due dates of unsent ones up to date; it may run
as often as wanted. `overview` reads every follow-up with its state, computed from the response and
its outbox rows (formation.services.followups_send): what is coming, due, sent, to remind,
reminded, answered, refused by the server, or not to be sent at all (and why).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from formation.core import validation
from formation.core.enums import LabelledEnum, ParticipantStatus, RegistrationStatus, SessionStatus
from formation.core.followup import due_on, reminder_due
from formation.forms import Respondent, Template, default_folders, load_all
from formation.services import forms_store
from formation.services.forms_store import ResponseState
from formation.storage.database import Database
from formation.storage.models import (
    Course,
    FormResponse,
    FormVersion,
    MailOutbox,
    Participant,
    Registration,
    Structure,
)
from formation.storage.models import Session as TrainingSession

PARTICIPANT_KEY = "suivi_froid"
EMPLOYER_KEY = "employeur"
KEYS = (PARTICIPANT_KEY, EMPLOYER_KEY)
#: Went to the end: a session over whose registrations were not yet marked completed counts too.
FOLLOWED = (RegistrationStatus.REGISTERED, RegistrationStatus.COMPLETED)
#: A follow-up due longer ago than this is not sent automatically (files imported from the past).
STALE_AFTER_DAYS = 365
#: Outbox kinds and statuses (mail_outbox.kind, mail_outbox.status).
INITIAL, REMINDER = "initial", "reminder"
SENDING, SENT, WRITTEN, REFUSED = "sending", "sent", "written", "refused"
INTERRUPTED = "envoi interrompu — vérifiez votre boîte d'envoi"


class FollowupState(LabelledEnum):
    UPCOMING = "upcoming", "À venir"
    DUE = "due", "À envoyer"
    SENT = "sent", "Envoyé"
    TO_REMIND = "to_remind", "À relancer"
    REMINDED = "reminded", "Relancé"
    ANSWERED = "answered", "Répondu"
    REFUSED = "refused", "Adresse refusée"
    NOT_SENT = "not_sent", "Pas d'envoi"

    @property
    def awaiting(self) -> bool:
        """Sent, and no answer yet."""
        return self in (FollowupState.SENT, FollowupState.TO_REMIND, FollowupState.REMINDED)


@dataclass(frozen=True)
class FollowupRow:
    """One follow-up questionnaire: to whom, about which training, and where it stands."""

    response_id: int
    session_id: int
    session_code: str
    course_id: int
    course_title: str
    start: date
    end: date
    template_key: str
    respondent: Respondent
    #: The participant the questionnaire is about: "DUPONT Marie".
    person: str
    first_name: str
    last_name: str
    #: Who the message goes to: the participant, or the employer structure (its contact's name).
    recipient_name: str
    recipient: str
    due_on: date
    sent_at: datetime | None
    reminded_at: datetime | None
    answered_at: datetime | None
    state: FollowupState
    #: Why nothing goes (NOT_SENT, or no reminder), or the server's refusal (REFUSED).
    reason: str = ""
    #: A message of this questionnaire was being sent when the program stopped: it may have left.
    interrupted: bool = False
    #: What the next run sends: INITIAL, REMINDER, or "" (nothing).
    next_kind: str = ""

    @property
    def year(self) -> int:
        return self.end.year

    @property
    def overdue(self) -> bool:
        """Sent, the reminder delay is over, still no answer (reminded or not)."""
        return self.state in (FollowupState.TO_REMIND, FollowupState.REMINDED)

    @property
    def status_text(self) -> str:
        text = self.state.label
        if self.interrupted:
            text += f" — {INTERRUPTED}"
        return text + (f" ({self.reason})" if self.reason else "")


# --- templates ----------------------------------------------------------------------------------

def templates_in_use() -> dict[str, Template]:
    """The shipped templates overridden by the organisation's copies (broken ones are left out)."""
    templates, _errors = load_all(default_folders())
    return templates


# --- schedule -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ScheduleResult:
    created: int
    dates_set: int


def schedule(db: Database, templates: Mapping[str, Template], today: date) -> ScheduleResult:
    """Create the follow-ups of every session over, and set or update their due dates.

    Idempotent: what exists is kept; the due date of a follow-up not yet sent follows the session's
    last day and the course's delay if they change."""
    requests = [forms_store.ToPrepare(session_id, key, registration_ids)
                for session_id, key, registration_ids in _missing(db, today)
                if key in templates]  # a template file removed: the other questionnaire still goes
    created = sum(len(ids) for ids in forms_store.prepare_many(db, requests, templates)) \
        if requests else 0
    return ScheduleResult(created, _set_due_dates(db))


def _missing(db: Database, today: date) -> list[tuple[int, str, set[int]]]:
    """(session, template key, registrations) that still lack a follow-up."""
    query = (select(TrainingSession)
             .where(TrainingSession.end_date < today,
                    TrainingSession.status != SessionStatus.CANCELLED)
             .options(selectinload(TrainingSession.registrations)
                      .selectinload(Registration.participant)))
    existing = (select(FormResponse.registration_id, FormVersion.key)
                .join(FormVersion, FormVersion.id == FormResponse.form_version_id)
                .where(FormVersion.key.in_(KEYS), FormResponse.registration_id.is_not(None)))
    with db.session() as s:
        done = {(registration_id, key) for registration_id, key in s.execute(existing)}
        wanted: list[tuple[int, str, set[int]]] = []
        for session in s.scalars(query):
            followed = [r for r in session.registrations if r.status in FOLLOWED]
            employees = [r for r in followed if r.participant.status is ParticipantStatus.EMPLOYEE
                         and r.participant.structure_id is not None]
            for key, group in ((PARTICIPANT_KEY, followed), (EMPLOYER_KEY, employees)):
                ids = {r.id for r in group if (r.id, key) not in done}
                if ids:
                    wanted.append((session.id, key, ids))
    return wanted


def _set_due_dates(db: Database) -> int:
    query = (select(FormResponse, TrainingSession.end_date, Course.followup_delay_months)
             .join(FormVersion, FormVersion.id == FormResponse.form_version_id)
             .join(TrainingSession, TrainingSession.id == FormResponse.session_id)
             .join(Course, Course.id == TrainingSession.course_id)
             .where(FormVersion.key.in_(KEYS)))
    changed = 0
    with db.begin() as s:
        with_mail = set(s.scalars(select(MailOutbox.response_id)))
        for row, end, months in s.execute(query):
            target = due_on(end, months if months is not None else 3)
            unsent = row.status == ResponseState.TO_SEND.value and row.id not in with_mail
            if row.due_on != target and (row.due_on is None or unsent):
                row.due_on = target
                changed += 1
    return changed


# --- overview -----------------------------------------------------------------------------------

def overview(db: Database, now: datetime, reminder_days: int) -> list[FollowupRow]:
    """Every follow-up questionnaire, by due date, session and person, with its state."""
    query = (select(FormResponse, FormVersion.key, TrainingSession, Course, Registration,
                    Participant, Structure)
             .join(FormVersion, FormVersion.id == FormResponse.form_version_id)
             .join(TrainingSession, TrainingSession.id == FormResponse.session_id)
             .join(Course, Course.id == TrainingSession.course_id)
             .outerjoin(Registration, Registration.id == FormResponse.registration_id)
             .outerjoin(Participant, Participant.id == Registration.participant_id)
             .outerjoin(Structure, Structure.id == Participant.structure_id)
             .where(FormVersion.key.in_(KEYS)))
    with db.session() as s:
        outbox: dict[int, dict[str, MailOutbox]] = defaultdict(dict)
        for mail_row in s.scalars(select(MailOutbox)):
            outbox[mail_row.response_id][mail_row.kind] = mail_row
        rows = [_row(*found, outbox.get(found[0].id, {}), now, reminder_days)
                for found in s.execute(query)]
    return sorted(rows, key=lambda r: (r.due_on, r.session_code, r.person.casefold(),
                                       r.template_key != PARTICIPANT_KEY, r.response_id))


def _row(response: FormResponse, key: str, session: TrainingSession, course: Course,
         registration: Registration | None, person: Participant | None,
         structure: Structure | None, mails: Mapping[str, MailOutbox], now: datetime,
         reminder_days: int) -> FollowupRow:
    respondent = Respondent.EMPLOYER if key == EMPLOYER_KEY else Respondent.PARTICIPANT
    first, last = (person.first_name, person.last_name) if person is not None else ("", "")
    if respondent is Respondent.EMPLOYER:
        recipient = structure.contact_email.strip() if structure is not None else ""
        recipient_name = (structure.contact_name.strip() or structure.name) if structure else \
            response.respondent_name
    else:
        recipient = person.email.strip() if person is not None else ""
        recipient_name = f"{first} {last}".strip() or response.respondent_name
    due = response.due_on or due_on(session.end_date, course.followup_delay_months or 3)
    blocked = _blocked(respondent, registration, person, structure, recipient)
    state, reason, next_kind = _state(response, mails, blocked, recipient, due, now, reminder_days)
    sent_at, reminded_at = response.sent_at, response.reminded_at
    initial, reminder = mails.get(INITIAL), mails.get(REMINDER)
    if sent_at is None and initial is not None and initial.status == SENDING:
        sent_at = initial.attempted_at
    if reminded_at is None and reminder is not None and reminder.status == SENDING:
        reminded_at = reminder.attempted_at
    return FollowupRow(
        response_id=response.id, session_id=session.id, session_code=session.code,
        course_id=course.id, course_title=course.title, start=session.start_date,
        end=session.end_date, template_key=key, respondent=respondent,
        person=f"{last.upper()} {first}".strip() or response.respondent_name,
        first_name=first, last_name=last, recipient_name=recipient_name, recipient=recipient,
        due_on=due, sent_at=sent_at, reminded_at=reminded_at, answered_at=response.answered_at,
        state=state, reason=reason,
        interrupted=any(m.status == SENDING for m in mails.values()), next_kind=next_kind)


def _blocked(respondent: Respondent, registration: Registration | None, person: Participant | None,
             structure: Structure | None, recipient: str) -> str:
    """Why no message may go to this follow-up's recipient, or ""."""
    if registration is None or person is None:
        return "inscription supprimée"
    if registration.status not in FOLLOWED:
        return f"inscription « {registration.status.label} »"
    if person.anonymised_at is not None:
        return "données anonymisées"
    if person.no_contact:
        return "a demandé à ne pas être contacté·e"
    if respondent is Respondent.EMPLOYER:
        if structure is None:
            return "plus de structure employeuse"
        if not recipient:
            return f"la structure « {structure.name} » n'a pas d'e-mail de contact"
    elif not recipient:
        return "pas d'adresse e-mail"
    if validation.email(recipient):
        return f"adresse e-mail invalide : « {recipient} »"
    return ""


def _state(response: FormResponse, mails: Mapping[str, MailOutbox], blocked: str, recipient: str,
           due: date, now: datetime, reminder_days: int) -> tuple[FollowupState, str, str]:
    """The state, its reason, and what the next run sends (INITIAL, REMINDER or "")."""
    if response.status == ResponseState.ANSWERED.value:
        return FollowupState.ANSWERED, "", ""
    initial, reminder = mails.get(INITIAL), mails.get(REMINDER)
    if response.status == ResponseState.TO_SEND.value:
        if initial is not None and initial.status != REFUSED:
            return FollowupState.SENT, "", ""  # gone, or may have gone: never sent again
        if initial is not None and initial.status == REFUSED:
            retry = not blocked and may_retry(initial, recipient)
            return FollowupState.REFUSED, initial.error or blocked, INITIAL if retry else ""
        if blocked:
            return FollowupState.NOT_SENT, blocked, ""
        if due > now.date():
            return FollowupState.UPCOMING, "", ""
        if (now.date() - due).days > STALE_AFTER_DAYS:
            return FollowupState.NOT_SENT, "échéance passée depuis plus d'un an", ""
        return FollowupState.DUE, "", INITIAL
    # Sent (by e-mail, as a .eml file, or printed): reminded once at most.
    if response.reminded_at is not None or (reminder is not None and reminder.status != REFUSED):
        return FollowupState.REMINDED, "", ""
    if not reminder_due(response.sent_at, None, False, reminder_days, now):
        return FollowupState.SENT, "", ""
    if blocked:
        return FollowupState.TO_REMIND, f"pas de relance : {blocked}", ""
    if reminder is not None:  # the reminder was refused by the server
        retry = may_retry(reminder, recipient)
        return FollowupState.TO_REMIND, f"relance refusée : {reminder.error}", \
            REMINDER if retry else ""
    return FollowupState.TO_REMIND, "", REMINDER


def may_retry(refused: MailOutbox, recipient: str) -> bool:
    """A refused message goes again once the address was corrected, or after a temporary refusal
    (a 4xx code: mailbox full, server busy)."""
    return refused.recipient.strip().casefold() != recipient.strip().casefold() \
        or refused.error.strip().startswith("4")


# --- counts and response rates ------------------------------------------------------------------

@dataclass(frozen=True)
class Counts:
    upcoming: int = 0
    due: int = 0
    #: Sent and waiting for an answer (reminded or not).
    sent: int = 0
    reminded: int = 0
    answered: int = 0
    #: Waiting for an answer past the reminder delay.
    overdue: int = 0
    refused: int = 0
    not_sent: int = 0
    interrupted: int = 0
    #: What the next run sends: first messages and reminders.
    to_send: int = 0
    to_remind: int = 0


def counts(rows: Iterable[FollowupRow]) -> Counts:
    found: dict[str, int] = defaultdict(int)
    for row in rows:
        found[row.state.value] += 1
        found["awaiting"] += row.state.awaiting
        found["overdue"] += row.overdue
        found["interrupted"] += row.interrupted
        found["next_initial"] += row.next_kind == INITIAL
        found["next_reminder"] += row.next_kind == REMINDER
    return Counts(upcoming=found["upcoming"], due=found["due"], sent=found["awaiting"],
                  reminded=found["reminded"], answered=found["answered"], overdue=found["overdue"],
                  refused=found["refused"], not_sent=found["not_sent"],
                  interrupted=found["interrupted"], to_send=found["next_initial"],
                  to_remind=found["next_reminder"])


BY_SESSION, BY_COURSE, BY_YEAR = "session", "course", "year"


@dataclass(frozen=True)
class Rate:
    """Answers received out of questionnaires that went out (or came back on paper)."""

    label: str
    asked: int
    answered: int
    employers_asked: int
    employers_answered: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.answered / self.asked) if self.asked else None

    @property
    def employers_percent(self) -> int | None:
        return round(100 * self.employers_answered / self.employers_asked) \
            if self.employers_asked else None


def rates(rows: Sequence[FollowupRow], by: str) -> list[Rate]:
    """Response rates per session, course or year (of the session's end), participants and
    employers apart, over the questionnaires sent or answered."""
    groups: dict[tuple[str, str], list[FollowupRow]] = defaultdict(list)
    labels: dict[tuple[str, str], str] = {}
    for row in rows:
        if not (row.state.awaiting or row.state is FollowupState.ANSWERED):
            continue
        if by == BY_SESSION:
            key = (row.start.isoformat(), row.session_code)
            labels[key] = f"{row.session_code} — {row.course_title}"
        elif by == BY_COURSE:
            key = (row.course_title.casefold(), str(row.course_id))
            labels[key] = row.course_title
        else:
            key = (str(row.year), "")
            labels[key] = str(row.year)
        groups[key].append(row)
    result = []
    for key in sorted(groups):
        group = groups[key]
        people = [r for r in group if r.respondent is Respondent.PARTICIPANT]
        employers = [r for r in group if r.respondent is Respondent.EMPLOYER]
        result.append(Rate(labels[key], len(people), sum(_answered(r) for r in people),
                           len(employers), sum(_answered(r) for r in employers)))
    return result


def _answered(row: FollowupRow) -> bool:
    return row.state is FollowupState.ANSWERED


def refresh(db: Database, templates: Mapping[str, Template], now: datetime,
            reminder_days: int) -> list[FollowupRow]:
    """Schedule what is missing, then the overview: what the screens and the commands show."""
    schedule(db, templates, now.date())
    return overview(db, now, reminder_days)
