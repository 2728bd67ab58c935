"""The organisation's own items of the audit checklist: the quality registers and the results.

The registers' gaps come from formation.services.registers.gaps (one French sentence each); each
sentence is filed under the item of its indicator: trainers' CVs (21) and training (22), the three
watches (23 to 25), the disability referent and network (26), complaints (31), improvement plan (32).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select

from formation.core.text import fold
from formation.forms.model import FormKind
from formation.services import registers
from formation.services.readiness import Check, ItemSpec, Level, SessionReadiness, Target
from formation.storage.database import Database
from formation.storage.models import FormResponse, FormVersion

QUALITY, TRAINERS, SETTINGS = "Qualité", "Formateurs", "Paramètres"

RESULTS = ItemSpec("org_results", "Indicateurs de résultats (satisfaction, achèvement)",
                   "Résultats", (2,))
CV = ItemSpec("org_cv", "CV des formateur·rices", "CV", (21,))
TRAINING = ItemSpec("org_training", "Formation continue des formateur·rices", "Formation", (22,))
LEGAL = ItemSpec("org_watch_legal", "Veille légale et réglementaire", "Veille légale", (23,))
JOBS = ItemSpec("org_watch_jobs", "Veille emplois et métiers", "Veille métiers", (24,))
PEDAGOGY = ItemSpec("org_watch_pedagogy", "Veille pédagogique et technologique",
                    "Veille pédagogique", (25,))
REFERENT = ItemSpec("org_referent", "Référent handicap", "Référent", (26,))
NETWORK = ItemSpec("org_network", "Réseau de partenaires handicap", "Réseau", (26,))
COMPLAINTS = ItemSpec("org_complaints", "Registre des réclamations", "Réclamations", (31,))
ACTIONS = ItemSpec("org_actions", "Plan d'amélioration", "Amélioration", (32,))
OTHER = ItemSpec("org_other", "Autres points des registres", "Autres", ())

TARGETS = {
    RESULTS: Target(QUALITY, None, "Faire remplir les questionnaires de satisfaction, puis "
                    "publier les résultats (Bilan de l'année)"),
    CV: Target(TRAINERS, None, "Joindre le CV de chaque formateur·rice"),
    TRAINING: Target(QUALITY, None, "Formations des formateurs : noter la formation suivie"),
    LEGAL: Target(QUALITY, None, "Veille : noter une veille légale et ce qu'elle a changé"),
    JOBS: Target(QUALITY, None, "Veille : noter une veille emplois et métiers"),
    PEDAGOGY: Target(QUALITY, None, "Veille : noter une veille pédagogique"),
    REFERENT: Target(SETTINGS, None, "Organisme : nommer le ou la référent·e handicap"),
    NETWORK: Target(QUALITY, None, "Réseau handicap : ajouter les partenaires (Cap emploi, MDPH, "
                    "Agefiph…)"),
    COMPLAINTS: Target(QUALITY, None, "Réclamations : enregistrer chaque réclamation ou "
                       "difficulté, avec accusé de réception, réponse et clôture"),
    ACTIONS: Target(QUALITY, None, "Plan d'amélioration : noter les actions, leur échéance et "
                    "leur réalisation"),
    OTHER: Target(QUALITY, None, "Compléter les registres"),
}
FINE = {
    CV: "Chaque formateur·rice a un CV joint.",
    TRAINING: f"Chaque formateur·rice s'est formé·e depuis moins de "
              f"{registers.TRAINER_TRAINING_MONTHS} mois.",
    LEGAL: "Veille légale à jour.", JOBS: "Veille emplois et métiers à jour.",
    PEDAGOGY: "Veille pédagogique à jour.",
    REFERENT: "Un·e référent·e handicap est nommé·e.",
    NETWORK: "Le réseau de partenaires handicap est renseigné.",
    COMPLAINTS: "Réclamations enregistrées, chacune avec son accusé de réception dans les délais.",
    ACTIONS: "Plan d'amélioration tenu, sans action en retard.",
}
ORDER = (RESULTS, CV, TRAINING, LEGAL, JOBS, PEDAGOGY, REFERENT, NETWORK, COMPLAINTS, ACTIONS)


def classify(gap: str) -> tuple[ItemSpec, ...]:
    """The items a sentence of registers.gaps belongs to."""
    text = fold(gap)
    if "veille" in text:
        kinds = [spec for word, spec in (("legale", LEGAL), ("metiers", JOBS),
                                         ("pedagogique", PEDAGOGY)) if word in text]
        return tuple(kinds) or (LEGAL, JOBS, PEDAGOGY)
    if re.search(r"aucun.*formateur.*enregistre", text):  # no trainer at all: neither CV nor training
        return (CV, TRAINING)
    for pattern, spec in ((r"formation suivie", TRAINING), (r"\bcv\b|formateur", CV),
                          (r"referent", REFERENT), (r"reseau|partenaire", NETWORK),
                          (r"reclamation", COMPLAINTS), (r"amelioration", ACTIONS)):
        if re.search(pattern, text):
            return (spec,)
    return (OTHER,)


#: Registers whose every gap goes to one item (registers.gaps_by_register's keys).
BY_REGISTER = {"complaints": (COMPLAINTS,), "improvements": (ACTIONS,)}


def register_gaps(db: Database, today: date) -> list[tuple[ItemSpec, str]]:
    """Each gap of the registers with the item it is filed under."""
    by_register = getattr(registers, "gaps_by_register", None)
    pairs = [(name, gap) for name, gaps in by_register(db, today).items() for gap in gaps] \
        if by_register is not None else [("", gap) for gap in registers.gaps(db, today)]
    return [(spec, gap) for name, gap in pairs for spec in BY_REGISTER.get(name) or classify(gap)]


def organisation_checks(db: Database, today: date,
                        sessions: Sequence[SessionReadiness]) -> list[Check]:
    found: dict[ItemSpec, list[str]] = {}
    for spec, gap in register_gaps(db, today):
        found.setdefault(spec, []).append(gap)
    checks = [_results(db, sessions)]
    for spec in ORDER[1:]:
        gaps = found.get(spec, [])
        if not gaps:
            checks.append(Check(spec, Level.GREEN, "ok", FINE[spec], TARGETS[spec]))
            continue
        late_only = all("en retard" in fold(g) for g in gaps)
        checks.append(Check(spec, Level.ORANGE if late_only else Level.RED, f"{len(gaps)}",
                            " ; ".join(gaps) + ".", TARGETS[spec]))
    if OTHER in found:
        checks.append(Check(OTHER, Level.ORANGE, f"{len(found[OTHER])}",
                            " ; ".join(found[OTHER]) + ".", TARGETS[OTHER]))
    return checks


def _results(db: Database, sessions: Sequence[SessionReadiness]) -> Check:
    """Indicator 2 needs figures to publish: some satisfaction answers in the period."""
    ids = [s.session_id for s in sessions]
    query = (select(func.count(FormResponse.id))
             .join(FormVersion, FormVersion.id == FormResponse.form_version_id)
             .where(FormResponse.session_id.in_(ids), FormResponse.status == "answered",
                    FormVersion.kind == FormKind.SATISFACTION.value))
    with db.session() as s:
        answered = (s.scalar(query) or 0) if ids else 0
    if answered:
        return Check(RESULTS, Level.GREEN, f"{answered}", f"{answered} questionnaire(s) de "
                     "satisfaction rempli(s) sur la période : de quoi calculer et publier le taux "
                     "de satisfaction (Bilan de l'année).", TARGETS[RESULTS])
    return Check(RESULTS, Level.ORANGE, "aucun", "Aucun questionnaire de satisfaction rempli sur "
                 "la période : pas de taux de satisfaction à publier.", TARGETS[RESULTS])
