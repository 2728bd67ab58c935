"""Messagerie: the organisation's SMTP server, the messages sent with the questionnaires (to the
persons trained, to their employers: one tab each), and a test.

The password goes to the system keyring (formation.services.mail), never to the file: the field
stays empty when one is stored, and typing a new one replaces it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from formation.core import validation
from formation.core.errors import FormationError, ValidationError
from formation.services import mail, organisation
from formation.services.mail import MailSettingsData
from formation.storage.database import Database
from formation.ui.form import EditorDialog
from formation.ui.styles import ERROR_STYLE, HINT_STYLE
from formation.ui.tasks import Cancelled, Progress, Task, run_with_progress
from formation.ui.widgets import fit_to_screen, set_combo_value

SUCCESS_STYLE = "color: #1e6b2f;"
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}


class MailSettingsDialog(EditorDialog):
    """Messagerie : serveur d'envoi, expéditeur, relance, modèles des messages, message de test."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Messagerie"), parent)
        self.db = db
        self.data = mail.get_settings(db)
        if not self.data.sender_address:  # a first visit: the organisation's own address
            org = organisation.get_organisation(db)
            self.data.sender_address, self.data.sender_name = org.email, org.name
        self.task: Task | None = None
        self._build()
        self._load(self.data)
        fit_to_screen(self, 720, 800)

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        f = self.form
        f.add_heading(self.tr("Serveur d'envoi (SMTP)"))
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("smtp.exemple.fr"))
        f.add("host", self.tr("Serveur"), self.host,
              self.tr("Donné par votre hébergeur de messagerie. Vide : les messages sont écrits en "
                      "fichiers .eml, à envoyer depuis votre logiciel de messagerie."))
        self.security = QComboBox()
        labels = (self.tr("STARTTLS (port 587, le plus courant)"), self.tr("TLS (port 465)"),
                  self.tr("Aucune (déconseillé)"))
        for label, code in zip(labels, mail.SECURITIES, strict=True):
            self.security.addItem(label, code)
        self.security.currentIndexChanged.connect(self._security_changed)
        f.add("security", self.tr("Sécurité"), self.security)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        f.add("port", self.tr("Port"), self.port)
        self.username = QLineEdit()
        f.add("username", self.tr("Identifiant"), self.username,
              self.tr("Souvent l'adresse e-mail elle-même. Vide si le serveur n'en demande pas."))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        f.add("password", self.tr("Mot de passe"), self.password,
              self.tr("Rangé dans le trousseau du système, jamais dans le fichier Formation."))
        f.add_heading(self.tr("Expéditeur"))
        self.sender_address = QLineEdit()
        self.sender_address.setPlaceholderText(self.tr("formation@exemple.fr"))
        f.add("sender_address", self.tr("Adresse d'expédition *"), self.sender_address,
              self.tr("Les réponses arrivent à cette adresse."))
        self.sender_name = QLineEdit()
        f.add("sender_name", self.tr("Nom affiché"), self.sender_name,
              self.tr("Par exemple le nom de l'organisme ; il signe aussi le message."))
        f.add_heading(self.tr("Questionnaire de suivi à 3 mois"))
        self.reminder_days = QSpinBox()
        self.reminder_days.setRange(1, 180)
        self.reminder_days.setSuffix(self.tr(" jours"))
        f.add("reminder_days", self.tr("Relance après"), self.reminder_days,
              self.tr("Une seule relance, à qui n'a pas répondu, ce nombre de jours après l'envoi."))
        # One tab per message, so that the dialog stays short enough for a laptop at 150 %.
        self.messages = QTabWidget()
        self.messages.setObjectName("messages")
        self.messages.setAccessibleName(self.tr("Messages envoyés avec le questionnaire"))
        self.subject_template, self.body_template = self._message_tab(
            "", self.tr("Aux participant·es"),
            (self.tr("Objet du message aux participant·es"),
             self.tr("Texte du message aux participant·es")),
            self.tr("Champs remplis à l'envoi : {prenom}, {nom}, {formation}, {dates} "
                    "(« du 12/03/2026 au 13/03/2026 ») et {organisme}. Le "
                    "questionnaire est joint en PDF à remplir. Une relance reprend ce "
                    "texte, précédé d'une phrase de relance."))
        self.employer_subject_template, self.employer_body_template = self._message_tab(
            "employer_", self.tr("Aux employeurs"),
            (self.tr("Objet du message aux employeurs"),
             self.tr("Texte du message aux employeurs")),
            self.tr("Envoyé à l'employeur de la personne formée, avec le questionnaire employeur "
                    "en PDF à remplir. Champs remplis à l'envoi : {prenom} {nom} : la personne "
                    "formée ; {formation}, {dates} (« du 12/03/2026 au 13/03/2026 ») et "
                    "{organisme}. Une relance reprend ce texte, précédé d'une phrase de "
                    "relance."))
        f.layout_.addRow(self.messages)
        f.add_heading(self.tr("Message de test"))
        self.test_to = QLineEdit()
        self.test_button = QPushButton(self.tr("Envoyer un test"))
        self.test_button.setObjectName("send_test")
        self.test_button.setToolTip(self.tr("Enregistre ces réglages, puis envoie un court message "
                                            "à l'adresse indiquée."))
        self.test_button.clicked.connect(self.send_test)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.test_to, 1)
        line.addWidget(self.test_button)
        f.add("test_to", self.tr("Envoyez-moi un test à"), row)
        self.test_to.setObjectName("test_address")
        self.test_to.setAccessibleName(self.tr("Adresse du message de test"))
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.layout().insertWidget(1, self.status)

    def _message_tab(self, prefix: str, title: str, names: tuple[str, str],
                     hint: str) -> tuple[QLineEdit, QPlainTextEdit]:
        """A tab of the message's subject and text, its fields' errors shown by self.form."""
        page = QWidget()
        rows = QFormLayout(page)
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        subject = QLineEdit()
        self.form.add(f"{prefix}subject_template", self.tr("Objet du message"), subject, into=rows)
        body = QPlainTextEdit()
        body.setMinimumHeight(170)
        self.form.add(f"{prefix}body_template", self.tr("Texte du message"), body, into=rows)
        subject.setAccessibleName(names[0])  # the same labels in both tabs: say which message
        body.setAccessibleName(names[1])
        fields = QLabel(hint)
        fields.setObjectName(f"{prefix}fields_hint")
        fields.setWordWrap(True)
        fields.setStyleSheet(HINT_STYLE)
        rows.addRow(fields)
        self.messages.addTab(page, title)
        return subject, body

    def _load(self, data: MailSettingsData) -> None:
        self.host.setText(data.host)
        set_combo_value(self.security, data.security)
        self.port.setValue(data.port)
        self.username.setText(data.username)
        self.password.clear()
        stored = data.configured and bool(mail.password(data))
        self.password.setPlaceholderText(
            self.tr("Enregistré dans le trousseau ; tapez-en un autre pour le changer") if stored
            else "")
        self.sender_address.setText(data.sender_address)
        self.sender_name.setText(data.sender_name)
        self.reminder_days.setValue(data.reminder_days)
        self.subject_template.setText(data.subject_template)
        self.body_template.setPlainText(data.body_template)
        self.employer_subject_template.setText(data.employer_subject_template)
        self.employer_body_template.setPlainText(data.employer_body_template)
        self.test_to.setText(data.sender_address)

    def _security_changed(self, _index: int) -> None:
        """The usual port of the chosen security, unless another one was typed."""
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS.get(str(self.security.currentData()), 587))

    # --- saving and testing ---------------------------------------------------------------------
    def collected(self) -> MailSettingsData:
        return MailSettingsData(
            host=self.host.text(), port=self.port.value(),
            security=str(self.security.currentData()), username=self.username.text(),
            sender_address=self.sender_address.text(), sender_name=self.sender_name.text(),
            reminder_days=self.reminder_days.value(), subject_template=self.subject_template.text(),
            body_template=self.body_template.toPlainText(),
            employer_subject_template=self.employer_subject_template.text(),
            employer_body_template=self.employer_body_template.toPlainText())

    def save(self) -> int | None:
        data = self.collected()
        mail.save_settings(self.db, data, self.password.text() or None)
        self.data = data
        return 1

    def send_test(self) -> Task | None:
        """Save, then send the test message in the background; the result shows under the title."""
        to = self.test_to.text().strip()
        self.form.clear_errors()
        try:
            self.save()
        except ValidationError as error:
            self._say(" ".join(self.form.show_errors(error.fields))
                      or self.tr("Corrigez les champs signalés en rouge."), ERROR_STYLE)
            return None
        except FormationError as error:
            self._say(str(error), ERROR_STYLE)
            return None
        if not self.data.configured:
            self._say(self.tr("Indiquez le serveur d'envoi et l'adresse d'expédition."), ERROR_STYLE)
            return None
        if not to or validation.email(to):
            self._say(self.tr("Indiquez l'adresse à laquelle envoyer le test."), ERROR_STYLE)
            return None
        data = self.data
        self._load(data)
        self.test_to.setText(to)

        def work(_progress: Progress, _cancelled: Cancelled) -> str:
            mail.send_test(data, to)
            return to

        self._say(self.tr("Envoi du message de test…"), HINT_STYLE)
        self.test_button.setEnabled(False)
        self.task = run_with_progress(self, self.tr("Envoi du message de test…"), work,
                                      self._test_sent)
        self.task.signals.failed.connect(self._test_failed)
        return self.task

    def _test_sent(self, to: object) -> None:
        self.test_button.setEnabled(True)
        self.task = None
        self._say(self.tr("Message de test envoyé à %1 : vérifiez qu'il est bien arrivé.").replace(
            "%1", str(to)), SUCCESS_STYLE)

    def _test_failed(self, error: object) -> None:
        self.test_button.setEnabled(True)
        self.task = None
        self._say(str(error) if isinstance(error, FormationError) else
                  self.tr("Le message de test n'a pas pu partir."), ERROR_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)
