"""Translations of the interface: the Qt Linguist files, English on screen, French by default, and
no user-visible French left outside tr() in the interface's code."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton
from pytestqt.qtbot import QtBot

from formation.storage.database import Database
from formation.ui import i18n

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "formation" / "ui"
TS = ROOT / "translations" / "formation_en.ts"
QM = ROOT / "translations" / "formation_en.qm"
BIN = Path(sys.executable).parent

ENGLISH_SIDEBAR = ["Home", "Sessions", "3-month follow-up", "Courses", "Participants",
                   "Organisations", "Trainers", "Quality", "Audit", "Settings"]
FRENCH_SIDEBAR = ["Accueil", "Sessions", "Suivi à 3 mois", "Formations", "Participants",
                  "Structures", "Formateurs", "Qualité", "Audit", "Paramètres"]


def messages(path: Path = TS) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.findall("message"):
            yield context.findtext("name") or "", message


def _tool(name: str) -> str:
    found = BIN / name
    if not found.exists():
        pytest.skip(f"{name} is not installed beside Python")
    return str(found)


# --- the Linguist files ---------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"%(?:n|\d)")
ACCELERATOR = re.compile(r"&(?=[^\s&;])(?![a-z]+;)")


def test_every_entry_of_the_english_file_is_translated() -> None:
    problems = []
    count = 0
    for context, message in messages():
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"[{context}] {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {translation.get('type')}")
            continue
        if message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.findall("numerusform")]
            if len(texts) != 2 or not all(texts):  # English: singular and plural
                problems.append(f"{where}: plural forms {texts}")
                continue
        else:
            texts = [translation.text or ""]
            if not texts[0]:
                problems.append(f"{where}: empty")
                continue
        for text in texts:
            if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                problems.append(f"{where}: keyboard accelerator (&) lost in {text!r}")
            if re.findall(r"</?\w+>", text) != re.findall(r"</?\w+>", source):
                problems.append(f"{where}: markup differs in {text!r}")
    assert count > 400
    assert not problems, "\n".join(problems)


def test_the_english_file_holds_every_text_of_the_interface(tmp_path: Path) -> None:
    """What translations/update would add is already there (run it, then translate, if not)."""
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    enum_labels = tmp_path / "enum_labels.py"  # what translations/update writes for the enums
    enum_labels.write_text(i18n.enum_labels_source(), encoding="utf-8")
    sources = [*sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py")), str(enum_labels)]
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "fr_FR", "-target-language", "en", *sources, "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True)
    new = [f"[{context}] {message.findtext('source')!r}" for context, message in messages(copy)
           if (message.find("translation") is not None
               and message.find("translation").get("type") == "unfinished")]  # type: ignore[union-attr]
    assert not new, ("texts of the interface missing from translations/formation_en.ts: run "
                     "translations/update and translate them:\n" + "\n".join(new))


def test_the_compiled_file_is_up_to_date(tmp_path: Path) -> None:
    compiled = tmp_path / QM.name
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run translations/update"


def test_the_update_script_is_executable() -> None:
    script = ROOT / "translations" / "update"
    assert os.access(script, os.X_OK)
    text = script.read_text(encoding="utf-8")
    assert "pyside6-lupdate" in text and "pyside6-lrelease" in text and "src/formation/ui" in text
    assert "enum_labels_source" in text and "translations/enum_labels.py" in text


# --- the labels of the closed lists (formation.core.enums.LabelledEnum) ---------------------------

def test_the_closed_lists_are_all_found() -> None:
    from formation.core.enums import LabelledEnum, Presence, RegistrationStatus
    from formation.forms.model import FormKind
    from formation.services.followups import FollowupState
    from formation.services.registers import ComplaintStatus

    enums = i18n.labelled_enums()
    assert {RegistrationStatus, Presence, FollowupState, ComplaintStatus, FormKind} <= set(enums)
    assert LabelledEnum not in enums and len(enums) >= 20
    # One context per class: two lists of the same name would share their translations.
    assert len({enum.__name__ for enum in enums}) == len(enums)


def test_every_label_of_a_closed_list_is_translated_in_the_english_file() -> None:
    """Fails when a member is added (or its French label changed) without its English: run
    translations/update, then translate the new entries."""
    english = {(context, message.findtext("source")): message.find("translation")
               for context, message in messages()}
    problems = []
    count = 0
    for enum in i18n.labelled_enums():
        for member in enum:
            count += 1
            translation = english.get((enum.__name__, member.label))
            where = f"{enum.__name__}.{member.name} {member.label!r}"
            if translation is None:
                problems.append(f"{where}: not in {TS.name}")
            elif translation.get("type") or not (translation.text or "").strip():
                problems.append(f"{where}: {translation.get('type') or 'empty'}")
    assert count > 100
    assert not problems, "run translations/update and translate:\n" + "\n".join(problems)


def test_the_lupdate_file_of_the_closed_lists_has_one_text_per_member(tmp_path: Path) -> None:
    source = i18n.enum_labels_source()
    compile(source, "enum_labels.py", "exec")
    calls = re.findall(r"^    QCoreApplication\.translate\((.+)\)$", source, re.MULTILINE)
    expected = [f"{enum.__name__!r}, {member.label!r}"
                for enum in i18n.labelled_enums() for member in enum]
    assert calls == expected




def test_the_contexts_of_the_compiled_file_are_read() -> None:
    contexts = i18n.qm_contexts(QM.read_bytes())
    assert contexts["Accueil"] == ["MainWindow"]
    assert "ListPage" in contexts["Formations"] and "MainWindow" in contexts["Formations"]
    assert len(contexts) > 300
    with pytest.raises(ValueError):
        i18n.qm_contexts(b"not a qm file")


# --- the language chosen --------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "language"), [
    (None, "fr"), ("", "fr"), ("en", "en"), ("en_GB.UTF-8", "en"), ("EN-us", "en"), ("fr_FR", "fr"),
    ("C", "fr"), ("POSIX", "fr"), ("de", "de"),
])
def test_the_language_comes_from_formation_lang(monkeypatch: pytest.MonkeyPatch, value: str | None,
                                                language: str) -> None:
    if value is None:
        monkeypatch.delenv("FORMATION_LANG", raising=False)
    else:
        monkeypatch.setenv("FORMATION_LANG", value)
    assert i18n.chosen_language() == language


@pytest.fixture
def language(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Whatever a test installs, French is back for the next one."""
    yield
    monkeypatch.delenv("FORMATION_LANG", raising=False)
    i18n.install_translations(app, i18n.chosen_language())


def _menus(window: QMainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_english_on_screen_with_formation_lang_en(app: QApplication, db: Database, qtbot: QtBot,
                                                  language: None,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from formation.ui.main_window import MainWindow
    from formation.ui.pages.courses import CoursesPage

    monkeypatch.setenv("FORMATION_LANG", "en")
    assert i18n.install_translations(app, i18n.chosen_language()) == "en"
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == ENGLISH_SIDEBAR
    assert _menus(window)[0] == "&File" and _menus(window)[-1] == "&Help"
    assert "&Fichier" not in _menus(window) and "&Aide" not in _menus(window)
    courses = window.page(CoursesPage)
    labels = [label.text() for label in courses.findChildren(QLabel)]
    assert "<h2>Courses</h2>" in labels  # a class attribute, translated when shown
    assert courses.new_button.text() == "New course"  # type: ignore[attr-defined]
    assert [b.text() for b in courses.findChildren(QPushButton)][1:3] == ["Edit", "Delete"]
    # A plural written in ListPage and shown by a subclass, and a text of a helper function.
    assert courses.count_label.text() == "0 items"  # type: ignore[attr-defined]
    assert QCoreApplication.translate("CoursesPage", "%n élément(s)", "", 1) == "1 item"
    assert QCoreApplication.translate("RegistrationsPanel", "Session complète") == "Session full"
    assert QCoreApplication.translate("MainWindow", "Texte inconnu") == "Texte inconnu"


def test_french_by_default(app: QApplication, db: Database, qtbot: QtBot, language: None,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    from formation.ui.main_window import MainWindow

    monkeypatch.setenv("FORMATION_LANG", "en")
    i18n.install_translations(app, "en")
    monkeypatch.delenv("FORMATION_LANG")
    assert i18n.install_translations(app, i18n.chosen_language()) == "fr"
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == FRENCH_SIDEBAR
    assert _menus(window)[0] == "&Fichier" and _menus(window)[-1] == "&Aide"


def test_a_language_without_translation_shows_french(app: QApplication, language: None) -> None:
    assert i18n.install_translations(app, "de") == "fr"
    assert QCoreApplication.translate("MainWindow", "Accueil") == "Accueil"
    assert i18n.available_languages() == ["fr", "en"]


REGISTRATION_STATUSES = {
    "en": ["Waiting list", "Pre-registered", "Registered", "Cancelled", "Dropped out", "Completed"],
    "fr": ["Liste d'attente", "Pré-inscrit·e", "Inscrit·e", "Annulé·e", "Abandon", "Terminé·e"],
}


def _column(model: QAbstractItemModel, header: str) -> list[str]:
    index = next(c for c in range(model.columnCount())
                 if model.headerData(c, Qt.Orientation.Horizontal) == header)
    return [model.index(r, index).data() for r in range(model.rowCount())]


@pytest.mark.parametrize("code", ["en", "fr"])
def test_the_labels_of_the_closed_lists_follow_the_language(
        app: QApplication, db: Database, qtbot: QtBot, language: None,
        monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    """A session's registrations, its status and a registration's status combo: in English with
    FORMATION_LANG=en, in French otherwise."""
    from formation.core.enums import Funding, RegistrationStatus
    from formation.services import catalogue, people, registrations, sessions
    from formation.ui.pages.sessions import SessionsPage
    from formation.ui.registrations_panel import StatusDialog

    monkeypatch.setenv("FORMATION_LANG", code)
    assert i18n.install_translations(app, i18n.chosen_language()) == code
    course_id = catalogue.save_course(db, catalogue.CourseData(code="GEST", title="Gestion",
                                                               duration_minutes=420))
    session_id = sessions.save_session(db, sessions.new_session_for(db, course_id, date(2026, 3, 12)))
    participant_id = people.save_participant(db, people.ParticipantData(first_name="Marc",
                                                                       last_name="Durand"))
    registrations.register(db, participant_id, session_id, funding=Funding.PERSONAL)
    page = SessionsPage(db)
    qtbot.addWidget(page)
    page.show()
    page.select_id(session_id)
    english = code == "en"
    assert _column(page.model, "Status" if english else "Statut") == \
        ["Planned" if english else "Prévue"]
    panel = page.panel.model
    assert _column(panel, "Registration" if english else "Inscription") == \
        ["Registered" if english else "Inscrit·e"]
    assert _column(panel, "Participant status" if english else "Statut participant") == \
        ["Volunteer" if english else "Bénévole"]
    assert _column(panel, "Funding" if english else "Financement") == \
        ["Self-funded" if english else "Financement personnel"]
    [row] = registrations.list_registrations(db, session_id)
    dialog = StatusDialog(db, row)
    qtbot.addWidget(dialog)
    combo = dialog.status
    assert [combo.itemText(i) for i in range(combo.count())] == REGISTRATION_STATUSES[code]
    assert combo.currentText() == ("Registered" if english else "Inscrit·e")
    assert combo.value() is RegistrationStatus.REGISTERED  # the member, whatever the language
    assert i18n.label(RegistrationStatus.COMPLETED) == REGISTRATION_STATUSES[code][-1]


def test_every_label_of_a_closed_list_is_shown_in_english(app: QApplication,
                                                          language: None) -> None:
    """What label() gives under the compiled English file is the .ts translation (the contexts
    label() asks for are those of the file lupdate read)."""
    english = {(context, message.findtext("source")): message.findtext("translation")
               for context, message in messages()}
    assert i18n.install_translations(app, "en") == "en"
    shown = {(enum.__name__, member.label): i18n.label(member)
             for enum in i18n.labelled_enums() for member in enum}
    assert shown == {key: english[key] for key in shown}


def test_the_application_reads_formation_lang(tmp_path: Path) -> None:
    """make_application() installs the language of FORMATION_LANG (its own process: a test's
    QApplication is made once)."""
    script = ("from PySide6.QtCore import QCoreApplication\n"
              "from formation.ui.application import make_application\n"
              "make_application()\n"
              "print(QCoreApplication.translate('MainWindow', 'Accueil'))\n")
    env = dict(os.environ, FORMATION_LANG="en", QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "Home"


# --- French left outside tr() ---------------------------------------------------------------------

# Calls whose arguments are shown to users (constructors and methods of Qt, Column of table_model).
SINKS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QAction",
    "QListWidgetItem", "QTableWidgetItem", "QMessageBox", "QProgressDialog", "Column",
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setWhatsThis", "showMessage", "addAction",
    "addMenu", "addTab", "setTabText", "addItem", "addItems", "insertItem", "setItemText",
    "addButton", "setLabelText", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "setHeaderLabels", "setTitle", "warning", "critical", "information", "question",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "setSpecialValueText", "setPrefix",
    "delete_with_undo",
}
ONLY_ARGUMENTS = {"delete_with_undo": (3,)}  # its label is in the message of a refused deletion
TRANSLATING = {"tr", "translate", "translated", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
PRODUCT_NAMES = {"Formation", "Qt", "PySide6", "Python"}

# What the scan finds today in code written before the translations; each is reported to its
# author. Remove a line once its text goes through tr(): the test fails on stale lines too.
KNOWN: set[tuple[str, str]] = {  # (file under src/formation/ui, text's first 50 characters)
    ('app.py', 'Choisir un autre fichier Formation'),
    ('application.py', 'Une erreur inattendue est survenue. Ce qui était d'),
    ('main_window.py', 'Fichiers Formation (*.sqlite *.db);;Tous les fichi'),
    ('pages/courses.py', 'La formation «  »'),
    ('pages/home.py', 'du  au '),
    ('pages/participants.py', 'Le ou la participant·e «  »'),
    ('pages/structures.py', 'La structure «  »'),
    ('session_actions.py', ' — , ajouté le '),
    ('session_actions.py', 'Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)'),
    ('slots_editor.py', 'après-midi'),
    ('slots_editor.py', 'matin'),
}


def _visible(text: str) -> bool:
    """Words a user reads: not markup, placeholders, file patterns, units or acronyms alone."""
    text = re.sub(r"<[^>]*>|&\w+;|%\d|%n|\*\.\w+|\bh\b", " ", text)
    if text.strip() in PRODUCT_NAMES:
        return False
    return any(re.search(r"[a-zà-ÿ]", word) for word in re.findall(r"[A-Za-zÀ-ÿ·]{2,}", text))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _bare_texts(node: ast.AST) -> Iterator[str]:
    """String literals in an expression shown to users, except those inside tr() and the like."""
    if isinstance(node, ast.Call):
        if _name(node.func) in TRANSLATING:
            return
        if isinstance(node.func, ast.Attribute):  # 'text'.replace(…), 'a'.join(…)
            yield from _bare_texts(node.func.value)
        return
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str) and _visible(node.value):
            yield node.value
        return
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        if _visible(literal):
            yield literal
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                yield from _bare_texts(value.value)
        return
    if isinstance(node, ast.Lambda):
        yield from _bare_texts(node.body)
        return
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.expr):
            yield from _bare_texts(child)


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level and class-level NAME = 'text' (marked ones excepted)."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef)):
            for statement in node.body:
                if (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                        and isinstance(statement.targets[0], ast.Name)):
                    texts = list(_bare_texts(statement.value))
                    if texts:
                        found[statement.targets[0].id] = texts[0]
    return found


def untranslated_texts() -> set[tuple[str, str]]:
    """(file, text) of the UI code: literals given to a sink outside tr(), constants given to a sink
    or to a translating call, texts returned by helpers, and tr() of a computed text."""
    found: set[tuple[str, str]] = set()
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(UI.rglob("*.py"))}
    used: set[str] = set()  # names and attributes given to sinks or translating calls
    for path, tree in trees.items():
        where = str(path.relative_to(ROOT))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = _name(node.func)
                arguments = [*node.args, *(k.value for k in node.keywords)]
                if name in SINKS or name in TRANSLATING:
                    for argument in arguments:
                        for sub in ast.walk(argument):
                            if isinstance(sub, ast.Name):
                                used.add(sub.id)
                            elif isinstance(sub, ast.Attribute):
                                used.add(sub.attr)
                if name in SINKS and not _is_log(node.func):
                    shown = [node.args[i] for i in ONLY_ARGUMENTS[name] if i < len(node.args)] \
                        if name in ONLY_ARGUMENTS else arguments
                    found |= {(where, text) for a in shown for text in _bare_texts(a)}
                text = _text_argument(node)
                if text is not None and not isinstance(text, ast.Constant) \
                        and not _inside_wrapper(tree, node):
                    found.add((where, f"{name}({ast.unparse(text)})"))
            if isinstance(node, ast.Return) and node.value is not None:
                found |= {(where, text) for text in _bare_texts(node.value)}
    for path, tree in trees.items():
        where = str(path.relative_to(ROOT))
        found |= {(where, text) for name, text in _constants(tree).items() if name in used}
    return found


def _is_log(func: ast.expr) -> bool:
    """log.warning(…) is for the log file, not QMessageBox.warning(…)."""
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
        and func.value.id in {"log", "logger", "logging"}


def _text_argument(call: ast.Call) -> ast.expr | None:
    """The text given to tr(text), translate(context, text), QT_TRANSLATE_NOOP(context, text)…"""
    name = _name(call.func)
    if name in {"tr", "QT_TR_NOOP"} and call.args:
        return call.args[0]
    if name in {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"} and len(call.args) > 1:
        context = call.args[0]
        if isinstance(context, ast.Constant) and isinstance(context.value, str):
            return call.args[1]  # not QPainter.translate(x, y)
    return None


def _inside_wrapper(tree: ast.Module, call: ast.Call) -> bool:
    """tr(text) inside `def tr(text)` or `def translated(text)`: the wrapper, not a computed text."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in {"tr", "translated"}:
            if any(sub is call for sub in ast.walk(node)):
                return True
    return False


NOT_WORDS = {"pdf", "docx", "translations"}  # format codes and folder names a helper returns


def _not_words(text: str) -> bool:
    """Style sheets, codes and file names: not words a user reads."""
    if text in NOT_WORDS or re.search(r"#[0-9a-fA-F]{3,6}\b|:\s*[\w#().-]+\s*;", text):
        return True
    return bool(re.fullmatch(r"[\w.-]+", text)) and ("." in text or text[0] in "-_")


def test_no_user_visible_french_outside_tr() -> None:
    found = {(where.removeprefix("src/formation/ui/"), text[:50])
             for where, text in untranslated_texts() if not _not_words(text)}
    new = sorted(found - KNOWN)
    stale = sorted(KNOWN - found)
    assert not new, "French shown to users without tr():\n" + "\n".join(map(str, new))
    assert not stale, "fixed, remove from KNOWN:\n" + "\n".join(map(str, stale))


def test_every_text_given_to_tr_reaches_the_english_file() -> None:
    """lupdate misses tr() inside an f-string: such a text is found in another context, or not."""
    sources = {message.findtext("source") for _context, message in messages()}
    missing = set()
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                text = _text_argument(node)
                if isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value:
                    if text.value not in sources:
                        missing.add((str(path.relative_to(ROOT)), text.value))
    assert missing <= KNOWN_UNSEEN, sorted(missing - KNOWN_UNSEEN)
    assert not KNOWN_UNSEEN - missing, f"fixed, remove from KNOWN_UNSEEN: {KNOWN_UNSEEN - missing}"


# tr() texts lupdate cannot see (inside f-strings) and no other context translates.
KNOWN_UNSEEN: set[tuple[str, str]] = {
    ("src/formation/ui/pages/home.py", "Bienvenue chez %1"),
    ("src/formation/ui/pages/home.py", "Bienvenue dans Formation"),
}
