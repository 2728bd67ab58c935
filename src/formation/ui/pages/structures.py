"""Structures: employers, associations, clients and funders the participants come from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLineEdit, QWidget

from formation.core.enums import StructureKind
from formation.services import people
from formation.services.deletion import Deleted, delete_with_undo
from formation.services.people import StructureData
from formation.storage.database import Database
from formation.ui.form import EditorDialog
from formation.ui.i18n import label
from formation.ui.list_page import ListPage
from formation.ui.table_model import Column
from formation.ui.widgets import enum_combo, set_combo_value


class StructureDialog(EditorDialog):
    def __init__(self, db: Database, structure_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Structure"), parent)
        self.db = db
        self.data = people.get_structure(db, structure_id) if structure_id else StructureData()
        d, f = self.data, self.form
        self.name = f.add("name", self.tr("Nom *"), QLineEdit(d.name))
        self.kind = f.add("kind", self.tr("Type"), enum_combo(StructureKind))
        set_combo_value(self.kind, d.kind)
        self.siret = f.add("siret", self.tr("SIRET"), QLineEdit(d.siret),
                           self.tr("14 chiffres ; les espaces sont ignorés."))
        self.siret.setPlaceholderText(self.tr("14 chiffres"))
        f.add_heading(self.tr("Adresse"))
        self.address = f.add("address", self.tr("Adresse"), QLineEdit(d.address))
        self.postal_code = f.add("postal_code", self.tr("Code postal"), QLineEdit(d.postal_code))
        self.postal_code.setMaxLength(5)
        self.city = f.add("city", self.tr("Commune"), QLineEdit(d.city))
        f.add_heading(self.tr("Contact"))
        self.contact_name = f.add("contact_name", self.tr("Nom du contact"), QLineEdit(d.contact_name))
        self.contact_email = f.add("contact_email", self.tr("E-mail"), QLineEdit(d.contact_email))
        self.contact_phone = f.add("contact_phone", self.tr("Téléphone"), QLineEdit(d.contact_phone))
        self.resize(600, 480)

    def save(self) -> int:
        d = self.data
        d.name, d.kind, d.siret = self.name.text(), self.kind.value(), self.siret.text()
        d.address, d.postal_code = self.address.text().strip(), self.postal_code.text().strip()
        d.city = self.city.text().strip()
        d.contact_name = self.contact_name.text().strip()
        d.contact_email = self.contact_email.text().strip()
        d.contact_phone = self.contact_phone.text().strip()
        return people.save_structure(self.db, d)


class StructuresPage(ListPage):
    title = QT_TRANSLATE_NOOP("ListPage", "Structures")
    new_label = QT_TRANSLATE_NOOP("ListPage", "Nouvelle structure")

    def columns(self) -> Sequence[Column[StructureData]]:
        return [
            Column(self.tr("Nom"), lambda r: r.name),
            Column(self.tr("Type"), lambda r: label(r.kind)),
            Column(self.tr("Commune"), lambda r: r.city),
            Column(self.tr("Contact"), lambda r: r.contact_name),
            Column(self.tr("SIRET"), lambda r: r.siret),
        ]

    def load_rows(self) -> Sequence[StructureData]:
        return people.list_structures(self.db)

    def editor(self, row: Any | None) -> StructureDialog:
        return StructureDialog(self.db, row.id if row else None, self)

    def delete_row(self, row: StructureData) -> Deleted:
        # Its participants and sessions stay; their link to it is cleared, and put back by an undo.
        return delete_with_undo(self.db, "structure", row.id or 0, f"La structure « {row.name} »")

    def describe(self, row: StructureData) -> str:
        return row.name
