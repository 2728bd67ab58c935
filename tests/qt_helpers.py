"""Driving Qt's modal windows from tests without ever hanging on them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget


class Modal:
    """Acts on the next modal window (a dialog or a message box) from inside its exec() loop.

    A failure inside is kept and re-raised afterwards; the window is closed so that the test never
    hangs on a dialog nobody answers."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []
        self.seen: list[str] = []
        self.watchdog = QTimer()  # closes any window left open: a failing test, not a hung one
        self.watchdog.setSingleShot(True)
        self.watchdog.setInterval(10_000)
        self.watchdog.timeout.connect(self._close_all)

    def _close_all(self) -> None:
        while isinstance(window := QApplication.activeModalWidget(), QDialog):
            self.errors.append(AssertionError(f"left open: {window.windowTitle()}"))
            window.reject()

    def then(self, kind: type[QWidget], action: Callable[[QWidget], None], tries: int = 200) -> None:
        def attempt(left: int) -> None:
            widget = QApplication.activeModalWidget()
            if not isinstance(widget, kind):
                if left:
                    QTimer.singleShot(10, lambda: attempt(left - 1))
                else:
                    self.errors.append(AssertionError(f"no {kind.__name__} appeared"))
                return
            self.seen.append(widget.text() if isinstance(widget, QMessageBox) else
                             widget.windowTitle())
            try:
                action(widget)
            except BaseException as error:  # noqa: BLE001 (re-raised by check())
                self.errors.append(error)
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()

        self.watchdog.start()
        QTimer.singleShot(0, lambda: attempt(tries))

    def check(self) -> None:
        self.watchdog.stop()
        if self.errors:
            raise self.errors[0]


def click_button(box: QWidget, text: str) -> None:
    button = next(b for b in box.findChildren(QAbstractButton) if b.text() == text)
    button.click()
