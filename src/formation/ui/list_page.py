"""A page listing records: instant search, sorting, create, edit, delete with undo."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from formation.core.errors import FormationError
from formation.services.deletion import Deleted, undo
from formation.storage.database import Database
from formation.ui.form import EditorDialog
from formation.ui.table_model import ROW_ROLE, Column, RowTableModel, SearchProxy


class UndoBar(QFrame):
    """'« X » supprimé·e. Annuler' under the list, until the next deletion or a refresh."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("UndoBar { background: #fff4ce; border: 1px solid #e0c45c; }")
        self.message = QLabel(self)
        self.button = QPushButton(self.tr("Annuler la suppression"), self)
        self.button.setShortcut(QKeySequence.StandardKey.Undo)
        self.button.clicked.connect(self.undo_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        self.hide()


class ListPage(QWidget):
    """Subclasses give the columns, how to load rows, and the editor of one row."""

    # Shown through translated(): subclasses mark them QT_TRANSLATE_NOOP("ListPage", …) for lupdate.
    title = ""
    new_label = QT_TRANSLATE_NOOP("ListPage", "Nouveau")
    changed = Signal()  # data changed here: other pages may refresh

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._deleted: Deleted | None = None
        self.model: RowTableModel[Any] = RowTableModel(self.columns(), self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.refresh()

    # --- to implement -----------------------------------------------------------------------
    def columns(self) -> Sequence[Column[Any]]:
        raise NotImplementedError

    def load_rows(self) -> Sequence[Any]:
        raise NotImplementedError

    def editor(self, row: Any | None) -> EditorDialog:
        raise NotImplementedError

    def delete_row(self, row: Any) -> Deleted:
        """Delete through the services, returning what an undo needs."""
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        return str(getattr(row, "name", "") or getattr(row, "title", ""))

    @staticmethod
    def translated(text: str) -> str:
        """`title` or `new_label` in the interface's language."""
        return QCoreApplication.translate("ListPage", text) if text else ""

    # --- behaviour ------------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(f"<h2>{self.translated(self.title)}</h2>", self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Rechercher… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Rechercher"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_query)
        self.new_button = QPushButton(self.translated(self.new_label), self)
        self.edit_button = QPushButton(self.tr("Modifier"), self)
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        self.new_button.clicked.connect(self.create)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the next control
        self.table.setAccessibleName(self.translated(self.title))
        self.table.setObjectName("table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete_current),
                           (QKeySequence(Qt.Key.Key_Return), self.edit_current)):
            shortcut = QShortcut(keys, self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.undo_bar = UndoBar(self)
        self.undo_bar.undo_requested.connect(self.undo_delete)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.count_label)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%n élément(s)", "", total) if shown == total else \
            self.tr("%1 sur %2").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    def refresh(self) -> None:
        self.model.set_rows(self.load_rows())
        self.table.resizeColumnsToContents()
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_row(self) -> Any | None:
        index: QModelIndex = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_id(self, row_id: int | None) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            if getattr(index.data(ROW_ROLE), "id", None) == row_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return

    def create(self) -> None:
        self._run_editor(None)

    def edit_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._run_editor(row)

    def _run_editor(self, row: Any | None) -> None:
        dialog = self.editor(row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.select_id(dialog.saved_id)
            self.changed.emit()

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            self._deleted = self.delete_row(row)
        except FormationError as error:
            QMessageBox.warning(self, self.translated(self.title), str(error))
            return
        self.refresh()
        self.undo_bar.message.setText(self.tr("« %1 » a été supprimé·e.").replace(
            "%1", self.describe(row)))
        self.undo_bar.show()
        self.changed.emit()

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        undo(self.db, self._deleted)
        restored_id = self._deleted.rows[0][1].get("id")
        self._deleted = None
        self.undo_bar.hide()
        self.refresh()
        self.select_id(restored_id)
        self.changed.emit()
