"""Formateurs et formatrices: who runs the sessions, and their qualifications (Qualiopi 21–22)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from formation.core.enums import TrainerKind
from formation.services import people
from formation.services.deletion import Deleted
from formation.services.people import TrainerData
from formation.services.registers_attachments import delete_with_attachments
from formation.storage.database import Database
from formation.ui.form import EditorDialog
from formation.ui.i18n import label
from formation.ui.list_page import ListPage
from formation.ui.table_model import Column
from formation.ui.widgets import enum_combo, set_combo_value


class TrainerDialog(EditorDialog):
    def __init__(self, db: Database, trainer_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Formateur·rice"), parent)
        self.db = db
        self.data = people.get_trainer(db, trainer_id) if trainer_id else TrainerData()
        d, f = self.data, self.form
        self.first_name = f.add("first_name", self.tr("Prénom *"), QLineEdit(d.first_name))
        self.last_name = f.add("last_name", self.tr("Nom *"), QLineEdit(d.last_name))
        self.kind = f.add("kind", self.tr("Statut"), enum_combo(TrainerKind),
                          self.tr("Interne : salarié·e ou bénévole de l'organisme ; externe : "
                                  "prestataire. Sert au bilan pédagogique et financier."))
        set_combo_value(self.kind, d.kind)
        self.email = f.add("email", self.tr("E-mail"), QLineEdit(d.email))
        self.phone = f.add("phone", self.tr("Téléphone"), QLineEdit(d.phone))
        f.add_heading(self.tr("Compétences"))
        self.qualifications = f.add(
            "qualifications", self.tr("Qualifications"), QPlainTextEdit(d.qualifications),
            self.tr("Diplômes, expériences, formations suivies : ce que l'auditeur Qualiopi "
                    "demande (indicateurs 21 et 22)."))
        self.qualifications.setTabChangesFocus(True)
        self.qualifications.setPlaceholderText(self.tr("Une ligne par diplôme, expérience ou "
                                                       "formation suivie, avec l'année"))

    def save(self) -> int:
        d = self.data
        d.first_name, d.last_name, d.kind = (self.first_name.text(), self.last_name.text(),
                                             self.kind.value())
        d.email, d.phone = self.email.text().strip(), self.phone.text().strip()
        d.qualifications = self.qualifications.toPlainText().strip()
        return people.save_trainer(self.db, d)


class TrainersPage(ListPage):
    title = QT_TRANSLATE_NOOP("ListPage", "Formateurs")
    new_label = QT_TRANSLATE_NOOP("ListPage", "Nouveau·elle formateur·rice")

    def columns(self) -> Sequence[Column[TrainerData]]:
        return [
            Column(self.tr("Nom"), lambda r: r.last_name.upper()),
            Column(self.tr("Prénom"), lambda r: r.first_name),
            Column(self.tr("Statut"), lambda r: label(r.kind)),
            Column(self.tr("E-mail"), lambda r: r.email),
            Column(self.tr("Téléphone"), lambda r: r.phone),
        ]

    def load_rows(self) -> Sequence[TrainerData]:
        return people.list_trainers(self.db)

    def editor(self, row: Any | None) -> TrainerDialog:
        return TrainerDialog(self.db, row.id if row else None, self)

    def delete_row(self, row: TrainerData) -> Deleted:
        return delete_with_attachments(self.db, "trainer", row.id or 0, self.tr(
            "Le ou la formateur·rice « %1 »").replace("%1", self.describe(row)))

    def describe(self, row: TrainerData) -> str:
        return f"{row.first_name} {row.last_name.upper()}".strip()
