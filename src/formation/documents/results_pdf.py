"""The results of a session (or of a course's sessions in a year) as a PDF with simple charts, and as
a CSV table that French Excel opens as it is (UTF-8 with BOM, `;` between columns, decimal comma).

The charts are drawn with reportlab.graphics: one horizontal bar per appreciation question, split
by level; a bar per choice for the other questions; a small histogram for a scale; two bars (entry,
exit) per objective of the assessment grid. What the figures mean is stated on the page
(forms_results.SATISFIED_RULE). Comments are printed with their session, never with a name.
"""

from __future__ import annotations

import argparse
import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Rect, String  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.colors import Color  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import (  # type: ignore[import-untyped, unused-ignore]
    Flowable,
    KeepTogether,
    Spacer,
    Table,
)

from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.core.text import fold
from formation.documents import pdf_parts as P
from formation.documents.filenames import course_part
from formation.documents.fonts import BOLD, REGULAR, register_fonts
from formation.documents.issuer import Issuer, gather_issuer
from formation.documents.pdf_page import ACCENT, INK, MUTED, RULE, WIDTH, Colour, build_referenced_pdf
from formation.forms.model import FormKind, QuestionType
from formation.services import forms_results
from formation.services.forms_results import (
    APPRECIATION,
    SATISFIED_RULE,
    ChoiceCount,
    ObjectiveResult,
    QuestionResult,
    Results,
    percent,
)
from formation.storage.database import Database

TITLE = "Résultats des évaluations"
#: The four appreciation levels, best first: navy, blue, amber, brick.
LEVEL_COLOURS: tuple[Colour, ...] = ((0.11, 0.24, 0.42), (0.40, 0.60, 0.82), (0.93, 0.72, 0.36),
                                     (0.78, 0.32, 0.26))
#: Assessment levels, lowest first: grey, light blue, navy (the top one is "acquis").
GRID_COLOURS: tuple[Colour, ...] = ((0.80, 0.81, 0.84), (0.56, 0.72, 0.89), (0.11, 0.24, 0.42))
OTHER_COLOURS: tuple[Colour, ...] = ((0.11, 0.24, 0.42), (0.40, 0.60, 0.82), (0.62, 0.76, 0.90),
                                     (0.93, 0.72, 0.36), (0.78, 0.32, 0.26), (0.55, 0.56, 0.60),
                                     (0.30, 0.55, 0.45), (0.70, 0.55, 0.75))
BAR_HEIGHT = 13.0
LABEL_W = 190.0
RATE_W = 62.0
BAR_W = WIDTH - LABEL_W - RATE_W
STAGE_W = 70.0  # "À l'entrée", "À la sortie" before an objective's bars

CELL = ParagraphStyle("results-cell", parent=P.TIGHT, fontSize=9, leading=11.5)
RATE = ParagraphStyle("results-rate", parent=CELL, fontName=BOLD, alignment=TA_RIGHT, textColor=ACCENT)
BIG = ParagraphStyle("results-big", parent=P.BODY, fontName=BOLD, fontSize=22, leading=26,
                     alignment=TA_CENTER, textColor=ACCENT)
BIG_LABEL = ParagraphStyle("results-big-label", parent=P.SMALL, alignment=TA_CENTER, textColor=MUTED)
QUOTE = ParagraphStyle("results-quote", parent=P.TIGHT, fontSize=9.5, leading=12.5, leftIndent=10,
                       spaceAfter=3)


# --- the PDF --------------------------------------------------------------------------------------

def results_pdf(db: Database, results: Results, made: date | None = None) -> bytes:
    return render(results, gather_issuer(db), made or date.today())


def render(results: Results, issuer: Issuer, made: date) -> bytes:
    register_fonts()  # before the first Paragraph: its style names the DejaVu fonts
    scope = results.scope
    story: list[Flowable] = [*P.title(TITLE, scope.course_title, size=16, compact=True),
                             P.facts(_header(results, made), label_width=120)]
    if results.empty:
        story += [Spacer(1, 10), P.para(P.esc(
            "Aucun questionnaire de satisfaction ni aucune grille d'évaluation des acquis n'a "
            "encore de réponse pour ces sessions."))]
    story += _satisfaction(results)
    story += _acquired(results)
    story += _comments(results)
    story += _rates(results)
    reference = f"{TITLE} · {scope.course_code} · {_short_scope(results)} · édité le " \
                f"{frenchfmt.short_date(made)}"
    return build_referenced_pdf(story, issuer, reference, title=f"{TITLE} — {scope.course_title}",
                                subject=f"{TITLE}, {scope.label}")


def _short_scope(results: Results) -> str:
    scope = results.scope
    if not scope.whole_course and scope.sessions:
        return f"session {scope.sessions[0].code}"
    return f"année {scope.year}" if scope.year else "toutes les sessions"


def _header(results: Results, made: date) -> list[tuple[str, str]]:
    scope = results.scope
    rows = [("Formation", f"{scope.course_title} ({scope.course_code})"), ("Périmètre", scope.label)]
    if scope.whole_course:
        rows.append(("Sessions", "\n".join(
            f"{s.code} — {frenchfmt.date_range(s.start, s.end)}" for s in scope.sessions) or "—"))
    rate = results.rate_of(FormKind.SATISFACTION)
    if rate is not None:
        rows.append(("Questionnaires de satisfaction",
                     f"{rate.answered} réponse{'s' if rate.answered > 1 else ''} sur {rate.prepared} "
                     f"({percent(rate.rate)})"))
    rows.append(("Édité le", frenchfmt.long_date(made)))
    return rows


def _satisfaction(results: Results) -> list[Flowable]:
    if not results.questions:
        return []
    story: list[Flowable] = [P.heading("Satisfaction des participant·es")]
    pooled = results.appreciation
    if pooled.answers:
        figures = [(percent(pooled.satisfied_rate), "de réponses « Très bien » ou « Bien »")]
        figures += [(percent(pooled.level(level).percent), f"« {level} »") for level in APPRECIATION[:2]]
        rate = results.rate_of(FormKind.SATISFACTION)
        if rate is not None:
            figures.append((percent(rate.rate), "des participant·es ont répondu"))
        story += [_key_figures(figures), Spacer(1, 6)]
    appreciation = [q for q in results.questions if q.appreciation]
    if appreciation:
        story.append(_legend(APPRECIATION, LEVEL_COLOURS))
        story.append(_bar_table([(q.label, _stacked(q.choices, LEVEL_COLOURS), q.satisfied_rate)
                                 for q in appreciation], "satisfaits"))
    for question in results.questions:
        if not question.appreciation:
            story.append(_other_question(question))
    story.append(Spacer(1, 6))
    story.append(P.para(P.esc(SATISFIED_RULE + " Les pourcentages portent sur les personnes ayant "
                              "répondu à la question."), P.SMALL))
    return story


def _key_figures(figures: Sequence[tuple[str, str]]) -> Table:
    cells = [[P.para(P.esc(value), BIG), P.para(P.esc(label), BIG_LABEL)] for value, label in figures]
    width = WIDTH / len(cells)
    table = Table([cells], colWidths=[width] * len(cells))
    table.setStyle(P.table_style([
        ("BACKGROUND", (0, 0), (-1, -1), (0.95, 0.96, 0.98)),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
        ("LINEAFTER", (0, 0), (-2, -1), 0.6, (1, 1, 1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def _legend(labels: Sequence[str], colours: Sequence[Colour], start: float = LABEL_W) -> Drawing:
    """Coloured squares and their labels, from `start` (under the bars), on as many lines as needed."""
    items = [(label, colour, 12 + stringWidth(label, REGULAR, 8) + 14)
             for label, colour in zip(labels, colours, strict=False)]
    if sum(w for _, _, w in items) > WIDTH - start:
        start = 0.0
    lines: list[list[tuple[str, Colour, float]]] = [[]]
    used = start
    for item in items:
        if lines[-1] and used + item[2] > WIDTH:
            lines.append([])
            used = start
        lines[-1].append(item)
        used += item[2]
    drawing = Drawing(WIDTH, 13 * len(lines) + 1)
    for row, line in enumerate(lines):
        x, y = start, 13 * (len(lines) - row - 1) + 3
        for label, colour, width in line:
            drawing.add(Rect(x, y, 9, 9, fillColor=_rgb(colour), strokeColor=None))
            drawing.add(String(x + 12, y + 1, label, fontName=REGULAR, fontSize=8, fillColor=_rgb(INK)))
            x += width
    return drawing


def _bar_table(rows: Sequence[tuple[str, Drawing, float | None]], rate_label: str,
               label_width: float = LABEL_W) -> Table:
    data = [[P.para(P.esc(label), CELL), bar,
             P.para(f"{P.esc(percent(rate))}<br/><font size=7 color='#666b75'>{rate_label}</font>"
                    if rate is not None else "", RATE)] for label, bar, rate in rows]
    table = Table(data, colWidths=[label_width, WIDTH - label_width - RATE_W, RATE_W], hAlign="LEFT")
    table.setStyle(P.table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _stacked(parts: Sequence[ChoiceCount], colours: Sequence[Colour],
             width: float = BAR_W - 12) -> Drawing:
    """One bar, split by choice in proportion; each share written inside when it fits."""
    drawing = Drawing(width, BAR_HEIGHT)
    total = sum(part.count for part in parts)
    if not total:
        drawing.add(Rect(0, 0, width, BAR_HEIGHT, fillColor=_rgb((0.94, 0.94, 0.95)), strokeColor=None))
        drawing.add(String(4, 3.5, "pas de réponse", fontName=REGULAR, fontSize=7,
                           fillColor=_rgb(MUTED)))
        return drawing
    x = 0.0
    for n, part in enumerate(parts):
        if not part.count:
            continue
        w = width * part.count / total
        colour = colours[n % len(colours)]
        drawing.add(Rect(x, 0, w, BAR_HEIGHT, fillColor=_rgb(colour), strokeColor=_rgb((1, 1, 1)),
                         strokeWidth=0.6))
        label = percent(part.percent)
        if stringWidth(label, BOLD, 7) + 4 <= w:
            drawing.add(String(x + w / 2, 3.5, label, fontName=BOLD, fontSize=7,
                               fillColor=_rgb(_text_on(colour)), textAnchor="middle"))
        x += w
    return drawing


def _text_on(colour: Colour) -> Colour:
    light = 0.299 * colour[0] + 0.587 * colour[1] + 0.114 * colour[2]
    return INK if light > 0.6 else (1.0, 1.0, 1.0)


def _other_question(question: QuestionResult) -> Flowable:
    count = f"{question.answered} réponse{'s' if question.answered > 1 else ''}" \
        if question.answered else "aucune réponse"
    title = P.para(P.b(question.label) + f" <font size=8 color='#666b75'>— {count}</font>", CELL)
    if not question.answered:
        return KeepTogether([Spacer(1, 6), title])
    if question.type is QuestionType.SCALE:
        body: Flowable = _histogram(question)
    elif question.type is QuestionType.YES_NO or question.type is QuestionType.SINGLE_CHOICE:
        colours = ((0.11, 0.24, 0.42), (0.78, 0.32, 0.26)) if question.type is QuestionType.YES_NO \
            else OTHER_COLOURS
        shown = [c.label for c in question.choices]
        body = _bar_table([("", _stacked(question.choices, colours), question.satisfied_rate)],
                          "satisfaits" if question.satisfied is not None else "")
        return KeepTogether([Spacer(1, 6), title, _legend(shown, colours), body])
    else:
        body = _bar_table([(c.label, _single(c), c.percent) for c in question.choices], "")
    return KeepTogether([Spacer(1, 6), title, Spacer(1, 2), body])


def _single(choice: ChoiceCount, width: float = BAR_W - 12) -> Drawing:
    """A bar as long as the choice's share, with its count."""
    drawing = Drawing(width, BAR_HEIGHT)
    drawing.add(Rect(0, 0, width, BAR_HEIGHT, fillColor=_rgb((0.95, 0.96, 0.98)), strokeColor=None))
    share = (choice.percent or 0) / 100
    if share:
        drawing.add(Rect(0, 0, width * share, BAR_HEIGHT, fillColor=_rgb(ACCENT), strokeColor=None))
    label = f"{choice.count}"
    x = width * share
    inside = stringWidth(label, BOLD, 7) + 6 <= x
    drawing.add(String(x - 3 if inside else x + 3, 3.5, label, fontName=BOLD, fontSize=7,
                       fillColor=_rgb((1, 1, 1) if inside else INK),
                       textAnchor="end" if inside else "start"))
    return drawing


def _histogram(question: QuestionResult) -> Table:
    """A scale: one column per mark, its count above; the satisfied marks in navy."""
    width, height = BAR_W - 12, 52.0
    choices = question.choices
    drawing = Drawing(width, height)
    top = max((c.count for c in choices), default=0) or 1
    step = width / max(len(choices), 1)
    threshold = forms_results.satisfied_mark(question.scale[1] if question.scale else None)
    for n, choice in enumerate(choices):
        x = n * step
        bar_h = (height - 24) * choice.count / top
        satisfied = choice.label.isdigit() and int(choice.label) >= threshold
        colour = ACCENT if satisfied else (0.62, 0.76, 0.90)
        drawing.add(Rect(x + 2, 12, step - 4, max(bar_h, 0.8), fillColor=_rgb(colour),
                         strokeColor=None))
        drawing.add(String(x + step / 2, 2, choice.label, fontName=REGULAR, fontSize=7,
                           fillColor=_rgb(MUTED), textAnchor="middle"))
        if choice.count:
            drawing.add(String(x + step / 2, 14 + bar_h, str(choice.count), fontName=BOLD,
                               fontSize=7, fillColor=_rgb(INK), textAnchor="middle"))
    mean = "—" if question.mean is None else f"{question.mean:.1f}".replace(".", ",")
    top_mark = question.scale[1] if question.scale else ""
    side = P.para(f"{P.esc(percent(question.satisfied_rate))}<br/><font size=7 color='#666b75'>"
                  f"satisfaits</font><br/><font size=8 color='#1c3d6b'>moyenne {P.esc(mean)}"
                  f"&nbsp;/&nbsp;{top_mark}</font>", RATE)
    table = Table([["", drawing, side]], colWidths=[LABEL_W, BAR_W, RATE_W], hAlign="LEFT")
    table.setStyle(P.table_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                  ("LEFTPADDING", (0, 0), (0, -1), 0)]))
    return table


def _acquired(results: Results) -> list[Flowable]:
    if not results.objectives:
        return []
    levels = results.objectives[0].levels
    story: list[Flowable] = [
        P.heading("Acquis par objectif : à l'entrée et à la sortie"),
        P.para(P.esc(f"D'après {_grids(results.assessed)} d'évaluation des acquis, remplie"
                     f"{'s' if results.assessed > 1 else ''} par le formateur ou la formatrice."),
               P.SMALL),
        Spacer(1, 3), _legend(levels, _grid_colours(levels), STAGE_W)]
    for objective in results.objectives:
        story.append(_objective(objective))
    return story


def _grids(count: int) -> str:
    return f"{count} grille{'s' if count > 1 else ''}"


def _grid_colours(levels: Sequence[str]) -> list[Colour]:
    if len(levels) <= len(GRID_COLOURS):
        return list(GRID_COLOURS[len(GRID_COLOURS) - len(levels):])
    return list(OTHER_COLOURS[:len(levels)][::-1])


def _objective(objective: ObjectiveResult) -> Flowable:
    colours = _grid_colours(objective.levels)
    acquired = fold(objective.acquired_level) or "acquis"
    width = WIDTH - STAGE_W - RATE_W - 12
    rows = [("À l'entrée", _stacked(objective.entry, colours, width), objective.entry_acquired_rate),
            ("À la sortie", _stacked(objective.exit, colours, width), objective.exit_acquired_rate)]
    progress = (f"{objective.progressed} participant·e{'s' if objective.progressed > 1 else ''} sur "
                f"{objective.compared} {'ont' if objective.progressed > 1 else 'a'} progressé "
                f"({percent(objective.progressed_rate)}) ; « {objective.acquired_level} » : "
                f"{percent(objective.entry_acquired_rate)} à l'entrée, "
                f"{percent(objective.exit_acquired_rate)} à la sortie.")
    return KeepTogether([
        Spacer(1, 5), P.para(P.b(f"{objective.number}. {objective.text}"), CELL), Spacer(1, 2),
        _bar_table(rows, acquired, STAGE_W), P.para(P.esc(progress), P.SMALL)])


def _comments(results: Results) -> list[Flowable]:
    if not results.comments:
        return []
    story: list[Flowable] = [P.heading("Commentaires libres")]
    several = len(results.scope.sessions) > 1
    for group in results.comments:
        story.append(P.para(P.b(group.label), CELL))
        for comment in group.comments:
            where = f" <font size=7.5 color='#666b75'>— {P.esc(comment.session_code)}</font>" \
                if several else ""
            story.append(P.para(f"« {P.lines(comment.text)} »{where}", QUOTE))
        story.append(Spacer(1, 4))
    return story


def _rates(results: Results) -> list[Flowable]:
    if not results.rates:
        return []
    rows = [[r.title, str(r.prepared), str(r.answered), percent(r.rate)] for r in results.rates]
    return [KeepTogether([
        P.heading("Taux de réponse"),
        P.grid(["Questionnaire ou grille", "Préparés", "Réponses", "Taux"], rows,
               [WIDTH - 210, 70, 70, 70], align_right=(1, 2, 3)),
        P.para(P.esc("Préparés : questionnaires préparés pour les personnes inscrites (hors liste "
                     "d'attente et annulations)."), P.SMALL)])]


def _rgb(colour: Colour) -> Color:
    return Color(*colour)


# --- the CSV --------------------------------------------------------------------------------------

CSV_HEADER = ("Partie", "Question ou objectif", "Réponse", "Nombre", "Sur", "Pourcentage", "Session")


def number(value: float | None) -> str:
    """A percentage for a French spreadsheet: '77,8' (a number, without the sign); '' if none."""
    return "" if value is None else f"{value:.1f}".replace(".", ",")


def results_csv(results: Results) -> bytes:
    """UTF-8 with a BOM and `;` between columns: French Excel opens it as it is."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    scope = results.scope
    writer.writerow(["Périmètre", scope.course_title, scope.label, "", "", "", scope.codes])
    for rate in results.rates:
        writer.writerow(["Taux de réponse", rate.title, "Réponses", rate.answered, rate.prepared,
                         number(rate.rate), ""])
    for q in results.questions:
        for choice in q.choices:
            writer.writerow(["Satisfaction", q.label, choice.label, choice.count, q.answered,
                             number(choice.percent), ""])
        if q.satisfied is not None:
            writer.writerow(["Satisfaction", q.label, "Réponses satisfaites", q.satisfied, q.answered,
                             number(q.satisfied_rate), ""])
        if q.mean is not None:
            writer.writerow(["Satisfaction", q.label, "Moyenne", number(q.mean), q.answered, "", ""])
    pooled = results.appreciation
    if pooled.answers:
        for level in pooled.levels:
            writer.writerow(["Satisfaction, ensemble", "Toutes les appréciations", level.label,
                             level.count, pooled.answers, number(level.percent), ""])
        writer.writerow(["Satisfaction, ensemble", "Toutes les appréciations", "Réponses satisfaites",
                         pooled.satisfied, pooled.answers, number(pooled.satisfied_rate), ""])
    for o in results.objectives:
        name = f"{o.number}. {o.text}"
        for part, counts, rated in (("Acquis à l'entrée", o.entry, o.entry_rated),
                                    ("Acquis à la sortie", o.exit, o.exit_rated)):
            for level in counts:
                writer.writerow([part, name, level.label, level.count, rated, number(level.percent), ""])
        writer.writerow(["Progression", name, "Ont progressé", o.progressed, o.compared,
                         number(o.progressed_rate), ""])
    for group in results.comments:
        for comment in group.comments:
            writer.writerow(["Commentaires", group.label, comment.text, "", "", "",
                             comment.session_code])
    return buffer.getvalue().encode("utf-8-sig")


# --- names and the command ------------------------------------------------------------------------

def file_name(results: Results, fmt: str) -> str:
    """'2026-03-12_fonctionnement-associatif_resultats.pdf', '2026_…_resultats.csv' for a year."""
    scope = results.scope
    if not scope.whole_course and scope.sessions:
        when = scope.sessions[0].start.isoformat()
    else:
        when = str(scope.year) if scope.year else "toutes-sessions"
    return f"{when}_{course_part(scope.course_title)}_resultats.{fmt}"


def write(db: Database, results: Results, out: Path, made: date | None = None) -> Path:
    """The PDF or the CSV, as the file's extension says."""
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        out.write_bytes(results_pdf(db, results, made))
    elif suffix == ".csv":
        out.write_bytes(results_csv(results))
    else:
        raise FormationError(f"« {out.name} » : le fichier doit finir par .pdf ou par .csv.")
    return out


def run(args: argparse.Namespace, database: Path) -> int:
    """`formation forms results --session CODE | --course CODE [--year AAAA] --out FICHIER`."""
    from formation.documents.form_commands import session_id

    if bool(args.session) == bool(args.course):
        raise FormationError("Indiquez soit --session CODE, soit --course CODE (avec --year si "
                             "besoin).")
    if args.session and args.year:
        raise FormationError("--year va avec --course : une session a déjà ses dates.")
    with Database.open(database, write=False, daily_backup=False) as db:
        if args.session:
            results = forms_results.session_results(db, session_id(db, args.session))
        else:
            course = forms_results.course_id_by_code(db, args.course)
            results = forms_results.course_results(db, course, args.year)
        path = write(db, results, Path(args.out))
    print(f"Résultats écrits : {path} ({results.scope.label} ; {results.respondents} questionnaire(s) "
          f"de satisfaction, {results.assessed} grille(s) d'évaluation).")
    return 0
