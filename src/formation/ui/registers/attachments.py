"""The files of one register row: join one, open one, take one off (with an undo)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.services import deletion
from formation.services import registers_attachments as files
from formation.services.deletion import Deleted
from formation.storage.database import Database
from formation.ui.styles import ERROR_STYLE, HINT_STYLE

ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def open_attachment(db: Database, attachment_id: int) -> Path:
    """Copy the kept file to a temporary folder and open it with the system's viewer."""
    folder = Path(tempfile.mkdtemp(prefix="formation-"))
    path = files.export_attachment(db, attachment_id, folder)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class AttachmentsDialog(QDialog):
    """The files kept with one row; they are copied into the data file."""

    def __init__(self, db: Database, owner_table: str, owner_id: int, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.owner_table, self.owner_id = db, owner_table, owner_id
        self.changed_files = False
        self._removed: Deleted | None = None
        self.setWindowTitle(self.tr("Pièces jointes — %1").replace("%1", what))
        intro = QLabel(self.tr("Les fichiers sont copiés dans le fichier de données : ils restent "
                               "disponibles même si l'original est déplacé ou supprimé."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        self.list = QListWidget(self)
        self.list.setObjectName("attachments")
        self.list.setAccessibleName(self.tr("Pièces jointes"))
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Joindre un fichier…"), self)
        self.add_button.clicked.connect(self.choose)
        self.open_button = QPushButton(self.tr("Ouvrir"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button = QPushButton(self.tr("Annuler le retrait"), self)
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.resize(580, 360)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.list.clear()
        for row in files.list_attachments(self.db, self.owner_table, self.owner_id):
            item = QListWidgetItem(self.tr("%1 — %2, ajouté le %3")
                                   .replace("%1", row.filename).replace("%2", files.size_label(row.size))
                                   .replace("%3", frenchfmt.short_date(row.added_at.date())))
            item.setData(ID_ROLE, row.id)
            item.setData(NAME_ROLE, row.filename)
            item.setToolTip(self.tr("Empreinte SHA-256 : %1").replace("%1", row.sha256))
            self.list.addItem(item)
            if row.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def names(self) -> list[str]:
        return [self.list.item(i).data(NAME_ROLE) for i in range(self.list.count())]

    def _say(self, text: str, style: str = "") -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def attach(self, path: Path) -> int | None:
        try:
            attachment = files.attach(self.db, self.owner_table, self.owner_id, path)
        except (FormationError, OSError) as error:
            self._say(str(error), ERROR_STYLE)
            return None
        self.changed_files = True
        self._forget_removed()
        self._say(self.tr("« %1 » est joint.").replace("%1", path.name))
        self.refresh(select=attachment)
        return attachment

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Joindre un fichier"), str(Path.home()),
            self.tr("Documents (*.pdf *.odt *.doc *.docx *.png *.jpg *.jpeg *.eml *.msg *.txt);;"
                    "Tous les fichiers (*)"))
        if path:
            self.attach(Path(path))

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def open_selected(self) -> Path | None:
        attachment = self.selected_id()
        if attachment is None:
            return None
        try:
            return open_attachment(self.db, attachment)
        except (FormationError, OSError) as error:
            self._say(str(error), ERROR_STYLE)
            return None

    def remove_selected(self) -> None:
        attachment = self.selected_id()
        if attachment is None:
            return
        name = self.list.currentItem().data(NAME_ROLE)
        try:
            self._removed = files.remove_attachment(self.db, attachment)
        except FormationError as error:
            self._say(str(error), ERROR_STYLE)
            return
        self.changed_files = True
        self._say(self.tr("« %1 » est retiré.").replace("%1", name))
        self.undo_button.show()
        self.refresh()

    def undo_remove(self) -> None:
        if self._removed is None:
            return
        restored = self._removed.rows[0][1].get("id")
        deletion.undo(self.db, self._removed)
        self._forget_removed()
        self._say(self.tr("La pièce jointe est rétablie."))
        self.refresh(select=restored)

    def _forget_removed(self) -> None:
        self._removed = None
        self.undo_button.hide()
