"""Questionnaires and grids of a session: template versions, responses, answers, progress.

A response is tied to the template VERSION it was prepared with: `form_version` keeps the file's
text, parsed again to read or check the answers, so editing a template (a new version) never
changes past answers nor how they read. The course objectives a grid shows as its rows are kept
with the response when it is prepared, inside the answers JSON under the reserved key
`_objectives` (no field id can start with "_"): rewording or reordering the course's objectives
later leaves `acquis__2__sortie` pointing at the objective the person actually saw.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from formation.core.enums import LabelledEnum, ParticipantStatus, RegistrationStatus
from formation.core.errors import FormationError, NotFoundError
from formation.forms.model import FormKind, JsonValue, Respondent, Template, normalise
from formation.forms.parser import parse_template
from formation.services.records import get_or_404
from formation.storage.database import Database
from formation.storage.models import Course, FormResponse, FormVersion, Participant, Registration
from formation.storage.models import Session as TrainingSession

OBJECTIVES_KEY = "_objectives"
#: A questionnaire sent more than this many days ago and still unanswered is late (to remind).
LATE_AFTER_DAYS = 14
#: How answers arrived, as stored in form_response.source.
SOURCES = {"screen": "saisie à l'écran", "pdf": "PDF rempli", "csv": "tableur (CSV)"}
#: Registrations that get no questionnaire: not (or no longer) coming.
NOT_ASKED = (RegistrationStatus.WAITING, RegistrationStatus.CANCELLED)

E = TypeVar("E", bound=LabelledEnum)


class ResponseState(LabelledEnum):
    TO_SEND = "to_send", "À envoyer"
    SENT = "sent", "Envoyé"
    ANSWERED = "answered", "Répondu"
    #: Computed, never stored: sent more than LATE_AFTER_DAYS ago without an answer.
    LATE = "late", "En retard"


@dataclass(frozen=True)
class Response:
    """One person's questionnaire, with the template version and the objectives it was made with."""

    id: int
    session_id: int
    registration_id: int | None
    respondent: Respondent
    respondent_name: str
    status: ResponseState
    sent_at: datetime | None
    reminded_at: datetime | None
    answered_at: datetime | None
    source: str
    template: Template
    objectives: tuple[str, ...]
    answers: dict[str, JsonValue]

    @property
    def template_ref(self) -> str:
        """'besoins:1': the template key and version, as written in the PDF."""
        return f"{self.template.key}:{self.template.version}"


# --- template versions ----------------------------------------------------------------------------

def register_version(db: Database, template: Template) -> int:
    """The id of this (key, version) in the file, stored the first time; a changed text is refused."""
    with db.begin() as s:
        return _version_id(s, template)


def _version_id(s: Session, template: Template) -> int:
    if not template.source.strip():
        raise FormationError(f"Le modèle « {template.key} » n'a pas de texte source à conserver.")
    row = s.scalar(select(FormVersion).where(FormVersion.key == template.key,
                                             FormVersion.version == template.version))
    if row is None:
        row = FormVersion(key=template.key, version=template.version, kind=template.kind.value,
                          title=template.title, source=template.source, sha256=template.sha256)
        s.add(row)
        s.flush()
    elif row.sha256 != template.sha256:
        latest = s.scalar(select(func.max(FormVersion.version))
                          .where(FormVersion.key == template.key)) or template.version
        raise FormationError(
            f"Le modèle « {template.key} » version {template.version} a déjà servi avec un autre "
            "texte : des réponses y sont liées et ne doivent pas changer. Dans votre copie du "
            f"modèle, passez à version = {latest + 1}, puis réessayez.")
    return row.id


_parsed: dict[str, Template] = {}


def stored_template(row: FormVersion) -> Template:
    """The template as it was registered (its text parsed again, once per process)."""
    template = _parsed.get(row.sha256)
    if template is None:
        parsed, errors = parse_template(row.source, Path(f"{row.key}.toml"))
        if parsed is None:
            problem = errors[0].message if errors else "texte illisible"
            raise FormationError(f"Le modèle enregistré « {row.key} » version {row.version} ne "
                                 f"peut plus être lu ({problem}).")
        _parsed[row.sha256] = template = parsed
    return template


def template_named(templates: Mapping[str, Template], key: str) -> Template:
    template = templates.get(key.strip())
    if template is None:
        known = ", ".join(sorted(templates)) or "aucun"
        raise FormationError(f"Aucun modèle n'a la clé « {key} » (modèles disponibles : {known}).")
    return template


# --- preparing the responses of a session ---------------------------------------------------------

@dataclass(frozen=True)
class _Target:
    registration_id: int | None
    name: str

    @property
    def key(self) -> tuple[int | None, str]:
        return self.registration_id, "" if self.registration_id else self.name


def prepare(db: Database, session_id: int, template_key: str, templates: Mapping[str, Template],
            *, only_registrations: Collection[int] | None = None) -> list[int]:
    """The responses of the session for this template, the missing ones created `to_send`.

    Participants' templates: one per registration (not the waiting list nor the cancelled ones);
    employers': one per registration of an employee with an employer structure; trainers': one per
    trainer for the session's own appraisal (kind `trainer`), one per registration for the grids a
    trainer fills about each participant. Existing responses are kept as they are, with their
    version and objectives.
    """
    return prepare_many(db, [ToPrepare(session_id, template_key, only_registrations)], templates)[0]


@dataclass(frozen=True)
class ToPrepare:
    """One request of prepare_many: a session, a template, and maybe only some registrations."""

    session_id: int
    template_key: str
    only_registrations: Collection[int] | None = None


def prepare_many(db: Database, requests: Sequence[ToPrepare],
                 templates: Mapping[str, Template]) -> list[list[int]]:
    """`prepare` for several sessions and templates in one transaction, each session read once
    (what a whole year needs at once); the response ids of each request, in order."""
    chosen_templates = [template_named(templates, r.template_key) for r in requests]
    with db.begin() as s:
        sessions = _loaded_sessions(s, {r.session_id for r in requests})
        versions: dict[str, int] = {}
        existing = _existing(s, list(sessions), {t.key for t in chosen_templates})
        chosen: list[list[tuple[tuple[int, str], tuple[int | None, str]]]] = []
        for request, template in zip(requests, chosen_templates, strict=True):
            session = sessions.get(request.session_id) or \
                get_or_404(s, TrainingSession, request.session_id, "Session")
            if template.key not in versions:
                versions[template.key] = _version_id(s, template)
            objectives = [objective.text for objective in session.course.objectives]
            found = existing.setdefault((session.id, template.key), {})
            keys = []
            only = request.only_registrations
            for target in _targets(session, template):
                if only is not None and target.registration_id not in only:
                    continue
                if target.key not in found:
                    found[target.key] = _create(s, session.id, versions[template.key], template,
                                                target, objectives)
                keys.append(((session.id, template.key), target.key))
            chosen.append(keys)
        s.flush()  # the new rows get their ids, all in one go
        return [[_id(existing[group][key]) for group, key in keys] for keys in chosen]


def _loaded_sessions(s: Session, ids: set[int]) -> dict[int, TrainingSession]:
    """The sessions with their objectives, trainers and registrations' people, in a few queries."""
    rows = s.scalars(select(TrainingSession).where(TrainingSession.id.in_(ids)).options(
        selectinload(TrainingSession.course).selectinload(Course.objectives),
        selectinload(TrainingSession.trainers),
        selectinload(TrainingSession.registrations).selectinload(Registration.participant)
        .selectinload(Participant.structure)))
    return {row.id: row for row in rows}


def _id(found: int | FormResponse) -> int:
    return found if isinstance(found, int) else found.id


def _existing(s: Session, session_ids: list[int], keys: set[str]) -> \
        dict[tuple[int, str], dict[tuple[int | None, str], int | FormResponse]]:
    """The responses already there, by (session, template key), then by target."""
    rows = s.execute(select(FormResponse.id, FormResponse.session_id, FormVersion.key,
                            FormResponse.registration_id, FormResponse.respondent_name)
                     .join(FormVersion, FormVersion.id == FormResponse.form_version_id)
                     .where(FormResponse.session_id.in_(session_ids), FormVersion.key.in_(keys))
                     .order_by(FormResponse.id))
    found: dict[tuple[int, str], dict[tuple[int | None, str], int | FormResponse]] = {}
    for response_id, session_id, key, registration_id, name in rows:
        found.setdefault((session_id, key), {}).setdefault(_Target(registration_id, name).key,
                                                           response_id)
    return found


def _targets(session: TrainingSession, template: Template) -> list[_Target]:
    trainers = [trainer.full_name for trainer in session.trainers]
    if template.kind is FormKind.TRAINER:
        return [_Target(None, name) for name in trainers] or [_Target(None, "")]
    registrations = sorted((r for r in session.registrations if r.status not in NOT_ASKED),
                           key=lambda r: (r.participant.last_name.casefold(),
                                          r.participant.first_name.casefold(), r.id))
    if template.respondent is Respondent.EMPLOYER:
        return [_Target(r.id, r.participant.structure.name) for r in registrations
                if r.participant.status is ParticipantStatus.EMPLOYEE
                and r.participant.structure is not None]
    if template.respondent is Respondent.TRAINER:
        return [_Target(r.id, ", ".join(trainers)) for r in registrations]
    return [_Target(r.id, r.participant.full_name) for r in registrations]


def _create(s: Session, session_id: int, version_id: int, template: Template, target: _Target,
            objectives: list[str]) -> FormResponse:
    row = FormResponse(form_version_id=version_id, session_id=session_id,
                       registration_id=target.registration_id, respondent=template.respondent.value,
                       respondent_name=target.name, status=ResponseState.TO_SEND.value,
                       answers=_dump(objectives, {}))
    s.add(row)
    return row


# --- sending, answering, reading --------------------------------------------------------------------

def mark_sent(db: Database, response_ids: Sequence[int], now: datetime) -> int:
    """The responses still to send become sent now; returns how many changed."""
    with db.begin() as s:
        rows = _rows(s, response_ids)
        changed = [row for row in rows if row.status == ResponseState.TO_SEND.value]
        for row in changed:
            row.status, row.sent_at = ResponseState.SENT.value, now
        return len(changed)


def mark_reminded(db: Database, response_ids: Sequence[int], now: datetime) -> int:
    """A reminder went out (Qualiopi asks for questionnaires with reminders) to the sent ones."""
    with db.begin() as s:
        rows = [row for row in _rows(s, response_ids) if row.status == ResponseState.SENT.value]
        for row in rows:
            row.reminded_at = now
        return len(rows)


def discard(db: Database, response_id: int) -> None:
    """Remove a questionnaire prepared by mistake: only one never sent nor answered."""
    with db.begin() as s:
        row = _response_row(s, response_id)
        if row.status != ResponseState.TO_SEND.value:
            raise FormationError(f"Le questionnaire n° {response_id} a déjà été envoyé ou rempli : "
                                 "il est gardé.")
        s.delete(row)


def find_response(db: Database, registration_id: int, template_key: str) -> int | None:
    """The response of this registration for this template (any version), if prepared."""
    with db.session() as s:
        return s.scalar(select(FormResponse.id)
                        .join(FormVersion, FormVersion.id == FormResponse.form_version_id)
                        .where(FormResponse.registration_id == registration_id,
                               FormVersion.key == template_key)
                        .order_by(FormResponse.id).limit(1))


def _rows(s: Session, response_ids: Sequence[int]) -> list[FormResponse]:
    return list(s.scalars(select(FormResponse).where(FormResponse.id.in_(list(response_ids)))))


def record_answers(db: Database, response_id: int, raw: Mapping[str, Any], source: str,
                   now: datetime) -> dict[str, JsonValue]:
    """Check the answers against the response's own template version and objectives, and store
    them (replacing earlier ones); ValidationError by field id if they cannot be saved."""
    _check_source(source)
    with db.begin() as s:
        row = _response_row(s, response_id)
        return _record(row, stored_template(_version_row(s, row)), raw, source, now)


@dataclass(frozen=True)
class Answered:
    """One response's answers, for record_many."""

    response_id: int
    raw: Mapping[str, Any]
    source: str
    at: datetime


def record_many(db: Database, items: Sequence[Answered]) -> int:
    """record_answers for many responses in one transaction: all are stored, or none (the first
    one refused raises its ValidationError); returns how many were stored."""
    for item in items:
        _check_source(item.source)
    with db.begin() as s, s.no_autoflush:
        rows = {row.id: row for row in _rows(s, [item.response_id for item in items])}
        versions = {version.id: version for version in s.scalars(select(FormVersion).where(
            FormVersion.id.in_({row.form_version_id for row in rows.values()})))}
        for item in items:
            row = rows.get(item.response_id) or _response_row(s, item.response_id)
            version = versions.get(row.form_version_id) or _version_row(s, row)
            _record(row, stored_template(version), item.raw, item.source, item.at)
        return len(items)


def _check_source(source: str) -> None:
    if source not in SOURCES:
        raise FormationError(f"Origine des réponses inconnue : « {source} ».")


def _record(row: FormResponse, template: Template, raw: Mapping[str, Any], source: str,
            now: datetime) -> dict[str, JsonValue]:
    objectives = _objectives(row)
    clean = normalise(template, objectives, raw)
    row.answers = _dump(objectives, clean)
    row.status, row.answered_at, row.source = ResponseState.ANSWERED.value, now, source
    return clean


def answers(db: Database, response_id: int) -> dict[str, JsonValue]:
    """The stored answers by field id (without the objectives kept alongside)."""
    with db.session() as s:
        return _answers(_response_row(s, response_id))


def get_response(db: Database, response_id: int) -> Response:
    with db.session() as s:
        row = _response_row(s, response_id)
        return Response(
            row.id, row.session_id, row.registration_id, _code(Respondent, row.respondent),
            row.respondent_name, _code(ResponseState, row.status), row.sent_at, row.reminded_at,
            row.answered_at, row.source, stored_template(_version_row(s, row)),
            tuple(_objectives(row)), _answers(row))


def _code(enum: type[E], code: str) -> E:
    """The member stored under this code (the columns hold plain codes)."""
    for member in enum:
        if member.value == code:
            return member
    raise FormationError(f"Valeur inattendue dans le fichier : « {code} ».")


def _response_row(s: Session, response_id: int) -> FormResponse:
    row = s.get(FormResponse, response_id)
    if row is None:
        raise NotFoundError(f"Le questionnaire n° {response_id} n'existe pas (ou plus) dans ce "
                            "fichier.")
    return row


def _version_row(s: Session, row: FormResponse) -> FormVersion:
    return get_or_404(s, FormVersion, row.form_version_id, "Version de modèle")


def _load(row: FormResponse) -> dict[str, Any]:
    data = json.loads(row.answers or "{}")
    return data if isinstance(data, dict) else {}


def _objectives(row: FormResponse) -> list[str]:
    value = _load(row).get(OBJECTIVES_KEY, [])
    return [str(item) for item in value] if isinstance(value, list) else []


def _answers(row: FormResponse) -> dict[str, JsonValue]:
    return {key: value for key, value in _load(row).items() if not key.startswith("_")}


def _dump(objectives: Sequence[str], clean: Mapping[str, JsonValue]) -> str:
    return json.dumps({OBJECTIVES_KEY: list(objectives), **clean}, ensure_ascii=False)


# --- progress of a session ----------------------------------------------------------------------------

@dataclass(frozen=True)
class StatusRow:
    response_id: int
    template_key: str
    template_title: str
    version: int
    respondent: Respondent
    #: Who the line is about: the participant ("DUPONT Marie"), or the trainer of a session form.
    person: str
    respondent_name: str
    registration_id: int | None
    state: ResponseState
    sent_at: datetime | None
    reminded_at: datetime | None
    answered_at: datetime | None
    source: str
    #: Days since it was sent, while there is no answer.
    days_waiting: int | None


def session_status(db: Database, session_id: int, today: date) -> list[StatusRow]:
    """Every questionnaire of the session, by template then person: to send, sent, answered, late."""
    query = (select(FormResponse, FormVersion)
             .join(FormVersion, FormVersion.id == FormResponse.form_version_id)
             .where(FormResponse.session_id == session_id))
    with db.session() as s:
        people = _people(s, session_id)
        rows = [_status_row(response, version, people.get(response.registration_id), today)
                for response, version in s.execute(query)]
    return sorted(rows, key=lambda r: (r.template_key, r.person.casefold(), r.response_id))


def _people(s: Session, session_id: int) -> dict[int | None, str]:
    query = (select(Registration).where(Registration.session_id == session_id)
             .options(selectinload(Registration.participant)))
    return {r.id: _person(r.participant) for r in s.scalars(query)}


def _person(p: Participant) -> str:
    return f"{p.last_name.upper()} {p.first_name}".strip()


def _status_row(response: FormResponse, version: FormVersion, person: str | None,
                today: date) -> StatusRow:
    state = _code(ResponseState, response.status)
    waiting = None
    if state is ResponseState.SENT and response.sent_at is not None:
        waiting = (today - response.sent_at.date()).days
        if waiting > LATE_AFTER_DAYS:
            state = ResponseState.LATE
    return StatusRow(
        response.id, version.key, version.title, version.version, _code(Respondent, response.respondent),
        person or response.respondent_name or _code(Respondent, response.respondent).label,
        response.respondent_name, response.registration_id, state, response.sent_at,
        response.reminded_at, response.answered_at, response.source, waiting)

