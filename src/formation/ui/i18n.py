"""The language of the interface: Qt's own texts and Formation's, French unless told otherwise.

French is the source language: every text of the interface is written in French in the code, inside
tr() or QCoreApplication.translate(), and nothing needs loading for it. Another language comes from
`translations/formation_<langue>.qm`, made by `translations/update` (Qt Linguist's lupdate, then
lrelease) from `formation_<langue>.ts`, where the translations are written.

The language is chosen with the FORMATION_LANG environment variable (`en`, `en_GB.UTF-8`…); without
it, French.

The labels of the closed lists (formation.core.enums.LabelledEnum: statuses, fundings…) are written in
French in the Qt-free layers: the interface shows them with label(member), which translates them
under the context of their class. translations/update gives lupdate those texts in a Python file
that enum_labels_source() writes from the enums themselves (translations/enum_labels.py, not kept).
"""

from __future__ import annotations

import importlib
import logging
import os
import re
import struct
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from formation.core.enums import LabelledEnum
from formation.resources import root

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "fr"
LANGUAGE_VARIABLE = "FORMATION_LANG"
_installed: list[QTranslator] = []  # what install_translations() put in, taken out on a change


def translations_folder() -> Path:
    """`translations/` beside `resources/`: in the source tree, or in the bundle."""
    return root() / "translations"


def chosen_language() -> str:
    """The two-letter language asked for by FORMATION_LANG ('en_GB.UTF-8' gives 'en'), else French."""
    value = os.environ.get(LANGUAGE_VARIABLE, "").strip()
    code = re.split(r"[_.@-]", value, maxsplit=1)[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else SOURCE_LANGUAGE


def available_languages() -> list[str]:
    """French, and every language with a compiled translation in translations/."""
    found = sorted(p.stem.removeprefix("formation_")
                   for p in translations_folder().glob("formation_*.qm"))
    return [SOURCE_LANGUAGE] + [code for code in found if code != SOURCE_LANGUAGE]


def install_translations(app: QCoreApplication, language: str) -> str:
    """Qt's own dialogs in `language` (qtbase), and Formation's texts unless it is French.

    Called again, it replaces the translations it installed before. Returns the language actually
    shown: French when Formation has no translation into `language`."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_folder):
        _install(app, qt)
    if language == SOURCE_LANGUAGE:
        return language
    own = FormationTranslator(app)
    path = translations_folder() / f"formation_{language}.qm"
    if not own.load(str(path)):
        log.warning("No translation of Formation into %r (%s): French is shown.", language, path)
        return SOURCE_LANGUAGE
    own.index_contexts(path)
    _install(app, own)
    return language


def label(member: LabelledEnum) -> str:
    """What the interface shows for a member of a closed list: its French label, translated."""
    return QCoreApplication.translate(type(member).__name__, member.label)


def labelled_enums() -> list[type[LabelledEnum]]:
    """Every closed list of the Qt-free layers (their modules are imported to find them all)."""
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package).with_suffix("").parts
        if parts[0] != "ui" and "migrations" not in parts and parts[-1] != "__main__":
            name = ".".join(("formation", *parts)).removesuffix(".__init__")
            importlib.import_module(name)
    found: list[type[LabelledEnum]] = []
    waiting = list(LabelledEnum.__subclasses__())
    while waiting:
        enum = waiting.pop(0)
        found.append(enum)
        waiting.extend(enum.__subclasses__())
    return sorted(found, key=lambda enum: (enum.__module__, enum.__name__))


def enum_labels_source() -> str:
    """A Python file for lupdate: one translate() per label of labelled_enums(), the class as
    context (what label() asks for), the member in a comment for the translator."""
    lines = ['"""Written by translations/update for lupdate from the closed lists of Formation '
             '(formation.ui.i18n.enum_labels_source): the labels label() translates. Not imported."""',
             "", "from PySide6.QtCore import QCoreApplication", "", "",
             "def labels() -> None:"]
    for enum in labelled_enums():
        lines.append(f"    # {enum.__module__}.{enum.__name__}")
        for member in enum:
            lines.append(f"    #: {enum.__name__}.{member.name} (code {member.value!r})")
            lines.append(f"    QCoreApplication.translate({enum.__name__!r}, {member.label!r})")
    return "\n".join(lines) + "\n"


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


class FormationTranslator(QTranslator):
    """A QTranslator that also finds a text translated under another context.

    lupdate files each text under the class whose code calls tr(), or under the name of the
    variable it is called on (`parent.tr(…)` in a function gives the context 'parent'); at run time
    Qt asks with the class of the object. They differ for a text written in a base class and shown
    by a subclass, or in a helper function: rather than show French there, the same source text is
    looked up in the other contexts that translate it."""

    def __init__(self, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._contexts: dict[str, list[str]] = {}

    def index_contexts(self, path: Path) -> None:
        try:
            self._contexts = qm_contexts(path.read_bytes())
        except (OSError, ValueError, struct.error) as error:
            log.warning("Contexts of %s not read: %s", path, error)

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        """The translation, or None (not "", which Qt would show) for a text not translated here."""
        text = super().translate(context, source, disambiguation, n)
        if text:
            return text
        for other in self._contexts.get(source, ()):
            if other != context:
                text = super().translate(other, source, disambiguation, n)
                if text:
                    return text
        return None


def qm_contexts(data: bytes) -> dict[str, list[str]]:
    """{source text: [contexts]} of a compiled .qm file (lrelease keeps both, UTF-8, per message)."""
    magic = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
    if not data.startswith(magic):
        raise ValueError("not a .qm file")
    found: dict[str, list[str]] = {}
    at = len(magic)
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        at += 5
        if tag == 0x69:  # the messages block
            _read_messages(data[at:at + length], found)
        at += length
    return found


def _read_messages(block: bytes, found: dict[str, list[str]]) -> None:
    at, source, context = 0, None, ""
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == 1:  # end of a message
            if source is not None and context not in found.setdefault(source, []):
                found[source].append(context)
            source, context = None, ""
        elif tag == 5:  # obsolete field: four bytes
            at += 4
        elif tag in (3, 6, 7, 8):  # translation, source text, context, comment: length, bytes
            length = struct.unpack_from(">I", block, at)[0]
            at += 4
            if length == 0xFFFFFFFF:
                continue
            value = block[at:at + length]
            at += length
            if tag == 6:
                source = value.decode("utf-8")
            elif tag == 7:
                context = value.decode("utf-8")
        else:
            raise ValueError(f"unknown tag {tag} in the messages")
