"""The year's figures (services.stats): checked against counts made here with plain queries, on a
small organisation built in the test and on the demonstration year.

Also holds what test_stats_exports and test_ui_stats share: the small world and the demo file.

The world, seen on TODAY (1 March 2027):
- S1 « Gestion » (NSF 314, internal trainer), 10 and 17 March 2026, four half-days of 3 h 30:
  Alice (employee, OPCO) attends everything (14 h); Bruno (volunteer flagged job seeker, FDVA) is an
  hour late once (13 h); Chloé (job seeker, no funding) comes the first day then abandons (7 h);
  Denis cancelled; Emma waits. Satisfaction and follow-up questionnaires.
- S2 « Numérique » (no NSF code, blended, external trainer), 15 December 2026 (7 h) and 12 January
  2027 (3 h), no attendance recorded: Alice again (paying herself) and Farid (self-employed, no
  commune) completed; Gaëlle never closed.
- S3 cancelled in May 2026.
- S4 « Bilan » (skills assessment, NSF 413, no trainer), 2 June 2026, 14h–17h: Hugo (employee
  without employer) attends.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select

from formation import resources
from formation.core.enums import (
    Funding,
    Gender,
    Modality,
    Nature,
    ParticipantStatus,
    Presence,
    RegistrationStatus,
    SessionStatus,
    TrainerKind,
)
from formation.forms import load_all
from formation.services import demo, forms_store, stats
from formation.services.stats_bpf import f1_category
from formation.services.stats_rows import Basis, RegistrationYear
from formation.storage.database import Database
from formation.storage.models import (
    Attendance,
    Course,
    Organisation,
    Participant,
    Registration,
    Session,
    Slot,
    Structure,
    Trainer,
)

YEAR = 2026
TODAY = date(2027, 3, 1)
DEMO_TODAY = date(2027, 1, 15)  # the demonstration year all done
MORNING, AFTERNOON = (time(9, 0), time(12, 30)), (time(13, 30), time(17, 0))
SATISFACTION_A = {"contenus": "Très bien", "atteinte_objectifs": "Bien", "supports": "Bien",
                  "formateur": "Très bien", "methodes": "Moyen", "organisation": "Bien",
                  "rythme": "Insuffisant", "lieu": "Bien", "note_globale": "8",
                  "recommandation": "oui"}  # 6 satisfied answers out of 8
SATISFACTION_B = {**{k: "Très bien" for k in ("contenus", "atteinte_objectifs", "supports",
                                               "formateur", "methodes", "organisation", "rythme",
                                               "lieu")}, "note_globale": "10", "recommandation": "oui"}
ATTENDED = (Presence.PRESENT.value, Presence.LATE.value, Presence.LEFT_EARLY.value)


@dataclass
class StatsWorld:
    s1: int
    s2: int
    s3: int
    s4: int
    registrations: dict[str, int]


def _slot(day: date, times: tuple[time, time]) -> Slot:
    return Slot(day=day, start_time=times[0], end_time=times[1])


def build_stats_world(db: Database) -> StatsWorld:
    with db.begin() as s:
        s.add(Organisation(id=1, name="Maillage", city="Lille", siret="42351876000032",
                           nda="31590721559"))
        claire = Trainer(first_name="Claire", last_name="Desrousseaux", kind=TrainerKind.INTERNAL)
        sophie = Trainer(first_name="Sophie", last_name="Hennebelle", kind=TrainerKind.EXTERNAL)
        creche = Structure(name="Crèche Les P'tits Loups")
        gestion = Course(code="GESTION", title="La gestion associative", nsf_code="314")
        numerique = Course(code="NUMERIQUE", title="Les outils numériques", nsf_code="",
                           modality=Modality.BLENDED)
        bilan = Course(code="BILAN", title="Bilan de compétences", nsf_code="413",
                       nature=Nature.SKILLS_ASSESSMENT)

        def person(first: str, gender: Gender, status: ParticipantStatus, commune: str = "Lille",
                   **more: object) -> Participant:
            return Participant(first_name=first, last_name="Test", gender=gender, status=status,
                               commune=commune, **more)

        alice = person("Alice", Gender.FEMALE, ParticipantStatus.EMPLOYEE, structure=creche)
        bruno = person("Bruno", Gender.MALE, ParticipantStatus.VOLUNTEER, "Roubaix", job_seeker=True)
        chloe = person("Chloé", Gender.FEMALE, ParticipantStatus.JOB_SEEKER, "Roubaix")
        denis = person("Denis", Gender.MALE, ParticipantStatus.INDIVIDUAL)
        emma = person("Emma", Gender.FEMALE, ParticipantStatus.VOLUNTEER)
        farid = person("Farid", Gender.MALE, ParticipantStatus.SELF_EMPLOYED, "")
        gaelle = person("Gaëlle", Gender.OTHER, ParticipantStatus.PROJECT_HOLDER)
        hugo = person("Hugo", Gender.MALE, ParticipantStatus.EMPLOYEE, "Tourcoing")

        s1 = Session(course=gestion, code="GESTION-2026-03", status=SessionStatus.COMPLETED,
                     start_date=date(2026, 3, 10), end_date=date(2026, 3, 17), place="MRES",
                     trainers=[claire], slots=[_slot(date(2026, 3, d), t) for d in (10, 17)
                                               for t in (MORNING, AFTERNOON)])
        s2 = Session(course=numerique, code="NUMERIQUE-2026-12", status=SessionStatus.COMPLETED,
                     start_date=date(2026, 12, 15), end_date=date(2027, 1, 12), place="Maillage",
                     trainers=[sophie], slots=[_slot(date(2026, 12, 15), MORNING),
                                               _slot(date(2026, 12, 15), AFTERNOON),
                                               _slot(date(2027, 1, 12), (time(9, 0), time(12, 0)))])
        s3 = Session(course=gestion, code="GESTION-2026-05", status=SessionStatus.CANCELLED,
                     start_date=date(2026, 5, 5), end_date=date(2026, 5, 5),
                     slots=[_slot(date(2026, 5, 5), MORNING)])
        s4 = Session(course=bilan, code="BILAN-2026-06", status=SessionStatus.COMPLETED,
                     start_date=date(2026, 6, 2), end_date=date(2026, 6, 2),
                     slots=[_slot(date(2026, 6, 2), (time(14, 0), time(17, 0)))])
        done = RegistrationStatus.COMPLETED
        regs = {
            "r1": Registration(participant=alice, session=s1, status=done, funding=Funding.OPCO),
            "r2": Registration(participant=bruno, session=s1, status=done, funding=Funding.FDVA),
            "r3": Registration(participant=chloe, session=s1, status=RegistrationStatus.ABANDONED),
            "r4": Registration(participant=denis, session=s1, status=RegistrationStatus.CANCELLED,
                               funding=Funding.PERSONAL),
            "r5": Registration(participant=emma, session=s1, status=RegistrationStatus.WAITING),
            "r6": Registration(participant=alice, session=s2, status=done, funding=Funding.PERSONAL),
            "r7": Registration(participant=farid, session=s2, status=done, funding=Funding.CPF),
            "r8": Registration(participant=gaelle, session=s2, status=RegistrationStatus.REGISTERED,
                               funding=Funding.PERSONAL),
            "r9": Registration(participant=hugo, session=s4, status=done, funding=Funding.EMPLOYER),
            "r10": Registration(participant=bruno, session=s3, status=RegistrationStatus.CANCELLED),
        }
        s.add_all([s1, s2, s3, s4, *regs.values()])
        s.flush()
        marks = [("r1", s1, i, Presence.PRESENT, None) for i in range(4)]
        marks += [("r2", s1, 0, Presence.LATE, time(10, 0))]
        marks += [("r2", s1, i, Presence.PRESENT, None) for i in (1, 2, 3)]
        marks += [("r3", s1, i, Presence.PRESENT, None) for i in (0, 1)]
        marks += [("r3", s1, i, Presence.ABSENT, None) for i in (2, 3)]
        marks += [("r9", s4, 0, Presence.PRESENT, None)]
        for key, session, index, status, arrival in marks:
            s.add(Attendance(registration_id=regs[key].id, slot_id=session.slots[index].id,
                             status=status, arrival_time=arrival))
        world = StatsWorld(s1.id, s2.id, s3.id, s4.id, {k: r.id for k, r in regs.items()})
    templates, errors = load_all([resources.forms_folder()])
    assert errors == []
    answered = datetime(2026, 3, 18, 9, 0)
    satisfaction = forms_store.prepare(db, world.s1, "satisfaction_chaud", templates)
    forms_store.record_answers(db, satisfaction[0], SATISFACTION_A, "screen", answered)
    forms_store.record_answers(db, satisfaction[1], SATISFACTION_B, "screen", answered)
    followup = forms_store.prepare(db, world.s1, "suivi_froid", templates)
    forms_store.record_answers(db, followup[0], {"mise_en_pratique": "Oui, régulièrement",
                                                 "utilite": "4"}, "screen", answered)
    return world


@pytest.fixture
def world(db: Database) -> StatsWorld:
    return build_stats_world(db)


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.fill(db, YEAR, today=DEMO_TODAY)
    return db


# --- counts made here, with plain queries -------------------------------------------------------------

def _minutes(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


@dataclass
class Expected:
    training_days: int
    calendar_days: int
    minutes_by_registration: dict[int, int]
    gender: dict[int, Gender]
    participant: dict[int, int]

    @property
    def trainees(self) -> list[int]:
        return [r for r, m in self.minutes_by_registration.items() if m > 0]

    @property
    def minutes(self) -> int:
        return sum(self.minutes_by_registration.values())


def expected(db: Database, year: int, today: date) -> Expected:
    first, last = date(year, 1, 1), date(year, 12, 31)
    with db.session() as s:
        days = s.execute(select(Slot.session_id, Slot.day).join(Session)
                         .where(Session.status != SessionStatus.CANCELLED.value,
                                Slot.day.between(first, last), Slot.day <= today)).all()
        marks = s.execute(
            select(Attendance.registration_id, Attendance.status, Attendance.arrival_time,
                   Attendance.departure_time, Slot.day, Slot.start_time, Slot.end_time)
            .join(Slot, Slot.id == Attendance.slot_id)).all()
        registrations = s.execute(
            select(Registration.id, Registration.status, Registration.session_id,
                   Participant.id, Participant.gender)
            .join(Participant).join(Session)
            .where(Session.status != SessionStatus.CANCELLED.value,
                   Registration.status.notin_([RegistrationStatus.WAITING.value,
                                               RegistrationStatus.CANCELLED.value]))).all()
        slots = s.execute(select(Slot.session_id, Slot.start_time, Slot.end_time)
                          .where(Slot.day.between(first, last))).all()
    marked = {m.registration_id for m in marks}
    minutes: dict[int, int] = {}
    for r in registrations:
        if r.id in marked:
            total = 0
            for m in marks:
                if m.registration_id == r.id and first <= m.day <= last and m.status in ATTENDED:
                    start = max(m.start_time, m.arrival_time or m.start_time)
                    end = min(m.end_time, m.departure_time or m.end_time)
                    total += max(0, _minutes(start, end))
            minutes[r.id] = total
        elif r.status == RegistrationStatus.COMPLETED:
            minutes[r.id] = sum(_minutes(a, b) for sid, a, b in slots if sid == r.session_id)
        else:
            minutes[r.id] = 0
    return Expected(
        training_days=len({(sid, day) for sid, day in days}),
        calendar_days=len({day for _, day in days}), minutes_by_registration=minutes,
        gender={r.id: r.gender for r in registrations},
        participant={r.id: r[3] for r in registrations})


def assert_matches(figures: stats.YearStats, wanted: Expected) -> None:
    k = figures.key
    assert k.training_days == wanted.training_days
    assert k.calendar_days == wanted.calendar_days
    assert k.trainees == len(wanted.trainees)
    assert k.people == len({wanted.participant[r] for r in wanted.trainees})
    assert k.hours_trainee_minutes == wanted.minutes
    assert k.women == sum(1 for r in wanted.trainees if wanted.gender[r] == Gender.FEMALE)
    assert k.men == sum(1 for r in wanted.trainees if wanted.gender[r] == Gender.MALE)
    bpf = figures.bpf
    for lines in (bpf.f1, bpf.f3, bpf.f4):
        assert sum(x.trainees for x in lines) == k.trainees
        assert sum(x.minutes for x in lines) == k.hours_trainee_minutes
    assert bpf.totals_equal and bpf.check == ()
    for split in figures.splits:
        assert sum(r.trainees for r in split.rows) == k.trainees, split.key
        assert sum(r.minutes for r in split.rows) == k.hours_trainee_minutes, split.key


# --- the small world ----------------------------------------------------------------------------------

def test_the_year_matches_the_counts_made_with_plain_queries(db: Database, world: StatsWorld) -> None:
    figures = stats.year_stats(db, YEAR, today=TODAY)
    assert_matches(figures, expected(db, YEAR, TODAY))
    k = figures.key
    # By hand: 14 + 13 + 7 (S1) + 7 + 7 (S2, December) + 3 (S4) hours.
    assert (k.trainees, k.people, k.hours_trainee_minutes) == (6, 5, 51 * 60)
    assert (k.sessions, k.cancelled_sessions, k.training_days, k.days_to_come) == (3, 1, 4, 0)
    assert (k.women, k.men, k.employees, k.volunteers, k.job_seekers, k.communes) == (3, 3, 3, 1, 2, 3)
    assert (k.attended_basis, k.planned_basis) == (4, 2)
    assert "émargement" in k.hours_basis and "heures prévues pour 2 stagiaires" in k.hours_basis
    assert k.registrations == 7  # r1 r2 r3 r6 r7 r8 r9: the cancelled and the waiting are not counted


def test_the_sessions_table_reads_like_the_activity_report(db: Database, world: StatsWorld) -> None:
    lines = stats.year_stats(db, YEAR, today=TODAY).sessions
    assert [(x.period, x.title, x.place, x.days, x.participants) for x in lines] == [
        ("Mars", "La gestion associative", "MRES", 2, 3),
        ("Juin", "Bilan de compétences", "", 1, 1),
        ("Décembre", "Les outils numériques", "Maillage", 1, 2),
    ]
    assert lines[2].note == "suite en 2027" and lines[2].registered == 3
    assert stats.period([date(2026, 9, 8), date(2026, 10, 20)]) == "Septembre-octobre"
    assert stats.period([date(2026, 1, 8), date(2026, 2, 2), date(2026, 1, 20)]) == "Janvier-février"


def test_a_session_spanning_december_and_january_counts_in_both_years(
        db: Database, world: StatsWorld) -> None:
    both = [stats.year_stats(db, year, today=TODAY) for year in (YEAR, YEAR + 1)]
    later = both[1]
    assert_matches(later, expected(db, YEAR + 1, TODAY))
    assert [(x.code, x.period, x.days, x.minutes, x.participants, x.note) for x in later.sessions] == [
        ("NUMERIQUE-2026-12", "Janvier", 1, 180, 2, "commencée en 2026")]
    assert (later.key.trainees, later.key.hours_trainee_minutes, later.key.training_days) == (2, 360, 1)
    spanning = [next(x for x in f.sessions if x.code == "NUMERIQUE-2026-12") for f in both]
    assert sum(x.minutes for x in spanning) == 7 * 60 + 180  # each year its own half-days
    assert [f.bpf.e[1].minutes for f in both] == [7 * 60, 180]  # the external trainer
    assert later.indicator2.satisfaction_rate is None  # asked at its end, in 2027: no answers


def test_days_still_to_come_are_not_delivered(db: Database, world: StatsWorld) -> None:
    december = date(2026, 12, 10)
    figures = stats.year_stats(db, YEAR, today=december)
    assert (figures.key.training_days, figures.key.days_to_come) == (3, 1)
    assert_matches(figures, expected(db, YEAR, december))
    assert figures.bpf.e[1].minutes == 0  # the external trainer's day is still ahead


def test_the_splits_count_people_and_trainees(db: Database, world: StatsWorld) -> None:
    figures = stats.year_stats(db, YEAR, today=TODAY)
    rows = {s.key: {r.label: (r.people, r.trainees, r.minutes // 60) for r in s.rows}
            for s in figures.splits}
    assert rows["gender"] == {"Femmes": (2, 3, 28), "Hommes": (3, 3, 23)}
    assert rows["status"]["Salarié·e"] == (2, 3, 24)  # Alice twice, Hugo
    assert rows["job_seekers"] == {"Demandeur·ses d'emploi": (2, 2, 20),
                                   "Autres situations": (3, 4, 31)}
    assert rows["funding"] == {"OPCO": (1, 1, 14), "Employeur": (1, 1, 3), "FDVA": (1, 1, 13),
                               "CPF": (1, 1, 7), "Financement personnel": (1, 1, 7),
                               "Non renseigné": (1, 1, 7)}
    assert list(rows["commune"]) == ["Lille", "Roubaix", "Tourcoing", "Non renseignée"]


def test_bpf_tables_follow_the_mapping(db: Database, world: StatsWorld) -> None:
    bpf = stats.year_stats(db, YEAR, today=TODAY).bpf
    assert {x.code: (x.trainees, x.minutes // 60) for x in bpf.f1} == {
        "a": (2, 17), "b": (0, 0), "c": (2, 20), "d": (1, 7), "e": (1, 7)}
    assert (bpf.f1_distance.trainees, bpf.f1_distance.minutes) == (2, 14 * 60)
    assert {x.code: x.trainees for x in bpf.f3} == {"a": 0, "b": 0, "c": 0, "d": 5, "e": 1, "f": 0}
    assert [(x.code, x.trainees, x.minutes // 60) for x in bpf.f4] == [
        ("314", 3, 34), ("413", 1, 3), ("autres", 2, 14)]
    assert bpf.f4[0].label == "314 – Comptabilité, gestion"
    assert [(x.kind, x.people, x.minutes // 60) for x in bpf.e] == [
        (TrainerKind.INTERNAL, 1, 14), (TrainerKind.EXTERNAL, 1, 7)]
    assert (bpf.trainees, bpf.minutes) == (6, 51 * 60)


def _trainee(status: ParticipantStatus, funding: Funding | None = None,
             job_seeker: bool = False) -> RegistrationYear:
    return RegistrationYear(1, 1, 1, "X", Gender.FEMALE, status, job_seeker, "Lille", False,
                            RegistrationStatus.COMPLETED, funding, 60, Basis.ATTENDED)


@pytest.mark.parametrize(("status", "funding", "job_seeker", "nature", "line"), [
    (ParticipantStatus.EMPLOYEE, Funding.OPCO, False, Nature.TRAINING, "a"),
    (ParticipantStatus.EMPLOYEE, Funding.PERSONAL, False, Nature.TRAINING, "d"),
    (ParticipantStatus.EMPLOYEE, Funding.OPCO, False, Nature.APPRENTICESHIP, "b"),
    (ParticipantStatus.JOB_SEEKER, Funding.FRANCE_TRAVAIL, True, Nature.TRAINING, "c"),
    (ParticipantStatus.VOLUNTEER, Funding.FDVA, True, Nature.TRAINING, "c"),
    (ParticipantStatus.PROJECT_HOLDER, Funding.PERSONAL, False, Nature.TRAINING, "d"),
    (ParticipantStatus.INDIVIDUAL, Funding.CPF, False, Nature.TRAINING, "d"),
    (ParticipantStatus.VOLUNTEER, Funding.FDVA, False, Nature.TRAINING, "e"),
    (ParticipantStatus.SELF_EMPLOYED, None, False, Nature.TRAINING, "e"),
    (ParticipantStatus.PROJECT_HOLDER, Funding.OTHER, False, Nature.VAE, "e"),
])
def test_f1_mapping(status: ParticipantStatus, funding: Funding | None, job_seeker: bool,
                    nature: Nature, line: str) -> None:
    assert f1_category(_trainee(status, funding, job_seeker), nature) == line


def test_indicator_2_satisfaction_completion_and_follow_up(db: Database, world: StatsWorld) -> None:
    figures = stats.year_stats(db, YEAR, today=TODAY)
    s, i = figures.satisfaction, figures.indicator2
    assert (s.prepared, s.answered, s.answers, s.satisfied) == (3, 2, 16, 14)
    assert s.rate == pytest.approx(87.5) and i.satisfaction_rate == s.rate
    assert [(x.label, x.count) for x in s.levels] == [
        ("Très bien", 10), ("Bien", 4), ("Moyen", 1), ("Insuffisant", 1)]
    assert (i.people, i.trainees, i.completed, i.abandoned) == (5, 6, 5, 1)
    assert i.completion_rate == pytest.approx(500 / 6)
    assert (i.followup_prepared, i.followup_answered) == (3, 1)
    assert i.followup_rate == pytest.approx(100 / 3)


def test_missing_data_says_what_to_complete(db: Database, world: StatsWorld) -> None:
    missing = stats.missing_data(db, YEAR, today=TODAY)
    assert stats.year_stats(db, YEAR, today=TODAY).missing == tuple(missing)
    text = "\n".join(missing)
    assert "Code NSF manquant pour la formation « Les outils numériques » (NUMERIQUE)" in text
    assert "Aucun·e formateur·rice pour la session BILAN-2026-06" in text
    assert "Session GESTION-2026-03 : financement non renseigné pour 1 inscription (TEST Chloé)" in text
    assert ("Session NUMERIQUE-2026-12 terminée : 1 inscription ni terminée(s) ni en abandon, sans "
            "émargement (TEST Gaëlle)") in text
    assert "Session NUMERIQUE-2026-12 : émargement non saisi pour 2 demi-journées passées" in text
    assert "Commune non renseignée : 1 participant·e (TEST Farid)." in text
    assert "Salarié·e sans employeur renseigné (cadre F-1 a) : 1 participant·e (TEST Hugo)." in text
    assert "GESTION-2026-05" not in text  # cancelled: nothing to complete
    assert len(missing) == 7


def test_an_empty_year_has_zeros_and_no_rates(db: Database, world: StatsWorld) -> None:
    figures = stats.year_stats(db, 2030, today=TODAY)
    assert figures.key.trainees == figures.key.sessions == figures.key.training_days == 0
    assert figures.indicator2.completion_rate is None and figures.satisfaction.rate is None
    assert figures.bpf.totals_equal and figures.missing == ()
    assert figures.key.hours_basis == "Aucune heure-stagiaire pour l'instant."
    assert stats.years(db, TODAY) == [2027, 2026]


# --- the demonstration year ---------------------------------------------------------------------------

def test_the_demo_year_matches_the_counts_made_with_plain_queries(demo_db: Database) -> None:
    figures = stats.year_stats(demo_db, YEAR, today=DEMO_TODAY)
    assert_matches(figures, expected(demo_db, YEAR, DEMO_TODAY))
    k = figures.key
    assert k.sessions == 19 and k.cancelled_sessions == 1
    assert k.training_days == sum(x.days for x in figures.sessions)  # the report's « Durée » total
    assert k.trainees == sum(x.participants for x in figures.sessions)
    assert k.attended_basis == k.trainees  # every half-day of the demonstration is signed
    assert 100 < k.people <= k.trainees and k.women > k.men > 0
    assert figures.bpf.f1[0].trainees == k.employees  # employees in F-1 a (none pays himself)
    assert figures.bpf.f3[3].trainees == k.trainees  # every course is « autres formations »


def test_the_demo_year_mid_year(db: Database) -> None:
    today = date(YEAR, 6, 18)
    demo.fill(db, YEAR, today=today)
    figures = stats.year_stats(db, YEAR, today=today)
    assert_matches(figures, expected(db, YEAR, today))
    assert figures.key.days_to_come > 0
    assert figures.key.training_days + figures.key.days_to_come == sum(x.days for x in figures.sessions)


def test_the_same_year_gives_the_same_json(tmp_path: Path, _migrated_template: Path) -> None:
    texts = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite"
        path.write_bytes(_migrated_template.read_bytes())
        with Database.open(path, daily_backup=False) as db:
            demo.fill(db, YEAR, today=DEMO_TODAY)
            texts.append(stats.to_json(stats.year_stats(db, YEAR, today=DEMO_TODAY)))
    assert texts[0] == texts[1]
    data = json.loads(texts[0])
    assert data["year"] == YEAR and data["as_of"] == "2027-01-15"
    assert data["bpf"]["totals_equal"] is True
    assert data["key"]["trainees"] == data["bpf"]["trainees"]
