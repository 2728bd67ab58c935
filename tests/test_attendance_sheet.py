"""The attendance sheet PDF: blank and filled, read back with pypdf (no Qt here)."""

from __future__ import annotations

import io
import math
import struct
import zlib
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from formation import cli
from formation.core.attendance import Mark
from formation.core.enums import Presence
from formation.documents.attendance_sheet import attendance_sheet_pdf
from formation.services import attendance, catalogue, organisation, people, registrations, sessions
from formation.storage.database import Database

TITLE = "Accueillir et fidéliser les bénévoles : œuvrer ensemble « au quotidien »"
NDA = "32591234559"
DAY_1, DAY_2 = date(2026, 3, 12), date(2026, 3, 13)
PRINTED = datetime(2026, 3, 13, 18, 5)


def signature_png(seed: int = 1, width: int = 180, height: int = 60) -> bytes:
    """A real PNG (RGBA, transparent ground) with a pen-like stroke, made with zlib and struct."""
    pixels = bytearray(width * height * 4)
    for x in range(8, width - 8):
        t = x / width
        y = height / 2 + math.sin(t * (9 + seed) + seed) * height * 0.28 * math.sin(t * math.pi)
        for dy in range(-2, 3):
            row = int(y) + dy
            if 0 <= row < height:
                i = (row * width + x) * 4
                pixels[i:i + 4] = bytes((20, 40, 110, 255))
    raw = b"".join(b"\x00" + bytes(pixels[r * width * 4:(r + 1) * width * 4]) for r in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


@dataclass
class Built:
    session_id: int
    code: str
    slots: list[int]  # slot ids: day 1 morning, day 1 afternoon, day 2 morning, day 2 afternoon
    reg: dict[str, int]  # by last name
    trainer_id: int


def build_session(db: Database) -> Built:
    organisation.save_organisation(db, organisation.OrganisationData(
        name="Maison des Associations de Roubaix", siret="12345678900012", nda=NDA,
        address="12 rue de l'Épeule", postal_code="59100", city="Roubaix",
        email="formation@mda-roubaix.fr", phone="03 20 15 14 18"))
    course_id = catalogue.save_course(db, catalogue.CourseData(
        code="BENE", title=TITLE, duration_minutes=14 * 60))
    trainer_id = people.save_trainer(db, people.TrainerData(first_name="Hélène", last_name="Leroy"))
    session = sessions.new_session_for(db, course_id, DAY_1)
    session.place, session.address = "Salle Jean Moulin", "3 place de la Liberté, 59100 Roubaix"
    session.trainer_ids = [trainer_id]
    session_id = sessions.save_session(db, session)
    reg = {}
    for first, last in [("Zoé", "Dupont"), ("Benoît", "Martin"), ("Chloé", "Œuvray")]:
        pid = people.save_participant(db, people.ParticipantData(first_name=first, last_name=last))
        reg[last] = registrations.register(db, pid, session_id, today=date(2026, 2, 1))
    slots = [info.id for info in attendance.session_slots(db, session_id)]
    return Built(session_id, session.code, slots, reg, trainer_id)


def record_day(db: Database, built: Built) -> None:
    """Dupont: all signed; Martin: 1 h late on day 1 morning; Œuvray: left at 16h00 on day 1,
    absent on day 2 morning, excused on day 2 afternoon. The trainer signs every half-day."""
    m1, a1, m2, a2 = built.slots
    d, m, o = built.reg["Dupont"], built.reg["Martin"], built.reg["Œuvray"]
    for slot, day, start in [(m1, DAY_1, 9), (a1, DAY_1, 13), (m2, DAY_2, 9), (a2, DAY_2, 13)]:
        attendance.sign(db, d, slot, signature_png(1), now=datetime.combine(day, time(start, 7)))
        if slot != m1:
            attendance.sign(db, m, slot, signature_png(2), now=datetime.combine(day, time(start, 3)))
    attendance.record(db, m, m1, Mark(Presence.LATE, arrival=time(10, 0)))
    attendance.sign(db, m, m1, signature_png(2), now=datetime(2026, 3, 12, 10, 2))
    attendance.sign(db, o, m1, signature_png(3), now=datetime(2026, 3, 12, 9, 1))
    attendance.record(db, o, a1, Mark(Presence.LEFT_EARLY, departure=time(16, 0)))
    attendance.sign(db, o, a1, signature_png(3), now=datetime(2026, 3, 12, 13, 31))
    attendance.record(db, o, m2, Mark(Presence.ABSENT))
    attendance.record(db, o, a2, Mark(Presence.EXCUSED))
    for slot, day, end in [(m1, DAY_1, 12), (a1, DAY_1, 17), (m2, DAY_2, 12), (a2, DAY_2, 17)]:
        attendance.sign_off(db, slot, built.trainer_id, signature_png(4),
                            now=datetime.combine(day, time(end, 35)))


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def built(db: Database) -> Built:
    return build_session(db)


def test_blank_sheet_one_page_per_day_with_everything_a_court_asks_for(db: Database,
                                                                        built: Built) -> None:
    pdf = attendance_sheet_pdf(db, built.session_id, blank=True, now=PRINTED)
    texts = pages_text(pdf)
    assert len(texts) == 2
    for text, day in zip(texts, ["jeudi 12 mars 2026", "vendredi 13 mars 2026"], strict=True):
        flat = " ".join(text.split())
        assert TITLE in flat
        assert day in flat
        for hour in ("09h00", "12h30", "13h30", "17h00"):
            assert hour in flat
        assert "Matin" in flat and "Après-midi" in flat
        for name in ("DUPONT Zoé", "MARTIN Benoît", "ŒUVRAY Chloé"):
            assert name in flat
        assert "Maison des Associations de Roubaix" in flat
        assert NDA in flat.replace(" ", "")
        assert "32 59 12345 59" in flat
        assert built.code in flat
        assert "Salle Jean Moulin" in flat
        assert "Formateur·rice" in flat and "Hélène Leroy" in flat
        assert "du 12/03/2026 au 13/03/2026" in flat
        assert "Signature par demi-journée, à l'encre ou électronique (horodatée)" in flat
    assert "Page 1 / 2" in texts[0] and "Page 2 / 2" in texts[1]
    # nothing recorded is printed on a blank sheet, even once things are recorded
    record_day(db, built)
    blank_again = " ".join(pages_text(attendance_sheet_pdf(db, built.session_id, blank=True)))
    assert "signé le" not in blank_again and "Absent·e" not in blank_again
    assert "Récapitulatif" not in blank_again


def test_names_are_alphabetical_surname_first(db: Database, built: Built) -> None:
    flat = " ".join(pages_text(attendance_sheet_pdf(db, built.session_id, blank=True))[0].split())
    positions = [flat.index(name) for name in ("DUPONT Zoé", "MARTIN Benoît", "ŒUVRAY Chloé")]
    assert positions == sorted(positions)


def test_fonts_are_embedded_and_accents_survive(db: Database, built: Built) -> None:
    pdf = attendance_sheet_pdf(db, built.session_id, blank=True)
    assert b"/FontFile2" in pdf
    assert b"Helvetica" not in pdf
    flat = " ".join(pages_text(pdf)[0].split())
    for word in ("émargement", "Œuvray".upper(), "œuvrer", "« au quotidien »", "Participant·e",
                 "l'Épeule", "agrément de l'État"):
        assert word in flat


def test_filled_sheet_shows_signatures_statuses_and_hours(db: Database, built: Built) -> None:
    record_day(db, built)
    pdf = attendance_sheet_pdf(db, built.session_id, blank=False, now=PRINTED)
    texts = [" ".join(t.split()) for t in pages_text(pdf)]
    assert len(texts) == 2  # the summary fits under the second day
    day1, day2 = texts
    assert "jeudi 12 mars 2026" in day1 and "vendredi 13 mars 2026" in day2
    assert "Absent·e" in day2 and "Absent·e" not in day1
    assert "Absence justifiée" in day2 and "Absence justifiée" not in day1
    assert "En retard — arrivée 10h00" in day1 and "En retard" not in day2
    assert "Parti·e à 16h00" in day1
    assert "signé le 12/03/2026 à 09h07" in day1  # Dupont
    assert "signé le 12/03/2026 à 10h02" in day1  # Martin, late
    assert "signé le 13/03/2026 à 13h07" in day2
    assert "signé le 12/03/2026 à 12h35" in day1  # the trainer
    assert "signé le 13/03/2026 à 17h35" in day2
    assert "Récapitulatif des heures suivies" in day2 and "Récapitulatif" not in day1
    summary = day2[day2.index("Récapitulatif"):]
    assert "DUPONT Zoé 14 h 0 0" in summary
    assert "MARTIN Benoît 13 h 0 0" in summary
    assert "ŒUVRAY Chloé 6 h 1 1" in summary
    assert "Total des heures-stagiaires 33 h" in summary
    assert b"/FontFile2" in pdf
    assert all(len(page.images) >= 1 for page in PdfReader(io.BytesIO(pdf)).pages)
    blank = PdfReader(io.BytesIO(attendance_sheet_pdf(db, built.session_id, blank=True)))
    assert all(len(page.images) == 0 for page in blank.pages)


def test_filled_sheet_marks_what_is_not_recorded(db: Database, built: Built) -> None:
    flat = " ".join(pages_text(attendance_sheet_pdf(db, built.session_id, blank=False))[0].split())
    assert "Non renseigné" in flat and "Non signé" in flat  # the trainer's boxes
    assert "signé le" not in flat


def test_logo_is_drawn_in_the_letterhead(db: Database, built: Built) -> None:
    data = organisation.get_organisation(db)
    data.logo = signature_png(5, 64, 64)
    organisation.save_organisation(db, data)
    pages = PdfReader(io.BytesIO(attendance_sheet_pdf(db, built.session_id, blank=True))).pages
    assert [len(page.images) for page in pages] == [1, 1]


def test_many_participants_continue_on_another_page_with_the_header(db: Database,
                                                                    built: Built) -> None:
    session = sessions.get_session(db, built.session_id)
    session.capacity = 30
    sessions.save_session(db, session)
    for i in range(17):
        pid = people.save_participant(db, people.ParticipantData(first_name="Camille",
                                                                 last_name=f"Petit{i:02d}"))
        registrations.register(db, pid, built.session_id)
    texts = [" ".join(t.split()) for t in pages_text(
        attendance_sheet_pdf(db, built.session_id, blank=True))]
    assert len(texts) == 4
    assert "(suite)" in texts[1] and "(suite)" not in texts[0]
    for text in texts:
        assert TITLE in text and NDA in text.replace(" ", "") and "Hélène Leroy" in text
    names = ["DUPONT Zoé", "MARTIN Benoît", "ŒUVRAY Chloé",
             *(f"PETIT{i:02d} Camille" for i in range(17))]
    assert all(sum(name in t for t in texts[:2]) == 1 for name in names)
    assert [sum(name in t for name in names) for t in texts] == [10, 10, 10, 10]  # balanced
    assert "Page 4 / 4" in texts[3]


def test_cli_writes_the_sheet_and_refuses_an_unknown_code(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = Database.open(db_path, daily_backup=False)
    try:
        built = build_session(db)
    finally:
        db.close()
    out = tmp_path / "emargement.pdf"
    assert cli.main(["--db", str(db_path), "attendance-sheet", "--session", built.code,
                     "--out", str(out), "--blank"]) == 0
    assert f"Feuille d'émargement écrite : {out}" in capsys.readouterr().out
    assert len(PdfReader(out).pages) == 2
    assert cli.main(["--db", str(db_path), "attendance-sheet", "--session", "NOPE-2026",
                     "--out", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "NOPE-2026" in err and built.code not in err
    assert not (tmp_path / "x.pdf").exists()
