"""What the questionnaires screens need beyond forms_store and forms_import: the templates in the
order of a training's life, one PDF per response written to a folder, and imports file by file, both
with progress and cancel for a background task. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from formation.core.errors import FormationError
from formation.documents.form_pdf import file_name, gather, render
from formation.forms.model import FormKind, Template
from formation.services.forms_import import import_paths
from formation.services.forms_outcome import Outcome
from formation.storage.database import Database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def _no_progress(_done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False


def in_order(templates: Mapping[str, Template]) -> list[Template]:
    """Needs, positioning, assessment, satisfaction, follow-up, employer, trainer, review: the order
    of FormKind, which is the order they are used in; then by title."""
    kinds = list(FormKind)
    return sorted(templates.values(),
                  key=lambda t: (kinds.index(t.kind), t.title.casefold(), t.key))


@dataclass(frozen=True)
class Written:
    response_id: int
    path: Path


@dataclass(frozen=True)
class PrintRun:
    """What write_pdfs did: the files written, in order, and whether it was stopped before the end."""

    folder: Path
    written: tuple[Written, ...]
    total: int
    cancelled: bool

    @property
    def response_ids(self) -> list[int]:
        return [item.response_id for item in self.written]


def write_pdfs(db: Database, response_ids: Sequence[int], folder: Path,
               progress: Progress = _no_progress, cancelled: Cancelled = _never) -> PrintRun:
    """The fillable PDF of each response in `folder` (created if needed), under its usual name; two
    responses that would share a name (namesakes) get their number added. Marks nothing as sent."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FormationError(f"Le dossier « {folder} » ne peut pas être créé : "
                             f"{error.strerror or error}.") from None
    total = len(response_ids)
    used: set[str] = set()
    written: list[Written] = []
    progress(0, total)
    for done, response_id in enumerate(response_ids, start=1):
        if cancelled():
            return PrintRun(folder, tuple(written), total, True)
        facts = gather(db, response_id)
        name = file_name(facts)
        if name in used:
            name = f"{Path(name).stem}_n{response_id}.pdf"
        used.add(name)
        path = folder / name
        try:
            path.write_bytes(render(facts))
        except OSError as error:
            raise FormationError(f"Le fichier « {path} » ne peut pas être écrit : "
                                 f"{error.strerror or error}. Les PDF déjà écrits sont "
                                 "gardés.") from None
        written.append(Written(response_id, path))
        progress(done, total)
    return PrintRun(folder, tuple(written), total, False)


def import_files(db: Database, paths: Sequence[Path], templates: Mapping[str, Template], *,
                 now: datetime, replace: bool = False, progress: Progress = _no_progress,
                 cancelled: Cancelled = _never) -> list[Outcome]:
    """forms_import.import_paths, one path (a file or a folder) at a time, so that a long import
    shows its progress and can stop between two files; what was stored stays stored."""
    outcomes: list[Outcome] = []
    progress(0, len(paths))
    for done, path in enumerate(paths, start=1):
        if cancelled():
            break
        outcomes += import_paths(db, [Path(path)], templates, now=now, replace=replace)
        progress(done, len(paths))
    return outcomes


def pdf_paths(paths: Sequence[Path]) -> list[Path]:
    """Of files dropped on a window: the PDFs and the folders (which may hold PDFs), in order."""
    return [Path(p) for p in paths if Path(p).is_dir() or Path(p).suffix.lower() == ".pdf"]


#: How forms_outcome tells the command line to replace answers already stored.
_CLI_REPLACE = "relancez l'import avec --replace."


def screen_message(message: str, replace_hint: str) -> str:
    """An import outcome's message for a window: the command line's `--replace` advice becomes
    `replace_hint` (what to tick on screen)."""
    return message.replace(_CLI_REPLACE, replace_hint)
