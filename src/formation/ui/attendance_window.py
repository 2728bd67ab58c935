"""The émargement window: one half-day at a time, for a trainer on a laptop or a touch tablet.

Each tap is saved at once through the services (nothing waits for a 'Save'); the participants
sign on a pad, then the trainer signs, which locks the half-day. A locked half-day changes only
through 'Corriger…', which asks who corrects and why, and logs the change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from formation.core import frenchfmt
from formation.core.attendance import Mark
from formation.core.enums import Presence
from formation.core.errors import FormationError
from formation.services import attendance, catalogue, hours, sessions
from formation.services.attendance import Correction, SheetLine, Signoff, SlotInfo
from formation.storage.database import Database
from formation.ui.attendance.dialogs import CorrectionDialog, TimeDialog
from formation.ui.attendance.rows import THUMB_HEIGHT, HoursPanel, ParticipantRow, thumbnail
from formation.ui.attendance.style import (
    TOUCH,
    WINDOW_STYLE,
    at,
    clamp,
    lock_icon,
    slot_label,
    slot_long_label,
)
from formation.ui.i18n import label
from formation.ui.signature_pad import SignatureDialog
from formation.ui.widgets import fit_to_screen

WIDE = 1200  # px: from this width, the hours stand beside the sheet
COMPACT = 600  # px: under this height (a laptop at 150 %), less room around the participants


class AttendanceWindow(QWidget):
    """'Émargement — <formation> — <session>': statuses, signatures, the trainer's sign-off."""

    hours_changed = Signal()  # shown again after each change: other screens may refresh

    def __init__(self, db: Database, session_id: int, now: datetime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.session_id = session_id
        # A given `now` (tests, demonstrations) is also the time of every signature made here.
        self._clock: Callable[[], datetime] = (lambda: now) if now is not None else datetime.now
        self.dialog: QDialog | None = None  # the question open right now, if any
        self.correction: Correction | None = None
        self.slots: list[SlotInfo] = []
        self.lines: dict[int, SheetLine] = {}
        self.rows: dict[int, ParticipantRow] = {}
        self.signoffs: list[Signoff] = []
        session = sessions.get_session(db, session_id)
        self.course_title = catalogue.get_course(db, session.course_id or 0).title
        self.trainers = attendance.session_trainers(db, session_id)
        self.setWindowTitle(self.tr("Émargement — %1 — %2").replace("%1", self.course_title)
                            .replace("%2", session.code))
        self.setStyleSheet(WINDOW_STYLE)
        self._build(session.code, session.place)
        fit_to_screen(self, 1280, 800)
        self.setMinimumSize(760, 400)  # a laptop at 150 % leaves 911×485
        self._place_hours()  # again at each resize: by the width, unless the trainer chose
        self._load_slots(attendance.current_slot_id(db, session_id, self._clock()))

    # --- building ---------------------------------------------------------------------------------
    def _build(self, code: str, place: str) -> None:
        title = QLabel(self.tr("Émargement — %1").replace("%1", self.course_title), self)
        title.setObjectName("window_title")
        title.setWordWrap(True)
        self.title = title
        details = [code, place]
        if self.trainers:
            details.append(self.tr("Formation animée par %1").replace(
                "%1", ", ".join(name for _, name in self.trainers)))
        subtitle = QLabel(" · ".join(d for d in details if d), self)
        subtitle.setObjectName("window_subtitle")
        self.subtitle = subtitle

        self.previous_button = QPushButton("◀", self)
        self.previous_button.setAccessibleName(self.tr("Demi-journée précédente"))
        self.previous_button.setToolTip(self.tr("Demi-journée précédente"))
        self.next_button = QPushButton("▶", self)
        self.next_button.setAccessibleName(self.tr("Demi-journée suivante"))
        self.next_button.setToolTip(self.tr("Demi-journée suivante"))
        for button in (self.previous_button, self.next_button):
            button.setFixedSize(56, 52)
        self.previous_button.clicked.connect(lambda: self._step_slot(-1))
        self.next_button.clicked.connect(lambda: self._step_slot(1))
        self.slot_combo = QComboBox(self)
        self.slot_combo.setObjectName("slot_combo")
        self.slot_combo.setAccessibleName(self.tr("Demi-journée"))
        self.slot_combo.setMinimumWidth(300)
        self.slot_combo.currentIndexChanged.connect(self._slot_changed)
        self.when_label = QLabel(self)
        self.when_label.setObjectName("when")
        # The hours of the session: beside the sheet on a wide screen; on a small one, hidden
        # until asked for, so that the participants keep the room.
        self.hours_button = QPushButton(self)
        self.hours_button.setObjectName("hours_toggle")
        self.hours_button.setCheckable(True)
        self.hours_button.setToolTip(self.tr("Les heures suivies par chacun·e sur toute la session"))
        self.hours_button.clicked.connect(self._hours_chosen)
        self.hours_button.ensurePolished()
        metrics = self.hours_button.fontMetrics()
        self.hours_button.setMinimumWidth(32 + max(
            metrics.horizontalAdvance(text) for text in (self._hours_text(True),
                                                         self._hours_text(False))))
        self._hours_wanted: bool | None = None  # None until the trainer chooses: by the width
        slot_bar = QHBoxLayout()
        slot_bar.setSpacing(8)
        slot_bar.addWidget(self.previous_button)
        slot_bar.addWidget(self.slot_combo, 1)
        slot_bar.addWidget(self.next_button)
        slot_bar.addSpacing(8)
        slot_bar.addWidget(self.when_label)
        slot_bar.addSpacing(8)
        slot_bar.addWidget(self.hours_button)

        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #1e5e2f; font-weight: bold;")
        self.notice.hide()
        self.progress = QLabel(self)
        self.progress.setObjectName("progress")

        self.lock_banner = QFrame(self)
        self.lock_banner.setObjectName("lock_banner")
        lock = QLabel(self.lock_banner)
        lock.setPixmap(lock_icon(30).pixmap(30, 30))
        self.lock_text = QLabel(self.lock_banner)
        self.lock_text.setObjectName("lock_text")
        self.lock_text.setWordWrap(True)
        self.correct_button = QPushButton(self.tr("Corriger…"), self.lock_banner)
        self.correct_button.setObjectName("correct")
        self.correct_button.setMinimumWidth(140)
        self.correct_button.clicked.connect(self.ask_correction)
        banner = QHBoxLayout(self.lock_banner)
        banner.setContentsMargins(14, 8, 10, 8)
        self.lock_layout = banner
        banner.addWidget(lock)
        banner.addWidget(self.lock_text, 1)
        banner.addWidget(self.correct_button)

        self.correction_banner = QFrame(self)
        self.correction_banner.setObjectName("correction_banner")
        self.correction_text = QLabel(self.correction_banner)
        self.correction_text.setObjectName("correction_text")
        self.correction_text.setWordWrap(True)
        self.cancel_correction_button = QPushButton(self.tr("Annuler la correction"),
                                                    self.correction_banner)
        self.cancel_correction_button.clicked.connect(self.cancel_correction)
        banner = QHBoxLayout(self.correction_banner)
        banner.setContentsMargins(14, 8, 10, 8)
        banner.addWidget(self.correction_text, 1)
        banner.addWidget(self.cancel_correction_button)

        self.rows_widget = QWidget(self)
        self.rows_widget.setObjectName("rows")
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 6, 0)
        self.rows_layout.setSpacing(8)
        self.rows_layout.addStretch(1)
        self.empty_label = QLabel(self.rows_widget)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.rows_layout.insertWidget(0, self.empty_label)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_widget)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumHeight(THUMB_HEIGHT + 44)  # a whole participant, whatever else shows
        self.hours_panel = HoursPanel(self)
        self.hours_scroll = QScrollArea(self)
        self.hours_scroll.setObjectName("hours_scroll")
        self.hours_scroll.setWidgetResizable(True)
        self.hours_scroll.setWidget(self.hours_panel)
        self.hours_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.hours_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.middle.setSpacing(12)
        self.middle.addWidget(scroll, 1)
        self.middle.addWidget(self.hours_scroll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(slot_bar)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.correction_banner)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.progress)
        layout.addLayout(self.middle, 1)
        layout.addWidget(self._build_trainer_bar())

    def _build_trainer_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("trainer_bar")
        title = QLabel(self.tr("Signature du formateur·rice"), bar)
        title.setObjectName("panel_title")
        self.trainer_title = title
        self.trainer_hint = QLabel(bar)
        self.trainer_hint.setObjectName("detail")
        self.trainer_hint.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(self.trainer_hint)
        self.trainer_combo = QComboBox(bar)
        self.trainer_combo.setObjectName("trainer_combo")
        self.trainer_combo.setAccessibleName(self.tr("Formateur·rice qui signe"))
        self.trainer_combo.setMinimumWidth(240)
        self.signoff_button = QPushButton(self.tr("Signer la demi-journée"), bar)
        self.signoff_button.setObjectName("primary")
        self.signoff_button.setMinimumHeight(TOUCH + 4)
        self.signoff_button.clicked.connect(self.ask_sign_off)
        self.signed_off = QHBoxLayout()
        self.signed_off.setSpacing(16)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addLayout(heading, 1)
        top.addLayout(self.signed_off)
        top.addWidget(self.trainer_combo)
        top.addWidget(self.signoff_button)
        self.signoff_error = QLabel(bar)
        self.signoff_error.setObjectName("signoff_error")
        self.signoff_error.setWordWrap(True)
        self.signoff_error.hide()
        layout = QVBoxLayout(bar)
        layout.setContentsMargins(16, 12, 16, 12)
        self.trainer_layout = layout
        layout.addLayout(top)
        layout.addWidget(self.signoff_error)
        return bar

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """The hours beside the sheet on a wide screen, under it on a narrow tablet; on a short
        screen (a laptop at 150 %), less room around so that the participants keep it."""
        wide = event.size().width() >= WIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.middle.direction() != direction:
            self.middle.setDirection(direction)
            self.hours_panel.set_columns(1 if wide else 3)
        self._set_compact(event.size().height() < COMPACT)
        self._place_hours()
        super().resizeEvent(event)

    def _set_compact(self, compact: bool) -> None:
        if self.title.property("compact") == compact:
            return
        self.title.setProperty("compact", compact)
        self.title.style().unpolish(self.title)
        self.title.style().polish(self.title)
        self.subtitle.setVisible(not compact)  # the window's title bar says it too
        self.trainer_title.setVisible(not compact)  # its button and its hint say it
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(*((12, 6, 12, 6) if compact else (18, 14, 18, 14)))
            layout.setSpacing(6 if compact else 10)
        self.lock_layout.setContentsMargins(*((12, 4, 8, 4) if compact else (14, 8, 10, 8)))
        self.trainer_layout.setContentsMargins(*((14, 6, 14, 6) if compact else (16, 12, 16, 12)))
        self.rows_layout.setSpacing(6 if compact else 8)
        info = self.slot_info()
        if info is not None and self.signoffs:
            self._show_trainer_bar(info)  # the trainers' signatures laid out again

    def _hours_text(self, shown: bool) -> str:
        return self.tr("Masquer les heures") if shown else self.tr("Afficher les heures")

    def _hours_chosen(self, shown: bool) -> None:
        self._hours_wanted = shown
        self._place_hours()

    def _place_hours(self) -> None:
        """Shown as the trainer chose, else when there is room beside the sheet."""
        wide = self.middle.direction() == QBoxLayout.Direction.LeftToRight
        shown = self._hours_wanted if self._hours_wanted is not None else wide
        self.hours_button.setChecked(shown)
        self.hours_button.setText(self._hours_text(shown))
        self.hours_scroll.setVisible(shown)
        if wide:
            extent = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            self.hours_scroll.setFixedWidth(self.hours_panel.minimumWidth() + extent)
            self.hours_scroll.setMaximumHeight(16777215)
            self.hours_scroll.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        else:  # under the sheet: a quarter of the window at most, the participants first
            self.hours_scroll.setMinimumWidth(0)
            self.hours_scroll.setMaximumWidth(16777215)
            self.hours_scroll.setMaximumHeight(max(110, self.height() // 4))
            self.hours_scroll.setSizePolicy(QSizePolicy.Policy.Preferred,
                                            QSizePolicy.Policy.Maximum)

    # --- the half-day shown -----------------------------------------------------------------------
    def current_slot_id(self) -> int | None:
        data = self.slot_combo.currentData()
        return int(data) if data is not None else None

    def slot_info(self) -> SlotInfo | None:
        slot_id = self.current_slot_id()
        return next((s for s in self.slots if s.id == slot_id), None)

    def select_slot(self, slot_id: int) -> None:
        index = self.slot_combo.findData(slot_id)
        if index >= 0:
            self.slot_combo.setCurrentIndex(index)

    def _fill_combo(self, wanted: int | None) -> None:
        self.slot_combo.blockSignals(True)
        self.slot_combo.clear()
        for info in self.slots:
            self.slot_combo.addItem("", info.id)
        self._label_slots()
        index = self.slot_combo.findData(wanted)
        self.slot_combo.setCurrentIndex(index if index >= 0 else 0 if self.slots else -1)
        self.slot_combo.blockSignals(False)

    def _label_slots(self) -> None:
        """'jeu. 12/03 matin 09h00–12h30', with a lock and who signed once signed."""
        for i, info in enumerate(self.slots):
            text = slot_label(info.times)
            if info.locked:
                text += self.tr(" — signée par %1").replace("%1", ", ".join(info.signed_by))
            self.slot_combo.setItemText(i, text)
            self.slot_combo.setItemIcon(i, lock_icon(24) if info.locked else QIcon())

    def _load_slots(self, wanted: int | None) -> None:
        self.slots = attendance.session_slots(self.db, self.session_id)
        self._fill_combo(wanted)
        self._slot_changed()

    def _reload_slots_quietly(self) -> None:
        """The half-days read again (a sign-off changes their label), the same one shown."""
        current = self.current_slot_id()
        self.slots = attendance.session_slots(self.db, self.session_id)
        if [s.id for s in self.slots] != [self.slot_combo.itemData(i)
                                          for i in range(self.slot_combo.count())]:
            self._fill_combo(current)
        else:
            self._label_slots()

    def _step_slot(self, step: int) -> None:
        index = self.slot_combo.currentIndex() + step
        if 0 <= index < self.slot_combo.count():
            self.slot_combo.setCurrentIndex(index)

    def _slot_changed(self, *_args: object) -> None:
        self.correction = None
        self.clear_messages()
        self._drop_rows()
        self.refresh()

    def _drop_rows(self) -> None:
        for row in self.rows.values():
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = {}

    # --- showing ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Everything shown, read again from the services."""
        info = self.slot_info()
        has_slot = info is not None
        for widget in (self.previous_button, self.next_button, self.slot_combo):
            widget.setEnabled(has_slot)
        if info is None:
            self.empty_label.setText(self.tr(
                "Cette session n'a pas encore de demi-journée : ajoutez-en dans la fiche de la "
                "session."))
            self.empty_label.show()
            self.lock_banner.hide()
            self.correction_banner.hide()
            self.progress.clear()
            self.signoff_button.setEnabled(False)
            self.hours_panel.set_hours([], 0)
            return
        self._reload_slots_quietly()
        info = self.slot_info()
        assert info is not None
        self.previous_button.setEnabled(self.slot_combo.currentIndex() > 0)
        self.next_button.setEnabled(self.slot_combo.currentIndex() < self.slot_combo.count() - 1)
        when, now = self._when(info)
        self.when_label.setText(when)
        if self.when_label.property("now") != now:
            self.when_label.setProperty("now", now)
            self.when_label.style().unpolish(self.when_label)
            self.when_label.style().polish(self.when_label)
        _, lines = attendance.slot_sheet(self.db, info.id)
        self.lines = {line.registration_id: line for line in lines}
        self.signoffs = attendance.slot_signoffs(self.db, info.id)
        self._show_rows(info, lines)
        self._show_lock(info)
        self._show_trainer_bar(info)
        self._show_progress(lines)
        self._show_hours()

    def _when(self, info: SlotInfo) -> tuple[str, bool]:
        now = self._clock()
        t = info.times
        if t.day == now.date() and t.start <= now.time() <= t.end:
            return self.tr("En cours"), True
        if (t.day, t.start) > (now.date(), now.time()):
            return self.tr("À venir"), False
        return self.tr("Passée"), False

    def _show_rows(self, info: SlotInfo, lines: list[SheetLine]) -> None:
        wanted = [line.registration_id for line in lines]
        if list(self.rows) != wanted:
            self._drop_rows()
            for n, line in enumerate(lines):
                row = ParticipantRow(line, self.rows_widget)
                row.status_clicked.connect(self.status_clicked)
                row.sign_clicked.connect(self.ask_signature)
                self.rows_layout.insertWidget(n + 1, row)
                row.show()  # now, not at the next turn of the event loop
                self.rows[line.registration_id] = row
        self.empty_label.setVisible(not lines)
        self.empty_label.setText(self.tr("Personne n'est inscrit·e à cette session."))
        statuses_enabled = not info.locked or self.correction is not None
        for line in lines:
            signature = (attendance.signature_image(self.db, line.registration_id, info.id)
                         if line.signed_at else None)
            self.rows[line.registration_id].set_line(
                line, signature, info.times.day, statuses_enabled=statuses_enabled,
                can_sign=not info.locked)

    def _show_lock(self, info: SlotInfo) -> None:
        self.lock_banner.setVisible(info.locked and self.correction is None)
        self.correction_banner.setVisible(self.correction is not None)
        if info.locked:
            who = self.tr(" et ").join(
                self.tr("%1 à %2").replace("%1", s.trainer_name)
                .replace("%2", at(s.signed_at, info.times.day)) for s in self.signoffs)
            self.lock_text.setText(self.tr("Demi-journée signée par %1 — verrouillée")
                                   .replace("%1", who))
        if self.correction is not None:
            self.correction_text.setText(self.tr(
                "<b>Correction par %1</b> — motif : %2<br>Touchez la présence à corriger : "
                "elle sera enregistrée avec ce nom, ce motif et la valeur d'avant.")
                .replace("%1", _escape(self.correction.by))
                .replace("%2", _escape(self.correction.reason)))

    def _show_trainer_bar(self, info: SlotInfo) -> None:
        while self.signed_off.count():
            item = self.signed_off.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        for signoff in self.signoffs:
            self.signed_off.addWidget(self._signoff_widget(signoff, info))
        signed = {s.trainer_id for s in self.signoffs}
        waiting = [(tid, name) for tid, name in self.trainers if tid not in signed]
        current = self.trainer_combo.currentData()
        self.trainer_combo.clear()
        for tid, name in waiting:
            self.trainer_combo.addItem(name, tid)
        if current is not None and self.trainer_combo.findData(current) >= 0:
            self.trainer_combo.setCurrentIndex(self.trainer_combo.findData(current))
        can_sign = bool(waiting) and self.correction is None
        self.trainer_combo.setVisible(bool(waiting))
        self.signoff_button.setVisible(bool(waiting))
        self.signoff_button.setEnabled(can_sign)
        self.trainer_combo.setEnabled(can_sign)
        if not self.trainers:
            hint = self.tr("Aucun formateur·rice n'est indiqué·e pour cette session : ajoutez-le "
                           "dans la fiche de la session pour pouvoir signer.")
        elif info.locked and waiting:
            hint = self.tr("Un·e autre formateur·rice de la session peut aussi signer.")
        elif info.locked:
            hint = self.tr("Signée : les présences ne changent plus que par « Corriger… ».")
        else:
            hint = self.tr("À faire quand toutes les présences sont indiquées : la "
                           "demi-journée sera alors verrouillée.")
        self.trainer_hint.setText(hint)

    def _signoff_widget(self, signoff: Signoff, info: SlotInfo) -> QWidget:
        box = QWidget(self)
        compact = bool(self.title.property("compact"))  # side by side: a lower bar
        column = QBoxLayout(QBoxLayout.Direction.LeftToRight if compact
                            else QBoxLayout.Direction.TopToBottom, box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8 if compact else 0)
        image = QLabel(box)
        image.setPixmap(thumbnail(signoff.signature, 44, 160))
        text = QLabel(self.tr("%1, %2").replace("%1", signoff.trainer_name)
                      .replace("%2", at(signoff.signed_at, info.times.day)), box)
        text.setObjectName("signed_at")
        column.addWidget(image)
        column.addWidget(text)
        return box

    def _show_progress(self, lines: list[SheetLine]) -> None:
        marked = sum(1 for line in lines if line.mark is not None)
        signed = sum(1 for line in lines if line.signed_at is not None)
        self.progress.setText(self.tr("Présences indiquées : %1 sur %3 · Signatures : %2 sur %3")
                              .replace("%1", str(marked)).replace("%2", str(signed))
                              .replace("%3", str(len(lines))))

    def _show_hours(self) -> None:
        by_id = {h.registration_id: h for h in hours.session_hours(self.db, self.session_id)}
        planned = sum(s.times.minutes for s in self.slots)
        self.hours_panel.set_hours(
            [(rid, line.name, by_id[rid].attended_minutes if rid in by_id else 0)
             for rid, line in self.lines.items()], planned)
        self.hours_changed.emit()

    def show_error(self, message: str) -> None:
        self.notice.hide()
        self.error.setText(message)
        self.error.show()

    def show_notice(self, message: str) -> None:
        self.error.hide()
        self.notice.setText(message)
        self.notice.show()

    def clear_messages(self) -> None:
        self.error.hide()
        self.notice.hide()
        self.signoff_error.hide()

    # --- questions --------------------------------------------------------------------------------
    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        """Open a question without blocking (tests drive it through `self.dialog`)."""
        self.dialog = dialog
        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.refresh()  # a question dismissed puts the toggles back as recorded

    # --- statuses ---------------------------------------------------------------------------------
    def status_clicked(self, registration_id: int, status: Presence) -> None:
        info, line = self.slot_info(), self.lines.get(registration_id)
        if info is None or line is None:
            return
        old = line.mark
        if status in (Presence.LATE, Presence.LEFT_EARLY):
            late = status == Presence.LATE
            known = (old.arrival if late else old.departure) if old else None
            initial = known or clamp(self._clock().time(), info.times)
            title = self.tr("En retard") if late else self.tr("Parti·e plus tôt")
            question = (self.tr("Heure d'arrivée de %1") if late
                        else self.tr("Heure de départ de %1")).replace("%1", line.name)
            dialog = TimeDialog(title, question, initial, info.times, self)

            def chosen() -> None:
                arrival = dialog.time() if late else (old.arrival if old else None)
                departure = (old.departure if old else None) if late else dialog.time()
                self.record(registration_id, Mark(status, arrival, departure))

            self._open(dialog, chosen)
            return
        self.record(registration_id, Mark(status))

    def describe(self, mark: Mark | None) -> str:
        """'Late, arrived 09h20': attendance.describe() (French, for the corrections log), translated."""
        if mark is None:
            return self.tr("rien d'indiqué")
        parts = [label(mark.status)]
        if mark.arrival:
            parts.append(self.tr("arrivée %1").replace("%1", frenchfmt.clock(mark.arrival)))
        if mark.departure:
            parts.append(self.tr("départ %1").replace("%1", frenchfmt.clock(mark.departure)))
        return ", ".join(parts)

    def record(self, registration_id: int, mark: Mark) -> None:
        """Save a status; during a correction, as that correction (then the lock is back)."""
        info, line = self.slot_info(), self.lines.get(registration_id)
        if info is None or line is None:
            return
        if line.mark == mark:
            self.refresh()
            return
        correction = self.correction
        try:
            attendance.record(self.db, registration_id, info.id, mark, correction=correction,
                              now=self._clock())
        except FormationError as error:
            self.show_error(str(error))
        else:
            if correction is not None:
                self.correction = None
                self.show_notice(self.tr("Correction enregistrée pour %1 : « %2 » devient « %3 ».")
                                 .replace("%1", line.name)
                                 .replace("%2", self.describe(line.mark))
                                 .replace("%3", self.describe(mark)))
            else:
                self.clear_messages()
        self.refresh()

    # --- signatures -------------------------------------------------------------------------------
    def ask_signature(self, registration_id: int) -> None:
        info, line = self.slot_info(), self.lines.get(registration_id)
        if info is None or line is None:
            return

        def save(png: bytes) -> str:
            return attendance.sign(self.db, registration_id, info.id, png, now=self._clock())

        details = self.tr("%1 — %2\nEn signant, vous attestez votre présence à cette demi-journée.") \
            .replace("%1", slot_long_label(info.times)).replace("%2", self.course_title)
        dialog = SignatureDialog(self.tr("Signature de %1").replace("%1", line.name), details,
                                 save, self)
        self._open(dialog, self.clear_messages)

    def ask_sign_off(self) -> None:
        info = self.slot_info()
        trainer_id = self.trainer_combo.currentData()
        if info is None:
            return
        if trainer_id is None:
            self._signoff_refused(self.tr("Choisissez le formateur·rice qui signe."))
            return
        try:
            attendance.check_sign_off(self.db, info.id)
        except FormationError as error:
            self._signoff_refused(str(error))
            return
        self.signoff_error.hide()
        name = self.trainer_combo.currentText()

        def save(png: bytes) -> str:
            return attendance.sign_off(self.db, info.id, int(trainer_id), png, now=self._clock())

        details = self.tr("%1 — %2\nEn signant, vous attestez les présences indiquées ; la "
                          "demi-journée sera ensuite verrouillée.") \
            .replace("%1", slot_long_label(info.times)).replace("%2", self.course_title)
        dialog = SignatureDialog(self.tr("Signature de %1, formateur·rice").replace("%1", name),
                                 details, save, self)
        self._open(dialog, self.clear_messages)

    def _signoff_refused(self, message: str) -> None:
        self.signoff_error.setText(message)
        self.signoff_error.show()

    # --- corrections ------------------------------------------------------------------------------
    def ask_correction(self) -> None:
        dialog = CorrectionDialog([name for _, name in self.trainers], self)

        def chosen() -> None:
            self.correction = dialog.correction
            self.clear_messages()

        self._open(dialog, chosen)

    def cancel_correction(self) -> None:
        self.correction = None
        self.refresh()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
