"""`formation selftest`: the check an installer, a support call or CI runs on a fresh installation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from formation import cli, paths, selftest
from tests.mail_helpers import MemoryKeyring, using_keyring


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[KeyringBackend]:
    """As on a machine without a desktop session; never the developer's own keyring."""
    with using_keyring(fail.Keyring()) as backend:
        yield backend


def test_selftest_passes_and_says_what_it_did(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["selftest"]) == 0
    out = capsys.readouterr().out
    assert selftest.SUCCESS in out
    for step in ("Fichiers livrés", "Fichier temporaire", "Démonstration", "Cohérence", "Document PDF",
                 "Trousseau système"):
        assert f"ok     {step} : " in out
    assert " s)" in out and "page" in out
    # The user's own file is never created nor touched.
    assert not paths.default_database().exists()


def test_selftest_reports_a_missing_resource_and_fails(capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    monkeypatch.setattr("formation.resources.root", lambda: tmp_path / "nowhere")
    assert cli.main(["selftest"]) == 1
    out = capsys.readouterr().out
    assert "ÉCHEC  Fichiers livrés : l'icône est introuvable" in out
    assert selftest.SUCCESS not in out


def test_without_an_open_keyring_the_selftest_passes_and_says_so(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["selftest"]) == 0
    out = capsys.readouterr().out
    assert f"ok     Trousseau système : {selftest.NO_KEYRING}" in out


def test_an_open_keyring_is_written_read_and_left_clean(capsys: pytest.CaptureFixture[str],
                                                       memory_keyring: MemoryKeyring) -> None:
    assert cli.main(["selftest"]) == 0
    out = capsys.readouterr().out
    assert "ok     Trousseau système : " in out and "écriture, lecture et effacement vérifiés" in out
    assert memory_keyring.secrets == {}


def test_a_keyring_that_loses_the_secret_fails(capsys: pytest.CaptureFixture[str],
                                               memory_keyring: MemoryKeyring,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory_keyring, "get_password", lambda service, username: None)
    assert cli.main(["selftest"]) == 1
    out = capsys.readouterr().out
    assert "ÉCHEC  Trousseau système : le trousseau système n'a pas rendu le secret" in out


def test_a_bundle_without_the_keyring_modules_fails(capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "entry_points", lambda group: [])
    monkeypatch.setattr(selftest.sys, "platform", "linux")
    assert cli.main(["selftest"]) == 1
    assert "ÉCHEC  Trousseau système : le module de trousseau « SecretService » manque" in (
        capsys.readouterr().out)
