"""Importing participants from the spreadsheets people really have: Excel CSV and XLSX files."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from formation.cli import main
from formation.core.enums import Civility, Gender, ParticipantStatus
from formation.core.errors import FormationError
from formation.services.participant_import import (
    SAME_EMAIL,
    SAME_NAMES,
    ImportPlan,
    ImportResult,
    apply_import,
    guess_mapping,
    plan_import,
    read_table,
)
from formation.services.people import (
    ParticipantData,
    StructureData,
    get_participant,
    list_participants,
    save_participant,
    save_structure,
)
from formation.storage.database import Database
from formation.storage.models import Participant, Structure

HEADER = ["Nom", "Prénom", "E-mail", "Téléphone", "Code postal", "Ville", "Structure", "Statut"]


def write_csv(path: Path, rows: list[list[str]], sep: str = ";", encoding: str = "cp1252") -> Path:
    """As a spreadsheet saves it: CRLF line ends, no quoting unless needed."""
    lines = [sep.join(f'"{c}"' if sep in c else c for c in row) for row in rows]
    path.write_bytes("\r\n".join(lines + [""]).encode(encoding))
    return path


def import_file(db: Database, path: Path, merge: frozenset[int] = frozenset()
                ) -> tuple[ImportPlan, ImportResult]:
    table = read_table(path)
    plan = plan_import(db, table, guess_mapping(table.headers))
    return plan, apply_import(db, plan, merge)


def people(db: Database) -> list[tuple[str, str, str, str, str, str]]:
    """Who is in the file, with what a user checks after an import."""
    with db.session() as s:
        rows = s.execute(select(Participant, Structure.name)
                         .outerjoin(Structure, Participant.structure_id == Structure.id)
                         .order_by(Participant.last_name)).all()
        return [(p.last_name, p.first_name, p.email, p.phone, p.postal_code, name or "")
                for p, name in rows]


def structure_names(db: Database) -> list[str]:
    with db.session() as s:
        return sorted(s.scalars(select(Structure.name)))


def existing(db: Database, first: str, last: str, email: str = "", structure: str = "",
             **fields: str) -> int:
    structure_id = save_structure(db, StructureData(name=structure)) if structure else None
    return save_participant(db, ParticipantData(first_name=first, last_name=last, email=email,
                                                structure_id=structure_id, **fields))


# --- reading files ------------------------------------------------------------------------------

def test_french_excel_semicolon_csv_in_cp1252_keeps_the_accents(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "inscrits.csv", [
        HEADER,
        ["Lefèvre", "Hélène", "helene.lefevre@exemple.fr", "03 20 15 14 18", "59000", "Lille",
         "Les Amis de l'Été", "Bénévole"],
        ["Durand", "Zoé", "", "", "59100", "Roubaix", "Les amis de l'été", "Salariée"],
    ])
    assert b"\xe9" in path.read_bytes()  # really cp1252, not UTF-8

    plan, result = import_file(db, path)

    assert (plan.errors, plan.duplicates, result.created) == ([], [], 2)
    assert people(db) == [
        ("Durand", "Zoé", "", "", "59100", "Les Amis de l'Été"),
        ("Lefèvre", "Hélène", "helene.lefevre@exemple.fr", "03 20 15 14 18", "59000",
         "Les Amis de l'Été"),
    ]
    assert structure_names(db) == ["Les Amis de l'Été"]  # one structure, whatever the spelling
    assert {p.status for p in list_participants(db)} == {ParticipantStatus.VOLUNTEER,
                                                         ParticipantStatus.EMPLOYEE}


def test_utf8_csv_with_bom_and_commas(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "export.csv", [
        ["Nom de famille", "Prénom", "Courriel", "Association"],
        ["Nguyễn", "Thị", "THI@EXEMPLE.FR", "Lire, écrire et compter"],
    ], sep=",", encoding="utf-8-sig")

    table = read_table(path)
    _, result = import_file(db, path)

    assert table.headers[0] == "Nom de famille"  # the BOM is not part of the first header
    assert result.created == 1
    assert people(db) == [("Nguyễn", "Thị", "thi@exemple.fr", "", "", "Lire, écrire et compter")]


def test_tab_separated_file(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "liste.txt", [
        ["NOM", "PRENOM", "MAIL", "Tél.", "CP", "Commune"],
        ["Martin", "Paul", "paul@exemple.fr", "0320151418", "62000", "Arras"],
    ], sep="\t", encoding="utf-8")

    _, result = import_file(db, path)

    assert result.created == 1
    assert people(db) == [("Martin", "Paul", "paul@exemple.fr", "0320151418", "62000", "")]


def test_xlsx_numbers_come_back_as_the_text_people_typed(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nom", "Prénom", "Code postal", "Portable", "Sexe", "Civilité"])
    sheet.append(["Bernard", "Léa", 59000, 612345678, "F", "Madame"])  # Excel dropped the leading 0s
    sheet.append([None, None, None, None])
    sheet.append(["Petit", "Jean", 1000.0, "06 98 76 54 32", "Homme", "M."])
    book.save(tmp_path / "inscrits.xlsx")

    table = read_table(tmp_path / "inscrits.xlsx")
    plan, result = import_file(db, tmp_path / "inscrits.xlsx")

    assert [row.line for row in table.rows] == [2, 4]  # sheet row numbers, blank row skipped
    assert (plan.errors, result.created) == ([], 2)
    assert people(db) == [("Bernard", "Léa", "", "0612345678", "59000", ""),
                          ("Petit", "Jean", "", "06 98 76 54 32", "01000", "")]
    with db.session() as s:
        lea = s.scalars(select(Participant).where(Participant.last_name == "Bernard")).one()
        assert (lea.gender, lea.civility) == (Gender.FEMALE, Civility.MRS)


@pytest.mark.parametrize("name, content", [
    ("vide.csv", b""),
    ("blanc.csv", b" \r\n;;;\r\n"),
    ("entete.csv", b"Nom;Prenom\r\n"),
    ("abime.xlsx", b"not a zip file"),
    ("classeur.ods", b"whatever"),
])
def test_unusable_files_are_refused_with_a_french_reason(tmp_path: Path, name: str,
                                                         content: bytes) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(FormationError, match=name.replace(".", r"\.")):
        read_table(tmp_path / name)


def test_columns_are_recognised_from_usual_headers() -> None:
    headers = ["N°", "NOM", "Prénom", "Adresse E-mail", "Tél.", "CP", "Ville",
               "Nom de l'association", "Statut professionnel", "Remarques"]
    assert guess_mapping(headers) == {
        "last_name": 1, "first_name": 2, "email": 3, "phone": 4, "status": 8,
        "structure": 7, "commune": 6, "postal_code": 5,
    }


# --- checking rows ------------------------------------------------------------------------------

def test_bad_rows_are_reported_by_line_and_good_rows_still_imported(db: Database,
                                                                   tmp_path: Path) -> None:
    path = write_csv(tmp_path / "inscrits.csv", [
        HEADER,
        ["Dupont", "Marie", "marie.dupont@exemple.fr", "", "", "", "", ""],  # line 2
        ["Durand", "Marie", "marie@", "", "", "", "", ""],  # line 3
        ["", "Luc", "luc@exemple.fr", "", "", "", "", ""],  # line 4
        [""] * 8,  # line 5: blank, skipped but counted
        ["Morel", "Ana", "", "", "", "", "", "Astronaute"],  # line 6
        ["Roux", "Inès", "", "", "", "", "", "demandeuse d'emploi"],  # line 7
    ])

    plan, result = import_file(db, path)

    assert [(e.line, e.reason) for e in plan.errors] == [
        (3, "l'adresse e-mail « marie@ » n'est pas valide"),
        (4, "le nom est manquant"),
        (6, "le statut « Astronaute » n'est pas reconnu (valeurs acceptées : Salarié·e, Bénévole, "
            "Demandeur·se d'emploi, Porteur·se de projet, Particulier, Indépendant·e)"),
    ]
    assert str(plan.errors[0]) == "ligne 3 : l'adresse e-mail « marie@ » n'est pas valide"
    assert (result.created, result.errors) == (2, 3)
    assert [(p[0], p[1]) for p in people(db)] == [("Dupont", "Marie"), ("Roux", "Inès")]


# --- duplicates ---------------------------------------------------------------------------------

def test_duplicates_in_the_database_and_in_the_file_are_not_imported(db: Database,
                                                                     tmp_path: Path) -> None:
    marie = existing(db, "Marie", "Dupont", email="marie.dupont@exemple.fr")
    eloise = existing(db, "Éloïse", "Lefèvre", structure="Centre social Étoile")
    path = write_csv(tmp_path / "inscrits.csv", [
        HEADER,
        ["Dupont-Martin", "Marie", "Marie.Dupont@Exemple.FR", "", "", "", "", ""],  # line 2
        ["LEFEVRE", "Eloise", "", "", "", "", "centre social etoile", ""],  # line 3
        ["Lefèvre", "Éloïse", "", "", "", "", "Autre asso", ""],  # line 4: another structure
        ["Martin", "Paul", "paul@exemple.fr", "", "", "", "", ""],  # line 5
        ["Martin", "Paul", "paul@exemple.fr", "", "", "", "", ""],  # line 6: same row again
    ])

    plan, result = import_file(db, path)

    assert [(d.line, d.existing_id, d.reason, d.same_as_line) for d in plan.duplicates] == [
        (2, marie, SAME_EMAIL, None), (3, eloise, SAME_NAMES, None), (6, None, SAME_EMAIL, 5)]
    assert str(plan.duplicates[1]) == ("ligne 3 : Eloise LEFEVRE, doublon de Éloïse Lefèvre, "
                                       "déjà enregistré·e (mêmes nom, prénom et structure)")
    assert (result.created, result.skipped) == (2, 3)
    assert sorted((p[0], p[1], p[5]) for p in people(db)) == [
        ("Dupont", "Marie", ""), ("Lefèvre", "Éloïse", "Autre asso"),
        ("Lefèvre", "Éloïse", "Centre social Étoile"), ("Martin", "Paul", "")]


def test_merging_a_duplicate_fills_empty_fields_only(db: Database, tmp_path: Path) -> None:
    marie = existing(db, "Marie", "Dupont", email="marie.dupont@exemple.fr", commune="Roubaix")
    path = write_csv(tmp_path / "inscrits.csv", [
        HEADER,
        ["Dupont", "Marie", "MARIE.DUPONT@exemple.fr", "03 20 15 14 18", "59000", "Lille",
         "Maison des associations", "Salariée"],
        ["Martin", "Paul", "", "", "", "", "", ""],
        ["Martin", "Paul", "paul@exemple.fr", "", "", "Arras", "", ""],
    ])

    plan, result = import_file(db, path, merge=frozenset({2, 4}))

    assert (result.created, result.merged, result.skipped) == (1, 2, 0)
    merged = get_participant(db, marie)
    assert (merged.phone, merged.postal_code, merged.commune) == ("03 20 15 14 18", "59000", "Roubaix")
    assert merged.status is ParticipantStatus.VOLUNTEER  # a status is never "empty": kept
    assert people(db)[0][5] == "Maison des associations"
    assert people(db)[1] == ("Martin", "Paul", "paul@exemple.fr", "", "", "")
    assert plan.ready[-1].data.email == ""  # the previewed plan itself is left as shown


def test_importing_the_same_file_twice_creates_nothing_the_second_time(db: Database,
                                                                      tmp_path: Path) -> None:
    path = write_csv(tmp_path / "inscrits.csv", [
        HEADER,
        ["Lefèvre", "Hélène", "helene@exemple.fr", "", "", "", "Les Amis", ""],
        ["Durand", "Zoé", "", "", "", "", "", ""],
    ])
    first_plan, first = import_file(db, path)

    second_plan, second = import_file(db, path)
    stale = apply_import(db, first_plan)  # the first preview confirmed again (double click)

    assert first.created == 2
    assert (second_plan.ready, len(second_plan.duplicates), second.created) == ([], 2, 0)
    assert (stale.created, stale.skipped) == (0, 2)
    assert len(people(db)) == 2 and structure_names(db) == ["Les Amis"]


# --- command line -------------------------------------------------------------------------------

def test_command_line_prints_errors_duplicates_and_summary(db_path: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    with Database.open(db_path, daily_backup=False) as db:
        existing(db, "Paul", "Martin", email="paul@exemple.fr")
    path = write_csv(tmp_path / "inscrits.csv", [
        HEADER,
        ["Lefèvre", "Hélène", "", "", "", "", "", ""],
        ["Durand", "Zoé", "zoe@", "", "", "", "", ""],
        ["Martin", "Paul", "PAUL@exemple.fr", "", "", "", "", ""],
        ["Roux", "Inès", "", "", "", "", "", ""],
    ])

    code = main(["--db", str(db_path), "import-participants", str(path)])
    out = capsys.readouterr().out

    assert code == 0
    assert "Prénom ← « Prénom »" in out
    assert "ligne 3 : l'adresse e-mail « zoe@ » n'est pas valide" in out
    assert "ligne 4 : Paul Martin, doublon de Paul Martin" in out
    assert out.strip().endswith("2 participant·es importé·es, 1 ligne refusée, 1 doublon ignoré.")
    with Database.open(db_path, daily_backup=False) as db:
        assert len(list_participants(db)) == 3


def test_dry_run_stores_nothing(db_path: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "inscrits.csv", [HEADER, ["Lefèvre", "Hélène", "", "", "", "", "", ""]])

    code = main(["--db", str(db_path), "import-participants", "--dry-run", str(path)])

    assert code == 0
    assert "rien n'a été enregistré : 1 participant·e à importer" in capsys.readouterr().out
    with Database.open(db_path, daily_backup=False) as db:
        assert list_participants(db) == []


def test_command_line_fails_only_when_the_file_cannot_be_used(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "vide.csv").write_bytes(b"")
    no_names = write_csv(tmp_path / "adresses.csv", [["Rue", "Ville"], ["1 rue Nationale", "Lille"]])

    assert main(["--db", str(db_path), "import-participants", str(tmp_path / "vide.csv")]) == 1
    assert capsys.readouterr().err.startswith("Erreur : Le fichier « vide.csv » est vide.")
    assert main(["--db", str(db_path), "import-participants", str(no_names)]) == 1
    assert "« Nom » ni à « Prénom »" in capsys.readouterr().err


def test_a_job_seeker_column_marks_volunteers_who_are_also_job_seekers(db: Database,
                                                                       tmp_path: Path) -> None:
    """The activity report counts job seekers whatever their status: a volunteer may be one."""
    path = write_csv(tmp_path / "inscrits.csv", [
        ["Nom", "Prénom", "Statut", "Demandeur·se d'emploi"],
        ["Dupont", "Marie", "Bénévole", "oui"],
        ["Durand", "Luc", "Bénévole", "X"],
        ["Morel", "Ana", "Salariée", "non"],
        ["Roux", "Inès", "Bénévole", ""],
        ["Petit", "Jean", "Bénévole", "peut-être"],
    ])

    plan, result = import_file(db, path)

    assert [str(e) for e in plan.errors] == [
        "ligne 6 : « peut-être » n'est pas compris pour « Demandeur·se d'emploi » (écrivez oui ou non)"]
    assert result.created == 4
    with db.session() as s:
        flags = {p.last_name: (p.status, p.job_seeker) for p in s.scalars(select(Participant))}
    assert flags == {"Dupont": (ParticipantStatus.VOLUNTEER, True),
                     "Durand": (ParticipantStatus.VOLUNTEER, True),
                     "Morel": (ParticipantStatus.EMPLOYEE, False),
                     "Roux": (ParticipantStatus.VOLUNTEER, False)}


def test_the_job_seeker_column_is_found_under_its_usual_names() -> None:
    for header in ("Demandeur d'emploi", "Inscrite à France Travail", "Pôle emploi (oui/non)"):
        assert guess_mapping(["Nom", "Prénom", header]) == {
            "last_name": 0, "first_name": 1, "job_seeker": 2}, header
