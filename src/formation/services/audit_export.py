"""The audit folder: a ZIP of the evidence the file holds, by Qualiopi criterion and indicator.

`build(db, selection, out_path, progress, cancelled)` checks the sessions of the selection
(formation.services.readiness), plans the files (formation.services.audit_files), makes them one by
one and writes the ZIP, with its index (PDF and HTML) saying per indicator what is included and
what is missing. Qt-free: the Audit page runs it in the background, the `audit-export` command in
the foreground.

The ZIP is deterministic: names sorted, every entry dated the selection's day at midnight, the same
compression, so that the same data give the same bytes. It is written beside the target and moved
into place at the end: a cancelled or failed export leaves no half-written file.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.documents import audit_index
from formation.documents.audit_index import IndexData, IndexFile, IndexGap, IndexIndicator
from formation.documents.issuer import Issuer, gather_issuer, grouped
from formation.services.audit_files import CONFIDENTIAL, Entry, Planner, folder
from formation.services.readiness import (
    CRITERIA,
    INDICATORS,
    NOT_APPLICABLE,
    Level,
    Readiness,
    Selection,
    describe,
    readiness,
)
from formation.storage.database import Database
from formation.storage.models import Session as TrainingSession

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
INDEX_HTML, INDEX_PDF = "index.html", "index.pdf"

NOTES = {
    2: "Les taux à publier (satisfaction, achèvement) se calculent sur l'année dans Documents > "
       "Bilan de l'année ; leur publication sur le site se montre à part.",
    4: "Les réponses aux questions confidentielles (besoins spécifiques) sont retirées de ces "
       f"grilles ; elles sont dans le dossier « {CONFIDENTIAL} » de l'indicateur 10.",
    10: f"Le dossier « {CONFIDENTIAL} » contient des données sensibles : à ne montrer qu'à "
        "l'auditeur·rice.",
    17: "Les locaux et le matériel se montrent à part (photos, contrats de location…).",
    19: "Les supports pédagogiques eux-mêmes ne sont pas dans l'application : présentez-les à "
        "part. Méthodes et modalités de chaque formation : voir le catalogue.",
    26: f"Les besoins spécifiques des personnes et leur prise en compte sont dans le dossier « "
        f"{CONFIDENTIAL} » de l'indicateur 10.",
}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    files: int  # evidence and data files, the index apart
    size: int
    red: int
    orange: int
    failures: tuple[str, ...] = ()


def _no_progress(_done: int, _total: int) -> None:
    pass


def _never() -> bool:
    return False


def build(db: Database, selection: Selection, out_path: Path, progress: Progress | None = None,
          cancelled: Cancelled | None = None) -> ExportResult | None:
    """Write the audit folder of `selection` to `out_path` (a .zip); None when cancelled."""
    progress, cancelled = progress or _no_progress, cancelled or _never
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise FormationError(f"Le dossier « {out_path.parent} » n'existe pas.")
    checked = readiness(db, selection)
    if not checked.sessions:
        raise FormationError(f"Aucune session (hors sessions annulées) dans ce périmètre : "
                             f"{selection.label.lower()}.")
    issuer = gather_issuer(db)
    entries = Planner(db, checked, issuer).plan()
    total = len(entries) + 1
    progress(0, total)
    stamp = (selection.today.year, selection.today.month, selection.today.day, 0, 0, 0)
    partial = out_path.with_name(out_path.name + ".part")
    written: list[Entry] = []
    failures: list[str] = []
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for done, entry in enumerate(entries, start=1):
                if cancelled():
                    break
                try:
                    content = entry.make()
                except Exception as error:  # noqa: BLE001 (listed in the index, the rest goes on)
                    log.exception("Audit export: %s", entry.path)
                    failures.append(f"{entry.path} : {error}")
                else:
                    _write(archive, entry.path, content, stamp)
                    written.append(entry)
                progress(done, total)
            else:
                data = index_data(checked, written, issuer, failures)
                _write(archive, INDEX_HTML, audit_index.render_html(data), stamp)
                _write(archive, INDEX_PDF, audit_index.render_pdf(data, issuer), stamp)
                progress(total, total)
        if cancelled():
            partial.unlink(missing_ok=True)
            return None
        os.replace(partial, out_path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    totals = checked.totals
    return ExportResult(out_path, len(written), out_path.stat().st_size, totals[Level.RED],
                        totals[Level.ORANGE], tuple(failures))


def _write(archive: zipfile.ZipFile, name: str, content: bytes,
           stamp: tuple[int, int, int, int, int, int]) -> None:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # the same on every system: Unix, with ordinary read permissions
    info.external_attr = 0o644 << 16
    archive.writestr(info, content, compresslevel=6)


def index_data(checked: Readiness, written: list[Entry], issuer: Issuer,
               failures: list[str]) -> IndexData:
    """The index of what was written, and of what the checks found missing, per indicator."""
    totals = {t.indicator.number: t for t in checked.by_indicator()}
    long_sessions = [s for s in checked.sessions if s.long]
    criteria = []
    for criterion in CRITERIA.values():
        indicators = []
        for indicator in (i for i in INDICATORS.values() if i.criterion == criterion.number):
            number = indicator.number
            files = tuple(IndexFile(e.path, e.description) for e in written if number in e.indicators)
            gaps = [(s, c) for s, c in checked.for_indicator(number) if c.level is not Level.GREEN]
            gaps.sort(key=lambda sc: -sc[1].level.rank)
            notes = [NOTES[number]] if number in NOTES else []
            if number == 12:
                notes.insert(0, f"{len(long_sessions)} session(s) de plus de deux jours dans ce "
                                "périmètre." if long_sessions else "Aucune session de plus de deux "
                                "jours dans ce périmètre : l'indicateur ne s'applique pas.")
            total = totals[number]
            indicators.append(IndexIndicator(
                number, indicator.title, folder(number), indicator.major, total.green,
                total.orange, total.red, files,
                tuple(IndexGap(c.level.value, c.level.mark, describe(s, c, public=True))
                      for s, c in gaps),
                tuple(notes)))
        criteria.append(audit_index.IndexCriterion(criterion.number, criterion.title,
                                                   tuple(indicators)))
    sessions = tuple(audit_index.IndexSession(
        s.code, s.course_title, s.dates, s.level.mark, s.level.value,
        sum(c.level is Level.RED for c in s.applicable),
        sum(c.level is Level.ORANGE for c in s.applicable)) for s in checked.sessions)
    count = checked.totals
    selection = checked.selection
    facts = [("Organisme", issuer.name or "—"),
             ("Déclaration d'activité", grouped(issuer.nda, (2, 2, 5, 2)) or "—"),
             ("Certification Qualiopi", issuer.qualiopi or "—"),
             ("Périmètre", selection.label),
             ("Sessions", f"{len(checked.sessions)} (sessions annulées non comprises)"),
             ("Points vérifiés", f"{count[Level.GREEN]} complet(s), {count[Level.ORANGE]} à "
                                 f"suivre, {count[Level.RED]} manquant(s)"),
             ("Édité le", frenchfmt.long_date(selection.today))]
    return IndexData(
        organisation=issuer.name or "Organisme de formation", scope=selection.label,
        made=selection.today, facts=tuple(facts), sessions=sessions, criteria=tuple(criteria),
        data_files=tuple(IndexFile(e.path, e.description) for e in written if not e.indicators),
        not_applicable=NOT_APPLICABLE,
        totals=(count[Level.GREEN], count[Level.ORANGE], count[Level.RED]),
        confidential=any(e.confidential for e in written), failures=tuple(failures))


def suggested_name(selection: Selection) -> str:
    """'dossier-audit-qualiopi_2025-11-24_2026-11-23.zip'"""
    if selection.start and selection.end and not selection.session_ids:
        return f"dossier-audit-qualiopi_{selection.start.isoformat()}_{selection.end.isoformat()}.zip"
    return f"dossier-audit-qualiopi_{selection.today.isoformat()}.zip"


def parse_date(text: str) -> date:
    """JJ/MM/AAAA (or JJ-MM-AAAA, JJ.MM.AAAA) or ISO AAAA-MM-JJ."""
    value = text.strip()
    try:
        if len(value) == 10 and value[4] == "-":
            return date.fromisoformat(value)
        day, month, year = (int(part) for part in value.replace("-", "/").replace(".", "/").split("/"))
        return date(year, month, day)
    except ValueError:
        raise FormationError(f"Date illisible : « {text} ». Écrivez-la JJ/MM/AAAA (par exemple "
                             "23/11/2026) ou AAAA-MM-JJ.") from None


def selection_from(db: Database, start: str | None, end: str | None,
                   codes: Sequence[str] | None, today: date | None = None) -> Selection:
    """The selection the command line asks for: a period, or sessions by their code."""
    today = today or date.today()
    if codes and (start or end):
        raise FormationError("Indiquez soit une période (--from et --to), soit des sessions "
                             "(--session), pas les deux.")
    if codes:
        with db.session() as s:
            found = {code: session_id for code, session_id in s.execute(
                select(TrainingSession.code, TrainingSession.id)
                .where(TrainingSession.code.in_([c.strip() for c in codes])))}
        unknown = [c for c in codes if c.strip() not in found]
        if unknown:
            raise FormationError("Aucune session n'a le code : " + ", ".join(
                f"« {c} »" for c in unknown) + ".")
        return Selection(session_ids=tuple(sorted({found[c.strip()] for c in codes})), today=today)
    if not (start and end):
        raise FormationError("Indiquez la période (--from JJ/MM/AAAA --to JJ/MM/AAAA) ou des "
                             "sessions (--session CODE).")
    first, last = parse_date(start), parse_date(end)
    if last < first:
        raise FormationError("La fin de la période précède son début.")
    return Selection(first, last, today=today)


def run(args: argparse.Namespace, database: Path) -> int:
    """`formation audit-export (--from DATE --to DATE | --session CODE...) --out FICHIER.zip`."""
    out = Path(args.out)
    if out.suffix.lower() != ".zip":
        raise FormationError(f"« {out.name} » : le dossier d'audit s'écrit dans un fichier .zip.")
    with Database.open(database, write=False, daily_backup=False) as db:
        selection = selection_from(db, args.start, args.end, args.session)
        result = build(db, selection, out)
    assert result is not None  # nothing cancels a command
    size = f"{result.size / 1_000_000:.1f}".replace(".", ",")
    print(f"Dossier d'audit écrit : {result.path} ({result.files} fichiers, {size} Mo ; "
          f"{result.red} point(s) manquant(s), {result.orange} à suivre : voir index.pdf).")
    for failure in result.failures:
        print(f"Non produit : {failure}", file=sys.stderr)
    return 0
