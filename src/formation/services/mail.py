"""E-mail: the organisation's SMTP settings, messages from editable templates, sending or .eml files.

The SMTP password is kept in the system keyring (`keyring`), never in the database.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from pathlib import Path
from string import Formatter

import keyring
from keyring.errors import KeyringError

from formation.core import validation as check
from formation.core.errors import FormationError, ValidationError
from formation.services.records import strip_strings
from formation.storage.database import Database
from formation.storage.models import MailSettings

KEYRING_SERVICE = "Formation (SMTP)"
SECURITIES = ("starttls", "tls", "none")
TIMEOUT_S = 30

DEFAULT_SUBJECT = "Votre avis trois mois après la formation « {formation} »"
DEFAULT_BODY = """Bonjour {prenom} {nom},

Vous avez suivi la formation « {formation} » {dates}. Trois mois plus tard, nous aimerions savoir \
ce que vous avez pu mettre en pratique.

Vous trouverez ci-joint un court questionnaire. Vous pouvez le remplir directement dans le PDF, \
l'enregistrer, puis nous le renvoyer en réponse à ce message.

Merci d'avance : vos réponses nous aident à améliorer nos formations.

{organisme}"""
# To the employer of a person trained: {prenom} and {nom} are still the person's.
DEFAULT_EMPLOYER_SUBJECT = "Votre regard d'employeur sur la formation « {formation} »"
DEFAULT_EMPLOYER_BODY = """Bonjour,

{prenom} {nom}, salarié·e de votre structure, a suivi la formation « {formation} » {dates}. \
Quelques mois plus tard, votre regard d'employeur nous aide à vérifier que cette formation a \
répondu à vos besoins, et à améliorer les suivantes.

Vous trouverez ci-joint un court questionnaire. Vous pouvez le remplir directement dans le PDF, \
l'enregistrer, puis nous le renvoyer en réponse à ce message.

Merci d'avance pour votre aide.

{organisme}"""
PLACEHOLDERS = ("prenom", "nom", "formation", "dates", "organisme")
TEMPLATES = ("subject_template", "body_template", "employer_subject_template",
             "employer_body_template")


class MailError(FormationError):
    """The server could not be reached or refused the whole connection."""


@dataclass
class MailSettingsData:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    sender_address: str = ""
    sender_name: str = ""
    reminder_days: int = 14
    subject_template: str = DEFAULT_SUBJECT
    body_template: str = DEFAULT_BODY
    employer_subject_template: str = DEFAULT_EMPLOYER_SUBJECT
    employer_body_template: str = DEFAULT_EMPLOYER_BODY

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender_address)


def get_settings(db: Database) -> MailSettingsData:
    with db.session() as s:
        row = s.get(MailSettings, 1)
        data = MailSettingsData()
        if row is not None:
            for f in fields(data):
                setattr(data, f.name, getattr(row, f.name) or getattr(data, f.name))
        return data


def save_settings(db: Database, data: MailSettingsData, password: str | None = None) -> None:
    """Store the settings; a given password goes to the keyring (None keeps the current one)."""
    strip_strings(data)
    problems = check.collect(sender_address=check.email(data.sender_address))
    if data.security not in SECURITIES:
        problems["security"] = "Choisissez STARTTLS, TLS ou aucune sécurité."
    if not 0 < data.port < 65536:
        problems["port"] = "Le port est un nombre entre 1 et 65535 (souvent 587 ou 465)."
    if data.reminder_days < 1:
        problems["reminder_days"] = "La relance part au moins un jour après l'envoi."
    for name in TEMPLATES:
        if problem := template_problem(getattr(data, name)):
            problems[name] = problem
    if problems:
        raise ValidationError(problems)
    if password is not None:
        store_password(data, password)
    with db.begin() as s:
        row = s.get(MailSettings, 1) or MailSettings(id=1)
        for f in fields(data):
            setattr(row, f.name, getattr(data, f.name))
        s.add(row)


def _account(data: MailSettingsData) -> str:
    return f"{data.username or data.sender_address}@{data.host}"


def store_password(data: MailSettingsData, password: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, _account(data), password)
    except KeyringError as error:
        raise FormationError(
            "Le mot de passe n'a pas pu être rangé dans le trousseau du système : "
            "installez ou déverrouillez un trousseau (GNOME Trousseau, KWallet…), puis réessayez."
        ) from error


def password(data: MailSettingsData) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, _account(data))
    except KeyringError:
        return None


def template_problem(template: str) -> str:
    """What stops a message template from being filled, in French; "" when it can be."""
    possible = ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
    try:
        names = [name for _, name, _, _ in Formatter().parse(template) if name is not None]
    except ValueError:  # a lone { or }
        return ("Une accolade { ou } est seule : un champ s'écrit entre les deux, comme {prenom}. "
                f"Champs possibles : {possible}.")
    unknown = [name for name in names if name not in PLACEHOLDERS]
    return f"Champ inconnu : {{{unknown[0]}}}. Champs possibles : {possible}." if unknown else ""


def fill(template: str, values: Mapping[str, str]) -> str:
    return template.format_map({p: values.get(p, "") for p in PLACEHOLDERS})


def build_message(data: MailSettingsData, to: str, subject: str, body: str,
                  attachments: list[tuple[str, bytes]]) -> EmailMessage:
    message = EmailMessage()
    message["From"] = formataddr((data.sender_name, data.sender_address))
    message["To"] = to
    message["Subject"] = subject
    domain = data.sender_address.rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(body)
    for name, content in attachments:
        message.add_attachment(content, maintype="application", subtype="pdf", filename=name)
    return message


@contextmanager
def smtp_connection(data: MailSettingsData) -> Iterator[smtplib.SMTP]:
    """An open, authenticated connection; a failure says in French what to check."""
    server: smtplib.SMTP | None = None
    try:
        if data.security == "tls":
            server = smtplib.SMTP_SSL(data.host, data.port, timeout=TIMEOUT_S,
                                      context=ssl.create_default_context())
        else:
            server = smtplib.SMTP(data.host, data.port, timeout=TIMEOUT_S)
            if data.security == "starttls":
                server.starttls(context=ssl.create_default_context())
        if data.username:
            server.login(data.username, password(data) or "")
    except (OSError, smtplib.SMTPException, UnicodeEncodeError) as error:
        if server is not None:
            server.close()
        raise _connection_error(data, error) from error
    try:
        yield server
    finally:
        try:
            server.quit()
        except (OSError, smtplib.SMTPException):
            server.close()


def _connection_error(data: MailSettingsData, error: Exception) -> MailError:
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return MailError("Le serveur d'envoi refuse l'identifiant ou le mot de passe.")
    if isinstance(error, UnicodeEncodeError):  # smtplib sends identifiers and passwords as ASCII
        return MailError("L'identifiant ou le mot de passe contient un caractère accentué, que "
                         "l'envoi d'e-mails ne sait pas transmettre : choisissez un mot de passe "
                         "sans accent pour cette messagerie.")
    return MailError(f"Le serveur d'envoi {data.host}:{data.port} ne répond pas comme prévu "
                     f"({error.__class__.__name__}) : vérifiez l'adresse, le port et la sécurité.")


def send_test(data: MailSettingsData, to: str) -> None:
    """'Envoyez-moi un test': one short message to the given address."""
    message = build_message(data, to, "Formation : message de test",
                            "Ce message confirme que Formation peut envoyer des e-mails.", [])
    with smtp_connection(data) as server:
        server.send_message(message)


def write_eml(message: EmailMessage, folder: Path, stem: str) -> Path:
    """Without SMTP settings: a file any mail client opens, ready to send."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{stem}.eml"
    target.write_bytes(bytes(message))
    return target
