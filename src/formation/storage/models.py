"""The tables of one organisation's file, as typed SQLAlchemy models.

Every change here needs an Alembic migration (tests/test_migrations.py checks both agree).
Enumerations are stored as short codes with a CHECK constraint; money in cents, durations in minutes.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from formation.core.enums import (
    Civility,
    Funding,
    Gender,
    LabelledEnum,
    Modality,
    Nature,
    ParticipantStatus,
    Presence,
    RegistrationStatus,
    SessionKind,
    SessionStatus,
    StructureKind,
    TrainerKind,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def code_of(enum: type[LabelledEnum], name: str) -> Enum:
    """A VARCHAR column holding an enumeration's codes, checked by the database."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def created_column() -> Mapped[datetime]:
    return mapped_column(DateTime, server_default=func.current_timestamp())


class Organisation(Base):
    """The training body itself: a single row (id 1)."""

    __tablename__ = "organisation"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    siret: Mapped[str] = mapped_column(String(14), default="")
    nda: Mapped[str] = mapped_column(String(11), default="")
    qualiopi_number: Mapped[str] = mapped_column(String(60), default="")
    qualiopi_date: Mapped[date | None] = mapped_column(Date)
    qualiopi_certifier: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    representative_name: Mapped[str] = mapped_column(String(120), default="")
    representative_title: Mapped[str] = mapped_column(String(120), default="")
    signature_town: Mapped[str] = mapped_column(String(100), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Qualiopi indicator 26: the person to whom disabled participants and their needs are referred.
    disability_referent: Mapped[str] = mapped_column(String(200), default="", server_default="")
    disability_referent_contact: Mapped[str] = mapped_column(String(200), default="",
                                                             server_default="")
    # Under this attendance rate, a participant is flagged on the home screen (indicator 12).
    alert_attendance_percent: Mapped[int] = mapped_column(Integer, default=80,
                                                          server_default="80")


class Course(Base):
    """An action de formation of the catalogue."""

    __tablename__ = "course"
    __table_args__ = (
        CheckConstraint("duration_minutes >= 0", name="duration_positive"),
        CheckConstraint("price_cents >= 0", name="price_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    programme: Mapped[str] = mapped_column(Text, default="")
    prerequisites: Mapped[str] = mapped_column(Text, default="")
    target_public: Mapped[str] = mapped_column(Text, default="")
    methods: Mapped[str] = mapped_column(Text, default="")
    assessment_methods: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    modality: Mapped[Modality] = mapped_column(code_of(Modality, "modality"),
                                               default=Modality.ONSITE)
    nature: Mapped[Nature] = mapped_column(code_of(Nature, "nature"), default=Nature.TRAINING)
    nsf_code: Mapped[str] = mapped_column(String(3), default="")
    price_cents: Mapped[int] = mapped_column(Integer, default=0)
    accessibility: Mapped[str] = mapped_column(Text, default="")
    # The cold follow-up questionnaire is due this many months after the session's last day.
    followup_delay_months: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    created_at: Mapped[datetime] = created_column()

    objectives: Mapped[list[CourseObjective]] = relationship(
        back_populates="course", order_by="CourseObjective.position",
        cascade="all, delete-orphan", passive_deletes=True)
    sessions: Mapped[list[Session]] = relationship(back_populates="course")


class CourseObjective(Base):
    """One pedagogical objective; the assessment grid has one row per objective, in order."""

    __tablename__ = "course_objective"
    __table_args__ = (UniqueConstraint("course_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    course: Mapped[Course] = relationship(back_populates="objectives")


class Structure(Base):
    """An employer, association, client or funder."""

    __tablename__ = "structure"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    siret: Mapped[str] = mapped_column(String(14), default="")
    kind: Mapped[StructureKind] = mapped_column(code_of(StructureKind, "structure_kind"),
                                                default=StructureKind.ASSOCIATION)
    address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(30), default="")
    created_at: Mapped[datetime] = created_column()


class Trainer(Base):
    __tablename__ = "trainer"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    kind: Mapped[TrainerKind] = mapped_column(code_of(TrainerKind, "trainer_kind"),
                                              default=TrainerKind.INTERNAL)
    qualifications: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = created_column()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


session_trainer = Table(
    "session_trainer",
    Base.metadata,
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), primary_key=True),
    Column("trainer_id", ForeignKey("trainer.id", ondelete="CASCADE"), primary_key=True),
)


class Session(Base):
    """A dated run of a course, split into half-day slots."""

    __tablename__ = "session"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="end_after_start"),
        CheckConstraint("capacity >= 0", name="capacity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="RESTRICT"))
    code: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[SessionKind] = mapped_column(code_of(SessionKind, "session_kind"),
                                              default=SessionKind.INTER)
    status: Mapped[SessionStatus] = mapped_column(code_of(SessionStatus, "session_status"),
                                                  default=SessionStatus.PLANNED)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    capacity: Mapped[int] = mapped_column(Integer, default=12)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("structure.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = created_column()

    course: Mapped[Course] = relationship(back_populates="sessions")
    client: Mapped[Structure | None] = relationship()
    trainers: Mapped[list[Trainer]] = relationship(secondary=session_trainer,
                                                   order_by="Trainer.last_name")
    slots: Mapped[list[Slot]] = relationship(
        back_populates="session", order_by="(Slot.day, Slot.start_time)",
        cascade="all, delete-orphan", passive_deletes=True)
    registrations: Mapped[list[Registration]] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True)


class Slot(Base):
    """A half-day of a session (demi-journée). No two slots of a session overlap (trigger)."""

    __tablename__ = "slot"
    __table_args__ = (
        CheckConstraint("end_time > start_time", name="end_after_start"),
        UniqueConstraint("session_id", "day", "start_time"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)

    session: Mapped[Session] = relationship(back_populates="slots")


class Participant(Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    civility: Mapped[Civility] = mapped_column(code_of(Civility, "civility"),
                                               default=Civility.NONE)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    gender: Mapped[Gender] = mapped_column(code_of(Gender, "gender"), default=Gender.OTHER)
    status: Mapped[ParticipantStatus] = mapped_column(
        code_of(ParticipantStatus, "participant_status"), default=ParticipantStatus.VOLUNTEER)
    structure_id: Mapped[int | None] = mapped_column(
        ForeignKey("structure.id", ondelete="SET NULL"))
    commune: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    # Disability adaptations: sensitive, shown only where they are needed.
    specific_needs: Mapped[str] = mapped_column(Text, default="")
    no_contact: Mapped[bool] = mapped_column(default=False, server_default="0")  # asked for no mail
    # A volunteer may also be a job seeker: the activity report and the BPF count both.
    job_seeker: Mapped[bool] = mapped_column(default=False, server_default="0")
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = created_column()

    structure: Mapped[Structure | None] = relationship()
    registrations: Mapped[list[Registration]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", passive_deletes=True)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Registration(Base):
    """A participant in a session (inscription)."""

    __tablename__ = "registration"
    __table_args__ = (
        UniqueConstraint("participant_id", "session_id"),
        CheckConstraint("amount_cents >= 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"))
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"))
    status: Mapped[RegistrationStatus] = mapped_column(
        code_of(RegistrationStatus, "registration_status"),
        default=RegistrationStatus.REGISTERED)
    registered_on: Mapped[date] = mapped_column(Date, default=date.today)
    status_changed_on: Mapped[date | None] = mapped_column(Date)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    funding: Mapped[Funding | None] = mapped_column(code_of(Funding, "funding"))
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = created_column()

    participant: Mapped[Participant] = relationship(back_populates="registrations")
    session: Mapped[Session] = relationship(back_populates="registrations")


class Attendance(Base):
    """One participant on one half-day: status, times, and their signature (émargement)."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("registration_id", "slot_id"),
        CheckConstraint("departure_time IS NULL OR arrival_time IS NULL "
                        "OR departure_time > arrival_time", name="departure_after_arrival"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"))
    slot_id: Mapped[int] = mapped_column(ForeignKey("slot.id", ondelete="CASCADE"))
    status: Mapped[Presence] = mapped_column(code_of(Presence, "presence"))
    arrival_time: Mapped[time | None] = mapped_column(Time)
    departure_time: Mapped[time | None] = mapped_column(Time)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)  # PNG as drawn
    signature_sha256: Mapped[str] = mapped_column(String(64), default="")
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    recorded_at: Mapped[datetime] = created_column()

    registration: Mapped[Registration] = relationship()
    slot: Mapped[Slot] = relationship()


class SlotSignoff(Base):
    """A trainer's signature of a half-day: from then on, the half-day is locked."""

    __tablename__ = "slot_signoff"
    __table_args__ = (UniqueConstraint("slot_id", "trainer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("slot.id", ondelete="CASCADE"))
    trainer_id: Mapped[int | None] = mapped_column(ForeignKey("trainer.id", ondelete="SET NULL"))
    trainer_name: Mapped[str] = mapped_column(String(200))  # as signed, even if renamed later
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    signature_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(DateTime)


class AttendanceCorrection(Base):
    """A change made to a locked half-day: who, when, why, before and after."""

    __tablename__ = "attendance_correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    attendance_id: Mapped[int] = mapped_column(ForeignKey("attendance.id", ondelete="CASCADE"))
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    before: Mapped[str] = mapped_column(Text)  # "Présent·e, arrivée 09h20", as a person reads it
    after: Mapped[str] = mapped_column(Text)


class SessionDocument(Base):
    """A file kept as evidence for a session, such as a scanned signed attendance sheet."""

    __tablename__ = "session_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(DateTime)


class IssuedDocument(Base):
    """The register of issued documents: the exact bytes handed out, numbered per year and kind.

    Issuing again adds a version; nothing is ever replaced.
    """

    __tablename__ = "issued_document"
    __table_args__ = (
        UniqueConstraint("kind", "year", "number", "version", "format"),
        UniqueConstraint("verification_code"),
        CheckConstraint("number > 0 AND version > 0", name="positive_numbers"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))  # realisation, fin, assiduite, convocation…
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)
    format: Mapped[str] = mapped_column(String(4))  # pdf or docx
    session_id: Mapped[int | None] = mapped_column(ForeignKey("session.id", ondelete="SET NULL"))
    registration_id: Mapped[int | None] = mapped_column(
        ForeignKey("registration.id", ondelete="SET NULL"))
    structure_id: Mapped[int | None] = mapped_column(
        ForeignKey("structure.id", ondelete="SET NULL"))
    recipient: Mapped[str] = mapped_column(String(200))  # as printed, even if renamed later
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    issued_by: Mapped[str] = mapped_column(String(120))
    source: Mapped[str] = mapped_column(Text)  # the data it was made from, as JSON
    filename: Mapped[str] = mapped_column(String(255))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    verification_code: Mapped[str] = mapped_column(String(16))


class FormVersion(Base):
    """A questionnaire or grid template as it was when answered: answers never change with edits."""

    __tablename__ = "form_version"
    __table_args__ = (UniqueConstraint("key", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(Text)  # the template file's text
    sha256: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[datetime] = created_column()


class FormResponse(Base):
    """One person's answers to one form for one session: sent, answered, by which route."""

    __tablename__ = "form_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    form_version_id: Mapped[int] = mapped_column(
        ForeignKey("form_version.id", ondelete="RESTRICT"))
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"))
    registration_id: Mapped[int | None] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"))
    respondent: Mapped[str] = mapped_column(String(20))  # participant, trainer, employer
    respondent_name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20))  # to_send, sent, answered
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    reminded_at: Mapped[datetime | None] = mapped_column(DateTime)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(20), default="")  # screen, pdf, csv
    answers: Mapped[str] = mapped_column(Text, default="{}")  # question id -> value, as JSON
    due_on: Mapped[date | None] = mapped_column(Date)  # when it should be sent (follow-ups)


class MailSettings(Base):
    """How the organisation sends e-mail: a single row. The password lives in the system keyring."""

    __tablename__ = "mail_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    host: Mapped[str] = mapped_column(String(200), default="")
    port: Mapped[int] = mapped_column(Integer, default=587)
    security: Mapped[str] = mapped_column(String(10), default="starttls")  # starttls, tls, none
    username: Mapped[str] = mapped_column(String(200), default="")
    sender_address: Mapped[str] = mapped_column(String(200), default="")
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    reminder_days: Mapped[int] = mapped_column(Integer, default=14)
    subject_template: Mapped[str] = mapped_column(Text, default="")
    body_template: Mapped[str] = mapped_column(Text, default="")
    # The message to the employers of the persons trained (empty: the wording of the services).
    employer_subject_template: Mapped[str] = mapped_column(Text, default="", server_default="")
    employer_body_template: Mapped[str] = mapped_column(Text, default="", server_default="")


class MailOutbox(Base):
    """Each message, recorded before and after it is sent: a crash never leads to a second copy."""

    __tablename__ = "mail_outbox"
    __table_args__ = (UniqueConstraint("response_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("form_response.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # initial, reminder
    recipient: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20))  # pending, sending, sent, written, refused
    created_at: Mapped[datetime] = mapped_column(DateTime)
    attempted_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    error: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str] = mapped_column(String(300), default="")


class Complaint(Base):
    """A complaint or difficulty (réclamation), from receipt to closure: Qualiopi indicator 31."""

    __tablename__ = "complaint"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(30))  # participant, employer, funder, trainer, other
    session_id: Mapped[int | None] = mapped_column(ForeignKey("session.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(Text)
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)


class ImprovementAction(Base):
    """An improvement action and where it comes from: Qualiopi indicator 32."""

    __tablename__ = "improvement_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_on: Mapped[date] = mapped_column(Date)
    origin: Mapped[str] = mapped_column(String(30))  # complaint, dropout, questionnaire, audit, other
    complaint_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaint.id", ondelete="SET NULL"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("session.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")


class TrainerTraining(Base):
    """A trainer's own training (indicator 22)."""

    __tablename__ = "trainer_training"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainer_id: Mapped[int] = mapped_column(ForeignKey("trainer.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    provider: Mapped[str] = mapped_column(String(200), default="")
    on: Mapped[date] = mapped_column(Date)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)


class WatchEntry(Base):
    """The watch log: legal, jobs and skills, teaching innovations (indicators 23 to 25)."""

    __tablename__ = "watch_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))  # legal, jobs, pedagogy
    source: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text, default="")  # what it changed for the organisation


class Partner(Base):
    """The disability partner network (indicator 26): Cap emploi, MDPH, Agefiph…"""

    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(60), default="")
    contact: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Attachment(Base):
    """A file kept with a register entry (a complaint's letter, a trainer's CV…)."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_table: Mapped[str] = mapped_column(String(40))  # complaint, trainer, watch_entry…
    owner_id: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(DateTime)
