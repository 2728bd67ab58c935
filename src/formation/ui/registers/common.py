"""What every register's list shares: the gap banner, row colours, an optional date, the files."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from formation.services.deletion import Deleted
from formation.services.registers_attachments import delete_with_attachments
from formation.ui.list_page import ListPage
from formation.ui.registers.attachments import AttachmentsDialog
from formation.ui.table_model import ROW_ROLE, SearchProxy
from formation.ui.widgets import date_edit

# Orange, like the home page's sessions short of participants: something an auditor will ask for.
BANNER_STYLE = ("QLabel { background: #fde3c0; color: #4a2800; border: 1px solid #e8a33d; "
                "border-radius: 4px; padding: 6px 10px; }")
MAX_COLUMN = 320  # px
ALERT = "alert"  # overdue acknowledgement, late action
DONE = "done"  # closed complaint, action done: out of the way
TONES = {
    ALERT: (QColor("#f9d6d3"), QColor("#6e1410")),
    DONE: (None, QColor("#5f6368")),
}


class GapBanner(QLabel):
    """An orange line at the top of a register: empty, or missing something."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gap_banner")
        self.setStyleSheet(BANNER_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class TonedProxy(SearchProxy):
    """The search proxy, colouring each row as `tone(row)` says (ALERT, DONE or None)."""

    def __init__(self, tone: Callable[[Any], str | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tone = tone

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            row = super().data(index, ROW_ROLE) if index.isValid() else None
            tone = self._tone(row) if row is not None else None
            if tone is None:
                return None
            background, foreground = TONES[tone]
            return background if role == Qt.ItemDataRole.BackgroundRole else foreground
        return super().data(index, role)


class OptionalDate(QWidget):
    """A date that may not have happened yet: a box to tick, then the day (today when first ticked)."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit: QDateEdit = date_edit(self)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _day: self.changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.setFocusProxy(self.check)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.check.setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        self.edit.setDate(QDate(day) if day is not None else QDate.currentDate())


def button_row(page: ListPage) -> QBoxLayout | None:
    """The row of Nouveau / Modifier / Supprimer, to add a page's own buttons to it."""
    layout = page.layout()
    for i in range(layout.count()):
        item = layout.itemAt(i).layout()
        if isinstance(item, QBoxLayout) and item.indexOf(page.new_button) >= 0:
            return item
    return None


class RegisterList(ListPage):
    """A register's list inside a tab: no heading of its own (the tab has it), a gap banner when
    the register is empty, coloured rows, and the files of the selected row."""

    owner_table = ""  # the table whose rows hold the files (registers_attachments.OWNERS)

    # --- to implement ---------------------------------------------------------------------------
    def empty_text(self) -> str:
        """What the banner says while the register is empty."""
        return self.tr("Registre vide : un auditeur le demandera.")

    def tone(self, row: Any) -> str | None:
        return None

    def files_title(self, row: Any) -> str:
        return self.describe(row)

    # --- behaviour ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.gaps: list[str] = []  # what else an auditor would find missing here (Qualité page)
        old, self.proxy = self.proxy, TonedProxy(self.tone, self)
        self.proxy.setSourceModel(self.model)
        old.deleteLater()
        super()._build()
        layout = self.layout()
        heading = layout.itemAt(0).widget()
        if heading is not None:
            heading.hide()  # the tab says what this is
        layout.setContentsMargins(0, 4, 0, 0)
        self.table.setWordWrap(False)
        self.banner = GapBanner(self)
        layout.insertWidget(0, self.banner)
        self.files_button = QPushButton(self.tr("Pièces jointes…"), self)
        self.files_button.setObjectName("files_button")
        self.files_button.setToolTip(self.tr("Joindre ou ouvrir les fichiers de la ligne choisie "
                                             "(courrier, compte rendu, attestation…)"))
        self.files_button.clicked.connect(self.open_files)
        row = button_row(self)
        if row is not None:
            row.addWidget(self.files_button)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    def refresh(self) -> None:
        super().refresh()
        header = self.table.horizontalHeader()
        for column in range(header.count() - 1):  # long texts elide; the tooltip has them whole
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN))
        self.update_banner()
        self._update_buttons()

    def set_gaps(self, gaps: list[str]) -> None:
        self.gaps = list(gaps)
        self.update_banner()

    def update_banner(self) -> None:
        if not self.model.rowCount():
            self.banner.say(self.empty_text())
        else:
            self.banner.say("<br>".join(html.escape(gap, quote=False) for gap in self.gaps))

    def _update_buttons(self) -> None:
        chosen = self.current_row() is not None
        for button in (self.edit_button, self.delete_button, self.files_button):
            button.setEnabled(chosen)

    def delete_row(self, row: Any) -> Deleted:
        return delete_with_attachments(self.db, self.owner_table, row.id, self.describe(row))

    def files_dialog(self, row: Any) -> AttachmentsDialog:
        return AttachmentsDialog(self.db, self.owner_table, row.id, self.files_title(row), self)

    def open_files(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = self.files_dialog(row)
        dialog.exec()
        if dialog.changed_files:
            self.refresh()
            self.select_id(row.id)
            self.changed.emit()

    @staticmethod
    def count_text(count: int) -> str:
        return str(count) if count else ""
