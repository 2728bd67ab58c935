"""Participants: the trainees, their status and structure; their specific needs stay confidential."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from formation.core.enums import Civility, Gender, ParticipantStatus
from formation.services import people
from formation.services.deletion import Deleted, delete_with_undo
from formation.services.people import ParticipantData, ParticipantRow
from formation.storage.database import Database
from formation.ui.form import EditorDialog
from formation.ui.i18n import label
from formation.ui.import_dialog import ImportDialog
from formation.ui.list_page import ListPage
from formation.ui.table_model import Column
from formation.ui.widgets import choice_combo, enum_combo, set_combo_value

MIN_COLUMN = 110  # px: below that, names and e-mails become unreadable
HINT_STYLE = "color: palette(placeholder-text); font-size: 90%;"


class ParticipantDialog(EditorDialog):
    def __init__(self, db: Database, participant_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Participant·e"), parent)
        self.db = db
        self.data = people.get_participant(db, participant_id) if participant_id else ParticipantData()
        d, f = self.data, self.form
        f.add_heading(self.tr("Identité"))
        self.civility = f.add("civility", self.tr("Civilité"), enum_combo(Civility))
        set_combo_value(self.civility, d.civility)
        self.first_name = f.add("first_name", self.tr("Prénom *"), QLineEdit(d.first_name))
        self.last_name = f.add("last_name", self.tr("Nom *"), QLineEdit(d.last_name))
        self.gender = f.add("gender", self.tr("Genre"), enum_combo(Gender),
                            self.tr("Sert aux chiffres du bilan annuel."))
        set_combo_value(self.gender, d.gender)
        self.status = f.add("status", self.tr("Statut"), enum_combo(ParticipantStatus),
                            self.tr("Sert au bilan pédagogique et financier (BPF)."))
        set_combo_value(self.status, d.status)
        self.job_seeker = f.add("job_seeker", "", QCheckBox(self.tr("Demandeur·se d'emploi")),
                                self.tr("Aussi demandeur·se d'emploi, quel que soit le statut "
                                        "(une bénévole peut l'être) : compté à part au bilan."))
        self.job_seeker.setChecked(d.job_seeker)
        f.add_heading(self.tr("Coordonnées"))
        self.email = f.add("email", self.tr("E-mail"), QLineEdit(d.email))
        self.phone = f.add("phone", self.tr("Téléphone"), QLineEdit(d.phone))
        structures = [(s.name, s.id) for s in people.list_structures(db)]
        self.structure = f.add("structure_id", self.tr("Structure"),
                               choice_combo(structures, empty=self.tr("—")),
                               self.tr("Employeur ou association de la personne."))
        set_combo_value(self.structure, d.structure_id)
        self.commune = f.add("commune", self.tr("Commune"), QLineEdit(d.commune))
        self.postal_code = f.add("postal_code", self.tr("Code postal"), QLineEdit(d.postal_code))
        self.postal_code.setMaxLength(5)
        self._build_needs()
        self.resize(640, 620)

    def _build_needs(self) -> None:
        """The specific needs stay folded away until someone asks to see them."""
        f = self.form
        f.add_heading(self.tr("Besoins spécifiques"))
        self.show_needs = QCheckBox(self.tr("Afficher les besoins spécifiques (confidentiel)"), f)
        self.show_needs.setObjectName("show_needs")
        f.layout_.addRow(self.show_needs)
        hint = self.tr("Adaptations liées à un handicap. Confidentiel : n'apparaît jamais dans "
                       "la liste des participant·es.")
        if self.data.specific_needs.strip():
            hint = "<b>" + self.tr("Des besoins spécifiques sont renseignés.") + "</b> " + hint
        self.needs_hint = QLabel(hint, f)
        self.needs_hint.setObjectName("needs_hint")
        self.needs_hint.setWordWrap(True)
        self.needs_hint.setStyleSheet(HINT_STYLE)
        f.layout_.addRow(self.needs_hint)
        self.needs = f.add("specific_needs", self.tr("Adaptations"),
                           QPlainTextEdit(self.data.specific_needs))
        self.needs.setTabChangesFocus(True)
        self.needs.setMaximumHeight(110)
        self.needs.setPlaceholderText(self.tr("Ex. : accès de plain-pied, documents en gros "
                                              "caractères, pauses plus fréquentes…"))
        self._needs_row = f.layout_.getWidgetPosition(self.needs.parentWidget())[0]
        f.layout_.setRowVisible(self._needs_row, False)
        self.show_needs.toggled.connect(self._toggle_needs)

    def _toggle_needs(self, shown: bool) -> None:
        self.form.layout_.setRowVisible(self._needs_row, shown)
        if shown:
            self.needs.setFocus()
            QTimer.singleShot(0, self._scroll_to_needs)  # once the layout has made room

    def _scroll_to_needs(self) -> None:
        scroll = self.findChild(QScrollArea)
        if scroll is not None and self.needs.isVisible():
            scroll.ensureWidgetVisible(self.needs)

    def needs_visible(self) -> bool:
        return self.needs.isVisibleTo(self)

    def save(self) -> int:
        d = self.data
        d.civility, d.gender = self.civility.value(), self.gender.value()
        d.status, d.structure_id = self.status.value(), self.structure.currentData()
        d.first_name, d.last_name = self.first_name.text(), self.last_name.text()
        d.email, d.phone = self.email.text(), self.phone.text()
        d.commune, d.postal_code = self.commune.text().strip(), self.postal_code.text().strip()
        d.specific_needs = self.needs.toPlainText().strip()
        d.job_seeker = self.job_seeker.isChecked()
        return people.save_participant(self.db, d)


class ParticipantsPage(ListPage):
    title = QT_TRANSLATE_NOOP("ListPage", "Participants")
    new_label = QT_TRANSLATE_NOOP("ListPage", "Nouveau·elle participant·e")

    def _build(self) -> None:
        super()._build()
        self.table.setWordWrap(False)  # a narrowed column elides on one line; the tooltip has it all
        self.import_button = QPushButton(self.tr("Importer…"), self)
        self.import_button.setObjectName("import_button")
        self.import_button.setToolTip(self.tr("Importer des participant·es depuis un fichier "
                                              "CSV ou Excel"))
        self.import_button.clicked.connect(self.import_file)
        row = self._button_row()
        if row is not None:
            row.addWidget(self.import_button)

    def _button_row(self) -> QBoxLayout | None:
        layout = self.layout()
        for i in range(layout.count()):
            item = layout.itemAt(i).layout()
            if isinstance(item, QBoxLayout) and item.indexOf(self.new_button) >= 0:
                return item
        return None

    def refresh(self) -> None:
        super().refresh()
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Eight columns: narrow the widest (their text elides, the tooltip keeps it whole)
        rather than push Commune and Inscriptions out of sight."""
        if not self.isVisible():
            return
        header = self.table.horizontalHeader()
        widths = [header.sectionSize(i) for i in range(header.count())]
        available = self.table.viewport().width()
        if not widths or sum(widths) <= available:
            return
        cap = max(widths)
        while cap > MIN_COLUMN and sum(min(w, cap) for w in widths) > available:
            cap -= 4
        for i, width in enumerate(widths):
            if width > cap:
                header.resizeSection(i, cap)

    def columns(self) -> Sequence[Column[ParticipantRow]]:
        return [
            Column(self.tr("Nom"), lambda r: r.last_name.upper()),
            Column(self.tr("Prénom"), lambda r: r.first_name),
            Column(self.tr("E-mail"), lambda r: r.email),
            Column(self.tr("Téléphone"), lambda r: r.phone),
            Column(self.tr("Statut"), lambda r: label(r.status)),
            Column(self.tr("Structure"), lambda r: r.structure),
            Column(self.tr("Commune"), lambda r: r.commune),
            Column(self.tr("Inscriptions"), lambda r: str(r.registrations),
                   lambda r: r.registrations, align_right=True),
        ]

    def load_rows(self) -> Sequence[ParticipantRow]:
        return people.list_participants(self.db)

    def editor(self, row: Any | None) -> ParticipantDialog:
        return ParticipantDialog(self.db, row.id if row else None, self)

    def delete_row(self, row: ParticipantRow) -> Deleted:
        return delete_with_undo(self.db, "participant", row.id,
                                f"Le ou la participant·e « {self.describe(row)} »")

    def describe(self, row: ParticipantRow) -> str:
        return f"{row.first_name} {row.last_name.upper()}".strip()

    def import_file(self) -> None:
        dialog = ImportDialog(self.db, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
