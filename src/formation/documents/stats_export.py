"""The year's figures as tables, written as CSV (one file, a section per table) or XLSX (a sheet per
table), and the `formation stats` command that writes them (or JSON, or the PDF).

CSV is what French spreadsheets open without a question: UTF-8 with a BOM, `;` between cells,
decimal commas. Hours are decimal hours (3,5 = 3 h 30); rates are percentages.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.services.stats import YearStats, to_json, year_stats
from formation.services.stats_bpf import BpfLine
from formation.storage.database import Database

Cell = str | int | float | None
FORMATS = ("json", "csv", "xlsx", "pdf")
BINARY = ("xlsx", "pdf")


@dataclass(frozen=True)
class ExportTable:
    sheet: str  # at most 31 characters, none of []:*?/\
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def rate(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


# --- the tables ---------------------------------------------------------------------------------------

def tables(stats: YearStats) -> list[ExportTable]:
    return [_key_table(stats), _sessions_table(stats), *_split_tables(stats),
            _indicator_table(stats), _satisfaction_table(stats), *_bpf_tables(stats),
            _checks_table(stats)]


def key_rows(stats: YearStats) -> list[tuple[str, Cell]]:
    k = stats.key
    return [
        ("Année", stats.year),
        ("Chiffres arrêtés au", frenchfmt.short_date(stats.as_of)),
        ("Sessions", k.sessions),
        ("Sessions annulées", k.cancelled_sessions),
        ("Journées de formation réalisées", k.training_days),
        ("Dates de formation différentes", k.calendar_days),
        ("Journées encore à venir", k.days_to_come),
        ("Stagiaires accueilli·es (inscriptions suivies)", k.trainees),
        ("Personnes différentes", k.people),
        ("Inscriptions (hors attente et annulations)", k.registrations),
        ("Heures-stagiaires", hours(k.hours_trainee_minutes)),
        ("Femmes", k.women),
        ("Hommes", k.men),
        ("Salarié·es", k.employees),
        ("Bénévoles ou porteur·ses de projet", k.volunteers),
        ("Demandeur·ses d'emploi", k.job_seekers),
        ("Communes", k.communes),
        ("Taux de satisfaction (%)", rate(stats.satisfaction.rate)),
        ("Mode de calcul des heures", k.hours_basis),
    ]


def _key_table(stats: YearStats) -> ExportTable:
    return ExportTable("Chiffres clés", f"Chiffres clés {stats.year}", ("Indicateur", "Valeur"),
                       tuple(key_rows(stats)))


def _sessions_table(stats: YearStats) -> ExportTable:
    rows = tuple((s.period, s.title, s.place, s.days, s.participants, hours(s.minutes), s.code,
                  s.kind, s.status, s.note) for s in stats.sessions)
    return ExportTable("Sessions", f"Le programme {stats.year}", (
        "Période", "Intitulé", "Lieu", "Durée (jours)", "Nombre de participant·es", "Heures",
        "Session", "Type", "Statut", "Remarque"), rows)


def _split_tables(stats: YearStats) -> list[ExportTable]:
    return [ExportTable(split.title[:31], f"Répartition : {split.title.lower()}", (
        split.title, "Personnes", "Stagiaires", "Heures-stagiaires"),
        tuple((r.label, r.people, r.trainees, hours(r.minutes)) for r in split.rows))
        for split in stats.splits]


def indicator_rows(stats: YearStats) -> list[tuple[str, Cell]]:
    i = stats.indicator2
    return [
        ("Personnes formées", i.people),
        ("Stagiaires (inscriptions suivies)", i.trainees),
        ("Taux de satisfaction (%)", rate(i.satisfaction_rate)),
        ("Réponses de satisfaction comptées", i.satisfaction_answers),
        ("Parcours terminés", i.completed),
        ("Abandons", i.abandoned),
        ("Taux d'achèvement (%)", rate(i.completion_rate)),
        ("Questionnaires à froid préparés", i.followup_prepared),
        ("Questionnaires à froid répondus", i.followup_answered),
        ("Taux de réponse à froid (%)", rate(i.followup_rate)),
    ]


def _indicator_table(stats: YearStats) -> ExportTable:
    return ExportTable("Indicateur 2", "Qualiopi, indicateur 2 : résultats", ("Indicateur", "Valeur"),
                       tuple(indicator_rows(stats)))


def _satisfaction_table(stats: YearStats) -> ExportTable:
    s = stats.satisfaction
    rows = tuple((level.label, level.count, rate(level.percent)) for level in s.levels)
    return ExportTable("Satisfaction", "Satisfaction à chaud (questions d'appréciation)",
                       ("Appréciation", "Réponses", "Part (%)"), rows)


def _bpf_rows(lines: tuple[BpfLine, ...]) -> tuple[tuple[Cell, ...], ...]:
    body = [(line.code, line.label, line.trainees, hours(line.minutes)) for line in lines]
    total = ("", "Total", sum(x.trainees for x in lines), hours(sum(x.minutes for x in lines)))
    return (*body, total)


def _bpf_tables(stats: YearStats) -> list[ExportTable]:
    bpf = stats.bpf
    head = ("Ligne", "Libellé", "Nombre de stagiaires", "Nombre d'heures-stagiaires")
    distance = bpf.f1_distance
    f1 = (*_bpf_rows(bpf.f1), ("", distance.label, distance.trainees, hours(distance.minutes)))
    return [
        ExportTable("BPF F-1", "BPF, cadre F-1 : type de stagiaires", head, f1),
        ExportTable("BPF F-3", "BPF, cadre F-3 : objectif général des prestations", head,
                    _bpf_rows(bpf.f3)),
        ExportTable("BPF F-4", "BPF, cadre F-4 : spécialités de formation", head, _bpf_rows(bpf.f4)),
        ExportTable("BPF E", "BPF, cadre E : personnes dispensant des heures de formation",
                    ("Formateur·rices", "Nombre de personnes", "Heures de formation dispensées"),
                    tuple((line.label, line.people, hours(line.minutes)) for line in bpf.e)),
    ]


def _checks_table(stats: YearStats) -> ExportTable:
    check = stats.bpf.check or ("Les totaux des cadres F-1, F-3 et F-4 sont égaux.",)
    rows = [("Contrôle du BPF", line) for line in check]
    rows += [("Donnée manquante", line) for line in stats.missing]
    return ExportTable("Contrôles", "Contrôles et données manquantes", ("Type", "Détail"), tuple(rows))


# --- writing ------------------------------------------------------------------------------------------

def csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text.replace(".", ",")
    return str(value)


def to_csv(stats: YearStats) -> bytes:
    """Every table, one after the other: its title, its header, its rows, a blank line."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for table in tables(stats):
        writer.writerow([table.title])
        writer.writerow(table.headers)
        writer.writerows([csv_cell(c) for c in row] for row in table.rows)
        writer.writerow([])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(stats: YearStats) -> bytes:
    from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped, unused-ignore]

    book = Workbook()
    book.remove(book.active)
    stamp = datetime(stats.as_of.year, stats.as_of.month, stats.as_of.day)
    book.properties.creator = "Formation"
    book.properties.title = f"Bilan de l'année {stats.year}"
    book.properties.created = book.properties.modified = stamp
    for table in tables(stats):
        sheet = book.create_sheet(table.sheet)
        sheet.append([table.title])
        sheet["A1"].font = Font(bold=True, size=12)
        sheet.append(list(table.headers))
        for cell in sheet[2]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in table.rows:
            sheet.append(list(row))
        sheet.freeze_panes = "A3"
        for index, header in enumerate(table.headers):
            values = [header, *(csv_cell(row[index]) for row in table.rows)]
            width = min(70, max(10, *(len(v) for v in values)) + 2)
            sheet.column_dimensions[sheet.cell(row=2, column=index + 1).column_letter].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return _stable(buffer.getvalue(), stamp)


def _stable(xlsx: bytes, stamp: datetime) -> bytes:
    """The same bytes for the same figures: openpyxl stamps the file and its parts with the time of
    saving; they get the figures' date instead."""
    moment = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + moment, data)
            target.writestr(zipfile.ZipInfo(info.filename, stamp.timetuple()[:6]), data,
                            zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def export(stats: YearStats, fmt: str, db: Database | None = None) -> bytes:
    """The figures in `fmt` (json, csv, xlsx or pdf); the PDF's letterhead needs `db`."""
    if fmt == "json":
        return to_json(stats).encode("utf-8")
    if fmt == "csv":
        return to_csv(stats)
    if fmt == "xlsx":
        return to_xlsx(stats)
    if fmt == "pdf":
        from formation.documents.issuer import gather_issuer
        from formation.documents.stats_pdf import stats_pdf

        if db is None:
            raise FormationError("Le PDF du bilan a besoin du fichier de l'organisme (en-tête).")
        return stats_pdf(stats, gather_issuer(db))
    raise FormationError(f"Format inconnu : « {fmt} » (json, csv, xlsx ou pdf).")


def default_name(year: int, fmt: str) -> str:
    return f"bilan-{year}.{fmt}"


# --- the command --------------------------------------------------------------------------------------

def stats_command(args: argparse.Namespace, path: Path) -> int:
    fmt = args.format
    if fmt in BINARY and not args.out:
        raise FormationError(f"Le format {fmt} s'écrit dans un fichier : indiquez --out FICHIER.")
    with Database.open(path, write=False, daily_backup=False) as db:
        data = export(year_stats(db, args.year), fmt, db)
    if not args.out:
        sys.stdout.write(data.decode("utf-8-sig"))
        return 0
    out = Path(args.out)
    out.write_bytes(data)
    print(f"Bilan {args.year} écrit : {out}")
    return 0
