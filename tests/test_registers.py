"""The quality registers: complaints, improvement actions, trainers' training, watch, partners, their
files, and the gaps an auditor would find."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from formation.core.errors import FormationError, NotFoundError, ValidationError
from formation.services import catalogue, deletion, organisation, people, sessions
from formation.services import registers as reg
from formation.services import registers_attachments as files
from formation.services import registers_environment as env
from formation.services.registers import (
    ActionStatus,
    ComplaintData,
    ComplaintSource,
    ComplaintStatus,
    ImprovementData,
    ImprovementOrigin,
    WatchKind,
)
from formation.storage.database import Database
from formation.storage.models import Attachment

TODAY = date(2026, 6, 15)


def refused(call: object, *args: object, **kwargs: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as error:
        call(*args, **kwargs)  # type: ignore[operator]
    return error.value.fields


def a_session(db: Database) -> int:
    course = catalogue.save_course(db, catalogue.CourseData(
        code="GEST", title="La gestion financière associative", duration_minutes=420))
    return sessions.save_session(db, sessions.new_session_for(db, course, date(2026, 3, 12)))


def a_trainer(db: Database, first: str = "Claire", last: str = "Martin") -> int:
    return people.save_trainer(db, people.TrainerData(first_name=first, last_name=last))


def a_complaint(db: Database, received: date = date(2026, 6, 1), **fields: object) -> int:
    return reg.save_complaint(db, ComplaintData(received_on=received, description="Salle trop "
                                                "froide le deuxième jour", **fields), today=TODAY)


def a_file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


# --- complaints ---------------------------------------------------------------------------------

def test_a_complaint_needs_its_date_and_description(db: Database) -> None:
    problems = refused(reg.save_complaint, db, ComplaintData(), today=TODAY)
    assert problems == {"received_on": "La date de réception est obligatoire.",
                        "description": "La description de la réclamation est obligatoire."}
    assert reg.list_complaints(db, TODAY) == []


def test_a_complaint_cannot_be_received_in_the_future(db: Database) -> None:
    problems = refused(a_complaint, db, date(2026, 6, 16))
    assert problems == {"received_on": "Cette date n'est pas encore arrivée : indiquez le jour où "
                                       "cela a eu lieu."}


def test_the_dates_of_a_complaint_follow_each_other(db: Database) -> None:
    data = ComplaintData(received_on=date(2026, 6, 10), description="Retard du formateur",
                         acknowledged_on=date(2026, 6, 9), answer="Excuses et rattrapage",
                         answered_on=date(2026, 6, 8), closed_on=date(2026, 6, 7))
    problems = refused(reg.save_complaint, db, data, today=TODAY)
    assert problems == {
        "acknowledged_on": "L'accusé de réception ne peut pas précéder la réception du 10/06/2026.",
        "answered_on": "La réponse ne peut pas précéder la réception du 10/06/2026.",
        "closed_on": "La clôture ne peut pas précéder la réception du 10/06/2026.",
    }
    data.acknowledged_on, data.answered_on = date(2026, 6, 12), date(2026, 6, 11)
    data.closed_on = date(2026, 6, 13)
    assert refused(reg.save_complaint, db, data, today=TODAY) == {
        "answered_on": "La réponse ne peut pas précéder l'accusé de réception du 12/06/2026."}
    data.answered_on, data.closed_on = date(2026, 6, 12), date(2026, 6, 11)
    assert refused(reg.save_complaint, db, data, today=TODAY) == {
        "closed_on": "La clôture ne peut pas précéder la réponse du 12/06/2026."}
    data.closed_on = date(2026, 6, 12)  # the same day is fine
    assert reg.save_complaint(db, data, today=TODAY)


def test_an_answer_has_a_text_and_a_date_and_comes_before_closure(db: Database) -> None:
    base = {"received_on": date(2026, 6, 1), "description": "Support illisible"}
    assert refused(reg.save_complaint, db, ComplaintData(**base, answered_on=date(2026, 6, 3)),
                   today=TODAY) == {"answer": "Résumez la réponse apportée."}
    assert refused(reg.save_complaint, db, ComplaintData(**base, answer="Support réimprimé"),
                   today=TODAY) == {"answered_on": "Indiquez la date de la réponse."}
    assert refused(reg.save_complaint, db, ComplaintData(**base, closed_on=date(2026, 6, 3)),
                   today=TODAY) == {"closed_on": "Une réclamation se clôt une fois répondue : "
                                                 "indiquez d'abord la réponse et sa date."}


def test_the_status_follows_the_dates(db: Database) -> None:
    complaint = a_complaint(db, source=ComplaintSource.EMPLOYER)
    [row] = reg.list_complaints(db, TODAY)
    assert (row.status, row.source.label) == (ComplaintStatus.RECEIVED, "Employeur")
    data = reg.get_complaint(db, complaint)
    steps = [("acknowledged_on", date(2026, 6, 2), ComplaintStatus.ACKNOWLEDGED, "Accusé de "
              "réception envoyé"), ("answered_on", date(2026, 6, 5), ComplaintStatus.ANSWERED,
                                   "Répondue"), ("closed_on", date(2026, 6, 9),
                                                 ComplaintStatus.CLOSED, "Close")]
    for name, day, status, label in steps:
        setattr(data, name, day)
        if name == "answered_on":
            data.answer = "Chauffage réparé, salle changée pour la session suivante"
        reg.save_complaint(db, data, today=TODAY)
        [row] = reg.list_complaints(db, TODAY)
        assert (row.status, row.status.label) == (status, label)


def test_an_acknowledgement_is_overdue_after_seven_days(db: Database) -> None:
    complaint = a_complaint(db, date(2026, 6, 1))
    assert reg.ACKNOWLEDGEMENT_DAYS == 7
    assert not reg.list_complaints(db, date(2026, 6, 8))[0].overdue
    [row] = reg.list_complaints(db, date(2026, 6, 9))
    assert row.overdue and row.acknowledgement_due_on == date(2026, 6, 8)
    data = reg.get_complaint(db, complaint)
    data.answer, data.answered_on = "Réponse directe, qui vaut accusé", date(2026, 6, 10)
    reg.save_complaint(db, data, today=TODAY)
    assert not reg.list_complaints(db, TODAY)[0].overdue


def test_a_complaint_names_its_session_and_loses_it_when_the_session_goes(db: Database) -> None:
    session = a_session(db)
    complaint = a_complaint(db, session_id=session)
    [row] = reg.list_complaints(db, TODAY)
    assert row.session.startswith("GEST") and "La gestion financière associative" in row.session
    deleted = deletion.delete_with_undo(db, "session", session, "La session")
    assert reg.get_complaint(db, complaint).session_id is None
    deletion.undo(db, deleted)
    assert reg.get_complaint(db, complaint).session_id == session


def test_a_session_deleted_meanwhile_is_refused_on_its_field(db: Database) -> None:
    assert refused(a_complaint, db, session_id=999) == {
        "session_id": "Cette session n'existe plus : choisissez-en une autre."}


# --- improvement actions --------------------------------------------------------------------------

def test_an_action_needs_its_date_and_description_and_ordered_dates(db: Database) -> None:
    assert refused(reg.save_improvement, db, ImprovementData(), today=TODAY) == {
        "created_on": "La date de création est obligatoire.",
        "description": "La description de l'action est obligatoire."}
    data = ImprovementData(created_on=date(2026, 6, 10), description="Vérifier le chauffage",
                           due_on=date(2026, 6, 1), done_on=date(2026, 6, 5))
    assert refused(reg.save_improvement, db, data, today=TODAY) == {
        "due_on": "L'échéance ne peut pas précéder la création du 10/06/2026.",
        "done_on": "La réalisation ne peut pas précéder la création du 10/06/2026."}
    data.due_on, data.done_on = date(2026, 7, 1), date(2026, 6, 20)
    assert refused(reg.save_improvement, db, data, today=TODAY) == {
        "done_on": "Cette date n'est pas encore arrivée : indiquez le jour où cela a eu lieu."}


def test_the_status_of_an_action(db: Database) -> None:
    action = reg.save_improvement(db, ImprovementData(
        created_on=date(2026, 6, 1), origin=ImprovementOrigin.QUESTIONNAIRE,
        description="Envoyer les supports avant la session", owner="Awa", due_on=date(2026, 6, 30)),
        today=TODAY)
    assert reg.list_improvements(db, TODAY)[0].status is ActionStatus.TODO
    assert reg.list_improvements(db, date(2026, 6, 30))[0].status is ActionStatus.TODO
    late = reg.list_improvements(db, date(2026, 7, 1))[0]
    assert (late.status, late.status.label, late.origin.label) == (ActionStatus.LATE, "En retard",
                                                                    "Questionnaire")
    data = reg.get_improvement(db, action)
    data.done_on, data.outcome = date(2026, 6, 14), "Supports envoyés une semaine avant"
    reg.save_improvement(db, data, today=TODAY)
    assert reg.list_improvements(db, date(2026, 7, 1))[0].status is ActionStatus.DONE


def test_an_action_from_a_complaint_keeps_its_link_through_delete_and_undo(db: Database) -> None:
    session = a_session(db)
    complaint = a_complaint(db, session_id=session)
    data = reg.improvement_for_complaint(db, complaint, today=TODAY)
    assert (data.origin, data.complaint_id, data.session_id) == (
        ImprovementOrigin.COMPLAINT, complaint, session)
    data.description = "Contrôler la salle la veille"
    action = reg.save_improvement(db, data, today=TODAY)
    [row] = reg.list_improvements(db, TODAY)
    assert row.complaint == "Réclamation du 01/06/2026 — Salle trop froide le deuxième jour"
    deleted = files.delete_with_attachments(db, "complaint", complaint, "La réclamation")
    assert reg.get_improvement(db, action).complaint_id is None
    deletion.undo(db, deleted)
    assert reg.get_improvement(db, action).complaint_id == complaint
    assert reg.complaint_choices(db) == [(row.complaint, complaint)]


# --- trainers' training, watch, partners ---------------------------------------------------------

def test_a_trainers_training(db: Database) -> None:
    claire, paul = a_trainer(db), a_trainer(db, "Paul", "Durand")
    assert refused(env.save_trainer_training, db, env.TrainerTrainingData(duration_minutes=-60)) == {
        "trainer_id": "Choisissez le ou la formateur·rice.",
        "title": "L'intitulé de la formation suivie est obligatoire.",
        "on": "La date est obligatoire.",
        "duration_minutes": "La durée ne peut pas être négative."}
    env.save_trainer_training(db, env.TrainerTrainingData(claire, "Animer à distance", "Uniformation",
                                                          date(2025, 11, 4), 420))
    env.save_trainer_training(db, env.TrainerTrainingData(paul, "  Le  handicap en formation ",
                                                          on=date(2026, 2, 2)))
    [row] = env.list_trainer_trainings(db, claire)
    assert (row.trainer, row.title, row.provider, row.duration_minutes) == (
        "Claire MARTIN", "Animer à distance", "Uniformation", 420)
    assert [r.title for r in env.list_trainer_trainings(db)] == ["Le handicap en formation",
                                                                 "Animer à distance"]


def test_the_watch_log(db: Database) -> None:
    assert refused(env.save_watch, db, env.WatchData(), today=TODAY) == {
        "on": "La date est obligatoire.", "summary": "Le résumé est obligatoire."}
    entry = env.save_watch(db, env.WatchData(date(2026, 5, 2), WatchKind.PEDAGOGY, "Centre Inffo",
                                             "Classes virtuelles : bonnes pratiques",
                                             "Pauses toutes les 45 minutes à distance"), today=TODAY)
    assert env.get_watch(db, entry).kind is WatchKind.PEDAGOGY
    [row] = env.list_watch(db)
    assert (row.kind.label, row.source) == ("Pédagogique et technologique", "Centre Inffo")


def test_partners_and_lengths(db: Database) -> None:
    assert refused(env.save_partner, db, env.PartnerData(kind="x" * 61)) == {
        "name": "Le nom du partenaire est obligatoire.",
        "kind": "Ce champ compte au plus 60 caractères (il en a 61)."}
    env.save_partner(db, env.PartnerData("  Cap  emploi Nord ", "Cap emploi", "03 20 00 00 00"))
    env.save_partner(db, env.PartnerData("agefiph", "Agefiph"))
    assert [p.name for p in env.list_partners(db)] == ["agefiph", "Cap emploi Nord"]


# --- attachments ----------------------------------------------------------------------------------

def test_an_attachment_comes_back_with_identical_bytes(db: Database, tmp_path: Path) -> None:
    complaint = a_complaint(db)
    content = b"%PDF-1.7 courrier de r\xe9clamation" + bytes(range(256)) * 40
    letter = a_file(tmp_path, "courrier réclamation.pdf", content)
    attachment = files.attach(db, "complaint", complaint, letter, now=datetime(2026, 6, 2, 9, 30))
    letter.unlink()  # the copy in the file remains
    [row] = files.list_attachments(db, "complaint", complaint)
    assert (row.id, row.filename, row.media_type, row.size) == (
        attachment, "courrier réclamation.pdf", "application/pdf", len(content))
    assert row.sha256 == hashlib.sha256(content).hexdigest()
    opened = files.export_attachment(db, attachment, tmp_path / "ouverts")
    assert opened.read_bytes() == content and opened.name.endswith("courrier réclamation.pdf")
    assert reg.list_complaints(db, TODAY)[0].attachments == 1
    assert (files.size_label(row.size), files.size_label(3 * 1024 * 1024 + 200_000)) == (
        "10 ko", "3,2 Mo")


def test_what_cannot_be_attached(db: Database, tmp_path: Path) -> None:
    complaint = a_complaint(db)
    with pytest.raises(FormationError, match="est vide"):
        files.attach(db, "complaint", complaint, a_file(tmp_path, "vide.pdf", b""))
    with pytest.raises(FormationError, match="introuvable"):
        files.attach(db, "complaint", complaint, tmp_path / "absent.pdf")
    with pytest.raises(NotFoundError, match="La réclamation introuvable"):
        files.attach_bytes(db, "complaint", complaint + 1, "a.pdf", b"x")
    assert files.list_attachments(db, "complaint", complaint) == []


def test_a_damaged_copy_is_not_handed_out(db: Database, tmp_path: Path) -> None:
    complaint = a_complaint(db)
    attachment = files.attach_bytes(db, "complaint", complaint, "lettre.pdf", b"original")
    with db.begin() as s:
        s.execute(update(Attachment).values(content=b"changed"))
    with pytest.raises(FormationError, match="endommagée"):
        files.export_attachment(db, attachment, tmp_path)


def test_deleting_a_complaint_takes_its_files_and_undo_brings_them_back(db: Database) -> None:
    complaint, other = a_complaint(db), a_complaint(db, date(2026, 6, 3))
    files.attach_bytes(db, "complaint", complaint, "courrier.pdf", b"%PDF lettre")
    files.attach_bytes(db, "complaint", complaint, "reponse.eml", b"From: nous")
    files.attach_bytes(db, "complaint", other, "autre.pdf", b"%PDF autre")
    deleted = files.delete_with_attachments(db, "complaint", complaint, "La réclamation")
    assert [c.id for c in reg.list_complaints(db, TODAY)] == [other]
    assert files.list_attachments(db, "complaint", complaint) == []
    deletion.undo(db, deleted)
    assert [(a.filename, a.size) for a in files.list_attachments(db, "complaint", complaint)] == [
        ("courrier.pdf", 11), ("reponse.eml", 10)]
    assert len(files.list_attachments(db, "complaint", other)) == 1


def test_deleting_a_trainer_takes_the_cv_and_the_trainings_files(db: Database) -> None:
    trainer = a_trainer(db)
    training = env.save_trainer_training(db, env.TrainerTrainingData(
        trainer, "Animer à distance", on=date(2026, 1, 5)))
    files.attach_bytes(db, "trainer", trainer, "cv.pdf", b"%PDF cv")
    files.attach_bytes(db, "trainer_training", training, "attestation.pdf", b"%PDF att")
    deleted = files.delete_with_attachments(db, "trainer", trainer, "Claire")
    with db.session() as s:
        assert s.query(Attachment).count() == 0
    deletion.undo(db, deleted)
    assert [a.filename for a in files.list_attachments(db, "trainer", trainer)] == ["cv.pdf"]
    assert [r.attachments for r in env.list_trainer_trainings(db, trainer)] == [1]


def test_removing_one_file_can_be_undone(db: Database) -> None:
    partner = env.save_partner(db, env.PartnerData("Cap emploi Nord"))
    attachment = files.attach_bytes(db, "partner", partner, "convention.pdf", b"%PDF conv")
    deleted = files.remove_attachment(db, attachment)
    assert files.list_attachments(db, "partner", partner) == []
    deletion.undo(db, deleted)
    assert [a.id for a in files.list_attachments(db, "partner", partner)] == [attachment]


# --- gaps -----------------------------------------------------------------------------------------

def test_an_empty_file_has_every_gap(db: Database) -> None:
    assert reg.gaps(db, TODAY) == [
        "Aucun·e formateur·rice enregistré·e",
        "Registre de veille vide",
        "Aucun référent handicap renseigné",
        "Aucun partenaire du réseau handicap",
        "Registre des réclamations vide",
        "Plan d'amélioration vide",
    ]


def fill_everything(db: Database) -> int:
    trainer = a_trainer(db)
    files.attach_bytes(db, "trainer", trainer, "cv.pdf", b"%PDF cv")
    env.save_trainer_training(db, env.TrainerTrainingData(trainer, "Animer à distance",
                                                          on=date(2025, 1, 10)))
    for kind in WatchKind:
        env.save_watch(db, env.WatchData(date(2026, 1, 20), kind, summary="Lu et noté"), today=TODAY)
    data = organisation.get_organisation(db)
    data.name, data.disability_referent = "Ligue de l'enseignement", "Awa Diallo"
    data.disability_referent_contact = "handicap@exemple.fr"
    organisation.save_organisation(db, data)
    env.save_partner(db, env.PartnerData("Cap emploi Nord", "Cap emploi"))
    a_complaint(db, acknowledged_on=date(2026, 6, 2))
    reg.save_improvement(db, ImprovementData(created_on=date(2026, 6, 1), description="Chauffage",
                                             due_on=date(2026, 7, 1)), today=TODAY)
    return trainer


def test_no_gap_once_every_register_is_filled(db: Database) -> None:
    fill_everything(db)
    assert reg.gaps(db, TODAY) == []
    assert organisation.get_organisation(db).disability_referent_contact == "handicap@exemple.fr"


def test_gaps_that_come_with_time(db: Database) -> None:
    fill_everything(db)
    a_trainer(db, "Paul", "Durand")
    env.save_watch(db, env.WatchData(date(2026, 12, 1), WatchKind.LEGAL, summary="Décret"),
                   today=date(2026, 12, 1))
    assert reg.gaps(db, date(2027, 2, 1)) == [
        "Formateur·rice Paul DURAND : aucun CV joint",
        "Formateur·rice Paul DURAND : aucune formation suivie depuis 24 mois",
        "Formateur·rice Claire MARTIN : aucune formation suivie depuis 24 mois",
        "Veille métiers et compétences : rien d'enregistré depuis 12 mois",
        "Veille pédagogique et technologique : rien d'enregistré depuis 12 mois",
        "Action d'amélioration en retard (échéance le 01/07/2026) : Chauffage",
    ]
    assert reg.trainer_gaps(db, date(2027, 2, 1)) == {
        1: ["Formateur·rice Claire MARTIN : aucune formation suivie depuis 24 mois"],
        2: ["Formateur·rice Paul DURAND : aucun CV joint",
            "Formateur·rice Paul DURAND : aucune formation suivie depuis 24 mois"]}
    assert "Aucune veille enregistrée depuis 12 mois" in reg.gaps(db, date(2028, 2, 1))
    a_complaint(db, date(2026, 6, 3))
    assert reg.gaps(db, TODAY)[-1] == ("Réclamation reçue le 03/06/2026 : pas d'accusé de "
                                       "réception après 7 jours")
