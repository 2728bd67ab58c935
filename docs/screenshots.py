"""The screenshots of the user guide (docs/guide.md), taken from the real application.

    xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python docs/screenshots.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py --out /tmp/captures

Each shot drives the real windows as a user would (the sidebar, the buttons, the dialogs, typing
and signing with the mouse) on a fresh file in a temporary folder: HOME and the XDG folders point
there, and the system keyring is one in memory, so the user's own data, settings and passwords are
never read nor touched. The result does not depend on
the day it is taken: the demonstration is the year 2026, the clock of the application is frozen on
Monday 23 November 2026 at 10:40, the windows have fixed sizes, the font is the bundled DejaVu Sans
and the style Qt's Fusion.

Run it again after a change of the interface, look at the images, and commit them: only the two
images showing issued documents change at every run (their verification codes are random). SHOTS
lists the images in the order of the guide; tests/test_docs.py checks that the guide shows exactly
these, and runs the whole tour offscreen (about 15 s). The pictures of PDF documents need pdftoppm
(poppler-utils).

Options: --out FOLDER (default docs/images), --only NAME… (some shots; those before them run too,
each shot starting where the previous one left off), --lang en (the English interface, to look at
the translation; the guide's images are French), --work FOLDER (the temporary folder).
"""
# ruff: noqa: TID251 (this script drives the Qt interface, like the tests)

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time as clock
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import keyring
from keyring.backend import KeyringBackend
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QScrollArea

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
TODAY = date(2026, 11, 23)
NOW = datetime.combine(TODAY, time(10, 40))
MAIN_SIZE = (1200, 760)
ATTENDANCE_SIZE = (1280, 780)
WORK_FOLDER = Path(tempfile.gettempdir()) / "formation-guide"  # fixed: the status bar shows it

Shot = Callable[["Tour"], Any]
SHOTS: dict[str, Shot] = {}


def shot(name: str) -> Callable[[Shot], Shot]:
    """Register a shot: docs/images/<name>.png, in the order of the guide."""
    def register(function: Shot) -> Shot:
        SHOTS[name] = function
        return function
    return register


# --- a frozen clock -------------------------------------------------------------------------------

class _Frozen(type):
    """isinstance(x, FrozenDate) is isinstance(x, date): only today() and now() change."""

    def __instancecheck__(cls, instance: object) -> bool:
        return isinstance(instance, cls.__mro__[1])


class FrozenDate(date, metaclass=_Frozen):
    @classmethod
    def today(cls) -> date:
        return TODAY


class FrozenDateTime(datetime, metaclass=_Frozen):
    @classmethod
    def now(cls, tz: Any = None) -> datetime:
        return NOW if tz is None else NOW.astimezone(tz)

    @classmethod
    def today(cls) -> datetime:
        return NOW


def load_formation() -> None:
    """Import every module of Formation now, so that freeze_clock() reaches them all."""
    import importlib
    import pkgutil

    import formation

    for module in pkgutil.walk_packages(formation.__path__, "formation."):
        if ".migrations" not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)


def freeze_clock() -> None:
    """Every module of Formation loaded so far sees NOW (called again before each shot)."""
    for name, module in list(sys.modules.items()):
        if name == "formation" or name.startswith("formation."):
            if getattr(module, "date", None) is date:
                module.date = FrozenDate
            if getattr(module, "datetime", None) is datetime:
                module.datetime = FrozenDateTime


# --- the tour -------------------------------------------------------------------------------------

class Tour:
    """The application on its temporary file, and the helpers the shots share."""

    def __init__(self, work: Path) -> None:
        from formation import paths

        self.work = work
        self.db_path = paths.chosen_database(None)  # the default file, as on a first launch
        self.db: Any = None
        self.window: Any = None
        self.attendance: Any = None  # the émargement window, kept from one shot to the next
        self.documents: Any = None  # the Documents dialog, likewise
        self.results: Any = None  # the Résultats dialog, likewise
        self.bpf: Any = None  # the BPF tab of the year's figures, taken with the first one

    # --- opening ---------------------------------------------------------------------------------
    def open(self, recent: list[Path] | None = None) -> Any:
        from formation.storage.database import Database
        from formation.ui.main_window import MainWindow

        self.close()
        self.db = Database.open(self.db_path)
        freeze_clock()
        self.window = MainWindow(self.db, recent or [])
        self.window.resize(*MAIN_SIZE)
        self.window.move(0, 0)
        self.window.show()
        self.settle()
        return self.window

    def close(self) -> None:

        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        if self.db is not None:
            self.db.close()
            self.db = None
        self.settle()

    def fill_demo(self) -> None:
        from formation.services import demo

        freeze_clock()
        demo.fill(self.db, 2026, today=TODAY)

    # --- driving -------------------------------------------------------------------------------
    @staticmethod
    def settle(rounds: int = 3) -> None:
        """Let Qt lay out and paint (and short timers fire) before the next step."""
        for _ in range(rounds):
            QApplication.processEvents()
            clock.sleep(0.005)

    def wait(self, done: Callable[[], bool], what: str, seconds: float = 30) -> None:
        end = clock.monotonic() + seconds
        while not done():
            if clock.monotonic() > end:
                raise RuntimeError(f"waited too long for {what}")
            self.settle(1)

    @staticmethod
    def tr(text: str) -> str:
        """A French text of the interface as shown (in English with --lang en)."""

        return QCoreApplication.translate("MainWindow", text)

    def wait_for(self, kind: type) -> Any:
        """The window of `kind` just opened by a click (open() or show(): it does not block)."""
        found: list[Any] = []

        def visible() -> bool:
            found[:] = [w for w in QApplication.topLevelWidgets()
                        if isinstance(w, kind) and w.isVisible()]
            return bool(found)

        self.wait(visible, kind.__name__)
        self.settle()
        return found[-1]

    def page(self, label: str) -> Any:
        """Click the page's entry in the sidebar, as a user does."""
        sidebar = self.window.sidebar
        row = next(i for i in range(sidebar.count()) if sidebar.item(i).text() == self.tr(label))
        self.click(sidebar.viewport(), sidebar.visualItemRect(sidebar.item(row)).center())
        self.settle()
        return self.window.stack.currentWidget()

    def click(self, widget: Any, at: Any = None) -> None:

        if not (widget.isVisible() and widget.isEnabled()):
            raise RuntimeError(f"cannot click {widget!r}: hidden or disabled")
        if at is None:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
        self.settle()

    def type(self, widget: Any, text: str) -> None:
        """Type on the keyboard (QTest knows ASCII only: accented letters are sent as key events)."""
        widget.setFocus()
        for char in text:
            if char.isascii():
                QTest.keyClick(widget, char)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                             char))
        self.settle(50)  # the clear button of a search field fades in

    def button(self, parent: Any, text: str) -> Any:

        return next(b for b in parent.findChildren(QAbstractButton)
                    if b.text() == self.tr(text) and b.isVisible())

    def select_session(self, code: str) -> Any:
        page = self.page("Sessions")
        page.search.clear()
        row = next(r for r in page.model.rows() if r.code == code)
        page.select_id(row.id)
        self.settle()
        return page

    def session_id(self, code: str) -> int:
        from formation.services import sessions

        return next(r.id for r in sessions.list_sessions(self.db) if r.code == code)

    def draw(self, pad: Any, strokes: list[list[tuple[int, int]]]) -> None:
        """Sign with the mouse: press, drag with the button held, release."""

        for stroke in strokes:
            QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             QPoint(*stroke[0]))
            for x, y in stroke[1:]:
                local = QPointF(x, y)
                QApplication.sendEvent(pad, QMouseEvent(
                    QEvent.Type.MouseMove, local, pad.mapToGlobal(local), Qt.MouseButton.NoButton,
                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
            QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                               QPoint(*stroke[-1]))
        self.settle()

    def while_modal(self, action: Callable[[], None], inside: Callable[[Any], Any]) -> Any:
        """Run `action`, which opens a modal window (exec()); `inside` gets that window, returns
        what to keep (a picture), and closes it."""

        kept: list[Any] = []
        errors: list[BaseException] = []

        def attempt(left: int) -> None:
            modal = QApplication.activeModalWidget()
            if modal is None:
                if left:
                    QTimer.singleShot(20, lambda: attempt(left - 1))
                else:
                    errors.append(RuntimeError("no modal window appeared"))
                return
            try:
                self.settle()
                kept.append(inside(modal))
            except BaseException as error:  # noqa: BLE001 (raised again below)
                errors.append(error)
                modal.close()

        QTimer.singleShot(50, lambda: attempt(100))
        action()
        if errors:
            raise errors[0]
        return kept[0]

    # --- pictures ------------------------------------------------------------------------------
    @staticmethod
    def grab(widget: Any, *popups: Any) -> Any:
        """The window as shown, with its open menus or dialogs painted where they stand (with no
        window manager, a dialog has no frame of its own: it gets a thin border and a shadow)."""
        picture = widget.grab()
        if popups:
            painter = QPainter(picture)
            origin = widget.mapToGlobal(widget.rect().topLeft())
            for popup in popups:
                where = QRect(popup.mapToGlobal(popup.rect().topLeft()) - origin, popup.size())
                if isinstance(popup, QDialog):
                    for step, alpha in enumerate((60, 35, 18), start=1):
                        painter.fillRect(where.translated(step, step), QColor(0, 0, 0, alpha))
                painter.drawPixmap(where.topLeft(), popup.grab())
                if isinstance(popup, QDialog):
                    painter.setPen(QColor("#7d848f"))
                    painter.drawRect(where.adjusted(0, 0, -1, -1))
            painter.end()
        return picture

    def pdf_page(self, pdf: Path, name: str, width: int = 900) -> Path:
        """The first page of a PDF as a PNG (pdftoppm, from poppler-utils)."""
        tool = shutil.which("pdftoppm")
        if tool is None:
            raise RuntimeError("pdftoppm is needed for the pictures of documents "
                               "(apt-get install poppler-utils)")
        stem = self.work / name
        subprocess.run([tool, "-png", "-singlefile", "-f", "1", "-l", "1", "-scale-to-x",
                        str(width), "-scale-to-y", "-1", str(pdf), str(stem)], check=True)
        return stem.with_suffix(".png")


# --- the shots, in the order of the guide ---------------------------------------------------------

@shot("premier-lancement")
def first_launch(tour: Tour) -> Any:
    """An empty file: the welcome asks for the organisation."""
    return tour.grab(tour.open())


@shot("accueil")
def home(tour: Tour) -> Any:
    tour.fill_demo()
    tour.open(recent=[tour.work / "marie" / "Documents" / "Maillage-2025.sqlite",
                      tour.work / "marie" / "Documents" / "essai.sqlite"])
    tour.page("Accueil")
    return tour.grab(tour.window)


@shot("parametres")
def settings(tour: Tour) -> Any:
    tour.page("Paramètres")
    return tour.grab(tour.window)


@shot("formations")
def courses(tour: Tour) -> Any:
    page = tour.page("Formations")
    page.table.selectRow(0)
    return tour.grab(tour.window)


@shot("fiche-formation")
def course_form(tour: Tour) -> Any:

    page = tour.page("Formations")
    row = next(i for i in range(page.proxy.rowCount())
               if page.proxy.index(i, 0).data() == "FONCT")
    page.table.selectRow(row)
    dialog = page.editor(page.current_row())  # what Modifier opens, shown without blocking
    dialog.resize(760, 780)
    dialog.show()
    tour.settle()
    dialog.findChild(QScrollArea).ensureWidgetVisible(dialog.objectives, 0, 120)
    tour.settle()
    picture = tour.grab(dialog)
    dialog.reject()
    return picture


@shot("sessions")
def sessions_page(tour: Tour) -> Any:
    tour.select_session("EMPLOI-2026-11")
    return tour.grab(tour.window)


@shot("fiche-session")
def session_form(tour: Tour) -> Any:
    page = tour.select_session("EMPLOI-2026-11")
    dialog = page.editor(page.current_row())
    dialog.show()
    tour.settle()
    picture = tour.grab(dialog)
    dialog.reject()
    return picture


@shot("inscription")
def register(tour: Tour) -> Any:
    page = tour.select_session("FONCT-2026-12")
    dialog = page.panel.register_dialog()  # what Inscrire… opens, shown without blocking
    dialog.show()
    tour.settle()
    tour.type(dialog.picker.search, "roubaix")
    picture = tour.grab(dialog)
    dialog.reject()
    return picture


@shot("liste-attente")
def waiting_list(tour: Tour) -> Any:
    """The session made full (8 seats), someone more: the waiting list is offered."""
    from formation.services import sessions

    data = sessions.get_session(tour.db, tour.session_id("FONCT-2026-12"))
    data.capacity = 8
    sessions.save_session(tour.db, data)
    page = tour.select_session("FONCT-2026-12")
    page.refresh()
    dialog = page.panel.register_dialog()
    dialog.show()
    tour.settle()
    tour.type(dialog.picker.search, "lille")

    def answer(box: Any) -> Any:
        picture = tour.grab(dialog, box)
        tour.click(tour.button(box, "Oui"))
        return picture

    picture = tour.while_modal(lambda: tour.click(tour.button(dialog, "Inscrire")), answer)
    tour.settle()
    return picture


@shot("import")
def import_participants(tour: Tour) -> Any:
    from formation.ui.import_dialog import ImportDialog

    table = tour.work / "inscrits-reseau.csv"
    table.write_text(
        "Nom;Prénom;Courriel;Téléphone;Structure;Code postal;Ville\n"
        "Lemaire;Anaïs;anais.lemaire@exemple.org;06 39 98 41 27;Les Jardins partagés;59000;Lille\n"
        "Bouchez;Karim;karim.bouchez@exemple.org;06 39 98 17 54;Radio Campus;59650;"
        "Villeneuve-d'Ascq\n"
        "Vandenberghe;Lucie;lucie.v@exemple;06 39 98 88 02;;59100;Roubaix\n"
        "Delattre;Thomas;thomas.delattre@exemple.org;;Les Jardins partagés;59000;Lille\n"
        "Lemaire;Anaïs;anais.lemaire@exemple.org;;;59000;Lille\n",
        encoding="utf-8")
    page = tour.page("Participants")

    def analyse(dialog: Any) -> Any:
        assert isinstance(dialog, ImportDialog)
        dialog.load_file(table)  # what Choisir un fichier… does once the file is chosen
        tour.settle()
        tour.click(dialog.analyse_button)
        picture = tour.grab(dialog)
        dialog.reject()
        return picture

    return tour.while_modal(lambda: tour.click(page.import_button), analyse)


@shot("emargement")
def attendance(tour: Tour) -> Any:
    """This morning's half-day of EMPLOI-2026-11: two statuses, one signature, one to go."""
    from formation.core.enums import Presence

    page = tour.select_session("EMPLOI-2026-11")
    tour.click(page.actions.attendance_button)
    window = page.actions.windows[tour.session_id("EMPLOI-2026-11")]
    window.resize(*ATTENDANCE_SIZE)
    window.move(0, 0)
    tour.settle()
    rows = list(window.rows.values())
    for row in rows[:5]:
        tour.click(row.buttons[Presence.PRESENT])
    tour.click(rows[5].buttons[Presence.LATE])
    window.dialog.set_time(time(9, 25))
    tour.click(window.dialog.validate_button)
    for row in rows[:2]:
        tour.click(row.sign_button)
        tour.draw(window.dialog.pad, SIGNATURE)
        tour.click(window.dialog.validate_button)
    tour.attendance = window
    return tour.grab(window)


@shot("signature")
def signature(tour: Tour) -> Any:
    window = tour.attendance
    row = list(window.rows.values())[2]
    tour.click(row.sign_button)
    tour.draw(window.dialog.pad, SIGNATURE_2)
    picture = tour.grab(window.dialog)
    tour.click(window.dialog.validate_button)
    return picture


@shot("emargement-signe")
def signed_half_day(tour: Tour) -> Any:
    """The half-day before, signed by the trainer last Monday: locked."""
    window = tour.attendance
    tour.click(window.previous_button)
    return tour.grab(window)


@shot("correction")
def correction(tour: Tour) -> Any:
    window = tour.attendance
    tour.click(window.correct_button)
    dialog = window.dialog
    tour.type(dialog.by.lineEdit(), "Claire Desrousseaux")
    tour.type(dialog.reason, "Arrivée à 13h50 et non à 13h40 : erreur lors de l'appel.")
    picture = tour.grab(window, dialog)
    dialog.reject()
    tour.settle()
    window.close()
    tour.settle()
    return picture


@shot("feuille-emargement")
def sheet_menu(tour: Tour) -> Any:

    page = tour.select_session("EMPLOI-2026-11")
    button = page.actions.sheet_button
    menu = button.menu()
    button.setDown(True)
    menu.popup(button.mapToGlobal(QPoint(0, button.height())))
    tour.settle()
    picture = tour.grab(tour.window, menu)
    menu.close()
    button.setDown(False)
    tour.settle()
    return picture


@shot("feuille-remplie")
def filled_sheet(tour: Tour) -> Any:
    """The filled sheet of the previous session (what Remplie, avec les signatures… saves)."""
    from formation.documents.attendance_sheet import attendance_sheet_pdf

    pdf = tour.work / "STATESS-2026-11_emargement.pdf"
    pdf.write_bytes(attendance_sheet_pdf(tour.db, tour.session_id("STATESS-2026-11"), blank=False))
    return tour.pdf_page(pdf, "feuille-remplie")


@shot("scans")
def scans(tour: Tour) -> Any:
    from formation.documents.attendance_sheet import attendance_sheet_pdf
    from formation.ui.session_actions import ScansDialog

    page = tour.select_session("GESTFI-2026-11")
    scan = tour.work / "GESTFI-2026-11_emargement-signee.pdf"
    scan.write_bytes(attendance_sheet_pdf(tour.db, tour.session_id("GESTFI-2026-11"), blank=True))
    tour.click(page.actions.scans_button)
    dialog = tour.wait_for(ScansDialog)
    dialog.attach(scan)  # what Joindre un scan… does once the file is chosen
    tour.settle()
    picture = tour.grab(dialog)
    dialog.reject()
    tour.settle()
    return picture


@shot("documents")
def documents(tour: Tour) -> Any:
    from formation.ui.documents_dialog import DocumentsDialog

    page = tour.select_session("STATESS-2026-11")
    tour.click(page.actions.documents_button)
    dialog = tour.wait_for(DocumentsDialog)
    dialog.set_kind("realisation")
    dialog.folder_edit.setText(str(tour.work / "marie" / "Documents" / "Formation"
                                   / "2026-11-04_STATESS-2026-11"))
    tour.settle()
    tour.documents = dialog
    return tour.grab(dialog)


@shot("documents-produits")
def documents_done(tour: Tour) -> Any:
    dialog = tour.documents
    tour.click(dialog.produce_button)
    tour.wait(lambda: dialog.summary is not None, "the documents")
    tour.settle()
    return tour.grab(dialog)


@shot("certificat")
def certificate(tour: Tour) -> Any:
    dialog = tour.documents
    first = dialog.summary.issued[0].path
    picture = tour.pdf_page(first, "certificat")
    dialog.reject()
    tour.settle()
    return picture


@shot("questionnaire-besoins")
def needs_questionnaire(tour: Tour) -> Any:
    """The needs grid of one person, as `formation forms print` writes it (a fillable PDF)."""
    from formation.documents.form_commands import templates_in_use
    from formation.documents.form_pdf import gather, render
    from formation.services import forms_store

    ids = forms_store.prepare(tour.db, tour.session_id("FONCT-2026-12"), "besoins",
                              templates_in_use())
    blank = [i for i in ids if forms_store.get_response(tour.db, i).status
             is not forms_store.ResponseState.ANSWERED]  # the demonstration answers some already
    pdf = tour.work / "besoins.pdf"
    pdf.write_bytes(render(gather(tour.db, (blank or ids)[0])))
    return tour.pdf_page(pdf, "questionnaire-besoins")


@shot("resultats")
def results(tour: Tour) -> Any:
    """Sessions > Résultats… of a session over: the satisfaction, question by question."""
    from formation.ui.results_dialog import ResultsDialog

    page = tour.select_session(RESULTS_SESSION)
    tour.click(page.actions.results_button)
    dialog = tour.wait_for(ResultsDialog)
    dialog.resize(900, 680)
    tour.settle()
    tour.results = dialog
    return tour.grab(dialog)


@shot("resultats-acquis")
def results_acquired(tour: Tour) -> Any:
    dialog = tour.results
    dialog.tabs.setCurrentIndex(1)
    tour.settle()
    picture = tour.grab(dialog)
    dialog.reject()
    tour.settle()
    return picture


@shot("suivi")
def followups_page(tour: Tour) -> Any:
    """The page Suivi à 3 mois: the figures, the e-mail line, the questionnaires by due date; the
    row chosen is one that will not be sent, and says why."""
    from formation.services.followups import FollowupState
    from formation.ui.table_model import ROW_ROLE

    page = tour.page("Suivi à 3 mois")
    rows = [page.proxy.index(i, 0).data(ROW_ROLE) for i in range(page.proxy.rowCount())]
    chosen = next((i for i, r in enumerate(rows) if r.state is FollowupState.NOT_SENT), 0)
    page.table.selectRow(chosen)
    page.table.scrollTo(page.proxy.index(chosen, 0), page.table.ScrollHint.PositionAtCenter)
    tour.settle()
    return tour.grab(tour.window)


@shot("messagerie")
def mail_settings(tour: Tour) -> Any:
    """Messagerie…: the organisation's SMTP server, typed in, then saved (password: the keyring)."""
    from formation.ui.mail_settings import MailSettingsDialog

    page = tour.window.stack.currentWidget()

    def fill(dialog: Any) -> Any:
        assert isinstance(dialog, MailSettingsDialog)
        for field, text in ((dialog.host, "smtp.exemple.org"),
                            (dialog.username, "formation@exemple.org"),
                            (dialog.password, "mot de passe")):
            field.setText(text)  # as typed (tour.type() is slower)
        dialog.password.setFocus()
        dialog.findChild(QScrollArea).ensureWidgetVisible(dialog.reminder_days, 0, 40)
        tour.settle()
        picture = tour.grab(dialog)
        tour.click(dialog.buttons.button(dialog.buttons.StandardButton.Save))
        return picture

    return tour.while_modal(lambda: tour.click(page.settings_button), fill)


@shot("suivi-envoi")
def followups_send(tour: Tour) -> Any:
    """Envoyer les questionnaires dus…: what goes, and how, is asked first (here: not now)."""
    page = tour.window.stack.currentWidget()

    def ask(box: Any) -> Any:
        picture = tour.grab(tour.window, box)
        tour.click(box.button(box.StandardButton.No))
        return picture

    return tour.while_modal(lambda: tour.click(page.send_button), ask)


@shot("suivi-taux")
def followups_rates(tour: Tour) -> Any:
    page = tour.window.stack.currentWidget()
    page.tabs.setCurrentIndex(1)
    tour.settle()
    picture = tour.grab(tour.window)
    page.tabs.setCurrentIndex(0)
    return picture


@shot("qualite")
def quality(tour: Tour) -> Any:
    """Qualité: the registers, one tab each; the complaints first."""
    page = tour.page("Qualité")
    page.tabs.setCurrentIndex(0)
    page.complaints.table.selectRow(0)
    tour.settle()
    return tour.grab(tour.window)


@shot("qualite-formateurs")
def quality_trainers(tour: Tour) -> Any:
    """The trainers' tab: the CV of each trainer and the trainings they followed."""
    from formation.services import registers

    page = tour.window.stack.currentWidget()
    page.tabs.setCurrentWidget(page.trainers)
    missing = [t for t, gaps in registers.trainer_gaps(tour.db).items() if gaps]
    if missing:  # the one an auditor would ask about, with its warning
        page.trainers.select_trainer(missing[0])
    tour.settle()
    return tour.grab(tour.window)


@shot("pieces-jointes")
def attachments(tour: Tour) -> Any:
    """The files of a register's row (here a trainer's): a new CV joined, as Joindre un fichier…
    does."""
    from formation.ui.registers.attachments import AttachmentsDialog

    page = tour.window.stack.currentWidget()
    name = page.trainers.trainer.currentText().title()
    cv = tour.work / f"CV {name} 2026.pdf"
    cv.write_bytes(CV_PDF)

    def join(dialog: Any) -> Any:
        assert isinstance(dialog, AttachmentsDialog)
        dialog.attach(cv)  # what Joindre un fichier… does once the file is chosen
        tour.settle()
        picture = tour.grab(tour.window, dialog)
        dialog.reject()
        return picture

    return tour.while_modal(lambda: tour.click(page.trainers.files_button), join)


@shot("audit")
def readiness_page(tour: Tour) -> Any:
    """Audit: the last twelve months, session by session and item by item; one red cell chosen."""
    from formation.services.readiness import Level

    page = tour.page("Audit")
    page.table.setFocus()
    row = next(i for i, s in enumerate(page.model.sessions) if s.code == AUDIT_SESSIONS[0])
    column = next(c for c in range(3, page.model.columnCount())
                  if page.model.check_at(page.model.index(row, c)).level is Level.RED)
    page.table.setCurrentIndex(page.model.index(row, column))
    page.table.scrollTo(page.model.index(row, column), page.table.ScrollHint.PositionAtCenter)
    page.table.horizontalScrollBar().setValue(0)  # the session's code and dates in view
    tour.settle()
    return tour.grab(tour.window)


@shot("audit-export")
def readiness_export(tour: Tour) -> Any:
    """The sessions an auditor picked (a click, then Ctrl+click), only those, ready to export."""
    page = tour.window.stack.currentWidget()
    table = page.table
    for n, code in enumerate(AUDIT_SESSIONS):
        row = next(i for i, s in enumerate(page.model.sessions) if s.code == code)
        table.scrollTo(page.model.index(row, 0))
        tour.settle()
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier,
                         table.visualRect(page.model.index(row, 0)).center())
        tour.settle()
    tour.click(page.only_selected)
    return tour.grab(tour.window)


@shot("audit-index")
def audit_index(tour: Tour) -> Any:
    """index.pdf of the audit folder of those sessions: its first page, the summary by indicator.

    Made as Exporter le dossier d'audit… makes it (formation.services.audit_export), but from the
    plan of the folder: the files themselves (a PDF per questionnaire answered…) are not written,
    which would take seconds."""
    from formation.documents import audit_index
    from formation.documents.issuer import gather_issuer
    from formation.services import audit_export, readiness
    from formation.services.audit_files import Planner

    page = tour.window.stack.currentWidget()
    checked = readiness.readiness(tour.db, page.selection(only_selected=True))
    issuer = gather_issuer(tour.db)
    entries = Planner(tour.db, checked, issuer).plan()
    pdf = tour.work / "index.pdf"
    pdf.write_bytes(audit_index.render_pdf(audit_export.index_data(checked, entries, issuer, []),
                                           issuer))
    return tour.pdf_page(pdf, "audit-index")


@shot("bilan")
def year_figures(tour: Tour) -> Any:
    """Documents > Bilan de l'année…: the key figures and the activity report's rows."""
    from formation.ui.stats_dialog import StatsDialog

    bar = tour.window.menuBar()
    menu = next(a.menu() for a in bar.actions() if a.text() == tour.tr("&Documents"))
    action = next(a for a in menu.actions() if a.text() == tour.tr("&Bilan de l'année…"))

    def look(dialog: Any) -> Any:
        assert isinstance(dialog, StatsDialog)
        dialog.resize(1100, 760)
        tour.settle()
        first = tour.grab(dialog)
        dialog.tabs.setCurrentIndex(3)
        tour.settle()
        tour.bpf = tour.grab(dialog)
        dialog.accept()
        return first

    return tour.while_modal(action.trigger, look)


@shot("bilan-bpf")
def year_bpf(tour: Tour) -> Any:
    return tour.bpf


@shot("fichier-menu")
def file_menu(tour: Tour) -> Any:

    tour.page("Accueil")
    bar = tour.window.menuBar()
    action = bar.actions()[0]
    menu = action.menu()
    tour.click(bar, bar.actionGeometry(action).center())
    recent = next(a for a in menu.actions() if a.menu() is not None)
    menu.setActiveAction(recent)
    recent.menu().popup(menu.mapToGlobal(QPoint(menu.width() - 4, menu.actionGeometry(recent).top())))
    tour.settle()
    picture = tour.grab(tour.window, menu, recent.menu())
    menu.close()
    tour.settle()
    return picture


RESULTS_SESSION = "STATESS-2026-11"  # over, with its questionnaires and grids answered
AUDIT_SESSIONS = ("STATESS-2026-11", "GESTFI-2026-11")  # the sessions an auditor picked
# A CV as a trainer sends it (a one-page PDF, its text no matter).
CV_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
          b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
          b"trailer<</Root 1 0 R>>\n%%EOF\n")

# Two signatures, as a hand draws them on the pad (points in the pad's coordinates).
SIGNATURE = [[(60, 130), (80, 90), (100, 140), (125, 80), (150, 135), (175, 95), (210, 120),
              (240, 100)], [(70, 160), (160, 152), (260, 158)]]
SIGNATURE_2 = [[(70, 120), (95, 85), (105, 140), (130, 100), (160, 125), (185, 90), (200, 130)],
               [(215, 95), (240, 140), (265, 90), (300, 120)]]


# --- running --------------------------------------------------------------------------------------

def isolated_environment(work: Path, language: str) -> None:
    """HOME, XDG folders and settings in `work`; the language of the interface."""
    home = work / "marie"
    for variable, folder in [("HOME", home), ("XDG_DATA_HOME", home / ".local" / "share"),
                             ("XDG_CONFIG_HOME", home / ".config"),
                             ("XDG_STATE_HOME", home / ".local" / "state"),
                             ("XDG_CACHE_HOME", home / ".cache"),
                             ("XDG_DOCUMENTS_DIR", home / "Documents")]:
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[variable] = str(folder)
    os.environ.pop("FORMATION_DB", None)
    os.environ["FORMATION_LANG"] = language
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")


class MemoryKeyring(KeyringBackend):
    """The « system keyring » of the tour: in memory, so the user's own is never read nor touched."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def make_app(work: Path) -> Any:

    from formation.resources import resource
    from formation.ui.application import make_application

    keyring.set_keyring(MemoryKeyring())
    QApplication.setStyle("Fusion")
    app = make_application(["formation"])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource("fonts", name)))
    app.setFont(QFont("DejaVu Sans", 9))
    app.setCursorFlashTime(0)  # a steady text cursor: the same picture at every run
    return app


def take(names: list[str], out: Path, work: Path) -> Iterator[tuple[str, float]]:
    """Take the shots (all those before the last one asked for run: each follows the previous)."""
    out.mkdir(parents=True, exist_ok=True)
    last = max(list(SHOTS).index(name) for name in names)
    load_formation()
    tour = Tour(work)
    try:
        for name in list(SHOTS)[:last + 1]:
            started = clock.monotonic()
            freeze_clock()
            picture = SHOTS[name](tour)
            if name in names:
                target = out / f"{name}.png"
                image = QImage(str(picture)) if isinstance(picture, Path) else picture.toImage()
                if not image.save(str(target), "PNG", 0):  # 0: the smallest file
                    raise RuntimeError(f"{target} not written")
            yield name, clock.monotonic() - started
    finally:
        tour.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DOCS / "images")
    parser.add_argument("--work", type=Path, default=WORK_FOLDER,
                        help="temporary folder (emptied first, removed at the end)")
    parser.add_argument("--only", nargs="+", choices=list(SHOTS), metavar="NOM")
    parser.add_argument("--lang", default="fr")
    args = parser.parse_args(argv)
    work: Path = args.work.resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        isolated_environment(work, args.lang)
        sys.path.insert(0, str(ROOT / "src"))
        app = make_app(work)
        started = clock.monotonic()
        for name, seconds in take(args.only or list(SHOTS), args.out.resolve(), work):
            print(f"{name:20} {seconds:5.2f} s")
        print(f"{len(args.only or SHOTS)} images in {args.out} ({clock.monotonic() - started:.1f} s)")
        app.processEvents()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
