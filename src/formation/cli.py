"""The `formation` command: the app, and the batch jobs for scripts and scheduled tasks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from formation import __version__, paths
from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.storage.database import Database

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from formation.logs import setup_logging

    setup_logging()
    handler: Handler = getattr(args, "handler", run_gui)
    try:
        return handler(args)
    except FormationError as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 1


class FrenchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups,
                          "Utilisation : " if prefix is None else prefix)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="formation", add_help=False, formatter_class=FrenchHelpFormatter,
        description="Formation : sessions, émargement, évaluations et preuves Qualiopi. "
                    "Sans commande, ouvre l'application.",
    )
    parser.add_argument("-h", "--help", action="help", help="afficher cette aide")
    parser.add_argument("--version", action="version", version=f"Formation {__version__}",
                        help="afficher la version")
    parser.add_argument("--db", metavar="FICHIER",
                        help="fichier de données (sinon $FORMATION_DB, sinon le fichier par défaut)")
    commands = parser.add_subparsers(title="commandes", metavar="COMMANDE")

    gui = _command(commands, "gui", help="ouvrir l'application (par défaut)")
    gui.set_defaults(handler=run_gui)

    demo = _command(commands, "demo", help="remplir un fichier vide avec une année de démonstration")
    demo.add_argument("--if-empty", action="store_true",
                      help="ne rien faire (sans erreur) si le fichier contient déjà des données")
    demo.add_argument("--year", type=int, metavar="AAAA",
                      help="année des données (par défaut : l'année en cours)")
    demo.set_defaults(handler=run_demo)

    listing = _command(commands, "sessions", help="lister les sessions, une par ligne")
    listing.add_argument("--year", type=int, metavar="AAAA",
                         help="seulement les sessions commençant cette année")
    listing.set_defaults(handler=run_sessions)

    check = _command(commands, "check", help="vérifier l'intégrité et la cohérence du fichier")
    check.set_defaults(handler=run_check)

    backup = _command(commands, "backup", help="faire une sauvegarde du fichier maintenant")
    backup.add_argument("--out", metavar="FICHIER", help="où écrire la copie")
    backup.set_defaults(handler=run_backup)

    imports = _command(commands, "import-participants",
                                  help="importer des participant·es depuis un CSV ou un XLSX")
    imports.add_argument("file", metavar="FICHIER")
    imports.add_argument("--dry-run", action="store_true", help="montrer sans rien enregistrer")
    imports.set_defaults(handler=run_import)

    sheet = _command(commands, "attendance-sheet",
                     help="écrire la feuille d'émargement d'une session (PDF)")
    sheet.add_argument("--session", required=True, metavar="CODE", help="code de la session")
    sheet.add_argument("--out", required=True, metavar="FICHIER", help="fichier PDF à écrire")
    sheet.add_argument("--blank", action="store_true", help="feuille vierge, à signer sur papier")
    sheet.set_defaults(handler=run_attendance_sheet)

    forms = _command(commands, "forms", help="modèles de questionnaires et de grilles")
    forms_commands = forms.add_subparsers(metavar="COMMANDE", required=True)
    forms_check = _command(forms_commands, "check",
                           help="vérifier les modèles (fournis, puis ceux de l'organisme)")
    forms_check.add_argument("--folder", action="append", metavar="DOSSIER",
                             help="vérifier ce dossier à la place (peut être répété)")
    forms_check.set_defaults(handler=run_forms_check)
    forms_print = _command(forms_commands, "print", help="écrire un PDF à remplir par personne "
                           "pour une session (les questionnaires sont alors marqués envoyés)")
    forms_print.add_argument("--session", required=True, metavar="CODE", help="code de la session")
    forms_print.add_argument("--template", required=True, metavar="MODÈLE",
                             help="clé du modèle, par exemple besoins ou satisfaction_chaud")
    forms_print.add_argument("--out", required=True, metavar="DOSSIER", help="où écrire les PDF")
    forms_print.set_defaults(handler=run_forms_print)
    forms_import = _command(forms_commands, "import",
                            help="enregistrer les réponses de PDF remplis, de dossiers de PDF ou "
                                 "d'un tableur (CSV, XLSX)")
    forms_import.add_argument("paths", nargs="+", metavar="FICHIER")
    forms_import.add_argument("--template", metavar="MODÈLE", help="clé du modèle (obligatoire "
                              "pour un tableur ; pour un PDF, refuse tout autre modèle)")
    forms_import.add_argument("--session", metavar="CODE",
                              help="tableur : seulement les inscrit·es de cette session")
    forms_import.add_argument("--map", action="append", metavar="EN-TÊTE=CHAMP",
                              help="tableur : la colonne EN-TÊTE va au champ CHAMP (peut être répété)")
    forms_import.add_argument("--replace", action="store_true",
                              help="remplacer des réponses déjà enregistrées")
    forms_import.set_defaults(handler=run_forms_import)
    forms_results = _command(forms_commands, "results", help="résultats des questionnaires de "
                             "satisfaction et des grilles d'évaluation, en PDF ou en CSV")
    forms_results.add_argument("--session", metavar="CODE", help="les résultats d'une session")
    forms_results.add_argument("--course", metavar="CODE",
                               help="ou ceux de toutes les sessions d'une formation")
    forms_results.add_argument("--year", type=int, metavar="AAAA",
                               help="avec --course : seulement les sessions commençant cette année")
    forms_results.add_argument("--out", required=True, metavar="FICHIER",
                               help="fichier à écrire : .pdf (avec graphiques) ou .csv (tableur)")
    forms_results.set_defaults(handler=run_forms_results)
    forms_brief = _command(forms_commands, "brief", help="fiche formateur d'une session (le groupe "
                           "et ses besoins, confidentielle), en PDF ou en Word")
    forms_brief.add_argument("--session", required=True, metavar="CODE", help="code de la session")
    forms_brief.add_argument("--out", required=True, metavar="FICHIER",
                             help="fichier à écrire : .pdf ou .docx")
    forms_brief.set_defaults(handler=run_forms_brief)

    followups = _command(commands, "followups", help="questionnaires de suivi à 3 mois (et "
                         "employeurs) : dus, envoi par e-mail avec une relance, retour des réponses")
    followups_commands = followups.add_subparsers(metavar="COMMANDE", required=True)
    _command(followups_commands, "due", help="ce qui est à envoyer ou à relancer maintenant"
             ).set_defaults(handler=run_followups, action="due")
    followups_send = _command(followups_commands, "send", help="envoyer les questionnaires dus "
                              "et les relances (sans messagerie réglée : fichiers .eml)")
    followups_send.add_argument("--dry-run", action="store_true", help="montrer sans rien envoyer")
    followups_send.add_argument("--eml-dir", metavar="DOSSIER",
                                help="écrire des fichiers .eml dans ce dossier au lieu d'envoyer")
    followups_send.set_defaults(handler=run_followups, action="send")
    followups_import = _command(followups_commands, "import", help="enregistrer les réponses : "
                                "PDF remplis, e-mails (.eml), boîtes mail (.mbox), dossiers, CSV")
    followups_import.add_argument("paths", nargs="+", metavar="FICHIER")
    followups_import.add_argument("--template", default="suivi_froid", metavar="MODÈLE",
                                  help="modèle d'un tableur (par défaut : suivi_froid)")
    followups_import.add_argument("--replace", action="store_true",
                                  help="remplacer des réponses déjà enregistrées")
    followups_import.set_defaults(handler=run_followups, action="import")

    selftest = _command(commands, "selftest",
                        help="vérifier que Formation fonctionne ici, sur un fichier temporaire")
    selftest.set_defaults(handler=run_selftest)

    docs = _command(commands, "documents",
                    help="émettre les documents d'une session, en PDF ou en Word (registre numéroté)")
    docs.add_argument("--session", required=True, metavar="CODE", help="code de la session")
    docs.add_argument("--kind", required=True, metavar="TYPE",
                      choices=["realisation", "fin", "assiduite", "convocation", "programme",
                               "convention"], help="realisation, fin, assiduite, convocation, "
                      "programme ou convention")
    docs.add_argument("--out", required=True, metavar="DOSSIER", help="dossier où écrire les fichiers")
    docs.add_argument("--format", default="pdf", choices=["pdf", "docx"],
                      help="pdf (par défaut) ou docx (Word, modifiable)")
    docs.add_argument("--by", metavar="NOM", help="qui émet (par défaut : l'utilisateur connecté)")
    docs.set_defaults(handler=run_documents)

    verify = _command(commands, "verify", help="retrouver un document émis d'après son code")
    verify.add_argument("code", metavar="CODE", help="code de vérification imprimé sur le document")
    verify.add_argument("--file", metavar="FICHIER", help="vérifier aussi qu'un fichier est l'original")
    verify.set_defaults(handler=run_verify)

    audit = _command(commands, "audit-export", help="écrire le dossier de preuves Qualiopi (ZIP) "
                     "d'une période ou de sessions choisies")
    audit.add_argument("--from", dest="start", metavar="DATE", help="début de la période "
                       "(JJ/MM/AAAA ou AAAA-MM-JJ)")
    audit.add_argument("--to", dest="end", metavar="DATE", help="fin de la période")
    audit.add_argument("--session", action="extend", nargs="+", metavar="CODE",
                       help="ou les sessions voulues, par leur code (peut être répété)")
    audit.add_argument("--out", required=True, metavar="FICHIER", help="fichier ZIP à écrire")
    audit.set_defaults(handler=run_audit_export)

    stats = _command(commands, "stats", help="les chiffres d'une année : bilan d'activité, "
                     "indicateur 2 Qualiopi et BPF (partie pédagogique)")
    stats.add_argument("--year", type=int, required=True, metavar="AAAA", help="l'année")
    stats.add_argument("--format", default="json", choices=["json", "csv", "xlsx", "pdf"],
                       help="json (par défaut), csv, xlsx ou pdf")
    stats.add_argument("--out", metavar="FICHIER",
                       help="fichier à écrire (sinon à l'écran, pour json et csv)")
    stats.set_defaults(handler=run_stats)
    return parser


def _command(commands: Any, name: str, help: str) -> argparse.ArgumentParser:  # noqa: A002
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=help, description=help[:1].upper() + help[1:] + ".", add_help=False,
        formatter_class=FrenchHelpFormatter)
    parser.add_argument("-h", "--help", action="help", help="afficher cette aide")
    return parser


def database_path(args: argparse.Namespace) -> Path:
    return paths.chosen_database(args.db)


def run_gui(args: argparse.Namespace) -> int:
    from formation.ui.app import run  # Qt is loaded only when a window is wanted

    return run(database_path(args))


def run_demo(args: argparse.Namespace) -> int:
    from formation.services import demo

    with Database.open(database_path(args)) as db:
        if not demo.is_empty(db):
            if args.if_empty:
                return 0
            print("Erreur : ce fichier contient déjà des données ; la démonstration "
                  "ne remplit qu'un fichier vide.", file=sys.stderr)
            return 1
        summary = demo.fill(db, year=args.year)
    print(summary)
    return 0


def run_sessions(args: argparse.Namespace) -> int:
    from formation.services.sessions import list_sessions

    with Database.open(database_path(args), write=False, daily_backup=False) as db:
        rows = list_sessions(db, args.year)
    if not rows:
        print(f"Aucune session en {args.year}." if args.year else "Aucune session.")
        return 0
    table = [[row.code, frenchfmt.date_range(row.start_date, row.end_date), row.course_title,
              row.place or "—", row.status.label, _participants(row.seated, row.waiting)]
             for row in rows]
    for line in _aligned(table):
        print(line)
    return 0


def _participants(seated: int, waiting: int) -> str:
    text = f"{seated} participant·e{'s' if seated > 1 else ''}"
    return f"{text}, {waiting} en attente" if waiting else text


def _aligned(table: list[list[str]]) -> list[str]:
    """Columns padded to their widest cell (the last one is left as it is)."""
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]) - 1)]
    return ["  ".join([*(cell.ljust(w) for cell, w in zip(row, widths, strict=False)), row[-1]])
            for row in table]


def run_check(args: argparse.Namespace) -> int:
    from formation.services.consistency import problems

    with Database.open(database_path(args), write=False, daily_backup=False) as db:
        found = db.integrity_problems() + problems(db)
    for problem in found:
        print(f"- {problem}")
    print("Aucun problème trouvé." if not found else f"{len(found)} problème(s) trouvé(s).")
    return 1 if found else 0


def run_backup(args: argparse.Namespace) -> int:
    from formation.storage import backup

    source = database_path(args)
    if not source.exists():
        raise FormationError(f"Le fichier {source} n'existe pas.")
    target = backup.copy_database(source, Path(args.out)) if args.out else backup.backup_now(source)
    print(f"Sauvegarde écrite : {target}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from formation.services import participant_import

    with Database.open(database_path(args)) as db:
        return participant_import.run_cli(db, Path(args.file), dry_run=args.dry_run)


def run_attendance_sheet(args: argparse.Namespace) -> int:
    from formation.documents.attendance_sheet import attendance_sheet_pdf
    from formation.services.sessions import list_sessions

    with Database.open(database_path(args), write=False, daily_backup=False) as db:
        found = [row.id for row in list_sessions(db) if row.code == args.session.strip()]
        if not found:
            raise FormationError(f"Aucune session n'a le code « {args.session} ».")
        pdf = attendance_sheet_pdf(db, found[0], blank=args.blank)
    out = Path(args.out)
    out.write_bytes(pdf)
    print(f"Feuille d'émargement écrite : {out}")
    return 0


def run_forms_check(args: argparse.Namespace) -> int:
    from formation.forms.catalog import check_lines, default_folders

    lines, ok = check_lines([Path(f) for f in args.folder] if args.folder else default_folders())
    print("\n".join(lines))
    return 0 if ok else 1


def run_forms_print(args: argparse.Namespace) -> int:
    from formation.documents.form_commands import print_forms

    return print_forms(args, database_path(args))


def run_forms_import(args: argparse.Namespace) -> int:
    from formation.documents.form_commands import import_forms

    return import_forms(args, database_path(args))


def run_forms_results(args: argparse.Namespace) -> int:
    from formation.documents.results_pdf import run

    return run(args, database_path(args))


def run_forms_brief(args: argparse.Namespace) -> int:
    from formation.documents.trainer_brief import run

    return run(args, database_path(args))


def run_followups(args: argparse.Namespace) -> int:
    from formation.services import followups_cli

    handler = {"due": followups_cli.due, "send": followups_cli.send, "import": followups_cli.import_}
    return handler[args.action](args, database_path(args))


def run_selftest(args: argparse.Namespace) -> int:
    from formation import selftest

    return selftest.run()


def run_documents(args: argparse.Namespace) -> int:
    from formation.documents.commands import documents

    return documents(args, database_path(args))


def run_verify(args: argparse.Namespace) -> int:
    from formation.documents.commands import verify

    return verify(args, database_path(args))


def run_stats(args: argparse.Namespace) -> int:
    from formation.documents.stats_export import stats_command

    return stats_command(args, database_path(args))


def run_audit_export(args: argparse.Namespace) -> int:
    from formation.services.audit_export import run

    return run(args, database_path(args))
