"""The year's figures as a PDF: key figures in big numbers, the programme's table, charts of who the
trainees were (reportlab.graphics: pies and bars), indicator 2, the BPF tables with their check, and
what is missing. House letterhead; not an issued document (no register number).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import (  # type: ignore[import-untyped, unused-ignore]
    HorizontalBarChart,
)
from reportlab.graphics.charts.piecharts import Pie  # type: ignore[import-untyped, unused-ignore]
from reportlab.graphics.shapes import Drawing, Rect, String  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.colors import Color  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.enums import TA_CENTER  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import (  # type: ignore[import-untyped, unused-ignore]
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from formation.core import frenchfmt
from formation.documents import pdf_parts as P
from formation.documents.fonts import BOLD, REGULAR, register_fonts
from formation.documents.issuer import Issuer
from formation.documents.pdf_page import ACCENT, INK, MUTED, RULE, WIDTH, Colour, build_referenced_pdf
from formation.services.stats import Split, YearStats, number
from formation.services.stats import hours_text as hours
from formation.services.stats import percent_text as percent
from formation.services.stats_bpf import BpfLine

TITLE = "Bilan de l'année"
PALETTE: tuple[Colour, ...] = ((0.11, 0.24, 0.42), (0.40, 0.60, 0.82), (0.93, 0.72, 0.36),
                               (0.78, 0.32, 0.26), (0.30, 0.55, 0.45), (0.62, 0.76, 0.90),
                               (0.55, 0.56, 0.60), (0.70, 0.55, 0.75))
WHITE: Colour = (1.0, 1.0, 1.0)
OK_COLOUR = "#2e6b4f"
PROBLEM_COLOUR = "#b3261e"
CHART_W = WIDTH / 2 - 6
COMMUNES_SHOWN = 15

BIG = ParagraphStyle("stats-big", parent=P.BODY, fontName=BOLD, fontSize=20, leading=24,
                     alignment=TA_CENTER, textColor=ACCENT)
BIG_LABEL = ParagraphStyle("stats-big-label", parent=P.SMALL, alignment=TA_CENTER, textColor=MUTED)
HEADING = ParagraphStyle("stats-heading", parent=P.HEADING, keepWithNext=0)
CHART_TITLE = ParagraphStyle("stats-chart-title", parent=P.LABEL, fontName=BOLD, textColor=INK)


def stats_pdf(stats: YearStats, issuer: Issuer) -> bytes:
    register_fonts()  # before the first Paragraph: its style names the DejaVu fonts
    story: list[Flowable] = [
        *P.title(f"{TITLE} {stats.year}", f"Chiffres arrêtés au {frenchfmt.long_date(stats.as_of)}",
                 size=16, compact=True),
        *_key_figures(stats), *_charts(stats), *_programme(stats), *_splits(stats),
        *_quality(stats), PageBreak(), *_bpf(stats), *_missing(stats)]
    reference = (f"{TITLE} {stats.year} · chiffres au {frenchfmt.short_date(stats.as_of)} · "
                 "document de travail")
    return build_referenced_pdf(story, issuer, reference, title=f"{TITLE} {stats.year}",
                                subject=f"Bilan d'activité, indicateur 2 Qualiopi et BPF {stats.year}")


# --- key figures ----------------------------------------------------------------------------------

def _tiles(figures: Sequence[tuple[str, str]]) -> Table:
    cells = [[P.para(P.esc(value), BIG), P.para(P.esc(label), BIG_LABEL)] for value, label in figures]
    table = Table([cells], colWidths=[WIDTH / len(cells)] * len(cells))
    table.setStyle(P.table_style([
        ("BACKGROUND", (0, 0), (-1, -1), (0.95, 0.96, 0.98)),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
        ("LINEAFTER", (0, 0), (-2, -1), 0.6, WHITE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def _key_figures(stats: YearStats) -> list[Flowable]:
    k = stats.key
    first = [(number(k.training_days), "journées de formation réalisées"),
             (number(k.trainees), "stagiaires accueilli·es"),
             (number(k.people), "personnes différentes"),
             (hours(k.hours_trainee_minutes), "heures-stagiaires")]
    second = [(number(k.sessions), "sessions"),
              (f"{number(k.women)} / {number(k.men)}", "femmes / hommes"),
              (number(k.job_seekers), "demandeur·ses d'emploi"),
              (percent(stats.satisfaction.rate), "de satisfaction")]
    details = [f"{number(k.employees)} salarié·es et {number(k.volunteers)} bénévoles ou porteur·ses "
               f"de projet ; {number(k.communes)} communes d'origine.", k.hours_basis]
    if k.calendar_days != k.training_days:
        details.append(f"{number(k.calendar_days)} dates différentes : certaines sessions ont eu "
                       "lieu le même jour.")
    if k.days_to_come:
        details.append(f"Encore {number(k.days_to_come)} journée(s) de formation prévue(s) d'ici "
                       "la fin de l'année, non comptée(s) ici.")
    if k.cancelled_sessions:
        details.append(f"{number(k.cancelled_sessions)} session(s) annulée(s), non comptée(s).")
    return [_tiles(first), Spacer(1, 4), _tiles(second), Spacer(1, 6),
            *(P.para(P.esc(line), P.SMALL) for line in details)]


# --- the programme ----------------------------------------------------------------------------------

def _programme(stats: YearStats) -> list[Flowable]:
    header = ["Période", "Intitulé", "Lieu", "Durée (jours)", "Participant·es"]
    rows = [[s.period + (f" ({s.note})" if s.note else ""), f"{s.title}\n{s.code} · {s.kind}",
             s.place, number(s.days), number(s.participants)] for s in stats.sessions]
    rows.append(["Total", f"{number(len(stats.sessions))} sessions", "",
                 number(sum(s.days for s in stats.sessions)),
                 number(sum(s.participants for s in stats.sessions))])
    widths = [112, WIDTH - 112 - 95 - 48 - 84, 95, 48, 84]
    return [P.para(P.esc(f"Le programme {stats.year}"), HEADING),
            P.grid(header, rows, widths, align_right=(3, 4), total=True)]


# --- charts -------------------------------------------------------------------------------------------

def _rgb(colour: Colour) -> Color:
    return Color(*colour)


def _pie(rows: Sequence[tuple[str, int]]) -> Drawing:
    size = 92
    height = max(size + 16, 14 * len(rows) + 16)
    drawing = Drawing(CHART_W, height)
    total = sum(value for _, value in rows)
    if not total:
        return _empty(drawing)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 4, (height - size) / 2, size, size
    pie.data = [value for _, value in rows]
    pie.labels = None
    pie.slices.strokeColor = _rgb(WHITE)
    pie.slices.strokeWidth = 1
    for index in range(len(rows)):
        pie.slices[index].fillColor = _rgb(PALETTE[index % len(PALETTE)])
    drawing.add(pie)
    y = height / 2 + 7 * len(rows) - 12
    for index, (label, value) in enumerate(rows):
        drawing.add(Rect(size + 18, y, 9, 9, fillColor=_rgb(PALETTE[index % len(PALETTE)]),
                         strokeColor=None))
        text = f"{label} : {number(value)} ({percent(value * 100 / total)})"
        drawing.add(String(size + 31, y + 1, text, fontName=REGULAR, fontSize=8, fillColor=_rgb(INK)))
        y -= 14
    return drawing


def _bars(rows: Sequence[tuple[str, int]]) -> Drawing:
    label_w, bar_h = 112, 14
    height = bar_h * max(len(rows), 1) + 22
    drawing = Drawing(CHART_W, height)
    if not rows:
        return _empty(drawing)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 14
    chart.width, chart.height = CHART_W - label_w - 26, bar_h * len(rows)
    chart.data = [[value for _, value in reversed(rows)]]  # the first row on top
    chart.categoryAxis.categoryNames = [_short(label) for label, _ in reversed(rows)]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = _rgb(RULE)
    chart.categoryAxis.tickLeft = 0
    top = max(value for _, value in rows)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, top * 1.18)
    chart.valueAxis.visible = False
    chart.barWidth = bar_h * 0.7
    chart.groupSpacing = bar_h * 0.3
    chart.bars[0].fillColor = _rgb(ACCENT)
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _short(label: str, size: int = 24) -> str:
    return label if len(label) <= size else label[:size - 1] + "…"


def _empty(drawing: Drawing) -> Drawing:
    drawing.add(String(4, drawing.height / 2, "Aucun·e stagiaire pour l'instant.", fontName=REGULAR,
                       fontSize=8, fillColor=_rgb(MUTED)))
    return drawing


def _split_rows(split: Split) -> list[tuple[str, int]]:
    return [(row.label, row.trainees) for row in split.rows]


def _chart_cell(title: str, drawing: Drawing) -> list[Flowable]:
    return [P.para(P.esc(title), CHART_TITLE), Spacer(1, 3), drawing]


def _charts(stats: YearStats) -> list[Flowable]:
    charts = Table([
        [_chart_cell("Genre (stagiaires)", _pie(_split_rows(stats.split("gender")))),
         _chart_cell("Situation (stagiaires)", _bars(_split_rows(stats.split("status"))))],
        [_chart_cell("Financement (stagiaires)", _bars(_split_rows(stats.split("funding")))),
         _chart_cell("Type de session (stagiaires)", _pie(_split_rows(stats.split("kind"))))],
    ], colWidths=[WIDTH / 2] * 2)
    charts.setStyle(P.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return [P.heading("Les stagiaires"), charts]


def _splits(stats: YearStats) -> list[Flowable]:
    story: list[Flowable] = [P.heading("Répartitions")]
    for key in ("status", "job_seekers", "funding"):
        story.append(KeepTogether(_split_table(stats.split(key))))
    story.append(KeepTogether(_split_table(stats.split("commune"), COMMUNES_SHOWN)))
    return story


def _split_table(split: Split, limit: int | None = None) -> list[Flowable]:
    rows = list(split.rows)
    shown, rest = (rows[:limit], rows[limit:]) if limit else (rows, [])
    body = [[r.label, number(r.trainees), number(r.people), hours(r.minutes)] for r in shown]
    if rest:
        body.append([f"Autres ({len(rest)})", number(sum(r.trainees for r in rest)),
                     number(sum(r.people for r in rest)), hours(sum(r.minutes for r in rest))])
    body.append(["Total", number(sum(r.trainees for r in rows)), "",
                 hours(sum(r.minutes for r in rows))])
    widths = [WIDTH - 75 - 75 - 105, 75, 75, 105]
    return [Spacer(1, 6), P.grid([split.title, "Stagiaires", "Personnes", "Heures-stagiaires"], body,
                                 widths, align_right=(1, 2, 3), total=True)]


# --- indicator 2 ----------------------------------------------------------------------------------

def _quality(stats: YearStats) -> list[Flowable]:
    i, s = stats.indicator2, stats.satisfaction
    levels = ", ".join(f"{level.label.lower()} {percent(level.percent)}" for level in s.levels)
    rows = [
        ("Personnes formées", f"{number(i.people)} ({number(i.trainees)} stagiaires)"),
        ("Taux de satisfaction", f"{percent(i.satisfaction_rate)} — {number(s.answers)} réponses "
                                 f"aux questions d'appréciation ({levels})" if s.answers
         else "— (aucun questionnaire de satisfaction répondu)"),
        ("Questionnaires de satisfaction", f"{number(s.answered)} répondus sur {number(s.prepared)}"
                                           f" ({percent(s.response_rate)})"),
        ("Taux d'achèvement", f"{percent(i.completion_rate)} — {number(i.completed)} parcours "
                              f"terminés, {number(i.abandoned)} abandon(s)"),
        ("Évaluations à froid", f"{number(i.followup_answered)} réponses sur "
                                f"{number(i.followup_prepared)} ({percent(i.followup_rate)})"),
    ]
    note = ("Satisfaction : réponses « Très bien » ou « Bien » aux questions d'appréciation des "
            "questionnaires de fin de formation, sessions terminées dans l'année. Achèvement : "
            "parcours terminés sur parcours terminés ou abandonnés.")
    return [P.heading("Résultats (Qualiopi, indicateur 2)"), P.facts(rows, label_width=150),
            Spacer(1, 3), P.para(P.esc(note), P.SMALL)]


# --- BPF ------------------------------------------------------------------------------------------

def _bpf_grid(first: str, lines: Sequence[BpfLine], extra: Sequence[BpfLine] = ()) -> Table:
    body = [[line.code if len(line.code) == 1 else "", line.label, number(line.trainees),
             hours(line.minutes)] for line in lines]
    body += [["", line.label, number(line.trainees), hours(line.minutes)] for line in extra]
    body.append(["", "Total", number(sum(x.trainees for x in lines)),
                 hours(sum(x.minutes for x in lines))])
    widths = [28, WIDTH - 28 - 75 - 105, 75, 105]
    return P.grid(["", first, "Stagiaires", "Heures-stagiaires"], body, widths, align_right=(2, 3),
                  total=True)


def _bpf(stats: YearStats) -> list[Flowable]:
    bpf = stats.bpf
    f1_grid = _bpf_grid("F-1 · Type de stagiaires", bpf.f1)
    distance = P.para(P.esc(f"{bpf.f1_distance.label} : {number(bpf.f1_distance.trainees)} "
                            f"stagiaire(s), {hours(bpf.f1_distance.minutes)} heures-stagiaires."),
                      P.SMALL)
    trainers = P.grid(["E · Personnes dispensant des heures de formation", "Personnes", "Heures"],
                      [[line.label, number(line.people), hours(line.minutes)] for line in bpf.e],
                      [WIDTH - 75 - 105, 75, 105], align_right=(1, 2))
    if bpf.totals_equal:
        check = P.para(f"<font color='{OK_COLOUR}'><b>Contrôle :</b></font> "
                       f"{P.esc(_equal_totals(bpf.trainees, bpf.minutes))}", P.TIGHT)
    else:
        check = P.para(f"<font color='{PROBLEM_COLOUR}'><b>Contrôle :</b></font> "
                       + P.esc(" ".join(bpf.check)), P.TIGHT)
    return [
        P.heading(f"Bilan pédagogique et financier {stats.year} (cadres E et F)"),
        P.para(P.esc("Stagiaires : inscriptions ayant des heures dans l'année (une personne suivant "
                      "deux formations compte deux fois) ; une formation à cheval sur deux années "
                      "compte dans chacune pour ses heures de l'année."), P.SMALL),
        Spacer(1, 4), KeepTogether([f1_grid, Spacer(1, 2), distance]), Spacer(1, 5),
        KeepTogether(_bpf_grid("F-3 · Objectif général des prestations", bpf.f3)), Spacer(1, 5),
        KeepTogether(_bpf_grid("F-4 · Spécialités de formation (codes NSF)", bpf.f4)), Spacer(1, 5),
        KeepTogether(trainers), Spacer(1, 5), check]


def _equal_totals(trainees: int, minutes: int) -> str:
    return (f"les totaux des cadres F-1, F-3 et F-4 sont égaux : {number(trainees)} stagiaires, "
            f"{hours(minutes)} heures-stagiaires.")


def _missing(stats: YearStats) -> list[Flowable]:
    story: list[Flowable] = [P.heading("Données manquantes")]
    if not stats.missing:
        return [*story, P.para(P.esc("Aucune : toutes les données utiles au bilan sont "
                                     "renseignées."), P.TIGHT)]
    return [*story, *P.bullets(stats.missing)]
