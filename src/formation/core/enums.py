"""The closed lists of the domain, stored by code, shown by their French label."""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A code stored in the database with the French label users read."""

    label: str

    def __new__(cls, code: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        return member

    @classmethod
    def from_label(cls, text: str) -> LabelledEnum | None:
        """The member whose code or label matches `text`, ignoring case and accents."""
        from formation.core.text import fold

        wanted = fold(text)
        for member in cls:
            if wanted in (fold(member.value), fold(member.label)):
                return member
        return None


class Modality(LabelledEnum):
    ONSITE = "onsite", "Présentiel"
    REMOTE = "remote", "Distanciel"
    BLENDED = "blended", "Mixte"


class Nature(LabelledEnum):
    """Nature of the action, as ticked on the certificat de réalisation."""

    TRAINING = "training", "Action de formation"
    SKILLS_ASSESSMENT = "skills_assessment", "Bilan de compétences"
    VAE = "vae", "Action de VAE"
    APPRENTICESHIP = "apprenticeship", "Action de formation par apprentissage"


class SessionKind(LabelledEnum):
    INTER = "inter", "Inter"
    INTRA = "intra", "Intra"
    CUSTOM = "custom", "Sur mesure"


class SessionStatus(LabelledEnum):
    PLANNED = "planned", "Prévue"
    CONFIRMED = "confirmed", "Confirmée"
    IN_PROGRESS = "in_progress", "En cours"
    COMPLETED = "completed", "Terminée"
    CANCELLED = "cancelled", "Annulée"


class TrainerKind(LabelledEnum):
    INTERNAL = "internal", "Interne"
    EXTERNAL = "external", "Externe"


class StructureKind(LabelledEnum):
    EMPLOYER = "employer", "Employeur"
    ASSOCIATION = "association", "Association"
    CLIENT = "client", "Client"
    FUNDER = "funder", "Financeur"


class Civility(LabelledEnum):
    MRS = "mrs", "Mme"
    MR = "mr", "M."
    NONE = "none", "—"


class Gender(LabelledEnum):
    FEMALE = "female", "Femme"
    MALE = "male", "Homme"
    OTHER = "other", "Autre / non précisé"


class ParticipantStatus(LabelledEnum):
    EMPLOYEE = "employee", "Salarié·e"
    VOLUNTEER = "volunteer", "Bénévole"
    JOB_SEEKER = "job_seeker", "Demandeur·se d'emploi"
    PROJECT_HOLDER = "project_holder", "Porteur·se de projet"
    INDIVIDUAL = "individual", "Particulier"
    SELF_EMPLOYED = "self_employed", "Indépendant·e"


class RegistrationStatus(LabelledEnum):
    WAITING = "waiting", "Liste d'attente"
    PRE_REGISTERED = "pre_registered", "Pré-inscrit·e"
    REGISTERED = "registered", "Inscrit·e"
    CANCELLED = "cancelled", "Annulé·e"
    ABANDONED = "abandoned", "Abandon"
    COMPLETED = "completed", "Terminé·e"

    @property
    def takes_a_seat(self) -> bool:
        """Whether this registration counts against the session's capacity."""
        return self in (
            RegistrationStatus.PRE_REGISTERED,
            RegistrationStatus.REGISTERED,
            RegistrationStatus.COMPLETED,
        )


class Funding(LabelledEnum):
    OPCO = "opco", "OPCO"
    EMPLOYER = "employer", "Employeur"
    FDVA = "fdva", "FDVA"
    FRANCE_TRAVAIL = "france_travail", "France Travail"
    CPF = "cpf", "CPF"
    PERSONAL = "personal", "Financement personnel"
    OTHER = "other", "Autre"


class Presence(LabelledEnum):
    """What the trainer records for one participant on one half-day."""

    PRESENT = "present", "Présent·e"
    ABSENT = "absent", "Absent·e"
    LATE = "late", "En retard"
    LEFT_EARLY = "left_early", "Parti·e plus tôt"
    EXCUSED = "excused", "Absence justifiée"

    @property
    def attended(self) -> bool:
        return self in (Presence.PRESENT, Presence.LATE, Presence.LEFT_EARLY)
