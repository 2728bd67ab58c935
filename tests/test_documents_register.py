"""The register of issued documents: numbers, versions, bytes, codes, refusals, concurrency."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
from datetime import datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select

from formation.core.attendance import Mark
from formation.core.enums import Presence, RegistrationStatus, SessionStatus
from formation.documents.issuer import CODE_ALPHABET
from formation.services import attendance, issuing, registrations, sessions
from formation.storage.database import Database
from formation.storage.engine import make_engine
from formation.storage.models import IssuedDocument
from tests.test_documents_world import AFTER, World, build_world, pdf_text, set_organisation


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def certificate(db: Database, registration_id: int, *, fmt: str = "pdf",
                now: datetime = AFTER) -> issuing.Issued:
    return issuing.issue(db, "realisation", registration_id=registration_id, fmt=fmt,
                         issued_by="Assistante", now=now)


def test_numbers_follow_each_other_per_kind_and_year(db: Database, world: World) -> None:
    first = certificate(db, world.reg["Dupont"])
    second = certificate(db, world.reg["Martin"])
    other_kind = issuing.issue(db, "assiduite", registration_id=world.reg["Dupont"], issued_by="A",
                               now=AFTER)
    assert (first.number, second.number, other_kind.number) == (1, 2, 1)
    assert (first.reference, other_kind.reference) == ("CR-2026-0001", "AA-2026-0001")
    next_year = build_world(db, code="FONCT2", set_org=False)
    later = certificate(db, next_year.reg["Dupont"], now=datetime(2027, 1, 4, 9, 0))
    assert (later.year, later.number, later.reference) == (2027, 1, "CR-2027-0001")


def test_reissuing_adds_a_version_and_keeps_both(db: Database, world: World) -> None:
    first = certificate(db, world.reg["Martin"])
    first_bytes = issuing.show(db, first.id)
    attendance.record(db, world.reg["Martin"], world.slots[0], Mark(Presence.PRESENT))  # corrected
    second = certificate(db, world.reg["Martin"], now=datetime(2026, 3, 20, 10, 0))
    assert (second.number, second.version) == (first.number, 2)
    assert second.reference == "CR-2026-0001 (version 2)"
    assert second.filename.endswith("_certificat-realisation_v2.pdf")
    assert issuing.show(db, first.id) == first_bytes  # never replaced
    assert "13 heures" in pdf_text(first_bytes)
    assert "14 heures" in pdf_text(issuing.show(db, second.id))
    for document in (first, second):
        assert hashlib.sha256(issuing.show(db, document.id)).hexdigest() == document.sha256
    word = certificate(db, world.reg["Martin"], fmt="docx")
    assert (word.number, word.version, word.format) == (first.number, 1, "docx")
    assert certificate(db, world.reg["Dupont"]).number == 2  # versions take no number


def test_codes_are_short_unambiguous_and_unique(db: Database, world: World) -> None:
    codes = [certificate(db, world.reg["Dupont"]).code for _ in range(20)]
    assert len(set(codes)) == 20
    for code in codes:
        bare = code.replace("-", "")
        assert len(code) == 9 and code[4] == "-" and len(bare) == 8
        assert set(bare) <= set(CODE_ALPHABET) and not set(bare) & set("01ILO")


def test_verify_finds_a_code_and_refuses_an_unknown_one(db: Database, world: World) -> None:
    document = certificate(db, world.reg["Dupont"])
    for typed in (document.code, document.code.lower(), document.code.replace("-", " ")):
        found = issuing.verify(db, typed)
        assert found.document.id == document.id
    assert found.kind_label == "Certificat de réalisation"
    assert found.document.recipient == "DUPONT Marie"
    assert found.session_code == world.code and found.course_title == "Le fonctionnement associatif"
    assert found.document.issued_at == AFTER and found.document.issued_by == "Assistante"
    assert found.document.sha256 == document.sha256
    with pytest.raises(issuing.UnknownCode, match="Aucun document émis n'a le code « ABCD-EFGH »"):
        issuing.verify(db, "abcd-efgh")


def test_the_register_keeps_the_data_used(db: Database, world: World) -> None:
    document = certificate(db, world.reg["Martin"])
    with db.session() as s:
        row = s.scalars(select(IssuedDocument).where(IssuedDocument.id == document.id)).one()
        source = json.loads(row.source)
        assert row.verification_code == document.code.replace("-", "")
    assert source["kind"] == "realisation"
    assert source["data"]["attended_minutes"] == 13 * 60
    assert source["data"]["participant"] == "MARTIN Benoît"
    assert source["data"]["issuer"]["nda"] == "32591234559"
    assert set(source["data"]["issuer"]["logo"]) == {"sha256", "size"}  # not the image itself
    assert [d.id for d in issuing.list_issued(db, world.session_id)] == [document.id]


@pytest.mark.parametrize("kind", ["realisation", "fin", "assiduite", "convocation"])
def test_no_helvetica_and_one_page_for_each_participant_document(db: Database, world: World,
                                                                kind: str) -> None:
    content = issuing.show(db, issuing.issue(db, kind, registration_id=world.reg["Dupont"],
                                             issued_by="A", now=AFTER).id)
    assert b"Helvetica" not in content and b"/FontFile2" in content
    assert content.count(b"/Type /Page\n") == 1


# --- refusals ---------------------------------------------------------------------------------------

def test_no_certificate_without_recorded_attendance(db: Database, world: World) -> None:
    with pytest.raises(issuing.NoAttendance) as refused:
        certificate(db, world.reg["Œuvray"])
    assert str(refused.value) == (f"Aucune présence enregistrée pour Chloé Œuvray : remplissez "
                                  f"l'émargement de la session {world.code}.")


def test_no_certificate_with_half_days_left_unrecorded(db: Database, world: World) -> None:
    attendance.record(db, world.reg["Œuvray"], world.slots[0], Mark(Presence.PRESENT))
    with pytest.raises(issuing.NoAttendance, match="Émargement incomplet pour Chloé Œuvray : rien "
                       "n'est enregistré pour le 12/03/2026 après-midi, le 13/03/2026 matin"):
        certificate(db, world.reg["Œuvray"])


def test_no_certificate_before_the_end_of_the_session(db: Database, world: World) -> None:
    with pytest.raises(issuing.SessionNotEnded, match=f"La session {world.code} n'est pas "
                       "terminée : elle finit le 13/03/2026 à 17h00"):
        certificate(db, world.reg["Dupont"], now=datetime(2026, 3, 13, 16, 59))
    convocation = issuing.issue(db, "convocation", registration_id=world.reg["Dupont"],
                                issued_by="A", now=datetime(2026, 3, 1, 9, 0))
    assert convocation.number == 1  # a convocation is sent before, of course


def test_no_document_while_the_organisation_is_incomplete(db: Database, world: World) -> None:
    set_organisation(db, nda="")
    with pytest.raises(issuing.OrganisationIncomplete, match="Renseignez le NDA dans "
                       "Paramètres > Organisme"):
        certificate(db, world.reg["Dupont"])
    set_organisation(db, representative_name="")
    with pytest.raises(issuing.OrganisationIncomplete, match="Renseignez le représentant légal "
                       r"\(nom et qualité\) dans Paramètres > Organisme"):
        issuing.issue(db, "convention", session_id=world.session_id,
                      structure_id=world.structure_id, issued_by="A", now=AFTER)
    issuing.issue(db, "programme", session_id=world.session_id, issued_by="A", now=AFTER)  # unsigned


def test_refusals_for_people_and_structures_not_concerned(db: Database, world: World) -> None:
    registrations.set_status(db, world.reg["Martin"], RegistrationStatus.CANCELLED, "Malade")
    with pytest.raises(issuing.NotEligible, match="Benoît Martin n'a pas suivi la session"):
        certificate(db, world.reg["Martin"])
    with pytest.raises(issuing.NotEligible, match="pas de convocation"):
        issuing.issue(db, "convocation", registration_id=world.reg["Martin"], issued_by="A")
    for slot in world.slots:
        attendance.record(db, world.reg["Œuvray"], slot, Mark(Presence.ABSENT))
    with pytest.raises(issuing.NotEligible, match="n'a suivi aucune heure"):
        certificate(db, world.reg["Œuvray"])
    assert issuing.issue(db, "assiduite", registration_id=world.reg["Œuvray"], issued_by="A",
                         now=AFTER).number == 1  # an attendance record of 0 % may be asked for
    registrations.set_status(db, world.reg["Dupont"], RegistrationStatus.CANCELLED, "Mutée")
    with pytest.raises(issuing.NotEligible, match="Aucun·e participant·e de Centre social Ellipse"):
        issuing.issue(db, "convention", session_id=world.session_id,
                      structure_id=world.structure_id, issued_by="A", now=AFTER)
    session = sessions.get_session(db, world.session_id)
    session.status = SessionStatus.CANCELLED
    sessions.save_session(db, session)
    with pytest.raises(issuing.NotEligible, match="est annulée"):
        certificate(db, world.reg["Œuvray"])


def test_nothing_is_recorded_when_refused_or_when_rendering_fails(
        db: Database, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(issuing.NoAttendance):
        certificate(db, world.reg["Œuvray"])

    def broken(*_args: object) -> bytes:
        raise RuntimeError("disque plein")

    monkeypatch.setitem(issuing.KINDS, "realisation",
                        dataclasses.replace(issuing.KINDS["realisation"], pdf=broken))
    with pytest.raises(RuntimeError):
        certificate(db, world.reg["Dupont"])
    monkeypatch.undo()
    assert issuing.list_issued(db) == []
    assert certificate(db, world.reg["Dupont"]).number == 1  # no hole left


# --- two batches at once ----------------------------------------------------------------------------

def test_two_batches_at_once_give_numbers_without_gap_or_duplicate(db: Database, db_path: Path,
                                                                   tmp_path: Path) -> None:
    """Two threads, each with its own connection (one through a second engine, as another
    process would), issue a session's certificates at the same moment."""
    first = build_world(db, people_count=6)
    second = build_world(db, code="FONCT2", people_count=6, set_org=False)
    other = Database(db_path, make_engine(db_path), None)  # a second writer on the same file
    barrier = threading.Barrier(2)
    summaries: dict[str, issuing.BatchSummary] = {}
    errors: list[BaseException] = []

    def run(name: str, database: Database, world: World) -> None:
        try:
            barrier.wait()
            summaries[name] = issuing.issue_batch(database, world.session_id, "realisation", "pdf",
                                                  tmp_path / name, "Assistante", now=AFTER)
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=run, args=("a", db, first)),
               threading.Thread(target=run, args=("b", other, second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    other.close()
    assert not errors
    numbers = [item.document.number for s in summaries.values() for item in s.issued]
    assert len(numbers) == 16  # 8 per session (Œuvray refused in each)
    assert sorted(numbers) == list(range(1, 17))
    for summary in summaries.values():
        own = [item.document.number for item in summary.issued]
        assert own == sorted(own)  # each batch in order, the two interleaved or not
    with db.session() as s:
        stored = s.scalars(select(IssuedDocument.number).where(IssuedDocument.kind == "realisation")
                           ).all()
    assert sorted(stored) == list(range(1, 17))


def test_late_arrival_within_a_batch_uses_the_same_hours(db: Database, world: World) -> None:
    attendance.record(db, world.reg["Dupont"], world.slots[3],
                      Mark(Presence.LEFT_EARLY, departure=time(16, 0)))
    assert "pour une durée de 13 heures." in pdf_text(
        issuing.show(db, certificate(db, world.reg["Dupont"]).id))
