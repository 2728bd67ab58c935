"""Qualité: the registers an auditor asks for, one tab each, with their dates and files.

Réclamations (Qualiopi indicator 31), Actions d'amélioration (32), Veille (23–25), Réseau handicap
(26, with the referent set in Paramètres), Formateurs (21–22: their CVs and their own training).
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.errors import FormationError
from formation.services import organisation, people
from formation.services import registers as reg
from formation.services import registers_attachments as files
from formation.storage.database import Database
from formation.ui.registers.attachments import AttachmentsDialog, open_attachment
from formation.ui.registers.common import GapBanner, RegisterList
from formation.ui.registers.lists import (
    ComplaintsList,
    ImprovementsList,
    PartnersList,
    TrainerTrainingsList,
    WatchList,
)
from formation.ui.styles import ERROR_STYLE, HINT_STYLE


class NetworkTab(QWidget):
    """The disability referent (from Paramètres) above the partner network."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.referent = QLabel(self)
        self.referent.setObjectName("referent")
        self.referent.setWordWrap(True)
        self.missing_referent = GapBanner(self)
        self.missing_referent.setObjectName("referent_banner")
        self.partners = PartnersList(db, self)
        self.partners.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.referent)
        layout.addWidget(self.missing_referent)
        layout.addWidget(self.partners, 1)
        self.refresh()

    def refresh(self) -> None:
        data = organisation.get_organisation(self.db)
        name, contact = data.disability_referent.strip(), data.disability_referent_contact.strip()
        where = self.tr("modifiable dans Paramètres")
        if name:
            who = " — ".join(html.escape(text, quote=False) for text in (name, contact) if text)
            self.referent.setText(self.tr("<b>Référent·e handicap :</b> %1 <i>(%2)</i>")
                                  .replace("%1", who).replace("%2", where))
            self.missing_referent.say("")
        else:
            self.referent.setText("")
            self.missing_referent.say(self.tr("<b>Aucun référent handicap renseigné :</b> "
                                              "indiquez-le dans Paramètres, même si aucune personne "
                                              "en situation de handicap n'est encore venue "
                                              "(indicateur 26)."))
        self.referent.setVisible(bool(name))
        self.partners.refresh()


class TrainersTab(QWidget):
    """One trainer at a time: their CV, and the trainings they followed."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.trainer = QComboBox(self)
        self.trainer.setObjectName("trainer")
        self.trainer.setAccessibleName(self.tr("Formateur·rice"))
        self.trainer.setMinimumContentsLength(24)
        self.trainer.currentIndexChanged.connect(lambda _index: self.show_trainer())
        self.banner = GapBanner(self)
        self.cv = QLabel(self)
        self.cv.setObjectName("cv")
        self.cv.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Joindre un CV…"), self)
        self.attach_button.clicked.connect(self.choose_cv)
        self.open_button = QPushButton(self.tr("Ouvrir le CV"), self)
        self.open_button.clicked.connect(self.open_cv)
        self.files_button = QPushButton(self.tr("Tous ses fichiers…"), self)
        self.files_button.setToolTip(self.tr("CV, diplômes, attestations : les fichiers joints "
                                             "au ou à la formateur·rice"))
        self.files_button.clicked.connect(self.open_files)
        self.trainings = TrainerTrainingsList(db, self)
        self.trainings.changed.connect(self._trainings_changed)
        choose = QHBoxLayout()
        label = QLabel(self.tr("Formateur·rice :"), self)
        label.setBuddy(self.trainer)
        choose.addWidget(label)
        choose.addWidget(self.trainer)
        choose.addStretch(1)
        cv_row = QHBoxLayout()
        cv_row.addWidget(self.cv, 1)
        for button in (self.attach_button, self.open_button, self.files_button):
            cv_row.addWidget(button)
        heading = QLabel(self.tr("<b>Formations suivies</b> (indicateur 22)"), self)
        heading.setContentsMargins(0, 8, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(choose)
        layout.addLayout(cv_row)
        layout.addWidget(heading)
        layout.addWidget(self.trainings, 1)
        self.refresh()

    def trainer_id(self) -> int | None:
        value = self.trainer.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        """Reload the trainers (some may have come or gone), keeping the one shown."""
        current = self.trainer_id()
        self.trainer.blockSignals(True)
        self.trainer.clear()
        for t in people.list_trainers(self.db):
            self.trainer.addItem(f"{t.first_name} {t.last_name.upper()}", t.id)
        self.mark_gaps()
        index = self.trainer.findData(current) if current is not None else -1
        self.trainer.setCurrentIndex(max(index, 0) if self.trainer.count() else -1)
        self.trainer.blockSignals(False)
        self.show_trainer()

    def mark_gaps(self) -> None:
        """A warning beside each trainer missing a CV or a recent training, saying which."""
        gaps = reg.trainer_gaps(self.db)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index in range(self.trainer.count()):
            found = gaps.get(int(self.trainer.itemData(index)), [])
            self.trainer.setItemIcon(index, warning if found else QIcon())
            self.trainer.setItemData(index, "\n".join(found), Qt.ItemDataRole.ToolTipRole)

    def _trainings_changed(self) -> None:
        self.mark_gaps()
        self.changed.emit()

    def select_trainer(self, trainer_id: int) -> None:
        self.trainer.setCurrentIndex(self.trainer.findData(trainer_id))

    def show_trainer(self) -> None:
        trainer = self.trainer_id()
        self.banner.say("" if self.trainer.count() else self.tr(
            "<b>Aucun·e formateur·rice :</b> ajoutez-les dans la page Formateurs ; un auditeur "
            "demandera leur CV et les formations qu'ils et elles suivent (indicateurs 21 et 22)."))
        for widget in (self.trainer, self.attach_button, self.files_button):
            widget.setEnabled(trainer is not None)
        cv = self.latest_cv()
        if cv is None:
            self.cv.setStyleSheet(ERROR_STYLE if trainer is not None else HINT_STYLE)
            self.cv.setText(self.tr("CV : aucun CV joint. Un auditeur le demandera (indicateur 21).")
                            if trainer is not None else "")
        else:
            self.cv.setStyleSheet("")
            self.cv.setText(self.tr("CV : %1, joint le %2").replace("%1", cv.filename)
                            .replace("%2", frenchfmt.short_date(cv.added_at.date())))
        self.open_button.setEnabled(cv is not None)
        self.trainings.set_trainer(trainer)

    def latest_cv(self) -> files.AttachmentRow | None:
        trainer = self.trainer_id()
        if trainer is None:
            return None
        kept = files.list_attachments(self.db, "trainer", trainer)
        return kept[-1] if kept else None

    def attach_cv(self, path: Path) -> bool:
        trainer = self.trainer_id()
        if trainer is None:
            return False
        try:
            files.attach(self.db, "trainer", trainer, path)
        except (FormationError, OSError) as error:
            self.cv.setStyleSheet(ERROR_STYLE)
            self.cv.setText(str(error))
            return False
        self.mark_gaps()
        self.show_trainer()
        self.changed.emit()
        return True

    def choose_cv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Joindre un CV"), str(Path.home()),
            self.tr("CV (*.pdf *.odt *.doc *.docx);;Tous les fichiers (*)"))
        if path:
            self.attach_cv(Path(path))

    def open_cv(self) -> Path | None:
        cv = self.latest_cv()
        if cv is None:
            return None
        try:
            return open_attachment(self.db, cv.id)
        except (FormationError, OSError) as error:
            self.cv.setStyleSheet(ERROR_STYLE)
            self.cv.setText(str(error))
            return None

    def open_files(self) -> None:
        trainer = self.trainer_id()
        if trainer is None:
            return
        dialog = AttachmentsDialog(self.db, "trainer", trainer, self.trainer.currentText(), self)
        dialog.exec()
        if dialog.changed_files:
            self.mark_gaps()
            self.show_trainer()
            self.changed.emit()


class QualityPage(QWidget):
    """The quality registers, one tab each; a tab with something missing carries a warning."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        heading = QLabel("<h2>" + self.tr("Qualité") + "</h2>", self)
        intro = QLabel(self.tr("Les registres qu'un auditeur Qualiopi demande, chacun avec ses "
                               "dates et ses pièces jointes."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        self.complaints = ComplaintsList(db, self)
        self.improvements = ImprovementsList(db, self)
        self.watch = WatchList(db, self)
        self.network = NetworkTab(db, self)
        self.trainers = TrainersTab(db, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self._keys = ["complaints", "improvements", "watch", "disability", "trainers"]
        for widget, label in ((self.complaints, self.tr("Réclamations")),
                              (self.improvements, self.tr("Actions d'amélioration")),
                              (self.watch, self.tr("Veille")),
                              (self.network, self.tr("Réseau handicap")),
                              (self.trainers, self.tr("Formateurs"))):
            self.tabs.addTab(widget, label)
            widget.changed.connect(self._tab_changed)  # type: ignore[attr-defined]
            for table in widget.findChildren(QTableView):  # a register's list has no heading
                table.setAccessibleName(label)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        self.update_gaps()

    def refresh(self) -> None:
        """Everything again: shown when the page is chosen, after changes made elsewhere."""
        for tab in (self.complaints, self.improvements, self.watch, self.network, self.trainers):
            tab.refresh()
        self.update_gaps()

    def _tab_changed(self) -> None:
        sender = self.sender()
        for tab in (self.complaints, self.improvements, self.watch, self.network, self.trainers):
            if tab is not sender:
                tab.refresh()
        self.update_gaps()
        self.changed.emit()

    def update_gaps(self, today: date | None = None) -> None:
        """Warn on each tab whose register misses something, and say what in its tooltip."""
        gaps = reg.gaps_by_register(self.db, today)
        self.complaints.set_gaps(gaps["complaints"])
        self.improvements.set_gaps(gaps["improvements"])
        self.watch.set_gaps(gaps["watch"])
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, key in enumerate(self._keys):
            found = gaps[key]
            self.tabs.setTabIcon(index, warning if found else QIcon())
            self.tabs.setTabToolTip(index, "\n".join(found))

    def current_list(self) -> RegisterList:
        """The list of the tab shown (the trainings, on the Formateurs tab)."""
        tab = self.tabs.currentWidget()
        if isinstance(tab, NetworkTab):
            return tab.partners
        if isinstance(tab, TrainersTab):
            return tab.trainings
        assert isinstance(tab, RegisterList)
        return tab

    def create(self) -> None:
        """Ctrl+N: a new row in the tab shown."""
        self.current_list().create()

    def focus_search(self) -> None:
        """Ctrl+F: the search of the tab shown."""
        self.current_list().focus_search()

    def gap_tabs(self) -> list[str]:
        """The titles of the tabs carrying a warning (for tests and the readiness view)."""
        return [self.tabs.tabText(i) for i in range(self.tabs.count())
                if not self.tabs.tabIcon(i).isNull()]

