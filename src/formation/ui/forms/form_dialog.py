"""One person's questionnaire on screen: type the answers of a paper copy, or let the participant
fill it on the laptop. The form is the one the response was prepared with (its template version
and the course objectives of that day), with the answers already recorded; Enregistrer checks and
stores them, a refusal shows each message under its question and keeps everything typed.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.errors import FormationError, ValidationError
from formation.documents.form_pdf import gather
from formation.forms.model import FormKind, Respondent
from formation.services import forms_store
from formation.services.forms_store import ResponseState
from formation.storage.database import Database
from formation.ui.forms.form_widget import FormWidget
from formation.ui.styles import ERROR_STYLE, HINT_STYLE
from formation.ui.widgets import fit_to_screen


def _said(value: Any) -> Any:
    """A raw answer, None when it says nothing ('', blanks, [] or None)."""
    if value is None or value == [] or (isinstance(value, str) and not value.strip()):
        return None
    return value


class FormDialog(QDialog):
    """Saisie d'un questionnaire: Enregistrer stores the answers as typed on screen."""

    saved = Signal(int)  # the response id

    def __init__(self, db: Database, response_id: int, parent: QWidget | None = None, *,
                 show_sensitive: bool = False,
                 now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self.db, self.response_id, self.now = db, response_id, now
        self.response = forms_store.get_response(db, response_id)
        facts = gather(db, response_id)
        template = self.response.template
        who = facts.participant or self.response.respondent_name
        self.setWindowTitle(f"{template.title} — {who}" if who else template.title)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        heading = QLabel(self)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setText(self._heading(facts.participant, facts.course_title, facts.session_code,
                                      frenchfmt.date_range(facts.start, facts.end)))
        self.state = QLabel(self._state_text(), self)
        self.state.setObjectName("state")
        self.state.setStyleSheet(HINT_STYLE)
        self.state.setWordWrap(True)

        self.form = FormWidget(template, self.response.objectives, show_sensitive=show_sensitive,
                               parent=self)
        self.form.set_values(self.response.answers)
        self._initial = self.form.values()

        top = QHBoxLayout()
        top.addWidget(heading, 1)
        self.sensitive = QCheckBox(self.tr("Afficher les questions confidentielles"), self)
        self.sensitive.setToolTip(self.tr("Santé, handicap… : seulement si vous avez besoin de ces "
                                          "réponses (référent·e handicap, formateur·rice)."))
        self.sensitive.setChecked(show_sensitive)
        self.sensitive.toggled.connect(self.form.set_show_sensitive)
        self.sensitive.setVisible(any(q.sensitive for q in template.questions()))
        top.addWidget(self.sensitive, 0, Qt.AlignmentFlag.AlignTop)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1000, 760)

    def _heading(self, participant: str, course: str, code: str, dates: str) -> str:
        """Who the questionnaire is about and for which session (the form itself has the title)."""
        response = self.response
        if response.respondent is Respondent.EMPLOYER:
            who = self.tr("Structure : %1 — pour %2").replace(
                "%1", html.escape(response.respondent_name)).replace("%2", html.escape(participant))
        elif response.template.kind is FormKind.TRAINER:
            who = self.tr("Formateur·rice : %1").replace("%1", html.escape(response.respondent_name))
        else:
            who = self.tr("Participant·e : %1").replace("%1", html.escape(
                participant or response.respondent_name))
            if response.respondent is Respondent.TRAINER and response.respondent_name:
                who += " · " + self.tr("rempli par %1").replace(
                    "%1", html.escape(response.respondent_name))
        session = self.tr("%1 — session %2, %3").replace("%1", html.escape(course)).replace(
            "%2", html.escape(code)).replace("%3", html.escape(dates))
        return f"<b>{who}</b><br>{session}"

    def _state_text(self) -> str:
        response = self.response
        version = self.tr("Modèle %1, version %2").replace("%1", response.template.key).replace(
            "%2", str(response.template.version))
        if response.status is ResponseState.ANSWERED and response.answered_at is not None:
            when = response.answered_at
            how = {"screen": self.tr("saisies à l'écran"), "pdf": self.tr("lues dans un PDF rempli"),
                   "csv": self.tr("lues dans un tableur")}.get(response.source, response.source)
            text = self.tr("Réponses enregistrées le %1 à %2 (%3). Enregistrer les remplace.").replace(
                "%1", frenchfmt.short_date(when.date())).replace(
                "%2", frenchfmt.clock(when.time())).replace("%3", how)
        else:
            text = self.tr("Pas encore de réponse.")
        return f"{text} {version}."

    # --- saving ---------------------------------------------------------------------------------
    def changed(self) -> bool:
        """Whether something was typed since the dialog opened."""
        now = self.form.values()
        return any(_said(now[key]) != _said(self._initial.get(key)) for key in now)

    def save(self) -> bool:
        """Check and store the answers; a refusal shows what to fix and loses nothing typed."""
        try:
            forms_store.record_answers(self.db, self.response_id, self.form.values(), "screen",
                                       self.now())
        except ValidationError as error:
            unplaced = self.form.show_errors(error.fields)
            count = len(error.fields)
            text = self.tr("Rien n'est enregistré : une réponse est à corriger, le message est sous "
                           "la question.") if count == 1 else self.tr(
                "Rien n'est enregistré : %1 réponses sont à corriger, chaque message est sous sa "
                "question.").replace("%1", str(count))
            self.message.setText("\n".join([text, *unplaced]))
            self.message.show()
            return False
        except FormationError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False
        self.saved.emit(self.response_id)
        self.accept()
        return True

    def reject(self) -> None:
        if self.changed() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("Des réponses ont été saisies sans être enregistrées. Les "
                                  "abandonner ?"), QMessageBox.StandardButton.NoButton, self)
        discard = box.addButton(self.tr("Abandonner les réponses"),
                                QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Continuer la saisie"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is discard
