"""Personal-data actions the pages offer: one person's data as a PDF (access request), the list of the persons in
an exported bundle (breach notice), and the retention purge (with its count first). The work runs in services on
the TaskRunner; a failure is shown as every page shows one (the runner's message box over the page).

Pages wire them in with one call each: `add_person_export_action` (register), `breach_list_button` (sync
history), `purge_box` (Pengaturan). Save dialogs and questions go through module functions that tests replace.
Texts are in the `PrivacyActions` context.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.privacy import breach_output, person_export, retention
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.formatting import fill, format_number
from pekerja_desktop.ui.widgets.gating import apply_refusal, refusal
from pekerja_desktop.ui.widgets.item_roles import ObjectRole

BREACH_FILTERS = "PDF (*.pdf);;Excel (*.xlsx);;CSV (*.csv)"
BREACH_SUFFIXES = (".pdf", ".xlsx", ".csv")


class PrivacyActions(QObject):
    """The translation context of these texts: `PrivacyActions.tr(…)` is what lupdate looks for."""


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    path, _chosen = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), filters)
    return Path(path) if path else None


def ask_months(parent: QWidget | None, months: int) -> int | None:
    title = PrivacyActions.tr("Purge personal data")
    text = PrivacyActions.tr("Purge the records the hub acknowledged more than this many months ago:")
    bounds = retention.MIN_RETENTION_MONTHS, retention.MAX_RETENTION_MONTHS
    value, accepted = QInputDialog.getInt(parent, title, text, months, *bounds)
    return value if accepted else None


def _with_suffix(path: Path, allowed: tuple[str, ...]) -> Path:
    return path if path.suffix.lower() in allowed else path.with_name(path.name + allowed[0])


# --- one person's data ---------------------------------------------------------------------------------

def export_person_pdf(parent: QWidget | None, ctx: AppContext, runner: TaskRunner, registration_number: str) -> None:
    """Ask where, then write the person's data PDF on the runner and say where it went."""
    title = PrivacyActions.tr("Export this person's data")
    target = ask_save_path(parent, title, f"data-{registration_number}.pdf", "PDF (*.pdf)")
    if target is None:
        return
    target = _with_suffix(target, (".pdf",))

    def done(result) -> None:
        text = PrivacyActions.tr("The data of %1 were written to %2 (%3 pages).")
        messages.show_info(parent, fill(text, result.registration_number, result.path, result.pages))

    runner.run(lambda _control: person_export.export_person(ctx, registration_number, target), on_done=done,
               parent=parent)


def add_person_export_action(view: QAbstractItemView, ctx: AppContext, runner: TaskRunner, current_number) -> QAction:
    """A context-menu action on the register table; `current_number()` gives the selected registration number.
    For a role without PERSON_EXPORT it is shown disabled, the refusal as its tooltip."""
    action = QAction(PrivacyActions.tr("Export this person's data (PDF)\u2026"), view)
    reason = refusal(ctx, Permission.PERSON_EXPORT)
    action.setEnabled(reason is None)
    action.setToolTip(reason or PrivacyActions.tr("Everything held about this person, for an access request"))

    def trigger() -> None:
        number = current_number()
        if number:
            export_person_pdf(view.window(), ctx, runner, number)

    action.triggered.connect(trigger)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addAction(action)
    return action


# --- the persons in a bundle -------------------------------------------------------------------------

def write_bundle_persons(parent: QWidget | None, ctx: AppContext, runner: TaskRunner, sequence: int) -> None:
    """Ask where (PDF, XLSX or CSV), then write the list of the persons bundle `sequence` carried."""
    title = PrivacyActions.tr("Persons in the bundle")
    target = ask_save_path(parent, title, f"daftar-orang-paket-{sequence}.pdf", BREACH_FILTERS)
    if target is None:
        return
    target = _with_suffix(target, BREACH_SUFFIXES)

    def done(result) -> None:
        if result.recorded:
            text = fill(PrivacyActions.tr("%1 persons in bundle number %2, written to %3."),
                        format_number(result.persons), result.sequence, result.path)
        else:
            text = fill(PrivacyActions.tr("Membership was not recorded for bundles before version 0.2: use the "
                                          "hub's acknowledgement. Written to %1."), result.path)
        messages.show_info(parent, text)

    runner.run(lambda _control: breach_output.write_breach_list(ctx, str(sequence), target), on_done=done,
               parent=parent)


def _selected_data_bundle(table: QAbstractItemView) -> int | None:
    """The sequence of the outgoing data bundle selected in the history (None for anything else)."""
    index = table.currentIndex()
    entry = index.data(ObjectRole) if index.isValid() else None
    if entry is None or entry.direction != "out" or entry.kind != "data":
        return None
    return entry.sequence


def breach_list_button(parent: QWidget, ctx: AppContext, runner: TaskRunner, history: QAbstractItemView) -> QPushButton:
    """"Persons in the bundle": enabled while an outgoing data bundle is selected in `history`."""
    button = QPushButton(PrivacyActions.tr("Persons in the bundle\u2026"), parent)
    button.setAutoDefault(False)
    reason = refusal(ctx, Permission.BREACH_LIST)
    hint = PrivacyActions.tr("Whose data the selected bundle carried: for the notice within 3 \u00d7 24 hours if "
                             "the bundle is lost")

    def update(*_args) -> None:
        button.setEnabled(reason is None and _selected_data_bundle(history) is not None)
        apply_refusal(button, reason, hint)

    def clicked() -> None:
        sequence = _selected_data_bundle(history)
        if sequence is not None:
            write_bundle_persons(parent, ctx, runner, sequence)

    history.selectionModel().currentRowChanged.connect(update)
    history.model().modelReset.connect(update)
    button.clicked.connect(clicked)
    update()
    return button


# --- retention purge ---------------------------------------------------------------------------------

def start_purge(parent: QWidget | None, ctx: AppContext, runner: TaskRunner) -> None:
    """Read the retention period, let the operator confirm or change it, count, ask, then purge."""
    runner.run(lambda _control: retention.retention_months(ctx),
               on_done=lambda months: _count(parent, ctx, runner, months),
               parent=parent)


def _count(parent: QWidget | None, ctx: AppContext, runner: TaskRunner, default_months: int) -> None:
    months = ask_months(parent, default_months)
    if months is None:
        return
    today = dt.date.today()  # the purge removes what was counted, even past midnight
    runner.run(lambda _control: retention.purge_personal_data(ctx, months, today, dry_run=True),
               on_done=lambda counted: _confirm(parent, ctx, runner, counted, today), parent=parent)


def _confirm(parent: QWidget | None, ctx: AppContext, runner: TaskRunner, counted, today: dt.date) -> None:
    cutoff = format_date(counted.cutoff)
    if not counted.count:
        text = PrivacyActions.tr("No record was acknowledged by the hub before %1: nothing to purge.")
        messages.show_info(parent, fill(text, cutoff))
        return
    question = PrivacyActions.tr("%1 records were acknowledged by the hub before %2. Remove their personal data "
                                 "(name, NIK, address, phone, heirs\u2026)? Statistics and billing data stay. This "
                                 "cannot be undone; the hub keeps its copy.")
    title, purge, keep = (PrivacyActions.tr("Purge personal data"), PrivacyActions.tr("Purge"),
                          PrivacyActions.tr("Cancel"))
    if not messages.confirm(parent, title, fill(question, format_number(counted.count), cutoff), purge, keep):
        return

    def done(result) -> None:
        text = PrivacyActions.tr("Personal data of %1 records purged.")
        messages.show_info(parent, fill(text, format_number(result.count)))

    runner.run(lambda _control: retention.purge_personal_data(ctx, counted.months, today), on_done=done,
               parent=parent)


class PurgeBox(QGroupBox):
    """Pengaturan: what the retention purge does, and its button (disabled with the reason for other roles)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner | None = None, parent: QWidget | None = None):
        super().__init__(PrivacyActions.tr("Personal data"), parent)
        self._ctx, self._runner = ctx, runner or TaskRunner()
        note = QLabel(PrivacyActions.tr("Personal data of records the hub acknowledged long ago can be removed "
                                        "here; the records stay for statistics and billing. The retention period "
                                        "is a policy choice of the provincial office."), self)
        note.setWordWrap(True)
        self.purge_button = QPushButton(PrivacyActions.tr("Purge personal data past retention\u2026"), self)
        self.purge_button.setAutoDefault(False)
        apply_refusal(self.purge_button, refusal(ctx, Permission.PURGE))
        self.purge_button.clicked.connect(lambda: start_purge(self.window(), self._ctx, self._runner))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.purge_button, 0, Qt.AlignmentFlag.AlignLeft)


def purge_box(parent: QWidget, ctx: AppContext, runner: TaskRunner | None = None) -> PurgeBox:
    return PurgeBox(ctx, runner, parent)
