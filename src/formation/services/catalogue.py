"""The course catalogue (actions de formation) and its objectives."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from formation.core import validation as check
from formation.core.enums import Modality, Nature
from formation.core.errors import DeletionRefused, ValidationError
from formation.services.records import clean, copy_fields, get_or_404, strip_strings
from formation.storage.database import Database
from formation.storage.models import Course, CourseObjective
from formation.storage.models import Session as TrainingSession


@dataclass
class CourseData:
    code: str = ""
    title: str = ""
    objectives: list[str] = field(default_factory=list)
    programme: str = ""
    prerequisites: str = ""
    target_public: str = ""
    methods: str = ""
    assessment_methods: str = ""
    duration_minutes: int = 0
    modality: Modality = Modality.ONSITE
    nature: Nature = Nature.TRAINING
    nsf_code: str = ""
    price_cents: int = 0
    accessibility: str = ""
    followup_delay_months: int = 3  # the cold follow-up leaves this long after a session's last day
    id: int | None = None


@dataclass(frozen=True)
class CourseRow:
    id: int
    code: str
    title: str
    duration_minutes: int
    modality: Modality
    price_cents: int
    session_count: int


_PLAIN = ["code", "title", "programme", "prerequisites", "target_public", "methods",
          "assessment_methods", "duration_minutes", "modality", "nature", "nsf_code",
          "price_cents", "accessibility", "followup_delay_months"]
FOLLOWUP_MONTHS = range(1, 25)


def list_courses(db: Database) -> list[CourseRow]:
    sessions = (select(func.count(TrainingSession.id))
                .where(TrainingSession.course_id == Course.id).scalar_subquery())
    with db.session() as s:
        rows = s.execute(select(Course, sessions).order_by(Course.title)).all()
        return [CourseRow(c.id, c.code, c.title, c.duration_minutes, c.modality, c.price_cents, n)
                for c, n in rows]


def get_course(db: Database, course_id: int) -> CourseData:
    with db.session() as s:
        course = get_or_404(s, Course, course_id, "Formation")
        data = CourseData(id=course.id, objectives=[o.text for o in course.objectives])
        for name in _PLAIN:
            setattr(data, name, getattr(course, name))
        return data


def _problems(db: Database, data: CourseData) -> dict[str, str]:
    problems = check.collect(
        code=check.required(data.code, "Le code"),
        title=check.required(data.title, "L'intitulé"),
        nsf_code=check.nsf_code(data.nsf_code),
    )
    if data.duration_minutes <= 0:
        problems["duration_minutes"] = "Indiquez la durée de la formation, en heures."
    if data.price_cents < 0:
        problems["price_cents"] = "Le prix ne peut pas être négatif."
    if data.followup_delay_months not in FOLLOWUP_MONTHS:
        problems["followup_delay_months"] = (
            f"Le suivi à froid part entre {FOLLOWUP_MONTHS[0]} et {FOLLOWUP_MONTHS[-1]} mois "
            "après la fin de la session.")
    with db.session() as s:
        taken = s.scalar(select(Course.id).where(Course.code == clean(data.code),
                                                 Course.id != (data.id or 0)))
    if taken:
        problems["code"] = f"Le code « {clean(data.code)} » est déjà pris par une autre formation."
    return problems


def save_course(db: Database, data: CourseData) -> int:
    """Create or update a course; raises ValidationError naming each field at fault."""
    strip_strings(data)
    data.code, data.title = clean(data.code), clean(data.title)
    data.objectives = [clean(o) for o in data.objectives if clean(o)]
    problems = _problems(db, data)
    if problems:
        raise ValidationError(problems)
    with db.begin() as s:
        course = get_or_404(s, Course, data.id, "Formation") if data.id else Course()
        copy_fields(data, course, _PLAIN)
        _replace_objectives(course, data.objectives)
        s.add(course)
        s.flush()
        return course.id


def _replace_objectives(course: Course, texts: list[str]) -> None:
    # Rewritten in place, position by position: rows keep their id (and the unique
    # (course, position) pair is never held twice during the flush).
    current = list(course.objectives)
    for position, text_ in enumerate(texts, start=1):
        if position <= len(current):
            current[position - 1].text = text_
        else:
            course.objectives.append(CourseObjective(position=position, text=text_))
    for extra in current[len(texts):]:
        course.objectives.remove(extra)


def ensure_deletable(db: Database, course_id: int) -> None:
    with db.session() as s:
        count = s.scalar(select(func.count(TrainingSession.id))
                         .where(TrainingSession.course_id == course_id)) or 0
    if count:
        raise DeletionRefused(
            f"Cette formation a {count} session(s) : supprimez d'abord ses sessions."
        )
