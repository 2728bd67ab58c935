"""The follow-up three months after a training: who gets it and when (calendar months), its states,
the response rates, the answers collected from PDFs, e-mails, mailboxes and spreadsheets, and the
`formation followups` commands.

Also holds the helpers the other test_followups* modules share (a world with e-mail addresses).
"""

from __future__ import annotations

import mailbox
from dataclasses import replace
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from formation.cli import main
from formation.core.enums import RegistrationStatus
from formation.documents.form_pdf import form_pdf
from formation.forms import QuestionType
from formation.services import catalogue, followups, forms_store
from formation.services.followups import (
    EMPLOYER_KEY,
    PARTICIPANT_KEY,
    FollowupRow,
    FollowupState,
    counts,
    overview,
    rates,
    schedule,
)
from formation.services.followups_collect import import_returns, pdf_attachments
from formation.services.forms_import import import_pdf
from formation.storage.database import Database
from formation.storage.models import FormResponse, Participant, Registration, Structure
from formation.storage.models import Session as TrainingSession
from tests.test_documents_world import World, build_world
from tests.test_forms_pdf import fill
from tests.test_forms_store import shipped_templates

TEMPLATES = shipped_templates()
DUE = date(2026, 6, 13)  # the session ends on Friday 13 March 2026, + 3 months
NOW = datetime(2026, 6, 15, 9, 0)
EMAILS = {"Dupont": "marie.dupont@exemple.fr", "Martin": "benoit.martin@exemple.org",
          "Œuvray": "chloe.oeuvray@exemple.fr"}
EMPLOYER_EMAIL = "rh@ellipse.exemple.fr"
#: What the follow-up questionnaire needs to be stored (its required questions), as a PDF holds it.
FILLED = {"mise_en_pratique": "/Oui, régulièrement", "exemples": "Un budget prévisionnel refait.",
          "changements__2": "/Yes", "utilite": "/4"}
#: The same, typed on screen (or read from a paper copy).
TYPED = {"mise_en_pratique": "Non", "utilite": 2}


@pytest.fixture
def world(db: Database) -> World:
    return followup_world(db)


def followup_world(db: Database) -> World:
    """The documents' world (Marie Dupont, employee of the Centre social Ellipse; Benoît Martin and
    Chloé Œuvray, volunteers), with e-mail addresses."""
    world = build_world(db)
    with db.begin() as s:
        for name, registration_id in world.reg.items():
            s.get(Registration, registration_id).participant.email = EMAILS[name]  # type: ignore[union-attr]
        s.get(Structure, world.structure_id).contact_email = EMPLOYER_EMAIL  # type: ignore[union-attr]
    return world


def rows(db: Database, now: datetime = NOW, reminder_days: int = 14) -> list[FollowupRow]:
    return followups.refresh(db, TEMPLATES, now, reminder_days)


def by_name(found: list[FollowupRow], last_name: str, key: str = PARTICIPANT_KEY) -> FollowupRow:
    return next(r for r in found if r.last_name == last_name and r.template_key == key)


def change_person(db: Database, world: World, name: str, **values: object) -> None:
    with db.begin() as s:
        person = s.get(Registration, world.reg[name]).participant  # type: ignore[union-attr]
        for key, value in values.items():
            setattr(person, key, value)


def filled_pdf(db: Database, response_id: int, values: dict[str, str] | None = None) -> bytes:
    return fill(form_pdf(db, response_id), values or FILLED)


def required_answers(key: str) -> dict[str, str]:
    """A PDF's values answering every required question of the template."""
    if key == PARTICIPANT_KEY:
        return FILLED
    values = {}
    for question in TEMPLATES[key].questions():
        if question.required:
            values[question.id] = f"/{question.choices[0]}" if question.choices else \
                "/Oui" if question.type is QuestionType.YES_NO else f"/{question.max}"
    return values


# --- schedule -----------------------------------------------------------------------------------

def test_each_registration_that_went_to_the_end_gets_its_followup_once(
        db: Database, world: World) -> None:
    assert schedule(db, TEMPLATES, date(2026, 3, 13)).created == 0  # the last day is not over
    first = schedule(db, TEMPLATES, date(2026, 3, 14))
    assert first.created == 4  # three participants, and Marie Dupont's employer
    assert schedule(db, TEMPLATES, date(2026, 3, 15)).created == 0  # idempotent
    found = overview(db, NOW, 14)
    assert sorted((r.last_name, r.template_key) for r in found) == [
        ("Dupont", EMPLOYER_KEY), ("Dupont", PARTICIPANT_KEY), ("Martin", PARTICIPANT_KEY),
        ("Œuvray", PARTICIPANT_KEY)]
    assert {r.due_on for r in found} == {DUE}
    employer = by_name(found, "Dupont", EMPLOYER_KEY)
    assert (employer.recipient, employer.recipient_name) == (EMPLOYER_EMAIL, "Karim Benali")
    assert by_name(found, "Martin").recipient == "benoit.martin@exemple.org"
    with db.session() as s:
        assert s.scalar(select(FormResponse.due_on).where(FormResponse.id == employer.response_id)) \
            == DUE


def test_cancelled_abandoned_and_waiting_registrations_get_none(db: Database, world: World) -> None:
    with db.begin() as s:
        s.get(Registration, world.reg["Martin"]).status = RegistrationStatus.ABANDONED  # type: ignore[union-attr]
        s.get(Registration, world.reg["Œuvray"]).status = RegistrationStatus.CANCELLED  # type: ignore[union-attr]
    found = rows(db)
    assert sorted((r.last_name, r.template_key) for r in found) == [
        ("Dupont", EMPLOYER_KEY), ("Dupont", PARTICIPANT_KEY)]


@pytest.mark.parametrize(("last_day", "expected"), [
    (date(2026, 11, 30), date(2027, 2, 28)),
    (date(2027, 11, 30), date(2028, 2, 29)),  # leap year
    (date(2026, 10, 31), date(2027, 1, 31)),
])
def test_due_dates_follow_the_calendar(db: Database, world: World, last_day: date,
                                       expected: date) -> None:
    with db.begin() as s:
        session = s.get(TrainingSession, world.session_id)
        assert session is not None
        session.start_date = session.end_date = last_day
    found = rows(db, datetime.combine(last_day + timedelta(days=1), datetime.min.time()))
    assert {r.due_on for r in found} == {expected}
    assert {r.state for r in found} == {FollowupState.UPCOMING}


def test_a_changed_delay_moves_the_unsent_ones_only(db: Database, world: World) -> None:
    found = rows(db)
    sent = by_name(found, "Martin").response_id
    forms_store.mark_sent(db, [sent], NOW)
    course = catalogue.get_course(db, world.course_id)  # as the course's editor saves it
    course.followup_delay_months = 6
    catalogue.save_course(db, course)
    again = {r.response_id: r.due_on for r in rows(db)}
    assert again[sent] == DUE
    assert set(again.values()) == {DUE, date(2026, 9, 13)}


# --- states -------------------------------------------------------------------------------------

def test_states_from_coming_to_answered(db: Database, world: World) -> None:
    assert {r.state for r in rows(db, datetime(2026, 6, 12, 23, 59))} == {FollowupState.UPCOMING}
    found = rows(db)
    assert {r.state for r in found} == {FollowupState.DUE}
    assert {r.next_kind for r in found} == {followups.INITIAL}
    martin = by_name(found, "Martin")
    forms_store.mark_sent(db, [martin.response_id], NOW)
    assert by_name(rows(db, NOW + timedelta(days=13)), "Martin").state is FollowupState.SENT
    late = by_name(rows(db, NOW + timedelta(days=14)), "Martin")
    assert (late.state, late.overdue, late.next_kind) == (FollowupState.TO_REMIND, True,
                                                          followups.REMINDER)
    forms_store.mark_reminded(db, [martin.response_id], NOW + timedelta(days=14))
    reminded = by_name(rows(db, NOW + timedelta(days=20)), "Martin")
    assert (reminded.state, reminded.overdue, reminded.next_kind) == (FollowupState.REMINDED, True, "")
    forms_store.record_answers(db, martin.response_id, TYPED, "screen", NOW)
    answered = by_name(rows(db, NOW + timedelta(days=21)), "Martin")
    assert (answered.state, answered.overdue, answered.next_kind) == (FollowupState.ANSWERED, False,
                                                                      "")


def test_no_message_for_who_asked_not_to_be_contacted_was_anonymised_or_has_no_address(
        db: Database, world: World) -> None:
    change_person(db, world, "Martin", no_contact=True)
    change_person(db, world, "Œuvray", anonymised_at=datetime(2026, 5, 1))
    with db.begin() as s:
        s.get(Structure, world.structure_id).contact_email = ""  # type: ignore[union-attr]
    found = rows(db)
    assert [r.last_name for r in found if r.next_kind] == ["Dupont"]
    reasons = {(r.last_name, r.template_key): (r.state, r.reason) for r in found if not r.next_kind}
    assert reasons == {
        ("Martin", PARTICIPANT_KEY): (FollowupState.NOT_SENT, "a demandé à ne pas être contacté·e"),
        ("Œuvray", PARTICIPANT_KEY): (FollowupState.NOT_SENT, "données anonymisées"),
        ("Dupont", EMPLOYER_KEY): (FollowupState.NOT_SENT, "la structure « Centre social Ellipse » "
                                                           "n'a pas d'e-mail de contact")}
    change_person(db, world, "Dupont", email="marie.dupont@")
    assert by_name(rows(db), "Dupont").reason == "adresse e-mail invalide : « marie.dupont@ »"


def test_a_followup_long_overdue_is_not_sent_automatically(db: Database, world: World) -> None:
    found = rows(db, datetime(2027, 6, 14, 9, 0))
    assert {(r.state, r.reason) for r in found} == {
        (FollowupState.NOT_SENT, "échéance passée depuis plus d'un an")}


def test_counts_and_response_rates(db: Database, world: World) -> None:
    found = rows(db)
    forms_store.mark_sent(db, [r.response_id for r in found], NOW)
    dupont = by_name(found, "Dupont")
    forms_store.record_answers(db, dupont.response_id, TYPED, "pdf", NOW)
    later = rows(db, NOW + timedelta(days=20))
    c = counts(later)
    assert (c.due, c.sent, c.answered, c.overdue, c.to_remind, c.upcoming) == (0, 3, 1, 3, 3, 0)
    [by_session] = rates(later, followups.BY_SESSION)
    assert (by_session.label, by_session.asked, by_session.answered, by_session.percent) == (
        "FONCT-2026-03 — Le fonctionnement associatif", 3, 1, 33)
    assert (by_session.employers_asked, by_session.employers_answered,
            by_session.employers_percent) == (1, 0, 0)
    [by_course] = rates(later, followups.BY_COURSE)
    [by_year] = rates(later, followups.BY_YEAR)
    assert (by_course.label, by_year.label) == ("Le fonctionnement associatif", "2026")
    assert rates(rows(db, NOW), followups.BY_YEAR)[0].asked == 3
    assert rates([r for r in later if r.state is FollowupState.DUE], followups.BY_YEAR) == []


# --- collecting -------------------------------------------------------------------------------------

def reply_with(pdfs: list[tuple[str, bytes]], sender: str = "Marie Dupont <marie.dupont@exemple.fr>"
               ) -> EmailMessage:
    """A reply as a mail client sends it: some text, the filled PDFs attached."""
    message = EmailMessage()
    message["From"], message["To"] = sender, "formation@mda-roubaix.fr"
    message["Subject"] = "RE: Votre avis trois mois après la formation"
    message.set_content("Bonjour,\n\nVoici mon questionnaire rempli.\n\nMarie")
    for name, content in pdfs:
        message.add_attachment(content, maintype="application", subtype="pdf", filename=name)
    return message


def test_answers_come_back_from_pdfs_emails_mailboxes_and_folders(
        db: Database, world: World, tmp_path: Path) -> None:
    found = rows(db)
    ids = {(r.last_name, r.template_key): r.response_id for r in found}
    eml = tmp_path / "reponse-dupont.eml"
    eml.write_bytes(bytes(reply_with([("questionnaire.pdf", filled_pdf(db, ids["Dupont",
                                                                            PARTICIPANT_KEY]))])))
    box = mailbox.mbox(tmp_path / "recus.mbox")
    box.add(reply_with([], "Quelqu'un <x@exemple.fr>"))  # a message without a PDF is passed over
    box.add(reply_with([("suivi.pdf", filled_pdf(db, ids["Martin", PARTICIPANT_KEY])),
                        ("employeur.pdf", filled_pdf(db, ids["Dupont", EMPLOYER_KEY],
                                                     required_answers(EMPLOYER_KEY)))]))
    box.flush()
    box.close()
    folder = tmp_path / "retours"
    folder.mkdir()
    (folder / "chloe.pdf").write_bytes(filled_pdf(db, ids["Œuvray", PARTICIPANT_KEY]))
    (folder / "lisez-moi.txt").write_text("rien")
    (folder / "doublon.eml").write_bytes(eml.read_bytes())
    empty = tmp_path / "sans-piece-jointe.eml"
    empty.write_bytes(bytes(reply_with([])))
    outcomes = import_returns(db, [eml, tmp_path / "recus.mbox", folder, empty], TEMPLATES, now=NOW)
    assert [(o.where, o.stored, o.unchanged) for o in outcomes] == [
        ("reponse-dupont.eml, pièce jointe questionnaire.pdf", True, False),
        ("recus.mbox, message 2 (Marie Dupont <marie.dupont@exemple.fr>), pièce jointe suivi.pdf",
         True, False),
        ("recus.mbox, message 2 (Marie Dupont <marie.dupont@exemple.fr>), pièce jointe "
         "employeur.pdf", True, False),
        ("chloe.pdf", True, False),
        ("doublon.eml, pièce jointe questionnaire.pdf", False, True),  # the same answers again
        ("sans-piece-jointe.eml", False, False)]
    assert outcomes[-1].message == "cet e-mail n'a aucun PDF en pièce jointe."
    assert counts(rows(db)).answered == 4
    assert forms_store.answers(db, ids["Dupont", PARTICIPANT_KEY])["exemples"] == \
        "Un budget prévisionnel refait."


def test_a_forwarded_reply_still_gives_its_pdf(db: Database, world: World) -> None:
    inner = reply_with([("q.pdf", b"%PDF-1.4 x")])
    outer = EmailMessage()
    outer["Subject"] = "TR: questionnaire"
    outer.set_content("Je transfère.")
    outer.add_attachment(inner)
    assert pdf_attachments(outer) == [("q.pdf", b"%PDF-1.4 x")]


def test_answers_from_a_survey_spreadsheet(db: Database, world: World, tmp_path: Path) -> None:
    rows(db)
    sheet = tmp_path / "sondage.csv"
    sheet.write_text("Horodateur;Adresse e-mail;Avez-vous mis en pratique ce que vous avez appris ?;"
                     "utilite\n"
                     "15/06/2026;benoit.martin@exemple.org;Oui, de temps en temps;4\n"
                     "15/06/2026;inconnu@exemple.fr;Non;2\n", encoding="utf-8")
    outcomes = import_returns(db, [sheet], TEMPLATES, now=NOW)
    assert [o.stored for o in outcomes] == [True, False]
    assert "personne introuvable" in outcomes[1].message
    martin = by_name(rows(db), "Martin")
    assert martin.state is FollowupState.ANSWERED
    assert forms_store.answers(db, martin.response_id)["mise_en_pratique"] == \
        "Oui, de temps en temps"


# --- the commands -------------------------------------------------------------------------------------

def test_the_commands_show_send_and_collect(db: Database, db_path: Path, world: World,
                                            tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(followups, "templates_in_use", lambda: TEMPLATES)
    db.close()
    assert main(["--db", str(db_path), "followups", "due"]) == 0
    out = capsys.readouterr().out
    assert "À envoyer  FONCT-2026-03  échéance 13/06/2026  Benoît Martin <benoit.martin@exemple" \
           ".org>" in out
    assert "Karim Benali <rh@ellipse.exemple.fr>, pour Marie Dupont" in out
    assert "Suivi à 3 mois : 4 à envoyer, 0 envoyé(s)" in out

    assert main(["--db", str(db_path), "followups", "send", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "4 messages seraient écrits en .eml" in out and "rien n'est envoyé" in out

    outbox = tmp_path / "a-envoyer"
    assert main(["--db", str(db_path), "followups", "send", "--eml-dir", str(outbox)]) == 0
    assert f"4 messages écrits en .eml dans {outbox}." in capsys.readouterr().out
    assert len(list(outbox.glob("*.eml"))) == 4
    assert main(["--db", str(db_path), "followups", "send", "--eml-dir", str(outbox)]) == 0
    assert "0 message envoyé." in capsys.readouterr().out  # nothing twice
    assert len(list(outbox.glob("*.eml"))) == 4

    with Database.open(db_path, daily_backup=False) as again:
        response_id = by_name(rows(again), "Martin").response_id
        pdf = filled_pdf(again, response_id)
    (tmp_path / "martin.pdf").write_bytes(pdf)
    assert main(["--db", str(db_path), "followups", "import", str(tmp_path / "martin.pdf")]) == 0
    assert "1 enregistré, 0 refusé." in capsys.readouterr().out
    assert main(["--db", str(db_path), "followups", "import", str(tmp_path / "nothing.doc")]) == 1


def test_the_filled_pdfs_of_the_tests_answer_every_required_question(
        db: Database, world: World) -> None:
    for row in rows(db):
        data = filled_pdf(db, row.response_id, required_answers(row.template_key))
        outcome = import_pdf(db, data, "rempli.pdf", now=NOW)
        assert outcome.stored, outcome.message


def test_an_anonymised_person_keeps_no_contact_after_the_fact(db: Database, world: World) -> None:
    """Anonymised after the questionnaire went: no reminder either."""
    found = rows(db)
    forms_store.mark_sent(db, [r.response_id for r in found], NOW)
    change_person(db, world, "Martin", anonymised_at=NOW)
    martin = by_name(rows(db, NOW + timedelta(days=15)), "Martin")
    assert (martin.state, martin.next_kind, martin.reason) == (
        FollowupState.TO_REMIND, "", "pas de relance : données anonymisées")
    with db.session() as s:
        assert s.scalar(select(Participant.anonymised_at).where(Participant.last_name == "Martin"))


def test_status_text_says_an_interruption(db: Database, world: World) -> None:
    row = by_name(rows(db), "Martin")
    flagged = replace(row, interrupted=True, state=FollowupState.SENT)
    assert flagged.status_text == "Envoyé — envoi interrompu — vérifiez votre boîte d'envoi"
