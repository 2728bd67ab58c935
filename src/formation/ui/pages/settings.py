"""Paramètres: the organisation's identity, as its documents show it (letterhead, signature)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from formation.core.errors import FormationError, ValidationError
from formation.services import organisation
from formation.services.organisation import OrganisationData
from formation.storage.database import Database
from formation.ui.form import FieldForm
from formation.ui.mail_settings import MailSettingsDialog
from formation.ui.styles import ERROR_STYLE, HINT_STYLE
from formation.ui.widgets import date_edit

SUCCESS_STYLE = "color: #1e6b2f;"
MAX_IMAGE_BYTES = 2 * 1024 * 1024


class ImagePicker(QWidget):
    """A small preview of an image held as bytes, with Choisir… and Retirer."""

    changed = Signal()

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self._data: bytes | None = None
        self.preview = QLabel(self)
        self.preview.setFixedSize(180, 72)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("Choisir…"), self)
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.choose_button.setAccessibleName(self.tr("Choisir : %1").replace("%1", what))
        self.remove_button.setAccessibleName(self.tr("Retirer : %1").replace("%1", what))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(lambda: self.set_image(None, notify=True))
        self.problem = QLabel(self)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.problem)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_image(None)

    def image(self) -> bytes | None:
        return self._data

    def set_image(self, data: bytes | None, *, notify: bool = False) -> bool:
        """Show `data`; refuse (returning False) what Qt cannot read as an image."""
        pixmap = QPixmap()
        if data is not None and not pixmap.loadFromData(data):
            return False
        self._data = data
        self.problem.hide()
        if data is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Aucune image"))
        else:
            self.preview.setPixmap(pixmap.scaled(
                170, 64, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_button.setEnabled(data is not None)
        if notify:
            self.changed.emit()
        return True

    def load_file(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError:
            return self._refuse(self.tr("Ce fichier ne peut pas être lu."))
        if len(data) > MAX_IMAGE_BYTES:
            return self._refuse(self.tr("Cette image est trop lourde (2 Mo au plus)."))
        if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")):
            return self._refuse(self.tr("Choisissez une image PNG ou JPEG."))
        if not self.set_image(data, notify=True):
            return self._refuse(self.tr("Cette image ne peut pas être lue."))
        return True

    def _refuse(self, message: str) -> bool:
        self.problem.setText(message)
        self.problem.show()
        return False

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choisir : %1").replace("%1", self.what),
                                              str(Path.home()),
                                              self.tr("Images PNG ou JPEG (*.png *.jpg *.jpeg)"))
        if path:
            self.load_file(Path(path))


class SettingsPage(QWidget):
    """The identity of the organisation, shown on every document it produces."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.data = OrganisationData()
        self._dirty = False
        self._build()
        self.refresh()

    def _build(self) -> None:
        heading = QLabel(f"<h2>{self.tr('Paramètres')}</h2>", self)
        intro = QLabel(self.tr("L'identité de l'organisme de formation, telle qu'elle figure sur "
                               "les documents produits."), self)
        intro.setWordWrap(True)
        self.form = f = FieldForm()
        f.add_heading(self.tr("Organisme"))
        self.name = self._line("name", self.tr("Nom de l'organisme *"),
                               self.tr("Figure sur tous les documents (en-tête)."))
        self.siret = self._line("siret", self.tr("SIRET"),
                                self.tr("14 chiffres. Figure en pied de page des documents."))
        self.nda = self._line("nda", self.tr("Numéro de déclaration d'activité (NDA)"),
                              self.tr("11 chiffres. Figure sur les certificats et les feuilles "
                                      "d'émargement."))
        f.add_heading(self.tr("Certification Qualiopi"))
        self.qualiopi_number = self._line(
            "qualiopi_number", self.tr("Numéro du certificat"),
            self.tr("Figure en pied de page des documents, à côté du logo Qualiopi."))
        self.certified = QCheckBox(self.tr("Certifié Qualiopi depuis le"))
        self.certified.setObjectName("certified")
        self.qualiopi_date: QDateEdit = date_edit()
        self.qualiopi_date.setObjectName("qualiopi_date_edit")
        self.qualiopi_date.setAccessibleName(self.tr("Date de certification Qualiopi"))
        self.certified.toggled.connect(self.qualiopi_date.setEnabled)
        self.certified.toggled.connect(self._mark_dirty)
        self.qualiopi_date.dateChanged.connect(self._mark_dirty)
        date_row = QWidget()
        row = QHBoxLayout(date_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.certified)
        row.addWidget(self.qualiopi_date)
        row.addStretch(1)
        f.add("qualiopi_date", self.tr("Date de certification"), date_row)
        self._hint(date_row, self.tr("Date du certificat en cours : valable 3 ans, avec un audit "
                                     "de surveillance entre le 14e et le 22e mois."))
        self.qualiopi_certifier = self._line(
            "qualiopi_certifier", self.tr("Organisme certificateur"),
            self.tr("Figure en pied de page des documents, avec le numéro du certificat."))
        f.add_heading(self.tr("Coordonnées"))
        self.address = self._line("address", self.tr("Adresse"),
                                  self.tr("Figure dans l'en-tête des documents et des convocations."))
        self.postal_code = self._line("postal_code", self.tr("Code postal"),
                                      self.tr("Figure dans l'en-tête des documents."))
        self.postal_code.setMaxLength(5)
        self.city = self._line("city", self.tr("Commune"), self.tr("Figure dans l'en-tête des "
                                                                   "documents."))
        self.email = self._line("email", self.tr("E-mail"),
                                self.tr("Contact indiqué sur les convocations et les questionnaires."))
        self.phone = self._line("phone", self.tr("Téléphone"),
                                self.tr("Contact indiqué sur les convocations."))
        f.add_heading(self.tr("Accueil des personnes en situation de handicap"))
        self.disability_referent = self._line(
            "disability_referent", self.tr("Référent·e handicap"),
            self.tr("Prénom et nom de la personne qui accueille les besoins liés à un handicap "
                    "(Qualiopi, indicateur 26). Figure sur la page Qualité."))
        self.disability_referent_contact = self._line(
            "disability_referent_contact", self.tr("Contact du ou de la référent·e"),
            self.tr("Téléphone ou e-mail à indiquer aux participant·es."))
        f.add_heading(self.tr("Signature des documents"))
        self.representative_name = self._line(
            "representative_name", self.tr("Représentant·e légal·e"),
            self.tr("Prénom et nom du ou de la signataire des certificats de réalisation."))
        self.representative_title = self._line(
            "representative_title", self.tr("Qualité du ou de la signataire"),
            self.tr("Ex. : Présidente, Directeur. Figure sous la signature des certificats."))
        self.signature_town = self._line(
            "signature_town", self.tr("« Fait à »"),
            self.tr("Commune écrite après « Fait à » sur les certificats et attestations."))
        self.logo = ImagePicker(self.tr("le logo"))
        f.add("logo", self.tr("Logo"), self.logo)
        self._hint(self.logo, self.tr("PNG ou JPEG. Figure en haut de tous les documents."))
        self.signature = ImagePicker(self.tr("la signature"))
        f.add("signature", self.tr("Signature (image)"), self.signature)
        self._hint(self.signature, self.tr("PNG ou JPEG, scannée sur fond blanc. Figure sur les "
                                           "certificats de réalisation et les attestations."))
        for picker in (self.logo, self.signature):
            picker.changed.connect(self._mark_dirty)
        f.setMaximumWidth(820)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(f)
        self.save_button = QPushButton(self.tr("Enregistrer"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        self.mail_button = QPushButton(self.tr("Messagerie…"), self)
        self.mail_button.setObjectName("mail_settings")
        self.mail_button.clicked.connect(lambda: MailSettingsDialog(self.db, self).exec())
        bottom.addWidget(self.mail_button)
        bottom.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def _line(self, name: str, label: str, hint: str) -> QLineEdit:
        edit = QLineEdit()
        self.form.add(name, label, edit)
        self._hint(edit, hint)
        edit.textEdited.connect(self._mark_dirty)
        return edit

    def _hint(self, widget: QWidget, text: str) -> None:
        """A grey line under the field saying where it shows up."""
        hint = QLabel(text)
        hint.setObjectName(f"{widget.objectName()}_hint")
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        box = widget.parentWidget()
        column = box.layout() if box is not None else None
        if isinstance(column, QVBoxLayout):
            column.addWidget(hint)

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True
        self.message.clear()

    def hint_text(self, name: str) -> str:
        hint = self.form.findChild(QLabel, f"{name}_hint")
        return hint.text() if hint is not None else ""

    # --- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show what is stored, unless the user has unsaved changes here (never lose them)."""
        if self._dirty:
            return
        self.data = organisation.get_organisation(self.db)
        d = self.data
        for name in ("name", "siret", "nda", "qualiopi_number", "qualiopi_certifier", "address",
                     "postal_code", "city", "email", "phone", "representative_name",
                     "representative_title", "signature_town", "disability_referent",
                     "disability_referent_contact"):
            edit: QLineEdit = getattr(self, name)
            edit.setText(getattr(d, name))
            edit.setCursorPosition(0)
        self.certified.setChecked(d.qualiopi_date is not None)
        self.qualiopi_date.setEnabled(d.qualiopi_date is not None)
        if d.qualiopi_date is not None:
            self.qualiopi_date.setDate(QDate(d.qualiopi_date))
        self.logo.set_image(d.logo)
        self.signature.set_image(d.signature)
        self.form.clear_errors()
        self._dirty = False

    def save(self) -> bool:
        d = self.data
        for name in ("name", "siret", "nda", "qualiopi_number", "qualiopi_certifier", "address",
                     "postal_code", "city", "email", "phone", "representative_name",
                     "representative_title", "signature_town", "disability_referent",
                     "disability_referent_contact"):
            setattr(d, name, getattr(self, name).text().strip())
        d.qualiopi_date = self.qualiopi_date.date().toPython() if self.certified.isChecked() else None
        d.logo, d.signature = self.logo.image(), self.signature.image()
        self.form.clear_errors()
        try:
            organisation.save_organisation(self.db, d)
        except ValidationError as error:
            unplaced = self.form.show_errors(error.fields)
            self._say(" ".join(unplaced) or self.tr("Corrigez les champs signalés en rouge."),
                      ERROR_STYLE)
            return False
        except FormationError as error:
            self._say(str(error), ERROR_STYLE)
            return False
        self._dirty = False
        self.refresh()  # shows the numbers as stored, spaces removed
        self._say(self.tr("Paramètres enregistrés."), SUCCESS_STYLE)
        self.changed.emit()
        return True

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
