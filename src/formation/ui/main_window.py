"""The main window: a sidebar of pages, menus, shortcuts, remembered geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QWidget,
)

from formation.services import sessions
from formation.services.readiness import Target
from formation.services.readiness_checks import COURSES, FOLLOWUPS, SESSIONS
from formation.services.readiness_org import QUALITY, SETTINGS, TRAINERS
from formation.storage import backup
from formation.storage.database import Database
from formation.ui.about import AboutDialog, report_problem
from formation.ui.followups_page import FollowupsPage
from formation.ui.list_page import ListPage
from formation.ui.pages.courses import CoursesPage
from formation.ui.pages.home import HomePage
from formation.ui.pages.participants import ParticipantsPage
from formation.ui.pages.quality import QualityPage
from formation.ui.pages.readiness import ReadinessPage
from formation.ui.pages.sessions import SessionsPage
from formation.ui.pages.settings import SettingsPage
from formation.ui.pages.structures import StructuresPage
from formation.ui.pages.trainers import TrainersPage
from formation.ui.register_dialog import open_register, open_verify
from formation.ui.stats_dialog import open_stats
from formation.ui.widgets import fit_to_screen

FILE_FILTER = "Fichiers Formation (*.sqlite *.db);;Tous les fichiers (*)"


class MainWindow(QMainWindow):
    open_requested = Signal(Path)  # the app reopens on another file

    def __init__(self, db: Database, recent: list[Path] | None = None) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("Formation — %1").replace("%1", db.path.stem))
        self.pages: list[QWidget] = []
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Navigation"))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(22, 22))
        self.stack = QStackedWidget(self)
        self._add_pages()
        self.sidebar.currentRowChanged.connect(self.show_page)
        home = self.page(HomePage)
        assert isinstance(home, HomePage)
        home.session_activated.connect(self.open_session)
        readiness = self.page(ReadinessPage)
        assert isinstance(readiness, ReadinessPage)
        readiness.session_activated.connect(self.open_session)
        readiness.target_activated.connect(self.open_target)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        # A page wider than a laptop's screen at 150 % scrolls instead of pushing the window out.
        scroll = QScrollArea(central)
        scroll.setObjectName("page_scroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        layout.addWidget(scroll, 1)
        self.setCentralWidget(central)
        self._build_menus(recent or [])
        self._build_shortcuts()
        self.statusBar().showMessage(str(db.path))
        self._restore_geometry()
        self.sidebar.setCurrentRow(0)

    def _add_pages(self) -> None:
        icon = self.style().standardIcon
        sp = QStyle.StandardPixmap
        entries = [
            (self.tr("Accueil"), HomePage(self.db, self), sp.SP_DirHomeIcon),
            (self.tr("Sessions"), SessionsPage(self.db, self), sp.SP_FileDialogDetailedView),
            (self.tr("Suivi à 3 mois"), FollowupsPage(self.db, self), sp.SP_DialogYesButton),
            (self.tr("Formations"), CoursesPage(self.db, self), sp.SP_FileDialogContentsView),
            (self.tr("Participants"), ParticipantsPage(self.db, self), sp.SP_DirOpenIcon),
            (self.tr("Structures"), StructuresPage(self.db, self), sp.SP_DriveNetIcon),
            (self.tr("Formateurs"), TrainersPage(self.db, self), sp.SP_ComputerIcon),
            (self.tr("Qualité"), QualityPage(self.db, self), sp.SP_DialogApplyButton),
            (self.tr("Audit"), ReadinessPage(self.db, self), sp.SP_DialogSaveButton),
            (self.tr("Paramètres"), SettingsPage(self.db, self), sp.SP_FileDialogInfoView),
        ]
        for label, page, pixmap in entries:
            item = QListWidgetItem(icon(pixmap), label)
            item.setToolTip(label)
            self.sidebar.addItem(item)
            self.stack.addWidget(page)
            self.pages.append(page)
            changed = getattr(page, "changed", None)
            if changed is not None:
                changed.connect(self.refresh_other_pages)

    def page(self, cls: type) -> QWidget:
        return next(p for p in self.pages if isinstance(p, cls))

    def show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        page = self.pages[index]
        refresh = getattr(page, "refresh", None)
        if refresh is not None and not isinstance(page, ListPage):
            refresh()  # the home page recomputes its agenda when shown

    def open_session(self, session_id: int) -> None:
        """From the home page's agenda or alerts to the session, with its registrations."""
        page = self.page(SessionsPage)
        self.sidebar.setCurrentRow(self.pages.index(page))
        assert isinstance(page, SessionsPage)
        page.search.clear()
        page.refresh()
        page.select_id(session_id)

    def open_target(self, target: Target) -> None:
        """From the Audit page to the page where a missing piece of evidence is put right."""
        pages = {SESSIONS: SessionsPage, COURSES: CoursesPage, FOLLOWUPS: FollowupsPage,
                 QUALITY: QualityPage, TRAINERS: TrainersPage, SETTINGS: SettingsPage}
        if target.page == SESSIONS and target.session_id is not None:
            return  # open_session does it, with the session selected
        cls = pages.get(target.page)
        if cls is None:
            return
        page = self.page(cls)
        self.sidebar.setCurrentRow(self.pages.index(page))
        if isinstance(page, FollowupsPage) and target.session_id is not None:
            page.search.setText(sessions.get_session(self.db, target.session_id).code)

    def refresh_other_pages(self) -> None:
        sender = self.sender()
        for page in self.pages:
            if page is not sender and isinstance(page, ListPage):
                page.refresh()

    def _build_menus(self, recent: list[Path]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self._action(file_menu, self.tr("&Ouvrir un fichier…"), self.choose_file,
                     QKeySequence.StandardKey.Open)
        self._action(file_menu, self.tr("&Nouveau fichier…"), self.choose_new_file,
                     QKeySequence("Ctrl+Shift+N"))
        recent_menu = file_menu.addMenu(self.tr("Fichiers &récents"))
        for path in recent:
            action = recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p))
        recent_menu.setEnabled(bool(recent))
        self._action(file_menu, self.tr("Enregistrer une &copie de sauvegarde…"), self.save_copy)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quitter"), self.close, QKeySequence.StandardKey.Quit)
        documents_menu = self.menuBar().addMenu(self.tr("&Documents"))
        self._action(documents_menu, self.tr("&Registre des documents…"),
                     lambda: open_register(self.db, self))
        self._action(documents_menu, self.tr("&Vérifier un document…"),
                     lambda: open_verify(self.db, self))
        self._action(documents_menu, self.tr("&Bilan de l'année…"), lambda: open_stats(self.db, self))
        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        self._action(help_menu, self.tr("Signaler un &problème…"), self.report_problem)
        self._action(help_menu, self.tr("À &propos de Formation"), self.about)

    def _action(self, menu: QWidget, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_shortcuts(self) -> None:
        for number, key in zip(range(len(self.pages)), "1234567890", strict=False):
            QShortcut(QKeySequence(f"Ctrl+{key}"), self,  # Ctrl+1 … Ctrl+9, then Ctrl+0
                      lambda n=number: self.sidebar.setCurrentRow(n))
        QShortcut(QKeySequence("Ctrl+N"), self, self._new_in_page)
        QShortcut(QKeySequence.StandardKey.Find, self, self._search_in_page)

    def _current_list(self) -> ListPage | None:
        page = self.stack.currentWidget()
        return page if isinstance(page, ListPage) else None

    def _new_in_page(self) -> None:
        page = self._current_list()
        if page is not None:
            page.create()

    def _search_in_page(self) -> None:
        page = self._current_list()
        if page is not None:
            page.focus_search()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un fichier Formation"),
                                              str(self.db.path.parent), FILE_FILTER)
        if path:
            self.open_requested.emit(Path(path))

    def choose_new_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Créer un fichier Formation"),
                                              str(self.db.path.parent / "organisme.sqlite"),
                                              FILE_FILTER)
        if path:
            self.open_requested.emit(Path(path))

    def save_copy(self) -> None:
        suggested = backup.backup_folder(self.db.path) / f"{self.db.path.stem}-copie.sqlite"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer une copie"),
                                              str(suggested), FILE_FILTER)
        if path:
            backup.copy_database(self.db.path, Path(path))
            self.statusBar().showMessage(self.tr("Copie enregistrée : %1").replace("%1", path), 8000)

    def about(self) -> None:
        AboutDialog(self.db.path, self).exec()

    def report_problem(self) -> None:
        report_problem(self, self.db.path)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            fit_to_screen(self, 1200, 760)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
