"""Importer des participant·es: choose a file, check its columns, analyse, then import.

The flow is the service's (services/participant_import.py): read_table -> guess_mapping, corrected
here by the user -> plan_import (nothing written) -> apply_import with the duplicates to merge.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from formation.core.errors import FormationError
from formation.services import participant_import as importer
from formation.services.participant_import import Duplicate, ImportPlan, ImportResult, Table
from formation.storage.database import Database
from formation.ui.styles import ERROR_STYLE, HINT_STYLE
from formation.ui.widgets import fit_to_screen

PREVIEW_ROWS = 8
MAPPING_COLUMNS = 5
SUCCESS_STYLE = "color: #1e6b2f; font-weight: bold;"


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text)
    return item


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setTabKeyNavigation(False)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for column in range(len(headers) - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


class ImportDialog(QDialog):
    """Import participants from a CSV or XLSX file, showing what will happen before doing it."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.table_: Table | None = None
        self.plan: ImportPlan | None = None
        self.result_: ImportResult | None = None
        self.setWindowTitle(self.tr("Importer des participant·es"))
        self._build()
        fit_to_screen(self, 980, 760)

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Aucun fichier choisi"))
        self.path_edit.setAccessibleName(self.tr("Fichier à importer"))
        self.choose_button = QPushButton(self.tr("Choisir un fichier…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Fichier :"), self))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        intro = QLabel(self.tr(
            "Un tableau CSV ou Excel (.xlsx), une personne par ligne, les titres des colonnes sur la "
            "première ligne. Les besoins spécifiques ne s'importent pas : saisissez-les dans la fiche "
            "de chaque personne."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        self.file_message = QLabel(self)
        self.file_message.setObjectName("file_message")
        self.file_message.setWordWrap(True)
        self.file_message.setStyleSheet(ERROR_STYLE)
        self.file_message.hide()

        mapping_box = QGroupBox(self.tr("Colonne du fichier pour chaque information"), self)
        grid = QGridLayout(mapping_box)
        self.mapping_combos: dict[str, QComboBox] = {}
        for position, (name, label) in enumerate(importer.FIELDS.items()):
            combo = QComboBox(mapping_box)
            combo.setObjectName(f"map_{name}")
            combo.setAccessibleName(self.tr("Colonne pour « %1 »").replace("%1", label))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self._mapping_changed)
            title = QLabel(label + (" *" if name in importer.REQUIRED else ""), mapping_box)
            title.setBuddy(combo)
            row, column = divmod(position, MAPPING_COLUMNS)
            grid.addWidget(title, row * 2, column)
            grid.addWidget(combo, row * 2 + 1, column)
            self.mapping_combos[name] = combo
        for column in range(MAPPING_COLUMNS):
            grid.setColumnStretch(column, 1)

        preview_box = QGroupBox(self.tr("Aperçu des premières lignes"), self)
        self.preview = QTableWidget(0, 0, preview_box)
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(self.tr("Aperçu du fichier"))
        self.preview.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.verticalHeader().setToolTip(self.tr("Numéro de ligne dans le fichier"))
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview)

        self.analyse_button = QPushButton(self.tr("Analyser"), self)
        self.analyse_button.setObjectName("analyse")
        self.analyse_button.setToolTip(self.tr("Vérifier chaque ligne sans rien enregistrer"))
        self.analyse_button.clicked.connect(self.analyse)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        analyse_row = QHBoxLayout()
        analyse_row.addWidget(self.analyse_button)
        analyse_row.addWidget(self.summary, 1)

        self.tabs = QTabWidget(self)
        self.errors_table = _table([self.tr("Ligne"), self.tr("Motif du refus")], self)
        self.errors_table.setObjectName("errors")
        duplicates_page = QWidget(self)
        self.duplicates_table = _table([self.tr("Fusionner"), self.tr("Ligne"),
                                        self.tr("Dans le fichier"), self.tr("Déjà connu·e"),
                                        self.tr("Motif")], duplicates_page)
        self.duplicates_table.setObjectName("duplicates")
        duplicates_hint = QLabel(self.tr(
            "Cochez « Fusionner » pour compléter la fiche existante avec ce que la ligne apporte "
            "(seuls ses champs vides sont remplis) ; sinon la ligne est ignorée."), duplicates_page)
        duplicates_hint.setWordWrap(True)
        duplicates_hint.setStyleSheet(HINT_STYLE)
        duplicates_layout = QVBoxLayout(duplicates_page)
        duplicates_layout.setContentsMargins(0, 4, 0, 0)
        duplicates_layout.addWidget(duplicates_hint)
        duplicates_layout.addWidget(self.duplicates_table, 1)
        self.tabs.addTab(self.errors_table, "")
        self.tabs.addTab(duplicates_page, "")

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Importer"),
                                                    QDialogButtonBox.ButtonRole.ApplyRole)
        self.import_button.setObjectName("import")
        self.close_button = self.buttons.addButton(self.tr("Annuler"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(intro)
        layout.addWidget(self.file_message)
        layout.addWidget(mapping_box)
        layout.addWidget(preview_box, 2)
        layout.addLayout(analyse_row)
        layout.addWidget(self.tabs, 2)
        layout.addWidget(self.buttons)
        self._set_table(None)
        self.choose_button.setFocus()

    # --- file and mapping -----------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir le fichier à importer"), str(Path.home()),
            self.tr("Tableaux (*.csv *.xlsx *.xlsm *.tsv *.txt);;Tous les fichiers (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Read `path`, guess its columns and show its first rows; False (and why) if unusable."""
        try:
            table = importer.read_table(path)
        except FormationError as error:
            self._set_table(None)
            self.file_message.setText(str(error))
            self.file_message.show()
            return False
        self.path_edit.setText(str(path))
        self.file_message.hide()
        self._set_table(table)
        return True

    def _set_table(self, table: Table | None) -> None:
        self.table_ = table
        self.result_ = None
        guessed = importer.guess_mapping(table.headers) if table else {}
        for name, combo in self.mapping_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— (ne pas importer)"), None)
            for index, header in enumerate(table.headers if table else []):
                combo.addItem(header, index)
            combo.setCurrentIndex(combo.findData(guessed[name]) if name in guessed else 0)
            combo.setEnabled(table is not None)
            combo.blockSignals(False)
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers) if table else 0)
        rows = table.rows[:PREVIEW_ROWS] if table else []
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.preview.setVerticalHeaderItem(r, QTableWidgetItem(str(row.line)))
            for c, text in enumerate(row):
                self.preview.setItem(r, c, _item(text))
        self._mapping_changed()
        self.preview.resizeColumnsToContents()
        self.analyse_button.setEnabled(table is not None)
        self.choose_button.setEnabled(True)
        if table is not None:
            more = len(table.rows) - len(rows)
            self.preview.setToolTip(self.tr("%1 lignes dans le fichier").replace(
                "%1", str(len(table.rows))) if more > 0 else "")

    def mapping(self) -> dict[str, int]:
        return {name: combo.currentData() for name, combo in self.mapping_combos.items()
                if combo.currentData() is not None}

    def _mapping_changed(self, *_args: object) -> None:
        """Show which information each column feeds; a former analysis no longer holds."""
        if self.table_ is not None:
            used = {index: importer.FIELDS[name] for name, index in self.mapping().items()}
            labels = [f"{header}\n→ {used[i]}" if i in used else f"{header}\n"
                      + self.tr("(ignorée)") for i, header in enumerate(self.table_.headers)]
            self.preview.setHorizontalHeaderLabels(labels)
        self._show_plan(None)

    # --- analyse and import ---------------------------------------------------------------------
    def analyse(self) -> bool:
        if self.table_ is None:
            return False
        try:
            plan = importer.plan_import(self.db, self.table_, self.mapping())
        except FormationError as error:
            self._show_plan(None)
            self._say(str(error), ERROR_STYLE)
            return False
        self._show_plan(plan)
        return True

    def _show_plan(self, plan: ImportPlan | None) -> None:
        self.plan = plan
        ready = len(plan.ready) if plan else 0
        self.import_button.setEnabled(plan is not None and self.result_ is None
                                      and bool(plan.ready or plan.duplicates))
        self.errors_table.setRowCount(len(plan.errors) if plan else 0)
        for r, error in enumerate(plan.errors if plan else []):
            self.errors_table.setItem(r, 0, _item(str(error.line)))
            self.errors_table.setItem(r, 1, _item(error.reason))
        self.duplicates_table.setEnabled(True)
        self.duplicates_table.setRowCount(len(plan.duplicates) if plan else 0)
        for r, duplicate in enumerate(plan.duplicates if plan else []):
            merge = QTableWidgetItem(self.tr("Fusionner"))
            merge.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            merge.setCheckState(Qt.CheckState.Unchecked)
            merge.setData(Qt.ItemDataRole.UserRole, duplicate.line)
            self.duplicates_table.setItem(r, 0, merge)
            self.duplicates_table.setItem(r, 1, _item(str(duplicate.line)))
            self.duplicates_table.setItem(r, 2, _item(self._describe(duplicate)))
            self.duplicates_table.setItem(r, 3, _item(self._known(duplicate)))
            self.duplicates_table.setItem(r, 4, _item(duplicate.reason))
        errors, duplicates = (len(plan.errors), len(plan.duplicates)) if plan else (0, 0)
        self.tabs.setTabText(0, self.tr("Lignes refusées (%1)").replace("%1", str(errors)))
        self.tabs.setTabText(1, self.tr("Doublons probables (%1)").replace("%1", str(duplicates)))
        if plan is None:
            self._say(self.tr("Cliquez sur « Analyser » pour vérifier les lignes avant l'import.")
                      if self.table_ is not None and self.result_ is None else "", HINT_STYLE)
            return
        if errors and not duplicates:
            self.tabs.setCurrentIndex(0)
        elif duplicates and not errors:
            self.tabs.setCurrentIndex(1)
        parts = [self._count(ready, self.tr("participant·e à importer"),
                             self.tr("participant·es à importer")),
                 self._count(errors, self.tr("ligne refusée"), self.tr("lignes refusées")),
                 self._count(duplicates, self.tr("doublon probable"), self.tr("doublons probables"))]
        self._say(", ".join(parts) + self.tr(". Rien n'est encore enregistré."), "")

    def _count(self, n: int, singular: str, plural: str) -> str:
        return f"{n} {singular if n <= 1 else plural}"

    def _describe(self, duplicate: Duplicate) -> str:
        d = duplicate.data
        details = ", ".join(x for x in (d.email, duplicate.structure) if x)
        name = f"{d.first_name} {d.last_name}"
        return f"{name} ({details})" if details else name

    def _known(self, duplicate: Duplicate) -> str:
        if duplicate.existing_id is None:
            return self.tr("%1, ligne %2 du fichier").replace("%1", duplicate.existing_name) \
                .replace("%2", str(duplicate.same_as_line or ""))
        return duplicate.existing_name

    def merged_lines(self) -> set[int]:
        lines = set()
        for r in range(self.duplicates_table.rowCount()):
            item = self.duplicates_table.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                lines.add(int(item.data(Qt.ItemDataRole.UserRole)))
        return lines

    def set_merge(self, line: int, merge: bool) -> None:
        for r in range(self.duplicates_table.rowCount()):
            item = self.duplicates_table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == line:
                item.setCheckState(Qt.CheckState.Checked if merge else Qt.CheckState.Unchecked)

    def apply(self) -> bool:
        if self.plan is None or self.result_ is not None:
            return False
        try:
            result = importer.apply_import(self.db, self.plan, self.merged_lines())
        except FormationError as error:
            self._say(str(error), ERROR_STYLE)
            return False
        self.result_ = result
        self.import_button.setEnabled(False)
        self.analyse_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        for combo in self.mapping_combos.values():
            combo.setEnabled(False)
        self.duplicates_table.setEnabled(False)  # the merges are done: no box to tick any more
        self.close_button.setText(self.tr("Fermer"))
        self._say(self.tr("Import terminé : %1").replace("%1", result.summary()), SUCCESS_STYLE)
        return True

    def reject(self) -> None:
        if self.result_ is not None:
            self.accept()  # something was imported: the list reloads, however the dialog is closed
        else:
            super().reject()

    def _say(self, text: str, style: str) -> None:
        self.summary.setStyleSheet(style)
        self.summary.setText(text)
