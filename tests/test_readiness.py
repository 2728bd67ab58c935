"""Audit readiness: on a file whose gaps are known, the checklist finds exactly those gaps.

Also holds the world the audit export and the Audit page tests share (build_audit_world): two
sessions of the same two-day course, with every piece of evidence, except in the second one a needs
grid never sent to Bruno Sanchez and the last half-day left unsigned by the trainer; registers
filled, except the complaints register, left empty.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time

import pytest

from formation.core.attendance import Mark
from formation.core.enums import Presence, RegistrationStatus, SessionStatus
from formation.forms import Template, load_all
from formation.forms.model import FormKind, JsonValue, QuestionType, fields_for
from formation.resources import forms_folder
from formation.services import (
    attendance,
    catalogue,
    forms_store,
    issuing,
    people,
    readiness,
    readiness_org,
    registrations,
    session_documents,
    sessions,
)
from formation.services.readiness import INDICATORS, Level, Selection
from formation.services.readiness_checks import ITEMS
from formation.storage.database import Database
from formation.storage.models import (
    Attachment,
    Complaint,
    ImprovementAction,
    Organisation,
    Partner,
    TrainerTraining,
    WatchEntry,
)
from formation.storage.models import Session as TrainingSession
from tests.test_documents_world import OBJECTIVES, png, set_organisation

TODAY = date(2026, 7, 15)  # every follow-up of March is due
PERIOD = Selection(date(2026, 1, 1), TODAY, today=TODAY)
FIRST, SECOND = date(2026, 3, 12), date(2026, 3, 19)
NEED_AT_REGISTRATION = "BESOIN-INSCRIPTION : malentendante, placer au premier rang"
NEED_IN_GRID = "BESOIN-GRILLE : supports en gros caractères"
SENT = datetime(2026, 3, 2, 9, 0)
SCAN = b"%PDF-1.4 scan of the signed paper sheet"
KEYS = {FormKind.NEEDS: "besoins", FormKind.POSITIONING: "positionnement",
        FormKind.ASSESSMENT: "evaluation_acquis", FormKind.REVIEW: "bilan_individuel",
        FormKind.SATISFACTION: "satisfaction_chaud", FormKind.FOLLOWUP: "suivi_froid",
        FormKind.TRAINER: "formateur"}


@dataclass
class AuditWorld:
    complete: int  # the session with every piece of evidence
    gappy: int  # the one missing a needs grid and a trainer's signature
    complete_code: str
    gappy_code: str
    trainer_id: int
    reg: dict[str, int]  # by last name
    certificates: list[int]  # issued document ids


def shipped() -> dict[str, Template]:
    templates, errors = load_all([forms_folder()])
    assert errors == []
    return templates


def answers_for(template: Template, objectives: list[str], *, need: str = "") -> dict[str, JsonValue]:
    """A full, valid set of answers; the sensitive yes/no questions answered yes only with a need."""
    found: dict[str, JsonValue] = {}
    for field in fields_for(template, objectives):
        if field.is_comment:
            if field.sensitive and need and field.question.type is QuestionType.YES_NO:
                found[field.id] = need
            continue
        kind = field.type
        if kind is QuestionType.YES_NO:
            found[field.id] = bool(need) if field.sensitive else True
        elif kind is QuestionType.SINGLE_CHOICE:
            found[field.id] = field.choices[-1] if field.phase and field.phase.id == "sortie" \
                else field.choices[0]
        elif kind is QuestionType.MULTIPLE_CHOICE:
            found[field.id] = [field.choices[0]]
        elif kind is QuestionType.SCALE:
            found[field.id] = field.question.max or 10
        elif kind is QuestionType.DATE:
            found[field.id] = "2026-03-20"
        else:
            found[field.id] = "Réponse écrite."
    return found


def answer(db: Database, session_id: int, kind: FormKind, templates: dict[str, Template],
           *, skip: set[int] = frozenset(), needs: dict[int, str] | None = None) -> None:
    """Prepare, send and answer the questionnaire of `kind` for everyone but the `skip`ped ones."""
    template = templates[KEYS[kind]]
    ids = forms_store.prepare(db, session_id, template.key, templates,
                              only_registrations=None)
    forms_store.mark_sent(db, ids, SENT)
    for response_id in ids:
        response = forms_store.get_response(db, response_id)
        if response.registration_id in skip:
            continue
        need = (needs or {}).get(response.registration_id or 0, "")
        forms_store.record_answers(db, response_id, answers_for(template, list(OBJECTIVES),
                                                                need=need),
                                   "screen", datetime(2026, 3, 21, 10, 0))


def _session(db: Database, course_id: int, trainer_id: int, start: date) -> int:
    session = sessions.new_session_for(db, course_id, start)
    session.place, session.address = "Salle Jean Moulin", "3 place de la Liberté, 59100 Roubaix"
    session.trainer_ids = [trainer_id]
    return sessions.save_session(db, session)


def _person(db: Database, session_id: int, first: str, last: str, needs: str = "") -> int:
    pid = people.save_participant(db, people.ParticipantData(first_name=first, last_name=last,
                                                              specific_needs=needs))
    return registrations.register(db, pid, session_id, today=date(2026, 2, 1))


def _registers(db: Database, trainer_id: int) -> None:
    """Everything an auditor wants in the registers, but the complaints register: empty."""
    with db.begin() as s:
        organisation = s.get(Organisation, 1)
        assert organisation is not None
        organisation.disability_referent = "Nadia Benslimane"
        organisation.disability_referent_contact = "referent@mda-roubaix.fr"
        s.add(Partner(name="Cap emploi Nord", kind="Cap emploi", contact="03 20 00 00 00"))
        for kind in ("legal", "jobs", "pedagogy"):
            s.add(WatchEntry(on=date(2026, 5, 4), kind=kind, source="Centre Inffo",
                             summary=f"Veille {kind}", action="Programme mis à jour"))
        s.add(TrainerTraining(trainer_id=trainer_id, title="Animer à distance", provider="Uniformation",
                              on=date(2026, 1, 20), duration_minutes=420))
        cv = b"%PDF-1.4 CV"
        s.add(Attachment(owner_table="trainer", owner_id=trainer_id, filename="cv-leroy.pdf",
                         media_type="application/pdf", content=cv,
                         sha256=hashlib.sha256(cv).hexdigest(), added_at=datetime(2026, 1, 5)))
        s.add(ImprovementAction(created_on=date(2026, 2, 2), origin="questionnaire",
                                description="Envoyer les supports avant la formation",
                                owner="Coordination", due_on=date(2026, 4, 1),
                                done_on=date(2026, 3, 1), outcome="Fait"))


def build_audit_world(db: Database) -> AuditWorld:
    set_organisation(db)
    templates = shipped()
    course_id = catalogue.save_course(db, catalogue.CourseData(
        code="FONCT", title="Le fonctionnement associatif", duration_minutes=14 * 60,
        objectives=list(OBJECTIVES), programme="Jour 1 : la loi 1901.\nJour 2 : la gouvernance.",
        target_public="Bénévoles et salarié·es d'associations.", methods="Études de cas.",
        assessment_methods="Grille par objectif.", accessibility="Salles de plain-pied."))
    trainer_id = people.save_trainer(db, people.TrainerData(first_name="Hélène", last_name="Leroy"))
    complete = _session(db, course_id, trainer_id, FIRST)
    gappy = _session(db, course_id, trainer_id, SECOND)
    reg = {"Dupont": _person(db, complete, "Marie", "Dupont", NEED_AT_REGISTRATION),
           "Martin": _person(db, complete, "Benoît", "Martin"),
           "Roux": _person(db, gappy, "Alice", "Roux"),
           "Sanchez": _person(db, gappy, "Bruno", "Sanchez")}
    certificates = []
    for session_id in (complete, gappy):
        mine = [r for r in reg.values() if _session_of(db, r) == session_id]
        slots = [info.id for info in attendance.session_slots(db, session_id)]
        for registration_id in mine:
            issuing.issue(db, "convocation", registration_id=registration_id, issued_by="Test",
                          now=datetime(2026, 3, 1, 9, 0))
            for slot in slots:
                attendance.record(db, registration_id, slot, Mark(Presence.PRESENT))
        signed = slots if session_id == complete else slots[:-1]  # the last half-day: unsigned
        for slot in signed:
            attendance.sign_off(db, slot, trainer_id, png(), now=datetime(2026, 3, 20, 17, 5))
        skip = {reg["Sanchez"]} if session_id == gappy else set()
        for kind in KEYS:
            if kind is FormKind.NEEDS and skip:
                _answer_some(db, session_id, templates, skip)
                continue
            answer(db, session_id, kind, templates,
                   needs={reg["Dupont"]: NEED_IN_GRID} if kind is FormKind.NEEDS else None)
        for registration_id in mine:
            certificates.append(issuing.issue(db, "realisation", registration_id=registration_id,
                                              issued_by="Test", now=datetime(2026, 3, 27, 9)).id)
    _registers(db, trainer_id)
    scan = db.path.parent / "emargement-12-mars.pdf"  # the signed paper sheet, scanned
    scan.write_bytes(SCAN)
    session_documents.attach(db, complete, scan, now=datetime(2026, 3, 13, 18, 0))
    codes = {sid: _code(db, sid) for sid in (complete, gappy)}
    return AuditWorld(complete, gappy, codes[complete], codes[gappy], trainer_id, reg, certificates)


def _answer_some(db: Database, session_id: int, templates: dict[str, Template],
                 never: set[int]) -> None:
    """The needs grid of the gappy session: never even prepared for the `never` registrations."""
    with db.session() as s:
        session = s.get(TrainingSession, session_id)
        assert session is not None
        wanted = {r.id for r in session.registrations} - never
    template = templates["besoins"]
    ids = forms_store.prepare(db, session_id, "besoins", templates, only_registrations=wanted)
    forms_store.mark_sent(db, ids, SENT)
    for response_id in ids:
        forms_store.record_answers(db, response_id, answers_for(template, list(OBJECTIVES)),
                                   "screen", datetime(2026, 3, 10, 10, 0))


def _session_of(db: Database, registration_id: int) -> int:
    with db.session() as s:
        from formation.storage.models import Registration

        row = s.get(Registration, registration_id)
        assert row is not None
        return row.session_id


def _code(db: Database, session_id: int) -> str:
    with db.session() as s:
        row = s.get(TrainingSession, session_id)
        assert row is not None
        return row.code


@pytest.fixture
def world(db: Database) -> AuditWorld:
    return build_audit_world(db)


def red(result: readiness.Readiness) -> set[tuple[str, str]]:
    return {(s.code if s else "organisme", c.key) for s, c in result.gaps([Level.RED])}


# --- the known gaps -------------------------------------------------------------------------------

def test_exactly_the_known_gaps_are_red(db: Database, world: AuditWorld) -> None:
    result = readiness.readiness(db, PERIOD)
    assert [s.code for s in result.sessions] == [world.complete_code, world.gappy_code]
    assert red(result) == {(world.gappy_code, "needs"), (world.gappy_code, "attendance"),
                           ("organisme", "org_complaints")}
    complete = result.sessions[0]
    assert complete.level is Level.GREEN
    assert {c.key for c in complete.checks if c.applicable} == {i.key for i in ITEMS} - {"dropout"}
    assert all(c.level is Level.GREEN for c in result.organisation if c.key != "org_complaints")


def test_each_gap_says_who_or_which_half_day_and_where_to_fix_it(db: Database,
                                                                world: AuditWorld) -> None:
    gappy = readiness.readiness(db, PERIOD).sessions[1]
    needs = gappy.check("needs")
    assert needs.summary == "1/2"
    assert "SANCHEZ Bruno" in needs.detail and "ROUX" not in needs.detail
    assert needs.target.page == "Sessions" and needs.target.session_id == world.gappy
    assert "grille d'analyse des besoins" in needs.target.action
    signing = gappy.check("attendance")
    assert "non signée(s) par le formateur·rice : 20/03/2026 après-midi" in signing.detail
    assert "présences incomplètes" not in signing.detail  # everyone was marked
    assert signing.target == readiness.Target(
        "Sessions", world.gappy, "Émargement… : présences de chacun·e et signature du "
        "formateur·rice pour chaque demi-journée")
    assert gappy.check("specific_needs").level is Level.GREEN  # nobody there declared a need


def test_totals_per_indicator_count_the_items_of_each_colour(db: Database, world: AuditWorld) -> None:
    result = readiness.readiness(db, PERIOD)
    totals = {t.indicator.number: t for t in result.by_indicator()}
    assert list(totals) == sorted(INDICATORS)
    assert (totals[4].green, totals[4].orange, totals[4].red) == (1, 0, 1)
    assert (totals[10].green, totals[10].red) == (3, 1)  # specific needs ×2, attendance ×2
    assert (totals[31].green, totals[31].red) == (2, 1)  # the sessions, then the empty register
    assert totals[12].green + totals[12].orange + totals[12].red == 0  # two-day sessions
    assert totals[26].green == 4  # specific needs of each session, referent, network
    assert result.totals[Level.RED] == 3
    assert sum(t.red for t in totals.values()) == 3  # one indicator each: 4, 10 and 31


def test_the_specific_needs_are_handled_once_the_needs_grid_came_back(db: Database,
                                                                      world: AuditWorld) -> None:
    check = readiness.readiness(db, PERIOD).sessions[0].check("specific_needs")
    assert (check.level, check.summary) == (Level.GREEN, "1/1")
    assert NEED_AT_REGISTRATION not in check.detail and NEED_IN_GRID not in check.detail
    public = readiness.describe(None, check, public=True)
    assert "DUPONT" not in public and "dossier confidentiel" in public


# --- orange: not yet due, or waiting for answers --------------------------------------------------

def test_what_is_not_due_yet_is_orange_never_red(db: Database, world: AuditWorld) -> None:
    course_id = catalogue.list_courses(db)[0].id
    later = _session(db, course_id, world.trainer_id, date(2026, 9, 10))
    _person(db, later, "Chloé", "Œuvray")
    result = readiness.readiness(db, Selection(date(2026, 1, 1), date(2026, 12, 31), today=TODAY))
    coming = result.sessions[-1]
    assert coming.session_id == later and coming.level is Level.ORANGE
    assert coming.check("programme").level is Level.GREEN
    assert coming.check("needs").detail == "À faire d'ici le 10/09/2026 ; 0/1 pour l'instant."
    assert coming.check("attendance").summary == "à venir"
    assert coming.check("followup").detail.startswith("À faire d'ici le 11/12/2026")
    assert {c.level for c in coming.applicable} == {Level.GREEN, Level.ORANGE}
    first = readiness.readiness(db, Selection(session_ids=(world.complete,),
                                              today=date(2026, 3, 13))).sessions[0]
    assert first.check("attendance").summary == "2/4"  # the first day held, the second to come
    assert first.check("attendance").level is Level.ORANGE


def test_a_questionnaire_sent_without_answer_is_orange_one_never_sent_is_red(
        db: Database, world: AuditWorld) -> None:
    templates = shipped()
    ids = forms_store.prepare(db, world.gappy, "besoins", templates)
    check = readiness.readiness(db, PERIOD).sessions[1].check("needs")
    assert check.level is Level.RED  # prepared is not sent
    forms_store.mark_sent(db, ids, SENT)
    check = readiness.readiness(db, PERIOD).sessions[1].check("needs")
    assert (check.level, check.summary) == (Level.ORANGE, "1/2")
    assert "envoyé, sans réponse (à relancer) : SANCHEZ Bruno" in check.detail


def test_a_complaint_not_acknowledged_within_a_week_is_red_on_its_session(
        db: Database, world: AuditWorld) -> None:
    with db.begin() as s:
        s.add(Complaint(received_on=date(2026, 7, 1), source="participant", session_id=world.complete,
                        description="Salle trop froide"))
    result = readiness.readiness(db, PERIOD)
    check = result.sessions[0].check("complaints")
    assert check.level is Level.RED and "01/07/2026" in check.detail
    assert check.target.page == "Qualité"
    organisation = next(c for c in result.organisation if c.key == "org_complaints")
    assert organisation.level is Level.RED and "pas d'accusé de réception" in organisation.detail
    with db.begin() as s:
        row = s.query(Complaint).one()
        row.acknowledged_on = date(2026, 7, 2)
    result = readiness.readiness(db, PERIOD)
    assert result.sessions[0].check("complaints").level is Level.ORANGE  # acknowledged, open
    assert red(result) == {(world.gappy_code, "needs"), (world.gappy_code, "attendance")}


# --- what is looked at ------------------------------------------------------------------------------

def test_a_selection_of_sessions_and_cancelled_sessions(db: Database, world: AuditWorld) -> None:
    only = Selection(session_ids=(world.gappy,), today=TODAY)
    assert [s.code for s in readiness.readiness(db, only).sessions] == [world.gappy_code]
    assert only.label == "1 session choisie"
    with db.begin() as s:
        row = s.get(TrainingSession, world.gappy)
        assert row is not None
        row.status = SessionStatus.CANCELLED
    assert [s.code for s in readiness.readiness(db, PERIOD).sessions] == [world.complete_code]
    outside = Selection(date(2025, 1, 1), date(2025, 12, 31), today=TODAY)
    assert readiness.readiness(db, outside).sessions == ()


def test_indicator_12_applies_to_sessions_of_more_than_two_days(db: Database, world: AuditWorld) -> None:
    with db.begin() as s:
        session = s.get(TrainingSession, world.gappy)
        assert session is not None
        from formation.storage.models import Slot

        session.slots.append(Slot(day=date(2026, 3, 26), start_time=time(9, 0),
                                  end_time=time(12, 30)))
        session.end_date = date(2026, 3, 26)
        gone = next(r for r in session.registrations if r.id == world.reg["Sanchez"])
        gone.status, gone.status_reason = RegistrationStatus.ABANDONED, ""  # no reason noted
    gappy = readiness.readiness(db, PERIOD).sessions[1]
    assert gappy.long
    dropout = gappy.check("dropout")
    assert dropout.applicable and dropout.level is Level.RED and "SANCHEZ Bruno" in dropout.detail
    assert 12 in gappy.check("attendance").indicators
    assert not readiness.readiness(db, PERIOD).sessions[0].check("dropout").applicable


def test_the_registers_gaps_are_filed_under_their_indicator() -> None:
    classify = readiness_org.classify
    assert classify("Formateur·rice Claire DESROUSSEAUX : aucun CV joint") == (readiness_org.CV,)
    assert classify("Formateur·rice Claire DESROUSSEAUX : aucune formation suivie depuis 24 mois") \
        == (readiness_org.TRAINING,)
    assert classify("Aucun·e formateur·rice enregistré·e") == (readiness_org.CV, readiness_org.TRAINING)
    assert classify("Registre de veille vide") == (readiness_org.LEGAL, readiness_org.JOBS,
                                                   readiness_org.PEDAGOGY)
    assert classify("Veille pédagogique et technologique : rien d'enregistré depuis 12 mois") == (
        readiness_org.PEDAGOGY,)
    assert classify("Aucun référent handicap renseigné") == (readiness_org.REFERENT,)
    assert classify("Aucun partenaire du réseau handicap") == (readiness_org.NETWORK,)
    assert classify("Registre des réclamations vide") == (readiness_org.COMPLAINTS,)
    assert classify("Action d'amélioration en retard (échéance le 01/03/2026) : x") == (
        readiness_org.ACTIONS,)
    assert classify("Quelque chose d'autre") == (readiness_org.OTHER,)


def test_an_empty_file_has_every_register_gap_and_no_session(db: Database) -> None:
    result = readiness.readiness(db, PERIOD)
    assert result.sessions == ()
    levels = {c.key: c.level for c in result.organisation}
    assert levels["org_results"] is Level.ORANGE
    assert all(level is Level.RED for key, level in levels.items() if key != "org_results")
