"""What an import did with each file or spreadsheet row, and the one way answers get stored.

Shared by the PDF import (formation.services.forms_import) and the spreadsheet import
(formation.services.forms_csv).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from formation.core.errors import FormationError
from formation.forms.model import Field, Template, fields_for, normalise, validate_answers
from formation.services import forms_store
from formation.services.forms_fields import caption
from formation.services.forms_store import Response, ResponseState
from formation.storage.database import Database
from formation.storage.models import Registration


class Refused(FormationError):
    """An import that cannot be stored; the message says why, in French."""


@dataclass(frozen=True)
class Outcome:
    """What became of one file or one spreadsheet row."""

    where: str  # "reponses-dupont.pdf", "sondage.csv, ligne 4"
    stored: bool
    message: str
    response_id: int | None = None
    #: Already stored with exactly these answers: nothing to do, nothing refused.
    unchanged: bool = False

    @property
    def refused(self) -> bool:
        return not self.stored and not self.unchanged


# --- storing ------------------------------------------------------------------------------------------

def store(db: Database, response: Response, raw: Mapping[str, Any], source: str, where: str, *,
          now: datetime, replace: bool = False) -> Outcome:
    """Validate, then record; refused (with the questions at fault) if the answers do not hold."""
    template, objectives = response.template, response.objectives
    problems = validate_answers(template, objectives, raw)
    if problems:
        raise Refused(problems_text(template, objectives, problems))
    who = f"{describe(db, response)} (questionnaire n° {response.id})"
    if response.status is ResponseState.ANSWERED:
        if normalise(template, objectives, raw) == response.answers:
            return Outcome(where, False, f"{who} : déjà enregistré, à l'identique.", response.id,
                           unchanged=True)
        if not replace:
            when = f" le {response.answered_at:%d/%m/%Y}" if response.answered_at else ""
            raise Refused(f"{who} a déjà des réponses, enregistrées{when} : pour les remplacer "
                          "par celles-ci, relancez l'import avec --replace.")
    forms_store.record_answers(db, response.id, raw, source, now)
    return Outcome(where, True, who, response.id)


def problems_text(template: Template, objectives: Sequence[str], problems: Mapping[str, str]) -> str:
    by_id: dict[str, Field] = {f.id: f for f in fields_for(template, objectives)}
    parts = [f"{caption(by_id[key])} : {message}" if key in by_id else f"{key} : {message}"
             for key, message in problems.items()]
    return "réponses à corriger, rien n'est enregistré — " + " ; ".join(parts)


def describe(db: Database, response: Response) -> str:
    """'Marie Dupont, Questionnaire de satisfaction de fin de formation'."""
    name = response.respondent_name
    if response.registration_id is not None:
        with db.session() as s:
            registration = s.get(Registration, response.registration_id)
            if registration is not None:
                name = registration.participant.full_name
    return f"{name or 'sans nom'}, {response.template.title}"
