"""The Sinkronisasi page: export to a USB drive, import by drop or file choice, bundle history, records waiting for
the hub, records the hub rejected, and the one-time key exchange. At the hub: office bundles in, reference bundles
out, and the registered offices. Exports and imports run on the TaskRunner with a progress bar and Cancel. A bundle
opened from outside the window (a double-click) is previewed first and imported when the clerk says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.bundle.preview import preview_bundle
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.services.sync.overview import SyncSnapshot, load_snapshot
from pekerja_desktop.services.sync.signing_key import fingerprint
from pekerja_desktop.services.sync.state import is_hub
from pekerja_desktop.ui.failures import failure_message, show_failure
from pekerja_desktop.ui.pages.privacy.actions import breach_list_button
from pekerja_desktop.ui.pages.sync import keys
from pekerja_desktop.ui.pages.sync.drop_zone import drop_zone_text_style
from pekerja_desktop.ui.pages.sync.labels import days_text, fill, local_time, number
from pekerja_desktop.ui.pages.sync.preview import BundlePreviewBox
from pekerja_desktop.ui.pages.sync.results import export_text, import_text
from pekerja_desktop.ui.pages.sync.sections import ExportBox, ImportBox, ListTabs, TrustBox
from pekerja_desktop.ui.palette import colours, error_style, warning_box_style
from pekerja_desktop.ui.tasks import TaskControl, TaskRunner
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.busy import BusyRow
from pekerja_desktop.ui.widgets.gating import apply_refusal, refusal
from pekerja_desktop.ui.widgets.labels import NoticeLabel


class SyncPage(QWidget):
    """Contract with the main window: `SyncPage(ctx, runner)`, `refresh()`, `open_requested(str)`, `synced()`."""

    open_requested = Signal(str)
    synced = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._hub = is_hub(ctx)
        self.snapshot: SyncSnapshot | None = None
        # why this operator may not export / import / trust (None: allowed); the services refuse the same
        self.refusals = {name: refusal(ctx, permission) for name, permission in (
            ("export", Permission.EXPORT), ("import", Permission.IMPORT), ("trust", Permission.SETTINGS))}
        self._build()
        self._connect()
        self._update_buttons()
        self.refresh()

    # --- construction -------------------------------------------------------------------------------

    def _build(self) -> None:
        hub = self._hub
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(warning_box_style())
        self.warning.hide()
        self.preview = BundlePreviewBox(self)
        self.export_box = ExportBox(hub, self)
        self.import_box = ImportBox(hub, self)
        if self.refusals["import"]:  # the zone would invite a drop that is refused: it says why instead
            self.import_box.drop_zone.label.setText(self.refusals["import"])
            self.import_box.drop_zone.label.setStyleSheet(drop_zone_text_style(colours().muted_text))
        self.trust_box = TrustBox(hub, fingerprint(self._ctx.office.public_key), self)
        self.busy = BusyRow(self._runner, self)
        self.notice = NoticeLabel(self)
        self.tabs = ListTabs(hub, self)
        self._lay_out()
        self.setFocusProxy(self.export_box.export_button)

    def _lay_out(self) -> None:
        boxes = QHBoxLayout()
        first, second = (self.import_box, self.export_box) if self._hub else (self.export_box, self.import_box)
        boxes.addWidget(first, 3 if first is self.export_box else 2)
        boxes.addWidget(second, 3 if second is self.export_box else 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.preview)
        layout.addLayout(boxes)
        layout.addWidget(self.busy)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        if not self._hub:  # whose data each of this office's bundles carried (breach notice)
            self.breach_button = breach_list_button(self, self._ctx, self._runner, self.tabs.history_table)
            layout.addWidget(self.breach_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.trust_box)

    def _connect(self) -> None:
        self.export_box.export_button.clicked.connect(self.export_now)
        self.export_box.picker.changed.connect(self._update_buttons)
        self.import_box.drop_zone.file_chosen.connect(lambda path: self.import_file(Path(path)))
        self.preview.import_requested.connect(self._import_previewed)
        self.trust_box.key_file_button.clicked.connect(self.save_key_file)
        self.trust_box.trust_button.clicked.connect(self.trust_other_side)
        self.tabs.open_requested.connect(self.open_requested)
        self.busy.busy_changed.connect(self._update_buttons)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.busy.cancel)

    # --- public -------------------------------------------------------------------------------------

    @property
    def models(self) -> list:
        tabs = self.tabs
        return [tabs.history_model, tabs.pending_model, tabs.rejected_model, tabs.offices_model]

    def refresh(self) -> None:
        """Read the history and the lists again (after an import elsewhere, or when the page is shown)."""
        self.export_box.picker.rescan()
        ctx = self._ctx
        self._runner.run(lambda _control: load_snapshot(ctx), on_done=self._show_snapshot,
                         on_error=self._refresh_failed)

    def export_now(self) -> None:
        if self.refusals["export"]:
            return
        target = self.export_box.picker.directory()
        if target is None:
            self.export_box.picker.choose_folder()
            target = self.export_box.picker.directory()
        if target is None or self.busy.busy:
            return
        if not target.is_dir():
            messages.show_error(self, fill(self.tr("%1 is no longer there: plug the drive in again or choose "
                                                   "another folder."), target))
            self.export_box.picker.rescan()
            return
        ctx, hub = self._ctx, self._hub

        def work(control: TaskControl):
            return export_bundles(ctx, target, progress=control.progress, cancelled=lambda: control.cancelled)

        text = self.tr("Writing the reference bundles\u2026") if hub else self.tr("Writing the bundle\u2026")
        self._run(work, lambda results: self._done(export_text(results, hub)), text,
                  self.tr("Cancelled: no bundle was written."))

    def import_file(self, path: Path) -> None:
        if self.busy.busy or self.refusals["import"]:
            return
        ctx, hub = self._ctx, self._hub

        def work(control: TaskControl):
            return import_bundle(ctx, path, None, progress=control.progress, cancelled=lambda: control.cancelled)

        def imported(result) -> None:
            self._done(import_text(result, hub))
            if not hub and result.counts.get("rejected"):
                self.tabs.show_rejected()

        self._run(work, imported, fill(self.tr("Importing %1\u2026"), path.name),
                  self.tr("Cancelled: nothing was imported."))

    def preview_file(self, path: Path) -> None:
        """Show what the bundle at `path` is (checked as the import checks it before decrypting), with Import."""
        self.preview.show_checking(path)
        ctx = self._ctx
        if not self.busy.run(lambda _control: preview_bundle(ctx, path), self._previewed,
                             fill(self.tr("Checking %1\u2026"), path.name), cancellable=False,
                             on_failed=lambda exc: self.preview.show_problem(failure_message(exc, ctx)),
                             on_cancelled=self.preview.hide):
            self.preview.show_problem(self.tr("Another task is running: open the bundle again when it is done."))
        self._update_buttons()

    def _previewed(self, preview) -> None:
        self.preview.show_preview(preview)
        self._update_buttons()

    def _import_previewed(self, path: Path) -> None:
        self.preview.hide()
        self.import_file(path)

    def save_key_file(self) -> None:
        keys.save_key_file(self, self._ctx)

    def trust_other_side(self) -> None:
        if self.refusals["trust"]:
            return
        if keys.trust_from_file(self, self._ctx) is not None:
            self.refresh()

    # --- running ------------------------------------------------------------------------------------

    def _run(self, work, on_done, text: str, cancelled_text: str) -> None:
        self.notice.say("")
        self.busy.run(work, on_done, text, on_failed=self._failed,
                      on_cancelled=lambda: self.notice.say(cancelled_text))

    def _done(self, text: str) -> None:
        self.notice.done(text)
        self.refresh()
        self.synced.emit()

    def _failed(self, exc: BaseException) -> None:
        """The message box, its text kept in the notice; the history then shows what is left."""
        self.notice.failed(show_failure(self, exc, self.tr("Sync failed"), self._ctx))
        self.refresh()

    def _refresh_failed(self, exc: BaseException) -> None:
        message = failure_message(exc, self._ctx)
        self.notice.failed(fill(self.tr("The sync history could not be read: %1"), message))

    # --- showing ------------------------------------------------------------------------------------

    def _show_snapshot(self, snapshot: SyncSnapshot) -> None:
        self.snapshot = snapshot
        tabs = self.tabs
        tabs.history_model.set_rows(snapshot.history)
        tabs.pending_model.set_rows(snapshot.pending)
        tabs.rejected_model.set_rows(snapshot.rejected)
        tabs.offices_model.set_warning_days(snapshot.export_age.limit)
        tabs.offices_model.set_rows(snapshot.peers if self._hub else [])
        tabs.set_counts(snapshot.not_acknowledged, len(snapshot.rejected))
        self._show_pending_note(snapshot)
        self._show_summary(snapshot)
        self._show_partner(snapshot)
        self._update_buttons()

    def _show_summary(self, snapshot: SyncSnapshot) -> None:
        if self._hub:
            late = [p for p in snapshot.peers if p.days_since is None or p.days_since > snapshot.export_age.limit]
            text = fill(self.tr("Registered offices: %1"), number(len(snapshot.peers)))
            if late:
                text += " \u00b7 " + fill(self.tr("no bundle for more than %1 days: %2"),
                                          number(snapshot.export_age.limit), ", ".join(p.code for p in late))
            self.summary.setText(f"<b>{text}</b>")
            self.warning.hide()
            return
        age = snapshot.export_age
        when = days_text(age.days)
        if snapshot.last_export_at is not None:
            when += f" ({local_time(snapshot.last_export_at)})"
        parts = [fill(self.tr("Last export: %1"), when),
                 fill(self.tr("Not yet exported: %1"), number(snapshot.not_exported)),
                 fill(self.tr("Not yet confirmed by the hub: %1"), number(snapshot.not_acknowledged)),
                 fill(self.tr("Rejected by the hub: %1"), number(len(snapshot.rejected)))]
        self.summary.setText("<b>" + "</b> \u00b7 <b>".join(parts) + "</b>")
        self.warning.setText(fill(self.tr("It has been %1 days since the last export (limit: %2 days). Export to "
                                          "the hub today."), number(age.days or 0), number(age.limit)))
        self.warning.setVisible(age.overdue)

    def _show_pending_note(self, snapshot: SyncSnapshot) -> None:
        text = self.tr("Finished records the hub has not confirmed yet. They go into every export until the hub's "
                       "acknowledgement comes back.")
        if snapshot.not_acknowledged > len(snapshot.pending):
            text += " " + fill(self.tr("Showing the first %1 of %2."), number(len(snapshot.pending)),
                               number(snapshot.not_acknowledged))
        self.tabs.pending_note.setText(text)
        self.tabs.offices_note.setText(fill(self.tr(
            "Each office's last bundle; in red when none came for more than %1 days."),
            number(snapshot.export_age.limit)))

    def _show_partner(self, snapshot: SyncSnapshot) -> None:
        label = self.trust_box.partner
        if self._hub:
            label.setText(self.tr("Each office sends its key file once: register it after comparing the "
                                  "fingerprint by phone."))
        elif snapshot.peers:
            hub = snapshot.peers[0]
            label.setText(fill(self.tr("Trusted hub: %1 \u2013 %2 (fingerprint %3)"), hub.code, hub.name,
                               hub.fingerprint))
            label.setStyleSheet("")
        else:
            label.setText(self.tr("No hub trusted yet: load the hub's key file with \u201cTrust the hub\u201d "
                                  "before the first export."))
            label.setStyleSheet(error_style())

    def _update_buttons(self, *_args) -> None:
        busy = self.busy.busy
        snapshot = self.snapshot
        partner = snapshot is not None and bool(snapshot.peers)
        export = self.export_box.export_button
        export.setEnabled(not busy and partner)
        if snapshot is not None and not partner:
            export.setToolTip(self.tr("Register an office first.") if self._hub else self.tr("Trust the hub first."))
        else:
            export.setToolTip("")
        apply_refusal(export, self.refusals["export"], export.toolTip())
        self.import_box.drop_zone.setEnabled(not busy)
        self.preview.import_button.setEnabled(not busy and self.preview.ready)
        apply_refusal(self.preview.import_button, self.refusals["import"], "")
        zone = self.import_box.drop_zone
        apply_refusal(zone, self.refusals["import"], zone.toolTip())
        self.trust_box.setEnabled(not busy)
        trust = self.trust_box.trust_button
        apply_refusal(trust, self.refusals["trust"], trust.toolTip())
