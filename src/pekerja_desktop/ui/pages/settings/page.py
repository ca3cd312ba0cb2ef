"""Pengaturan: the interface language (applied at the next start), the screen lock time (admins change it) and
the office identity, read-only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.accounts.screen_lock import (
    MAX_IDLE_LOCK_MINUTES,
    MIN_IDLE_LOCK_MINUTES,
    idle_lock_minutes,
    set_idle_lock_minutes,
)
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.signing_key import fingerprint
from pekerja_desktop.ui.pages.backup.page import BackupPage
from pekerja_desktop.ui.pages.privacy.actions import purge_box
from pekerja_desktop.ui.pages.settings.aliases import AliasesSection
from pekerja_desktop.ui.pages.settings.coverage_start import CoverageStartSection
from pekerja_desktop.ui.pages.settings.dukcapil import DukcapilSection
from pekerja_desktop.ui.palette import error_style
from pekerja_desktop.ui.preferences import UiPreferences
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.code_combo import CodeComboBox
from pekerja_desktop.ui.widgets.formatting import fill
from pekerja_desktop.ui.widgets.gating import apply_refusal, refusal
from pekerja_desktop.ui.widgets.labels import fixed_font, read_only_label

LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))


class SettingsPage(QWidget):
    """Contract with the main window: `SettingsPage(ctx, runner)`, `refresh()`, `idle_minutes_changed(int)`."""

    language_chosen = Signal(str)
    idle_minutes_changed = Signal(int)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        language = current_language()
        self._ctx, self._prefs, self._running_language = ctx, UiPreferences(ctx.layout.root), language
        layout = QVBoxLayout(self._scrolled_body())
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self._language_box(language))
        layout.addWidget(self._lock_box())
        layout.addWidget(self._office_box(ctx))
        if ctx.office.role != "hub":  # the purge follows the hub's acknowledgements: an office's business
            layout.addWidget(purge_box(self, ctx, runner))
        # village lists (#10): the coverage-start rule, this office's aliases, at the hub the Dukcapil mapping
        layout.addWidget(CoverageStartSection(ctx, self))
        layout.addWidget(AliasesSection(ctx, self))
        if ctx.office.role == "hub":
            layout.addWidget(DukcapilSection(ctx, self))
        layout.addWidget(BackupPage(ctx, runner, self), 1)

    def _scrolled_body(self) -> QWidget:
        """The boxes scroll when they need more height than a 1366×768 screen leaves them."""
        body = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        return body

    def _language_box(self, language: str) -> QGroupBox:
        box = QGroupBox(self.tr("Language"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = CodeComboBox(LANGUAGE_NAMES, blank=None, parent=box)
        self.language.set_code(self._prefs.language or language)
        self.language.setMinimumWidth(220)
        self.language_note = QLabel(box)
        self.language_note.setWordWrap(True)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow("", self.language_note)
        self.language.currentIndexChanged.connect(self._on_language)
        self._update_note()
        return box

    def _on_language(self) -> None:
        code = self.language.code()
        self._prefs.language = code
        self._update_note()
        self.language_chosen.emit(code)

    def _update_note(self) -> None:
        pending = self.language.code() != self._running_language
        self.language_note.setText(self.tr("The new language applies the next time Pekerja Desktop starts.")
                                   if pending else "")

    def _lock_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Screen lock"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.idle_minutes = QSpinBox(box)
        self.idle_minutes.setRange(MIN_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setValue(idle_lock_minutes(self._ctx))
        self.idle_minutes.setKeyboardTracking(False)  # one change when the typing is done, not per digit
        self.idle_note = QLabel(box)
        self.idle_note.setWordWrap(True)
        form.addRow(self.tr("Lock after no input for"), self.idle_minutes)
        form.addRow("", self.idle_note)
        reason = refusal(self._ctx, Permission.SETTINGS)
        apply_refusal(self.idle_minutes, reason)
        self.idle_note.setText(self.tr("The window then asks the operator's password; what was typed stays."))
        self.idle_minutes.valueChanged.connect(self._on_idle_minutes)
        return box

    def _on_idle_minutes(self, minutes: int) -> None:
        try:
            set_idle_lock_minutes(self._ctx, minutes)
        except PekerjaError as exc:
            self.idle_note.setText(exc.message())
            self.idle_note.setStyleSheet(error_style())
            return
        self.idle_note.setStyleSheet("")
        self.idle_note.setText(self.tr("Saved: the window locks after %1 minutes without input.")
                               .replace("%1", str(minutes)))
        self.idle_minutes_changed.emit(minutes)

    def _office_box(self, ctx: AppContext) -> QGroupBox:
        box = QGroupBox(self.tr("This office"), self)
        form = QFormLayout(box)
        office = ctx.office
        region = ctx.reference.regions.get(office.region_code)
        roles = {"field": self.tr("Field office"), "hub": self.tr("Collecting hub")}
        self.fingerprint = read_only_label(fingerprint(office.public_key), box)
        self.fingerprint.setFont(fixed_font(13))
        rows = (
            (self.tr("Office code"), office.code),
            (self.tr("Office name"), office.name),
            (self.tr("Region"), f"{region.name} ({office.region_code})" if region else office.region_code),
            (self.tr("Role"), roles.get(office.role, office.role)),
        )
        for caption, value in rows:
            form.addRow(caption, read_only_label(value, box))
        form.addRow(self.tr("Key fingerprint"), self.fingerprint)
        form.addRow("", read_only_label(self.tr("Read this fingerprint to the collecting hub by phone when it "
                                                "registers this office."), box))
        form.addRow(self.tr("Data folder"), read_only_label(str(ctx.layout.root), box))
        database = (fill(self.tr("PostgreSQL server %1"), ctx.db.url) if ctx.db.on_server
                    else fill(self.tr("Encrypted file %1"), ctx.db.path))
        form.addRow(self.tr("Database"), read_only_label(database, box))
        form.addRow(self.tr("Operator"), read_only_label(ctx.actor, box))
        return box

    def refresh(self) -> None:
        """Nothing changes underneath this page while it is open."""
