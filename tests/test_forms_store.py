"""Questionnaires of a session: versions, preparation, answers, objectives snapshot, progress.

Also holds the helpers the other test_forms_* modules share (templates, a user copy, dates).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from formation import resources
from formation.core.enums import RegistrationStatus
from formation.core.errors import FormationError, ValidationError
from formation.forms import Template, default_folders, load_all, load_template, user_folder
from formation.services import catalogue, forms_store, people, registrations
from formation.services.forms_store import ResponseState
from formation.storage.database import Database
from formation.storage.models import FormResponse, FormVersion
from tests.test_documents_world import OBJECTIVES, World, build_world

SHIPPED = resources.forms_folder()
SENT = datetime(2026, 3, 13, 17, 0)
ANSWERED = datetime(2026, 3, 14, 9, 30)


def shipped_templates() -> dict[str, Template]:
    templates, errors = load_all([SHIPPED])
    assert errors == []
    return templates


def user_copy(key: str, version: int, *replacements: tuple[str, str]) -> Path:
    """A copy of a shipped template in the organisation's folder, with a new version and edits."""
    text = (SHIPPED / f"{key}.toml").read_text(encoding="utf-8")
    text = text.replace("version = 1", f"version = {version}", 1)
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    user_folder().mkdir(parents=True, exist_ok=True)
    path = user_folder() / f"{key}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def templates_in_use() -> dict[str, Template]:
    templates, errors = load_all(default_folders())
    assert errors == []
    return templates


SATISFACTION = {"contenus": "Très bien", "atteinte_objectifs": "bien", "supports": "Bien",
                "formateur": "très bien", "methodes": "Moyen", "organisation": "Bien",
                "rythme": "Insuffisant", "lieu": "Bien", "note_globale": "8",
                "recommandation": "oui", "points_forts": "  Les études de cas  "}


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


@pytest.fixture
def templates() -> dict[str, Template]:
    return shipped_templates()


def newcomer(db: Database, world: World) -> int:
    """Léa Neuve registers late: her registration id."""
    person = people.save_participant(db, people.ParticipantData(first_name="Léa", last_name="Neuve"))
    return registrations.register(db, person, world.session_id)


def responses(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(FormResponse.id))) or 0


# --- versions ------------------------------------------------------------------------------------

def test_a_version_is_stored_once_and_a_changed_text_under_the_same_version_is_refused(
        db: Database, templates: dict[str, Template]) -> None:
    template = templates["besoins"]
    first = forms_store.register_version(db, template)
    assert forms_store.register_version(db, template) == first
    with db.session() as s:
        row = s.get(FormVersion, first)
        assert row is not None
        assert (row.key, row.version, row.kind, row.sha256) == ("besoins", 1, "needs", template.sha256)
        assert row.source == template.source
    edited = load_template(user_copy("besoins", 1, ("Votre fonction", "Votre rôle")))
    with pytest.raises(FormationError, match=r"version 1 a déjà servi.*passez à version = 2"):
        forms_store.register_version(db, edited)
    with db.session() as s:
        assert s.scalar(select(func.count(FormVersion.id))) == 1


# --- preparing ------------------------------------------------------------------------------------

def test_participant_templates_get_one_response_per_registration_once(
        db: Database, world: World, templates: dict[str, Template]) -> None:
    ids = forms_store.prepare(db, world.session_id, "satisfaction_chaud", templates)
    assert len(ids) == 3
    assert forms_store.prepare(db, world.session_id, "satisfaction_chaud", templates) == ids
    first = forms_store.get_response(db, ids[0])
    assert (first.registration_id, first.respondent_name) == (world.reg["Dupont"], "Marie Dupont")
    assert first.status is ResponseState.TO_SEND and first.answers == {}
    assert first.objectives == tuple(OBJECTIVES)
    assert first.template_ref == "satisfaction_chaud:1"
    waiting = people.save_participant(db, people.ParticipantData(first_name="Zoé", last_name="Attente"))
    registration = registrations.register(db, waiting, world.session_id)
    registrations.set_status(db, registration, RegistrationStatus.WAITING)
    registrations.set_status(db, world.reg["Œuvray"], RegistrationStatus.CANCELLED, "Malade")
    again = forms_store.prepare(db, world.session_id, "satisfaction_chaud", templates)
    assert again == ids[:2] and responses(db) == 3


def test_employer_and_trainer_templates_go_to_whom_they_concern(
        db: Database, world: World, templates: dict[str, Template]) -> None:
    employer = forms_store.prepare(db, world.session_id, "employeur", templates)
    assert len(employer) == 1  # Marie Dupont is the only employee with an employer
    response = forms_store.get_response(db, employer[0])
    assert response.registration_id == world.reg["Dupont"]
    assert (response.respondent.value, response.respondent_name) == ("employer", "Centre social Ellipse")
    session_form = forms_store.prepare(db, world.session_id, "formateur", templates)
    trainer = forms_store.get_response(db, session_form[0])
    assert len(session_form) == 1 and trainer.registration_id is None
    assert (trainer.respondent.value, trainer.respondent_name) == ("trainer", "Hélène Leroy")
    grids = forms_store.prepare(db, world.session_id, "evaluation_acquis", templates)
    assert len(grids) == 3
    assert {forms_store.get_response(db, i).respondent_name for i in grids} == {"Hélène Leroy"}
    assert forms_store.prepare(db, world.session_id, "formateur", templates) == session_form


def test_prepare_many_gives_what_prepare_gives_request_by_request_in_one_go(
        db: Database, world: World, templates: dict[str, Template]) -> None:
    before = forms_store.prepare(db, world.session_id, "besoins", templates)
    found = forms_store.prepare_many(db, [
        forms_store.ToPrepare(world.session_id, "satisfaction_chaud",
                              {world.reg["Dupont"], world.reg["Œuvray"]}),
        forms_store.ToPrepare(world.session_id, "besoins"),
        forms_store.ToPrepare(world.session_id, "satisfaction_chaud"),
        forms_store.ToPrepare(world.session_id, "formateur")], templates)
    assert found[1] == before  # what exists is kept
    assert len(found[0]) == 2 and len(found[2]) == 3 and set(found[0]) < set(found[2])
    assert found[2] == forms_store.prepare(db, world.session_id, "satisfaction_chaud", templates)
    assert found[3] == forms_store.prepare(db, world.session_id, "formateur", templates)
    assert responses(db) == 3 + 3 + 1
    assert forms_store.prepare_many(db, [], templates) == []
    with pytest.raises(FormationError, match="introuvable"):
        forms_store.prepare_many(db, [forms_store.ToPrepare(world.session_id + 99, "besoins")],
                                 templates)


def test_record_many_stores_every_answer_or_none(
        db: Database, world: World, templates: dict[str, Template]) -> None:
    first, second, third = forms_store.prepare(db, world.session_id, "satisfaction_chaud", templates)
    later = ANSWERED + timedelta(days=1)
    with pytest.raises(ValidationError):
        forms_store.record_many(db, [
            forms_store.Answered(first, SATISFACTION, "screen", ANSWERED),
            forms_store.Answered(second, {**SATISFACTION, "note_globale": "12"}, "pdf", later)])
    assert forms_store.answers(db, first) == {}  # the valid one was not kept either
    assert forms_store.record_many(db, [
        forms_store.Answered(first, SATISFACTION, "screen", ANSWERED),
        forms_store.Answered(second, {**SATISFACTION, "contenus": "Bien"}, "pdf", later)]) == 2
    assert forms_store.answers(db, first) == forms_store.record_answers(
        db, third, SATISFACTION, "screen", ANSWERED)
    response = forms_store.get_response(db, second)
    assert (response.status, response.answered_at, response.source) == (
        ResponseState.ANSWERED, later, "pdf")
    assert response.answers["contenus"] == "Bien"
    with pytest.raises(FormationError, match="Origine des réponses inconnue"):
        forms_store.record_many(db, [forms_store.Answered(third, SATISFACTION, "fax", ANSWERED)])


def test_an_unknown_template_key_names_the_known_ones(
        db: Database, world: World, templates: dict[str, Template]) -> None:
    with pytest.raises(FormationError, match="Aucun modèle n'a la clé « inconnu ».*besoins"):
        forms_store.prepare(db, world.session_id, "inconnu", templates)


# --- answers ---------------------------------------------------------------------------------------

def test_answers_are_normalised_stored_as_json_and_read_back(
        db: Database, world: World, templates: dict[str, Template]) -> None:
    rid = forms_store.prepare(db, world.session_id, "satisfaction_chaud", templates)[0]
    clean = forms_store.record_answers(db, rid, SATISFACTION, "screen", ANSWERED)
    assert clean["atteinte_objectifs"] == "Bien" and clean["note_globale"] == 8
    assert clean["recommandation"] is True and clean["points_forts"] == "Les études de cas"
    assert forms_store.answers(db, rid) == clean
    response = forms_store.get_response(db, rid)
    assert (response.status, response.answered_at, response.source) == (
        ResponseState.ANSWERED, ANSWERED, "screen")
    with db.session() as s:
        stored = json.loads(s.get(FormResponse, rid).answers)  # type: ignore[union-attr]
    assert stored == {"_objectives": OBJECTIVES, **clean}


def test_invalid_answers_are_refused_by_field_and_nothing_changes(
        db: Database, world: World, templates: dict[str, Template]) -> None:
    rid = forms_store.prepare(db, world.session_id, "satisfaction_chaud", templates)[0]
    with pytest.raises(ValidationError) as refused:
        forms_store.record_answers(db, rid, {**SATISFACTION, "note_globale": "12", "contenus": ""},
                                   "pdf", ANSWERED)
    assert set(refused.value.fields) == {"note_globale", "contenus"}
    assert forms_store.get_response(db, rid).status is ResponseState.TO_SEND
    assert forms_store.answers(db, rid) == {}
    with pytest.raises(FormationError, match="Origine des réponses inconnue"):
        forms_store.record_answers(db, rid, SATISFACTION, "fax", ANSWERED)


def test_the_objectives_shown_are_kept_with_the_response(
        db: Database, world: World, templates: dict[str, Template]) -> None:
    rid = forms_store.prepare(db, world.session_id, "positionnement", templates)[0]
    course = catalogue.get_course(db, world.course_id)
    course.objectives = ["Un tout autre objectif", OBJECTIVES[0]]  # reworded and reordered
    catalogue.save_course(db, course)
    response = forms_store.get_response(db, rid)
    assert response.objectives == tuple(OBJECTIVES)
    clean = forms_store.record_answers(db, rid, {f"niveau__{n}": "Je pratique" for n in (1, 2, 3)},
                                       "screen", ANSWERED)
    assert set(clean) == {"niveau__1", "niveau__2", "niveau__3"}
    assert forms_store.get_response(db, rid).objectives == tuple(OBJECTIVES)
    later = forms_store.prepare(db, world.session_id, "positionnement", templates,
                                only_registrations={newcomer(db, world)})
    assert forms_store.get_response(db, later[0]).objectives == ("Un tout autre objectif",
                                                                 OBJECTIVES[0])


def test_a_template_edit_never_changes_past_answers_nor_how_they_read(
        db: Database, world: World, templates: dict[str, Template]) -> None:
    old = forms_store.prepare(db, world.session_id, "satisfaction_chaud", templates)
    forms_store.record_answers(db, old[0], SATISFACTION, "screen", ANSWERED)
    before = forms_store.answers(db, old[0])
    user_copy("satisfaction_chaud", 2,
              ('appreciation = ["Très bien", "Bien", "Moyen", "Insuffisant"]',
               'appreciation = ["Excellent", "Correct", "À revoir"]'),
              ("Les contenus (intérêt, adaptation à vos besoins)", "Le contenu"))
    edited = templates_in_use()
    assert edited["satisfaction_chaud"].version == 2
    assert forms_store.prepare(db, world.session_id, "satisfaction_chaud", edited) == old
    response = forms_store.get_response(db, old[0])
    assert response.template.version == 1 and response.answers == before
    assert response.template.question("contenus").label.startswith("Les contenus (intérêt")
    forms_store.record_answers(db, old[1], SATISFACTION, "pdf", ANSWERED)  # still read with v1
    new = forms_store.prepare(db, world.session_id, "satisfaction_chaud", edited,
                              only_registrations={newcomer(db, world)})[0]
    assert forms_store.get_response(db, new).template.version == 2
    with pytest.raises(ValidationError):
        forms_store.record_answers(db, new, SATISFACTION, "screen", ANSWERED)
    assert forms_store.answers(db, old[0]) == before
    with db.session() as s:
        assert s.scalars(select(FormVersion.version).order_by(FormVersion.version)).all() == [1, 2]


# --- progress --------------------------------------------------------------------------------------

def test_session_status_says_to_send_sent_answered_and_late(
        db: Database, world: World, templates: dict[str, Template]) -> None:
    ids = forms_store.prepare(db, world.session_id, "satisfaction_chaud", templates)
    trainer = forms_store.prepare(db, world.session_id, "formateur", templates)
    assert forms_store.mark_sent(db, ids[:2], SENT) == 2
    assert forms_store.mark_sent(db, ids, SENT + timedelta(days=3)) == 1  # only the one not sent
    forms_store.record_answers(db, ids[0], SATISFACTION, "pdf", ANSWERED)
    assert forms_store.mark_reminded(db, ids, SENT + timedelta(days=10)) == 2

    def states(today: date) -> dict[str, tuple[str, ResponseState, int | None]]:
        return {row.person: (row.template_key, row.state, row.days_waiting)
                for row in forms_store.session_status(db, world.session_id, today)}

    on_time = states(SENT.date() + timedelta(days=forms_store.LATE_AFTER_DAYS))
    assert on_time == {
        "DUPONT Marie": ("satisfaction_chaud", ResponseState.ANSWERED, None),
        "MARTIN Benoît": ("satisfaction_chaud", ResponseState.SENT, 14),
        "ŒUVRAY Chloé": ("satisfaction_chaud", ResponseState.SENT, 11),
        "Hélène Leroy": ("formateur", ResponseState.TO_SEND, None),
    }
    late = states(SENT.date() + timedelta(days=15))
    assert late["MARTIN Benoît"][1] is ResponseState.LATE
    assert late["ŒUVRAY Chloé"][1] is ResponseState.SENT
    rows = forms_store.session_status(db, world.session_id, SENT.date())
    assert [r.template_key for r in rows] == ["formateur"] + ["satisfaction_chaud"] * 3
    answered = next(r for r in rows if r.person == "DUPONT Marie")
    assert (answered.source, answered.answered_at, answered.reminded_at) == ("pdf", ANSWERED, None)
    assert next(r for r in rows if r.person == "MARTIN Benoît").reminded_at == SENT + timedelta(days=10)
    assert trainer and ResponseState.LATE.label == "En retard"


def test_only_a_questionnaire_never_sent_can_be_discarded(
        db: Database, world: World, templates: dict[str, Template]) -> None:
    ids = forms_store.prepare(db, world.session_id, "besoins", templates)
    forms_store.discard(db, ids[0])
    forms_store.mark_sent(db, ids[1:2], SENT)
    with pytest.raises(FormationError, match="déjà été envoyé"):
        forms_store.discard(db, ids[1])
    assert responses(db) == 2
