"""The demonstration year's questionnaires and quality registers: what the Results dialog, the
Suivi à 3 mois page, the Qualité page and the Audit page show on the demo, and that it is the same
every time for the same day."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select

from formation.core.enums import SessionStatus
from formation.forms.model import FormKind, validate_answers
from formation.services import (
    audit_export,
    demo,
    followups,
    forms_results,
    forms_store,
    issuing,
    mail,
    organisation,
    people,
    readiness,
    registers,
    registers_environment,
    sessions,
)
from formation.services.demo_answers import fit
from formation.services.followups import FollowupState
from formation.services.registers import ActionStatus, ComplaintStatus, WatchKind
from formation.services.registers_attachments import list_attachments
from formation.storage.database import Database
from formation.storage.models import FormResponse, FormVersion, Registration
from formation.storage.models import Session as TrainingSession
from tests.test_forms_store import shipped_templates, user_copy

YEAR = 2026
TODAY = date(2026, 11, 23)  # the day of the user guide's pictures: most sessions over
MIDNIGHT = datetime.combine(TODAY, time(0, 0))


def filled(path: Path, template: Path, year: int = YEAR, today: date = TODAY) -> Database:
    shutil.copyfile(template, path)
    db = Database.open(path, daily_backup=False)
    demo.fill(db, year, today=today)
    return db


@pytest.fixture(scope="module")
def year_db(_migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demonstration year seen on TODAY, made once for the tests that only read it."""
    folder = tmp_path_factory.mktemp("demo-quality")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(folder / "home"))
        patch.setenv("XDG_DATA_HOME", str(folder / "home" / "data"))
        database = filled(folder / "demo.sqlite", _migrated_template)
        yield database
        database.close()


def ended(db: Database) -> list[sessions.SessionRow]:
    return [row for row in sessions.list_sessions(db) if row.status is SessionStatus.COMPLETED]


def answer_set(db: Database) -> list[tuple[object, ...]]:
    """Every questionnaire with whom it is about, its dates and its answers."""
    query = (select(TrainingSession.code, FormVersion.key, FormResponse.respondent_name,
                    Registration.participant_id, FormResponse.status, FormResponse.sent_at,
                    FormResponse.reminded_at, FormResponse.answered_at, FormResponse.source,
                    FormResponse.answers)
             .join(FormVersion, FormVersion.id == FormResponse.form_version_id)
             .join(TrainingSession, TrainingSession.id == FormResponse.session_id)
             .outerjoin(Registration, Registration.id == FormResponse.registration_id)
             .order_by(FormResponse.id))
    with db.session() as s:
        return [tuple(row) for row in s.execute(query)]


# --- questionnaires and grids ---------------------------------------------------------------------

def test_each_session_over_has_results_with_charts_and_a_realistic_satisfaction(
        year_db: Database) -> None:
    over = ended(year_db)
    assert len(over) >= 15
    answers = satisfied = 0
    for row in over:
        results = forms_results.session_results(year_db, row.id)
        assert results.respondents >= 1 and results.assessed >= 1, row.code
        rate = results.rate_of(FormKind.SATISFACTION)
        assert rate is not None and rate.answered >= 0.6 * rate.prepared, row.code
        assert results.appreciation.satisfied_rate is not None
        assert 60 <= results.appreciation.satisfied_rate <= 100, row.code
        assert any(q.mean is not None for q in results.questions)  # the 1-10 mark
        assert results.objectives and all(o.exit_rated for o in results.objectives)
        assert sum(o.progressed for o in results.objectives) > 0, row.code  # people progressed
        assert sum(o.exit_acquired for o in results.objectives) \
            > sum(o.entry_acquired for o in results.objectives), row.code
        answers += results.appreciation.answers
        satisfied += results.appreciation.satisfied
    assert 0.8 <= satisfied / answers <= 0.97  # « 90 % satisfied », not a perfect score
    comments = [c for row in over for group in forms_results.session_results(year_db, row.id)
                .comments for c in group.comments]
    assert 15 <= len(comments) and len({c.text for c in comments}) >= 10


def test_needs_grids_come_back_before_the_first_day_and_a_few_do_not(year_db: Database) -> None:
    started = [row for row in sessions.list_sessions(year_db)
               if row.start_date < TODAY and row.status is not SessionStatus.CANCELLED]
    states: Counter[str] = Counter()
    for row in started:
        for status in forms_store.session_status(year_db, row.id, TODAY):
            if status.template_key != "besoins":
                continue
            states[status.state.value] += 1
            if status.answered_at is not None:
                assert status.sent_at is not None and status.sent_at < status.answered_at
                assert status.answered_at.date() < row.start_date, row.code
    assert states["answered"] >= 0.85 * sum(states.values())
    assert states["late"] + states["sent"] >= 3 and states["to_send"] >= 1  # one never sent


def test_every_answer_is_one_its_template_accepts_and_dated_before_today(
        year_db: Database) -> None:
    kinds: Counter[str] = Counter()
    for response_id, in answered_ids(year_db):
        response = forms_store.get_response(year_db, response_id)
        assert validate_answers(response.template, response.objectives, response.answers) == {}
        assert response.answered_at is not None and response.answered_at < MIDNIGHT
        assert response.sent_at is None or response.sent_at <= response.answered_at
        kinds[response.template.kind.value] += 1
    assert set(kinds) == {kind.value for kind in FormKind}  # every kind of questionnaire
    assert kinds["satisfaction"] > 100 and 1 <= kinds["employer"] < kinds["followup"]


def answered_ids(db: Database) -> list[tuple[int]]:
    with db.session() as s:
        return [(i,) for i in s.scalars(select(FormResponse.id)
                                         .where(FormResponse.status == "answered"))]


def test_the_follow_up_page_shows_every_state_and_a_majority_of_answers(year_db: Database) -> None:
    rows = followups.overview(year_db, MIDNIGHT, mail.get_settings(year_db).reminder_days)
    states = Counter(row.state for row in rows)
    assert {FollowupState.UPCOMING, FollowupState.DUE, FollowupState.SENT, FollowupState.TO_REMIND,
            FollowupState.REMINDED, FollowupState.ANSWERED, FollowupState.NOT_SENT} <= set(states)
    asked = [row for row in rows if row.state.awaiting or row.state is FollowupState.ANSWERED]
    answered = [row for row in asked if row.state is FollowupState.ANSWERED]
    assert 0.55 <= len(answered) / len(asked) <= 0.85
    assert any(row.reminded_at is not None for row in answered)  # answered after the reminder
    assert any(row.template_key == followups.EMPLOYER_KEY for row in answered)
    for row in rows:
        if row.state is not FollowupState.UPCOMING:
            assert row.due_on <= TODAY
        assert row.sent_at is None or row.due_on <= row.sent_at.date() < TODAY
    assert [row.reason for row in rows if row.state is FollowupState.NOT_SENT] == [
        "a demandé à ne pas être contacté·e"]


# --- quality registers -----------------------------------------------------------------------------

def test_the_registers_are_kept_like_a_small_association_keeps_them(year_db: Database) -> None:
    complaints = registers.list_complaints(year_db, TODAY)
    assert [c.status for c in complaints] == [ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.CLOSED]
    assert complaints[1].answer and all(c.session_id for c in complaints)
    actions = registers.list_improvements(year_db, TODAY)
    assert 3 <= len(actions) <= 4
    assert Counter(a.status for a in actions) == {ActionStatus.DONE: len(actions) - 1,
                                                 ActionStatus.TODO: 1}
    assert any(a.complaint_id == complaints[1].id and a.session_id for a in actions)
    watch = registers_environment.list_watch(year_db)
    assert 5 <= len(watch) <= 6 and {w.kind for w in watch} == set(WatchKind)
    assert len(registers_environment.list_partners(year_db)) >= 2
    trainers = people.list_trainers(year_db)
    assert all(list_attachments(year_db, "trainer", t.id or 0) for t in trainers)  # CVs
    trained = {t.trainer_id for t in registers_environment.list_trainer_trainings(year_db)}
    assert trained == {t.id for t in trainers}
    assert organisation.get_organisation(year_db).disability_referent
    dates = [c.received_on for c in complaints] + [a.created_on for a in actions] + [
        a.done_on for a in actions if a.done_on] + [w.on for w in watch]
    assert max(dates) <= TODAY
    # The one gap left on purpose: the external trainer's last training is over two years old.
    assert registers.gaps(year_db, TODAY) == [
        "Formateur·rice Sophie HENNEBELLE : aucune formation suivie depuis 24 mois"]


def test_one_session_has_its_certificates_issued(year_db: Database) -> None:
    issued = issuing.list_issued(year_db)
    assert issued and {d.kind for d in issued} == {"realisation"}
    assert len({d.session_id for d in issued}) == 1


def test_the_audit_page_shows_mostly_green_some_orange_and_a_few_red(year_db: Database) -> None:
    found = readiness.readiness(year_db, readiness.Selection(
        date(YEAR, 1, 1), date(YEAR, 12, 31), today=TODAY))
    totals = found.totals
    assert totals[readiness.Level.GREEN] > totals[readiness.Level.ORANGE] \
        > totals[readiness.Level.RED] > 0
    old = [s for s in found.sessions if (TODAY - s.end).days > 120]
    for session in old:
        levels = Counter(check.level for check in session.applicable)
        assert levels[readiness.Level.GREEN] >= len(session.applicable) * 0.6, session.code
    organisation_levels = Counter(check.level for check in found.organisation)
    assert organisation_levels[readiness.Level.RED] == 1
    assert organisation_levels[readiness.Level.GREEN] == len(found.organisation) - 1


def test_an_answered_session_goes_into_the_audit_folder(year_db: Database, tmp_path: Path) -> None:
    session = min(ended(year_db), key=lambda row: row.seated)
    result = audit_export.build(year_db, readiness.Selection(session_ids=(session.id,),
                                                             today=TODAY), tmp_path / "a.zip")
    assert result is not None and result.failures == ()
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
    assert any(n.endswith("Synthèse des résultats.pdf") for n in names)
    for key in ("besoins", "satisfaction-chaud", "evaluation-acquis", "bilan-individuel"):
        assert any(n.endswith(f"_{key}.pdf") for n in names), key


# --- the same year, the same day -------------------------------------------------------------------

def test_the_same_year_seen_the_same_day_gives_the_same_answers(
        year_db: Database, _migrated_template: Path, tmp_path: Path) -> None:
    again = filled(tmp_path / "again.sqlite", _migrated_template)
    try:
        assert answer_set(again) == answer_set(year_db)
        assert registers.list_complaints(again, TODAY) == registers.list_complaints(year_db, TODAY)
        assert [(w.on, w.summary) for w in registers_environment.list_watch(again)] == [
            (w.on, w.summary) for w in registers_environment.list_watch(year_db)]
    finally:
        again.close()


def test_mid_year_nothing_is_dated_after_today(_migrated_template: Path, tmp_path: Path) -> None:
    today = date(YEAR, 6, 18)
    db = filled(tmp_path / "june.sqlite", _migrated_template, today=today)
    try:
        rows = answer_set(db)
        assert len([r for r in rows if r[4] == "answered"]) > 100
        for row in rows:
            for moment in row[5:8]:
                assert moment is None or moment < datetime.combine(today, time(0, 0)), row
        over = {row.code for row in ended(db)}
        assert {row[0] for row in rows if row[1] == "satisfaction_chaud"} == over
        for complaint in registers.list_complaints(db, today):
            assert complaint.received_on <= today and not complaint.overdue
        assert all(w.on <= today for w in registers_environment.list_watch(db))
    finally:
        db.close()


def test_a_past_year_has_every_follow_up_sent(_migrated_template: Path, tmp_path: Path) -> None:
    db = filled(tmp_path / "past.sqlite", _migrated_template, year=YEAR - 1)
    try:
        rows = followups.overview(db, MIDNIGHT, mail.get_settings(db).reminder_days)
        states = Counter(row.state for row in rows)
        assert states[FollowupState.ANSWERED] > len(rows) / 2
        assert not {FollowupState.UPCOMING, FollowupState.DUE} & set(states)
        assert states[FollowupState.NOT_SENT] == 1  # the person who asked not to be contacted
    finally:
        db.close()


# --- answers that fit an organisation's own templates ----------------------------------------------

def test_answers_fit_an_organisations_own_copy_of_a_template() -> None:
    user_copy("satisfaction_chaud", 2,
              ('appreciation = ["Très bien", "Bien", "Moyen", "Insuffisant"]',
               'appreciation = ["Excellent", "Satisfaisant", "Décevant"]'),
              ('id = "rythme"', 'id = "duree_adaptee"'))
    from formation.forms import default_folders, load_all

    templates, errors = load_all(default_folders())
    assert errors == [] and templates["satisfaction_chaud"].version == 2
    template = templates["satisfaction_chaud"]
    wanted: dict[str, str | int | bool] = {
        "contenus": 1, "rythme": 1, "note_globale": 9, "recommandation": True,
        "lieu": "Très bien", "groupe": "Très bien", "points_forts": "Les études de cas."}
    answers = fit(template, ["Un objectif"], wanted, TODAY)
    assert validate_answers(template, ["Un objectif"], answers) == {}
    assert answers["contenus"] == "Satisfaisant" and "rythme" not in answers
    assert answers["duree_adaptee"] == "Excellent"  # required, not known: a plain answer
    assert answers["lieu"] == "Excellent"  # refused by this copy, required: a plain answer
    assert "groupe" not in answers  # refused, not required: left out
    assert json.dumps(answers, ensure_ascii=False)
    assert fit(shipped_templates()["satisfaction_chaud"], [], wanted, TODAY)["rythme"] == "Bien"
