"""The quality registers of the demonstration year, kept as a small certified association keeps them.

Two complaints (one answered and closed, with the improvement action it led to; a recent one
acknowledged and still being handled), a short improvement plan, a watch log of each kind, the
disability network and referent, the trainers' own training and their CVs. Everything goes
through the registers' services, dated from the year's sessions and never after today; only what
depends on today differs from one day to the next.

One gap is left on purpose, a usual one at a first audit: the external trainer's last training is
more than two years old, so the Audit page shows a red item among the green ones.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from formation.core.enums import RegistrationStatus, SessionKind, SessionStatus
from formation.core.errors import FormationError
from formation.documents.facts import Facts
from formation.services import organisation, people, registers, registers_environment
from formation.services.issuing_register import issue
from formation.services.issuing_rules import IssuingRefused
from formation.services.registers import (
    ComplaintData,
    ComplaintSource,
    ImprovementData,
    ImprovementOrigin,
    WatchKind,
)
from formation.services.registers_attachments import attach_bytes
from formation.services.registers_environment import PartnerData, TrainerTrainingData, WatchData
from formation.services.registrations import list_registrations
from formation.services.sessions import SessionRow, list_sessions
from formation.storage.database import Database

REFERENT = "Nadia Haddad, chargée d'accueil et de formation"
REFERENT_CONTACT = "referent.handicap@exemple.org — 03 53 01 20 24"


class Watch(NamedTuple):
    months: int  # months after the start of the year (negative: the year before)
    day: int
    kind: WatchKind
    source: str
    summary: str
    action: str


WATCH = (
    Watch(-2, 14, WatchKind.LEGAL, "Ministère du Travail — travail-emploi.gouv.fr",
          "Relecture du guide de lecture du référentiel national qualité (Qualiopi), en "
          "particulier des indicateurs 4, 11 et 30.",
          "Grille d'analyse des besoins revue ; relance systématique des questionnaires à froid."),
    Watch(-1, 9, WatchKind.PEDAGOGY, "Journée régionale des formateur·rices de la vie associative",
          "Atelier sur les méthodes actives avec des adultes : ancrage en fin de demi-journée, "
          "études de cas apportées par les participant·es.",
          "Un exercice d'ancrage ajouté à la fin de chaque journée de formation."),
    Watch(1, 20, WatchKind.JOBS, "Recherches & Solidarités — panorama de l'emploi associatif "
                                 "dans les Hauts-de-France",
          "Emploi associatif stable dans la région, forte part de petits employeurs (moins de "
          "10 salarié·es) et difficultés de recrutement dans l'animation.",
          "Exemples régionaux ajoutés à la formation « La fonction d'employeur associatif »."),
    Watch(3, 11, WatchKind.LEGAL, "Lettre d'information juridique de l'OPCO Uniformation",
          "Rappel des règles de prise en charge des actions de formation des structures de moins "
          "de 50 salarié·es et des pièces demandées (certificat de réalisation).",
          "Envoi des certificats de réalisation aux employeurs dès la fin de la session."),
    Watch(5, 4, WatchKind.PEDAGOGY, "Webinaire du réseau des points d'appui à la vie associative",
          "Outils numériques simples pour les questionnaires (PDF remplissables, formulaires "
          "en ligne) et taux de réponse à froid.",
          "Questionnaires de suivi envoyés en PDF remplissable, avec une relance après deux "
          "semaines."),
    Watch(8, 17, WatchKind.JOBS, "Le Mouvement associatif Hauts-de-France — rencontre annuelle",
          "Besoins exprimés par les dirigeant·es bénévoles : trésorerie, renouvellement des "
          "instances, évaluation des actions.",
          "Nouvelle session de « La démarche d'évaluation » programmée à l'automne."),
)

PARTNERS = (
    PartnerData("Cap emploi Nord", "Cap emploi", "Conseillère référente formation — "
                "03 53 01 20 40", "Conseil sur l'aménagement d'une formation et le financement de "
                "compensations pour les salarié·es et demandeur·ses d'emploi handicapé·es."),
    PartnerData("Agefiph Hauts-de-France", "Agefiph", "Délégation régionale — 03 53 01 20 41",
                "Ressource Handicap Formation : appui pour adapter une action de formation."),
    PartnerData("MDPH du Nord", "MDPH", "Accueil — 03 53 01 20 42",
                "Orientation des personnes qui n'ont pas encore de reconnaissance."),
)


class Training(NamedTuple):
    trainer: str  # last name, as in formation.services.demo.TRAINERS
    months: int
    day: int
    title: str
    provider: str
    hours: int


TRAININGS = (
    Training("Desrousseaux", -4, 7, "Actualité du droit social dans les associations",
             "Uniformation — cycle des employeurs de l'ESS", 7),
    Training("Desrousseaux", 2, 23, "Animer une formation : les méthodes actives",
             "Réseau régional des formateur·rices associatif·ves", 14),
    Training("Mabille", -3, 15, "Évaluer l'utilité sociale d'un projet",
             "Avise — programme d'appui aux accompagnateurs", 14),
    Training("Mabille", 4, 12, "Concevoir des supports accessibles (facile à lire et à comprendre)",
             "Ressource Handicap Formation Hauts-de-France", 7),
    # The external trainer's last training is older than two years: the gap left on purpose.
    Training("Hennebelle", -30, 14, "Les comptes annuels des associations (règlement ANC 2018-06)",
             "Ordre des experts-comptables Hauts-de-France", 7),
)


@dataclass(frozen=True)
class _Year:
    year: int
    today: date
    ended: list[SessionRow]

    def on(self, months: int, day: int) -> date:
        index = self.year * 12 + months
        return date(index // 12, index % 12 + 1, day)

    def past(self, day: date | None) -> date | None:
        """The date, if it is not after today."""
        return day if day is not None and day <= self.today else None


def keep_registers(db: Database, year: int, today: date) -> None:
    ended = [row for row in list_sessions(db) if row.status is SessionStatus.COMPLETED
             and row.end_date < today]
    ended.sort(key=lambda row: (row.end_date, row.code))
    when = _Year(year, today, ended)
    _referent(db)
    _environment(db, when)
    _complaints_and_actions(db, when)
    _trainers(db, when)
    _certificates(db, when)


def _referent(db: Database) -> None:
    data = organisation.get_organisation(db)
    if data.disability_referent.strip():
        return  # the organisation's own referent is kept
    data.disability_referent, data.disability_referent_contact = REFERENT, REFERENT_CONTACT
    try:
        organisation.save_organisation(db, data)
    except FormationError:
        pass  # an organisation whose own details do not pass the checks is left as it is


def _environment(db: Database, when: _Year) -> None:
    for entry in WATCH:
        on = when.past(when.on(entry.months, entry.day))
        if on is not None:
            registers_environment.save_watch(db, WatchData(on, entry.kind, entry.source,
                                                           entry.summary, entry.action),
                                             when.today)
    for partner in PARTNERS:
        registers_environment.save_partner(db, PartnerData(partner.name, partner.kind,
                                                           partner.contact, partner.notes))


def _complaints_and_actions(db: Database, when: _Year) -> None:
    closed = _closed_complaint(db, when)
    _open_complaint(db, when, closed)
    _actions(db, when)


def _closed_complaint(db: Database, when: _Year) -> SessionRow | None:
    """A participant complained of the room; the answer and the action it led to are noted."""
    session = next((row for row in when.ended if row.kind is SessionKind.INTER), None)
    if session is None or session.end_date + timedelta(days=4) > when.today:
        return None
    received = session.end_date + timedelta(days=4)
    answered = when.past(received + timedelta(days=9))
    complaint = registers.save_complaint(db, ComplaintData(
        received_on=received, source=ComplaintSource.PARTICIPANT, session_id=session.id,
        description="Une participante signale une salle trop petite et mal chauffée pour un "
                    "groupe de dix : difficile de rester concentré·e l'après-midi.",
        acknowledged_on=when.past(received + timedelta(days=2)),
        answer="Excuses présentées par écrit. La salle a été changée pour les sessions suivantes "
               "et le partenaire qui la prête a été prévenu." if answered else "",
        answered_on=answered, closed_on=when.past(received + timedelta(days=30))), when.today)
    if answered is not None:
        done = when.past(answered + timedelta(days=21))
        registers.save_improvement(db, ImprovementData(
            created_on=answered, origin=ImprovementOrigin.COMPLAINT, complaint_id=complaint,
            session_id=session.id, description="Visiter chaque salle partenaire avant la première "
            "session (capacité, chauffage, accessibilité) et tenir une fiche par lieu.",
            owner="Hélène Vercruysse", due_on=answered + timedelta(days=45), done_on=done,
            outcome="Fiches des huit lieux de formation faites ; une salle retirée de la liste."
            if done else ""), when.today)
    return session


def _open_complaint(db: Database, when: _Year, closed: SessionRow | None) -> None:
    """A recent complaint, acknowledged, still being handled."""
    session = next((row for row in reversed(when.ended) if row is not closed
                    and row.end_date + timedelta(days=5) <= when.today), None)
    if session is None:
        return
    received = session.end_date + timedelta(days=3)
    registers.save_complaint(db, ComplaintData(
        received_on=received, source=ComplaintSource.PARTICIPANT, session_id=session.id,
        description="Un participant n'a pas reçu les modèles de documents promis en fin de "
                    "formation (clé USB oubliée) et demande un envoi par courriel.",
        acknowledged_on=received + timedelta(days=2)), when.today)


def _actions(db: Database, when: _Year) -> None:
    """The plan: from the questionnaires, from a drop-out, and one still to do."""
    if len(when.ended) >= 2:
        created = when.ended[1].end_date + timedelta(days=10)
        if when.past(created):
            done = when.past(created + timedelta(days=30))
            registers.save_improvement(db, ImprovementData(
                created_on=created, origin=ImprovementOrigin.QUESTIONNAIRE,
                description="Envoyer les supports une semaine avant la formation, comme le "
                            "demandent plusieurs questionnaires de satisfaction.",
                owner="Claire Desrousseaux", due_on=created + timedelta(days=60), done_on=done,
                outcome="Supports envoyés avec la convocation depuis le printemps." if done
                else ""), when.today)
    dropped = _with_a_drop_out(db, when.ended)
    if dropped is not None and when.past(dropped.end_date + timedelta(days=7)):
        created = dropped.end_date + timedelta(days=7)
        done = when.past(created + timedelta(days=14))
        registers.save_improvement(db, ImprovementData(
            created_on=created, origin=ImprovementOrigin.DROPOUT, session_id=dropped.id,
            description="Appeler dans la semaine toute personne qui quitte une formation longue, "
                        "pour comprendre et proposer une suite (report, accompagnement).",
            owner="Julien Mabille", due_on=created + timedelta(days=30), done_on=done,
            outcome="Procédure écrite et ajoutée au livret des formateur·rices." if done else ""),
            when.today)
    created = max(when.today - timedelta(days=12), date(when.year, 1, 2))
    if created <= when.today:
        registers.save_improvement(db, ImprovementData(
            created_on=created, origin=ImprovementOrigin.AUDIT,
            description="Mettre à jour le livret d'accueil (règlement intérieur, accessibilité, "
                        "contact de la référente handicap) et le joindre à chaque convocation.",
            owner="Hélène Vercruysse", due_on=created + timedelta(days=60)), when.today)


def _with_a_drop_out(db: Database, sessions: Sequence[SessionRow]) -> SessionRow | None:
    for row in sessions:
        if any(r.status is RegistrationStatus.ABANDONED for r in list_registrations(db, row.id)):
            return row
    return None


def _trainers(db: Database, when: _Year) -> None:
    trainers = {t.last_name: t for t in people.list_trainers(db)}
    for training in TRAININGS:
        trainer = trainers.get(training.trainer)
        on = when.past(when.on(training.months, training.day))
        if trainer is not None and trainer.id is not None and on is not None:
            registers_environment.save_trainer_training(db, TrainerTrainingData(
                trainer.id, training.title, training.provider, on, training.hours * 60))
    for trainer in trainers.values():
        if trainer.id is not None and trainer.qualifications:
            name = f"{trainer.first_name} {trainer.last_name}"
            attach_bytes(db, "trainer", trainer.id, f"CV {name}.pdf",
                         curriculum(name, trainer.qualifications),
                         datetime.combine(when.on(-2, 1), time(10, 0)))


def curriculum(name: str, qualifications: str) -> bytes:
    """A one-page CV: the name and the qualifications noted on the trainer's card."""
    # Imported here: the commands that only read the demonstration need no PDF library.
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped, unused-ignore]
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped, unused-ignore]

    from formation.documents.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)  # the same bytes every time
    canvas.setTitle(f"CV — {name}")
    width, height = A4
    canvas.setFont(BOLD, 18)
    canvas.drawString(60, height - 80, name)
    canvas.setFont(REGULAR, 11)
    canvas.drawString(60, height - 104, "Curriculum vitæ — formateur·rice")
    y = height - 150
    for line in _wrap(qualifications, 85):
        canvas.drawString(60, y, line)
        y -= 16
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    """One sentence per line at least, cut at `width` characters."""
    return [line for sentence in text.replace(". ", ".\n").splitlines()
            for line in textwrap.wrap(sentence, width) or [""]]


def _certificates(db: Database, when: _Year) -> None:
    """The certificates of the first session over, issued the day after it ended. Only one
    session's: each PDF takes a few hundredths of a second to draw, and the demonstration must
    stay quick; the others show on the Audit page as documents still to issue."""
    session = when.ended[0] if when.ended else None
    issued_at = datetime.combine(session.end_date + timedelta(days=1), time(10, 0)) \
        if session is not None else None
    if session is None or issued_at is None or issued_at.date() >= when.today:
        return
    by = organisation.get_organisation(db).representative_name or "Formation"
    facts = Facts(db)
    for registration in list_registrations(db, session.id):
        if registration.status in (RegistrationStatus.COMPLETED, RegistrationStatus.ABANDONED):
            try:
                issue(db, "realisation", registration_id=registration.id, issued_by=by,
                      now=issued_at, facts=facts)
            except IssuingRefused:
                pass  # absent throughout: nothing to certify
