"""The editors of the registers' rows: a complaint, an improvement action, a watch entry, a partner,
a training followed by a trainer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from formation.services import people
from formation.services import registers as reg
from formation.services import registers_environment as env
from formation.services.registers import (
    ComplaintData,
    ComplaintSource,
    ImprovementData,
    ImprovementOrigin,
    WatchKind,
)
from formation.services.registers_base import session_choices
from formation.storage.database import Database
from formation.ui.form import EditorDialog
from formation.ui.registers.common import OptionalDate
from formation.ui.widgets import choice_combo, date_edit, enum_combo, hours_spin, set_combo_value


def text_box(text: str, placeholder: str = "", height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    box.setPlaceholderText(placeholder)
    return box


def link_combo(items: list[tuple[str, int]], empty: str) -> QComboBox:
    """A session or complaint to choose; long labels do not widen the dialog (they elide)."""
    combo = choice_combo(items, empty=empty)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(30)
    return combo


def set_date(edit: QDateEdit, day: date | None) -> None:
    edit.setDate(QDate(day) if day is not None else QDate.currentDate())


class ComplaintDialog(EditorDialog):
    """A complaint or difficulty, from receipt to closure (indicator 31)."""

    def __init__(self, db: Database, complaint_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Réclamation"), parent)
        self.db = db
        self.data = reg.get_complaint(db, complaint_id) if complaint_id else \
            ComplaintData(received_on=date.today())
        d, f = self.data, self.form
        self.received = f.add("received_on", self.tr("Reçue le *"), date_edit())
        set_date(self.received, d.received_on)
        self.source = f.add("source", self.tr("De la part de"), enum_combo(ComplaintSource))
        set_combo_value(self.source, d.source)
        self.session = f.add("session_id", self.tr("Session concernée"),
                             link_combo(session_choices(db), self.tr("— aucune —")))
        set_combo_value(self.session, d.session_id)
        self.description = f.add(
            "description", self.tr("Réclamation ou difficulté *"),
            text_box(d.description, self.tr("Ce qui a été signalé, et par quel moyen (courrier, "
                                            "e-mail, téléphone, questionnaire…)"), 110))
        f.add_heading(self.tr("Traitement"))
        self.acknowledged = f.add(
            "acknowledged_on", self.tr("Accusé de réception"), OptionalDate(self.tr("Envoyé le")),
            self.tr("À envoyer dans les %1 jours qui suivent la réception.")
            .replace("%1", str(reg.ACKNOWLEDGEMENT_DAYS)))
        self.acknowledged.set_value(d.acknowledged_on)
        self.answered = f.add("answered_on", self.tr("Réponse"), OptionalDate(self.tr("Envoyée le")))
        self.answered.set_value(d.answered_on)
        self.answer = f.add("answer", self.tr("Réponse apportée"),
                            text_box(d.answer, self.tr("Ce qui a été répondu et fait")))
        self.closed = f.add("closed_on", self.tr("Clôture"), OptionalDate(self.tr("Close le")),
                            self.tr("Une fois la réponse apportée et la personne informée."))
        self.closed.set_value(d.closed_on)
        self.resize(640, 640)

    def save(self) -> int:
        d = self.data
        d.received_on = self.received.date().toPython()  # type: ignore[assignment]
        d.source, d.session_id = self.source.value(), self.session.currentData()
        d.description, d.answer = self.description.toPlainText(), self.answer.toPlainText()
        d.acknowledged_on, d.answered_on = self.acknowledged.value(), self.answered.value()
        d.closed_on = self.closed.value()
        return reg.save_complaint(self.db, d)


class ImprovementDialog(EditorDialog):
    """An improvement action and where it comes from (indicator 32)."""

    def __init__(self, db: Database, action_id: int | None, parent: QWidget | None = None,
                 preset: ImprovementData | None = None) -> None:
        super().__init__(self.tr("Action d'amélioration"), parent)
        self.db = db
        self.data = reg.get_improvement(db, action_id) if action_id else \
            preset or ImprovementData(created_on=date.today())
        d, f = self.data, self.form
        self.created = f.add("created_on", self.tr("Décidée le *"), date_edit())
        set_date(self.created, d.created_on)
        self.origin = f.add("origin", self.tr("Origine"), enum_combo(ImprovementOrigin),
                            self.tr("Réclamation, abandon, résultats d'un questionnaire, audit…"))
        set_combo_value(self.origin, d.origin)
        self.complaint = f.add("complaint_id", self.tr("Réclamation liée"),
                               link_combo(reg.complaint_choices(db), self.tr("— aucune —")))
        set_combo_value(self.complaint, d.complaint_id)
        self.session = f.add("session_id", self.tr("Session concernée"),
                             link_combo(session_choices(db), self.tr("— aucune —")))
        set_combo_value(self.session, d.session_id)
        self.description = f.add("description", self.tr("Action *"),
                                 text_box(d.description, self.tr("Ce qui sera changé, et pourquoi")))
        self.owner = f.add("owner", self.tr("Responsable"), QLineEdit(d.owner))
        self.due = f.add("due_on", self.tr("Échéance"), OptionalDate(self.tr("Prévue pour le")))
        self.due.set_value(d.due_on)
        f.add_heading(self.tr("Réalisation"))
        self.done_date = f.add("done_on", self.tr("Réalisation"), OptionalDate(self.tr("Faite le")))
        self.done_date.set_value(d.done_on)
        self.outcome = f.add("outcome", self.tr("Résultat constaté"),
                             text_box(d.outcome, self.tr("Ce que l'action a changé, et comment "
                                                         "on le sait")))
        self.resize(640, 640)

    def save(self) -> int:
        d = self.data
        d.created_on = self.created.date().toPython()  # type: ignore[assignment]
        d.origin = self.origin.value()
        d.complaint_id, d.session_id = self.complaint.currentData(), self.session.currentData()
        d.description, d.owner = self.description.toPlainText(), self.owner.text()
        d.due_on, d.done_on = self.due.value(), self.done_date.value()
        d.outcome = self.outcome.toPlainText()
        return reg.save_improvement(self.db, d)


class WatchDialog(EditorDialog):
    """An entry of the watch log (indicators 23 to 25)."""

    def __init__(self, db: Database, entry_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Veille"), parent)
        self.db = db
        self.data = env.get_watch(db, entry_id) if entry_id else env.WatchData(on=date.today())
        d, f = self.data, self.form
        self.on = f.add("on", self.tr("Date *"), date_edit())
        set_date(self.on, d.on)
        self.kind = f.add("kind", self.tr("Type de veille"), enum_combo(WatchKind),
                          self.tr("Légale et réglementaire (indicateur 23), métiers et compétences "
                                  "(24), pédagogique et technologique (25)."))
        set_combo_value(self.kind, d.kind)
        self.source = f.add("source", self.tr("Source"), QLineEdit(d.source))
        self.source.setPlaceholderText(self.tr("Ex. : Centre Inffo, lettre de l'OPCO, webinaire…"))
        self.summary = f.add("summary", self.tr("Ce qui a été appris *"), text_box(d.summary))
        self.action = f.add("action", self.tr("Ce que cela a changé"),
                            text_box(d.action, self.tr("Dans les formations, les documents ou "
                                                       "l'organisation ; « rien » est une réponse")))
        self.resize(600, 520)

    def save(self) -> int:
        d = self.data
        d.on = self.on.date().toPython()  # type: ignore[assignment]
        d.kind, d.source = self.kind.value(), self.source.text()
        d.summary, d.action = self.summary.toPlainText(), self.action.toPlainText()
        return env.save_watch(self.db, d)


class PartnerDialog(EditorDialog):
    """A member of the disability partner network (indicator 26)."""

    def __init__(self, db: Database, partner_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Partenaire du réseau handicap"), parent)
        self.db = db
        self.data = env.get_partner(db, partner_id) if partner_id else env.PartnerData()
        d, f = self.data, self.form
        self.name = f.add("name", self.tr("Nom *"), QLineEdit(d.name))
        self.kind = f.add("kind", self.tr("Type"), QComboBox(),
                          self.tr("Choisissez dans la liste ou écrivez un autre type."))
        self.kind.setEditable(True)
        self.kind.addItems(list(env.PARTNER_KINDS))
        self.kind.setCurrentText(d.kind)
        self.contact = f.add("contact", self.tr("Contact"), QLineEdit(d.contact))
        self.contact.setPlaceholderText(self.tr("Personne, téléphone, e-mail"))
        self.notes = f.add("notes", self.tr("Notes"),
                           text_box(d.notes, self.tr("Ce que ce partenaire apporte, quand le "
                                                     "solliciter"), 120))
        self.resize(580, 440)

    def save(self) -> int:
        d = self.data
        d.name, d.kind, d.contact = self.name.text(), self.kind.currentText(), self.contact.text()
        d.notes = self.notes.toPlainText()
        return env.save_partner(self.db, d)


class TrainerTrainingDialog(EditorDialog):
    """A training followed by a trainer (indicator 22)."""

    def __init__(self, db: Database, training_id: int | None, trainer_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Formation suivie"), parent)
        self.db = db
        self.data = env.get_trainer_training(db, training_id) if training_id else \
            env.TrainerTrainingData(trainer_id=trainer_id, on=date.today())
        d, f = self.data, self.form
        trainers = [(f"{t.first_name} {t.last_name.upper()}", t.id) for t in people.list_trainers(db)]
        self.trainer = f.add("trainer_id", self.tr("Formateur·rice *"), choice_combo(trainers))
        set_combo_value(self.trainer, d.trainer_id)
        self.title_ = f.add("title", self.tr("Intitulé *"), QLineEdit(d.title))
        self.provider = f.add("provider", self.tr("Organisme ou intervenant·e"), QLineEdit(d.provider))
        self.on = f.add("on", self.tr("Date *"), date_edit(),
                        self.tr("Le premier jour, pour une formation de plusieurs jours."))
        set_date(self.on, d.on)
        self.duration = f.add("duration_minutes", self.tr("Durée"), hours_spin())
        self.duration.setValue(d.duration_minutes / 60)
        self.resize(560, 360)

    def save(self) -> int:
        d = self.data
        d.trainer_id = self.trainer.currentData()
        d.title, d.provider = self.title_.text(), self.provider.text()
        d.on = self.on.date().toPython()  # type: ignore[assignment]
        d.duration_minutes = round(self.duration.value() * 60)
        return env.save_trainer_training(self.db, d)
