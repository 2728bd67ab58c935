"""`formation selftest`: does this installation work? Checked on a throwaway file, without Qt.

What an installer, a support call or CI wants to know in a few seconds: the shipped files are
there, a file can be created and migrated (Alembic finds its scripts), the demonstration fills it,
the consistency rules pass, and a PDF comes out. The user's own data is never opened.
"""

from __future__ import annotations

import io
import logging
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path
from typing import TextIO

from formation import __version__, resources
from formation.core.errors import FormationError
from formation.storage.database import Database

log = logging.getLogger(__name__)

SUCCESS = "Auto-test réussi."
NO_KEYRING = "aucun trousseau système ouvert dans cette session"
# The keyring backend that must ship for each platform (keyring finds them by their entry points,
# which a bundle loses when the package's metadata is left out).
KEYRING_BACKENDS = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}
KEYRING_PROBE = ("Formation (auto-test)", "auto-test")


class SelfTestFailure(Exception):
    """A check that did not give the expected result, worded in French."""


def run(out: TextIO | None = None) -> int:
    """Run every check, report each with its duration; 0 when all passed, 1 at the first failure."""
    out = out or sys.stdout
    print(f"Auto-test de Formation {__version__}", file=out)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="formation-autotest-", ignore_cleanup_errors=True) as folder:
        checks = _Checks(Path(folder) / "autotest.sqlite")
        try:
            if not all(_step(title, step, out) for title, step in checks.steps()):
                return 1
        finally:
            checks.close()  # before the folder goes: Windows does not delete an open file
    print(f"{SUCCESS} ({_seconds(time.perf_counter() - started)} au total)", file=out)
    log.info("Self-test passed")
    return 0


def _step(title: str, step: Callable[[], str], out: TextIO) -> bool:
    start = time.perf_counter()
    try:
        done = step()
    except Exception as error:  # whatever breaks is the answer wanted: report it, do not crash
        log.exception("Self-test failed at %s", title)
        reason = str(error) if isinstance(error, FormationError | SelfTestFailure) else (
            f"{type(error).__name__} : {error}")
        print(f"ÉCHEC  {title} : {reason}", file=out)
        print("Auto-test échoué : l'installation de Formation est incomplète ou endommagée.", file=out)
        return False
    print(f"ok     {title} : {done} ({_seconds(time.perf_counter() - start)})", file=out)
    return True


def _seconds(duration: float) -> str:
    return f"{duration:.2f} s".replace(".", ",")


class _Checks:
    """The checks, in order; each returns what it did, in French, or raises."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: Database | None = None

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [("Fichiers livrés", self.shipped_files), ("Fichier temporaire", self.open),
                ("Démonstration", self.demo), ("Cohérence", self.consistency),
                ("Document PDF", self.pdf), ("Trousseau système", self.system_keyring)]

    @property
    def db(self) -> Database:
        assert self._db is not None, "open() comes first"
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def shipped_files(self) -> str:
        icon = resources.resource("icons", "formation.svg")
        font = resources.resource("fonts", "DejaVuSans.ttf")
        forms = resources.forms_folder()
        for path, what in [(icon, "l'icône"), (font, "la police DejaVu Sans")]:
            if not path.is_file():
                raise SelfTestFailure(f"{what} est introuvable ({path})")
        if not forms.is_dir():
            raise SelfTestFailure(f"le dossier des modèles est introuvable ({forms})")
        return f"ressources et modèles trouvés dans {resources.root()}"

    def open(self) -> str:
        from formation.storage import migrate

        self._db = Database.open(self.path, daily_backup=False)
        current, head = migrate.current_revision(self.db.engine), migrate.head_revision()
        if current != head:
            raise SelfTestFailure(f"le schéma est en révision {current}, {head} attendue")
        return f"créé dans le dossier temporaire et mis au schéma {head}"

    def demo(self) -> str:
        from formation.services import demo

        summary = demo.fill(self.db)  # "Démonstration 2026 créée : 6 formations, …."
        return summary.split(" : ", 1)[-1].removesuffix(".")

    def consistency(self) -> str:
        from formation.services.consistency import problems

        found = self.db.integrity_problems() + problems(self.db)
        if found:
            raise SelfTestFailure(f"{len(found)} problème(s), dont : {found[0]}")
        return "intégrité SQLite et règles de l'application vérifiées, aucun problème"

    def pdf(self) -> str:
        from pypdf import PdfReader

        from formation.documents.attendance_sheet import attendance_sheet_pdf
        from formation.services.sessions import list_sessions

        sessions = list_sessions(self.db)
        if not sessions:
            raise SelfTestFailure("la démonstration n'a créé aucune session")
        session = sessions[0]
        pdf = attendance_sheet_pdf(self.db, session.id, blank=True)
        if not pdf.startswith(b"%PDF"):
            raise SelfTestFailure("la feuille d'émargement produite n'est pas un PDF")
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        if pages < 1:
            raise SelfTestFailure("la feuille d'émargement produite n'a aucune page")
        plural = "s" if pages > 1 else ""
        size = f"{len(pdf) // 1024} Ko"
        return (f"feuille d'émargement vierge de {session.code}, {pages} page{plural}, {size} ; "
                f"{self.verification_qr()}")

    @staticmethod
    def verification_qr() -> str:
        """The issued documents' QR code: ReportLab loads its encoders by name; bundles miss them."""
        from formation.documents import qr

        if not qr.png("AUTOTEST").startswith(b"\x89PNG"):
            raise SelfTestFailure("le QR code de vérification des documents n'a pas pu être dessiné")
        return "QR code de vérification dessiné"

    def system_keyring(self) -> str:
        """The SMTP password's keyring: shipped, and when one is open, a secret written, read, erased."""
        import keyring
        from keyring.backends import fail

        shipped = {point.name for point in entry_points(group="keyring.backends")}
        expected = KEYRING_BACKENDS.get(sys.platform)
        if expected and expected not in shipped:
            raise SelfTestFailure(f"le module de trousseau « {expected} » manque à l'installation")
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return (f"{NO_KEYRING} : le mot de passe de messagerie ne pourra pas être enregistré "
                    "(sans incidence pour le reste)")
        secret = secrets.token_urlsafe(16)
        keyring.set_password(*KEYRING_PROBE, secret)
        try:
            if keyring.get_password(*KEYRING_PROBE) != secret:
                raise SelfTestFailure("le trousseau système n'a pas rendu le secret enregistré")
        finally:
            keyring.delete_password(*KEYRING_PROBE)
        return f"{backend.name} : écriture, lecture et effacement vérifiés"
