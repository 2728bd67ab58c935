"""Audit readiness: what evidence the file holds for Qualiopi, session by session, and what is missing.

For each session of a period (or of a chosen list), a checklist of the evidence an auditor samples:
programme and objectives, convocations, needs grids, positioning, specific needs, attendance signed
half-day by half-day, assessment at exit, individual reviews, satisfaction, certificates, follow-up
at three months, employers' and trainers' questionnaires, complaints; indicator 12 (drop-out) only
for sessions of more than two days. Then the organisation's own items, from the quality registers'
gaps (formation.services.registers.gaps): trainers' CVs and training, watch, disability referent and
network, complaints register, improvement plan.

Each item is green, orange or red, with a French explanation and where it is put right (a Target:
the page, the session, what to do):

- green: everything is there;
- orange: not due yet, or asked and waiting for someone else (a questionnaire sent, no answer yet);
- red: due and not done for someone: a questionnaire never sent, a grid not filled, a half-day not
  signed, a certificate not issued, a complaint not acknowledged in time.

Read-only; Qt-free. The checks themselves are in readiness_checks (sessions) and readiness_org.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from formation.core import frenchfmt
from formation.core.enums import LabelledEnum
from formation.core.followup import add_months
from formation.storage.database import Database

#: The last twelve months end today: what the Audit page shows first.
DEFAULT_MONTHS = 12


class Level(LabelledEnum):
    GREEN = "green", "Complet"
    ORANGE = "orange", "À suivre"
    RED = "red", "Manquant"

    @property
    def mark(self) -> str:
        """A sign that says the level without colour: ✓ complete, ◐ to follow, ✗ missing."""
        return {"green": "✓", "orange": "◐", "red": "✗"}[self.value]

    @property
    def rank(self) -> int:
        return {"green": 0, "orange": 1, "red": 2}[self.value]


# --- the Qualiopi framework, as far as a small association's short trainings go ---------------------

@dataclass(frozen=True)
class Criterion:
    number: int
    title: str

    @property
    def folder(self) -> str:
        return f"Critère {self.number} - {self.title}"


@dataclass(frozen=True)
class Indicator:
    number: int
    criterion: int
    title: str
    major: bool = False
    #: Why it may not apply (indicator 12: sessions of more than two days only).
    note: str = ""

    @property
    def folder(self) -> str:
        return f"Indicateur {self.number} - {self.title}"

    @property
    def label(self) -> str:
        return f"Indicateur {self.number} — {self.title}" + (" (majeur)" if self.major else "")


CRITERIA = {c.number: c for c in (
    Criterion(1, "Information du public"),
    Criterion(2, "Objectifs et conception"),
    Criterion(3, "Adaptation"),
    Criterion(4, "Moyens"),
    Criterion(5, "Qualification des personnels"),
    Criterion(6, "Environnement professionnel"),
    Criterion(7, "Appréciations et réclamations"),
)}

#: The indicators that apply to a small association doing short, non-certifying trainings, without
#: apprentices nor subcontracting (3, 7, 13 to 16, 20, 27 to 29 do not). 4, 11, 26, 31, 32 are major.
INDICATORS = {i.number: i for i in (
    Indicator(1, 1, "Information sur l'offre"),
    Indicator(2, 1, "Indicateurs de résultats"),
    Indicator(4, 2, "Analyse des besoins", major=True),
    Indicator(5, 2, "Objectifs opérationnels"),
    Indicator(6, 2, "Contenus et méthodes"),
    Indicator(8, 2, "Positionnement à l'entrée"),
    Indicator(9, 3, "Information des bénéficiaires"),
    Indicator(10, 3, "Adaptation et suivi"),
    Indicator(11, 3, "Évaluation des acquis", major=True),
    Indicator(12, 3, "Engagement et prévention des abandons",
              note="seulement pour les formations de plus de deux jours"),
    Indicator(17, 4, "Moyens humains et techniques"),
    Indicator(18, 4, "Coordination des intervenants"),
    Indicator(19, 4, "Ressources pédagogiques"),
    Indicator(21, 5, "Compétences des formateurs"),
    Indicator(22, 5, "Formation des formateurs"),
    Indicator(23, 6, "Veille légale et réglementaire"),
    Indicator(24, 6, "Veille emplois et métiers"),
    Indicator(25, 6, "Veille pédagogique et technologique"),
    Indicator(26, 6, "Handicap", major=True),
    Indicator(30, 7, "Recueil des appréciations"),
    Indicator(31, 7, "Réclamations", major=True),
    Indicator(32, 7, "Amélioration continue", major=True),
)}

NOT_APPLICABLE = (
    "Indicateurs 3, 7 et 16 : formations certifiantes seulement ; 13 à 15, 20, 28 et 29 : "
    "alternance et apprentissage ; 27 : sous-traitance. Ils ne s'appliquent pas ici.")


# --- what the checks give ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Target:
    """Where an item is put right: the page, the session (if any) and what to do there."""

    page: str
    session_id: int | None
    action: str


@dataclass(frozen=True)
class ItemSpec:
    """One line of the checklist: its key, its name, a short column title, its indicators."""

    key: str
    label: str
    short: str
    indicators: tuple[int, ...]
    #: Its details name people with specific needs: the index of an export does not repeat them.
    private: bool = False


@dataclass(frozen=True)
class Check:
    spec: ItemSpec
    level: Level
    #: A short state for a table cell: "3/3", "à venir", "aucun".
    summary: str
    #: The French explanation: what is there, what is missing and for whom.
    detail: str
    target: Target
    #: Extra indicators for this session only (12 for a long session's attendance).
    more_indicators: tuple[int, ...] = ()
    applicable: bool = True

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def indicators(self) -> tuple[int, ...]:
        return self.spec.indicators + self.more_indicators

    @property
    def cell(self) -> str:
        """What a table cell shows: the sign and the short state ('✗ 2/3')."""
        if not self.applicable:
            return "—"
        return f"{self.level.mark} {self.summary}".strip()


@dataclass(frozen=True)
class SessionReadiness:
    session_id: int
    code: str
    course_title: str
    start: date
    end: date
    status: str
    long: bool  # more than two days: indicator 12 applies
    checks: tuple[Check, ...]

    @property
    def dates(self) -> str:
        return frenchfmt.date_range(self.start, self.end)

    @property
    def level(self) -> Level:
        """The session's worst item."""
        return max((c.level for c in self.applicable), key=lambda level: level.rank,
                   default=Level.GREEN)

    @property
    def applicable(self) -> list[Check]:
        return [c for c in self.checks if c.applicable]

    def check(self, key: str) -> Check:
        return next(c for c in self.checks if c.key == key)


@dataclass(frozen=True)
class IndicatorTotal:
    indicator: Indicator
    green: int
    orange: int
    red: int

    @property
    def level(self) -> Level | None:
        if self.red:
            return Level.RED
        if self.orange:
            return Level.ORANGE
        return Level.GREEN if self.green else None


@dataclass(frozen=True)
class Selection:
    """The sessions to look at: those of a period (overlapping it), or a list of sessions.

    `today` decides what is due; an export made from it is dated that day."""

    start: date | None = None
    end: date | None = None
    session_ids: tuple[int, ...] = ()
    today: date = field(default_factory=date.today)

    @classmethod
    def last_months(cls, today: date, months: int = DEFAULT_MONTHS) -> Selection:
        return cls(add_months(today, -months) + timedelta(days=1), today, today=today)

    @property
    def label(self) -> str:
        if self.session_ids:
            count = len(self.session_ids)
            return f"{count} session{'s' if count > 1 else ''} choisie{'s' if count > 1 else ''}"
        return f"Sessions {frenchfmt.date_range(self.start, self.end)}" if self.start and self.end \
            else "Toutes les sessions"


@dataclass(frozen=True)
class Readiness:
    selection: Selection
    sessions: tuple[SessionReadiness, ...]
    organisation: tuple[Check, ...]

    def checks(self) -> Iterable[tuple[SessionReadiness | None, Check]]:
        """Every applicable check, the sessions' first, with its session (None: organisation)."""
        for session in self.sessions:
            for check in session.applicable:
                yield session, check
        for check in self.organisation:
            yield None, check

    @property
    def totals(self) -> Counter[Level]:
        return Counter(check.level for _, check in self.checks())

    def by_indicator(self) -> list[IndicatorTotal]:
        """For each applicable indicator, in order, how many items are green, orange and red."""
        counts: dict[int, Counter[Level]] = {number: Counter() for number in INDICATORS}
        for _, check in self.checks():
            for number in check.indicators:
                if number in counts:
                    counts[number][check.level] += 1
        return [IndicatorTotal(INDICATORS[n], c[Level.GREEN], c[Level.ORANGE], c[Level.RED])
                for n, c in counts.items()]

    def for_indicator(self, number: int) -> list[tuple[SessionReadiness | None, Check]]:
        return [(s, c) for s, c in self.checks() if number in c.indicators]

    def gaps(self, levels: Sequence[Level] = (Level.RED,)) -> list[tuple[SessionReadiness | None,
                                                                         Check]]:
        return [(s, c) for s, c in self.checks() if c.level in levels]


def readiness(db: Database, selection: Selection) -> Readiness:
    """The checklist of every session of the selection (cancelled ones left out), then the
    organisation's items."""
    from formation.services import readiness_checks, readiness_org

    sessions = readiness_checks.session_readiness(db, selection)
    return Readiness(selection, tuple(sessions), tuple(readiness_org.organisation_checks(
        db, selection.today, sessions)))


def describe(session: SessionReadiness | None, check: Check, *, public: bool = False) -> str:
    """'FONCT-2026-03 — Grille d'analyse des besoins : 2/3…' as the index and the page list it;
    `public`: without the names of people with specific needs (the index of an export)."""
    where = f"{session.code} — " if session is not None else "Organisme — "
    detail = check.detail
    if public and check.spec.private:
        detail = f"{check.summary} ; le détail (personnes, besoins) est dans le dossier confidentiel."
    return f"{where}{check.spec.label} : {detail}"
