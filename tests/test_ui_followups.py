"""The Suivi à 3 mois page: its figures, sending in the background to a real SMTP server on
127.0.0.1, answers dropped on it, interrupted messages; the Messagerie dialog, its password in the
keyring and its test message; the page in the main window and the line on the home page."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from formation.services import followups, mail
from formation.services.followups_collect import pdf_attachments
from formation.services.followups_send import send_due
from formation.storage.database import Database
from formation.ui.followups_page import STATE_COLUMN, FollowupsPage
from formation.ui.mail_settings import MailSettingsDialog
from formation.ui.styles import ATTENTION_ROW, DARK_TEXT, DONE_ROW
from tests.mail_helpers import Inbox, MemoryKeyring, free_port, smtp_server
from tests.qt_helpers import Modal
from tests.test_documents_world import World
from tests.test_followups import NOW, TEMPLATES, followup_world, required_answers
from tests.test_followups_send import EVERYONE, FailsAfter, configure, recipients, settings
from tests.test_forms_pdf import fill

pytestmark = pytest.mark.gui
#: Screenshots for a person to look at, written only when asked: FORMATION_SHOTS=/tmp/shots.
SHOTS = os.environ.get("FORMATION_SHOTS", "")


@pytest.fixture
def world(db: Database) -> World:
    return followup_world(db)


@pytest.fixture(autouse=True)
def _shipped_templates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(followups, "templates_in_use", lambda: TEMPLATES)


def page_at(db: Database, qtbot: QtBot, now: datetime = NOW) -> FollowupsPage:
    page = FollowupsPage(db, now=lambda: now)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    return page


def figures(page: FollowupsPage) -> dict[str, str]:
    return {name: figure.number.text() for name, figure in page.figures.items()}


def shot(widget: QWidget, name: str) -> None:
    """What the screen looks like, for a person to check."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"followups-{name}.png"))


def test_the_page_shows_the_counts_and_sends_in_the_background(
        app: Any, db: Database, qtbot: QtBot, world: World) -> None:
    page = page_at(db, qtbot)
    assert figures(page) == {"due": "4", "sent": "0", "overdue": "0", "answered": "0",
                             "upcoming": "0"}
    assert page.send_button.text() == "Envoyer les questionnaires dus (4) et les relances (0)"
    assert "non réglée" in page.mail_line.text()
    assert page.model.rowCount() == 4
    with smtp_server() as (inbox, port):
        configure(db, port)
        page.refresh()
        assert page.mail_line.text() == (f"Envoi par le serveur 127.0.0.1 (port {port}), depuis "
                                         "formation@mda-roubaix.fr.")
        modal = Modal()
        modal.then(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        page.send_clicked()
        modal.check()
        assert page.task is not None and not page.send_button.isEnabled()
        qtbot.waitUntil(lambda: page.last_report is not None, timeout=30_000)
    assert recipients(inbox) == EVERYONE
    assert "par le serveur 127.0.0.1 ? Chaque message part une seule fois." in modal.seen[0]
    assert page.message.text() == "4 messages envoyés."
    assert figures(page) == {"due": "0", "sent": "4", "overdue": "0", "answered": "0",
                             "upcoming": "0"}
    assert not page.send_button.isEnabled()  # nothing more to send: nothing twice
    states = {page.model.index(r, STATE_COLUMN).data() for r in range(page.model.rowCount())}
    assert states == {"Envoyé"}
    shot(page, "sent")


def test_answers_dropped_on_the_page_are_stored_and_counted_in_the_rates(
        app: Any, db: Database, qtbot: QtBot, world: World, tmp_path: Path) -> None:
    with smtp_server() as (inbox, port):
        configure(db, port)
        send_due(db, TEMPLATES, NOW)
    returned = tmp_path / "retours"
    returned.mkdir()
    for message in inbox.messages[:3]:
        [(name, pdf)] = pdf_attachments(message)
        key = "employeur" if "employeur" in name else "suivi_froid"
        (returned / name).write_bytes(fill(pdf, required_answers(key)))
    later = NOW + timedelta(days=20)
    page = page_at(db, qtbot, later)
    assert figures(page)["overdue"] == "4"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in sorted(returned.iterdir())])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    qtbot.waitUntil(lambda: bool(page.last_outcomes), timeout=20_000)
    assert [o.stored for o in page.last_outcomes] == [True, True, True]
    assert page.message.text() == "Réponses importées : 3 enregistrés, 0 refusé."
    assert figures(page)["answered"] == "3"
    # Answered ones in green, the one still late in orange, both with dark text.
    shown = [(page.model.index(n, 0).data(Qt.ItemDataRole.BackgroundRole),
              page.model.index(n, 0).data(Qt.ItemDataRole.ForegroundRole))
             for n in range(page.model.rowCount())]
    assert sorted(shown, key=lambda colours: colours[0] == ATTENTION_ROW) == [
        (DONE_ROW, DARK_TEXT), (DONE_ROW, DARK_TEXT), (DONE_ROW, DARK_TEXT),
        (ATTENTION_ROW, DARK_TEXT)]
    page.tabs.setCurrentIndex(1)
    [rate] = page.rates()
    assert (rate.label, rate.answered + rate.employers_answered) == (
        "FONCT-2026-03 — Le fonctionnement associatif", 3)
    assert rate.asked + rate.employers_asked == 4
    page.grouping.setCurrentIndex(2)
    assert [r.label for r in page.rates()] == ["2026"]
    shot(page, "rates")


def test_an_interrupted_message_is_flagged_and_settled_by_the_user(
        app: Any, db: Database, qtbot: QtBot, world: World) -> None:
    with smtp_server() as (inbox, port):
        configure(db, port)
        send_due(db, TEMPLATES, NOW, transport=FailsAfter(settings(port), 1))
        page = page_at(db, qtbot)
        assert page.banner_box.isVisibleTo(page)
        assert page.banner.text().startswith("1 envoi(s) interrompu(s) — vérifiez votre boîte "
                                             "d'envoi.")
        page.filter.setCurrentIndex(page.filter.findData("interrupted"))
        assert page.model.rowCount() == 1
        assert "envoi interrompu" in page.model.index(0, STATE_COLUMN).data()
        shot(page, "interrupted")
        modal = Modal()
        modal.then(QMessageBox, lambda box: next(
            b for b in box.buttons() if b.text() == "Oui, il est parti").click())
        page.check_interrupted()
        modal.check()
        assert not page.banner_box.isVisibleTo(page)
        page.start_sending()
        qtbot.waitUntil(lambda: page.last_report is not None, timeout=30_000)
    assert len(inbox.messages) == 3 and len(set(recipients(inbox))) == 3  # the cut one not again


def test_without_settings_the_page_writes_eml_files(
        app: Any, db: Database, qtbot: QtBot, world: World, tmp_path: Path) -> None:
    page = page_at(db, qtbot)
    page.start_sending()
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=30_000)
    assert page.last_report is not None and page.last_report.written == 4
    assert page.folder is not None and len(list(page.folder.glob("*.eml"))) == 4
    assert page.open_folder_button.isVisibleTo(page)
    assert figures(page)["sent"] == "4"


# --- the Messagerie dialog --------------------------------------------------------------------

class Authenticated:
    """aiosmtpd offering AUTH (without TLS, on 127.0.0.1 only) and checking one password."""

    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user.encode(), password.encode()
        self.logins: list[bytes] = []

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str,
                 auth_data: Any) -> AuthResult:
        good = isinstance(auth_data, LoginPassword) and auth_data.login == self.user \
            and auth_data.password == self.password
        if good:
            self.logins.append(auth_data.login)
        return AuthResult(success=good)


def test_mail_settings_keep_the_password_in_the_keyring_and_the_test_reaches_the_server(
        app: Any, db: Database, db_path: Path, qtbot: QtBot, world: World,
        memory_keyring: MemoryKeyring) -> None:
    inbox, port = Inbox(), free_port()
    checker = Authenticated("formation", "s3cret-tres-long")
    controller = Controller(inbox, hostname="127.0.0.1", port=port, authenticator=checker,
                            auth_require_tls=False)
    controller.start()
    try:
        dialog = MailSettingsDialog(db)
        qtbot.addWidget(dialog)
        assert dialog.sender_address.text() == "formation@mda-roubaix.fr"  # the organisation's
        assert dialog.password.placeholderText() == ""
        dialog.host.setText("127.0.0.1")
        dialog.security.setCurrentIndex(dialog.security.findData("none"))
        assert dialog.port.value() == 25
        dialog.port.setValue(port)
        dialog.username.setText("formation")
        dialog.password.setText("s3cret-tres-long")
        dialog.reminder_days.setValue(10)
        dialog.test_to.setText("moi@exemple.fr")
        shot(dialog, "mail-settings")
        assert dialog.send_test() is not None
        qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    finally:
        controller.stop()
    assert dialog.status.text() == "Message de test envoyé à moi@exemple.fr : vérifiez qu'il est " \
                                   "bien arrivé."
    [received] = inbox.messages
    assert (received["To"], received["Subject"]) == ("moi@exemple.fr", "Formation : message de test")
    assert checker.logins == [b"formation"]  # logged in with the password from the keyring
    assert memory_keyring.secrets == {("Formation (SMTP)", "formation@127.0.0.1"): "s3cret-tres-long"}
    assert mail.get_settings(db).reminder_days == 10
    with sqlite3.connect(db_path) as raw:
        assert "s3cret" not in "\n".join(raw.iterdump())
    again = MailSettingsDialog(db)
    qtbot.addWidget(again)
    assert again.password.text() == "" and "trousseau" in again.password.placeholderText()
    again.try_save()  # an empty field keeps the stored password
    assert mail.password(mail.get_settings(db)) == "s3cret-tres-long"


def test_bad_settings_are_shown_under_their_field(app: Any, db: Database, qtbot: QtBot,
                                                  memory_keyring: MemoryKeyring) -> None:
    dialog = MailSettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sender_address.setText("formation@")
    dialog.body_template.setPlainText("Bonjour {prénom}")
    dialog.try_save()
    assert dialog.form.error_text("sender_address").startswith("Cette adresse e-mail")
    assert "{prénom}" in dialog.form.error_text("body_template")
    assert dialog.result() == 0


def test_the_employer_message_is_edited_in_its_tab_and_an_unknown_field_is_named(
        app: Any, db: Database, qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = MailSettingsDialog(db)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    tabs = dialog.messages
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Aux participant·es",
                                                              "Aux employeurs"]
    assert dialog.employer_subject_template.text() == mail.DEFAULT_EMPLOYER_SUBJECT
    assert dialog.employer_body_template.toPlainText() == mail.DEFAULT_EMPLOYER_BODY
    hint = dialog.findChild(QLabel, "employer_fields_hint")
    assert hint is not None and "{prenom} {nom} : la personne formée" in hint.text()
    dialog.body_template.setPlainText("Bonjour {prenom},\n\nVotre avis ?")
    tabs.setCurrentIndex(1)
    dialog.employer_subject_template.setText("Le suivi de {prenom} {nom}")
    typed = "Bonjour {responsable},\n\n{prenom} {nom} a suivi « {formation} » {dates}."
    dialog.employer_body_template.setPlainText(typed)
    tabs.setCurrentIndex(0)  # the error brings its tab forward
    dialog.try_save()
    assert dialog.result() == 0
    assert tabs.currentIndex() == 1
    assert dialog.form.error_text("employer_body_template") == (
        "Champ inconnu : {responsable}. Champs possibles : {prenom}, {nom}, {formation}, "
        "{dates}, {organisme}.")
    assert dialog.employer_body_template.hasFocus()
    # Nothing typed is lost, and nothing was saved.
    assert dialog.employer_body_template.toPlainText() == typed
    assert dialog.employer_subject_template.text() == "Le suivi de {prenom} {nom}"
    assert dialog.body_template.toPlainText() == "Bonjour {prenom},\n\nVotre avis ?"
    assert mail.get_settings(db).employer_subject_template == mail.DEFAULT_EMPLOYER_SUBJECT
    dialog.employer_body_template.setPlainText(typed.replace("{responsable}", "Madame, Monsieur"))
    dialog.try_save()
    assert dialog.result() == 1
    saved = mail.get_settings(db)
    assert (saved.employer_subject_template, saved.employer_body_template, saved.body_template) == (
        "Le suivi de {prenom} {nom}", typed.replace("{responsable}", "Madame, Monsieur"),
        "Bonjour {prenom},\n\nVotre avis ?")
    again = MailSettingsDialog(db)
    qtbot.addWidget(again)
    assert again.employer_subject_template.text() == "Le suivi de {prenom} {nom}"


# --- in the main window ---------------------------------------------------------------------

def test_the_page_follows_sessions_in_the_sidebar_and_home_shows_the_counts(
        app: Any, db: Database, qtbot: QtBot, world: World) -> None:
    from formation.ui.main_window import MainWindow
    from formation.ui.pages.home import HomePage
    from formation.ui.pages.settings import SettingsPage

    window = MainWindow(db)
    qtbot.addWidget(window)
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert labels[labels.index("Sessions") + 1] == "Suivi à 3 mois"
    home = window.page(HomePage)
    line = home.findChild(type(home.followups), "followups_line")  # type: ignore[attr-defined]
    assert line is not None and line.text().startswith("<b>Suivi à 3 mois</b> : ")
    settings_page = window.page(SettingsPage)
    modal = Modal()
    modal.then(MailSettingsDialog, lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    settings_page.mail_button.click()  # type: ignore[attr-defined]
    modal.check()
    assert modal.seen == ["Messagerie"]


def test_the_home_line_counts(app: Any, db: Database, qtbot: QtBot, world: World) -> None:
    from formation.ui.followups_page import FollowupsLine

    line = FollowupsLine(db, now=lambda: NOW)
    qtbot.addWidget(line)
    line.refresh()
    assert line.text() == ("<b>Suivi à 3 mois</b> : 4 à envoyer · 0 envoyé(s), en attente · "
                           "0 répondu(s) · 0 en retard")


def test_a_paper_answer_is_typed_in_the_on_screen_form(app: Any, db: Database, qtbot: QtBot,
                                                       world: World) -> None:
    from formation.ui.forms.form_dialog import FormDialog

    page = page_at(db, qtbot)
    assert not page.type_button.isEnabled()
    page.table.selectRow(0)
    assert page.type_button.isEnabled()
    dialog = page.type_answer()
    assert isinstance(dialog, FormDialog)
    qtbot.addWidget(dialog)
    dialog.form.set_values({"mise_en_pratique": "Oui, de temps en temps", "utilite": 4})
    assert dialog.save()
    qtbot.waitUntil(lambda: figures(page)["answered"] == "1", timeout=5_000)
    assert page.message.text() == "Réponses enregistrées."
