"""Résultats: what the questionnaires and grids of a session say (or of all the sessions of its
course in a year): satisfaction per question, acquired skills per objective, the comments; exported
as a PDF with charts or as a CSV for a spreadsheet.

The figures are the services' (forms_results); the bars are painted here with QPainter (QtCharts is
not part of the Qt we ship).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from formation.core.errors import FormationError
from formation.documents import results_pdf
from formation.forms.model import FormKind, QuestionType
from formation.services import forms_results, sessions
from formation.services.forms_results import (
    ChoiceCount,
    ObjectiveResult,
    QuestionResult,
    Results,
    percent,
)
from formation.storage.database import Database
from formation.ui.documents_dialog import documents_folder
from formation.ui.styles import ERROR_STYLE, HINT_STYLE
from formation.ui.widgets import fit_to_screen

#: As on the PDF: the appreciation levels best first, the assessment levels lowest first.
LEVEL_COLOURS = [QColor("#1c3d6b"), QColor("#6699d1"), QColor("#edb85c"), QColor("#c75242")]
GRID_COLOURS = [QColor("#ccced6"), QColor("#8fb8e3"), QColor("#1c3d6b")]
OTHER_COLOURS = [QColor("#1c3d6b"), QColor("#6699d1"), QColor("#9ec2e6"), QColor("#edb85c"),
                 QColor("#c75242"), QColor("#8c8f99"), QColor("#4d8c73"), QColor("#b38cbf")]
YES_NO_COLOURS = [QColor("#1c3d6b"), QColor("#c75242")]
BIG_STYLE = "color: #1c3d6b; font-size: 30pt; font-weight: bold;"
RATE_STYLE = "color: #1c3d6b; font-weight: bold;"


def colours_for(question: QuestionResult) -> list[QColor]:
    if question.appreciation:
        return LEVEL_COLOURS
    return YES_NO_COLOURS if question.type is QuestionType.YES_NO else OTHER_COLOURS


def grid_colours(levels: Sequence[str]) -> list[QColor]:
    if len(levels) <= len(GRID_COLOURS):
        return GRID_COLOURS[len(GRID_COLOURS) - len(levels):]
    return OTHER_COLOURS[:len(levels)][::-1]


class StackedBar(QWidget):
    """One horizontal bar split by choice in proportion, each share written inside when it fits;
    the tooltip gives every choice with its count."""

    def __init__(self, parts: Sequence[ChoiceCount], colours: Sequence[QColor],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts, self.colours = list(parts), list(colours)
        self.setFixedHeight(20)
        self.setToolTip("\n".join(f"{part.label} : {part.count} ({percent(part.percent)})"
                                  for part in self.parts))
        self.setAccessibleDescription(self.toolTip())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, 20)

    def total(self) -> int:
        return sum(part.count for part in self.parts)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        rect = QRectF(self.rect()).adjusted(0, 2, -1, -2)
        total = self.total()
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7))
        painter.setFont(font)
        if not total:
            painter.fillRect(rect, QColor("#eeeef1"))
            painter.setPen(QPen(QColor("#6b6f78")))
            painter.drawText(rect.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                             self.tr("aucune réponse"))
            painter.end()
            return
        font.setBold(True)
        painter.setFont(font)
        x = rect.left()
        for n, part in enumerate(self.parts):
            if not part.count:
                continue
            width = rect.width() * part.count / total
            segment = QRectF(x, rect.top(), width, rect.height())
            colour = self.colours[n % len(self.colours)]
            painter.fillRect(segment, colour)
            if x > rect.left():  # a thin white line between two shares of the same colour
                painter.fillRect(QRectF(x, rect.top(), 1, rect.height()), Qt.GlobalColor.white)
            label = percent(part.percent)
            if painter.fontMetrics().horizontalAdvance(label) + 6 <= width:
                ink = QColor("#1a1c24") if colour.lightnessF() > 0.6 else QColor(Qt.GlobalColor.white)
                painter.setPen(QPen(ink))
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, label)
            x += width
        painter.end()


class Legend(QWidget):
    """Coloured squares and the choices they stand for."""

    def __init__(self, labels: Sequence[str], colours: Sequence[QColor],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, colour in zip(labels, colours, strict=False):
            square = QLabel(self)
            square.setFixedSize(10, 10)
            square.setStyleSheet(f"background: {colour.name()};")
            row.addWidget(square)
            row.addWidget(QLabel(label, self))
            row.addSpacing(10)
        row.addStretch(1)


def scrolling(parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class ResultsDialog(QDialog):
    """The results of the selected session, or of all the sessions of its course in a year."""

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.session_id = db, session_id
        self.session = sessions.get_session(db, session_id)
        self.results: Results | None = None
        self.setWindowTitle(self.tr("Résultats — %1").replace("%1", self.session.code))
        self._build()
        self.refresh()
        fit_to_screen(self, 900, 680)

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.session_button = QRadioButton(self.tr("Cette session"), self)
        self.course_button = QRadioButton(self.tr("Toutes les sessions de la formation en"), self)
        self.session_button.setChecked(True)
        self.scope_group = QButtonGroup(self)
        for button in (self.session_button, self.course_button):
            self.scope_group.addButton(button)
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setAccessibleName(self.tr("Année des sessions"))
        start = self.session.start_date or date.today()
        self.year.setValue(start.year)
        self.scope_group.buttonToggled.connect(lambda _b, checked: checked and self.refresh())
        self.year.valueChanged.connect(lambda _v: self.course_button.isChecked() and self.refresh())
        scope = QHBoxLayout()
        scope.addWidget(self.session_button)
        scope.addSpacing(12)
        scope.addWidget(self.course_button)
        scope.addWidget(self.year)
        scope.addStretch(1)

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.satisfaction_area = scrolling(self)
        self.acquired_area = scrolling(self)
        self.comments = QListWidget(self)
        self.comments.setObjectName("comments")
        self.comments.setWordWrap(True)
        self.comments.setSpacing(2)
        self.comments.setAccessibleName(self.tr("Commentaires libres"))
        self.tabs.addTab(self.satisfaction_area, self.tr("Satisfaction"))
        self.tabs.addTab(self.acquired_area, self.tr("Acquis"))
        self.tabs.addTab(self.comments, self.tr("Commentaires"))
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pdf_button = QPushButton(self.tr("Exporter en PDF…"), self)
        self.pdf_button.setToolTip(self.tr("Les chiffres et les graphiques, à imprimer ou à joindre "
                                           "au bilan"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.csv_button = QPushButton(self.tr("Exporter en CSV…"), self)
        self.csv_button.setToolTip(self.tr("Un tableau pour Excel ou LibreOffice"))
        self.csv_button.clicked.connect(self.export_csv)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(scope)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    # --- the figures ----------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            if self.course_button.isChecked() and self.session.course_id is not None:
                self.results = forms_results.course_results(self.db, self.session.course_id,
                                                            self.year.value())
            else:
                self.results = forms_results.session_results(self.db, self.session_id)
        except FormationError as error:
            self.results = None
            self._say(str(error), error=True)
            return
        results = self.results
        self._say("")
        scope = results.scope
        self.heading.setText(f"<b>{scope.course_title}</b> — {scope.label}")
        self._fill_satisfaction(results)
        self._fill_acquired(results)
        self._fill_comments(results)
        self.tabs.setTabText(2, self.tr("Commentaires (%1)").replace(
            "%1", str(sum(len(group.comments) for group in results.comments))))
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(bool(scope.sessions))

    def _new_page(self, area: QScrollArea) -> tuple[QWidget, QVBoxLayout]:
        """A fresh page for the tab; the scroll area deletes the previous one."""
        page = QWidget(area)
        area.setWidget(page)
        return page, QVBoxLayout(page)

    def _fill_satisfaction(self, results: Results) -> None:
        tab, layout = self._new_page(self.satisfaction_area)
        pooled = results.appreciation
        self.satisfied_rate = QLabel(percent(pooled.satisfied_rate), tab)
        self.satisfied_rate.setObjectName("satisfied_rate")
        self.satisfied_rate.setStyleSheet(BIG_STYLE)
        rate = results.rate_of(FormKind.SATISFACTION)
        answered = self.tr("Questionnaires reçus : %1 sur %2 (%3).").replace(
            "%1", str(rate.answered if rate else 0)).replace(
            "%2", str(rate.prepared if rate else 0)).replace("%3", percent(rate.rate if rate else None))
        very_good = pooled.level(forms_results.APPRECIATION[0]).percent if pooled.answers else None
        good = pooled.level(forms_results.APPRECIATION[1]).percent if pooled.answers else None
        summary = QLabel(self.tr("de réponses « Très bien » ou « Bien » sur l'ensemble des "
                                 "appréciations (%1 « Très bien », %2 « Bien »).").replace(
            "%1", percent(very_good)).replace("%2", percent(good)) + "<br>" + answered, tab)
        summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.satisfied_rate)
        top.addWidget(summary, 1)
        layout.addLayout(top)
        if not results.questions:
            empty = QLabel(self.tr("Aucun questionnaire de satisfaction n'a encore de réponse."), tab)
            empty.setStyleSheet(HINT_STYLE)
            layout.addWidget(empty)
            layout.addStretch(1)
            return
        if any(q.appreciation for q in results.questions):
            layout.addWidget(Legend(forms_results.APPRECIATION, LEVEL_COLOURS, tab))
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        for row, question in enumerate(results.questions):
            self._question_row(tab, grid, row, question)
        layout.addLayout(grid)
        rule = QLabel(forms_results.SATISFIED_RULE, tab)
        rule.setWordWrap(True)
        rule.setStyleSheet(HINT_STYLE)
        layout.addWidget(rule)
        layout.addStretch(1)

    def _question_row(self, tab: QWidget, grid: QGridLayout, row: int,
                      question: QuestionResult) -> None:
        label = QLabel(question.label, tab)
        label.setWordWrap(True)
        label.setMinimumWidth(220)
        grid.addWidget(label, row, 0)
        grid.setRowMinimumHeight(row, 26)
        if question.appreciation or question.type in (QuestionType.YES_NO, QuestionType.SINGLE_CHOICE,
                                                       QuestionType.SCALE):
            bar = StackedBar(question.choices, self._scale_colours(question), tab)
            grid.addWidget(bar, row, 1)
        else:  # multiple choice: each choice on its own, as shares of those who answered
            lines = "<br>".join(f"{choice.label} : {choice.count} ({percent(choice.percent)})"
                                for choice in question.choices if choice.count)
            grid.addWidget(QLabel(lines or "—", tab), row, 1)
        side = percent(question.satisfied_rate) if question.satisfied is not None else ""
        if question.mean is not None and question.scale is not None:
            side += "\n" + self.tr("moyenne %1 / %2").replace(
                "%1", f"{question.mean:.1f}".replace(".", ",")).replace("%2", str(question.scale[1]))
        rate = QLabel(side, tab)
        rate.setStyleSheet(RATE_STYLE)
        rate.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        rate.setToolTip(self.tr("Réponses satisfaites, sur %1 réponse(s)").replace(
            "%1", str(question.answered)))
        grid.addWidget(rate, row, 2)

    def _scale_colours(self, question: QuestionResult) -> list[QColor]:
        if question.type is not QuestionType.SCALE:
            return colours_for(question)
        top = question.scale[1] if question.scale else None
        threshold = forms_results.satisfied_mark(top)
        return [QColor("#1c3d6b") if choice.label.isdigit() and int(choice.label) >= threshold
                else QColor("#9ec2e6") for choice in question.choices]

    def _fill_acquired(self, results: Results) -> None:
        tab, layout = self._new_page(self.acquired_area)
        if not results.objectives:
            empty = QLabel(self.tr("Aucune grille d'évaluation des acquis n'est encore remplie."), tab)
            empty.setStyleSheet(HINT_STYLE)
            layout.addWidget(empty)
            layout.addStretch(1)
            return
        intro = QLabel(self.tr("D'après %1 grille(s) d'évaluation des acquis.").replace(
            "%1", str(results.assessed)), tab)
        intro.setStyleSheet(HINT_STYLE)
        layout.addWidget(intro)
        levels = results.objectives[0].levels
        layout.addWidget(Legend(levels, grid_colours(levels), tab))
        for objective in results.objectives:
            layout.addWidget(self._objective_box(tab, objective))
        layout.addStretch(1)

    def _objective_box(self, tab: QWidget, objective: ObjectiveResult) -> QWidget:
        box = QFrame(tab)
        box.setObjectName(f"objective_{objective.number}")
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        title = QLabel(f"<b>{objective.number}. {objective.text}</b>", box)
        title.setWordWrap(True)
        grid.addWidget(title, 0, 0, 1, 3)
        colours = grid_colours(objective.levels)
        stages = [(self.tr("À l'entrée"), objective.entry, objective.entry_acquired_rate),
                  (self.tr("À la sortie"), objective.exit, objective.exit_acquired_rate)]
        for row, (stage, counts, rate) in enumerate(stages, start=1):
            grid.addWidget(QLabel(stage, box), row, 0)
            grid.addWidget(StackedBar(counts, colours, box), row, 1)
            acquired = QLabel(self.tr("%1 acquis").replace("%1", percent(rate)), box)
            acquired.setStyleSheet(RATE_STYLE)
            grid.addWidget(acquired, row, 2)
        progress = QLabel(self.tr("%1 participant·e(s) sur %2 ont progressé.").replace(
            "%1", str(objective.progressed)).replace("%2", str(objective.compared)), box)
        progress.setObjectName("progress")
        progress.setStyleSheet(HINT_STYLE)
        grid.addWidget(progress, 3, 0, 1, 3)
        return box

    def _fill_comments(self, results: Results) -> None:
        self.comments.clear()
        several = len(results.scope.sessions) > 1
        for n, group in enumerate(results.comments):
            if n:
                gap = QListWidgetItem("")
                gap.setFlags(Qt.ItemFlag.NoItemFlags)
                self.comments.addItem(gap)
            header = QListWidgetItem(group.label)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.comments.addItem(header)
            for comment in group.comments:
                text = f"« {comment.text} »"
                if several:
                    text += f" — {comment.session_code}"
                self.comments.addItem(QListWidgetItem(text))
        if not results.comments:
            self.comments.addItem(QListWidgetItem(self.tr("Aucun commentaire libre pour l'instant.")))

    # --- exporting ------------------------------------------------------------------------------
    def _target(self, fmt: str, caption: str, pattern: str) -> Path | None:
        if self.results is None:
            return None
        suggested = documents_folder() / results_pdf.file_name(self.results, fmt)
        target, _ = QFileDialog.getSaveFileName(self, caption, str(suggested), pattern)
        if not target:
            return None
        path = Path(target)
        return path if path.suffix.lower() == f".{fmt}" else path.with_name(f"{path.name}.{fmt}")

    def export_pdf(self) -> Path | None:
        path = self._target("pdf", self.tr("Exporter les résultats en PDF"), self.tr("PDF (*.pdf)"))
        if path is None or self.results is None:
            return None
        try:
            path.write_bytes(results_pdf.results_pdf(self.db, self.results))
        except (FormationError, OSError) as error:
            self._say(str(error), error=True)
            return None
        self._say(self.tr("Résultats enregistrés : %1").replace("%1", str(path)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def export_csv(self) -> Path | None:
        path = self._target("csv", self.tr("Exporter les résultats en CSV"),
                            self.tr("Tableur CSV (*.csv)"))
        if path is None or self.results is None:
            return None
        try:
            path.write_bytes(results_pdf.results_csv(self.results))
        except OSError as error:
            self._say(str(error), error=True)
            return None
        self._say(self.tr("Tableau enregistré : %1").replace("%1", str(path)))
        return path

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
