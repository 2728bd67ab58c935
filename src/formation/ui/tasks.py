"""Long work (batches of documents, exports, e-mail) off the interface thread.

One worker thread runs the tasks one after the other, which suits SQLite's single writer.
A task gets two callables: `progress(done, total)` and `cancelled() -> bool`; it hands back
plain data. Its signals reach the interface thread, which alone touches widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from formation.core.errors import FormationError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]

_pool = QThreadPool()
_pool.setMaxThreadCount(1)
_running: set[Task] = set()  # kept alive here until their end reaches the interface thread


class TaskSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it: never deleted by the pool's thread
        self.work = work
        self.signals = TaskSignals()  # created here, in the interface thread
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self._cancel.is_set)
        except Exception as error:  # noqa: BLE001 (reported to the user, logged for support)
            if not isinstance(error, FormationError):
                log.exception("Background task failed")
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


def start(task: Task) -> Task:
    _running.add(task)
    task.signals.done.connect(lambda _result: _running.discard(task))
    task.signals.failed.connect(lambda _error: _running.discard(task))
    _pool.start(task)
    return task


def run_with_progress(parent: QWidget, label: str, work: Work,
                      on_done: Callable[[Any], None]) -> Task:
    """Run `work` in the background behind a progress bar with an Annuler button."""
    dialog = QProgressDialog(label, parent.tr("Annuler"), 0, 0, parent)
    dialog.setWindowTitle(parent.tr("Veuillez patienter"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(work)

    def advance(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def close() -> None:
        dialog.canceled.disconnect()  # closing a progress dialog would say "canceled"
        dialog.hide()
        dialog.deleteLater()

    def finished(result: object) -> None:
        close()
        on_done(result)

    def failed(error: object) -> None:
        close()
        text = str(error) if isinstance(error, FormationError) else parent.tr(
            "Le travail n'a pas pu aller jusqu'au bout. Ce qui était déjà fait est conservé ; "
            "le détail est dans le journal.")
        QMessageBox.warning(parent, parent.tr("Formation"), text)

    task.signals.progress.connect(advance)
    task.signals.done.connect(finished)
    task.signals.failed.connect(failed)
    dialog.canceled.connect(task.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(parent.tr("Arrêt en cours…")))
    return start(task)
