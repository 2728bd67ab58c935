"""Questionnaires and grids of the demonstration year, filled in as a careful association would.

Each session that started has its needs-analysis grids (sent with the registration, answered before
the first day, now and then one never returned) and its positioning on the first morning (for a
one-evening session, the trainer's grid rates the entry instead). Each session over has the
trainer's assessment grid at entry and exit, the individual reviews, the hot satisfaction
questionnaire and the trainer's own appraisal. Three months after the end, the follow-up
questionnaires that formation.services.followups schedules go out, some get a reminder, most come
back. One session in four is kept a little less tidy (a grid never sent, a review not written…):
the Audit page then shows what a gap looks like.

Everything goes through forms_store, as the screens do, and is checked against the template the
response was prepared with: an organisation's own copy of a template gets answers that fit it.
Every date is before today; the answers are drawn from generators seeded by the year, the session
and the person, so that the same year seen on the same day gives the same answers.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from formation.core.enums import (
    Funding,
    ParticipantStatus,
    RegistrationStatus,
    SessionKind,
    SessionStatus,
)
from formation.forms.model import (
    Field,
    FormKind,
    JsonValue,
    QuestionType,
    Template,
    fields_for,
    validate_answers,
)
from formation.services import demo_texts as words
from formation.services import followups, forms_store, mail
from formation.services.followups import FollowupRow
from formation.storage.database import Database
from formation.storage.models import Participant, Registration
from formation.storage.models import Session as TrainingSession

#: The template used for each step, when the organisation has it (else the first of its kind).
PREFERRED = {FormKind.NEEDS: "besoins", FormKind.POSITIONING: "positionnement",
             FormKind.ASSESSMENT: "evaluation_acquis", FormKind.REVIEW: "bilan_individuel",
             FormKind.SATISFACTION: "satisfaction_chaud", FormKind.TRAINER: "formateur"}
ON_PAPER, TYPED = "pdf", "screen"
ASKED = (RegistrationStatus.PRE_REGISTERED, RegistrationStatus.REGISTERED,
         RegistrationStatus.COMPLETED, RegistrationStatus.ABANDONED)
FOLLOWED = (RegistrationStatus.REGISTERED, RegistrationStatus.COMPLETED)
#: What the less tidy sessions miss, in turn.
GAPS = ("needs", "review", "satisfaction", "trainer")
NEEDS_SENT_DAYS = 21  # the grid goes with the registration, at the earliest three weeks ahead
#: An answer as the demonstration draws it: a choice may be given by its rank (0 for the first).
Raw = str | int | bool | list[str] | list[int]


@dataclass(frozen=True)
class Person:
    registration_id: int
    status: RegistrationStatus
    registered_on: date
    first_name: str
    last_name: str
    participant_id: int
    kind: ParticipantStatus
    specific_needs: str
    funding: Funding | None
    employed: bool  # an employee of an employer structure: their employer is asked too


@dataclass(frozen=True)
class Run:
    """One session as its questionnaires see it."""

    id: int
    code: str
    course: str
    kind: SessionKind
    start: date
    end: date
    objectives: tuple[str, ...]
    trainers: tuple[str, ...]  # first names, for the comments
    first_start: time  # when the first half-day begins
    last_end: time  # when the last one ends
    people: tuple[Person, ...]
    gap: str  # what this session misses ("" for a tidy one)

    def asked(self) -> list[Person]:
        return [p for p in self.people if p.status in ASKED]

    def followed(self) -> list[Person]:
        return [p for p in self.people if p.status in FOLLOWED]


@dataclass
class Profile:
    """One participant's levels and mood, shared by all their questionnaires."""

    experience: int  # 0 (discovers) to 3 (experienced): the needs grid's choices in order
    positioning: list[int]  # per objective, 0 to 3
    entry: list[int]  # per objective, 0 (non acquis) to 2 (acquis)
    exit: list[int]
    mood: int  # 0 (très bien) to 3 (insuffisant)


def answer_year(db: Database, year: int, today: date) -> int:
    """Answer the year's questionnaires as of `today`; returns how many were answered."""
    templates = followups.templates_in_use()
    runs = _runs(db)
    filler = _Filler(db, year, today, templates)
    filler.sessions(runs)
    filler.flush()
    filler.follow_ups(runs)
    return filler.answered


def _runs(db: Database) -> list[Run]:
    query = (select(TrainingSession).where(TrainingSession.status != SessionStatus.CANCELLED)
             .options(selectinload(TrainingSession.course), selectinload(TrainingSession.trainers),
                      selectinload(TrainingSession.slots),
                      selectinload(TrainingSession.registrations)
                      .selectinload(Registration.participant).selectinload(Participant.structure))
             .order_by(TrainingSession.start_date, TrainingSession.code))
    runs = []
    with db.session() as s:
        for index, row in enumerate(s.scalars(query)):
            people = tuple(Person(
                r.id, r.status, r.registered_on, r.participant.first_name,
                r.participant.last_name, r.participant_id,
                r.participant.status, r.participant.specific_needs, r.funding,
                r.participant.status is ParticipantStatus.EMPLOYEE
                and r.participant.structure is not None)
                for r in sorted(row.registrations, key=lambda r: r.id))
            slots = sorted((x.day, x.start_time, x.end_time) for x in row.slots)
            first, last = (slots[0][1], slots[-1][2]) if slots else (time(9), time(17))
            runs.append(Run(row.id, row.code, row.course.code, row.kind, row.start_date,
                            row.end_date, tuple(o.text for o in row.course.objectives),
                            tuple(t.first_name for t in row.trainers), first, last, people,
                            GAPS[(index // 4) % len(GAPS)] if index % 4 == 2 else ""))
    return runs


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _next_monday(day: date) -> date:
    return day + timedelta(days=7 - day.weekday())


class _Filler:
    def __init__(self, db: Database, year: int, today: date,
                 templates: Mapping[str, Template]) -> None:
        self.db, self.year, self.today = db, year, today
        self.midnight = datetime.combine(today, time(0, 0))
        self.templates = templates
        self.keys = {kind: _template_key(templates, kind) for kind in PREFERRED}
        self.profiles: dict[int, Profile] = {}
        self.found: dict[tuple[int, str, int], int] = {}  # (session, template, registration)
        self.pending: list[forms_store.Answered] = []
        self.answered = 0

    def rng(self, *parts: object) -> random.Random:
        return random.Random("-".join(["formation-demo", str(self.year), *map(str, parts)]))

    # --- one session -------------------------------------------------------------------------------

    def sessions(self, runs: Sequence[Run]) -> None:
        """Prepare every session's questionnaires at once, then send and answer them."""
        plans = [(run, self.steps(run)) for run in runs]
        wanted = [(run, key, person) for run, steps in plans for _step, kind, people in steps
                  if (key := self.keys.get(kind)) is not None
                  for person in (people if people is not None else [None])]
        prepared = forms_store.prepare_many(self.db, [
            forms_store.ToPrepare(run.id, key, None if person is None else {person.registration_id})
            for run, key, person in wanted], self.templates)
        self.found = {(run.id, key, person.registration_id if person else index): response
                      for (run, key, person), ids in zip(wanted, prepared, strict=True)
                      for index, response in enumerate(ids)}
        for run, steps in plans:
            for step, _kind, _people in steps:
                step(run)

    def steps(self, run: Run) -> list[tuple[Callable[[Run], None], FormKind, list[Person] | None]]:
        """What the session has had so far: (step, template kind, people asked or None for the
        trainers)."""
        if run.start - timedelta(days=NEEDS_SENT_DAYS) >= self.today:
            return []  # too far ahead: nothing sent yet
        for person in run.people:
            self.profiles[person.registration_id] = self.profile(run, person)
        steps: list[tuple[Callable[[Run], None], FormKind, list[Person] | None]] = [
            (self.needs, FormKind.NEEDS, run.asked())]
        if run.start < self.today and run.kind is not SessionKind.CUSTOM:
            steps.append((self.positioning, FormKind.POSITIONING, run.asked()))
            # (one evening: the entry levels of the trainer's grid position the people)
        if run.end < self.today:
            steps += [(self.assessment, FormKind.ASSESSMENT, run.followed()),
                      (self.satisfaction, FormKind.SATISFACTION, run.followed())]
            if run.gap != "review":  # not written: the Audit page says so
                steps.append((self.reviews, FormKind.REVIEW, run.followed()))
            if run.gap != "trainer":  # the trainer's appraisal never came back
                steps.append((self.trainer, FormKind.TRAINER, None))
        return steps

    def profile(self, run: Run, person: Person) -> Profile:
        rng = self.rng(run.code, person.registration_id)
        experience = rng.choices(range(4), (30, 36, 24, 10))[0]
        hard = self.rng(run.course, "hard").randrange(max(1, len(run.objectives)))
        positioning, entry, exit_ = [], [], []
        for number in range(len(run.objectives)):
            level = min(3, max(0, experience + rng.choice((-1, 0, 0, 1)) - (number == hard)))
            start = (0, 0, 1, 2)[level]
            draw = rng.random() + (0.2 if number == hard else 0.0)
            end = 2 if start == 2 or draw < (0.85 if start == 1 else 0.55) else \
                1 if start == 1 or draw < 0.93 else 0
            positioning.append(level)
            entry.append(start)
            exit_.append(end)
        tone = self.rng(run.code, "tone").choice((0, 0, 0, 1))  # a session now and then less loved
        mood = rng.choices(range(4), (66, 30, 3, 1))[0]
        if tone and mood < 2 and rng.random() < 0.3:
            mood += 1
        return Profile(experience, positioning, entry, exit_, mood)

    def responses(self, run: Run, kind: FormKind) -> dict[int, int]:
        """The session's responses for the step's template, by registration (by rank for the
        trainers' own appraisal)."""
        key = self.keys.get(kind)
        return {who: response for (session, template, who), response in self.found.items()
                if session == run.id and template == key}

    def template(self, kind: FormKind) -> Template:
        key = self.keys.get(kind) or (followups.PARTICIPANT_KEY if kind is FormKind.FOLLOWUP
                                      else followups.EMPLOYER_KEY)
        return self.templates[key]

    def record(self, response_id: int, kind: FormKind, when: datetime, source: str,
               wanted: Mapping[str, Raw], objectives: Sequence[str]) -> None:
        """Keep the answers for `flush` when `when` is before today (they did not come yet else)."""
        if when < self.midnight:
            self.pending.append(forms_store.Answered(
                response_id, fit(self.template(kind), objectives, wanted, when.date()), source,
                when))

    def flush(self) -> None:
        self.answered += forms_store.record_many(self.db, self.pending)
        self.pending = []

    def send(self, batches: Mapping[datetime, list[int]]) -> None:
        for when in sorted(batches):
            if when < self.midnight:
                forms_store.mark_sent(self.db, batches[when], when)

    def needs(self, run: Run) -> None:
        people = run.asked()
        responses = self.responses(run, FormKind.NEEDS)
        rng = self.rng(run.code, "needs")
        first = run.start - timedelta(days=NEEDS_SENT_DAYS)
        forgotten = people[-1].registration_id if run.gap == "needs" and people else None
        talkative = [p.registration_id for p in people if not p.specific_needs]
        silent = set(rng.sample(talkative, min(len(talkative), rng.choice((0, 0, 1, 2)))))
        batches: dict[datetime, list[int]] = defaultdict(list)
        answers = []
        for person in people:
            response = responses.get(person.registration_id)
            if response is None or person.registration_id == forgotten:
                continue
            # Late registrations get theirs with the next Monday's mail, or the day before.
            day = max(first, _next_monday(person.registered_on))
            sent = _at(min(day, run.start - timedelta(days=1)), 9, 30)
            batches[sent].append(response)
            back = sent + timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 9))
            back = min(back, _at(run.start - timedelta(days=1), 20, rng.randint(0, 59)))
            if person.registration_id not in silent and back > sent:
                answers.append((response, back, self.needs_answers(run, person, rng)))
        self.send(batches)
        for response, when, wanted in answers:
            self.record(response, FormKind.NEEDS, when, rng.choice((ON_PAPER, ON_PAPER, TYPED)),
                        wanted, run.objectives)

    def needs_answers(self, run: Run, person: Person, rng: random.Random) -> dict[str, Raw]:
        profile = self.profiles[person.registration_id]
        status = words.STATUS_ANSWER.get(person.kind)
        if person.kind is ParticipantStatus.VOLUNTEER and rng.random() < 0.4:
            status = words.BOARD_MEMBER
        found: dict[str, Raw] = {
            "statut": status or "Autre",
            "statut__commentaire": words.OTHER_STATUS.get(person.kind, ""),
            "motivation": rng.choice(words.MOTIVATIONS.get(run.course, words.PRIORITIES)),
            "attentes": rng.choice(words.EXPECTATIONS.get(run.course, words.PRIORITIES)),
            "experience_sujet": profile.experience,
            "formation_anterieure": rng.random() < 0.15,
            "besoins_specifiques": bool(person.specific_needs),
            "besoins_specifiques__commentaire": person.specific_needs,
            "contact_referent_handicap": bool(person.specific_needs) and rng.random() < 0.7,
            "connaissance_formation": rng.sample(range(7), rng.choice((1, 1, 2))),
        }
        if person.kind in words.ROLES:
            found["fonction"] = rng.choice(words.ROLES[person.kind])
        if person.kind in words.HEADCOUNT:
            found["structure_salaries"] = rng.choice(words.HEADCOUNT[person.kind])
        if person.funding in words.FUNDING_ANSWER:
            found["financement"] = words.FUNDING_ANSWER[person.funding]
        for key, bank, share in (("situations_a_traiter", words.SITUATIONS, 0.35),
                                 ("contraintes", words.CONSTRAINTS, 0.25),
                                 ("remarques", words.REMARKS, 0.1)):
            if rng.random() < share:
                found[key] = rng.choice(bank)
        return found

    def positioning(self, run: Run) -> None:
        responses = self.responses(run, FormKind.POSITIONING)
        rng = self.rng(run.code, "positioning")
        for person in run.asked():
            response = responses.get(person.registration_id)
            if response is None:
                continue
            profile = self.profiles[person.registration_id]
            wanted: dict[str, Raw] = {"prerequis": True}
            for number, level in enumerate(profile.positioning, start=1):
                wanted[f"niveau__{number}"] = level
            if rng.random() < 0.4:
                wanted["situation_concrete"] = rng.choice(words.PRACTICE)
            if rng.random() < 0.4:
                wanted["priorite"] = rng.choice(words.PRIORITIES)
            when = datetime.combine(run.start, run.first_start) + timedelta(
                minutes=rng.randint(20, 55))
            self.record(response, FormKind.POSITIONING, when, TYPED, wanted, run.objectives)

    def assessment(self, run: Run) -> None:
        responses = self.responses(run, FormKind.ASSESSMENT)
        rng = self.rng(run.code, "assessment")
        end = datetime.combine(run.end, run.last_end)
        for person in run.followed():
            response = responses.get(person.registration_id)
            if response is None:
                continue
            profile = self.profiles[person.registration_id]
            wanted: dict[str, Raw] = {
                "modalites_evaluation": list(rng.choice(words.ASSESSED_BY)),
                "appreciation_generale": words.ASSESSMENT_OVERALL[min(3, sum(
                    2 - level for level in profile.exit) + rng.choice((0, 0, 1)))]}
            for number, (start, stop) in enumerate(zip(profile.entry, profile.exit, strict=True),
                                                    start=1):
                wanted[f"acquis__{number}__entree"] = start
                wanted[f"acquis__{number}__sortie"] = stop
                if stop < 2 and rng.random() < 0.5:
                    wanted[f"acquis__{number}__commentaire"] = rng.choice(words.OBJECTIVE_COMMENT)
            self.record(response, FormKind.ASSESSMENT, end + timedelta(minutes=rng.randint(5, 50)),
                        TYPED, wanted, run.objectives)

    def reviews(self, run: Run) -> None:
        responses = self.responses(run, FormKind.REVIEW)
        rng = self.rng(run.code, "review")
        latest = _at(self.today - timedelta(days=1), 19, 0)
        for person in run.followed():
            response = responses.get(person.registration_id)
            if response is None:
                continue
            profile = self.profiles[person.registration_id]
            weakest = min(range(len(profile.exit)), key=lambda n: profile.exit[n], default=None)
            acquired, before = profile.exit.count(2), profile.entry.count(2)
            total = len(profile.exit)
            wanted: dict[str, Raw] = {
                "progression": f"{person.first_name} arrive avec {before} objectif(s) sur {total} "
                               f"déjà acquis et repart avec {acquired} sur {total}. "
                               + ("Progression nette et régulière." if acquired - before >= 2
                                  else "Progression réelle, à poursuivre dans la pratique."),
                "points_forts": rng.choice(words.STRENGTHS),
                "conseils": rng.choice(words.ADVICE),
                "date_bilan": run.end.isoformat(),
            }
            if weakest is not None and profile.exit[weakest] < 2:
                wanted["points_a_consolider"] = (f"« {run.objectives[weakest]} » : à consolider "
                                                 "sur un cas réel de sa structure.")
            if rng.random() < 0.3:
                wanted["pour_aller_plus_loin"] = rng.choice(words.MORE_TRAINING)
            when = min(_at(run.end + timedelta(days=rng.randint(0, 5)), 18, rng.randint(0, 59)),
                       latest)
            self.record(response, FormKind.REVIEW, when, TYPED, wanted, run.objectives)

    def satisfaction(self, run: Run) -> None:
        people = run.followed()
        responses = self.responses(run, FormKind.SATISFACTION)
        rng = self.rng(run.code, "satisfaction")
        unsent = people[0].registration_id if run.gap == "satisfaction" and people else None
        unanswered = set(rng.sample([p.registration_id for p in people],
                                    min(len(people) // 4, rng.choice((0, 0, 0, 1, 1, 2)))))
        handed = datetime.combine(run.end, run.last_end) - timedelta(minutes=30)
        self.send({handed: [responses[p.registration_id] for p in people
                            if p.registration_id in responses and p.registration_id != unsent]})
        for person in people:
            response = responses.get(person.registration_id)
            if response is None or person.registration_id in unanswered | {unsent}:
                continue
            later = rng.random() < 0.15  # filled in at home and sent back
            when = handed + (timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 5)) if later
                             else timedelta(minutes=rng.randint(5, 28)))
            self.record(response, FormKind.SATISFACTION, when, ON_PAPER,
                        self.satisfaction_answers(run, person, rng), run.objectives)

    def satisfaction_answers(self, run: Run, person: Person,
                             rng: random.Random) -> dict[str, Raw]:
        mood = self.profiles[person.registration_id].mood
        found: dict[str, Raw] = {}
        for question in ("contenus", "atteinte_objectifs", "supports", "formateur", "methodes",
                         "organisation", "rythme", "lieu", "groupe"):
            level = mood + rng.choices((-1, 0, 1), (14, 78, 8))[0]
            found[question] = min(max(mood, 2), max(0, level))  # « insuffisant » from the unhappy only
        mark = (rng.choice((8, 9, 9, 10, 10)), rng.choice((7, 8, 8)), rng.choice((5, 6, 7)),
                rng.choice((3, 4, 5)))[mood]
        trainer = run.trainers[0] if run.trainers else "La formatrice"
        found.update(note_globale=mark, recommandation=mark >= 7 or rng.random() < 0.3,
                     mise_en_pratique_prevue=min(3, mood + rng.choice((0, 0, 1))))
        for key, bank, share in (("points_forts", words.LIKED, 0.45),
                                 ("ameliorations", words.TO_IMPROVE, 0.2 + 0.2 * (mood > 0)),
                                 ("autres_besoins", words.OTHER_NEEDS, 0.2)):
            if rng.random() < share:
                found[key] = rng.choice(bank).format(trainer=trainer)
        return found

    def trainer(self, run: Run) -> None:
        responses = self.responses(run, FormKind.TRAINER)
        rng = self.rng(run.code, "trainer")
        needs_missing = run.gap == "needs"
        dropped = any(p.status is RegistrationStatus.ABANDONED for p in run.people)
        for _name, response in sorted(responses.items(), key=lambda item: str(item[0])):
            wanted: dict[str, Raw] = {
                "dynamique_groupe": rng.choice((0, 0, 1)), "homogeneite": rng.choice((1, 2, 2, 3)),
                "besoins_recus": not needs_missing, "adaptations": rng.choice(words.ADAPTATIONS),
                "preparation": rng.choice((0, 0, 1)), "salle_materiel": rng.choice((0, 1, 1, 2)),
                "duree": rng.choice((0, 0, 0, 1)), "objectifs_atteints": rng.choice((0, 1, 1)),
                "ameliorations": rng.choice(words.TRAINER_IMPROVEMENTS),
                "satisfaction_globale": rng.choice((7, 8, 8, 9)),
            }
            if rng.random() < 0.5:
                wanted["objectifs_difficiles"] = rng.choice(words.HARD_OBJECTIVES)
            if dropped:
                wanted["incidents"] = words.DROP_OUT_NOTE
            when = min(_at(run.end + timedelta(days=rng.randint(1, 5)), 11, rng.randint(0, 59)),
                       _at(self.today - timedelta(days=1), 12, 0))
            self.record(response, FormKind.TRAINER, when, TYPED, wanted, run.objectives)

    # --- three months after ------------------------------------------------------------------------

    def follow_ups(self, runs: Sequence[Run]) -> None:
        """Three months after: each session's follow-ups go out in one batch a few days after
        they are due, those without an answer get one reminder (most of the time), most answer.
        The latest batch went out only days ago, still without its employers' questionnaires."""
        quiet = self.no_contact(runs)
        followups.schedule(self.db, self.templates, self.today)
        reminder_days = mail.get_settings(self.db).reminder_days
        by_code: dict[str, list[FollowupRow]] = defaultdict(list)
        for row in followups.overview(self.db, self.midnight, reminder_days):
            by_code[row.session_code].append(row)
        groups = [(run, by_code[run.code]) for run in runs if by_code.get(run.code)]
        due = [min(row.due_on for row in rows) for _run, rows in groups]
        latest = max((day for day in due if day <= self.today), default=None)
        early: list[tuple[int, datetime, FormKind, dict[str, Raw], Run]] = []
        late: list[tuple[int, datetime, FormKind, dict[str, Raw], Run]] = []
        reminders: dict[datetime, list[int]] = defaultdict(list)
        for (run, rows), day in zip(groups, due, strict=True):
            rng = self.rng(run.code, "follow-up")
            sent = _at(day + timedelta(days=rng.randint(0, 4)), 9, 15)
            delay, reminds = timedelta(days=reminder_days + rng.randint(0, 3), hours=1), \
                rng.random() < 0.85
            by_name = {(p.first_name, p.last_name): p.registration_id for p in run.people}
            registration = {row.response_id: by_name.get((row.first_name, row.last_name), 0)
                            for row in rows}  # names are unique in the demonstration
            going = [row for row in rows if registration[row.response_id] != quiet]
            if day == latest and (self.today - day).days <= 60:
                sent = max(sent, self.midnight - timedelta(days=rng.randint(3, 9), hours=14, minutes=45))
                going = [row for row in going if row.template_key != followups.EMPLOYER_KEY]
            if sent >= self.midnight or not going:
                continue
            reminder = sent + delay
            forms_store.mark_sent(self.db, [row.response_id for row in going], sent)
            for row in sorted(going, key=lambda r: r.response_id):
                person = self.rng(run.code, "follow-up", row.response_id)
                employer = row.template_key == followups.EMPLOYER_KEY
                kind = FormKind.EMPLOYER if employer else FormKind.FOLLOWUP
                wanted = self.employer_answers(person) if employer else self.follow_up_answers(
                    run, self.profiles.get(registration[row.response_id]), person)
                if person.random() < (0.4 if employer else 0.55):
                    early.append((row.response_id, sent + timedelta(
                        days=person.randint(1, max(1, reminder_days - 2)),
                        hours=person.randint(0, 10)), kind, wanted, run))
                    continue
                if reminds and reminder < self.midnight:
                    reminders[reminder].append(row.response_id)
                if reminds and person.random() < 0.45:
                    late.append((row.response_id, reminder + timedelta(
                        days=person.randint(1, 10), hours=person.randint(0, 8)), kind, wanted, run))
        for response, when, kind, wanted, run in early:
            self.record(response, kind, when, ON_PAPER, wanted, run.objectives)
        self.flush()  # before the reminders, which go only to those who did not answer
        for when, ids in sorted(reminders.items()):
            forms_store.mark_reminded(self.db, ids, when)
        for response, when, kind, wanted, run in late:
            self.record(response, kind, when, ON_PAPER, wanted, run.objectives)
        self.flush()

    def no_contact(self, runs: Sequence[Run]) -> int | None:
        """One person asked not to be written to any more: their follow-up goes nowhere."""
        over = [run for run in runs if run.end < self.today and run.followed()]
        if len(over) < 2:
            return None
        people = [p for p in over[1].followed() if not p.employed] or over[1].followed()
        person = self.rng("no-contact").choice(people)
        with self.db.begin() as s:
            participant = s.get(Participant, person.participant_id)
            if participant is not None:
                participant.no_contact = True
        return person.registration_id

    def follow_up_answers(self, run: Run, profile: Profile | None,
                          rng: random.Random) -> dict[str, Raw]:
        mood = profile.mood if profile is not None else 1
        practice = min(3, max(0, mood + rng.choice((-1, 0, 0, 1))))
        found: dict[str, Raw] = {
            "mise_en_pratique": practice,
            "changements": rng.sample(range(5), rng.choice((1, 2, 2, 3))) if practice < 3 else [5],
            "freins": rng.sample(range(6), rng.choice((1, 1, 2))) if practice > 0 else [6],
            "utilite": max(1, 5 - practice - rng.choice((0, 0, 1))),
            "besoin_complementaire": rng.random() < 0.3,
        }
        if practice < 2 and rng.random() < 0.6:
            found["exemples"] = rng.choice(words.EXAMPLES.get(run.course, words.ADVICE))
        if found["besoin_complementaire"]:
            found["besoin_complementaire__commentaire"] = rng.choice(words.MORE_TRAINING)
        if rng.random() < 0.15:
            found["commentaires"] = rng.choice(words.FOLLOWUP_COMMENTS)
        return found

    @staticmethod
    def employer_answers(rng: random.Random) -> dict[str, Raw]:
        found: dict[str, Raw] = {
            "information": rng.choice((0, 0, 1)), "demarches": rng.choice((0, 1, 1, 2)),
            "besoins_pris_en_compte": True, "reponse_besoins": rng.choice((0, 0, 1, 1, 2)),
            "effets_constates": rng.choice((0, 1, 1, 2)),
            "satisfaction_globale": rng.choice((7, 8, 8, 9, 10)), "recommandation": True,
        }
        if found["effets_constates"] in (0, 1):
            found["effets_constates__commentaire"] = rng.choice(words.EMPLOYER_EFFECTS)
        if rng.random() < 0.5:
            found["besoins_futurs"] = rng.choice(words.EMPLOYER_NEEDS)
        if rng.random() < 0.4:
            found["commentaires"] = rng.choice(words.EMPLOYER_COMMENTS)
        return found


# --- answers that fit the template -------------------------------------------------------------------

def _template_key(templates: Mapping[str, Template], kind: FormKind) -> str | None:
    preferred = PREFERRED.get(kind)
    if preferred is not None and preferred in templates and templates[preferred].kind is kind:
        return preferred
    return min((t.key for t in templates.values() if t.kind is kind), default=None)


def fit(template: Template, objectives: Sequence[str], wanted: Mapping[str, Raw],
        day: date) -> dict[str, JsonValue]:
    """The wanted answers, made valid for this template: an integer for a choice picks the choice
    at that rank (the last one if there are fewer), a list of integers picks several; fields the
    template does not have are dropped, required ones the demo did not think of get a plain value,
    and a value the template refuses (an organisation's own copy) is replaced or left out."""
    fields = fields_for(template, objectives)
    found: dict[str, JsonValue] = {}
    for answer_field in fields:
        value = wanted.get(answer_field.id)
        if value is None or value == "" or value == []:
            if answer_field.required:
                found[answer_field.id] = _plain(answer_field, day)
            continue
        found[answer_field.id] = _shaped(answer_field, value)
    for field_id in validate_answers(template, objectives, found):
        answer_field = next(f for f in fields if f.id == field_id)
        if answer_field.required:
            found[field_id] = _plain(answer_field, day)
        else:
            del found[field_id]
    return found


def _shaped(answer_field: Field, value: Raw) -> JsonValue:
    choices = answer_field.choices
    if isinstance(value, list):
        items = [_pick(choices, v) if isinstance(v, int) else v for v in value]
        return [c for c in choices if c in items] or [str(v) for v in items]
    if isinstance(value, int) and not isinstance(value, bool) and choices:
        return _pick(choices, value)
    return value


def _pick(choices: Sequence[str], rank: int) -> str:
    """The choice at this rank (0 for the first; the last one when there are fewer)."""
    return choices[min(max(rank, 0), len(choices) - 1)] if choices else str(rank)


_PLAIN: dict[QuestionType, Callable[[Field, date], JsonValue]] = {
    QuestionType.SINGLE_CHOICE: lambda f, _d: f.choices[0] if f.choices else "",
    QuestionType.MULTIPLE_CHOICE: lambda f, _d: list(f.choices[:1]),
    QuestionType.SCALE: lambda f, _d: f.question.max if f.question.max is not None else 0,
    QuestionType.YES_NO: lambda _f, _d: True,
    QuestionType.DATE: lambda _f, d: d.isoformat(),
}


def _plain(answer_field: Field, day: date) -> JsonValue:
    """A neutral answer to a required question the demonstration does not know."""
    make = _PLAIN.get(answer_field.type)
    return make(answer_field, day) if make else "Voir l'échange avec l'équipe de formation."
