"""The list of each register, as a tab of the Qualité page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton

from formation.core import frenchfmt
from formation.core.followup import add_months
from formation.services import registers as reg
from formation.services import registers_environment as env
from formation.services.registers import (
    ActionStatus,
    ComplaintRow,
    ComplaintStatus,
    ImprovementRow,
)
from formation.services.registers_base import shorten
from formation.services.registers_environment import PartnerRow, TrainerTrainingRow, WatchRow
from formation.ui.i18n import label
from formation.ui.registers.common import ALERT, DONE, RegisterList, button_row
from formation.ui.registers.dialogs import (
    ComplaintDialog,
    ImprovementDialog,
    PartnerDialog,
    TrainerTrainingDialog,
    WatchDialog,
)
from formation.ui.table_model import Column

day = frenchfmt.short_date


def by_day(value: date | None) -> str:
    return value.isoformat() if value else ""


class ComplaintsList(RegisterList):
    owner_table = "complaint"
    new_label = QT_TRANSLATE_NOOP("ListPage", "Nouvelle réclamation")

    def _build(self) -> None:
        self.action_button = QPushButton(self.tr("Action d'amélioration…"), self)
        self.action_button.setObjectName("action_button")
        self.action_button.setToolTip(self.tr("Décider d'une action d'amélioration à la suite de "
                                              "la réclamation choisie"))
        self.action_button.clicked.connect(self.improve_current)
        super()._build()
        row = button_row(self)
        if row is not None:
            row.addWidget(self.action_button)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        self.action_button.setEnabled(self.current_row() is not None)

    def empty_text(self) -> str:
        return self.tr("<b>Registre vide : un auditeur le demandera.</b> Notez chaque réclamation "
                       "ou difficulté signalée, même orale, avec l'accusé de réception, la réponse "
                       "et la clôture (indicateur 31).")

    def status_text(self, row: ComplaintRow) -> str:
        if row.overdue:
            return self.tr("Reçue — accusé de réception en retard")
        return label(row.status)

    def columns(self) -> Sequence[Column[ComplaintRow]]:
        return [
            Column(self.tr("Reçue le"), lambda r: day(r.received_on), lambda r: by_day(r.received_on)),
            Column(self.tr("De la part de"), lambda r: label(r.source)),
            Column(self.tr("Réclamation"), lambda r: shorten(r.description, 70)),
            Column(self.tr("Statut"), self.status_text),
            Column(self.tr("Accusé de réception"), lambda r: day(r.acknowledged_on),
                   lambda r: by_day(r.acknowledged_on)),
            Column(self.tr("Réponse"), lambda r: day(r.answered_on), lambda r: by_day(r.answered_on)),
            Column(self.tr("Close le"), lambda r: day(r.closed_on), lambda r: by_day(r.closed_on)),
            Column(self.tr("Fichiers"), lambda r: self.count_text(r.attachments),
                   lambda r: r.attachments, align_right=True),
            Column(self.tr("Session"), lambda r: r.session),
        ]

    def tone(self, row: ComplaintRow) -> str | None:
        return ALERT if row.overdue else DONE if row.status is ComplaintStatus.CLOSED else None

    def load_rows(self) -> Sequence[ComplaintRow]:
        return reg.list_complaints(self.db)

    def editor(self, row: Any | None) -> ComplaintDialog:
        return ComplaintDialog(self.db, row.id if row else None, self)

    def describe(self, row: ComplaintRow) -> str:
        return self.tr("Réclamation du %1").replace("%1", day(row.received_on))

    def improve_current(self) -> ImprovementDialog | None:
        """An improvement action from the chosen complaint; the actions' tab shows it."""
        row = self.current_row()
        if row is None:
            return None
        dialog = ImprovementDialog(self.db, None, self, reg.improvement_for_complaint(self.db, row.id))
        if dialog.exec() == ImprovementDialog.DialogCode.Accepted:
            self.changed.emit()
        return dialog


class ImprovementsList(RegisterList):
    owner_table = "improvement_action"
    new_label = QT_TRANSLATE_NOOP("ListPage", "Nouvelle action")

    def empty_text(self) -> str:
        return self.tr("<b>Registre vide : un auditeur le demandera.</b> Notez les actions décidées "
                       "à la suite des réclamations, des abandons et des questionnaires, avec leur "
                       "résultat (indicateur 32).")

    def columns(self) -> Sequence[Column[ImprovementRow]]:
        return [
            Column(self.tr("Décidée le"), lambda r: day(r.created_on), lambda r: by_day(r.created_on)),
            Column(self.tr("Origine"), lambda r: label(r.origin)),
            Column(self.tr("Action"), lambda r: shorten(r.description, 70)),
            Column(self.tr("Responsable"), lambda r: r.owner),
            Column(self.tr("Échéance"), lambda r: day(r.due_on), lambda r: by_day(r.due_on)),
            Column(self.tr("Statut"), lambda r: label(r.status)),
            Column(self.tr("Faite le"), lambda r: day(r.done_on), lambda r: by_day(r.done_on)),
            Column(self.tr("Fichiers"), lambda r: self.count_text(r.attachments),
                   lambda r: r.attachments, align_right=True),
            Column(self.tr("Résultat"), lambda r: shorten(r.outcome, 60)),
            Column(self.tr("Réclamation ou session"), lambda r: r.complaint or r.session),
        ]

    def tone(self, row: ImprovementRow) -> str | None:
        return {ActionStatus.LATE: ALERT, ActionStatus.DONE: DONE}.get(row.status)

    def load_rows(self) -> Sequence[ImprovementRow]:
        return reg.list_improvements(self.db)

    def editor(self, row: Any | None) -> ImprovementDialog:
        return ImprovementDialog(self.db, row.id if row else None, self)

    def describe(self, row: ImprovementRow) -> str:
        return self.tr("Action « %1 »").replace("%1", shorten(row.description, 40))


class WatchList(RegisterList):
    owner_table = "watch_entry"
    new_label = QT_TRANSLATE_NOOP("ListPage", "Nouvelle entrée de veille")

    def empty_text(self) -> str:
        return self.tr("<b>Registre vide : un auditeur le demandera.</b> Notez ce que vous lisez "
                       "ou suivez : évolutions légales, des métiers et des compétences, "
                       "pédagogiques et technologiques, et ce que cela a changé (indicateurs 23 "
                       "à 25).")

    def columns(self) -> Sequence[Column[WatchRow]]:
        return [
            Column(self.tr("Date"), lambda r: day(r.on), lambda r: by_day(r.on)),
            Column(self.tr("Veille"), lambda r: label(r.kind)),
            Column(self.tr("Source"), lambda r: r.source),
            Column(self.tr("Ce qui a été appris"), lambda r: shorten(r.summary, 70)),
            Column(self.tr("Fichiers"), lambda r: self.count_text(r.attachments),
                   lambda r: r.attachments, align_right=True),
            Column(self.tr("Ce que cela a changé"), lambda r: shorten(r.action, 60)),
        ]

    def load_rows(self) -> Sequence[WatchRow]:
        return env.list_watch(self.db)

    def editor(self, row: Any | None) -> WatchDialog:
        return WatchDialog(self.db, row.id if row else None, self)

    def describe(self, row: WatchRow) -> str:
        return self.tr("Veille du %1").replace("%1", day(row.on))


class PartnersList(RegisterList):
    owner_table = "partner"
    new_label = QT_TRANSLATE_NOOP("ListPage", "Nouveau partenaire")

    def empty_text(self) -> str:
        return self.tr("<b>Registre vide : un auditeur le demandera.</b> Notez les partenaires "
                       "vers qui orienter une personne en situation de handicap (Cap emploi, MDPH, "
                       "Agefiph…), même si personne n'est encore venu (indicateur 26).")

    def columns(self) -> Sequence[Column[PartnerRow]]:
        return [
            Column(self.tr("Nom"), lambda r: r.name),
            Column(self.tr("Type"), lambda r: r.kind),
            Column(self.tr("Contact"), lambda r: r.contact),
            Column(self.tr("Fichiers"), lambda r: self.count_text(r.attachments),
                   lambda r: r.attachments, align_right=True),
            Column(self.tr("Notes"), lambda r: shorten(r.notes, 70)),
        ]

    def load_rows(self) -> Sequence[PartnerRow]:
        return env.list_partners(self.db)

    def editor(self, row: Any | None) -> PartnerDialog:
        return PartnerDialog(self.db, row.id if row else None, self)

    def describe(self, row: PartnerRow) -> str:
        return row.name


class TrainerTrainingsList(RegisterList):
    """The trainings followed by the trainer chosen above the list."""

    owner_table = "trainer_training"
    trainer_id: int | None = None
    new_label = QT_TRANSLATE_NOOP("ListPage", "Nouvelle formation suivie")

    def empty_text(self) -> str:
        if self.trainer_id is None:
            return ""
        return self.tr("<b>Aucune formation suivie enregistrée :</b> un auditeur demandera comment "
                       "ce·tte formateur·rice entretient ses compétences (indicateur 22).")

    def columns(self) -> Sequence[Column[TrainerTrainingRow]]:
        return [
            Column(self.tr("Date"), lambda r: day(r.on), lambda r: by_day(r.on)),
            Column(self.tr("Formation suivie"), lambda r: r.title),
            Column(self.tr("Durée"), lambda r: frenchfmt.hours(r.duration_minutes) if
                   r.duration_minutes else "", lambda r: r.duration_minutes, align_right=True),
            Column(self.tr("Fichiers"), lambda r: self.count_text(r.attachments),
                   lambda r: r.attachments, align_right=True),
            Column(self.tr("Organisme"), lambda r: r.provider),
        ]

    def update_banner(self) -> None:
        rows: list[TrainerTrainingRow] = self.model.rows()
        today = date.today()
        since = add_months(today, -reg.TRAINER_TRAINING_MONTHS)
        if rows and not any(since < r.on <= today for r in rows):
            self.banner.say(self.tr("<b>Aucune formation suivie depuis %1 mois :</b> un auditeur "
                                    "demandera comment ce·tte formateur·rice entretient ses "
                                    "compétences (indicateur 22).")
                            .replace("%1", str(reg.TRAINER_TRAINING_MONTHS)))
        else:
            super().update_banner()

    def load_rows(self) -> Sequence[TrainerTrainingRow]:
        return [] if self.trainer_id is None else env.list_trainer_trainings(self.db, self.trainer_id)

    def set_trainer(self, trainer_id: int | None) -> None:
        self.trainer_id = trainer_id
        self.new_button.setEnabled(trainer_id is not None)
        self.refresh()

    def editor(self, row: Any | None) -> TrainerTrainingDialog:
        return TrainerTrainingDialog(self.db, row.id if row else None, self.trainer_id, self)

    def describe(self, row: TrainerTrainingRow) -> str:
        return row.title
