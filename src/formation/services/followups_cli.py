"""`formation followups due | send | import`: the follow-up questionnaires from the command line
(the parsers are in formation.cli)."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from formation.core import frenchfmt
from formation.services import mail
from formation.services.followups import (
    INTERRUPTED,
    PARTICIPANT_KEY,
    REFUSED,
    REMINDER,
    FollowupRow,
    FollowupState,
    counts,
    refresh,
    templates_in_use,
)
from formation.services.followups_collect import import_returns
from formation.services.followups_send import default_eml_folder, plan, send_due
from formation.services.forms_import import report
from formation.storage.database import Database


def due(args: argparse.Namespace, database: Path, now: datetime | None = None) -> int:
    """What is to send or to remind now, what needs a look, and the counts."""
    now = now or datetime.now()
    with Database.open(database) as db:
        settings = mail.get_settings(db)
        rows = refresh(db, templates_in_use(), now, settings.reminder_days)
    items = plan(rows)
    for item in items:
        print(f"{'Relance' if item.kind == REMINDER else 'À envoyer'}  {_line(item.row)}")
    for row in rows:
        if row.interrupted or (row.state is FollowupState.REFUSED and not row.next_kind):
            print(f"À vérifier  {_line(row)} — {INTERRUPTED if row.interrupted else row.reason}")
    print(summary(rows))
    return 0


def send(args: argparse.Namespace, database: Path, now: datetime | None = None) -> int:
    """Send what is due (or, with --dry-run, only say what would go); 1 if anything was refused
    or the run stopped."""
    now = now or datetime.now()
    eml_dir = Path(args.eml_dir).expanduser() if args.eml_dir else None
    templates = templates_in_use()
    with Database.open(database) as db:
        settings = mail.get_settings(db)
        if args.dry_run:
            items = plan(refresh(db, templates, now, settings.reminder_days))
            for item in items:
                print(f"{'Relance' if item.kind == REMINDER else 'Questionnaire'}  {_line(item.row)}")
            if eml_dir is not None or not settings.configured:
                how = f"seraient écrits en .eml dans {eml_dir or default_eml_folder(now.date())}"
            else:
                how = f"seraient envoyés par {settings.host}:{settings.port}"
            print(f"{len(items)} message{'s' if len(items) > 1 else ''} {how} (rien n'est "
                  "envoyé ; les questionnaires dus sont seulement préparés).")
            return 0
        result = send_due(db, templates, now, settings=settings, eml_dir=eml_dir)
    for line in result.lines:
        if line.status in (REFUSED, "skipped"):
            print(f"{'Refusé' if line.status == REFUSED else 'Non préparé'}  {line.label} "
                  f"<{line.recipient}> — {line.message}")
    print(result.summary())
    return 1 if result.refused or result.skipped or result.stopped else 0


def import_(args: argparse.Namespace, database: Path, now: datetime | None = None) -> int:
    """Store the answers of returned PDFs, e-mails, mailboxes and spreadsheets."""
    templates = templates_in_use()
    with Database.open(database) as db:
        outcomes = import_returns(db, [Path(p) for p in args.paths], templates,
                                  now=now or datetime.now(), sheet_template=args.template,
                                  replace=args.replace)
    print("\n".join(report(outcomes)))
    return 1 if any(outcome.refused for outcome in outcomes) else 0


def _line(row: FollowupRow) -> str:
    whom = f"{row.recipient_name} <{row.recipient}>" if row.recipient else row.recipient_name
    about = f", pour {row.first_name} {row.last_name}" if row.template_key != PARTICIPANT_KEY else ""
    return f"{row.session_code}  échéance {frenchfmt.short_date(row.due_on)}  {whom}{about}"


def summary(rows: list[FollowupRow]) -> str:
    c = counts(rows)
    text = (f"Suivi à 3 mois : {c.due} à envoyer, {c.sent} envoyé(s) en attente de réponse "
            f"(dont {c.overdue} en retard), {c.answered} répondu(s), {c.upcoming} à venir")
    extra = [f"{c.refused} refusé(s) par le serveur" if c.refused else "",
             f"{c.not_sent} sans envoi possible" if c.not_sent else "",
             f"{c.interrupted} envoi(s) interrompu(s) à vérifier" if c.interrupted else ""]
    return text + "".join(f", {part}" for part in extra if part) + "."
