"""Mail settings, the password in the keyring, and real messages through an SMTP server on 127.0.0.1."""

from __future__ import annotations

import sqlite3
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from formation.core.errors import ValidationError
from formation.services import mail
from formation.storage.database import Database
from tests.mail_helpers import MemoryKeyring, smtp_server


def settings(port: int = 25) -> mail.MailSettingsData:
    return mail.MailSettingsData(host="127.0.0.1", port=port, security="none",
                                 sender_address="formation@maillage.exemple.fr",
                                 sender_name="Maillage — formation")


def test_the_password_goes_to_the_keyring_never_to_the_file(db: Database, db_path: Path,
                                                            memory_keyring: MemoryKeyring) -> None:
    data = settings()
    data.username = "formation"
    mail.save_settings(db, data, password="s3cret-Très-long")
    assert mail.password(mail.get_settings(db)) == "s3cret-Très-long"
    db.close()
    with sqlite3.connect(db_path) as raw:
        dump = "\n".join(raw.iterdump())
    assert "s3cret" not in dump and "formation@maillage.exemple.fr" in dump


def test_bad_settings_are_explained_field_by_field(db: Database) -> None:
    data = settings()
    data.sender_address, data.port, data.security = "formation@", 0, "ssl3"
    data.body_template = "Bonjour {prénom}"
    with pytest.raises(ValidationError) as refused:
        mail.save_settings(db, data)
    assert set(refused.value.fields) == {"sender_address", "port", "security", "body_template"}
    assert "{prénom}" in refused.value.fields["body_template"]


@pytest.mark.parametrize("text", ["Bonjour {prenom,", "Tarif : 10 } par jour", "{prenom} {"])
def test_a_lone_brace_is_explained_not_crashed_on(db: Database, text: str) -> None:
    data = settings()
    data.subject_template = text
    with pytest.raises(ValidationError) as refused:
        mail.save_settings(db, data)
    assert refused.value.fields["subject_template"].startswith("Une accolade { ou } est seule")
    assert mail.get_settings(db).subject_template == mail.DEFAULT_SUBJECT


def test_the_employer_message_is_kept_and_checked_like_the_participants(db: Database) -> None:
    assert mail.get_settings(db).employer_subject_template == mail.DEFAULT_EMPLOYER_SUBJECT
    data = settings()
    data.employer_subject_template = "Le suivi de {prenom} {nom}"
    mail.save_settings(db, data)
    assert mail.get_settings(db).employer_subject_template == "Le suivi de {prenom} {nom}"
    assert mail.get_settings(db).employer_body_template == mail.DEFAULT_EMPLOYER_BODY
    data.employer_body_template = "Bonjour {responsable},\n\n{prenom} {nom} a suivi {formation}."
    with pytest.raises(ValidationError) as refused:
        mail.save_settings(db, data)
    assert refused.value.fields == {"employer_body_template": (
        "Champ inconnu : {responsable}. Champs possibles : {prenom}, {nom}, {formation}, {dates}, "
        "{organisme}.")}
    assert mail.get_settings(db).employer_body_template == mail.DEFAULT_EMPLOYER_BODY


def test_a_test_message_arrives_with_accents_intact(memory_keyring: MemoryKeyring) -> None:
    with smtp_server() as (inbox, port):
        mail.send_test(settings(port), "marie.dupont@exemple.fr")
    [received] = inbox.messages
    assert received["To"] == "marie.dupont@exemple.fr"
    assert received["Subject"] == "Formation : message de test"
    assert "envoyer des e-mails" in received.get_content()


def test_an_unreachable_server_is_said_in_french() -> None:
    with pytest.raises(mail.MailError, match="ne répond pas"):
        mail.send_test(settings(port=1), "marie.dupont@exemple.fr")


def test_a_message_from_the_template_carries_its_pdf(tmp_path: Path) -> None:
    data = settings()
    values = {"prenom": "Éloïse", "nom": "Martin", "formation": "La gestion financière associative",
              "dates": "du 12/03/2026 au 13/03/2026", "organisme": "Maillage"}
    message = mail.build_message(data, "eloise.martin@exemple.fr",
                                 mail.fill(data.subject_template, values),
                                 mail.fill(data.body_template, values),
                                 [("questionnaire.pdf", b"%PDF-1.4 questionnaire")])
    eml = mail.write_eml(message, tmp_path / "a-envoyer", "martin-eloise")
    parsed = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert parsed["Subject"] == "Votre avis trois mois après la formation « La gestion financière " \
                                "associative »"
    body = parsed.get_body(preferencelist=("plain",))
    assert body is not None and "Bonjour Éloïse Martin" in body.get_content()
    [attachment] = list(parsed.iter_attachments())
    assert attachment.get_filename() == "questionnaire.pdf"
    assert attachment.get_content() == b"%PDF-1.4 questionnaire"


def test_an_accented_password_is_explained(memory_keyring: MemoryKeyring) -> None:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    from tests.mail_helpers import Inbox, free_port

    port = free_port()
    server = Controller(Inbox(), hostname="127.0.0.1", port=port, auth_require_tls=False,
                        authenticator=lambda *_args: AuthResult(success=True))
    server.start()
    try:
        data = settings(port)
        data.username = "formation"
        mail.store_password(data, "Très-secret")
        with pytest.raises(mail.MailError, match="caractère accentué"):
            mail.send_test(data, "marie.dupont@exemple.fr")
    finally:
        server.stop()
