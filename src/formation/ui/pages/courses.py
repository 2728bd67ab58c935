"""Formations: the catalogue of actions de formation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from formation.core import frenchfmt
from formation.core.enums import Modality, Nature
from formation.services import catalogue
from formation.services.catalogue import CourseData, CourseRow
from formation.services.deletion import Deleted, delete_with_undo
from formation.storage.database import Database
from formation.ui import i18n
from formation.ui.form import EditorDialog
from formation.ui.list_page import ListPage
from formation.ui.table_model import Column
from formation.ui.widgets import enum_combo, euros_spin, hours_spin, set_combo_value


class CourseDialog(EditorDialog):
    def __init__(self, db: Database, course_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Formation"), parent)
        self.db = db
        self.data = catalogue.get_course(db, course_id) if course_id else CourseData()
        f = self.form
        self.code = f.add("code", self.tr("Code *"), QLineEdit(self.data.code))
        self.title_ = f.add("title", self.tr("Intitulé *"), QLineEdit(self.data.title))
        self.duration = f.add("duration_minutes", self.tr("Durée *"), hours_spin())
        self.duration.setValue(self.data.duration_minutes / 60)
        self.modality = f.add("modality", self.tr("Modalité"), enum_combo(Modality))
        set_combo_value(self.modality, self.data.modality)
        self.nature = f.add("nature", self.tr("Nature de l'action"), enum_combo(Nature))
        set_combo_value(self.nature, self.data.nature)
        self.nsf = f.add("nsf_code", self.tr("Code NSF"), QLineEdit(self.data.nsf_code),
                         self.tr("Spécialité de formation, 3 chiffres (ex. 332)"))
        self.price = f.add("price_cents", self.tr("Prix"), euros_spin())
        self.price.setValue(self.data.price_cents / 100)
        self.followup = f.add("followup_delay_months", self.tr("Suivi à froid après"), QSpinBox(),
                              self.tr("Le questionnaire de suivi part ce nombre de mois après le "
                                      "dernier jour de chaque session (3 mois d'habitude)."))
        self.followup.setRange(catalogue.FOLLOWUP_MONTHS[0], catalogue.FOLLOWUP_MONTHS[-1])
        self.followup.setSuffix(self.tr(" mois"))
        self.followup.setValue(self.data.followup_delay_months)
        f.add_heading(self.tr("Objectifs pédagogiques"))
        self.objectives = f.add("objectives", self.tr("Un objectif par ligne"),
                                QPlainTextEdit("\n".join(self.data.objectives)),
                                self.tr("La grille d'évaluation des acquis reprend ces objectifs, "
                                        "dans cet ordre."))
        f.add_heading(self.tr("Contenu et public"))
        self.texts = {name: f.add(name, label, QPlainTextEdit(getattr(self.data, name)))
                      for name, label in [
                          ("programme", self.tr("Programme")),
                          ("prerequisites", self.tr("Prérequis")),
                          ("target_public", self.tr("Public visé")),
                          ("methods", self.tr("Méthodes pédagogiques")),
                          ("assessment_methods", self.tr("Modalités d'évaluation")),
                          ("accessibility", self.tr("Accessibilité (handicap)")),
                      ]}

    def save(self) -> int:
        d = self.data
        d.code, d.title, d.nsf_code = self.code.text(), self.title_.text(), self.nsf.text()
        d.duration_minutes = round(self.duration.value() * 60)
        d.price_cents = round(self.price.value() * 100)
        d.followup_delay_months = self.followup.value()
        d.modality, d.nature = self.modality.value(), self.nature.value()
        d.objectives = self.objectives.toPlainText().splitlines()
        for name, edit in self.texts.items():
            setattr(d, name, edit.toPlainText().strip())
        return catalogue.save_course(self.db, d)


class CoursesPage(ListPage):
    title = QT_TRANSLATE_NOOP("ListPage", "Formations")
    new_label = QT_TRANSLATE_NOOP("ListPage", "Nouvelle formation")

    def columns(self) -> Sequence[Column[CourseRow]]:
        return [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Intitulé"), lambda r: r.title),
            Column(self.tr("Durée"), lambda r: frenchfmt.hours(r.duration_minutes),
                   lambda r: r.duration_minutes, align_right=True),
            Column(self.tr("Modalité"), lambda r: i18n.label(r.modality)),
            Column(self.tr("Prix"), lambda r: frenchfmt.euros(r.price_cents), lambda r: r.price_cents,
                   align_right=True),
            Column(self.tr("Sessions"), lambda r: str(r.session_count), lambda r: r.session_count,
                   align_right=True),
        ]

    def load_rows(self) -> Sequence[CourseRow]:
        return catalogue.list_courses(self.db)

    def editor(self, row: Any | None) -> CourseDialog:
        return CourseDialog(self.db, row.id if row else None, self)

    def delete_row(self, row: CourseRow) -> Deleted:
        catalogue.ensure_deletable(self.db, row.id)
        return delete_with_undo(self.db, "course", row.id, f"La formation « {row.title} »")

    def describe(self, row: CourseRow) -> str:
        return row.title
