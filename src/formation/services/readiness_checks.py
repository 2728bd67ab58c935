"""The checklist of one session: each item's level, explanation and where it is put right.

Read in a handful of queries for all the sessions at once (no query per participant), so that a
year's sessions are checked in a blink. The rules are in formation.services.readiness.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from formation.core import frenchfmt
from formation.core.enums import ParticipantStatus, Presence, RegistrationStatus, SessionStatus
from formation.core.followup import add_months
from formation.core.planning import SlotTimes
from formation.forms.model import FormKind
from formation.services.forms_store import NOT_ASKED, stored_template
from formation.services.readiness import (
    Check,
    ItemSpec,
    Level,
    SessionReadiness,
    Target,
)
from formation.services.readiness import Selection as ReadinessSelection
from formation.services.registers import ACKNOWLEDGEMENT_DAYS, acknowledgement_overdue
from formation.services.session_documents import SCANNED_SHEET
from formation.storage.database import Database
from formation.storage.models import (
    Attendance,
    Complaint,
    Course,
    FormResponse,
    FormVersion,
    IssuedDocument,
    Registration,
    SessionDocument,
    Slot,
    SlotSignoff,
)
from formation.storage.models import Session as TrainingSession

SESSIONS, COURSES, FOLLOWUPS, QUALITY = "Sessions", "Formations", "Suivi à 3 mois", "Qualité"
#: Went to the end of the session: asked at the end (assessment, satisfaction, follow-up).
FOLLOWED = (RegistrationStatus.REGISTERED, RegistrationStatus.COMPLETED)
LONG_AFTER_DAYS = 2  # indicator 12 applies to trainings of more than two days

PROGRAMME = ItemSpec("programme", "Programme et objectifs", "Programme", (1, 5, 6))
CONVOCATION = ItemSpec("convocation", "Convocations envoyées", "Convocation", (9,))
NEEDS = ItemSpec("needs", "Grilles d'analyse des besoins", "Besoins", (4,))
POSITIONING = ItemSpec("positioning", "Positionnement à l'entrée", "Positionnement", (8,))
SPECIFIC = ItemSpec("specific_needs", "Besoins spécifiques pris en compte", "Besoins spéc.",
                    (10, 26), private=True)
ATTENDANCE = ItemSpec("attendance", "Émargement signé par demi-journée", "Émargement", (10,))
ASSESSMENT = ItemSpec("assessment", "Évaluation des acquis en fin de formation", "Acquis", (11,))
REVIEW = ItemSpec("review", "Bilans individuels", "Bilan indiv.", (11,))
SATISFACTION = ItemSpec("satisfaction", "Satisfaction à chaud", "Satisfaction", (30,))
CERTIFICATES = ItemSpec("certificates", "Certificats de réalisation émis", "Certificats", (11,))
FOLLOWUP = ItemSpec("followup", "Suivi à froid (3 mois)", "Suivi à froid", (11, 30))
EMPLOYER = ItemSpec("employer", "Questionnaires employeurs", "Employeurs", (30,))
TRAINER = ItemSpec("trainer", "Appréciation des formateur·rices", "Formateur", (30,))
COMPLAINTS = ItemSpec("complaints", "Réclamations traitées", "Réclamations", (31,))
DROPOUT = ItemSpec("dropout", "Abandons suivis (formations longues)", "Abandons", (12,))

#: The columns of the Audit page, in the order of a training's life.
ITEMS = (PROGRAMME, CONVOCATION, NEEDS, POSITIONING, SPECIFIC, ATTENDANCE, ASSESSMENT, REVIEW,
         SATISFACTION, CERTIFICATES, FOLLOWUP, EMPLOYER, TRAINER, COMPLAINTS, DROPOUT)

ANSWERED, ASKED, NONE = "answered", "asked", "none"
RANK = {ANSWERED: 0, ASKED: 1, NONE: 2}


@dataclass(frozen=True)
class _Response:
    registration_id: int | None
    respondent_name: str
    status: str
    answers: dict[str, Any]


@dataclass
class _Data:
    """What the checks read, for all the sessions at once."""

    signed: set[int] = field(default_factory=set)
    marks: dict[tuple[int, int], Presence] = field(default_factory=dict)
    responses: dict[tuple[int, str], list[_Response]] = field(default_factory=lambda: defaultdict(list))
    issued: set[tuple[str, int]] = field(default_factory=set)
    scans: set[int] = field(default_factory=set)
    complaints: dict[int, list[Complaint]] = field(default_factory=lambda: defaultdict(list))
    #: Registrations whose needs grid declares a specific need (a sensitive question answered yes).
    declared: set[int] = field(default_factory=set)


def session_readiness(db: Database, selection: ReadinessSelection) -> list[SessionReadiness]:
    query = (select(TrainingSession)
             .where(TrainingSession.status != SessionStatus.CANCELLED.value)
             .options(selectinload(TrainingSession.course).selectinload(Course.objectives),
                      selectinload(TrainingSession.trainers), selectinload(TrainingSession.slots),
                      selectinload(TrainingSession.registrations)
                      .selectinload(Registration.participant))
             .order_by(TrainingSession.start_date, TrainingSession.code))
    if selection.session_ids:
        query = query.where(TrainingSession.id.in_(selection.session_ids))
    else:
        if selection.start is not None:
            query = query.where(TrainingSession.end_date >= selection.start)
        if selection.end is not None:
            query = query.where(TrainingSession.start_date <= selection.end)
    with db.session() as s:
        rows = list(s.scalars(query))
        data = _load(s, [row.id for row in rows])
        return [_Checker(row, data, selection.today).readiness() for row in rows]


def _load(s: Session, ids: list[int]) -> _Data:
    data = _Data()
    if not ids:
        return data
    data.signed = set(s.scalars(select(SlotSignoff.slot_id).join(Slot)
                                .where(Slot.session_id.in_(ids))))
    data.marks = {(r, x): status for r, x, status in s.execute(
        select(Attendance.registration_id, Attendance.slot_id, Attendance.status)
        .join(Slot).where(Slot.session_id.in_(ids)))}
    versions: dict[int, FormVersion] = {}
    rows = s.execute(select(FormResponse, FormVersion).join(
        FormVersion, FormVersion.id == FormResponse.form_version_id)
        .where(FormResponse.session_id.in_(ids)).order_by(FormResponse.id))
    for response, version in rows:
        versions[version.id] = version
        answers = _decode(response.answers) if version.kind in (
            FormKind.NEEDS.value, FormKind.ASSESSMENT.value) else {}
        data.responses[(response.session_id, version.kind)].append(_Response(
            response.registration_id, response.respondent_name, response.status, answers))
        if version.kind == FormKind.NEEDS.value and response.registration_id is not None \
                and response.status == ANSWERED and _declares_need(version, answers):
            data.declared.add(response.registration_id)
    data.issued = {(kind, registration_id) for kind, registration_id in s.execute(
        select(IssuedDocument.kind, IssuedDocument.registration_id)
        .where(IssuedDocument.session_id.in_(ids), IssuedDocument.registration_id.is_not(None)))
        if registration_id is not None}
    data.scans = set(s.scalars(select(SessionDocument.session_id).where(
        SessionDocument.session_id.in_(ids), SessionDocument.kind == SCANNED_SHEET)))
    for complaint in s.scalars(select(Complaint).where(Complaint.session_id.in_(ids))
                               .order_by(Complaint.received_on, Complaint.id)):
        assert complaint.session_id is not None
        data.complaints[complaint.session_id].append(complaint)
    return data


def _decode(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _declares_need(version: FormVersion, answers: dict[str, Any]) -> bool:
    """A sensitive question answered yes, or with a text (the grid's « besoins spécifiques »)."""
    try:
        template = stored_template(version)
    except Exception:  # noqa: BLE001 (an unreadable template declares nothing)
        return False
    for question in template.questions():
        if question.sensitive and not question.is_matrix:
            value = answers.get(question.id)
            if value is True or (isinstance(value, str) and value.strip()
                                 and value.strip().casefold() != "non"):
                return True
    return False


def person(registration: Registration) -> str:
    p = registration.participant
    return f"{p.last_name.upper()} {p.first_name}".strip()


def names(items: Sequence[str], limit: int = 6) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" et {len(items) - limit} autre(s)" if len(items) > limit else "")


def is_long(session: TrainingSession) -> bool:
    return len({slot.day for slot in session.slots}) > LONG_AFTER_DAYS


class _Checker:
    """The checks of one session, with what was loaded for all."""

    def __init__(self, session: TrainingSession, data: _Data, today: date) -> None:
        self.session, self.data, self.today = session, data, today
        self.id = session.id
        regs = sorted(session.registrations, key=lambda r: (r.participant.last_name.casefold(),
                                                            r.participant.first_name.casefold(), r.id))
        self.enrolled = [r for r in regs if r.status not in NOT_ASKED]
        self.followed = [r for r in regs if r.status in FOLLOWED]
        self.on_sheet = [r for r in regs if r.status in (*FOLLOWED, RegistrationStatus.ABANDONED)]
        self.ended = today > session.end_date
        self.long = is_long(session)

    def readiness(self) -> SessionReadiness:
        s = self.session
        checks = [self.programme(), self.convocation(), self.needs(), self.positioning(),
                  self.specific_needs(), self.attendance(), self.assessment(), self.review(),
                  self.satisfaction(), self.certificates(), self.followup(), self.employer(),
                  self.trainer(), self.complaints(), self.dropout()]
        return SessionReadiness(s.id, s.code, s.course.title, s.start_date, s.end_date,
                                s.status.label, self.long, tuple(checks))

    def target(self, action: str, page: str = SESSIONS) -> Target:
        return Target(page, self.id, action)

    # --- the course -------------------------------------------------------------------------------

    def programme(self) -> Check:
        course = self.session.course
        target = self.target(f"Compléter la fiche de la formation « {course.title} » : objectifs, "
                             "programme, public, méthodes et modalités d'évaluation", COURSES)
        missing = [what for what, value in (("objectifs pédagogiques", course.objectives),
                                            ("programme", course.programme.strip())) if not value]
        if missing:
            return Check(PROGRAMME, Level.RED, "manque",
                         f"La formation n'a pas de {' ni de '.join(missing)}.", target)
        thin = [what for what, value in (
            ("public visé", course.target_public), ("méthodes", course.methods),
            ("modalités d'évaluation", course.assessment_methods),
            ("accessibilité", course.accessibility)) if not value.strip()]
        count = len(course.objectives)
        if thin:
            return Check(PROGRAMME, Level.ORANGE, "à compléter",
                         f"{count} objectif(s) et un programme ; à renseigner : {', '.join(thin)}.",
                         target)
        return Check(PROGRAMME, Level.GREEN, "ok", f"{count} objectif(s), programme, public, méthodes, "
                     "évaluation et accessibilité renseignés.", target)

    # --- people's questionnaires and documents ------------------------------------------------------

    def states(self, kind: FormKind, *, entry: bool = False, exit_: bool = False) -> dict[int, str]:
        """Per registration: answered, asked (sent, waiting), or none (never sent)."""
        found: dict[int, str] = {}
        for response in self.data.responses.get((self.id, kind.value), []):
            if response.registration_id is None:
                continue
            state = ANSWERED if response.status == ANSWERED and _phase_ok(response, entry, exit_) \
                else ASKED if response.status in ("sent", ANSWERED) else NONE
            known = found.get(response.registration_id)
            if known is None or RANK[state] < RANK[known]:
                found[response.registration_id] = state
        return found

    def people_check(self, spec: ItemSpec, people: Sequence[Registration], states: dict[int, str],
                     due: date, target: Target, *, asks: bool, done: str, not_done: str,
                     nobody: str = "Personne n'est concerné·e.") -> Check:
        """The common rule: all answered → green; not due → orange; someone never asked (or a grid
        nobody filled) → red; asked, waiting for answers → orange."""
        total = len(people)
        if not total:
            return Check(spec, Level.GREEN, "—", nobody, target)
        answered = [r for r in people if states.get(r.id) == ANSWERED]
        count = f"{len(answered)}/{total}"
        if len(answered) == total:
            return Check(spec, Level.GREEN, count, f"{done} pour chaque participant·e ({count}).",
                         target)
        if self.today < due:
            return Check(spec, Level.ORANGE, "à venir" if not answered else count,
                         f"À faire d'ici le {frenchfmt.short_date(due)} ; {count} pour l'instant.",
                         target)
        missing = [person(r) for r in people if states.get(r.id) != ANSWERED
                   and (not asks or states.get(r.id, NONE) == NONE)]
        if missing:
            return Check(spec, Level.RED, count, f"{count} ; {not_done} : {names(missing)}.", target)
        waiting = [person(r) for r in people if states.get(r.id) == ASKED]
        return Check(spec, Level.ORANGE, count, f"{count} ; envoyé, sans réponse (à relancer) : "
                     f"{names(waiting)}.", target)

    def convocation(self) -> Check:
        states = {r.id: ANSWERED for r in self.enrolled if ("convocation", r.id) in self.data.issued}
        return self.people_check(
            CONVOCATION, self.enrolled, states, self.session.start_date,
            self.target("Documents… : émettre les convocations"), asks=False,
            done="Convocation émise", not_done="aucune convocation émise pour")

    def needs(self) -> Check:
        return self.people_check(
            NEEDS, self.enrolled, self.states(FormKind.NEEDS), self.session.start_date,
            self.target("Questionnaires… : envoyer la grille d'analyse des besoins et saisir les "
                        "réponses"), asks=True, done="Grille reçue",
            not_done="grille jamais envoyée à")

    def positioning(self) -> Check:
        states = self.states(FormKind.POSITIONING)
        for registration_id, state in self.states(FormKind.ASSESSMENT, entry=True).items():
            if state == ANSWERED:  # the assessment grid's levels at entry position the person too
                states[registration_id] = ANSWERED
        return self.people_check(
            POSITIONING, self.enrolled, states, self.session.start_date + timedelta(days=1),
            self.target("Questionnaires… : positionnement (ou niveaux à l'entrée de la grille "
                        "d'évaluation)"), asks=True, done="Positionnement reçu",
            not_done="positionnement jamais demandé à")

    def specific_needs(self) -> Check:
        target = self.target("Questionnaires… : grille d'analyse des besoins, puis fiche "
                             "formateur (confidentielle)")
        with_needs = [r for r in self.enrolled if r.participant.specific_needs.strip()
                      or r.id in self.data.declared]
        if not with_needs:
            return Check(SPECIFIC, Level.GREEN, "aucun", "Aucun besoin spécifique signalé (à "
                         "l'inscription ni dans les grilles reçues).", target)
        grids = self.states(FormKind.NEEDS)
        open_ = [person(r) for r in with_needs if grids.get(r.id) != ANSWERED]
        count = f"{len(with_needs) - len(open_)}/{len(with_needs)}"
        if not open_:
            return Check(SPECIFIC, Level.GREEN, count, f"{len(with_needs)} personne(s) avec des "
                         "besoins spécifiques : grille reçue, besoins transmis par la fiche "
                         "formateur.", target)
        level = Level.RED if self.today >= self.session.start_date else Level.ORANGE
        return Check(SPECIFIC, level, count, f"Besoins signalés à l'inscription, grille d'analyse "
                     f"non reçue (adaptation non tracée) : {names(open_)}.", target)

    def attendance(self) -> Check:
        more = (12,) if self.long else ()
        target = self.target("Émargement… : présences de chacun·e et signature du formateur·rice "
                             "pour chaque demi-journée")
        slots = sorted(self.session.slots, key=lambda x: (x.day, x.start_time))
        if not slots:
            level = Level.RED if self.today >= self.session.start_date else Level.ORANGE
            return Check(ATTENDANCE, level, "aucune", "Aucune demi-journée n'est planifiée.",
                         target, more)
        held = [x for x in slots if x.day < self.today]
        unsigned = [x for x in held if x.id not in self.data.signed]
        unmarked = [x for x in held if any((r.id, x.id) not in self.data.marks for r in self.on_sheet)]
        count = f"{len(held) - len(set(unsigned) | set(unmarked))}/{len(slots)}"
        if unsigned or unmarked:
            parts = []
            if unsigned:
                parts.append("non signée(s) par le formateur·rice : " + _half_days(unsigned))
            if unmarked:
                parts.append("présences incomplètes : " + _half_days(unmarked))
            text = "Demi-journée(s) " + " ; ".join(parts) + "."
            if self.id in self.data.scans:
                return Check(ATTENDANCE, Level.ORANGE, count, text + " Une feuille scannée est "
                             "jointe : vérifiez qu'elle couvre ces demi-journées.", target, more)
            return Check(ATTENDANCE, Level.RED, count, text, target, more)
        if not held:
            return Check(ATTENDANCE, Level.ORANGE, "à venir", "La session commence le "
                         f"{frenchfmt.short_date(self.session.start_date)}.", target, more)
        if len(held) < len(slots):
            return Check(ATTENDANCE, Level.ORANGE, count, f"{len(held)} demi-journée(s) tenue(s), "
                         "signées et complètes ; les suivantes sont à venir.", target, more)
        every = "La demi-journée est signée" if len(slots) == 1 else \
            f"Les {len(slots)} demi-journées sont signées"
        return Check(ATTENDANCE, Level.GREEN, count, f"{every} par le formateur·rice, avec la "
                     "présence de chacun·e.", target, more)

    def end_due(self) -> date:
        return self.session.end_date + timedelta(days=1)

    def assessment(self) -> Check:
        return self.people_check(
            ASSESSMENT, self.followed, self.states(FormKind.ASSESSMENT, exit_=True), self.end_due(),
            self.target("Questionnaires… : grille d'évaluation des acquis (niveaux à la sortie)"),
            asks=False, done="Grille d'évaluation remplie", not_done="grille non remplie pour")

    def review(self) -> Check:
        return self.people_check(
            REVIEW, self.followed, self.states(FormKind.REVIEW), self.end_due(),
            self.target("Questionnaires… : bilan individuel de chaque participant·e"), asks=False,
            done="Bilan individuel rédigé", not_done="bilan non rédigé pour")

    def satisfaction(self) -> Check:
        return self.people_check(
            SATISFACTION, self.followed, self.states(FormKind.SATISFACTION), self.end_due(),
            self.target("Questionnaires… : questionnaire de satisfaction à chaud"), asks=True,
            done="Questionnaire rempli", not_done="questionnaire jamais remis à")

    def certificates(self) -> Check:
        attended = [r for r in self.on_sheet if r.status in FOLLOWED or any(
            self.data.marks.get((r.id, x.id), Presence.ABSENT).attended for x in self.session.slots)]
        states = {r.id: ANSWERED for r in attended if ("realisation", r.id) in self.data.issued}
        return self.people_check(
            CERTIFICATES, attended, states, self.end_due(),
            self.target("Documents… : certificats de réalisation"), asks=False,
            done="Certificat émis", not_done="aucun certificat émis pour")

    def followup_due(self) -> date:
        months = self.session.course.followup_delay_months
        return add_months(self.session.end_date, 3 if months is None else months)

    def followup(self) -> Check:
        return self.people_check(
            FOLLOWUP, self.followed, self.states(FormKind.FOLLOWUP), self.followup_due(),
            self.target("Envoyer le questionnaire de suivi à froid, relancer", FOLLOWUPS),
            asks=True, done="Réponse reçue", not_done="questionnaire jamais envoyé à")

    def employer(self) -> Check:
        employees = [r for r in self.followed if r.participant.status is ParticipantStatus.EMPLOYEE
                     and r.participant.structure_id is not None]
        return self.people_check(
            EMPLOYER, employees, self.states(FormKind.EMPLOYER), self.followup_due(),
            self.target("Envoyer le questionnaire aux employeurs, relancer", FOLLOWUPS), asks=True,
            done="Réponse de l'employeur reçue", not_done="questionnaire jamais envoyé à "
            "l'employeur de", nobody="Aucun·e salarié·e d'une structure : pas de questionnaire "
            "employeur.")

    def trainer(self) -> Check:
        target = self.target("Questionnaires… : appréciation de la session par le formateur·rice")
        trainers = [t.full_name for t in self.session.trainers]
        responses = self.data.responses.get((self.id, FormKind.TRAINER.value), [])
        answered = {r.respondent_name for r in responses if r.status == ANSWERED}
        if not trainers:
            level = Level.RED if self.ended else Level.ORANGE
            return Check(TRAINER, level, "aucun", "Aucun formateur·rice n'est indiqué·e pour la "
                         "session.", self.target("Modifier la session : ses formateur·rices"))
        done = [t for t in trainers if t in answered]
        # Answered under another name (a trainer renamed since, or a form prepared without names).
        done_count = min(len(trainers), len(done) + len(answered - set(trainers)))
        count = f"{done_count}/{len(trainers)}"
        if done_count == len(trainers):
            return Check(TRAINER, Level.GREEN, count, "Appréciation remplie par chaque "
                         f"formateur·rice ({count}).", target)
        if not self.ended:
            return Check(TRAINER, Level.ORANGE, "à venir", "À remplir à la fin de la session "
                         f"({frenchfmt.short_date(self.session.end_date)}).", target)
        missing = [t for t in trainers if t not in done]
        return Check(TRAINER, Level.RED, count, f"{count} ; non remplie par : {names(missing)}.",
                     target)

    # --- complaints and drop-outs -------------------------------------------------------------------

    def complaints(self) -> Check:
        target = self.target("Réclamations : accuser réception, répondre, clore", QUALITY)
        rows = self.data.complaints.get(self.id, [])
        if not rows:
            return Check(COMPLAINTS, Level.GREEN, "aucune", "Aucune réclamation sur cette session.",
                         target)
        late = [c for c in rows if acknowledgement_overdue(c, self.today)]
        open_ = [c for c in rows if c.closed_on is None]
        count = f"{len(rows) - len(open_)}/{len(rows)}"
        if late:
            days = ", ".join(frenchfmt.short_date(c.received_on) for c in late)
            return Check(COMPLAINTS, Level.RED, count, f"Réclamation(s) reçue(s) le {days} : pas "
                         f"d'accusé de réception après {ACKNOWLEDGEMENT_DAYS} jours.", target)
        if open_:
            return Check(COMPLAINTS, Level.ORANGE, count, f"{len(open_)} réclamation(s) en cours "
                         "de traitement (accusé de réception envoyé).", target)
        return Check(COMPLAINTS, Level.GREEN, count, f"{len(rows)} réclamation(s), toutes "
                     "répondues et closes.", target)

    def dropout(self) -> Check:
        target = self.target("Inscriptions : motif et suivi de l'abandon (Changer le statut…)")
        if not self.long:
            return Check(DROPOUT, Level.GREEN, "—", "Formation de deux jours au plus : l'indicateur "
                         "12 ne s'applique pas.", target, applicable=False)
        if self.today < self.session.start_date:
            return Check(DROPOUT, Level.ORANGE, "à venir", "La session n'a pas commencé.", target)
        gone = [r for r in self.session.registrations if r.status is RegistrationStatus.ABANDONED]
        silent = [person(r) for r in gone if not r.status_reason.strip()]
        if silent:
            return Check(DROPOUT, Level.RED, f"{len(silent)}", "Abandon sans motif ni suivi noté : "
                         f"{names(silent)}.", target)
        if gone:
            return Check(DROPOUT, Level.GREEN, f"{len(gone)}", f"{len(gone)} abandon(s), chacun "
                         "avec son motif.", target)
        return Check(DROPOUT, Level.GREEN, "aucun", "Aucun abandon.", target)


def _phase_ok(response: _Response, entry: bool, exit_: bool) -> bool:
    """For a grid rated at entry and exit: whether the wanted phase has levels."""
    if not (entry or exit_):
        return True
    keys = [k for k in response.answers if not k.startswith("_")]
    phased = [k for k in keys if k.endswith("__entree") or k.endswith("__sortie")]
    if not phased:
        return not entry  # a grid without phases rates the exit
    return any(k.endswith("__entree" if entry else "__sortie") for k in phased)


def _half_days(slots: Sequence[Slot]) -> str:
    return names([str(SlotTimes(x.day, x.start_time, x.end_time)) for x in slots], 4)
