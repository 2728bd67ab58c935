"""Long work runs off the interface thread, reports progress, and stops when asked."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from formation.core.errors import FormationError
from formation.ui import tasks

pytestmark = pytest.mark.gui


def test_work_runs_elsewhere_and_reports_each_step(app: object, qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    threads: list[threading.Thread] = []

    def work(progress: tasks.Progress, cancelled: tasks.Cancelled) -> str:
        threads.append(threading.current_thread())
        for n in range(1, 4):
            progress(n, 3)
        return "fini"

    results: list[tuple[object, int, int, bool]] = []

    def done(result: object) -> None:
        bar = parent.findChild(QProgressDialog)
        results.append((result, bar.value(), bar.maximum(), bar.isVisible()))

    tasks.run_with_progress(parent, "Trois étapes", work, done)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [("fini", 3, 3, False)]
    assert threads[0] is not threading.main_thread()


def test_cancel_stops_the_work_between_two_steps(app: object, qtbot: QtBot) -> None:
    steps: list[int] = []
    release = threading.Event()

    def work(progress: tasks.Progress, cancelled: tasks.Cancelled) -> list[int]:
        for n in range(100):
            if cancelled():
                break
            steps.append(n)
            release.wait(1)
            time.sleep(0.001)
        return steps

    task = tasks.Task(work)
    with qtbot.waitSignal(task.signals.done, timeout=5000) as done:
        tasks.start(task)
        task.cancel()
        release.set()
    assert len(done.args[0]) < 100


def test_a_refusal_reaches_the_user_in_french(app: object, qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress: tasks.Progress, cancelled: tasks.Cancelled) -> None:
        raise FormationError("Renseignez le NDA dans Paramètres.")

    tasks.run_with_progress(parent, "Certificats", work, lambda _r: None)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["Renseignez le NDA dans Paramètres."]
