"""A small, complete organisation to issue documents from, and readers for what is issued.

Imported by the other test_documents_* modules. The session: 'Le fonctionnement associatif',
Thursday 12 and Friday 13 March 2026, four half-days of 3 h 30 (14 h). Marie Dupont, employee
of the Centre social Ellipse, attends everything; Benoît Martin, a volunteer, arrives at 10h00
on the first morning (13 h); Chloé Œuvray has nothing recorded.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time

import docx
from PIL import Image, ImageDraw
from pypdf import PdfReader

from formation.core.attendance import Mark
from formation.core.enums import Civility, Funding, Nature, ParticipantStatus, Presence, StructureKind
from formation.services import (
    attendance,
    catalogue,
    hours,
    organisation,
    people,
    registrations,
    sessions,
)
from formation.storage.database import Database

TITLE = "Le fonctionnement associatif"
NDA = "32591234559"
NDA_PRINTED = "32 59 12345 59"
SIRET_PRINTED = "123 456 789 00012"
START, END = date(2026, 3, 12), date(2026, 3, 13)
AFTER = datetime(2026, 3, 13, 18, 0)  # the session is over
OBJECTIVES = ["Expliquer le cadre juridique de la loi 1901",
              "Rédiger ou réviser des statuts adaptés au projet associatif",
              "Organiser une assemblée générale et en rédiger le procès-verbal"]


def png(width: int = 180, height: int = 60, colour: tuple[int, int, int] = (20, 40, 110)) -> bytes:
    """A transparent PNG with a pen-like stroke: a logo or a signature."""
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    points = [(x, height / 2 + (height / 3) * ((x * 7 // width) % 2 * 2 - 1) * 0.6)
              for x in range(8, width - 8, max(1, width // 12))]
    ImageDraw.Draw(image).line(points, fill=(*colour, 255), width=3)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@dataclass
class World:
    session_id: int
    code: str
    course_id: int
    structure_id: int
    trainer_id: int
    slots: list[int]
    reg: dict[str, int]  # by last name


def set_organisation(db: Database, **changes: object) -> None:
    data = organisation.OrganisationData(
        name="Maison des Associations de Roubaix", siret="12345678900012", nda=NDA,
        address="12 rue de l'Épeule", postal_code="59100", city="Roubaix",
        email="formation@mda-roubaix.fr", phone="03 20 15 14 18", qualiopi_number="2021/91754.2",
        representative_name="Marie-Claire Fontaine", representative_title="Présidente",
        signature_town="Roubaix", logo=png(120, 60, (180, 60, 20)), signature=png())
    for name, value in changes.items():
        setattr(data, name, value)
    organisation.save_organisation(db, data)


def build_world(db: Database, *, title: str = TITLE, code: str = "FONCT",
                people_count: int = 0, set_org: bool = True) -> World:
    """The session described above; `people_count` more participants with full attendance."""
    if set_org:
        set_organisation(db)
    course_id = catalogue.save_course(db, catalogue.CourseData(
        code=code, title=title, duration_minutes=14 * 60, objectives=list(OBJECTIVES),
        programme="Jour 1 : la loi 1901, les statuts.\nJour 2 : la gouvernance, les assemblées.",
        prerequisites="", target_public="Bénévoles et salarié·es d'associations.",
        methods="Apports courts, études de cas, travaux en sous-groupes.",
        assessment_methods="Grille par objectif : non acquis / en cours / acquis.",
        nature=Nature.TRAINING, price_cents=35_000,
        accessibility="Salles de plain-pied, accessibles en fauteuil roulant."))
    structure_id = _structure(db)
    trainer_id = people.save_trainer(db, people.TrainerData(first_name="Hélène", last_name="Leroy"))
    session = sessions.new_session_for(db, course_id, START)
    session.place, session.address = "Salle Jean Moulin", "3 place de la Liberté, 59100 Roubaix"
    session.trainer_ids, session.capacity = [trainer_id], 12 + people_count
    session_id = sessions.save_session(db, session)
    reg = {
        "Dupont": _register(db, session_id, "Marie", "Dupont", Civility.MRS, ParticipantStatus.EMPLOYEE,
                            structure_id, Funding.OPCO, 35_000),
        "Martin": _register(db, session_id, "Benoît", "Martin", Civility.MR,
                            ParticipantStatus.VOLUNTEER, None, Funding.FDVA, 0),
        "Œuvray": _register(db, session_id, "Chloé", "Œuvray", Civility.NONE,
                            ParticipantStatus.VOLUNTEER, None, None, 0),
    }
    for i in range(people_count):
        reg[f"Petit{i:03d}"] = _register(db, session_id, "Camille", f"Petit{i:03d}", Civility.NONE,
                                         ParticipantStatus.VOLUNTEER, None, None, 0)
    slots = [info.id for info in attendance.session_slots(db, session_id)]
    for name, registration_id in reg.items():
        if name != "Œuvray":
            for slot in slots:
                attendance.record(db, registration_id, slot, Mark(Presence.PRESENT))
    attendance.record(db, reg["Martin"], slots[0], Mark(Presence.LATE, arrival=time(10, 0)))
    return World(session_id, session.code, course_id, structure_id, trainer_id, slots, reg)


def _structure(db: Database) -> int:
    for row in people.list_structures(db):
        if row.name == "Centre social Ellipse" and row.id is not None:
            return row.id
    return people.save_structure(db, people.StructureData(
        name="Centre social Ellipse", kind=StructureKind.EMPLOYER, siret="73282932000074",
        address="8 rue du Collège", postal_code="59100", city="Roubaix",
        contact_name="Karim Benali"))


def _register(db: Database, session_id: int, first: str, last: str, civility: Civility,
              status: ParticipantStatus, structure_id: int | None, funding: Funding | None,
              amount: int) -> int:
    pid = people.save_participant(db, people.ParticipantData(
        first_name=first, last_name=last, civility=civility, status=status,
        structure_id=structure_id))
    return registrations.register(db, pid, session_id, funding=funding, amount_cents=amount,
                                  today=date(2026, 2, 1))


# --- reading what was issued ----------------------------------------------------------------------

def flat(text: str) -> str:
    """Runs of spaces (no-break ones too) as one space: what a reader compares."""
    return " ".join(text.split())


def pdf_text(pdf: bytes) -> str:
    return flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def pdf_pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def docx_text(content: bytes) -> str:
    """Every paragraph of the body, tables, header and footer, in order."""
    document = docx.Document(io.BytesIO(content))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    section = document.sections[0]
    for part in (section.header, section.footer):
        parts += [p.text for p in part.paragraphs]
        for table in part.tables:
            parts += [cell.text for row in table.rows for cell in row.cells]
    return flat(" ".join(parts))


def docx_images(content: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return sum(name.startswith("word/media/") for name in archive.namelist())


def test_the_world_is_as_described(db: Database) -> None:
    world = build_world(db)
    by_id = {h.registration_id: h for h in hours.session_hours(db, world.session_id)}
    assert by_id[world.reg["Dupont"]].attended_minutes == 14 * 60
    assert by_id[world.reg["Martin"]].attended_minutes == 13 * 60
    assert by_id[world.reg["Œuvray"]].statuses == (None, None, None, None)
    assert len(world.slots) == 4
