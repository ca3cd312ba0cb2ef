"""The record's participation menu (Kepesertaan ▾) on the enrolment page: end the participation, undo an end,
transfer it to another office (hub), record a claim, print the heirs' claim checklist. What the role or the
record does not allow is greyed out with the reason as its tooltip. After a change `changed(registration_number)`
asks the page to show the record again.

Dialogs and the save-file question go through module functions that tests replace.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.lifecycle import EndReason, end_reason_label
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.desk_records import LoadedRecord
from pekerja_desktop.services.lifecycle.claims import record_claim
from pekerja_desktop.services.lifecycle.end import end_participation, reactivate_participation
from pekerja_desktop.services.lifecycle.transfer import transfer_participant, transfer_targets
from pekerja_desktop.services.sync.state import is_hub
from pekerja_desktop.ui.pages.lifecycle.dialogs import ClaimDialog, EndDialog, ReactivateDialog, TransferDialog
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.formatting import fill
from pekerja_desktop.ui.widgets.gating import refusal

# The claim checklist's PDF writer (ReportLab) is imported at the first letter, not with the enrolment form these
# buttons sit on: a cold start does not pay for it (bench/bench_gui_start.py).
CLAIM_LETTER = "pekerja_desktop.services.lifecycle.claim_letter"

ENDABLE = ("active", "rejected")


class ParticipationActions(QObject):
    """The translation context of these texts."""


def ask_save_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    path, _chosen = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), "PDF (*.pdf)")
    if not path:
        return None
    return Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")


def run_dialog(dialog) -> object | None:
    """What the dialog's submit returned once accepted, None when cancelled."""
    return dialog.result_value if dialog.exec() else None


def ended_text(record: LoadedRecord) -> str:
    return fill(ParticipationActions.tr("%1 (%2)"), format_date(record.coverage_end),
                end_reason_label(record.end_reason))


class ParticipationButton(QPushButton):
    """A push button with its menu (it keeps room for the menu's arrow beside its text)."""

    changed = Signal(str)  # the registration number of the record changed

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._runner, self._record = ctx, runner, None
        self._hub = is_hub(ctx)
        self.setText(self.tr("Participation"))
        self.setAutoDefault(False)
        menu = QMenu(self)
        self.end_action = self._add(menu, self.tr("End the participation\u2026"), self.end)
        self.reactivate_action = self._add(menu, self.tr("Undo the end (reactivate)\u2026"), self.reactivate)
        self.transfer_action = self._add(menu, self.tr("Transfer to another office\u2026"), self.transfer)
        self.transfer_action.setVisible(self._hub)
        menu.addSeparator()
        self.claim_action = self._add(menu, self.tr("Record a claim\u2026"), self.claim)
        self.letter_action = self._add(menu, self.tr("Claim checklist for the heirs (PDF)\u2026"), self.letter)
        self.setMenu(menu)
        self.set_record(None)

    def _add(self, menu: QMenu, text: str, slot) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        return action

    # --- what the record allows -------------------------------------------------------------------------

    def set_record(self, record: LoadedRecord | None) -> None:
        self._record = record
        self.setVisible(record is not None and record.status != "draft")
        if record is None:
            return
        owned_here = record.office_code == self._ctx.office.code
        status = record.status
        lifecycle = refusal(self._ctx, Permission.LIFECYCLE)
        self._gate(self.end_action, lifecycle or self._not(status in ENDABLE, self.tr("Only an active participation "
                                                                                      "ends.")))
        self._gate(self.reactivate_action, lifecycle or self._not(status == "ended", self.tr("The participation has "
                                                                                             "not ended.")))
        self._gate(self.transfer_action, lifecycle or self._not(status in ENDABLE and not owned_here,
                                                                self.tr("Only an active participation held for an "
                                                                        "office is transferred.")))
        self._gate(self.claim_action, refusal(self._ctx, Permission.CLAIMS) or self._not(
            owned_here, fill(self.tr("Office %1 records the claims of this participant."), record.office_code)))
        self._gate(self.letter_action, refusal(self._ctx, Permission.PRINT) or self._not(
            record.end_reason == EndReason.DIED.value, self.tr("Only for a participant recorded as having died.")))

    @staticmethod
    def _not(allowed: bool, reason: str) -> str | None:
        return None if allowed else reason

    @staticmethod
    def _gate(action: QAction, reason: str | None) -> None:
        action.setEnabled(reason is None)
        action.setToolTip(reason or "")

    # --- the actions --------------------------------------------------------------------------------------

    def _done(self, text: str) -> None:
        number = self._record.registration_number if self._record else ""
        messages.show_info(self.window(), text)
        self.changed.emit(number)

    def end(self) -> None:
        record, ctx = self._record, self._ctx
        if record is None:
            return

        def submit(value):
            reason, last_day, note = value
            return end_participation(ctx, record.registration_number, reason, last_day, note)

        outcome = run_dialog(EndDialog(record.registration_number, record.data.full_name, submit, self.window()))
        if outcome is not None:
            text = (self.tr("The participation of %1 ends on %2. Office %3 applies the hub's decision from its next "
                            "acknowledgement or reference bundle.") if outcome.decided_at_hub
                    else self.tr("The participation of %1 ends on %2. It goes to the central office with the next "
                                 "data bundle."))
            self._done(fill(text, outcome.registration_number, format_date(outcome.coverage_end), outcome.office_code))

    def reactivate(self) -> None:
        record, ctx = self._record, self._ctx
        if record is None:
            return
        dialog = ReactivateDialog(record.registration_number, ended_text(record),
                                  lambda reason: reactivate_participation(ctx, record.registration_number, reason),
                                  self.window())
        outcome = run_dialog(dialog)
        if outcome is not None:
            self._done(fill(self.tr("The participation of %1 is active again."), outcome.registration_number))

    def transfer(self) -> None:
        record, ctx = self._record, self._ctx
        if record is None:
            return

        def submit(value):
            office, reason = value
            return transfer_participant(ctx, record.registration_number, office, reason)

        dialog = TransferDialog(record.registration_number, record.office_code, transfer_targets(ctx), submit,
                                self.window())
        outcome = run_dialog(dialog)
        if outcome is not None:
            self._done(fill(self.tr("%1 now belongs to office %2; both offices learn it from their next "
                                    "acknowledgement or reference bundle."), outcome.registration_number,
                            outcome.office_code))

    def claim(self) -> None:
        record, ctx = self._record, self._ctx
        if record is None:
            return

        def submit(value):
            kind, submitted, paid, amount = value
            return record_claim(ctx, record.registration_number, kind, submitted, paid=paid, amount=amount)

        dialog = ClaimDialog(record.registration_number, record.end_reason == EndReason.DIED.value, submit,
                             self.window())
        outcome = run_dialog(dialog)
        if outcome is not None:
            self._done(fill(self.tr("The %1 claim of %2 was recorded."), outcome.kind.upper(),
                            outcome.registration_number))

    def letter(self) -> None:
        record, ctx = self._record, self._ctx
        if record is None:
            return
        target = ask_save_path(self.window(), self.tr("Claim checklist for the heirs"),
                               f"klaim-jkm-{record.registration_number}.pdf")
        if target is None:
            return

        def done(result) -> None:
            messages.show_info(self.window(), fill(self.tr("The claim checklist was written to %1."), result.path))

        write_claim_letter = importlib.import_module(CLAIM_LETTER).write_claim_letter
        self._runner.run(lambda _control: write_claim_letter(ctx, record.registration_number, target), on_done=done,
                         parent=self.window())
