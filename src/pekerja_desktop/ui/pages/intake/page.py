"""The intake page: pick a village list (XLSX, XLS or CSV), give what the list does not say (funding source, coverage
start, the desa or kecamatan of a one-place list), settle each value nothing recognised once for the whole file, see
every row's outcome, import the rows as drafts, save the report, write the template. Long work runs through the
TaskRunner with a progress bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.desk_records import choice_lists
from pekerja_desktop.services.intake.choices import Choice
from pekerja_desktop.services.intake.importer import (
    IntakeOptions,
    IntakePreview,
    IntakeResult,
    import_preview,
    preview_intake,
    recheck,
    settle,
    write_report,
)
from pekerja_desktop.services.intake.report import suggested_report_name
from pekerja_desktop.services.intake.template import write_template
from pekerja_desktop.services.reference.coverage import default_coverage_start_for
from pekerja_desktop.ui.failures import failure_message
from pekerja_desktop.ui.pages.intake.groups import GroupsBox
from pekerja_desktop.ui.pages.intake.model import Column, IntakePreviewModel, ProblemRowsProxy, outcome_labels
from pekerja_desktop.ui.pages.intake.texts import columns_text, counts_html, result_text
from pekerja_desktop.ui.palette import colours, text_style
from pekerja_desktop.ui.tasks import TaskControl, TaskRunner
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.busy import BusyRow
from pekerja_desktop.ui.widgets.date_edit import DateEdit
from pekerja_desktop.ui.widgets.elided import ElidedLabel
from pekerja_desktop.ui.widgets.formatting import format_number
from pekerja_desktop.ui.widgets.labels import NoticeLabel
from pekerja_desktop.ui.widgets.region_picker import RegionPicker

REPORT_SUFFIXES = (".csv", ".xlsx")
WRAPPED_MIN_WIDTH = 240


def funding_choices(ctx: AppContext) -> list[tuple[str, str]]:
    return choice_lists(ctx, current_language()).funding_sources


def occupation_choices(ctx: AppContext) -> list[tuple[str, str]]:
    return choice_lists(ctx, current_language()).occupations


def report_path_with_suffix(path: str, chosen_filter: str) -> Path:
    """Add .xlsx or .csv (after the chosen filter) when the name typed has neither."""
    target = Path(path)
    if target.suffix.lower() in REPORT_SUFFIXES:
        return target
    return target.with_name(target.name + (".xlsx" if "xlsx" in chosen_filter else ".csv"))


class IntakePage(QWidget):
    """Contract with the main window: `IntakePage(ctx, runner)`, `refresh()`, `imported(int)`."""

    imported = Signal(int)  # how many participants were added as drafts

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._path: Path | None = None
        self._preview: IntakePreview | None = None
        self._result: IntakeResult | None = None
        self.model = IntakePreviewModel(ctx.reference.regions, self)
        self.proxy = ProblemRowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build(funding_choices(ctx), occupation_choices(ctx))
        self._connect()
        self._update_state()

    # --- construction -------------------------------------------------------------------------------

    def _build(self, funding: list[tuple[str, str]], occupations: list[tuple[str, str]]) -> None:
        self.pick_button = QPushButton(self.tr("&Choose a village list\u2026"), self)
        self.template_button = QPushButton(self.tr("List &template\u2026"), self)
        self.template_button.setToolTip(self.tr("An Excel list to fill in, with the columns read here, drop-down "
                                                "lists and a sheet explaining each column"))
        self.area = RegionPicker(self._ctx.reference.regions, depth=3, allow_empty=True, parent=self)
        self.area.setToolTip(self.tr("For a list of one desa (an OpenSID export) or one kecamatan: rows that name "
                                     "no village or kecamatan get this one"))
        self.groups = GroupsBox(self._ctx.reference.regions, occupations, self)
        self.groups.hide()
        self.file_label = ElidedLabel(self.tr("No list chosen yet."), self)
        self.funding = QComboBox(self)
        for code, name in funding:
            self.funding.addItem(name, code)
        self.funding.setCurrentIndex(max(0, self.funding.findData("APBD_PROV")))
        self.coverage = DateEdit(self)
        self.coverage.set_date(default_coverage_start_for(self._ctx))
        self.coverage.setFixedWidth(self.coverage.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.unknown = QLabel(self)
        self.unknown.setWordWrap(True)
        self.unknown.setStyleSheet(text_style(colours().neutral_mark))
        self.problems_only = QCheckBox(self.tr("Only rows with &problems"), self)
        self.table = self._make_table()
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        for label in (self.summary, self.unknown, self.detail):  # a long text wraps, it never widens the window
            label.setMinimumWidth(WRAPPED_MIN_WIDTH)
        self.busy = BusyRow(self._runner, self)
        self.progress, self.cancel_button = self.busy.progress, self.busy.cancel_button
        self.notice = NoticeLabel(self, keep_place=True)  # beside the buttons: the row keeps its layout
        self.report_button = QPushButton(self.tr("Save the &report\u2026"), self)
        self.import_button = QPushButton(self.tr("&Import as drafts"), self)
        self._lay_out()
        self.setFocusProxy(self.pick_button)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(self.tr("Rows of the list"))
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.ROW, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header, metrics = table.horizontalHeader(), table.fontMetrics()
        widths = {Column.ROW: "00000", Column.NIK: "8171000000000000", Column.NAME: "MARIA MAGDALENA LATUCONSINA",
                  Column.VILLAGE: "Waai Tulehu Bawah"}
        for column, sample in widths.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        longest = max(metrics.horizontalAdvance(label) for label in outcome_labels())
        header.resizeSection(Column.OUTCOME, longest + 48)  # the icon and the margins besides the text
        header.setSectionResizeMode(Column.MESSAGES, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.pick_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.template_button)
        whole = QHBoxLayout()
        whole.addWidget(self._label(self.tr("&Funding source:"), self.funding))
        whole.addWidget(self.funding)
        whole.addSpacing(12)
        whole.addWidget(self._label(self.tr("Coverage &starts:"), self.coverage))
        whole.addWidget(self.coverage)
        whole.addStretch(1)
        place = QHBoxLayout()  # a row of its own: three pickers do not fit beside the others at 1280 px
        place.addWidget(QLabel(self.tr("One-place list:"), self), 0, Qt.AlignmentFlag.AlignBottom)
        place.addWidget(self.area, 1)
        counts = QHBoxLayout()
        counts.addWidget(self.summary, 1)
        counts.addWidget(self.problems_only)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.report_button)
        bottom.addWidget(self.import_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.groups)
        split.addWidget(self.table)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(whole)
        layout.addLayout(place)
        layout.addLayout(counts)
        layout.addWidget(self.unknown)
        layout.addWidget(split, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.busy)
        layout.addLayout(bottom)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _connect(self) -> None:
        self.pick_button.clicked.connect(self.choose_file)
        self.problems_only.toggled.connect(self.proxy.set_problems_only)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.proxy.modelReset.connect(self._show_detail)
        self.busy.busy_changed.connect(lambda _busy: self._update_state())
        self.import_button.clicked.connect(self.import_valid_rows)
        self.report_button.clicked.connect(self.save_report)
        self.funding.currentIndexChanged.connect(self._options_changed)
        self.coverage.editingFinished.connect(self._options_changed)
        self.area.changed.connect(self._options_changed)
        self.groups.chosen.connect(self.apply_choice)
        self.template_button.clicked.connect(self.save_template)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.busy.cancel)

    # --- public -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Check the chosen list again against the register (records may have been added since)."""
        if self._path is not None and self._result is None and not self.busy.busy:
            self.load(self._path, keep_choices=True)

    def choose_file(self) -> None:
        start = str(self._path.parent) if self._path else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a village list"), start,
            self.tr("Village lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path, *, keep_choices: bool = False) -> None:
        """Read and check `path` in the background; the table fills when done. The clerk's choices for groups
        belong to one list: kept when the same list is checked again, dropped for another."""
        options = self.options()
        if not keep_choices:
            options.choices = []
        self._path, self._preview, self._result = Path(path), None, None
        self.model.clear()
        self.file_label.setText(str(self._path))
        self.file_label.setToolTip(str(self._path))

        def work(control: TaskControl) -> IntakePreview:
            return preview_intake(self._ctx, path, options, progress=control.progress,
                                  cancelled=lambda: control.cancelled)

        self._run(work, self._previewed, self.tr("Checking the list\u2026"), cancellable=True)

    def options(self) -> IntakeOptions:
        """The whole-file values as the page shows them (choices made for groups are kept by the preview)."""
        region = self.area.region()
        village = region.code if region is not None and region.level in ("desa", "kelurahan") else None
        district = region.code if region is not None and region.level == "kecamatan" else None
        choices = list(self._preview.options.choices) if self._preview is not None else []
        return IntakeOptions(self.funding.currentData(), self.coverage.date(), village, district, choices)

    def apply_choice(self, kind: str, text: str, code: str) -> None:
        """A group settled: its rows checked again (a village for rows without any is the file's desa)."""
        preview, keep = self._preview, self.groups.keep.isChecked()
        if preview is None or self.busy.busy:
            return
        if kind == "village" and not text:
            self.area.set_code(code)  # the whole-file value, shown where the clerk sets it
            return

        def work(_control: TaskControl) -> IntakePreview:
            return settle(self._ctx, preview, Choice(kind, text, code), keep=keep)

        self._run(work, self._previewed, self.tr("Applying the choice\u2026"), cancellable=False)

    def import_valid_rows(self) -> None:
        preview = self._preview
        if preview is None or self.busy.busy or not preview.landing:
            return
        valid = format_number(preview.landing)
        question = self.tr("Rows to add to the register as drafts: %1 (to complete in the form: %2). Rejected, "
                           "already registered and repeated rows are not imported.").replace("%1", valid).replace(
            "%2", format_number(preview.counts()["incomplete"]))
        if not messages.confirm(self, self.tr("Import the rows as drafts?"), question, self.tr("Import"),
                                self.tr("Do not import")):
            return

        def work(_control: TaskControl) -> IntakeResult:
            return import_preview(self._ctx, preview)  # the busy row checks for Cancel before it starts

        self._run(work, self._imported, self.tr("Importing\u2026"), cancellable=False)

    def save_report(self) -> None:
        preview, result = self._preview, self._result
        if preview is None or self.busy.busy:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the report (it holds full NIKs: keep it safe)"),
            str(preview.path.with_name(suggested_report_name(preview.path))),
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"))
        if not path:
            return
        target = report_path_with_suffix(path, chosen)
        self._run(lambda _control: write_report(preview, target, result), self._report_saved,
                  self.tr("Writing the report\u2026"), cancellable=False)

    def save_template(self) -> None:
        if self.busy.busy:
            return
        start = (self._path.parent if self._path else Path.home()) / "templat-daftar-desa.xlsx"
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Save the list template"), str(start),
                                                    self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
        self._run(lambda _control: write_template(self._ctx, target), self._template_saved,
                  self.tr("Writing the template\u2026"), cancellable=False)

    # --- running work -------------------------------------------------------------------------------

    def _run(self, work, on_done, text: str, cancellable: bool) -> None:
        """A failure or Cancel is said in the notice (no message box: the page shows what happened)."""
        self.notice.say("")
        self.busy.run(work, lambda value: self._finish(on_done, value), text, on_failed=self._failed,
                      on_cancelled=self._cancelled, cancellable=cancellable)

    def _finish(self, on_done, value) -> None:
        on_done(value)
        self._update_state()

    def _failed(self, exc: BaseException) -> None:
        self.notice.failed(failure_message(exc, self._ctx))
        self._update_state()

    def _cancelled(self) -> None:
        self.notice.say(self.tr("Cancelled: nothing was imported."))
        if self._preview is None:
            self._path = None
            self.file_label.setText(self.tr("No list chosen yet."))
        self._update_state()

    # --- results ------------------------------------------------------------------------------------

    def _previewed(self, preview: IntakePreview) -> None:
        self._preview = preview
        self.model.set_rows(preview.rows)
        self.groups.set_groups(preview.groups)

    def _imported(self, result: IntakeResult) -> None:
        self._result = result
        self.model.set_imported(dict(zip(result.row_numbers, result.registration_numbers, strict=False)))
        self.notice.done(result_text(result))
        self.imported.emit(result.imported)

    def _report_saved(self, path: Path) -> None:
        self.notice.say(self.tr("Report saved: %1").replace("%1", str(path)))

    def _template_saved(self, path: Path) -> None:
        self.notice.say(self.tr("Template saved: %1").replace("%1", str(path)))

    def _show_detail(self, *_args) -> None:
        """Every message of the current row in full (the table cuts long ones short)."""
        index = self.table.currentIndex()
        if not index.isValid():
            self.detail.hide()
            return
        row = index.siblingAtColumn(Column.ROW).data()
        messages_text = index.siblingAtColumn(Column.MESSAGES).data()
        text = (self.tr("Row %1: %2").replace("%2", messages_text) if messages_text
                else self.tr("Row %1: no errors or warnings."))
        self.detail.setText(text.replace("%1", row))
        self.detail.show()

    def _options_changed(self, *_args) -> None:
        """The whole-file values go into every row: check the rows again (the file is not read again)."""
        preview = self._preview
        if preview is None or self._result is not None or self.busy.busy or not self.coverage.is_valid():
            return
        options = self.options()

        def work(control: TaskControl) -> IntakePreview:
            return recheck(self._ctx, preview, options, progress=control.progress,
                           cancelled=lambda: control.cancelled)

        self._run(work, self._previewed, self.tr("Checking the list again\u2026"), cancellable=False)

    def _update_state(self) -> None:
        preview, busy = self._preview, self.busy.busy
        valid = preview.landing if preview is not None else 0
        can_import = preview is not None and self._result is None and valid > 0 and not busy
        for widget in (self.pick_button, self.funding, self.coverage, self.area, self.template_button, self.groups):
            widget.setEnabled(not busy and (self._result is None or widget in (self.pick_button,
                                                                              self.template_button)))
        self.import_button.setEnabled(can_import)
        self.import_button.setText(self.tr("&Import as drafts (%1)").replace("%1", format_number(valid))
                                   if can_import else self.tr("&Import as drafts"))
        self.report_button.setEnabled(preview is not None and not busy)
        self.problems_only.setEnabled(preview is not None)
        self.summary.setText(counts_html(preview) if preview is not None else self.tr(
            "Choose the list of participants sent by a village (XLSX, XLS or CSV, an OpenSID export too): every "
            "row is checked before anything is imported."))
        self.unknown.setText(columns_text(preview))
