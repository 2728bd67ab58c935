"""The pedagogical part of the BPF (bilan pédagogique et financier, cerfa 10443): F-1, F-3, F-4, E.

A trainee (stagiaire) is a registration with hours-trainee in the year (formation.services.stats_rows
says how they are counted); someone who followed two trainings counts twice, once for each. The
three tables F-1, F-3 and F-4 share the same trainees, so their totals are equal; `check` says so,
or says what differs.

F-1, type of trainee — each registration goes to one line, the first rule that applies:
- b (apprentis): the course's nature is « Action de formation par apprentissage »; no one else;
- a (salarié·es d'employeurs privés hors apprentis): the participant's status is « Salarié·e »,
  unless the registration is paid by the person (funding « Financement personnel »): then d;
- c (personnes en recherche d'emploi): status « Demandeur·se d'emploi », or the job-seeker flag a
  volunteer, project holder… may carry;
- d (particuliers à leurs propres frais): funding « Financement personnel », or status « Particulier »;
- e (autres stagiaires): everyone else — volunteers (bénévoles), project holders, self-employed
  people (indépendant·es), public agents.
Plus « dont à distance »: trainees of a course given remotely or blended (modality), wholly or partly
at a distance.

F-3, general objective, by the course's nature: action de formation -> d (autres formations
professionnelles), bilan de compétences -> e, VAE -> f, apprenticeship -> a (a diploma or title
registered in the RNCP: its level is to be told on the form).

F-4, speciality: the five NSF codes with the most hours-trainee, then « autres spécialités » (with
the courses that have no code: `missing` lists them).

E, trainers: internal (employees and volunteer trainers) and external, how many gave hours and
how many hours of training they gave: the half-days held up to today of the year's sessions, each
trainer of a session counted for all its half-days.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from formation.core.enums import Funding, Modality, Nature, ParticipantStatus, TrainerKind
from formation.services.stats_rows import RegistrationYear, SessionYear, YearData

F1_LINES = (
    ("a", "Salariés d'employeurs privés hors apprentis"),
    ("b", "Apprentis"),
    ("c", "Personnes en recherche d'emploi formées par votre organisme de formation"),
    ("d", "Particuliers à leurs propres frais formés par votre organisme de formation"),
    ("e", "Autres stagiaires"),
)
F1_DISTANCE = "dont stagiaires ayant suivi une action en tout ou partie à distance"
F3_LINES = (
    ("a", "Formations visant un diplôme ou un titre à finalité professionnelle enregistré au RNCP"),
    ("b", "Formations visant une certification ou une habilitation enregistrée au répertoire "
          "spécifique (RS)"),
    ("c", "Formations visant un CQP non enregistré au RNCP ou au RS"),
    ("d", "Autres formations professionnelles"),
    ("e", "Bilans de compétences"),
    ("f", "Actions d'accompagnement à la validation des acquis de l'expérience"),
)
F3_BY_NATURE = {Nature.TRAINING: "d", Nature.SKILLS_ASSESSMENT: "e", Nature.VAE: "f",
                Nature.APPRENTICESHIP: "a"}
E_LINES = (
    (TrainerKind.INTERNAL, "Personnes de votre organisme dispensant des heures de formation"),
    (TrainerKind.EXTERNAL, "Personnes ou organismes externes dispensant des heures de formation"),
)
OTHERS = "autres"
OTHERS_LABEL = "Autres spécialités"
MAIN_SPECIALITIES = 5
DISTANCE = (Modality.REMOTE, Modality.BLENDED)

#: The NSF specialities (nomenclature des spécialités de formation) an association is likely to use.
NSF_LABELS = {
    "100": "Formations générales",
    "120": "Spécialités pluridisciplinaires, sciences humaines et droit",
    "121": "Géographie",
    "122": "Économie",
    "123": "Sciences sociales",
    "124": "Psychologie",
    "125": "Linguistique",
    "126": "Histoire",
    "127": "Philosophie, éthique et théologie",
    "128": "Droit, sciences politiques",
    "130": "Spécialités littéraires et artistiques plurivalentes",
    "131": "Français, littérature et civilisation française",
    "133": "Musique, arts du spectacle",
    "136": "Langues vivantes, civilisations étrangères et régionales",
    "300": "Spécialités plurivalentes des services",
    "310": "Spécialités plurivalentes des échanges et de la gestion",
    "311": "Transport, manutention, magasinage",
    "312": "Commerce, vente",
    "313": "Finances, banque, assurances",
    "314": "Comptabilité, gestion",
    "315": "Ressources humaines, gestion du personnel, gestion de l'emploi",
    "320": "Spécialités plurivalentes de la communication",
    "321": "Journalisme, communication",
    "324": "Secrétariat, bureautique",
    "326": "Informatique, traitement de l'information, réseaux de transmission",
    "330": "Spécialités plurivalentes sanitaires et sociales",
    "331": "Santé",
    "332": "Travail social",
    "333": "Enseignement, formation",
    "334": "Accueil, hôtellerie, tourisme",
    "335": "Animation culturelle, sportive et de loisirs",
    "341": "Aménagement du territoire, développement, urbanisme",
    "343": "Nettoyage, assainissement, protection de l'environnement",
    "344": "Sécurité des biens et des personnes, police, surveillance",
    "410": "Spécialités concernant plusieurs capacités",
    "413": "Développement des capacités comportementales et relationnelles",
    "414": "Développement des capacités individuelles d'organisation",
    "415": "Développement des capacités d'orientation, d'insertion ou de réinsertion sociales "
           "et professionnelles",
}


@dataclass(frozen=True)
class BpfLine:
    code: str  # "a", "315", "autres"
    label: str
    trainees: int
    minutes: int  # hours-trainee, in minutes


@dataclass(frozen=True)
class TrainerLine:
    kind: TrainerKind
    label: str
    people: int
    minutes: int  # hours of training given


@dataclass(frozen=True)
class Bpf:
    f1: tuple[BpfLine, ...]
    f1_distance: BpfLine
    f3: tuple[BpfLine, ...]
    f4: tuple[BpfLine, ...]
    e: tuple[TrainerLine, ...]
    #: What differs between the totals of F-1, F-3 and F-4 (empty: they agree).
    check: tuple[str, ...]

    @property
    def totals_equal(self) -> bool:
        return not self.check

    @property
    def trainees(self) -> int:
        return sum(line.trainees for line in self.f1)

    @property
    def minutes(self) -> int:
        return sum(line.minutes for line in self.f1)


def f1_category(trainee: RegistrationYear, nature: Nature) -> str:
    """The F-1 line of one registration (the rules are in the module's docstring)."""
    pays_personally = trainee.funding is Funding.PERSONAL
    if nature is Nature.APPRENTICESHIP:
        return "b"
    if trainee.status is ParticipantStatus.EMPLOYEE:
        return "d" if pays_personally else "a"
    if trainee.job_seeker:
        return "c"
    if pays_personally or trainee.status is ParticipantStatus.INDIVIDUAL:
        return "d"
    return "e"


def nsf_label(code: str) -> str:
    label = NSF_LABELS.get(code)
    return f"{code} – {label}" if label else f"{code}"


def bpf(data: YearData) -> Bpf:
    sessions = {s.id: s for s in data.sessions}
    trainees = data.trainees
    f1 = _lines(F1_LINES, trainees,
                lambda t: f1_category(t, sessions[t.session_id].nature))
    distant = [t for t in trainees if sessions[t.session_id].modality in DISTANCE]
    f1_distance = BpfLine("distance", F1_DISTANCE, len(distant), sum(t.minutes for t in distant))
    f3 = _lines(F3_LINES, trainees, lambda t: F3_BY_NATURE[sessions[t.session_id].nature])
    f4 = _specialities(trainees, sessions)
    return Bpf(f1, f1_distance, f3, f4, _trainers(data.sessions), _check(f1, f3, f4, f1_distance))


def _lines(lines: tuple[tuple[str, str], ...], trainees: tuple[RegistrationYear, ...],
           category: Callable[[RegistrationYear], str]) -> tuple[BpfLine, ...]:
    count: dict[str, int] = defaultdict(int)
    minutes: dict[str, int] = defaultdict(int)
    for t in trainees:
        code = category(t)
        count[code] += 1
        minutes[code] += t.minutes
    return tuple(BpfLine(code, label, count[code], minutes[code]) for code, label in lines)


def _specialities(trainees: tuple[RegistrationYear, ...],
                  sessions: dict[int, SessionYear]) -> tuple[BpfLine, ...]:
    count: dict[str, int] = defaultdict(int)
    minutes: dict[str, int] = defaultdict(int)
    for t in trainees:
        code = sessions[t.session_id].nsf_code
        key = code if len(code) == 3 and code.isdigit() else OTHERS
        count[key] += 1
        minutes[key] += t.minutes
    ranked = sorted((code for code in count if code != OTHERS),
                    key=lambda code: (-minutes[code], -count[code], code))
    main, rest = ranked[:MAIN_SPECIALITIES], ranked[MAIN_SPECIALITIES:]
    lines = [BpfLine(code, nsf_label(code), count[code], minutes[code]) for code in main]
    lines.append(BpfLine(OTHERS, OTHERS_LABEL, count[OTHERS] + sum(count[c] for c in rest),
                         minutes[OTHERS] + sum(minutes[c] for c in rest)))
    return tuple(lines)


def _trainers(sessions: tuple[SessionYear, ...]) -> tuple[TrainerLine, ...]:
    minutes: dict[int, int] = defaultdict(int)
    kinds: dict[int, TrainerKind] = {}
    for session in sessions:
        for trainer in session.trainers:
            minutes[trainer.id] += session.held_minutes
            kinds[trainer.id] = trainer.kind
    return tuple(TrainerLine(
        kind, label, sum(1 for t, m in minutes.items() if kinds[t] is kind and m > 0),
        sum(m for t, m in minutes.items() if kinds[t] is kind)) for kind, label in E_LINES)


def _check(f1: tuple[BpfLine, ...], f3: tuple[BpfLine, ...], f4: tuple[BpfLine, ...],
           distance: BpfLine) -> tuple[str, ...]:
    problems = []
    totals = {name: (sum(x.trainees for x in lines), sum(x.minutes for x in lines))
              for name, lines in (("F-1", f1), ("F-3", f3), ("F-4", f4))}
    reference = totals["F-1"]
    for name in ("F-3", "F-4"):
        if totals[name][0] != reference[0]:
            problems.append(f"Le total des stagiaires de {name} ({totals[name][0]}) diffère de "
                            f"celui de F-1 ({reference[0]}).")
        if totals[name][1] != reference[1]:
            problems.append(f"Le total des heures-stagiaires de {name} diffère de celui de F-1.")
    if distance.trainees > reference[0]:
        problems.append("Plus de stagiaires à distance que de stagiaires en tout (F-1).")
    return tuple(problems)
