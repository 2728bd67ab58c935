"""Documents > Bilan de l'année…: the year's key figures in big numbers, the programme's table, the
splits, Qualiopi indicator 2, the BPF tables with their check and what is missing, and the exports
(PDF, CSV, XLSX) written in the background.

Everything shown comes from formation.services.stats; this screen only lays it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.documents import stats_export
from formation.services import stats
from formation.services.stats import (
    SessionLine,
    SplitRow,
    YearStats,
    hours_text,
    number,
    percent_text,
)
from formation.services.stats_bpf import BpfLine
from formation.storage.database import Database
from formation.ui import tasks
from formation.ui.documents_dialog import documents_folder
from formation.ui.styles import ERROR_STYLE, HINT_STYLE
from formation.ui.table_model import Column, RowTableModel
from formation.ui.widgets import fit_to_screen

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
OK_STYLE = "color: #1e6b2f; font-weight: bold;"
TILE_STYLE = "QFrame#tile { background: palette(alternate-base); border-top: 2px solid #1c3d6b; }"


class StatsDialog(QDialog):
    """The figures of one year, chosen in a list; `today` is for tests (the real day otherwise)."""

    def __init__(self, db: Database, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today or date.today()
        self.stats: YearStats | None = None
        self.last_export: Path | None = None
        self.figures: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Bilan de l'année"))
        self.sessions_model: RowTableModel[SessionLine] = RowTableModel(self.session_columns(), self)
        self.split_model: RowTableModel[SplitRow] = RowTableModel(self.split_columns(), self)
        self._build()
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()
        fit_to_screen(self, 1100, 760)

    # --- columns ----------------------------------------------------------------------------------

    def session_columns(self) -> Sequence[Column[SessionLine]]:
        return [
            Column(self.tr("Période"), lambda r: r.period, lambda r: r.code),
            Column(self.tr("Intitulé"), lambda r: r.title),
            Column(self.tr("Lieu"), lambda r: r.place),
            Column(self.tr("Durée (jours)"), lambda r: number(r.days), lambda r: r.days,
                   align_right=True),
            Column(self.tr("Participant·es"), lambda r: number(r.participants),
                   lambda r: r.participants, align_right=True),
            Column(self.tr("Heures"), lambda r: hours_text(r.minutes), lambda r: r.minutes,
                   align_right=True),
            Column(self.tr("Session"), lambda r: r.code),
            Column(self.tr("Type"), lambda r: r.kind),
            Column(self.tr("Statut"), lambda r: r.status),
            Column(self.tr("Remarque"), lambda r: r.note),
        ]

    def split_columns(self) -> Sequence[Column[SplitRow]]:
        return [
            Column(self.tr("Catégorie"), lambda r: r.label),
            Column(self.tr("Stagiaires"), lambda r: number(r.trainees), lambda r: r.trainees,
                   align_right=True),
            Column(self.tr("Personnes"), lambda r: number(r.people), lambda r: r.people,
                   align_right=True),
            Column(self.tr("Heures-stagiaires"), lambda r: hours_text(r.minutes), lambda r: r.minutes,
                   align_right=True),
        ]

    # --- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.year = QComboBox(self)
        self.year.setObjectName("year")
        self.year.setAccessibleName(self.tr("Année"))
        for value in stats.years(self.db, self.today):
            self.year.addItem(str(value), value)
        current = self.year.findData(self.today.year)
        self.year.setCurrentIndex(max(current, 0))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Année :"), self))
        top.addWidget(self.year)
        self.as_of = QLabel(self)
        self.as_of.setStyleSheet(HINT_STYLE)
        top.addWidget(self.as_of, 1)

        self.basis = QLabel(self)
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet(HINT_STYLE)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._sessions_tab(), self.tr("Sessions"))
        self.tabs.addTab(self._splits_tab(), self.tr("Répartitions"))
        self.tabs.addTab(self._quality_tab(), self.tr("Résultats (indicateur 2)"))
        self.tabs.addTab(self._bpf_tab(), self.tr("BPF"))
        self.tabs.addTab(self._missing_tab(), self.tr("Données manquantes"))

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for fmt, text in (("pdf", self.tr("Exporter en PDF…")), ("csv", self.tr("Exporter en CSV…")),
                          ("xlsx", self.tr("Exporter en XLSX…"))):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            bottom.addWidget(button)
            self.buttons[fmt] = button
        close = QPushButton(self.tr("Fermer"), self)
        close.clicked.connect(self.accept)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._tiles())
        layout.addWidget(self.basis)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def _tiles(self) -> QGridLayout:
        grid = QGridLayout()
        tiles = [
            ("training_days", self.tr("journées de formation réalisées")),
            ("trainees", self.tr("stagiaires accueilli·es")),
            ("people", self.tr("personnes différentes")),
            ("hours", self.tr("heures-stagiaires")),
            ("sessions", self.tr("sessions")),
            ("gender", self.tr("femmes / hommes")),
            ("job_seekers", self.tr("demandeur·ses d'emploi")),
            ("satisfaction", self.tr("de satisfaction")),
        ]
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        for index, (key, caption) in enumerate(tiles):
            tile = QFrame(self)
            tile.setObjectName("tile")
            tile.setStyleSheet(TILE_STYLE)
            value = QLabel(tile)
            value.setObjectName(f"figure_{key}")
            value.setFont(big)
            value.setAccessibleName(caption)
            label = QLabel(caption, tile)
            label.setStyleSheet(HINT_STYLE)
            box = QVBoxLayout(tile)
            box.addWidget(value)
            box.addWidget(label)
            self.figures[key] = value
            grid.addWidget(tile, index // 4, index % 4)
        return grid

    def _table_view(self, model: RowTableModel[Any]) -> QTableView:
        view = QTableView(self)
        view.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _sessions_tab(self) -> QWidget:
        self.sessions_view = self._table_view(self.sessions_model)
        self.sessions_view.setObjectName("sessions")
        self.sessions_view.setAccessibleName(self.tr("Sessions de l'année"))
        return self.sessions_view

    def _splits_tab(self) -> QWidget:
        page = QWidget(self)
        self.split_choice = QComboBox(page)
        self.split_choice.setObjectName("split")
        self.split_choice.setAccessibleName(self.tr("Répartition"))
        self.split_choice.currentIndexChanged.connect(lambda _i: self._show_split())
        self.split_view = self._table_view(self.split_model)
        self.split_view.setAccessibleName(self.tr("Répartition"))
        note = QLabel(self.tr("Stagiaires : inscriptions ayant des heures dans l'année ; une personne "
                              "suivant deux formations compte deux fois, mais une seule fois dans "
                              "« Personnes »."), page)
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(page)
        layout.addWidget(self.split_choice)
        layout.addWidget(self.split_view, 1)
        layout.addWidget(note)
        return page

    def _quality_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.quality: dict[str, QLabel] = {}
        for key, label in (("people", self.tr("Personnes formées")),
                           ("satisfaction", self.tr("Taux de satisfaction")),
                           ("answered", self.tr("Questionnaires de satisfaction")),
                           ("completion", self.tr("Taux d'achèvement")),
                           ("followup", self.tr("Évaluations à froid"))):
            value = QLabel(page)
            value.setWordWrap(True)
            self.quality[key] = value
            form.addRow(label, value)
        note = QLabel(self.tr("Satisfaction : réponses « Très bien » ou « Bien » aux questions "
                              "d'appréciation des questionnaires de fin de formation des sessions "
                              "terminées dans l'année. Achèvement : parcours terminés sur parcours "
                              "terminés ou abandonnés."), page)
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        form.addRow(note)
        return page

    def _bpf_tab(self) -> QWidget:
        page = QWidget(self)
        self.bpf_table = QTableWidget(0, 4, page)
        self.bpf_table.setObjectName("bpf")
        self.bpf_table.setAccessibleName(self.tr("Bilan pédagogique et financier"))
        self.bpf_table.setTabKeyNavigation(False)
        self.bpf_table.setHorizontalHeaderLabels(
            [self.tr("Ligne"), self.tr("Libellé"), self.tr("Stagiaires"), self.tr("Heures")])
        self.bpf_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bpf_table.verticalHeader().setVisible(False)
        header = self.bpf_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.check = QLabel(page)
        self.check.setObjectName("check")
        self.check.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.bpf_table, 1)
        layout.addWidget(self.check)
        return page

    def _missing_tab(self) -> QWidget:
        self.missing = QListWidget(self)
        self.missing.setObjectName("missing")
        self.missing.setAccessibleName(self.tr("Données manquantes"))
        self.missing.setWordWrap(True)
        return self.missing

    # --- filling ----------------------------------------------------------------------------------

    def selected_year(self) -> int:
        value = self.year.currentData()
        return int(value) if value is not None else self.today.year

    def refresh(self) -> None:
        self.stats = figures = stats.year_stats(self.db, self.selected_year(), today=self.today)
        k = figures.key
        self.as_of.setText(self.tr("Chiffres arrêtés au %1").replace(
            "%1", frenchfmt.short_date(figures.as_of)))
        values = {
            "training_days": number(k.training_days), "trainees": number(k.trainees),
            "people": number(k.people), "hours": hours_text(k.hours_trainee_minutes),
            "sessions": number(k.sessions), "gender": f"{number(k.women)} / {number(k.men)}",
            "job_seekers": number(k.job_seekers),
            "satisfaction": percent_text(figures.satisfaction.rate),
        }
        for key, value in values.items():
            self.figures[key].setText(value)
        self.basis.setText(k.hours_basis)
        self.sessions_model.set_rows(figures.sessions)
        self._fill_splits(figures)
        self._fill_quality(figures)
        self._fill_bpf(figures)
        self.missing.clear()
        self.missing.addItems(list(figures.missing) or [self.tr("Aucune donnée manquante.")])
        self.tabs.setTabText(4, self.tr("Données manquantes (%1)").replace(
            "%1", str(len(figures.missing))))

    def _fill_splits(self, figures: YearStats) -> None:
        wanted = self.split_choice.currentData()
        self.split_choice.blockSignals(True)
        self.split_choice.clear()
        for split in figures.splits:
            self.split_choice.addItem(split.title, split.key)
        self.split_choice.setCurrentIndex(max(self.split_choice.findData(wanted), 0))
        self.split_choice.blockSignals(False)
        self._show_split()

    def _show_split(self) -> None:
        key = self.split_choice.currentData()
        if self.stats is not None and key is not None:
            self.split_model.set_rows(self.stats.split(str(key)).rows)

    def _fill_quality(self, figures: YearStats) -> None:
        i, s = figures.indicator2, figures.satisfaction
        self.quality["people"].setText(self.tr("%1 (%2 stagiaires)").replace(
            "%1", number(i.people)).replace("%2", number(i.trainees)))
        self.quality["satisfaction"].setText(
            self.tr("%1 — %2 réponses aux questions d'appréciation")
            .replace("%1", percent_text(i.satisfaction_rate)).replace("%2", number(s.answers))
            if s.answers else self.tr("— (aucun questionnaire de satisfaction répondu)"))
        self.quality["answered"].setText(self.tr("%1 répondus sur %2").replace(
            "%1", number(s.answered)).replace("%2", number(s.prepared)))
        self.quality["completion"].setText(self.tr("%1 — %2 terminés, %3 abandon(s)").replace(
            "%1", percent_text(i.completion_rate)).replace("%2", number(i.completed))
            .replace("%3", number(i.abandoned)))
        self.quality["followup"].setText(self.tr("%1 réponses sur %2 (%3)").replace(
            "%1", number(i.followup_answered)).replace("%2", number(i.followup_prepared))
            .replace("%3", percent_text(i.followup_rate)))

    def _fill_bpf(self, figures: YearStats) -> None:
        bpf = figures.bpf
        rows: list[tuple[str, str, str, str, bool]] = []

        def section(title: str, lines: Sequence[BpfLine]) -> None:
            rows.append(("", title, "", "", True))
            rows.extend((line.code if len(line.code) == 1 else "", line.label, number(line.trainees),
                         hours_text(line.minutes), False) for line in lines)
            rows.append(("", self.tr("Total"), number(sum(x.trainees for x in lines)),
                         hours_text(sum(x.minutes for x in lines)), True))

        section(self.tr("F-1 · Type de stagiaires"), bpf.f1)
        distance = bpf.f1_distance
        rows.append(("", distance.label, number(distance.trainees), hours_text(distance.minutes),
                     False))
        section(self.tr("F-3 · Objectif général des prestations"), bpf.f3)
        section(self.tr("F-4 · Spécialités de formation (codes NSF)"), bpf.f4)
        rows.append(("", self.tr("E · Personnes dispensant des heures de formation (personnes, "
                                 "heures)"), "", "", True))
        rows.extend(("", line.label, number(line.people), hours_text(line.minutes), False)
                    for line in bpf.e)
        self.bpf_table.setRowCount(len(rows))
        for row, (code, label, trainees, hours, bold) in enumerate(rows):
            for column, text in enumerate((code, label, trainees, hours)):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(RIGHT)
                if bold:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.bpf_table.setItem(row, column, item)
        if bpf.totals_equal:
            self.check.setStyleSheet(OK_STYLE)
            self.check.setText(self.tr("Contrôle : les totaux des cadres F-1, F-3 et F-4 sont égaux "
                                       "(%1 stagiaires, %2 heures-stagiaires).")
                               .replace("%1", number(bpf.trainees))
                               .replace("%2", hours_text(bpf.minutes)))
        else:
            self.check.setStyleSheet(ERROR_STYLE)
            self.check.setText(" ".join(bpf.check))

    # --- exports ----------------------------------------------------------------------------------

    def export(self, fmt: str) -> tasks.Task | None:
        """Ask where, then write the figures in `fmt` in the background; the task, or None."""
        figures = self.stats
        if figures is None:
            return None
        filters = {"pdf": self.tr("PDF (*.pdf)"), "csv": self.tr("Tableur CSV (*.csv)"),
                   "xlsx": self.tr("Classeur Excel (*.xlsx)")}
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le bilan"),
            str(documents_folder() / stats_export.default_name(figures.year, fmt)), filters[fmt])
        if not target:
            return None
        path = Path(target)
        db = self.db

        def work(progress: tasks.Progress, _cancelled: tasks.Cancelled) -> Path:
            progress(0, 1)
            path.write_bytes(stats_export.export(figures, fmt, db))
            progress(1, 1)
            return path

        self.status.setText(self.tr("Écriture du bilan…"))
        return tasks.run_with_progress(self, self.tr("Écriture du bilan…"), work, self._exported)

    def _exported(self, result: object) -> None:
        if isinstance(result, Path):
            self.last_export = result
            self.status.setText(self.tr("Bilan enregistré : %1").replace("%1", str(result)))


def open_stats(db: Database, parent: QWidget | None = None) -> None:
    StatsDialog(db, parent).exec()
