"""Reading a spreadsheet as users save it (CSV from Excel or LibreOffice, XLSX) into rows of text."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from zipfile import BadZipFile

from formation.core.errors import FormationError

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
SHEET_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = ",;\t"
_SEP_LINE = re.compile(r"sep=(.)\r?\n?", re.IGNORECASE)  # Excel's own "sep=;" first line

Numbered = list[tuple[int, list[str]]]


class Row(list[str]):
    """The cells of one data row, remembering its 1-based line in the file (the header is line 1)."""

    def __init__(self, cells: Iterable[str], line: int) -> None:
        super().__init__(cells)
        self.line = line

    def __repr__(self) -> str:
        return f"Row({list(self)!r}, line={self.line})"


@dataclass
class Table:
    """The first non-blank line as headers, then the non-blank rows, padded to the headers' width."""

    headers: list[str]
    rows: list[Row] = field(default_factory=list)


def read_table(path: Path) -> Table:
    """Read a CSV or XLSX file; FormationError with a French sentence if it cannot be used."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return _to_table(path.name, _text_rows(path))
    if suffix in SHEET_SUFFIXES:
        return _to_table(path.name, _sheet_rows(path))
    if suffix == ".xls":
        raise FormationError(f"« {path.name} » est un ancien classeur Excel (.xls) : ouvrez-le et "
                             "enregistrez-le au format .xlsx ou CSV, puis réessayez.")
    raise FormationError(f"« {path.name} » n'est ni un fichier CSV ni un classeur XLSX : "
                         "enregistrez-le dans l'un de ces formats depuis votre tableur.")


def _to_table(name: str, numbered: Numbered) -> Table:
    stripped = [(line, [c.strip() for c in cells]) for line, cells in numbered]
    filled = [(line, cells) for line, cells in stripped if any(cells)]
    if not filled:
        raise FormationError(f"Le fichier « {name} » est vide.")
    headers = filled[0][1]
    while headers and not headers[-1]:  # spreadsheets often carry empty trailing columns
        headers.pop()
    headers = [h or f"Colonne {i}" for i, h in enumerate(headers, start=1)]
    width = len(headers)
    rows = [Row((cells + [""] * width)[:width], line) for line, cells in filled[1:]]
    rows = [row for row in rows if any(row)]  # data only in columns without a header: nothing to read
    if not rows:
        raise FormationError(f"Le fichier « {name} » ne contient que sa ligne d'en-tête : "
                             "aucune ligne à importer.")
    return Table(headers, rows)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise FormationError(f"Le fichier « {path.name} » est introuvable.") from None
    except OSError as error:
        raise FormationError(f"Impossible de lire « {path.name} » : {error.strerror}.") from None


# --- CSV ---------------------------------------------------------------------------------------

def decode(raw: bytes) -> str:
    """Excel writes UTF-8 with a BOM, cp1252 (French Windows) or UTF-16 ("texte Unicode")."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined: a replacement mark beats refusing the whole file.
        return raw.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    """`,` `;` or tab: the Sniffer's guess if the header line has it, else the header's commonest."""
    sample = text[:65536].rpartition("\n")[0] or text[:65536]
    header = next((line for line in sample.splitlines() if line.strip()), "")
    try:
        found = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = ""
    if found and found in header:
        return found
    return max(DELIMITERS, key=header.count)


def _text_rows(path: Path) -> Numbered:
    text = decode(_read_bytes(path))
    skipped = 0
    sep = _SEP_LINE.match(text)
    if sep and sep.group(1) in DELIMITERS:
        delimiter, text, skipped = sep.group(1), text[sep.end():], 1
    else:
        delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    numbered: Numbered = []
    start = 1
    try:
        for cells in reader:
            numbered.append((start + skipped, cells))
            start = reader.line_num + 1  # a quoted cell may span several lines
    except csv.Error as error:
        raise FormationError(f"« {path.name} » n'est pas un fichier CSV lisible "
                             f"(ligne {reader.line_num + skipped} : {error}).") from None
    return numbered


# --- XLSX --------------------------------------------------------------------------------------

def _sheet_rows(path: Path) -> Numbered:
    from openpyxl import load_workbook  # type: ignore[import-untyped]
    from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

    if not path.is_file():
        raise FormationError(f"Le fichier « {path.name} » est introuvable.")
    unreadable = FormationError(f"« {path.name} » n'est pas un classeur XLSX lisible "
                                "(endommagé, protégé par un mot de passe ou d'un autre format).")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError, ValueError, OSError):
        raise unreadable from None
    try:
        if not book.worksheets:
            raise FormationError(f"Le classeur « {path.name} » ne contient aucune feuille de données.")
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # some exporters write a wrong size; read what is really there
        return [(n, [cell_text(v) for v in values])
                for n, values in enumerate(sheet.iter_rows(values_only=True), start=1)]
    except (BadZipFile, KeyError, ValueError) as error:
        raise unreadable from error
    finally:
        book.close()


def cell_text(value: object) -> str:
    """A cell as the user saw it: 59000.0 is "59000", a date is "02/03/2026"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, ".15g")
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y" if value.time() == time() else "%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)
