"""Pendaftaran: the enrolment page — a new worker or an existing record, saved from the keyboard.

Ctrl+S saves and finishes, Ctrl+Shift+S saves a draft, Ctrl+N starts the next worker, Esc discards
(after asking). Calm validation: a field is judged when the clerk leaves it or picks a suggestion, and every
field again on save; while the clerk types in a judged field its message can only go away (as soon as the cause
is fixed), never appear; an open record shows all its messages. Saving runs on the task runner.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.findings import Finding
from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.edit_rights import confirm_refusals, edit_refusal
from pekerja_desktop.services.enrolment.enrol import SaveOutcome, enrol, update_participant
from pekerja_desktop.services.enrolment.errors import EnrolmentError
from pekerja_desktop.services.reference.coverage import default_coverage_start_for
from pekerja_desktop.ui.failures import show_failure
from pekerja_desktop.ui.pages.enrolment.after_save import SavedStrip, SavedWorker
from pekerja_desktop.ui.pages.enrolment.findings_view import Notice
from pekerja_desktop.ui.pages.enrolment.form import EnrolmentForm, is_completeness
from pekerja_desktop.ui.pages.enrolment.form_data import (
    CheckResult,
    LoadedRecord,
    load_choices,
    load_record,
)
from pekerja_desktop.ui.pages.enrolment.history import HistoryPanel, ValueFormatter
from pekerja_desktop.ui.pages.enrolment.labels import status_label
from pekerja_desktop.ui.pages.enrolment.likely_duplicate import LikelyDuplicate
from pekerja_desktop.ui.pages.enrolment.validator import LiveValidator
from pekerja_desktop.ui.pages.lifecycle.actions import ParticipationButton, ended_text
from pekerja_desktop.ui.palette import colours, hint_style, text_style
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets import messages

HISTORY_WIDTHS = (200, 260)  # px: the change history on a narrow screen, on a wider one
ROOMY_SPLIT = 1100  # px of form and history together from which the history gets its wider width (1366 px: 1146)


class EnrolmentPage(QWidget):
    """Contract with the main window: `EnrolmentPage(ctx, runner)`, `refresh()`, `saved(str)`, `message(str)`,
    `open_participant(key)`, `is_dirty()`."""

    saved = Signal(str)  # registration number
    message = Signal(str)  # for the status bar
    card_requested = Signal(str)  # the Kartu page for this registration number

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._editing: LoadedRecord | None = None
        self._confirmed: set[str] = set()
        self._findings: list[Finding] = []
        self._open_target: str | None = None  # the NIK's "Open": the same NIK's record, or a likely duplicate's
        self._complete = False
        self._saving = False
        self._sticky: dict = {}
        self._saving_name = ""
        self._edit_refusal: str | None = None  # why this operator may not save the open record
        self._judged: set[str] | None = set()  # the fields the clerk has left (None: all, after a save or a load)
        self._typing: str | None = None  # the field being typed in: its messages may only disappear
        self._on_screen: set[tuple[str, str]] = set()  # (field, text) of the messages shown
        choices = load_choices(ctx, current_language())
        self.form = EnrolmentForm(choices, self)
        self.form.confirm_refusals = confirm_refusals(ctx)
        self.likely = LikelyDuplicate(self.form.identity.messages["nik"], self)
        self.history = HistoryPanel(ValueFormatter(choices, self.tr("Yes"), self.tr("No")), self)
        self._build()
        self.validator = LiveValidator(ctx, runner, self._collect, self)
        self._connect()
        self.start_new()

    # --- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        # always there: a scroll bar coming and going as messages appear would reflow the columns under the clerk
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setWidget(self.form)
        self._scroll.viewport().installEventFilter(self)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.addWidget(self._scroll)
        self._splitter.addWidget(self.history)
        self._splitter.setStretchFactor(0, 1)
        self._splitter.setSizes([1000, HISTORY_WIDTHS[1]])
        self.history.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.list_notes = QLabel(self)  # what a village list left to settle on a draft
        self.list_notes.setWordWrap(True)
        self.list_notes.setStyleSheet(text_style(colours().intake_warning))
        self.list_notes.hide()
        self.household = QLabel(self)  # the others on the same Kartu Keluarga
        self.household.setWordWrap(True)
        self.household.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.household.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.household)
        layout.addWidget(self.list_notes)
        layout.addWidget(self._splitter, 1)
        self.saved_strip = SavedStrip(self._ctx, self._runner, self)
        layout.addWidget(self.saved_strip)
        layout.addLayout(self._action_bar())

    def _fit_history(self) -> None:
        """The change history beside a record: narrower on a 1280-px screen, where every pixel it takes is taken
        from the heirs' names (the clerk may still drag the divider)."""
        total = sum(self._splitter.sizes()) or self._splitter.width()
        width = HISTORY_WIDTHS[1] if total >= ROOMY_SPLIT else HISTORY_WIDTHS[0]
        self._splitter.setSizes([max(total - width, 0), width])

    def eventFilter(self, watched, event) -> bool:
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            self.form.fit_width(event.size().width())
        return super().eventFilter(watched, event)

    def _action_bar(self) -> QHBoxLayout:
        self.hint = QLabel(self.tr("Ctrl+S save && finish · Ctrl+Shift+S save draft · Ctrl+N next worker · "
                                   "Esc discard").replace("&&", "&"), self)
        self.hint.setStyleSheet(hint_style())
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the page
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.new_button = QPushButton(self.tr("New worker"), self)
        self.draft_button = QPushButton(self.tr("Save draft"), self)
        self.finish_button = QPushButton(self.tr("Save && finish"), self)
        self.finish_button.setDefault(True)
        self.participation = ParticipationButton(self._ctx, self._runner, self)  # end, transfer, claims
        for button, keys in ((self.new_button, "Ctrl+N"), (self.draft_button, "Ctrl+Shift+S"),
                             (self.finish_button, "Ctrl+S")):
            button.setToolTip(keys)
            button.setAutoDefault(False)
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.participation)
        bar.addWidget(self.new_button)
        bar.addWidget(self.draft_button)
        bar.addWidget(self.finish_button)
        return bar

    def _connect(self) -> None:
        self.form.field_edited.connect(self._on_field_edited)
        self.form.field_left.connect(self._on_field_left)
        self.form.loaded.connect(self._on_loaded)
        self.saved_strip.card_requested.connect(self.card_requested)
        self.saved_strip.said.connect(self._say)
        self.form.confirmation_changed.connect(self._on_confirmation)
        self.form.open_duplicate_requested.connect(self._open_duplicate)
        self.form.tab_order_changed.connect(self._apply_tab_order)
        self.validator.checked.connect(self._on_checked)
        self.participation.changed.connect(self._after_lifecycle_change)
        self.new_button.clicked.connect(self.new_worker)
        self.draft_button.clicked.connect(lambda: self.save(final=False))
        self.finish_button.clicked.connect(lambda: self.save(final=True))
        for keys, slot in (("Ctrl+S", lambda: self.save(final=True)), ("Ctrl+Shift+S", lambda: self.save(final=False)),
                           ("Ctrl+N", self.new_worker), ("Esc", self.escape),
                           ("Ctrl+P", lambda: self.saved_strip.print_receipt("a4"))):
            shortcut = QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._apply_tab_order()

    def _apply_tab_order(self) -> None:
        chain = [*self.form.focus_chain(), self.new_button, self.draft_button, self.finish_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- state ---------------------------------------------------------------------------------------
    def editing(self) -> LoadedRecord | None:
        return self._editing

    def is_dirty(self) -> bool:
        return self.form.data() != self._baseline

    def _collect(self):
        return self.form.data(), self._editing.id if self._editing else None

    def focus_first_field(self) -> None:
        self.form.identity.nik.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Shown again: what was typed stays (the warnings a petugas may tick are read again: an admin may have
        changed them), the cursor goes back to the first field."""
        self.form.confirm_refusals = confirm_refusals(self._ctx)
        self._display(self._findings)
        self.focus_first_field()

    def _reset_state(self, record: LoadedRecord | None, edit_refusal_text: str | None = None) -> None:
        self.validator.cancel()
        self._judged = None if record is not None else set()
        self._typing, self._on_screen = None, set()
        self._editing = record
        self._edit_refusal = edit_refusal_text
        self._confirmed = set(record.confirmed) if record else set()
        self._complete = record is not None and record.status != "draft"
        self._findings, self._open_target = [], None
        self.form.set_duplicate_action(None)

    def start_new(self) -> None:
        """A blank form for the next worker; village, occupation and funding source stay."""
        if self._editing is None and hasattr(self, "_baseline"):
            self._sticky = self.form.sticky_values()
        self._reset_state(None)
        self.form.reset(self._sticky, default_coverage_start_for(self._ctx))
        self._judged = set()  # a blank form: nothing is judged before the clerk leaves a field
        self._show_list_notes(())
        self.household.hide()
        self.form.show_findings([], set())
        self.history.hide()
        self.participation.set_record(None)
        self.form.set_columns(2)
        self.title.setText(self.tr("New enrolment"))
        self._set_saving(False)
        self._baseline = self.form.data()
        self.focus_first_field()

    def _show_record(self, record: LoadedRecord, edit_refusal_text: str | None = None) -> None:
        worker = self.saved_strip.worker
        if worker is None or worker.registration_number != record.registration_number:
            self.saved_strip.clear()
        self._reset_state(record, edit_refusal_text)
        self.form.set_data(record.data)
        self._show_list_notes(record.list_findings if record.status == "draft" else ())
        self._show_household(record)
        self.history.set_entries(record.history)
        self.form.set_columns(1)
        self.history.show()
        self._fit_history()
        title = self.tr("Editing %1 · %2") if edit_refusal_text is None else self.tr("Viewing %1 · %2 (read only)")
        status = status_label(record.status) + (f" {ended_text(record)}" if record.coverage_end else "")
        self.title.setText(title.replace("%1", record.registration_number).replace("%2", status))
        self.participation.set_record(record)
        self.title.setToolTip(edit_refusal_text or "")
        self._set_saving(False)
        self._baseline = self.form.data()
        self.validator.run_now()
        self.focus_first_field()

    def _show_household(self, record: LoadedRecord) -> None:
        """The others on the same KK, the heirs who are participants too, and whose heir this participant is."""
        lines = []
        if record.household:
            people = ", ".join(f"{name} ({number})" for number, name in record.household)
            lines.append(self.tr("Same KK (%1): %2").replace("%1", record.data.kk_number).replace("%2", people))
        if record.heirs_enrolled:
            linked = ", ".join(f"{link.heir_name} ({link.relationship}): {link.registration_number}"
                               for link in record.heirs_enrolled)
            lines.append(self.tr("Heirs who are participants too: %1").replace("%1", linked))
        if record.heir_of:
            linked = ", ".join(f"{link.full_name} ({link.registration_number}), {link.relationship}"
                               for link in record.heir_of)
            lines.append(self.tr("Heir of: %1").replace("%1", linked))
        self.household.setText("\n".join(lines))
        self.household.setVisible(bool(lines))

    def _show_list_notes(self, findings) -> None:
        lines = [f"\u2022 {finding.message()}" for finding in findings]
        self.list_notes.setText("\n".join([self.tr("From the village list, to complete:"), *lines]) if lines else "")
        self.list_notes.setVisible(bool(lines))

    # --- user actions -------------------------------------------------------------------------------
    def _may_discard(self) -> bool:
        return not self.is_dirty() or messages.confirm_discard(self)

    def new_worker(self) -> None:
        if self._may_discard():
            self.start_new()

    def escape(self) -> None:
        if self.is_dirty():
            if messages.confirm_discard(self):
                self.start_new()
        elif self._editing is not None:
            self.start_new()

    def open_participant(self, key: str) -> None:
        """Show an existing record (registration number, uuid or NIK) for editing."""
        if self._may_discard():
            self._load(key)

    def _load(self, key: str) -> None:
        ctx = self._ctx

        def work(_control) -> tuple[LoadedRecord, str | None]:
            record = load_record(ctx, key)
            return record, edit_refusal(ctx, record.registration_number)

        self._runner.run(work, on_done=lambda loaded: self._show_record(*loaded), on_error=self._show_failure)

    def _after_lifecycle_change(self, registration_number: str) -> None:
        """Ended, reactivated, transferred or a claim recorded: the record is shown again as it now is."""
        self._load(registration_number)
        self.saved.emit(registration_number)

    def _open_duplicate(self) -> None:
        if self._open_target is not None:
            self.open_participant(self._open_target)

    # --- checking -------------------------------------------------------------------------------------
    def _on_field_edited(self, key: str) -> None:
        self._typing = key
        self.saved_strip.clear()  # from here on the form is about another worker
        if self._judged is None or key in self._judged:  # a message there may now be fixed
            self.validator.schedule()

    def _on_field_left(self, key: str) -> None:
        if self._typing == key:
            self._typing = None
        if self._judged is not None:
            self._judged.add(key)
        self.validator.schedule()

    def _may_show(self, notice: Notice) -> bool:
        key = notice.judged_by
        if self._judged is not None and key not in self._judged:
            return False
        return key != self._typing or (key, notice.text) in self._on_screen

    def _judge_everything(self) -> None:
        self._judged, self._typing = None, None

    def _on_loaded(self) -> None:
        """New data as a whole: earlier findings are about other data; judge all of it afresh."""
        self._judge_everything()
        self._findings, self._open_target = [], None
        self.validator.schedule()

    def _on_checked(self, result: CheckResult) -> None:
        self._findings = result.findings
        present = {f.code for f in result.findings if not f.is_error}
        self._confirmed &= present
        dup = result.duplicate
        self._open_target = dup.registration_number if dup else self.likely.openable(result.findings)
        self.form.set_duplicate_action(self.tr("Open %1").replace("%1", self._open_target)
                                       if self._open_target else None)
        self._display(self._findings)

    def _visible(self, findings: list[Finding]) -> list[Finding]:
        return [f for f in findings if self._complete or not is_completeness(f)]

    def _display(self, findings: list[Finding], forced: list[Finding] = ()):
        shown = list(forced) + [f for f in self._visible(findings) if f not in forced]
        notices = self.form.show_findings(shown, self._confirmed, self._may_show)
        self._on_screen = {(notice.judged_by, notice.text) for notice in notices}
        return notices

    def _on_confirmation(self, code: str, confirmed: bool) -> None:
        if confirmed:
            self._confirmed.add(code)
        else:
            self._confirmed.discard(code)

    def confirmed_codes(self) -> set[str]:
        return set(self._confirmed)

    # --- saving ---------------------------------------------------------------------------------------
    def save(self, *, final: bool) -> None:
        if self._saving or (not final and not self.draft_button.isEnabled()):
            return
        if self._edit_refusal is not None:
            self._say(self._edit_refusal)
            return
        self.validator.cancel()
        self._complete = self._complete or final
        self._judge_everything()
        local = self.form.local_notices()
        if local:
            self._display(self._findings)
            self.form.focus_notice(local[0])
            self._say(self.tr("Not saved: correct the marked fields."))
            return
        self._start_save(final)

    def _start_save(self, final: bool) -> None:
        ctx, data, confirmed, record = self._ctx, self.form.data(), set(self._confirmed), self._editing
        self._saving_name = " ".join(data.full_name.split()).upper()

        def work(_control) -> SaveOutcome:
            if record is None:
                return enrol(ctx, data, final=final, confirmed=confirmed)
            return update_participant(ctx, record.registration_number, data, expected_version=record.version,
                                      final=final, confirmed=confirmed)

        self._set_saving(True)
        self._runner.run(work, on_done=self._on_saved, on_error=self._on_save_failed)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.new_button.setEnabled(not saving)
        may_save = not saving and self._edit_refusal is None
        self.finish_button.setEnabled(may_save)
        self.draft_button.setEnabled(may_save and (self._editing is None or self._editing.status == "draft"))
        for button, keys in ((self.finish_button, "Ctrl+S"), (self.draft_button, "Ctrl+Shift+S")):
            button.setToolTip(self._edit_refusal or keys)

    def _on_saved(self, outcome: SaveOutcome) -> None:
        self._set_saving(False)
        text = self.tr("Saved %1 (%2)").replace("%1", outcome.registration_number) \
            .replace("%2", status_label(outcome.status))
        self._say(text)
        if outcome.status == "draft":
            self.saved_strip.clear()
        else:
            self.saved_strip.show_saved(SavedWorker(outcome.registration_number, self._saving_name))
        if self._editing is not None:
            self._baseline = self.form.data()
            self._load(outcome.registration_number)
        else:
            self.start_new()
        self.saved.emit(outcome.registration_number)

    def _on_save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, EnrolmentError) and exc.findings:
            notices = self._display(self._findings, exc.findings)
            first = next((n for n in notices if n.field == exc.findings[0].field), notices[0] if notices else None)
            if first is not None:
                self.form.focus_notice(first)
            self._say(self._not_saved_text(exc.code == "enrolment.unconfirmed", exc.findings))
            self.validator.run_now()  # the whole picture: the service names only what stopped the save
            return
        self._show_failure(exc)

    def _not_saved_text(self, unconfirmed: bool, findings: list[Finding]) -> str:
        if not unconfirmed:
            return self.tr("Not saved: correct the marked fields.")
        pending = {f.code for f in findings if not f.is_error} - self._confirmed
        if pending & set(self.form.confirm_refusals):
            return self.tr("Not saved: a supervisor confirms the warnings marked ⚠. Save it as a draft "
                           "(Ctrl+Shift+S) for the supervisor.")
        return self.tr("Not saved: confirm the warnings marked ⚠.")

    def _show_failure(self, exc: BaseException) -> None:
        """The message box, its text kept in the status bar."""
        self._say(show_failure(self, exc, ctx=self._ctx))

    def _say(self, text: str) -> None:
        self.message.emit(text)
