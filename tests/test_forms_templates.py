"""Questionnaire and grid templates: shipped, broken, user copies; answers; `formation forms check`."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from formation import resources
from formation.cli import main
from formation.core.errors import ValidationError
from formation.forms import (
    FormKind,
    QuestionType,
    Respondent,
    Template,
    TemplateError,
    fields_for,
    load_all,
    load_template,
    normalise,
    validate_answers,
)
from formation.forms.catalog import default_folders, user_folder
from formation.forms.model import ID_PATTERN

SHIPPED = resources.forms_folder()
SHIPPED_FILES = sorted(SHIPPED.glob("*.toml"))
OBJECTIVES = [
    "Identifier les obligations d'une association employeuse",
    "Rédiger un contrat de travail et une fiche de poste",
    "Organiser les entretiens professionnels",
]
EXPECTED_KEYS = {"besoins", "positionnement", "evaluation_acquis", "satisfaction_chaud",
                 "suivi_froid", "employeur", "formateur", "bilan_individuel"}


def shipped(key: str) -> Template:
    return load_template(SHIPPED / f"{key}.toml")


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    return lines[occurrence - 1]


# --- the shipped templates ---------------------------------------------------------------------

def test_every_kind_of_the_cycle_is_shipped() -> None:
    templates, errors = load_all([SHIPPED])
    assert errors == []
    assert set(templates) == EXPECTED_KEYS
    assert {t.kind for t in templates.values()} == set(FormKind)
    assert templates["evaluation_acquis"].respondent is Respondent.TRAINER
    assert templates["employeur"].respondent is Respondent.EMPLOYER


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.stem)
def test_shipped_template_parses_with_unique_stable_ids(path: Path) -> None:
    template = load_template(path)
    assert template.key == path.stem and template.version >= 1
    assert template.title and template.sections and template.path == path
    ids = [q.id for q in template.questions()]
    assert len(ids) == len(set(ids)) and all(ID_PATTERN.fullmatch(i) for i in ids)
    field_ids = [f.id for f in fields_for(template, OBJECTIVES)]
    assert len(field_ids) == len(set(field_ids))
    for question in template.questions():
        assert question.label and not question.label.startswith(" ")
        if question.type.has_choices:
            assert len(question.choices) >= 2
        if question.type is QuestionType.SCALE:
            assert question.min is not None and question.max is not None
    assert template.source == path.read_text(encoding="utf-8")
    assert len(template.sha256) == 64


def test_assessment_grid_expands_per_objective_phase_and_comment() -> None:
    template = shipped("evaluation_acquis")
    fields = [f for f in fields_for(template, OBJECTIVES) if f.question.id == "acquis"]
    assert [f.id for f in fields] == [
        "acquis__1__entree", "acquis__1__sortie", "acquis__1__commentaire",
        "acquis__2__entree", "acquis__2__sortie", "acquis__2__commentaire",
        "acquis__3__entree", "acquis__3__sortie", "acquis__3__commentaire",
    ]
    exit_3 = fields[7]
    assert exit_3.type is QuestionType.SINGLE_CHOICE and exit_3.required
    assert exit_3.choices == ("Non acquis", "En cours d'acquisition", "Acquis")
    assert exit_3.objective == 3 and exit_3.objective_text == OBJECTIVES[2]
    assert exit_3.phase is not None and (exit_3.phase.id, exit_3.phase.label) == ("sortie", "sortie")
    comment = fields[8]
    assert comment.is_comment and comment.type is QuestionType.LONG_TEXT and not comment.required
    assert comment.label == "Commentaire du formateur ou de la formatrice"
    # without objectives (not known yet) the grid has no field, the rest is still there
    assert [f.id for f in fields_for(template)] == [
        "modalites_evaluation", "modalites_evaluation__commentaire", "appreciation_generale"]


def test_positioning_grid_without_phases_has_one_field_per_objective() -> None:
    template = shipped("positionnement")
    ids = [f.id for f in fields_for(template, OBJECTIVES) if f.question.id == "niveau"]
    assert ids == ["niveau__1", "niveau__1__commentaire", "niveau__2", "niveau__2__commentaire",
                   "niveau__3", "niveau__3__commentaire"]
    assert template.question("niveau").columns == (
        "Je découvre", "J'ai des notions", "Je pratique", "Je maîtrise")
    assert template.question("niveau").choices_list == "maitrise"


def test_needs_grid_marks_specific_needs_as_sensitive() -> None:
    template = shipped("besoins")
    sensitive = {f.id for f in fields_for(template) if f.sensitive}
    assert sensitive == {"besoins_specifiques", "besoins_specifiques__commentaire",
                         "contact_referent_handicap"}
    assert template.introduction.startswith("Vous êtes inscrit·e") and "\n" not in template.introduction


def test_satisfaction_shares_one_rating_list() -> None:
    template = shipped("satisfaction_chaud")
    rated = [q for q in template.questions() if q.choices_list == "appreciation"]
    assert len(rated) >= 6
    assert all(q.choices == ("Très bien", "Bien", "Moyen", "Insuffisant") for q in rated)
    overall = template.question("note_globale")
    assert (overall.min, overall.max) == (1, 10)


# --- broken templates --------------------------------------------------------------------------

def write_variant(folder: Path, name: str, old: str, new: str, count: int = 1) -> tuple[Path, str]:
    text = (SHIPPED / "besoins.toml").read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, count).replace('key = "besoins"', f'key = "{name}"')
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path, text


def assert_error(path: Path, line: int, *words: str) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    error = caught.value
    assert (error.path, error.line) == (path, line), str(error)
    assert str(error).startswith(f"{path.name}, ligne {line} : ")
    for word in words:
        assert word in error.message
    return error


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path, text = write_variant(tmp_path, "syntaxe", 'label = "Votre fonction ou votre rôle',
                               'label = Votre fonction ou votre rôle')
    assert_error(path, line_of(text, "label = Votre fonction"), "syntaxe TOML", "guillemets")


def test_unterminated_string_is_pointed_at(tmp_path: Path) -> None:
    path, text = write_variant(tmp_path, "guillemet", 'id = "fonction"', 'id = "fonction')
    assert_error(path, line_of(text, 'id = "fonction'), "guillemet fermant")


def test_unknown_type_names_question_and_line(tmp_path: Path) -> None:
    path, text = write_variant(tmp_path, "type_inconnu", 'type = "short_text"', 'type = "texte_court"')
    error = assert_error(path, line_of(text, "texte_court"), "« fonction »", "texte_court", "short_text")
    assert "ligne" in str(error) and error.location == f"{path}:{error.line}"


def test_duplicate_id_points_to_the_second_one(tmp_path: Path) -> None:
    path, text = write_variant(tmp_path, "doublon", 'id = "attentes"', 'id = "motivation"')
    first, second = line_of(text, 'id = "motivation"'), line_of(text, 'id = "motivation"', 2)
    assert_error(path, second, "en double", f"ligne {first}")


def test_single_choice_without_choices(tmp_path: Path) -> None:
    path, text = write_variant(
        tmp_path, "sans_choix",
        'choices = ["Aucun·e", "1 ou 2", "3 à 10", "11 à 49", "50 ou plus", "Je ne sais pas"]\n', "")
    header = line_of(text, 'id = "structure_salaries"') - 1  # its [[sections.questions]] line
    assert text.splitlines()[header - 1] == "[[sections.questions]]"
    assert_error(path, header, "« structure_salaries »", "il manque `choices`")


def test_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    path, text = write_variant(tmp_path, "faute", 'help = "Son objet', 'aide = "Son objet')
    assert_error(path, line_of(text, 'aide = "Son objet'), "clé inconnue `aide`")
    path, text = write_variant(tmp_path, "faute2", 'required = true\nsensitive',
                               'requierd = true\nsensitive')
    assert_error(path, line_of(text, "requierd"), "vouliez-vous dire `required`")
    path, text = write_variant(tmp_path, "faute3", "[[sections]]\ntitle = \"Vos attentes\"",
                               "[[section]]\ntitle = \"Vos attentes\"")
    assert_error(path, line_of(text, "[[section]]"), "clé inconnue `section`")


@pytest.mark.parametrize(("old", "new", "words"), [
    ('kind = "needs"', 'kind = "besoins"', ("type de modèle", "needs")),
    ("version = 1", 'version = "1"', ("nombre entier",)),
    ('respondent = "participant"', 'respondent = "stagiaire"', ("participant, trainer, employer",)),
    ('id = "fonction"', 'id = "Fonction occupée"', ("minuscules",)),
    ('type = "yes_no"\nrequired = true', 'type = "yes_no"\nrequired = "oui"', ("true",)),
    ('type = "short_text"', 'type = "short_text"\nchoices = ["a", "b"]', ("ne sert qu'aux",)),
])
def test_schema_errors_point_to_their_key(tmp_path: Path, old: str, new: str,
                                          words: tuple[str, ...]) -> None:
    path, text = write_variant(tmp_path, "schema", old, new)
    assert_error(path, line_of(text, new.splitlines()[-1]), *words)


def test_scale_and_matrix_rules(tmp_path: Path) -> None:
    text = (SHIPPED / "evaluation_acquis.toml").read_text(encoding="utf-8")
    path = tmp_path / "grille.toml"
    path.write_text(text.replace('phases = ["entrée", "sortie"]', 'phases = ["sortie", "Sortie"]'),
                    encoding="utf-8")
    assert_error(path, line_of(text, "phases ="), "phase")
    path.write_text(text.replace('columns = ["Non acquis", "En cours d\'acquisition", "Acquis"]',
                                 'columns = "niveaux"'), encoding="utf-8")
    assert_error(path, line_of(text, "columns ="), "« niveaux »", "[lists]")
    text = (SHIPPED / "satisfaction_chaud.toml").read_text(encoding="utf-8")
    path.write_text(text.replace("max = 10", "max = 1"), encoding="utf-8")
    assert_error(path, line_of(text, "max = 10"), "plus grand")


def test_a_template_lists_all_its_problems(tmp_path: Path) -> None:
    from formation.forms import check_template

    path, _ = write_variant(tmp_path, "plusieurs", 'type = "short_text"', 'type = "texte"')
    text = path.read_text(encoding="utf-8").replace('id = "attentes"', 'id = "motivation"')
    path.write_text(text, encoding="utf-8")
    template, errors = check_template(path)
    assert template is None
    assert [e.line for e in errors] == [line_of(text, 'type = "texte"'),
                                        line_of(text, 'id = "motivation"', 2)]


def test_not_utf8_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "ansi.toml"
    path.write_bytes((SHIPPED / "bilan_individuel.toml").read_text(encoding="utf-8").encode("cp1252"))
    with pytest.raises(TemplateError, match="UTF-8"):
        load_template(path)


def test_load_all_goes_on_after_a_broken_template(tmp_path: Path) -> None:
    for path in SHIPPED_FILES:
        shutil.copy(path, tmp_path)
    broken, text = write_variant(tmp_path, "casse", 'type = "short_text"', 'type = "texte"')
    (tmp_path / "vide.toml").write_text("", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("pas un modèle", encoding="utf-8")
    templates, errors = load_all(tmp_path)
    assert set(templates) == EXPECTED_KEYS
    assert [(e.path.name, e.line) for e in errors] == [
        ("casse.toml", line_of(text, 'type = "texte"')), ("vide.toml", 1)]
    assert "vide" in errors[1].message


# --- user copies -------------------------------------------------------------------------------

def test_user_folder_overrides_a_shipped_template_by_key(tmp_path: Path) -> None:
    user = tmp_path / "formulaires"
    user.mkdir()
    text = (SHIPPED / "besoins.toml").read_text(encoding="utf-8")
    (user / "ma_grille.toml").write_text(
        text.replace("version = 1", "version = 2")
            .replace('title = "Grille d\'analyse des besoins"', 'title = "Nos besoins"'),
        encoding="utf-8")
    templates, errors = load_all([SHIPPED, user])
    assert errors == []
    assert templates["besoins"].title == "Nos besoins" and templates["besoins"].version == 2
    assert templates["besoins"].path == user / "ma_grille.toml"
    assert templates["satisfaction_chaud"].path == SHIPPED / "satisfaction_chaud.toml"
    # the order says who wins
    assert load_all([user, SHIPPED])[0]["besoins"].version == 1


def test_an_edited_copy_must_raise_its_version(tmp_path: Path) -> None:
    text = (SHIPPED / "besoins.toml").read_text(encoding="utf-8")
    (tmp_path / "besoins.toml").write_text(text.replace("Pour finir", "Pour conclure"), encoding="utf-8")
    (tmp_path / "copie_identique.toml").write_text(
        (SHIPPED / "suivi_froid.toml").read_text(encoding="utf-8"), encoding="utf-8")
    templates, errors = load_all([SHIPPED, tmp_path])
    assert templates["besoins"].path == SHIPPED / "besoins.toml"  # the shipped one stays
    assert templates["suivi_froid"].path == tmp_path / "copie_identique.toml"
    assert len(errors) == 1
    assert errors[0].line == line_of(text, "version = 1") and "version = 2" in errors[0].message


def test_two_files_with_one_key_in_a_folder(tmp_path: Path) -> None:
    for name in ("a.toml", "b.toml"):
        shutil.copy(SHIPPED / "formateur.toml", tmp_path / name)
    templates, errors = load_all(tmp_path)
    assert templates["formateur"].path == tmp_path / "a.toml"
    assert [(e.path.name, "a.toml" in e.message) for e in errors] == [("b.toml", True)]


def test_default_folders_add_the_user_folder_when_it_exists() -> None:
    assert default_folders() == [SHIPPED]
    user_folder().mkdir()
    assert default_folders() == [SHIPPED, user_folder()]
    assert user_folder().name == "formulaires"


# --- answers -----------------------------------------------------------------------------------

def good_assessment() -> dict[str, object]:
    answers: dict[str, object] = {}
    for n in (1, 2, 3):
        answers[f"acquis__{n}__entree"] = "Non acquis"
        answers[f"acquis__{n}__sortie"] = "acquis"  # case is forgiven
    answers["acquis__2__commentaire"] = "  Rédige seule une fiche de poste complète.  "
    answers["modalites_evaluation"] = "Étude de cas; mise en situation"
    answers["appreciation_generale"] = "Très bonne progression."
    answers["colonne_inconnue"] = "ignorée"
    return answers


def test_validate_accepts_a_good_set_and_normalise_makes_it_json_ready() -> None:
    template = shipped("evaluation_acquis")
    assert validate_answers(template, OBJECTIVES, good_assessment()) == {}
    clean = normalise(template, OBJECTIVES, good_assessment())
    assert clean["acquis__3__sortie"] == "Acquis"
    assert clean["acquis__2__commentaire"] == "Rédige seule une fiche de poste complète."
    assert clean["modalites_evaluation"] == ["Étude de cas", "Mise en situation"]
    assert "colonne_inconnue" not in clean and "acquis__1__commentaire" not in clean
    assert json.loads(json.dumps(clean)) == clean


def test_validate_refuses_missing_required_answers() -> None:
    template = shipped("evaluation_acquis")
    answers = good_assessment()
    del answers["acquis__3__sortie"]
    answers["appreciation_generale"] = "   "
    problems = validate_answers(template, OBJECTIVES, answers)
    assert problems == {"acquis__3__sortie": "Cette réponse est obligatoire.",
                        "appreciation_generale": "Cette réponse est obligatoire."}
    with pytest.raises(ValidationError) as caught:
        normalise(template, OBJECTIVES, answers)
    assert set(caught.value.fields) == set(problems)


def satisfaction_answers() -> dict[str, object]:
    template = shipped("satisfaction_chaud")
    answers: dict[str, object] = {q.id: "Bien" for q in template.questions()
                                  if q.choices_list == "appreciation"}
    answers.update(note_globale="8", recommandation="Oui", mise_en_pratique_prevue="En partie",
                   points_forts="Les cas pratiques.")
    return answers


def test_validate_refuses_choice_scale_and_yes_no_out_of_bounds() -> None:
    template = shipped("satisfaction_chaud")
    assert validate_answers(template, [], satisfaction_answers()) == {}
    clean = normalise(template, [], satisfaction_answers())
    assert clean["note_globale"] == 8 and clean["recommandation"] is True
    bad = satisfaction_answers() | {"contenus": "Excellent", "note_globale": 11,
                                    "recommandation": "peut-être", "rythme": ["Bien"]}
    problems = validate_answers(template, [], bad)
    assert set(problems) == {"contenus", "note_globale", "recommandation", "rythme"}
    assert "« Excellent » n'est pas un des choix proposés" in problems["contenus"]
    assert "Très bien, Bien, Moyen, Insuffisant" in problems["contenus"]
    assert problems["note_globale"] == "La note doit être un nombre entier de 1 à 10."
    assert problems["recommandation"] == "Répondez par oui ou par non."
    for value in (0, "7,5", True, "dix"):
        assert "note_globale" in validate_answers(template, [], satisfaction_answers()
                                                  | {"note_globale": value})
    for value in (10, 1.0, "3"):
        assert validate_answers(template, [], satisfaction_answers() | {"note_globale": value}) == {}


def test_multiple_choice_refuses_a_choice_not_offered() -> None:
    template = shipped("suivi_froid")
    answers = {"mise_en_pratique": "Non", "utilite": 2, "freins": ["Le manque de temps", "La météo"]}
    assert set(validate_answers(template, [], answers)) == {"freins"}


@pytest.mark.parametrize(("value", "expected"), [
    ("15/03/2025", "2025-03-15"), ("5/3/2025", "2025-03-05"), ("2025-03-15", "2025-03-15"),
    (date(2025, 3, 15), "2025-03-15"), (" 15.03.2025 ", "2025-03-15"),
])
def test_dates_in_french_or_iso_become_iso(value: object, expected: str) -> None:
    template = shipped("bilan_individuel")
    answers = {"progression": "Nette.", "points_forts": "L'écoute.", "date_bilan": value}
    assert normalise(template, [], answers)["date_bilan"] == expected


@pytest.mark.parametrize("value", ["31/02/2025", "15/03/25", "demain", "2025-13-01", 20250315])
def test_validate_refuses_a_bad_date(value: object) -> None:
    template = shipped("bilan_individuel")
    answers = {"progression": "Nette.", "points_forts": "L'écoute.", "date_bilan": value}
    assert validate_answers(template, [], answers) == {
        "date_bilan": "Cette date n'est pas valide (exemple : 15/03/2025)."}


def test_yes_no_words() -> None:
    template = shipped("besoins")
    base = {"statut": "bénévole", "motivation": "x", "attentes": "y",
            "experience_sujet": "Je découvre le sujet"}
    for word, expected in (("oui", True), ("NON", False), (False, False), ("o", True), (1, True)):
        clean = normalise(template, [], base | {"besoins_specifiques": word})
        assert clean["besoins_specifiques"] is expected
        assert clean["statut"] == "Bénévole"


# --- formation forms check ---------------------------------------------------------------------

def test_cli_forms_check_on_the_shipped_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "check"]) == 0
    out = capsys.readouterr().out
    ok_lines = [line for line in out.splitlines() if line.startswith("OK  ")]
    assert len(ok_lines) == len(EXPECTED_KEYS)
    assert re.search(r"^OK  besoins v1 — Grille d'analyse des besoins \(\d+ questions\)$", out, re.M)
    assert "8 modèles valides, aucun problème." in out


def test_cli_forms_check_reports_file_and_line(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(SHIPPED / "bilan_individuel.toml", tmp_path)
    path, text = write_variant(tmp_path, "casse", 'id = "attentes"', 'id = "motivation"')
    assert main(["forms", "check", "--folder", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "OK  bilan_individuel v1 — Bilan individuel de fin de formation (6 questions)" in out
    line = line_of(text, 'id = "motivation"', 2)
    assert f"ERREUR  {path}:{line} — question « motivation » : l'identifiant" in out
    assert "1 modèle valide, 1 problème." in out


def test_cli_forms_check_includes_the_user_folder(capsys: pytest.CaptureFixture[str]) -> None:
    user_folder().mkdir()
    text = (SHIPPED / "employeur.toml").read_text(encoding="utf-8")
    (user_folder() / "employeur.toml").write_text(text.replace("version = 1", "version = 3"),
                                                  encoding="utf-8")
    assert main(["forms", "check"]) == 0
    out = capsys.readouterr().out
    assert f"Dossier {user_folder()}" in out
    assert "OK  employeur v3 — Questionnaire aux employeurs (9 questions), remplace employeur v1" in out
    assert main(["forms", "check", "--folder", str(tmp_missing := user_folder() / "absent")]) == 1
    assert f"ERREUR  {tmp_missing} — ce dossier de modèles n'existe pas." in capsys.readouterr().out


def test_the_readme_example_is_a_valid_template() -> None:
    from formation.forms.parser import parse_template

    readme = (SHIPPED / "README.md").read_text(encoding="utf-8")
    example = re.findall(r"```toml\n(.*?)```", readme, re.S)[0]
    template, errors = parse_template(example, SHIPPED / "README.md")
    assert errors == [] and template is not None
    assert [f.id for f in fields_for(template)][:2] == ["statut", "statut__commentaire"]
