"""What goes into an audit folder: each file's place (criterion, indicator), description and maker.

The plan is made first (cheap: queries only), the bytes later, one file at a time, so that the
export can say how far it is and stop when asked. Each file lies in the folder of its first
indicator and is listed under each of its indicators. Sensitive data (specific needs) go only into
the confidential folder of indicator 10: questionnaires are printed without their confidential
questions, and the data tables leave them out.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from formation.core import frenchfmt
from formation.core.enums import RegistrationStatus
from formation.documents import audit_index, form_pdf, results_pdf, trainer_brief
from formation.documents.attendance_sheet import attendance_sheet_pdf
from formation.documents.filenames import person_part, slug
from formation.documents.issuer import Issuer
from formation.documents.kinds import KINDS
from formation.forms.model import FormKind, JsonValue, Template, fields_for
from formation.services import forms_results, issuing_register
from formation.services.forms_store import ResponseState, stored_template
from formation.services.readiness import CRITERIA, INDICATORS, Readiness
from formation.services.session_documents import SCANNED_SHEET
from formation.storage.database import Database
from formation.storage.models import (
    Attachment,
    Course,
    FormResponse,
    FormVersion,
    IssuedDocument,
    Participant,
    Registration,
    SessionDocument,
    Slot,
)
from formation.storage.models import Session as TrainingSession

DATA = "Données"
CONFIDENTIAL = "Confidentiel - besoins spécifiques"
#: Where each questionnaire's answered copies go: its indicators, the first one holding the files.
KIND_INDICATORS = {
    FormKind.NEEDS.value: (4,), FormKind.POSITIONING.value: (8,),
    FormKind.ASSESSMENT.value: (11, 8), FormKind.REVIEW.value: (11,),
    FormKind.SATISFACTION.value: (30,), FormKind.FOLLOWUP.value: (30, 11),
    FormKind.EMPLOYER.value: (30,), FormKind.TRAINER.value: (30, 18),
}
ISSUED_INDICATORS = {"convocation": (9,), "realisation": (11,), "fin": (11,), "assiduite": (11,),
                     "programme": (6,)}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


@dataclass(frozen=True)
class Entry:
    path: str
    indicators: tuple[int, ...]  # () for the data tables
    description: str
    make: Callable[[], bytes]
    confidential: bool = False


def folder(number: int) -> str:
    """'Critère 3 - Adaptation/Indicateur 11 - Évaluation des acquis'"""
    indicator = INDICATORS[number]
    return f"{CRITERIA[indicator.criterion].folder}/{indicator.folder}"


def safe(name: str) -> str:
    """A file or folder name every system accepts: no / : * ? " < > |, no trailing dot."""
    return _UNSAFE.sub("-", name).strip().rstrip(". ") or "sans-nom"


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """UTF-8 with a BOM and `;` between columns: French Excel opens it as it is."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[_cell(value) for value in row] for row in rows])
    return buffer.getvalue().encode("utf-8-sig")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Oui" if value else "Non"
    if isinstance(value, datetime):
        return f"{frenchfmt.short_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return frenchfmt.short_date(value)
    if isinstance(value, time):
        return frenchfmt.clock(value)
    if isinstance(value, list):
        return " ; ".join(str(v) for v in value)
    return str(value)


def _when(moment: datetime | None) -> str:
    return frenchfmt.short_date(moment.date()) if moment else ""


class Planner:
    """Gathers the entries of one export; `plan()` gives them sorted by path."""

    def __init__(self, db: Database, readiness: Readiness, issuer: Issuer) -> None:
        self.db, self.readiness, self.issuer = db, readiness, issuer
        self.made = readiness.selection.today
        self.printed = datetime.combine(self.made, time(0, 0))
        self.sessions = {s.session_id: s for s in readiness.sessions}
        self.ids = list(self.sessions)
        self.entries: dict[str, Entry] = {}

    def add(self, path: str, indicators: tuple[int, ...], description: str,
            make: Callable[[], bytes], *, confidential: bool = False) -> None:
        stem, dot, suffix = path.rpartition(".")
        candidate, n = path, 1
        while candidate in self.entries:
            n += 1
            candidate = f"{stem} ({n}).{suffix}" if dot else f"{path} ({n})"
        self.entries[candidate] = Entry(candidate, indicators, description, make, confidential)

    def code(self, session_id: int) -> str:
        return safe(self.sessions[session_id].code)

    def plan(self) -> list[Entry]:
        from formation.services import audit_registers

        self.catalogue()
        self.results()
        self.followups()
        self.responses()
        self.issued()
        self.attendance()
        self.confidential()
        self.means()
        audit_registers.add_registers(self)
        self.data_tables()
        return [self.entries[path] for path in sorted(self.entries)]

    # --- the courses (1, 5, 6, 19) and the results (2) ---------------------------------------------

    def catalogue(self) -> None:
        with self.db.session() as s:
            courses = s.scalars(select(Course).join(TrainingSession)
                                .where(TrainingSession.id.in_(self.ids)).distinct()
                                .options(selectinload(Course.objectives))
                                .order_by(Course.title, Course.code)).all()
            items = [audit_index.CatalogueCourse(c.code, c.title, (
                ("Public visé", c.target_public), ("Prérequis", c.prerequisites or "Aucun"),
                ("Durée", frenchfmt.hours(c.duration_minutes)), ("Modalité", c.modality.label),
                ("Méthodes", c.methods), ("Évaluation", c.assessment_methods),
                ("Accessibilité", c.accessibility), ("Tarif", frenchfmt.euros(c.price_cents))),
                tuple(o.text for o in c.objectives), c.programme) for c in courses]
        scope = self.readiness.selection.label
        self.add(f"{folder(1)}/Catalogue des formations.pdf", (1, 5, 6, 19),
                 f"Les {len(items)} formation(s) du périmètre : objectifs, programme, public, "
                 "durée, méthodes, évaluation, accessibilité",
                 lambda: audit_index.catalogue_pdf(items, self.issuer, self.made, scope))

    def results(self) -> None:
        def make() -> bytes:
            rows = []
            for session in self.readiness.sessions:
                result = forms_results.session_results(self.db, session.session_id)
                rate = result.rate_of(FormKind.SATISFACTION)
                with self.db.session() as s:
                    statuses = list(s.scalars(select(Registration.status).where(
                        Registration.session_id == session.session_id)))
                completed = statuses.count(RegistrationStatus.COMPLETED)
                abandoned = statuses.count(RegistrationStatus.ABANDONED)
                rows.append([session.code, session.course_title, session.dates,
                             completed + abandoned, completed, abandoned,
                             rate.prepared if rate else 0, rate.answered if rate else 0,
                             results_pdf.number(result.appreciation.satisfied_rate)])
            return csv_bytes(["Session", "Formation", "Dates", "Participant·es", "Terminé",
                              "Abandon", "Questionnaires de satisfaction", "Réponses",
                              "Satisfaits (%)"], rows)

        self.add(f"{folder(2)}/Résultats par session.csv", (2,),
                 "Par session : achèvement, abandons, réponses et taux de satisfaction", make)

    def followups(self) -> None:
        """The cold follow-up of the sessions: each questionnaire with its sending and reminder
        (indicator 30 asks for reminders), and the response rates per session."""
        from formation.services import followups, mail

        now = datetime.combine(self.made, time(12, 0))
        rows = [r for r in followups.overview(self.db, now, mail.get_settings(self.db).reminder_days)
                if r.session_id in self.sessions]
        table = [[r.session_code, r.course_title, r.person, r.respondent.label, r.recipient_name,
                  r.due_on, r.sent_at, r.reminded_at, r.answered_at, r.status_text] for r in rows]
        rates = [[rate.label, rate.asked, rate.answered, results_pdf.number(
            None if rate.percent is None else float(rate.percent)), rate.employers_asked,
            rate.employers_answered, results_pdf.number(None if rate.employers_percent is None
                                                       else float(rate.employers_percent))]
                 for rate in followups.rates(rows, followups.BY_SESSION)]
        if not table:
            return
        self.add(f"{folder(30)}/Suivi à froid - envois et relances.csv", (30, 11),
                 f"Les {len(table)} questionnaire(s) de suivi à trois mois (participant·es et "
                 "employeurs) : échéance, envoi, relance, réponse",
                 partial(csv_bytes, ["Session", "Formation", "Participant·e", "Répondant",
                                     "Destinataire", "Échéance", "Envoyé le", "Relancé le",
                                     "Répondu le", "État"], table))
        self.add(f"{folder(30)}/Suivi à froid - taux de réponse.csv", (30, 2),
                 "Taux de réponse au suivi à trois mois, par session (participant·es, employeurs)",
                 partial(csv_bytes, ["Session", "Envoyés", "Réponses", "Taux (%)",
                                     "Employeurs interrogés", "Réponses d'employeurs",
                                     "Taux employeurs (%)"], rates))

    # --- questionnaires and grids (4, 8, 11, 30) ------------------------------------------------

    def responses(self) -> None:
        query = (select(FormResponse.id, FormResponse.session_id, FormResponse.status,
                        FormResponse.answered_at, FormResponse.respondent_name, FormVersion.kind,
                        FormVersion.key, FormVersion.title, Participant.last_name,
                        Participant.first_name)
                 .join(FormVersion, FormVersion.id == FormResponse.form_version_id)
                 .outerjoin(Registration, Registration.id == FormResponse.registration_id)
                 .outerjoin(Participant, Participant.id == Registration.participant_id)
                 .where(FormResponse.session_id.in_(self.ids),
                        FormResponse.status == ResponseState.ANSWERED.value)
                 .order_by(FormResponse.id))
        with self.db.session() as s:
            rows = s.execute(query).all()
        for row in rows:
            indicators = KIND_INDICATORS.get(row.kind, (30,))
            who = person_part(row.last_name, row.first_name) if row.last_name is not None \
                else "-".join(w.capitalize() for w in slug(row.respondent_name).split("-") if w) \
                or "formateur"
            name = f"{who}_{row.key.replace('_', '-')}.pdf"
            shown = f"{(row.last_name or '').upper()} {row.first_name or ''}".strip() \
                or row.respondent_name or "formateur·rice"
            self.add(f"{folder(indicators[0])}/{self.code(row.session_id)}/{name}", indicators,
                     f"{row.title} — {shown}, rempli le {_when(row.answered_at)}",
                     partial(questionnaire_pdf, self.db, row.id))
        for session in self.readiness.sessions:
            def synthesis(sid: int = session.session_id) -> bytes:
                return results_pdf.render(forms_results.session_results(self.db, sid), self.issuer,
                                          self.made)

            kinds = {row.kind for row in rows if row.session_id == session.session_id}
            if kinds & {FormKind.SATISFACTION.value, FormKind.ASSESSMENT.value}:
                self.add(f"{folder(30)}/{self.code(session.session_id)}/Synthèse des résultats.pdf",
                         (30, 11, 2), "Synthèse de la satisfaction à chaud et des acquis par "
                         "objectif, avec graphiques", synthesis)

    # --- issued documents (9, 11) -----------------------------------------------------------------

    def issued(self) -> None:
        query = (select(IssuedDocument.id, IssuedDocument.kind, IssuedDocument.session_id,
                        IssuedDocument.filename, IssuedDocument.recipient, IssuedDocument.year,
                        IssuedDocument.number, IssuedDocument.version, IssuedDocument.issued_at,
                        IssuedDocument.issued_by, IssuedDocument.sha256,
                        IssuedDocument.verification_code, IssuedDocument.format)
                 .where(IssuedDocument.session_id.in_(self.ids))
                 .order_by(IssuedDocument.kind, IssuedDocument.year, IssuedDocument.number,
                           IssuedDocument.version, IssuedDocument.format))
        with self.db.session() as s:
            rows = s.execute(query).all()
        register: list[list[object]] = []
        for row in rows:
            spec = KINDS.get(row.kind)
            reference = f"{spec.prefix if spec else row.kind.upper()}-{row.year}-{row.number:04d}"
            if row.version > 1:
                reference += f" (version {row.version})"
            label = spec.label if spec else row.kind
            indicators = ISSUED_INDICATORS.get(row.kind)
            path = ""
            if indicators is not None and row.session_id is not None:
                path = f"{folder(indicators[0])}/{self.code(row.session_id)}/{safe(row.filename)}"
                self.add(path, indicators, f"{label} {reference} — {row.recipient} (copie exacte "
                         "du document émis)", partial(issuing_register.show, self.db, row.id))
            code = self.sessions[row.session_id].code if row.session_id in self.sessions else ""
            register.append([reference, label, row.format.upper(), row.recipient, code,
                             row.issued_at, row.issued_by, row.verification_code, row.sha256])
        header = ["Numéro", "Document", "Format", "Destinataire", "Session", "Émis le", "Émis par",
                  "Code de vérification", "Empreinte SHA-256"]
        self.add(f"{folder(11)}/Registre des documents émis.csv", (11, 9),
                 f"Le registre des {len(register)} document(s) émis pour ces sessions : numéro, "
                 "destinataire, date, empreinte du fichier", lambda: csv_bytes(header, register))

    # --- attendance (10, 12) and the confidential folder ------------------------------------------

    def attendance(self) -> None:
        with self.db.session() as s:
            held = set(s.scalars(select(Slot.session_id).where(
                Slot.session_id.in_(self.ids), Slot.day < self.made)))
            scans = s.execute(select(SessionDocument.id, SessionDocument.session_id,
                                     SessionDocument.filename)
                              .where(SessionDocument.session_id.in_(self.ids),
                                     SessionDocument.kind == SCANNED_SHEET)
                              .order_by(SessionDocument.added_at, SessionDocument.id)).all()
        for session in self.readiness.sessions:
            more = (12,) if session.long else ()
            if session.session_id in held:
                self.add(f"{folder(10)}/{self.code(session.session_id)}/Feuille d'émargement.pdf",
                         (10, *more), "Feuille d'émargement remplie : présences, horaires et "
                         "signatures par demi-journée, signature du formateur·rice",
                         partial(attendance_sheet_pdf, self.db, session.session_id, blank=False,
                                 now=self.printed))
        for scan_id, session_id, filename in scans:
            more = (12,) if self.sessions[session_id].long else ()
            self.add(f"{folder(10)}/{self.code(session_id)}/{safe(filename)}", (10, *more),
                     "Feuille d'émargement signée, scannée (copie exacte)",
                     partial(self._scan, scan_id))

    def _scan(self, document_id: int) -> bytes:
        with self.db.session() as s:
            document = s.get(SessionDocument, document_id)
            return document.content if document is not None else b""

    def confidential(self) -> None:
        rows: list[list[object]] = []
        for session in self.readiness.sessions:
            brief = trainer_brief.gather(self.db, session.session_id, self.made)
            if not brief.with_needs:
                continue
            for person in brief.with_needs:
                rows.append([session.code, session.course_title, person.name,
                             " ; ".join(person.specific_needs), person.grid])
            self.add(f"{folder(10)}/{CONFIDENTIAL}/{self.code(session.session_id)} - Fiche "
                     "formateur.pdf", (10, 26),
                     f"Fiche formateur de la session {session.code} : le groupe, ses attentes et "
                     "ses besoins spécifiques (confidentiel)",
                     partial(trainer_brief.render, brief), confidential=True)
        if rows:
            self.add(f"{folder(10)}/{CONFIDENTIAL}/Besoins spécifiques et adaptations.csv",
                     (10, 26), f"Les {len(rows)} personne(s) ayant signalé un besoin spécifique, "
                     "le besoin et l'état de leur grille d'analyse (confidentiel)",
                     lambda: csv_bytes(["Session", "Formation", "Participant·e",
                                        "Besoins spécifiques", "Grille d'analyse des besoins"],
                                       rows), confidential=True)

    # --- means (12, 17) ------------------------------------------------------------------------------

    def means(self) -> None:
        with self.db.session() as s:
            sessions = s.scalars(select(TrainingSession).where(TrainingSession.id.in_(self.ids))
                                 .options(selectinload(TrainingSession.trainers),
                                          selectinload(TrainingSession.registrations)
                                          .selectinload(Registration.participant),
                                          selectinload(TrainingSession.course))
                                 .order_by(TrainingSession.start_date, TrainingSession.code)).all()
            means = [[x.code, x.course.title, frenchfmt.date_range(x.start_date, x.end_date),
                      x.place, x.address, ", ".join(t.full_name for t in x.trainers), x.capacity,
                      sum(r.status.takes_a_seat for r in x.registrations)] for x in sessions]
            long = {r.session_id for r in self.readiness.sessions if r.long}
            dropouts = [[x.code, x.course.title, f"{r.participant.last_name.upper()} "
                         f"{r.participant.first_name}", r.status_changed_on, r.status_reason]
                        for x in sessions if x.id in long for r in sorted(
                            x.registrations, key=lambda r: (r.participant.last_name, r.id))
                        if r.status is RegistrationStatus.ABANDONED]
        self.add(f"{folder(17)}/Sessions - lieux, formateurs et effectifs.csv", (17, 18),
                 "Par session : lieu, adresse, formateur·rices, places et inscrit·es",
                 lambda: csv_bytes(["Session", "Formation", "Dates", "Lieu", "Adresse",
                                    "Formateur·rices", "Places", "Inscrit·es"], means))
        if long:
            self.add(f"{folder(12)}/Abandons des formations longues.csv", (12,),
                     f"Les {len(dropouts)} abandon(s) des sessions de plus de deux jours, avec "
                     "leur date et leur motif",
                     lambda: csv_bytes(["Session", "Formation", "Participant·e", "Date",
                                        "Motif et suivi"], dropouts))

    # --- the data tables (no specific needs) -----------------------------------------------------------

    def data_tables(self) -> None:
        from formation.services import audit_data

        self.add(f"{DATA}/sessions.csv", (), "Les sessions : dates, lieu, formateur·rices, durée",
                 lambda: audit_data.sessions_csv(self.db, self.ids))
        self.add(f"{DATA}/inscriptions.csv", (), "Les inscriptions : statut, structure, "
                 "financement, heures suivies (sans coordonnées ni besoins spécifiques)",
                 lambda: audit_data.registrations_csv(self.db, self.ids))
        self.add(f"{DATA}/emargement.csv", (), "Chaque présence par demi-journée : statut, "
                 "heures, signature horodatée, signature du formateur·rice",
                 lambda: audit_data.attendance_csv(self.db, self.ids))
        self.add(f"{DATA}/reponses.csv", (), "Les réponses aux questionnaires et grilles, une "
                 "ligne par réponse (sans les questions confidentielles)",
                 lambda: audit_data.answers_csv(self.db, self.ids))

    def attachments(self, owner_table: str, owner_ids: dict[int, str], indicators: tuple[int, ...],
                    subfolder: str, what: str) -> None:
        """The files kept with register rows, under `subfolder` of the first indicator's folder."""
        with self.db.session() as s:
            rows = s.execute(select(Attachment.id, Attachment.owner_id, Attachment.filename)
                             .where(Attachment.owner_table == owner_table)
                             .order_by(Attachment.owner_id, Attachment.id)).all()
        for attachment_id, owner_id, filename in rows:
            if owner_id not in owner_ids:
                continue
            self.add(f"{folder(indicators[0])}/{subfolder}/{safe(owner_ids[owner_id])} - "
                     f"{safe(filename)}", indicators, f"{what} : {owner_ids[owner_id]}",
                     partial(_attachment, self.db, attachment_id))


def _attachment(db: Database, attachment_id: int) -> bytes:
    with db.session() as s:
        row = s.get(Attachment, attachment_id)
        return row.content if row is not None else b""


def questionnaire_pdf(db: Database, response_id: int) -> bytes:
    """The answered questionnaire as a PDF to read (answers printed, no form field), without
    its confidential questions."""
    facts = form_pdf.gather(db, response_id)
    response = facts.response
    template = without_sensitive(response.template)
    kept = {field.id for field in fields_for(template, response.objectives)}
    answers = {key: value for key, value in response.answers.items() if key in kept}
    return form_pdf.render(replace(facts, response=replace(response, template=template,
                                                           answers=answers)), flat=True)


REMOVED = (f"Questions confidentielles retirées de cette copie : leurs réponses sont dans le "
           f"dossier « {CONFIDENTIAL} » de l'indicateur 10.")


def without_sensitive(template: Template) -> Template:
    """The template without its sensitive questions; their section says where they went."""
    sections = []
    for section in template.sections:
        questions = tuple(q for q in section.questions if not q.sensitive)
        if len(questions) < len(section.questions):
            section = replace(section, questions=questions, introduction=REMOVED)
        sections.append(section)
    return replace(template, sections=tuple(sections))


def answer_text(value: JsonValue | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Oui" if value else "Non"
    if isinstance(value, list):
        return " ; ".join(value)
    return str(value)


def stored(version: FormVersion) -> Template | None:
    try:
        return stored_template(version)
    except Exception:  # noqa: BLE001 (an unreadable template: its answers are listed raw)
        return None
