"""All the templates in use: the shipped ones, overridden by key by the organisation's own copies."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from formation import paths, resources
from formation.forms.model import Template
from formation.forms.parser import TemplateError, check_template

USER_FOLDER_NAME = "formulaires"


def user_folder() -> Path:
    """Where the organisation keeps its edited copies (it may not exist)."""
    return paths.data_dir() / USER_FOLDER_NAME


def default_folders() -> list[Path]:
    """The shipped templates, then the organisation's folder when there is one (it wins by key)."""
    folders = [resources.forms_folder()]
    if user_folder().is_dir():
        folders.append(user_folder())
    return folders


@dataclass
class Catalog:
    """What `scan` found: the templates in use, every problem, and each file's outcome in order."""

    templates: dict[str, Template] = field(default_factory=dict)
    errors: list[TemplateError] = field(default_factory=list)
    #: Every `*.toml` file read, in reading order, with its template when it could be used.
    files: list[tuple[Path, Template | None]] = field(default_factory=list)
    #: key -> the template it replaced from an earlier folder.
    replaced: dict[str, Template] = field(default_factory=dict)


def load_all(folders: Path | Sequence[Path]) -> tuple[dict[str, Template], list[TemplateError]]:
    """The usable templates by key, and the problems found; a broken file does not stop the others.

    `folders` go from the lowest precedence to the highest: a template in a later folder replaces
    the one with the same key from an earlier folder (the shipped folder first, the user's last).
    """
    catalog = scan(folders)
    return catalog.templates, catalog.errors


def scan(folders: Path | Sequence[Path]) -> Catalog:
    catalog = Catalog()
    for folder in [folders] if isinstance(folders, str | Path) else folders:
        _scan_folder(Path(folder), catalog)
    return catalog


def _scan_folder(folder: Path, catalog: Catalog) -> None:
    if not folder.is_dir():
        catalog.errors.append(TemplateError(folder, None, "ce dossier de modèles n'existe pas."))
        return
    in_this_folder: dict[str, Template] = {}
    for path in sorted(folder.glob("*.toml")):
        if path.name.startswith(".") or not path.is_file():
            continue
        template, errors = check_template(path)
        if template is not None:
            problem = _conflict(template, in_this_folder.get(template.key),
                                catalog.templates.get(template.key))
            if problem:
                errors.append(problem)
                template = None
        catalog.errors.extend(errors)
        catalog.files.append((path, template))
        if template is None:
            continue
        in_this_folder[template.key] = template
        earlier = catalog.templates.get(template.key)
        if earlier is not None:
            catalog.replaced[template.key] = earlier
        catalog.templates[template.key] = template


def _conflict(template: Template, same_folder: Template | None,
              earlier: Template | None) -> TemplateError | None:
    path = template.path or Path(template.key)
    line = _line_of(template.source, "key")
    if same_folder is not None:
        return TemplateError(path, line, f"la clé « {template.key} » est déjà celle de "
                                         f"{_name(same_folder)}, dans le même dossier : donnez une "
                                         "autre clé à l'un des deux modèles.")
    if earlier is not None and earlier.version == template.version and earlier.sha256 != template.sha256:
        return TemplateError(path, _line_of(template.source, "version"), (
            f"ce modèle remplace {_name(earlier)} mais garde sa version {template.version} avec un "
            f"texte différent : passez à version = {template.version + 1} (les réponses déjà "
            "enregistrées restent liées au texte auquel elles ont répondu)."))
    return None


def _name(template: Template) -> str:
    return template.path.name if template.path else f"« {template.key} »"


def _line_of(source: str, key: str) -> int | None:
    """The line of a top-level key (before the first [block])."""
    for number, line in enumerate(source.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            return None
        if stripped.split("=")[0].strip() == key and "=" in stripped:
            return number
    return None


def check_lines(folders: Path | Sequence[Path]) -> tuple[list[str], bool]:
    """The report of `formation forms check`: one line per template and per problem, and whether
    all is well."""
    folder_list = [Path(folders)] if isinstance(folders, str | Path) else [Path(f) for f in folders]
    catalog = scan(folder_list)
    lines: list[str] = []
    for folder in folder_list:
        lines.append(f"Dossier {folder}")
        lines.extend(_error_line(e) for e in catalog.errors if e.path == folder)
        for path, template in catalog.files:
            if path.parent != folder:
                continue
            if template is not None:
                lines.append(_ok_line(template, catalog))
            lines.extend(_error_line(e) for e in catalog.errors if e.path == path)
    good = sum(1 for _, template in catalog.files if template is not None)
    problems = len(catalog.errors)
    lines.append(f"{good} modèle{'s' if good > 1 else ''} valide{'s' if good > 1 else ''}, "
                 + (f"{problems} problème{'s' if problems > 1 else ''}." if problems
                    else "aucun problème."))
    return lines, not problems


def _ok_line(template: Template, catalog: Catalog) -> str:
    count = template.question_count
    line = (f"OK  {template.key} v{template.version} — {template.title} "
            f"({count} question{'s' if count > 1 else ''})")
    if catalog.templates.get(template.key) is not template:
        return line + ", remplacé par un modèle du dossier suivant"
    replaced = catalog.replaced.get(template.key)
    if replaced is not None:
        line += f", remplace {template.key} v{replaced.version} du dossier précédent"
    return line


def _error_line(error: TemplateError) -> str:
    return f"ERREUR  {error.location} — {error.message}"
