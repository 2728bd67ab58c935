"""The `formation forms print` and `formation forms import` commands (parsers are in formation.cli)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from formation.core.errors import FormationError
from formation.documents.form_pdf import file_name, gather, render
from formation.forms import Template, default_folders, load_all
from formation.services import forms_store
from formation.services.forms_import import import_paths, report
from formation.storage.database import Database
from formation.storage.models import Session as TrainingSession


def print_forms(args: argparse.Namespace, database: Path, now: datetime | None = None) -> int:
    """One PDF per person for a session and a template, prepared if needed, then marked as sent."""
    templates = templates_in_use()
    out = Path(args.out)
    with Database.open(database) as db:
        ids = forms_store.prepare(db, session_id(db, args.session), args.template, templates)
        if not ids:
            print(f"Aucun questionnaire « {args.template} » pour cette session (personne n'est "
                  "concerné·e).")
            return 0
        out.mkdir(parents=True, exist_ok=True)
        for response_id in ids:
            facts = gather(db, response_id)
            (out / file_name(facts)).write_bytes(render(facts))
            print(f"Écrit : {file_name(facts)}")
        sent = forms_store.mark_sent(db, ids, now or datetime.now())
    plural = "s" if len(ids) > 1 else ""
    print(f"{len(ids)} questionnaire{plural} écrit{plural} dans {out}"
          + (f", dont {sent} marqué{'s' if sent > 1 else ''} comme envoyé{'s' if sent > 1 else ''}."
             if sent else "."))
    return 0


def import_forms(args: argparse.Namespace, database: Path, now: datetime | None = None) -> int:
    """Store the answers of filled PDFs, folders of them and spreadsheets; 1 when any was refused."""
    templates = templates_in_use()
    mapping = parse_mapping(args.map or [])
    with Database.open(database) as db:
        session = session_id(db, args.session) if args.session else None
        outcomes = import_paths(db, [Path(p) for p in args.paths], templates,
                                now=now or datetime.now(), template_key=args.template,
                                session_id=session, mapping=mapping, replace=args.replace)
    print("\n".join(report(outcomes)))
    return 1 if any(outcome.refused for outcome in outcomes) else 0


def templates_in_use() -> dict[str, Template]:
    templates, errors = load_all(default_folders())
    if errors:
        print(f"Attention : {len(errors)} problème{'s' if len(errors) > 1 else ''} dans les modèles "
              "(les modèles en erreur ne sont pas utilisés) ; voir « formation forms check ».",
              file=sys.stderr)
    return templates


def session_id(db: Database, code: str) -> int:
    with db.session() as s:
        found = s.scalar(select(TrainingSession.id).where(TrainingSession.code == code.strip()))
    if found is None:
        raise FormationError(f"Aucune session n'a le code « {code} ».")
    return found


def parse_mapping(items: Sequence[str]) -> dict[str, str]:
    """["Votre avis=contenus", "Courriel=_email"] -> {"Votre avis": "contenus", …}."""
    mapping: dict[str, str] = {}
    for item in items:
        header, sign, target = item.rpartition("=")
        if not sign or not header.strip():
            raise FormationError(f"« {item} » : écrivez la correspondance sous la forme "
                                 "« En-tête de colonne=identifiant_du_champ ».")
        mapping[header.strip()] = target.strip()
    return mapping
