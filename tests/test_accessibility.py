"""Accessibility audit of every page and of the main dialogs, on a year of demonstration data.

For each control a person acts on (buttons, boxes, lists, tables, the signature pad…):
  (a) it takes keyboard focus with Tab, unless EXCLUDED says why not;
  (b) it has a name assistive technologies read: what Qt's accessibility layer gives screen readers
      (its text, its accessibleName, a QLabel whose buddy it is, its group box) or a label linked to
      it (a QLabel buddy elsewhere in the form). A form row's QLabel without a buddy is NOT read:
      Qt links a label to its field only through setBuddy (or QFormLayout.addRow(str, field));
  (c) pressing Tab from the first control reaches every one of them, and never stays trapped.
And each window fits a 1366×768 laptop screen at 150 % (910×512 logical pixels) once its contents
may scroll: its minimum size is smaller than the screen.

Each test reports every offender at once, with its class, objectName, parents and window.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from formation.services import demo, forms_store, registrations, sessions
from formation.storage.database import Database
from formation.ui.signature_pad import SignaturePad

pytestmark = pytest.mark.gui

YEAR, TODAY = 2026, date(2026, 11, 23)
# A laptop of 1366×768 at 150 %, less a panel of 40 pixels: what a window must fit in.
SCREEN_150 = QSize(round(1366 / 1.5), round((768 - 40) / 1.5))

CONTROLS: tuple[type[QWidget], ...] = (
    QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
    QAbstractItemView, QAbstractSlider, QTabBar, SignaturePad)
# Parts of a composite control: reached and named through it (a combo's line edit, a line edit's
# clear button, a tab bar's scroll arrows, a date's calendar). The widgets a table holds in its
# cells are controls of their own; its headers and corner button are not.
COMPOSITES: tuple[type[QWidget], ...] = (
    QComboBox, QAbstractSpinBox, QLineEdit, QTabBar, QCalendarWidget)
# (class name, objectName) of controls deliberately left out of the keyboard's way, and why.
EXCLUDED: dict[tuple[str, str], str] = {
    ("QTableWidget", "slots_table"): "Tab goes through the date and hours editors of its rows",
}


# --- the audit ------------------------------------------------------------------------------------

def _is_control(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar | QHeaderView) or type(widget).__name__ == "QTableCornerButton":
        return False  # scrolled, sorted and selected with the keyboard through their view
    if isinstance(widget, CONTROLS):
        return True
    # A widget of our own that asks for focus is a control too.
    focusable = bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
    return focusable and type(widget).__module__.startswith("formation.")


def _inside_composite(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def controls(window: QWidget) -> list[QWidget]:
    """The visible controls of a window, in creation order."""
    return [w for w in window.findChildren(QWidget)
            if w.isVisible() and w.window() is window and _is_control(w)
            and not _inside_composite(w, window)]


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def _words(text: str) -> bool:
    return bool(re.search(r"\w", text.replace("&", "")))  # "◀" or "…" alone says nothing


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for the widget: its name, else the label linked to it."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    name = interface.text(QAccessible.Text.Name)
    if _words(name):
        return name
    if isinstance(widget, QTabBar):  # read tab by tab
        return " / ".join(widget.tabText(i) for i in range(widget.count()))
    for label, _relation in interface.relations(QAccessible.RelationFlag.Label):
        text = label.text(QAccessible.Text.Name)
        if _words(text):
            return text
    return ""


def describe(widget: QWidget) -> str:
    chain = []
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow() and len(chain) < 4:
        chain.append(type(parent).__name__ + (f"#{parent.objectName()}" if parent.objectName() else ""))
        parent = parent.parentWidget()
    hints = []
    if isinstance(widget, QAbstractButton) and widget.text():
        hints.append(f"text {widget.text()!r}")
    if widget.toolTip():
        hints.append(f"tooltip {widget.toolTip()[:40]!r}")
    told = f" ({', '.join(hints)})" if hints else ""
    return (f"{type(widget).__name__} {widget.objectName()!r} in {' < '.join(chain) or '-'}{told}"
            f" — window {widget.window().windowTitle()!r}")


def _radio_group(widget: QWidget) -> tuple[str, int] | None:
    """Radio buttons of one group are one Tab stop: the arrow keys move inside the group."""
    if isinstance(widget, QRadioButton):
        group = widget.group()
        if group is not None:
            return ("group", id(group))
        if widget.autoExclusive():
            return ("parent", id(widget.parentWidget()))
    return None


def arrow_through(qtbot: QtBot, members: list[QWidget]) -> set[QWidget]:
    """The buttons of a radio group the arrow keys reach from its first one."""
    reached: set[QWidget] = set()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
        members[0].setFocus(Qt.FocusReason.TabFocusReason)
        for _ in range(len(members) + 2):
            focused = QApplication.focusWidget()
            if focused is None:
                break
            reached.add(focused)
            qtbot.keyClick(focused, key)
    return reached


def tab_through(qtbot: QtBot, window: QWidget, expected: list[QWidget]) -> set[QWidget]:
    """The controls Tab reaches from the first one, pressing it until it comes back round."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    expected[0].setFocus(Qt.FocusReason.TabFocusReason)
    reached: set[QWidget] = set()
    # Tab also moves from section to section of a date or an hour before leaving it.
    presses = sum(w.sectionCount() if isinstance(w, QDateTimeEdit) else 1 for w in expected)
    for _ in range(presses + 20):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        reached.add(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return reached


def audit(qtbot: QtBot, window: QWidget, where: str = "") -> list[str]:
    """Every problem found in the window as it shows now, one line each."""
    problems: list[str] = []
    found = controls(window)
    assert found, f"no control found in {window.windowTitle()!r}"
    for widget in found:
        excluded = EXCLUDED.get((type(widget).__name__, widget.objectName()))
        if not takes_tab(widget) and excluded is None:
            problems.append(f"{where}not reachable with Tab (focusPolicy "
                            f"{widget.focusPolicy().name}): {describe(widget)}")
        if not accessible_name(widget):
            problems.append(f"{where}no accessible name: {describe(widget)}")
    stops = [w for w in found if takes_tab(w) and w.isEnabled()]
    reached = tab_through(qtbot, window, stops)
    groups: dict[tuple[str, int], list[QWidget]] = {}
    for widget in stops:
        group = _radio_group(widget)
        if group is not None:
            groups.setdefault(group, []).append(widget)
    for members in groups.values():
        if reached & set(members):  # Tab enters the group: the arrows go on
            reached |= arrow_through(qtbot, members)
    for widget in stops:
        if widget not in reached:
            how = "the arrow keys" if _radio_group(widget) else "Tab"
            problems.append(f"{where}never reached by {how}: {describe(widget)}")
    return problems


def audit_each_tab(qtbot: QtBot, window: QWidget, where: str = "") -> list[str]:
    """The audit of the window, then of each tab of its tab widgets in turn."""
    problems = audit(qtbot, window, where)
    for tabs in [t for t in window.findChildren(QTabWidget) if t.isVisible()]:
        shown = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != shown:
                tabs.setCurrentIndex(index)
                problems += audit(qtbot, window, f"{where}[{tabs.tabText(index)}] ")
        tabs.setCurrentIndex(shown)
    return list(dict.fromkeys(problems))  # a control outside the tabs is told once


def assert_accessible(problems: list[str]) -> None:
    assert not problems, f"{len(problems)} accessibility problem(s):\n" + "\n".join(problems)


def minimum_size(window: QWidget) -> QSize:
    """The smallest size the window's layout accepts, or its own minimum if larger."""
    layout = window.layout()
    hint = layout.totalMinimumSize() if layout is not None else window.minimumSizeHint()
    return hint.expandedTo(window.minimumSize())


def fits_at_150(window: QWidget) -> str:
    size = minimum_size(window)
    if size.width() <= SCREEN_150.width() and size.height() <= SCREEN_150.height():
        return ""
    return (f"{window.windowTitle()!r} needs at least {size.width()}×{size.height()}: more than a "
            f"1366×768 screen at 150 % ({SCREEN_150.width()}×{SCREEN_150.height()})")


def opens_on_screen(window: QWidget) -> str:
    """Opened no larger than the screen (fit_to_screen), where its minimum size allows it."""
    screen = window.screen().availableGeometry().size()
    wanted = screen.expandedTo(minimum_size(window))
    if window.width() <= wanted.width() and window.height() <= wanted.height():
        return ""
    return (f"{window.windowTitle()!r} opens at {window.width()}×{window.height()} on a "
            f"{screen.width()}×{screen.height()} screen: use fit_to_screen")


# Windows still too tall at 150 %, and why; the test fails once one fits (remove it then).
TOO_TALL_AT_150: dict[str, str] = {}


# --- a year of demonstration ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def _demo_file(tmp_path_factory: pytest.TempPathFactory, _migrated_template: Path) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copyfile(_migrated_template, path)
    database = Database.open(path, daily_backup=False)
    demo.fill(database, YEAR, today=TODAY)
    database.close()
    return path


@pytest.fixture
def demo_db(_demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(_demo_file, path)
    database = Database.open(path, daily_backup=False)
    yield database
    database.close()


@dataclass
class Demo:
    db: Database
    session_id: int  # a session with people registered and half-days held
    start: date


def demo_session(db: Database) -> Demo:
    rows = [r for r in sessions.list_sessions(db, YEAR) if r.seated >= 3 and r.end_date < TODAY]
    row = rows[0]
    return Demo(db, row.id, row.start_date)


def show(qtbot: QtBot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# --- the main window, page by page ----------------------------------------------------------------

def test_every_page_of_the_main_window(app: object, qtbot: QtBot, demo_db: Database) -> None:
    from formation.ui.main_window import MainWindow

    window = MainWindow(demo_db)
    show(qtbot, window)
    problems = []
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        problems += audit_each_tab(qtbot, window, f"[{window.sidebar.item(row).text()}] ")
        window.sidebar.setFocus()
    assert window.sidebar.count() == 10
    problems += [p for p in [fits_at_150(window), opens_on_screen(window)] if p]
    assert_accessible(problems)


# --- the dialogs ----------------------------------------------------------------------------------

def _session_editor(d: Demo) -> QWidget:
    from formation.ui.pages.sessions import SessionDialog
    return SessionDialog(d.db, d.session_id)


def _course_editor(d: Demo) -> QWidget:
    from formation.ui.pages.courses import CourseDialog
    course_id = sessions.get_session(d.db, d.session_id).course_id
    return CourseDialog(d.db, course_id)


def _participant_editor(d: Demo) -> QWidget:
    from formation.ui.pages.participants import ParticipantDialog
    person = registrations.list_registrations(d.db, d.session_id)[0].participant_id
    return ParticipantDialog(d.db, person)


def _registration(d: Demo) -> QWidget:
    from formation.ui.registrations_panel import RegisterDialog
    return RegisterDialog(d.db, d.session_id)


def _attendance(d: Demo) -> QWidget:
    from formation.ui.attendance_window import AttendanceWindow
    return AttendanceWindow(d.db, d.session_id, now=datetime.combine(d.start, time(10)))


def _questionnaires(d: Demo) -> QWidget:
    from formation.ui.forms.questionnaires_dialog import QuestionnairesDialog
    return QuestionnairesDialog(d.db, d.session_id, now=lambda: datetime.combine(TODAY, time(10)))


def _satisfaction_form(d: Demo) -> QWidget:
    from formation.forms import default_folders, load_all
    from formation.ui.forms.form_dialog import FormDialog
    templates, _errors = load_all(default_folders())
    response = forms_store.prepare(d.db, d.session_id, "satisfaction_chaud", templates)[0]
    return FormDialog(d.db, response)


def _documents(d: Demo) -> QWidget:
    from formation.ui.documents_dialog import DocumentsDialog
    return DocumentsDialog(d.db, d.session_id)


def _stats(d: Demo) -> QWidget:
    from formation.ui.stats_dialog import StatsDialog
    return StatsDialog(d.db, today=TODAY)


def _mail_settings(d: Demo) -> QWidget:
    from formation.ui.mail_settings import MailSettingsDialog
    return MailSettingsDialog(d.db)


def _complaint(d: Demo) -> QWidget:
    from formation.ui.registers.dialogs import ComplaintDialog
    return ComplaintDialog(d.db, None)


def _about(d: Demo) -> QWidget:
    from formation.ui.about import AboutDialog
    return AboutDialog(d.db.path)


DIALOGS: dict[str, Callable[[Demo], QWidget]] = {
    "session": _session_editor, "course": _course_editor, "participant": _participant_editor,
    "registration": _registration, "attendance": _attendance, "questionnaires": _questionnaires,
    "form": _satisfaction_form, "documents": _documents, "stats": _stats,
    "mail_settings": _mail_settings, "complaint": _complaint, "about": _about,
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_of_the_dialog_is_named_and_reached_with_tab(
        app: object, qtbot: QtBot, demo_db: Database, name: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)  # no question
    window = show(qtbot, DIALOGS[name](demo_session(demo_db)))
    problems = audit_each_tab(qtbot, window)
    too_tall = fits_at_150(window)
    if name in TOO_TALL_AT_150:
        assert too_tall, f"{name} now fits at 150 %: remove it from TOO_TALL_AT_150"
    elif too_tall:
        problems.append(too_tall)
    problems += [p for p in [opens_on_screen(window)] if p]
    assert_accessible(problems)
