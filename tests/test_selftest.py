"""`formation selftest`: the check an installer, a support call or CI runs on a fresh installation."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from formation import cli, paths, selftest


def test_selftest_passes_and_says_what_it_did(capsys: pytest.CaptureFixture[str]) -> None:
    started = time.perf_counter()
    assert cli.main(["selftest"]) == 0
    assert time.perf_counter() - started < 5
    out = capsys.readouterr().out
    assert selftest.SUCCESS in out
    for step in ("Fichiers livrés", "Fichier temporaire", "Démonstration", "Cohérence", "Document PDF"):
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
