"""Results of the questionnaires: satisfaction per question, acquired skills per objective, response
rates, the PDF and CSV exports, and the assessment results on the attestation de fin de formation.

Every expected figure is counted here, from the answers the test records, not read from the code.
Also holds the scenario the other results tests share (`answered_session`).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from formation import cli
from formation.core.enums import RegistrationStatus
from formation.documents import results_pdf
from formation.documents.end_of_training import SEE_GRID
from formation.forms import Template
from formation.services import catalogue, forms_results, forms_store, issuing, registrations, sessions
from formation.services.forms_results import APPRECIATION, SATISFIED_LEVELS
from formation.storage.database import Database
from tests.test_documents_world import AFTER, OBJECTIVES, World, build_world, flat, pdf_text
from tests.test_forms_store import newcomer, shipped_templates, templates_in_use, user_copy

ANSWERED = datetime(2026, 3, 13, 17, 30)
ACQUIRED = "Acquis"
LEVELS = ["Non acquis", "En cours d'acquisition", "Acquis"]  # lowest first
NA, EC, A = LEVELS
APPRECIATIONS = ["contenus", "atteinte_objectifs", "supports", "formateur", "methodes",
                 "organisation", "rythme", "lieu", "groupe"]

# One line per participant who answers: the 9 appreciations ("" = left blank), the global mark,
# whether they would recommend it, and two comments.
SATISFACTION = {
    "Dupont": (["Très bien"] * 6 + ["Bien", "Très bien", "Très bien"], 9, "oui",
               "Les études de cas sur nos propres statuts", ""),
    "Martin": (["Bien", "Très bien", "Bien", "Très bien", "Moyen", "Bien", "Insuffisant", "Bien", ""],
               7, "oui", "", "Trop dense le deuxième après-midi"),
    "Petit000": (["Très bien", "Bien", "Moyen", "Très bien", "Bien", "Très bien", "Moyen", "Bien",
                  "Bien"], 6, "non", "La formatrice", "Plus de pauses"),
    "Petit001": (["Très bien"] * 8 + [""], 10, "oui", "", ""),
    "Petit002": (["Bien", "Bien", "Très bien", "Très bien", "Très bien", "Moyen", "Bien", "Bien",
                  "Très bien"], 8, "oui", "Les échanges entre associations", ""),
}
# Œuvray does not answer. Assessment: (entry, exit) per objective; Petit002 and Œuvray not assessed.
GRIDS = {
    "Dupont": [(NA, A), (EC, A), (A, A)],
    "Martin": [(EC, EC), (NA, EC), (NA, A)],
    "Petit000": [(NA, EC), (EC, EC), (EC, A)],
    "Petit001": [(A, A), (NA, NA), (EC, EC)],
}


def raw_satisfaction(name: str) -> dict[str, object]:
    levels, mark, recommend, good, better = SATISFACTION[name]
    raw: dict[str, object] = {qid: level for qid, level in zip(APPRECIATIONS, levels, strict=True)}
    raw |= {"note_globale": mark, "recommandation": recommend, "points_forts": good,
            "ameliorations": better}
    return raw


def raw_grid(name: str) -> dict[str, object]:
    raw: dict[str, object] = {"modalites_evaluation": ["Étude de cas", "Mise en situation"],
                              "appreciation_generale": "Bonne implication."}
    for number, (entry, exit_) in enumerate(GRIDS[name], start=1):
        raw[f"acquis__{number}__entree"], raw[f"acquis__{number}__sortie"] = entry, exit_
    return raw


@dataclass
class Answered:
    world: World
    templates: dict[str, Template]
    satisfaction: dict[str, int]  # response id by last name
    grids: dict[str, int]


def answered_session(db: Database) -> Answered:
    """The documents' world with six participants; five answer the satisfaction questionnaire,
    the trainer fills four assessment grids."""
    world = build_world(db, people_count=3)
    templates = shipped_templates()
    by_registration = {rid: name for name, rid in world.reg.items()}
    satisfaction = {by_registration[forms_store.get_response(db, rid).registration_id or 0]: rid
                    for rid in forms_store.prepare(db, world.session_id, "satisfaction_chaud",
                                                   templates)}
    grids = {by_registration[forms_store.get_response(db, rid).registration_id or 0]: rid
             for rid in forms_store.prepare(db, world.session_id, "evaluation_acquis", templates)}
    forms_store.mark_sent(db, list(satisfaction.values()), datetime(2026, 3, 13, 16, 0))
    for name in SATISFACTION:
        forms_store.record_answers(db, satisfaction[name], raw_satisfaction(name), "screen", ANSWERED)
    for name in GRIDS:
        forms_store.record_answers(db, grids[name], raw_grid(name), "screen", ANSWERED)
    return Answered(world, templates, satisfaction, grids)


@pytest.fixture
def answered(db: Database) -> Answered:
    return answered_session(db)


def pct(part: int, whole: int) -> float:
    return part * 100 / whole


# --- satisfaction ---------------------------------------------------------------------------------

def test_each_question_counts_its_answers_and_its_satisfied_share(db: Database,
                                                                 answered: Answered) -> None:
    results = forms_results.session_results(db, answered.world.session_id)
    by_id = {q.question_id: q for q in results.questions}
    assert results.respondents == 5
    for n, qid in enumerate(APPRECIATIONS):
        given = [SATISFACTION[name][0][n] for name in SATISFACTION if SATISFACTION[name][0][n]]
        counts = Counter(given)
        question = by_id[qid]
        assert question.answered == len(given)
        assert [(c.label, c.count) for c in question.choices] == [
            (level, counts[level]) for level in APPRECIATION]
        for choice in question.choices:
            assert choice.percent == pytest.approx(pct(counts[choice.label], len(given)))
        satisfied = sum(counts[level] for level in SATISFIED_LEVELS)
        assert question.satisfied == satisfied
        assert question.satisfied_rate == pytest.approx(pct(satisfied, len(given)))
    marks = [SATISFACTION[name][1] for name in SATISFACTION]
    note = by_id["note_globale"]
    assert [c.label for c in note.choices] == [str(n) for n in range(1, 11)]
    assert {c.label: c.count for c in note.choices if c.count} == {str(m): k for m, k in
                                                                   Counter(marks).items()}
    assert note.satisfied == sum(1 for m in marks if m >= 7) == 4
    assert note.mean == pytest.approx(sum(marks) / len(marks))
    yes = sum(1 for name in SATISFACTION if SATISFACTION[name][2] == "oui")
    recommend = by_id["recommandation"]
    assert [(c.label, c.count) for c in recommend.choices] == [("Oui", yes), ("Non", 5 - yes)]
    assert recommend.satisfied_rate == pytest.approx(pct(yes, 5))
    unanswered = by_id["mise_en_pratique_prevue"]
    assert unanswered.answered == 0 and unanswered.satisfied is None
    assert all(c.count == 0 and c.percent is None for c in unanswered.choices)


def test_the_pooled_appreciation_is_the_activity_reports_figure(db: Database,
                                                               answered: Answered) -> None:
    given = Counter(level for name in SATISFACTION for level in SATISFACTION[name][0] if level)
    total = sum(given.values())
    pooled = forms_results.session_results(db, answered.world.session_id).appreciation
    assert pooled.answers == total
    assert pooled.level("Très bien").count == given["Très bien"]
    assert pooled.level("très bien").percent == pytest.approx(pct(given["Très bien"], total))
    assert pooled.level("Bien").percent == pytest.approx(pct(given["Bien"], total))
    assert pooled.satisfied_rate == pytest.approx(pct(given["Très bien"] + given["Bien"], total))


def test_answers_to_an_older_version_keep_counting_as_they_were_asked(db: Database,
                                                                     answered: Answered) -> None:
    user_copy("satisfaction_chaud", 2,
              ('appreciation = ["Très bien", "Bien", "Moyen", "Insuffisant"]',
               'appreciation = ["Excellent", "Correct", "À revoir"]'),
              ("Les contenus (intérêt, adaptation à vos besoins)", "Le contenu"))
    [rid] = forms_store.prepare(db, answered.world.session_id, "satisfaction_chaud", templates_in_use(),
                                only_registrations={newcomer(db, answered.world)})
    raw = {**raw_satisfaction("Dupont"), **dict.fromkeys(APPRECIATIONS, "Excellent")}
    forms_store.record_answers(db, rid, raw, "screen", ANSWERED)
    results = forms_results.session_results(db, answered.world.session_id)
    contents = next(q for q in results.questions if q.question_id == "contenus")
    assert contents.label == "Le contenu"  # the newest wording
    assert [(c.label, c.count) for c in contents.choices] == [
        ("Excellent", 1), ("Correct", 0), ("À revoir", 0), ("Très bien", 3), ("Bien", 2)]
    assert (contents.answered, contents.satisfied) == (6, 5)  # "Excellent" has no rule to judge it
    before = Counter(level for name in SATISFACTION for level in SATISFACTION[name][0] if level)
    assert results.appreciation.answers == sum(before.values())  # the four-level answers only
    assert results.respondents == 6


def test_comments_come_with_their_session_and_no_name(db: Database, answered: Answered) -> None:
    results = forms_results.session_results(db, answered.world.session_id)
    groups = {g.field_id: g for g in results.comments}
    good = [SATISFACTION[name][3] for name in SATISFACTION if SATISFACTION[name][3]]
    assert [c.text for c in groups["points_forts"].comments] == good  # in the order of the answers
    assert {c.text for c in groups["ameliorations"].comments} == {"Trop dense le deuxième après-midi",
                                                                  "Plus de pauses"}
    assert {c.session_code for g in results.comments for c in g.comments} == {answered.world.code}
    assert "autres_besoins" not in groups  # nobody wrote anything there


def test_response_rates_leave_out_the_cancelled_who_did_not_answer(db: Database,
                                                                  answered: Answered) -> None:
    rates = {r.template_key: r for r in forms_results.session_results(
        db, answered.world.session_id).rates}
    assert (rates["satisfaction_chaud"].prepared, rates["satisfaction_chaud"].answered) == (6, 5)
    assert rates["satisfaction_chaud"].rate == pytest.approx(pct(5, 6))
    assert (rates["evaluation_acquis"].prepared, rates["evaluation_acquis"].answered) == (6, 4)
    assert [r.template_key for r in rates.values()] == ["evaluation_acquis", "satisfaction_chaud"]
    registrations.set_status(db, answered.world.reg["Œuvray"], RegistrationStatus.CANCELLED, "Malade")
    registrations.set_status(db, answered.world.reg["Dupont"], RegistrationStatus.ABANDONED, "Parti")
    results = forms_results.session_results(db, answered.world.session_id)
    satisfaction = results.rate_of(forms_results.FormKind.SATISFACTION)
    assert satisfaction is not None and (satisfaction.prepared, satisfaction.answered) == (5, 5)


def test_a_course_year_gathers_its_sessions_only(db: Database, answered: Answered) -> None:
    world = answered.world
    later = sessions.save_session(db, sessions.new_session_for(db, world.course_id, date(2027, 3, 11)))
    registrations.register(db, _person(db), later)
    [rid] = forms_store.prepare(db, later, "satisfaction_chaud", answered.templates)
    forms_store.record_answers(db, rid, {**raw_satisfaction("Dupont"), "contenus": "Insuffisant",
                                         "points_forts": "Une autre année"}, "pdf", ANSWERED)
    code = sessions.get_session(db, later).code
    this_year = forms_results.course_results(db, world.course_id, 2026)
    both = forms_results.course_results(db, world.course_id)
    assert [s.code for s in this_year.scope.sessions] == [world.code]
    assert [s.code for s in both.scope.sessions] == [world.code, code]
    assert (this_year.respondents, both.respondents) == (5, 6)
    contents = {q.question_id: q for q in both.questions}["contenus"]
    assert {c.label: c.count for c in contents.choices}["Insuffisant"] == 1
    assert this_year.scope.label == "Toutes les sessions de 2026 (1 session)"
    comment = next(c for g in both.comments for c in g.comments if c.text == "Une autre année")
    assert comment.session_code == code
    assert forms_results.course_results(db, world.course_id, 2030).empty


def _person(db: Database) -> int:
    from formation.services import people

    return people.save_participant(db, people.ParticipantData(first_name="Inès", last_name="Tard"))


# --- assessment ----------------------------------------------------------------------------------

def test_each_objective_shows_entry_exit_and_who_progressed(db: Database, answered: Answered) -> None:
    objectives = forms_results.session_results(db, answered.world.session_id).objectives
    assert [(o.number, o.text) for o in objectives] == list(enumerate(OBJECTIVES, start=1))
    for n, objective in enumerate(objectives):
        pairs = [GRIDS[name][n] for name in GRIDS]
        entries, exits = Counter(p[0] for p in pairs), Counter(p[1] for p in pairs)
        assert objective.levels == tuple(LEVELS) and objective.acquired_level == ACQUIRED
        assert [(c.label, c.count) for c in objective.entry] == [(lvl, entries[lvl]) for lvl in LEVELS]
        assert [(c.label, c.count) for c in objective.exit] == [(lvl, exits[lvl]) for lvl in LEVELS]
        assert objective.entry_acquired_rate == pytest.approx(pct(entries[A], len(pairs)))
        assert objective.exit_acquired_rate == pytest.approx(pct(exits[A], len(pairs)))
        rose = sum(1 for entry, exit_ in pairs if LEVELS.index(exit_) > LEVELS.index(entry))
        assert (objective.compared, objective.progressed) == (len(pairs), rose)
    assert [o.progressed for o in objectives] == [2, 2, 2]
    assert [o.exit_acquired for o in objectives] == [2, 1, 3]


def test_results_for_gives_the_exit_level_per_objective(db: Database, answered: Answered) -> None:
    reg = answered.world.reg
    assert forms_results.results_for(db, reg["Martin"]) == {
        OBJECTIVES[0]: EC, OBJECTIVES[1]: EC, OBJECTIVES[2]: A}
    assert forms_results.results_for(db, reg["Dupont"]) == dict.fromkeys(OBJECTIVES, A)
    assert forms_results.results_for(db, reg["Petit002"]) == {}  # prepared, not filled in


def test_the_attestation_prints_the_grids_results_by_itself(db: Database, answered: Answered) -> None:
    reg = answered.world.reg
    document = issuing.issue(db, "fin", registration_id=reg["Martin"], issued_by="A", now=AFTER)
    text = pdf_text(issuing.show(db, document.id))
    assert SEE_GRID not in text
    for objective, level in zip(OBJECTIVES, (EC, EC, A), strict=True):
        assert f"{objective} {level}" in text
    without = issuing.issue(db, "fin", registration_id=reg["Petit002"], issued_by="A", now=AFTER)
    text = pdf_text(issuing.show(db, without.id))
    assert SEE_GRID in text and "Non évalué" not in text
    explicit = issuing.issue(db, "fin", registration_id=reg["Dupont"], issued_by="A", now=AFTER,
                             results={OBJECTIVES[0]: "Acquis partiellement"})
    assert "Acquis partiellement" in pdf_text(issuing.show(db, explicit.id))  # given results win


def test_a_reworded_objective_is_left_out_not_refused(db: Database, answered: Answered) -> None:
    course = catalogue.get_course(db, answered.world.course_id)
    course.objectives = [OBJECTIVES[0], "Animer une réunion de bureau", OBJECTIVES[2]]
    catalogue.save_course(db, course)
    reg = answered.world.reg["Martin"]
    assert forms_results.results_for(db, reg) == {OBJECTIVES[0]: EC, OBJECTIVES[2]: A}
    document = issuing.issue(db, "fin", registration_id=reg, issued_by="A", now=AFTER)
    text = pdf_text(issuing.show(db, document.id))
    assert "Animer une réunion de bureau Non évalué" in text
    objectives = forms_results.session_results(db, answered.world.session_id).objectives
    assert [o.text for o in objectives] == [OBJECTIVES[0], OBJECTIVES[2], OBJECTIVES[1]]
    assert [o.number for o in objectives] == [1, 3, 4]  # the old wording comes after the course's


# --- exports ---------------------------------------------------------------------------------------

def read_csv(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def test_the_csv_opens_as_french_excel_reads_it(db: Database, answered: Answered) -> None:
    results = forms_results.session_results(db, answered.world.session_id)
    rows = read_csv(results_pdf.results_csv(results))
    assert rows[0] == list(results_pdf.CSV_HEADER)
    assert all(len(row) == len(rows[0]) for row in rows)
    contents = [r for r in rows if r[0] == "Satisfaction" and r[1].startswith("Les contenus")]
    counts = Counter(SATISFACTION[name][0][0] for name in SATISFACTION)
    for level in APPRECIATION:
        [row] = [r for r in contents if r[2] == level]
        assert (int(row[3]), int(row[4])) == (counts[level], 5)
        assert float(row[5].replace(",", ".")) == pytest.approx(pct(counts[level], 5), abs=0.05)
    [satisfied] = [r for r in contents if r[2] == "Réponses satisfaites"]
    assert satisfied[3:6] == [str(counts["Très bien"] + counts["Bien"]), "5", "100,0"]
    [rate] = [r for r in rows if r[0] == "Taux de réponse" and "satisfaction" in r[1]]
    assert rate[3:6] == ["5", "6", "83,3"]
    progress = [r for r in rows if r[0] == "Progression"]
    assert [(r[1], r[3], r[4]) for r in progress] == [
        (f"{n}. {text}", "2", "4") for n, text in enumerate(OBJECTIVES, start=1)]
    exits = [r for r in rows if r[0] == "Acquis à la sortie" and r[1].startswith("2.")]
    assert {r[2]: r[3] for r in exits} == {NA: "1", EC: "2", A: "1"}
    [comment] = [r for r in rows if r[0] == "Commentaires" and r[2] == "Plus de pauses"]
    assert comment[6] == answered.world.code


def test_the_pdf_shows_figures_bars_and_comments(db: Database, answered: Answered,
                                                 tmp_path: Path) -> None:
    results = forms_results.session_results(db, answered.world.session_id)
    pdf = results_pdf.results_pdf(db, results, date(2026, 3, 16))
    text = pdf_text(pdf)
    pooled = results.appreciation
    for fragment in ("Résultats des évaluations", "Le fonctionnement associatif",
                     f"Session {answered.world.code}",
                     "Les contenus (intérêt, adaptation à vos besoins)",
                     flat(results_pdf.percent(pooled.satisfied_rate)), "Votre satisfaction globale",
                     "moyenne 8,0 / 10", "Acquis par objectif", OBJECTIVES[1],
                     "2 participant·es sur 4 ont progressé", "Plus de pauses", "Taux de réponse",
                     "83 %", "édité le 16/03/2026"):
        assert fragment in text, fragment
    assert "DUPONT" not in text and "Martin" not in text  # comments are not signed


def test_an_empty_scope_says_so(db: Database) -> None:
    world = build_world(db)
    results = forms_results.session_results(db, world.session_id)
    assert results.empty and not results.questions and not results.objectives
    assert "n'a encore de réponse" in pdf_text(results_pdf.results_pdf(db, results))
    assert read_csv(results_pdf.results_csv(results))[1][0] == "Périmètre"


def test_the_command_writes_pdf_or_csv(db: Database, db_path: Path, answered: Answered, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", str(db_path), "forms", "results"]
    out = tmp_path / "session.pdf"
    assert cli.main([*base, "--session", answered.world.code, "--out", str(out)]) == 0
    assert "Résultats des évaluations" in pdf_text(out.read_bytes())
    table = tmp_path / "annee.csv"
    assert cli.main([*base, "--course", "FONCT", "--year", "2026", "--out", str(table)]) == 0
    assert any(r[0] == "Progression" for r in read_csv(table.read_bytes()))
    assert "Toutes les sessions de 2026" in capsys.readouterr().out
    assert cli.main([*base, "--course", "FONCT", "--out", str(tmp_path / "x.txt")]) == 1
    assert cli.main([*base, "--session", answered.world.code, "--course", "FONCT",
                     "--out", str(out)]) == 1
    assert cli.main([*base, "--course", "NOPE", "--out", str(table)]) == 1
    assert "Aucune formation n'a le code « NOPE »" in capsys.readouterr().err
