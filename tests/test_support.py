"""Asking for help: the support ZIP (logs and systeme.txt, scrubbed) and the About dialog."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from formation import __version__, paths, support
from formation.logs import LOG_FILE
from formation.storage.database import Database
from formation.storage.migrate import head_revision

SECRETS = ["marie.dupont@exemple.fr", "j-p.martin+asso@mail.exemple.org", "06 39 98 12 34",
           "0639981234", "+33 6 39 98 12 34", "+33 (0)3.53.01.20.21", "0033 639981234",
           "03-53-01-20-21", "+44 20 7946 0958"]


def write_logs() -> Path:
    folder = paths.log_dir()
    (folder / LOG_FILE).write_text(
        "2026-11-23 09:15:02,481 INFO formation.storage.database: Database schema upgraded to 0003\n"
        + "".join(f"2026-11-23 09:16:{n:02},000 ERROR x: envoi à {secret} refusé\n"
                  for n, secret in enumerate(SECRETS)), encoding="utf-8")
    (folder / f"{LOG_FILE}.1").write_text("2026-11-22 17:00:00,000 INFO x: la veille\n",
                                          encoding="utf-8")
    return folder


def test_bundle_holds_the_logs_and_the_system_description(tmp_path: Path, db: Database) -> None:
    write_logs()
    target = support.bundle_logs(tmp_path / "sortie" / support.default_name(), database=db.path,
                                 extra={"Qt": "6.x"})
    assert target.name.startswith("formation-signalement-") and target.suffix == ".zip"
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        assert names == ["journaux/formation.log", "journaux/formation.log.1", "systeme.txt"]
        system = archive.read("systeme.txt").decode("utf-8")
        log = archive.read("journaux/formation.log").decode("utf-8")
        assert "la veille" in archive.read("journaux/formation.log.1").decode("utf-8")
    assert f"Formation : {__version__}\n" in system
    assert f"Schéma du fichier : {head_revision()}\n" in system and "Qt : 6.x\n" in system
    assert "Python : " in system and "Système : " in system
    assert str(db.path) not in system  # the file's name and folder are the user's business
    assert "Database schema upgraded to 0003" in log  # timestamps and revisions survive the scrub
    assert log.startswith("2026-11-23 09:15:02,481 INFO")
    assert not list(tmp_path.glob("sortie/*.partiel"))


def test_e_mails_and_phone_numbers_never_leave_in_the_bundle(tmp_path: Path) -> None:
    write_logs()
    with zipfile.ZipFile(support.bundle_logs(tmp_path / "s.zip")) as archive:
        log = archive.read("journaux/formation.log").decode("utf-8")
        system = archive.read("systeme.txt").decode("utf-8")
    for secret in SECRETS:
        assert secret not in log
    assert log.count(support.EMAIL_MASK) == 2 and log.count(support.PHONE_MASK) == len(SECRETS) - 2
    assert "Schéma du fichier : pas de fichier" in system  # the default file was never created
    assert str(Path.home()) not in system


@pytest.mark.parametrize("text", ["SIRET 42351876000032", "révision 0003", "durée 1,23 s",
                                  "le 2026-11-23 à 12:24:01,234", "session EMPLOI-2026-01 id 12"])
def test_scrub_leaves_ordinary_numbers_alone(text: str) -> None:
    assert support.scrub(text) == text


@pytest.mark.gui
def test_about_dialog_shows_the_version_and_the_open_file(app: object, qtbot: QtBot, db: Database,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QUrl

    from formation.ui import about

    dialog = about.AboutDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = {name: label.text() for name, label in dialog.fields.items()}
    assert shown["Version"] == __version__
    assert shown["Fichier ouvert"] == str(db.path)
    assert shown["Dossier des données"] == str(paths.data_dir())
    assert shown["Dossier des journaux"] == str(paths.log_dir())
    opened: list[QUrl] = []
    monkeypatch.setattr(about.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.open_folder.click()
    assert [url.toLocalFile() for url in opened] == [str(paths.data_dir())]
    dialog.close_button.click()
    assert not dialog.isVisible()


@pytest.mark.gui
def test_report_a_problem_saves_the_zip_where_asked(app: object, db: Database, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from formation.ui import about

    write_logs()
    proposed: list[str] = []
    told: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        proposed.append(suggested)
        return str(tmp_path / "pour-le-support"), ""
    monkeypatch.setattr(about.QFileDialog, "getSaveFileName", choose)
    monkeypatch.setattr(about.QMessageBox, "information", lambda _p, _t, text: told.append(text))
    saved = about.report_problem(None, db.path)
    assert Path(proposed[0]).name == support.default_name()
    assert saved == tmp_path / "pour-le-support.zip" and zipfile.is_zipfile(saved)
    assert "pour-le-support.zip" in told[0] and "courriel" in told[0]
