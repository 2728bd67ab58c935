"""The index of an audit folder (PDF and HTML), and the plain tables the folder holds as PDF.

The index says, criterion by criterion and indicator by indicator, which files the folder holds
(with a link in the HTML) and what is missing or still to follow, from the readiness checks: an
auditor opens it first. Data in (IndexData, plain values), bytes out; nothing here reads the file.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import (  # type: ignore[import-untyped, unused-ignore]
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from formation.core import frenchfmt
from formation.documents import pdf_parts as P
from formation.documents.fonts import BOLD, REGULAR, register_fonts
from formation.documents.issuer import Issuer
from formation.documents.pdf_page import ACCENT, INK, RULE, WIDTH, build_referenced_pdf

TITLE = "Dossier de preuves Qualiopi"
CONFIDENTIAL_NOTE = ("Le dossier « Confidentiel » contient des données personnelles sensibles "
                     "(besoins spécifiques, situations de handicap) : à ne montrer qu'à "
                     "l'auditeur·rice, sans copie, puis à détruire.")
LEGEND = (("✓", "Complet", "tout est là"),
          ("◐", "À suivre", "pas encore dû, ou demandé et en attente de réponse"),
          ("✗", "Manquant", "dû et non fait pour au moins une personne"))
COLOURS = {"green": "#dcefdc", "orange": "#fde3c0", "red": "#f6d0cc"}


@dataclass(frozen=True)
class IndexFile:
    path: str  # in the archive
    description: str


@dataclass(frozen=True)
class IndexGap:
    level: str  # green, orange, red
    mark: str  # ✓ ◐ ✗
    text: str  # 'FONCT-2026-03 — Grilles d'analyse des besoins : 2/3 ; …'


@dataclass(frozen=True)
class IndexIndicator:
    number: int
    title: str
    folder: str  # 'Critère 3 - Adaptation/Indicateur 11 - Évaluation des acquis'
    major: bool
    green: int
    orange: int
    red: int
    files: tuple[IndexFile, ...]
    gaps: tuple[IndexGap, ...]
    notes: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"Indicateur {self.number} — {self.title}" + (" (majeur)" if self.major else "")


@dataclass(frozen=True)
class IndexCriterion:
    number: int
    title: str
    indicators: tuple[IndexIndicator, ...]

    @property
    def label(self) -> str:
        return f"Critère {self.number} — {self.title}"


@dataclass(frozen=True)
class IndexSession:
    code: str
    course_title: str
    dates: str
    mark: str
    level: str
    red: int
    orange: int


@dataclass(frozen=True)
class IndexData:
    organisation: str
    scope: str  # 'Sessions du 24/11/2025 au 23/11/2026'
    made: date
    facts: tuple[tuple[str, str], ...]
    sessions: tuple[IndexSession, ...]
    criteria: tuple[IndexCriterion, ...]
    data_files: tuple[IndexFile, ...]
    not_applicable: str
    totals: tuple[int, int, int]  # green, orange, red
    confidential: bool
    failures: tuple[str, ...] = ()

    def files(self) -> list[IndexFile]:
        """Every file the index lists, once, in the order it lists them."""
        seen: dict[str, IndexFile] = {}
        for criterion in self.criteria:
            for indicator in criterion.indicators:
                for item in indicator.files:
                    seen.setdefault(item.path, item)
        for item in self.data_files:
            seen.setdefault(item.path, item)
        return list(seen.values())


# --- HTML -----------------------------------------------------------------------------------------

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1a1c24; margin: 2em auto;
       max-width: 60em; line-height: 1.45; padding: 0 1em; }
h1 { color: #1c3d6b; margin-bottom: .2em; } h2 { color: #1c3d6b; border-bottom: 2px solid #1c3d6b;
margin-top: 2em; } h3 { color: #1c3d6b; margin-bottom: .3em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
th, td { border-bottom: 1px solid #c8ccd2; padding: .25em .5em; text-align: left;
         vertical-align: top; }
th { background: #e8ecf3; } td.n { text-align: right; white-space: nowrap; }
.green { background: #dcefdc; } .orange { background: #fde3c0; } .red { background: #f6d0cc; }
.muted { color: #666a75; font-size: 90%; } .confidential { border: 2px solid #b3261e; padding: .5em;
color: #8a1c14; } ul { margin-top: .2em; } li { margin-bottom: .15em; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _link(item: IndexFile, base: str = "") -> str:
    shown = item.path[len(base):] if base and item.path.startswith(base) else item.path
    return f'<a href="{_e(quote(item.path))}">{_e(shown)}</a> — {_e(item.description)}'


def render_html(data: IndexData) -> bytes:
    green, orange, red = data.totals
    out = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
           f"<title>{_e(TITLE)} — {_e(data.organisation)}</title>",
           f"<style>{STYLE}</style></head><body>",
           f"<h1>{_e(TITLE)}</h1>", f"<p><strong>{_e(data.organisation)}</strong> · "
           f"{_e(data.scope)} · édité le {_e(frenchfmt.long_date(data.made))}</p>",
           "<table>"]
    out += [f"<tr><th>{_e(label)}</th><td>{_e(value)}</td></tr>" for label, value in data.facts]
    out += ["</table>", "<p>Légende : " + " ; ".join(
        f"<span class=\"{level}\">{_e(mark)} {_e(name)}</span> : {_e(text)}"
        for (mark, name, text), level in zip(LEGEND, ("green", "orange", "red"), strict=True))
        + ".</p>",
        f"<p>En tout : {green} point(s) complet(s), {orange} à suivre, {red} manquant(s).</p>"]
    if data.confidential:
        out.append(f'<p class="confidential">{_e(CONFIDENTIAL_NOTE)}</p>')
    out += ["<h2>Sommaire par indicateur</h2>", "<table><tr><th>Indicateur</th><th>Fichiers</th>"
            "<th>✓ complet</th><th>◐ à suivre</th><th>✗ manquant</th></tr>"]
    for criterion in data.criteria:
        for ind in criterion.indicators:
            level = "red" if ind.red else "orange" if ind.orange else "green" if ind.green else ""
            out.append(f'<tr class="{level}"><td><a href="#i{ind.number}">{_e(ind.label)}</a></td>'
                       f'<td class="n">{len(ind.files)}</td><td class="n">{ind.green}</td>'
                       f'<td class="n">{ind.orange}</td><td class="n">{ind.red}</td></tr>')
    out.append("</table>")
    out += _sessions_html(data.sessions)
    for criterion in data.criteria:
        out.append(f"<h2>{_e(criterion.label)}</h2>")
        for ind in criterion.indicators:
            out += _indicator_html(ind)
    out += ["<h2>Données</h2>", "<p>Les données de l'application, pour vos propres vérifications "
            "(tableurs CSV, séparateur point-virgule). Les besoins spécifiques n'y figurent pas.</p>",
            "<ul>", *(f"<li>{_link(item)}</li>" for item in data.data_files), "</ul>",
            f"<p class=\"muted\">{_e(data.not_applicable)}</p>"]
    if data.failures:
        out += ["<h2>Fichiers qui n'ont pas pu être produits</h2>", "<ul>",
                *(f"<li>{_e(text)}</li>" for text in data.failures), "</ul>"]
    out.append("</body></html>")
    return "\n".join(out).encode("utf-8")


def _sessions_html(sessions: Sequence[IndexSession]) -> list[str]:
    if not sessions:
        return ["<h2>Sessions</h2>", "<p>Aucune session dans ce périmètre.</p>"]
    rows = [f'<tr class="{s.level}"><td>{_e(s.mark)} {_e(s.code)}</td><td>{_e(s.course_title)}</td>'
            f'<td>{_e(s.dates)}</td><td class="n">{s.red}</td><td class="n">{s.orange}</td></tr>'
            for s in sessions]
    return ["<h2>Sessions</h2>", "<table><tr><th>Session</th><th>Formation</th><th>Dates</th>"
            "<th>✗ manquant</th><th>◐ à suivre</th></tr>", *rows, "</table>"]


def _indicator_html(ind: IndexIndicator) -> list[str]:
    out = [f'<h3 id="i{ind.number}">{_e(ind.label)}</h3>',
           f'<p class="muted">Dossier : {_e(ind.folder)}/</p>']
    out += [f"<p>{_e(note)}</p>" for note in ind.notes]
    if ind.files:
        out += ["<p>Dans le dossier :</p><ul>",
                *(f"<li>{_link(item, ind.folder + '/')}</li>" for item in ind.files), "</ul>"]
    else:
        out.append("<p>Aucun fichier produit par l'application pour cet indicateur.</p>")
    if ind.gaps:
        out += ["<p>Manquant ou à suivre :</p><ul>",
                *(f'<li class="{g.level}">{_e(g.mark)} {_e(g.text)}</li>' for g in ind.gaps),
                "</ul>"]
    elif ind.green:
        out.append("<p>✓ Rien ne manque.</p>")
    return out


# --- PDF ------------------------------------------------------------------------------------------

SMALL_CELL = ParagraphStyle("audit-cell", parent=P.TIGHT, fontSize=8, leading=10)
FILE_STYLE = ParagraphStyle("audit-file", parent=P.TIGHT, fontSize=8, leading=10, leftIndent=14,
                            bulletIndent=3, spaceAfter=1, bulletFontName=REGULAR)
NOTE_STYLE = ParagraphStyle("audit-note", parent=P.TIGHT, fontSize=8.5, leading=11, spaceAfter=2)
SUMMARY_HEAD = ParagraphStyle("audit-summary-head", parent=P.LABEL, fontName=BOLD, fontSize=8,
                              leading=10, textColor=INK)
SUMMARY_CELL = ParagraphStyle("audit-summary-cell", parent=P.TIGHT, fontSize=8.5, leading=10.5)
SUMMARY_RIGHT = ParagraphStyle("audit-summary-right", parent=SUMMARY_CELL, alignment=TA_RIGHT)
LABEL_STYLE = ParagraphStyle("audit-label", parent=P.TIGHT, fontName=BOLD, fontSize=9, leading=12,
                             spaceBefore=4)


def render_pdf(data: IndexData, issuer: Issuer) -> bytes:
    register_fonts()  # before the first Paragraph: its style names the DejaVu fonts
    green, orange, red = data.totals
    story: list[Flowable] = [*P.title(TITLE, f"{data.organisation} · {data.scope}", size=16,
                                      compact=True),
                             P.facts(list(data.facts), label_width=130), Spacer(1, 6)]
    story += [P.para(P.esc("Légende : " + " ; ".join(f"{mark} {name} : {text}"
                                                       for mark, name, text in LEGEND) + "."),
                     P.SMALL),
              P.para(P.esc(f"En tout : {green} point(s) complet(s), {orange} à suivre, {red} "
                           "manquant(s). Le même sommaire, avec des liens vers chaque fichier, "
                           "est dans index.html."), P.SMALL)]
    if data.confidential:
        story += [Spacer(1, 4), P.para(P.b(CONFIDENTIAL_NOTE), P.SMALL)]
    story += [P.heading("Sommaire par indicateur"), _summary_table(data)]
    if data.sessions:
        story += [P.heading("Sessions"), P.grid(
            ["Session", "Formation", "Dates", "✗", "◐"],
            [[f"{s.mark} {s.code}", s.course_title, s.dates, str(s.red), str(s.orange)]
             for s in data.sessions], [112, WIDTH - 112 - 150 - 64, 150, 32, 32],
            align_right=(3, 4))]
    for criterion in data.criteria:
        story.append(P.heading(criterion.label))
        for ind in criterion.indicators:
            story += _indicator_pdf(ind)
    story += [P.heading("Données"), P.para(P.esc(
        "Les données de l'application, pour vos propres vérifications (tableurs CSV, séparateur "
        "point-virgule). Les besoins spécifiques n'y figurent pas."), P.SMALL)]
    story += _files_pdf(data.data_files, "")
    story += [Spacer(1, 8), P.para(P.esc(data.not_applicable), P.SMALL)]
    if data.failures:
        story += [P.heading("Fichiers qui n'ont pas pu être produits"), *P.bullets(data.failures)]
    reference = f"{TITLE} · {data.scope} · édité le {frenchfmt.short_date(data.made)}"
    return build_referenced_pdf(story, issuer, reference, title=f"{TITLE} — {data.organisation}",
                                subject=f"{TITLE}, {data.scope}")


def _summary_table(data: IndexData) -> Flowable:
    """One compact line per indicator, shaded by its worst item (the counts say it in words)."""
    def cell(text: str, right: bool = False) -> Paragraph:
        return Paragraph(P.esc(text), SUMMARY_RIGHT if right else SUMMARY_CELL)

    head = [Paragraph(P.esc(text), SUMMARY_HEAD) for text in
            ("N°", "Indicateur", "Fichiers", "✓ complet", "◐ à suivre", "✗ manquant")]
    rows: list[list[Paragraph]] = [head]
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), (0.91, 0.93, 0.96)), ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    for criterion in data.criteria:
        for ind in criterion.indicators:
            rows.append([cell(str(ind.number), True), cell(ind.title + (" (majeur)" if ind.major
                                                                         else "")),
                         cell(str(len(ind.files)), True), cell(str(ind.green), True),
                         cell(str(ind.orange), True), cell(str(ind.red), True)])
            level = "red" if ind.red else "orange" if ind.orange else "green" if ind.green else ""
            if level:
                commands.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1),
                                 COLOURS[level]))
    table = Table(rows, colWidths=[26, WIDTH - 26 - 52 - 3 * 72, 52, 72, 72, 72], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(P.table_style(commands))
    return table


def _indicator_pdf(ind: IndexIndicator) -> list[Flowable]:
    head: list[Flowable] = [
        P.para(P.b(ind.label), ParagraphStyle("audit-ind", parent=P.HEADING, fontSize=10,
                                               textColor=P.HEADING.textColor, spaceBefore=8)),
        P.para(P.esc(f"Dossier : {ind.folder}/ · ✓ {ind.green} · ◐ {ind.orange} · ✗ {ind.red}"),
               P.SMALL)]
    head += [P.para(P.esc(note), NOTE_STYLE) for note in ind.notes]
    body: list[Flowable] = []
    if ind.files:
        body.append(P.para(P.esc("Dans le dossier :"), LABEL_STYLE))
        body += _files_pdf(ind.files, ind.folder + "/")
    else:
        body.append(P.para(P.esc("Aucun fichier produit par l'application pour cet indicateur."),
                           P.SMALL))
    if ind.gaps:
        body.append(P.para(P.esc("Manquant ou à suivre :"), LABEL_STYLE))
        body += [Paragraph(P.esc(g.text), FILE_STYLE, bulletText=g.mark) for g in ind.gaps]
    elif ind.green:
        body.append(P.para(P.esc("✓ Rien ne manque."), SMALL_CELL))
    # The heading stays with its first lines: never alone at the foot of a page.
    return [KeepTogether(head + body[:3]), *body[3:]]


def _files_pdf(files: Sequence[IndexFile], base: str) -> list[Flowable]:
    return [Paragraph(f"{P.esc(f.path[len(base):] if base and f.path.startswith(base) else f.path)}"
                        f" <font color='#666a75'>— {P.esc(f.description)}</font>", FILE_STYLE,
                        bulletText="•") for f in files]


# --- plain tables (registers, catalogue) ------------------------------------------------------------

def table_pdf(title: str, subtitle: str, header: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float], issuer: Issuer, made: date, *, note: str = "") -> bytes:
    """A register as a one-table PDF in the house style (widths in points, summing to the page's
    width: 491 points)."""
    register_fonts()
    scale = WIDTH / sum(widths)
    story: list[Flowable] = [*P.title(title, subtitle, size=15, compact=True)]
    if note:
        story += [P.para(P.esc(note), P.SMALL), Spacer(1, 6)]
    if rows:
        story.append(P.grid(list(header), [list(r) for r in rows], [w * scale for w in widths]))
    else:
        story.append(P.para(P.esc("Aucune ligne."), P.BODY))
    reference = f"{title} · édité le {frenchfmt.short_date(made)}"
    return build_referenced_pdf(story, issuer, reference, title=title, subject=subtitle)


@dataclass(frozen=True)
class CatalogueCourse:
    code: str
    title: str
    facts: tuple[tuple[str, str], ...]
    objectives: tuple[str, ...]
    programme: str


def catalogue_pdf(courses: Sequence[CatalogueCourse], issuer: Issuer, made: date,
                  scope: str) -> bytes:
    """The courses of the period as the catalogue describes them: objectives, programme, public,
    duration, methods, assessment, accessibility (indicators 1, 5, 6)."""
    register_fonts()
    story: list[Flowable] = [*P.title("Catalogue des formations", scope, size=16, compact=True)]
    for course in courses:
        story += [P.heading(f"{course.title} ({course.code})"), P.para(P.b("Objectifs"), P.TIGHT)]
        story += P.bullets(course.objectives, numbered=True) or [P.para("—")]
        story += [Spacer(1, 3), P.para(P.b("Programme"), P.TIGHT),
                  P.para(P.lines(course.programme) or "—", P.TIGHT), Spacer(1, 3),
                  P.facts(list(course.facts), label_width=130), Spacer(1, 6)]
    if not courses:
        story.append(P.para(P.esc("Aucune formation dans ce périmètre.")))
    reference = f"Catalogue des formations · {scope} · édité le {frenchfmt.short_date(made)}"
    return build_referenced_pdf(story, issuer, reference, title="Catalogue des formations",
                                subject=scope)
