"""Audit: is the file ready for a Qualiopi audit? Sessions × evidence, per indicator, and the export.

Each cell says, in words and signs as well as in colour, whether a piece of evidence is there (✓),
to follow (◐: not due yet, or waiting for answers) or missing (✗); double-clicking it leads to where
it is put right. « Exporter le dossier d'audit… » writes the ZIP of the evidence, in the background.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from formation.services import audit_export, readiness
from formation.services.readiness import Check, Level, Readiness, Selection, SessionReadiness, Target
from formation.services.readiness_checks import ITEMS, SESSIONS
from formation.storage.database import Database
from formation.ui.documents_dialog import documents_folder
from formation.ui.i18n import label
from formation.ui.styles import ATTENTION_ROW, DARK_TEXT, DONE_ROW, ERROR_STYLE, HINT_STYLE
from formation.ui.tasks import Cancelled, Progress, Task, run_with_progress
from formation.ui.widgets import date_edit

COLOURS = {Level.GREEN: DONE_ROW, Level.ORANGE: ATTENTION_ROW, Level.RED: QColor("#f6d0cc")}
NOT_APPLICABLE = QColor("#eeeeee")
CHECK_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
FIXED = 3  # Session, Formation, Dates: then one column per item


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReadinessModel(QAbstractTableModel):
    """One row per session, one column per item of the checklist."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sessions: list[SessionReadiness] = []
        self.headers = [self.tr("Session"), self.tr("Formation"), self.tr("Dates")]
        self.headers += [spec.short for spec in ITEMS]

    def set_sessions(self, sessions: list[SessionReadiness]) -> None:
        self.beginResetModel()
        self.sessions = list(sessions)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIXED:
            spec = ITEMS[section - FIXED]
            return self.tr("%1 (indicateur(s) %2)").replace("%1", spec.label).replace(
                "%2", ", ".join(str(n) for n in spec.indicators))
        return None

    def check_at(self, index: Index) -> Check | None:
        if not index.isValid() or index.column() < FIXED or index.row() >= len(self.sessions):
            return None
        return self.sessions[index.row()].checks[index.column() - FIXED]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.sessions):
            return None
        session = self.sessions[index.row()]
        check = self.check_at(index)
        if check is None:
            return self._session_data(session, index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return check.cell
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return explain(check)
        if role == Qt.ItemDataRole.BackgroundRole:
            return COLOURS[check.level] if check.applicable else NOT_APPLICABLE
        if role == Qt.ItemDataRole.ForegroundRole:
            return DARK_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == CHECK_ROLE:
            return check
        return None

    def _session_data(self, session: SessionReadiness, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{session.level.mark} {session.code}"
            return session.course_title if column == 1 else compact_dates(session.start,
                                                                          session.end)
        if role == Qt.ItemDataRole.ToolTipRole:
            red = sum(c.level is Level.RED for c in session.applicable)
            orange = sum(c.level is Level.ORANGE for c in session.applicable)
            return self.tr("%1 — %2 : %3 manquant(s), %4 à suivre. Double-cliquez pour ouvrir la "
                           "session.").replace("%1", session.code).replace(
                "%2", session.status).replace("%3", str(red)).replace("%4", str(orange))
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            return COLOURS[session.level]
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return DARK_TEXT
        return None


def compact_dates(start: date, end: date) -> str:
    """'05/01–26/01/2026', '06/05/2026', '29/12/2025–09/01/2026': short, for a narrow column."""
    if start == end:
        return f"{start:%d/%m/%Y}"
    if start.year == end.year:
        return f"{start:%d/%m}–{end:%d/%m/%Y}"
    return f"{start:%d/%m/%Y}–{end:%d/%m/%Y}"


def explain(check: Check) -> str:
    """'Grilles d'analyse des besoins — Manquant : … À faire : … (page Sessions).'"""
    if not check.applicable:
        return f"{check.spec.label} : {check.detail}"
    return QCoreApplication.translate("ReadinessPage", "%1 — %2 : %3\nÀ faire : %4 (page %5).").replace(
        "%1", check.spec.label).replace("%2", label(check.level)).replace(
        "%3", check.detail).replace("%4", check.target.action).replace("%5", check.target.page)


class ChecksModel(QAbstractTableModel):
    """The organisation's items, or the totals per indicator: a label, a level, counts or text."""

    def __init__(self, headers: list[str], parent: QObject | None = None, *,
                 numbers: bool = False) -> None:
        super().__init__(parent)
        self.headers = headers
        self.numbers = numbers  # the columns after the first hold counts: right-aligned
        self.rows: list[tuple[list[str], Level | None, str, Check | None]] = []

    def set_rows(self, rows: list[tuple[list[str], Level | None, str, Check | None]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        cells, level, tip, check = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and self.numbers and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and level is not None:
            return COLOURS[level]
        if role == Qt.ItemDataRole.ForegroundRole and level is not None:
            return DARK_TEXT
        if role == CHECK_ROLE:
            return check
        return None


def _table(parent: QWidget, model: QAbstractTableModel, name: str, accessible: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setTabKeyNavigation(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    return view


class ReadinessPage(QWidget):
    target_activated = Signal(object)  # a Target: where an item is put right
    session_activated = Signal(int)  # the Sessions page should open this session

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = date.today()
        self.result: Readiness | None = None
        self.task: Task | None = None
        self.last_export: audit_export.ExportResult | None = None
        self._build()

    def _build(self) -> None:
        title = self.tr("Audit Qualiopi")
        heading = QLabel(f"<h2>{title}</h2>", self)
        first = Selection.last_months(self.today)
        assert first.start is not None and first.end is not None
        self.start = date_edit(self)
        self.start.setObjectName("start")
        self.start.setAccessibleName(self.tr("Début de la période"))
        self.start.setDate(_qdate(first.start))
        self.end = date_edit(self)
        self.end.setObjectName("end")
        self.end.setAccessibleName(self.tr("Fin de la période"))
        self.end.setDate(_qdate(first.end))
        self.refresh_button = QPushButton(self.tr("Actualiser"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.only_selected = QCheckBox(self.tr("Seulement les sessions sélectionnées"), self)
        self.only_selected.setObjectName("only_selected")
        self.only_selected.setToolTip(self.tr("Sélectionnez des lignes (Ctrl+clic) : le dossier "
                                              "ne portera que sur elles."))
        self.export_button = QPushButton(self.tr("Exporter le dossier d'audit…"), self)
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Sessions du"), self), self.start, QLabel(self.tr("au"), self),
                       self.end, self.refresh_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.only_selected)
        top.addWidget(self.export_button)
        legend = QLabel(self.tr(
            "✓ complet · ◐ à suivre (pas encore dû, ou demandé et en attente de réponse) · "
            "✗ manquant (dû et non fait pour au moins une personne) · — ne s'applique pas. "
            "Double-cliquez sur une case pour aller où cela se corrige."), self)
        legend.setStyleSheet(HINT_STYLE)
        legend.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.model = ReadinessModel(self)
        self.table = _table(self, self.model, "matrix", self.tr("Preuves par session"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(self.activate)
        self.table.selectionModel().currentChanged.connect(lambda now, _before: self._show(now))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.detail = QLabel(self)
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.indicators_model = ChecksModel([self.tr("Indicateur"), self.tr("✓ complet"),
                                             self.tr("◐ à suivre"), self.tr("✗ manquant")], self,
                                            numbers=True)
        self.indicators = _table(self, self.indicators_model, "indicators",
                                 self.tr("Bilan par indicateur"))
        self.indicators.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.organisation_model = ChecksModel([self.tr("Point de l'organisme"), self.tr("État"),
                                               self.tr("Détail")], self)
        self.organisation = _table(self, self.organisation_model, "organisation",
                                   self.tr("Points de l'organisme"))
        self.organisation.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.organisation.doubleClicked.connect(self._organisation_activated)
        self.organisation.selectionModel().currentChanged.connect(
            lambda now, _before: self._show(now, self.organisation_model))
        for view in (self.indicators, self.organisation):
            view.horizontalHeader().setStretchLastSection(True)
        self.indicators.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # the counts take what they need, the indicator's name the rest
            self.indicators.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.indicators.horizontalHeader().setStretchLastSection(False)
        below = QSplitter(Qt.Orientation.Horizontal, self)
        below.setChildrenCollapsible(False)
        for title, view in ((self.tr("Par indicateur"), self.indicators),
                            (self.tr("L'organisme (registres)"), self.organisation)):
            box = QWidget(below)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(QLabel(f"<b>{title}</b>", box))
            column.addWidget(view, 1)
            below.addWidget(box)
        below.setStretchFactor(0, 1)
        below.setStretchFactor(1, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(legend)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.status)
        self._selection_changed()

    # --- what is shown ------------------------------------------------------------------------------
    def selection(self, *, only_selected: bool = False) -> Selection:
        if only_selected:
            return Selection(session_ids=tuple(self.selected_session_ids()), today=self.today)
        start, end = _date(self.start.date()), _date(self.end.date())
        return Selection(min(start, end), max(start, end), today=self.today)

    def refresh(self) -> None:
        self.result = readiness.readiness(self.db, self.selection())
        self.model.set_sessions(list(self.result.sessions))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.resizeSection(1, min(header.sectionSize(1), 220))
        totals = self.result.totals
        count = len(self.result.sessions)
        self.summary.setText(self.tr(
            "%1 session(s) ; %2 point(s) complet(s), %3 à suivre, %4 manquant(s).").replace(
            "%1", str(count)).replace("%2", str(totals[Level.GREEN])).replace(
            "%3", str(totals[Level.ORANGE])).replace("%4", str(totals[Level.RED])) if count else
            self.tr("Aucune session sur cette période (les sessions annulées ne comptent pas)."))
        self.indicators_model.set_rows([(
            [t.indicator.label, str(t.green), str(t.orange), str(t.red)], t.level,
            self.tr("%1 : %2 complet(s), %3 à suivre, %4 manquant(s)").replace(
                "%1", t.indicator.label).replace("%2", str(t.green)).replace(
                "%3", str(t.orange)).replace("%4", str(t.red)), None)
            for t in self.result.by_indicator()])
        self.organisation_model.set_rows([(
            [c.spec.label, f"{c.level.mark} {label(c.level)}", c.detail], c.level, explain(c), c)
            for c in self.result.organisation])
        for view in (self.indicators, self.organisation):
            view.resizeColumnsToContents()
        self.detail.clear()
        self._selection_changed()

    def _show(self, index: QModelIndex, model: QAbstractTableModel | None = None) -> None:
        check = index.data(CHECK_ROLE) if index.isValid() else None
        if isinstance(check, Check):
            self.detail.setText(explain(check))
        elif index.isValid() and model is None and index.row() < len(self.model.sessions):
            session = self.model.sessions[index.row()]
            self.detail.setText(self.tr("%1 — %2, %3 (%4).").replace("%1", session.code).replace(
                "%2", session.course_title).replace("%3", session.dates).replace(
                "%4", session.status))

    def selected_session_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedIndexes()})
        return [self.model.sessions[row].session_id for row in rows if row < len(self.model.sessions)]

    def _selection_changed(self) -> None:
        count = len(self.selected_session_ids())
        self.only_selected.setEnabled(count > 0)
        self.only_selected.setText(self.tr("Seulement les sessions sélectionnées (%1)").replace(
            "%1", str(count)) if count else self.tr("Seulement les sessions sélectionnées"))
        if not count:
            self.only_selected.setChecked(False)

    # --- going where an item is put right -----------------------------------------------------------
    def activate(self, index: QModelIndex) -> None:
        """Double-click on a cell: its target; on the session's own columns: the session."""
        if not index.isValid() or index.row() >= len(self.model.sessions):
            return
        check = self.model.check_at(index)
        if check is None:
            session = self.model.sessions[index.row()]
            self.go(Target(SESSIONS, session.session_id, self.tr("Ouvrir la session")))
        else:
            self.go(check.target)

    def _organisation_activated(self, index: QModelIndex) -> None:
        check = index.data(CHECK_ROLE)
        if isinstance(check, Check):
            self.go(check.target)

    def go(self, target: Target) -> None:
        self.target_activated.emit(target)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("À faire : %1 (page %2).").replace("%1", target.action).replace(
            "%2", target.page))
        if target.session_id is not None and target.page == SESSIONS:
            self.session_activated.emit(target.session_id)

    # --- the export ---------------------------------------------------------------------------------
    def export(self) -> Task | None:
        selection = self.selection(only_selected=self.only_selected.isChecked()
                                   and self.only_selected.isEnabled())
        suggested = documents_folder() / audit_export.suggested_name(selection)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter le dossier d'audit"),
                                              str(suggested), self.tr("Archive ZIP (*.zip)"))
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".zip") else Path(path + ".zip")
        db = self.db

        def work(progress: Progress, cancelled: Cancelled) -> audit_export.ExportResult | None:
            return audit_export.build(db, selection, target, progress, cancelled)

        self.export_button.setEnabled(False)
        self.task = run_with_progress(self, self.tr("Préparation du dossier d'audit…"), work,
                                      self._exported)
        self.task.signals.failed.connect(lambda _error: self._exported(None, failed=True))
        return self.task

    def _exported(self, result: object, *, failed: bool = False) -> None:
        self.export_button.setEnabled(True)
        self.task = None
        if failed:
            return
        if not isinstance(result, audit_export.ExportResult):
            self.status.setStyleSheet(HINT_STYLE)
            self.status.setText(self.tr("Export annulé : aucun fichier n'a été écrit."))
            return
        self.last_export = result
        size = f"{result.size / 1_000_000:.1f}".replace(".", ",")
        text = self.tr("Dossier d'audit enregistré : %1 (%2 fichiers, %3 Mo ; %4 point(s) "
                       "manquant(s), voir index.pdf).").replace("%1", str(result.path)).replace(
            "%2", str(result.files)).replace("%3", size).replace("%4", str(result.red))
        if result.failures:
            text += " " + self.tr("%1 fichier(s) n'ont pas pu être produits (liste dans "
                                  "l'index).").replace("%1", str(len(result.failures)))
        self.status.setStyleSheet(ERROR_STYLE if result.failures else "")
        self.status.setText(text)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))
