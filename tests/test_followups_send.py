"""Sending the follow-ups through a real SMTP server on 127.0.0.1: each message once, to the right
person, with a PDF that comes back; refusals recorded; a crash never leads to a second copy; one
reminder after the delay; .eml files when no server is set up."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from formation.services import followups, forms_store, mail
from formation.services.followups import PARTICIPANT_KEY, FollowupState
from formation.services.followups_collect import pdf_attachments
from formation.services.followups_send import (
    SendReport,
    SmtpTransport,
    _send_one,
    plan,
    send_due,
    settle_interrupted,
)
from formation.services.forms_import import import_pdf
from formation.services.forms_store import ResponseState
from formation.storage.database import Database
from formation.storage.models import MailOutbox
from tests.mail_helpers import Inbox, free_port, smtp_server
from tests.test_documents_world import World
from tests.test_followups import (
    EMAILS,
    EMPLOYER_EMAIL,
    NOW,
    TEMPLATES,
    by_name,
    change_person,
    followup_world,
    required_answers,
    rows,
)
from tests.test_forms_pdf import fill

SUBJECT = "Votre avis trois mois après la formation « Le fonctionnement associatif »"
EMPLOYER_SUBJECT = "Votre regard d'employeur sur la formation « Le fonctionnement associatif »"
EVERYONE = sorted([*EMAILS.values(), EMPLOYER_EMAIL])


@pytest.fixture
def world(db: Database) -> World:
    return followup_world(db)


def settings(port: int) -> mail.MailSettingsData:
    return mail.MailSettingsData(host="127.0.0.1", port=port, security="none",
                                 sender_address="formation@mda-roubaix.fr",
                                 sender_name="Maison des Associations de Roubaix")


def configure(db: Database, port: int) -> None:
    mail.save_settings(db, settings(port))


def recipients(inbox: Inbox) -> list[str]:
    return sorted(parseaddr(str(m["To"]))[1] for m in inbox.messages)


def outbox(db: Database) -> list[tuple[str, str, str, str]]:
    with db.session() as s:
        return sorted((row.recipient, row.kind, row.status, row.error)
                      for row in s.scalars(select(MailOutbox)))


# --- sent once, to the right person, with a PDF that comes back -----------------------------------

def test_each_due_message_arrives_once_with_a_pdf_that_imports_back(db: Database, world: World) -> None:
    with smtp_server() as (inbox, port):
        configure(db, port)
        report = send_due(db, TEMPLATES, NOW)
        assert (report.sent, report.refused, report.stopped) == (4, 0, "")
        assert report.summary() == "4 messages envoyés."
        again = send_due(db, TEMPLATES, NOW + timedelta(hours=1))
        assert (again.total, again.sent) == (0, 0)
    assert recipients(inbox) == EVERYONE  # each once
    by_address = {parseaddr(str(m["To"]))[1]: m for m in inbox.messages}
    marie = by_address["marie.dupont@exemple.fr"]
    assert marie["To"] == "Marie Dupont <marie.dupont@exemple.fr>"
    assert marie["Subject"] == SUBJECT
    assert marie["From"] == "Maison des Associations de Roubaix <formation@mda-roubaix.fr>"
    body = marie.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert text.startswith("Bonjour Marie Dupont,")
    assert "« Le fonctionnement associatif » du 12/03/2026 au 13/03/2026" in text
    assert by_address[EMPLOYER_EMAIL]["Subject"] == EMPLOYER_SUBJECT
    assert by_address[EMPLOYER_EMAIL]["To"] == "Karim Benali <rh@ellipse.exemple.fr>"
    employer_body = by_address[EMPLOYER_EMAIL].get_body(preferencelist=("plain",))
    assert employer_body is not None and "Marie Dupont, salarié·e de votre structure" in \
        employer_body.get_content()
    for message in inbox.messages:
        [(name, pdf)] = pdf_attachments(message)
        assert name.startswith("2026-03-12_fonctionnement-associatif_") and name.endswith(".pdf")
        key = "employeur" if message is by_address[EMPLOYER_EMAIL] else PARTICIPANT_KEY
        outcome = import_pdf(db, fill(pdf, required_answers(key)), name, now=NOW)
        assert outcome.stored, outcome.message
    assert outbox(db) == sorted((address, "initial", "sent", "") for address in EVERYONE)
    assert followups.counts(rows(db)).answered == 4


def test_the_outbox_row_is_committed_before_the_server_hears_of_the_message(
        db: Database, db_path: Path, world: World) -> None:
    seen: list[tuple[str, str]] = []

    class Watching(SmtpTransport):
        def send(self, message: EmailMessage, stem: str) -> None:
            with sqlite3.connect(db_path) as other:  # another connection sees only what is committed
                seen.extend(other.execute("SELECT recipient, status FROM mail_outbox "
                                          "WHERE status = 'sending'").fetchall())
            super().send(message, stem)

    with smtp_server() as (inbox, port):
        report = send_due(db, TEMPLATES, NOW, settings=settings(port),
                          transport=Watching(settings(port)))
    assert report.sent == 4
    assert sorted(address for address, _ in seen) == EVERYONE  # one at a time, each committed first
    assert {status for _, _, status, _ in outbox(db)} == {"sent"}


# --- refusals -----------------------------------------------------------------------------------

def test_a_refused_recipient_is_recorded_and_the_others_are_sent(db: Database, world: World) -> None:
    with smtp_server() as (inbox, port):
        configure(db, port)
        inbox.refused = {"benoit.martin@exemple.org"}
        report = send_due(db, TEMPLATES, NOW)
        assert (report.sent, report.refused) == (3, 1)
        assert report.summary() == "3 messages envoyés, 1 refusé."
        [refused] = [line for line in report.lines if line.status == "refused"]
        assert refused.message == "550 5.1.1 Adresse inconnue"
        assert ("benoit.martin@exemple.org", "initial", "refused", "550 5.1.1 Adresse inconnue") in \
            outbox(db)
        martin = by_name(rows(db), "Martin")
        assert (martin.state, martin.reason, martin.next_kind) == (
            FollowupState.REFUSED, "550 5.1.1 Adresse inconnue", "")
        assert send_due(db, TEMPLATES, NOW).total == 0  # the same address is not tried again
        change_person(db, world, "Martin", email="benoit.martin@exemple.fr")
        assert by_name(rows(db), "Martin").next_kind == "initial"
        retried = send_due(db, TEMPLATES, NOW + timedelta(days=1))
        assert (retried.sent, retried.refused) == (1, 0)
    assert recipients(inbox) == sorted(
        [*(a for a in EVERYONE if a != "benoit.martin@exemple.org"), "benoit.martin@exemple.fr"])
    assert ("benoit.martin@exemple.fr", "initial", "sent", "") in outbox(db)


def test_an_unreachable_server_stops_before_anything_is_recorded(db: Database, world: World) -> None:
    configure(db, free_port())
    report = send_due(db, TEMPLATES, NOW)
    assert report.sent == 0 and "ne répond pas" in report.stopped
    assert outbox(db) == []
    assert {r.state for r in rows(db)} == {FollowupState.DUE}


# --- crashes ------------------------------------------------------------------------------------

class FailsAfter(SmtpTransport):
    """The real server for the first `count` messages, then a failure while sending."""

    def __init__(self, data: mail.MailSettingsData, count: int,
                 error: type[BaseException] = ConnectionResetError) -> None:
        super().__init__(data)
        self.left, self.error = count, error

    def send(self, message: EmailMessage, stem: str) -> None:
        if self.left == 0:
            raise self.error("la connexion est perdue")
        self.left -= 1
        super().send(message, stem)


class Killed(BaseException):
    """The program stops there (power cut, killed): nothing after it runs."""


def test_a_transport_failing_after_the_first_message_resends_nothing(
        db: Database, world: World) -> None:
    with smtp_server() as (inbox, port):
        configure(db, port)
        first = send_due(db, TEMPLATES, NOW, transport=FailsAfter(settings(port), 1))
        assert first.sent == 1 and "interrompue pendant l'envoi" in first.stopped
        assert [status for _, _, status, _ in outbox(db)].count("sending") == 1
        second = send_due(db, TEMPLATES, NOW + timedelta(minutes=5))
        assert (second.sent, second.interrupted) == (2, 1)
        assert "1 envoi interrompu" in second.summary()
        assert send_due(db, TEMPLATES, NOW + timedelta(minutes=10)).total == 0
    assert len(inbox.messages) == 3  # the message cut short was never sent again
    assert len(set(recipients(inbox))) == 3
    found = rows(db)
    [cut] = [r for r in found if r.interrupted]
    assert cut.state is FollowupState.SENT and cut.sent_at == NOW
    assert cut.status_text == "Envoyé — envoi interrompu — vérifiez votre boîte d'envoi"
    assert followups.counts(found).interrupted == 1
    assert settle_interrupted(db, cut.response_id, left=True, now=NOW + timedelta(hours=1)) == 1
    assert followups.counts(rows(db)).interrupted == 0


def test_a_batch_killed_after_committing_sending_resends_nothing_on_the_next_run(
        db: Database, world: World) -> None:
    with smtp_server() as (inbox, port):
        configure(db, port)
        with pytest.raises(Killed):
            send_due(db, TEMPLATES, NOW, transport=FailsAfter(settings(port), 2, Killed))
        assert len(inbox.messages) == 2
        after = send_due(db, TEMPLATES, NOW + timedelta(minutes=1))
        assert (after.interrupted, after.sent) == (1, 1)
    assert len(inbox.messages) == 3 and len(set(recipients(inbox))) == 3
    states = {r.response_id: r for r in rows(db)}
    assert sum(r.interrupted for r in states.values()) == 1
    with db.session() as s:
        statuses = {r.id: r.status for r in s.scalars(select(forms_store.FormResponse))}
    assert set(statuses.values()) == {ResponseState.SENT.value}  # the cut one counts as sent


def test_a_message_that_did_not_leave_goes_once_when_the_user_says_so(
        db: Database, world: World) -> None:
    with smtp_server() as (inbox, port):
        configure(db, port)
        send_due(db, TEMPLATES, NOW, transport=FailsAfter(settings(port), 0))
        [cut] = [r for r in rows(db) if r.interrupted]
        assert settle_interrupted(db, cut.response_id, left=False, now=NOW) == 1
        report = send_due(db, TEMPLATES, NOW + timedelta(minutes=1))
        assert (report.sent, report.interrupted) == (4, 0)
        assert send_due(db, TEMPLATES, NOW + timedelta(minutes=2)).total == 0
    assert recipients(inbox) == EVERYONE


# --- reminders and people who are not to be written to ------------------------------------------

def test_a_single_reminder_after_the_delay_to_those_who_did_not_answer(
        db: Database, world: World) -> None:
    with smtp_server() as (inbox, port):
        configure(db, port)
        assert send_due(db, TEMPLATES, NOW).sent == 4
        pdf = pdf_attachments(next(m for m in inbox.messages if "martin" in str(m["To"])))[0][1]
        assert import_pdf(db, fill(pdf, required_answers(PARTICIPANT_KEY)), "martin.pdf",
                          now=NOW + timedelta(days=3)).stored
        assert send_due(db, TEMPLATES, NOW + timedelta(days=13, hours=23)).total == 0
        reminders = send_due(db, TEMPLATES, NOW + timedelta(days=14))
        assert reminders.sent == 3
        assert send_due(db, TEMPLATES, NOW + timedelta(days=15)).total == 0
        assert send_due(db, TEMPLATES, NOW + timedelta(days=60)).total == 0
    reminded = [m for m in inbox.messages if str(m["Subject"]).startswith("Relance : ")]
    assert sorted(parseaddr(str(m["To"]))[1] for m in reminded) == sorted(
        ["marie.dupont@exemple.fr", "chloe.oeuvray@exemple.fr", EMPLOYER_EMAIL])
    assert {str(m["Subject"]) for m in reminded} == {f"Relance : {SUBJECT}",
                                                     f"Relance : {EMPLOYER_SUBJECT}"}
    text = reminded[0].get_body(preferencelist=("plain",))
    assert text is not None and text.get_content().startswith("Nous nous permettons de vous relancer")
    assert all(len(pdf_attachments(m)) == 1 for m in reminded)
    found = rows(db, NOW + timedelta(days=20))
    assert by_name(found, "Martin").state is FollowupState.ANSWERED
    assert by_name(found, "Dupont").reminded_at == NOW + timedelta(days=14)
    assert sorted(kind for _, kind, _, _ in outbox(db)).count("reminder") == 3


def test_the_reminder_delay_comes_from_the_settings(db: Database, world: World) -> None:
    with smtp_server() as (inbox, port):
        data = settings(port)
        data.reminder_days = 3
        mail.save_settings(db, data)
        send_due(db, TEMPLATES, NOW)
        assert send_due(db, TEMPLATES, NOW + timedelta(days=2)).total == 0
        assert send_due(db, TEMPLATES, NOW + timedelta(days=3)).sent == 4
    assert len(inbox.messages) == 8


def test_no_mail_to_who_asked_not_to_be_contacted_was_anonymised_or_answered(
        db: Database, world: World) -> None:
    change_person(db, world, "Martin", no_contact=True)
    change_person(db, world, "Œuvray", anonymised_at=datetime(2026, 5, 2))
    dupont = by_name(rows(db), "Dupont")
    forms_store.record_answers(db, dupont.response_id, {"mise_en_pratique": "Non", "utilite": 3},
                               "screen", NOW)
    with smtp_server() as (inbox, port):
        configure(db, port)
        assert send_due(db, TEMPLATES, NOW).sent == 1
        assert send_due(db, TEMPLATES, NOW + timedelta(days=30)).sent == 1  # the employer's reminder
    assert recipients(inbox) == [EMPLOYER_EMAIL, EMPLOYER_EMAIL]


def test_the_employer_receives_the_edited_employer_message_and_the_participants_theirs(
        db: Database, world: World) -> None:
    with smtp_server() as (inbox, port):
        data = settings(port)
        data.employer_subject_template = "Suivi de {prenom} {nom} : « {formation} »"
        data.employer_body_template = ("Madame, Monsieur,\n\n{prenom} {nom} a suivi « {formation} » "
                                       "{dates}. Votre avis compte.\n\n{organisme}")
        mail.save_settings(db, data)
        assert send_due(db, TEMPLATES, NOW).sent == 4
        assert send_due(db, TEMPLATES, NOW + timedelta(days=14)).sent == 4  # the reminders
    employer = [m for m in inbox.messages if EMPLOYER_EMAIL in str(m["To"])]
    edited = "Suivi de Marie Dupont : « Le fonctionnement associatif »"
    assert [str(m["Subject"]) for m in employer] == [edited, f"Relance : {edited}"]
    first, reminder = (m.get_body(preferencelist=("plain",)) for m in employer)
    assert first is not None and reminder is not None
    assert first.get_content().splitlines() == [
        "Madame, Monsieur,", "", "Marie Dupont a suivi « Le fonctionnement associatif » du "
        "12/03/2026 au 13/03/2026. Votre avis compte.", "", "Maison des Associations de Roubaix"]
    reminded = reminder.get_content().splitlines()
    assert reminded[0].startswith("Nous nous permettons de vous relancer")
    assert reminded[-3:] == ["Marie Dupont a suivi « Le fonctionnement associatif » du 12/03/2026 "
                             "au 13/03/2026. Votre avis compte.", "",
                             "Maison des Associations de Roubaix"]
    assert all(len(pdf_attachments(m)) == 1 for m in employer)
    participants = [m for m in inbox.messages if EMPLOYER_EMAIL not in str(m["To"])]
    assert len(participants) == 6
    assert {str(m["Subject"]) for m in participants} == {SUBJECT, f"Relance : {SUBJECT}"}
    marie = next(m for m in participants if str(m["Subject"]) == SUBJECT
                 and "marie.dupont" in str(m["To"]))
    body = marie.get_body(preferencelist=("plain",))
    assert body is not None and body.get_content().startswith("Bonjour Marie Dupont,")


# --- without a server ---------------------------------------------------------------------------

def test_without_settings_eml_files_carry_the_pdf(db: Database, world: World, tmp_path: Path) -> None:
    folder = tmp_path / "a-envoyer"
    report = send_due(db, TEMPLATES, NOW, eml_dir=folder)
    assert (report.written, report.sent, report.folder) == (4, 0, folder)
    assert report.summary() == f"4 messages écrits en .eml dans {folder}."
    files = sorted(folder.glob("*.eml"))
    assert [f.name for f in files] == [
        "2026-06-13_fonct-2026-03_DUPONT-Marie_employeur.eml",
        "2026-06-13_fonct-2026-03_DUPONT-Marie_suivi-froid.eml",
        "2026-06-13_fonct-2026-03_MARTIN-Benoit_suivi-froid.eml",
        "2026-06-13_fonct-2026-03_OEUVRAY-Chloe_suivi-froid.eml"]
    parsed = message_from_bytes(files[2].read_bytes(), policy=policy.default)
    assert parsed["To"] == "Benoît Martin <benoit.martin@exemple.org>"
    assert parsed["Subject"] == SUBJECT and parsed["X-Unsent"] == "1"
    # No mail settings: the organisation's own address sends.
    assert parsed["From"] == "Maison des Associations de Roubaix <formation@mda-roubaix.fr>"
    [(name, pdf)] = pdf_attachments(parsed)
    assert import_pdf(db, fill(pdf, required_answers(PARTICIPANT_KEY)), name, now=NOW).stored
    assert {status for _, _, status, _ in outbox(db)} == {"written"}
    assert {r.state for r in rows(db)} == {FollowupState.SENT, FollowupState.ANSWERED}
    assert send_due(db, TEMPLATES, NOW, eml_dir=folder).total == 0
    assert len(list(folder.glob("*.eml"))) == 4


def test_a_plan_made_before_another_run_sends_nothing_twice(db: Database, world: World) -> None:
    """Two runs working from the same list (the app and a scheduled command): the outbox, written
    and committed before each message, lets only one of them send it."""
    with smtp_server() as (inbox, port):
        configure(db, port)
        stale = plan(rows(db))
        assert send_due(db, TEMPLATES, NOW).sent == 4
        transport, report = SmtpTransport(settings(port)), SendReport()
        try:
            for item in stale:
                assert _send_one(db, settings(port), transport, item, NOW, report)
        finally:
            transport.close()
    assert len(inbox.messages) == 4 and report.lines == []
    with db.begin() as s, pytest.raises(IntegrityError):  # and the database refuses a second row
        s.add(MailOutbox(response_id=stale[0].row.response_id, kind="initial", recipient="x@y.fr",
                         subject="", status="pending", created_at=NOW))
        s.flush()
