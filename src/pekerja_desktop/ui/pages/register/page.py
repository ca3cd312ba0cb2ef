"""The Peserta page: instant search, filters, a lazily loaded table sorted in SQL. NIKs are shown in full to the
roles allowed to see them; a clerk sees them masked and reveals one record at a time (recorded in the audit
trail)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.desk_records import choice_lists
from pekerja_desktop.services.privacy.reveal import masks_niks, reveal_nik
from pekerja_desktop.services.register.search import ParticipantQuery
from pekerja_desktop.ui.pages.privacy.actions import add_person_export_action
from pekerja_desktop.ui.pages.register.drilldown import DrillDownBar, extras_of, set_filters, with_extras
from pekerja_desktop.ui.pages.register.filters import RegisterFilters
from pekerja_desktop.ui.pages.register.loader import RegisterLoader
from pekerja_desktop.ui.pages.register.model import RegisterModel
from pekerja_desktop.ui.pages.register.view import RegisterView
from pekerja_desktop.ui.palette import error_style
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.formatting import format_number

SEARCH_DELAY_MS = 120  # debounce: within a burst of typing, query once the typing pauses this long
BUSY_DELAY_MS = 150  # show the busy indicator only for queries that take noticeably long
DEFAULT_QUERY = ParticipantQuery(sort="id", descending=True)  # newest first


def occupation_names(ctx: AppContext) -> list[tuple[str, str]]:
    return choice_lists(ctx, current_language()).occupations


class RegisterPage(QWidget):
    """Contract with the main window: `RegisterPage(ctx, runner)`, `refresh()`, `open_requested(str)`."""

    open_requested = Signal(str)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        names = occupation_names(ctx)
        self.model = RegisterModel(ctx.reference.regions, self)
        self.model.set_occupation_names(dict(names))
        self.loader = RegisterLoader(ctx, runner, self.model, self)
        self._sort = (DEFAULT_QUERY.sort, DEFAULT_QUERY.descending)
        self._select_first_on_results = False
        self._build(names)
        self._connect()
        add_person_export_action(self.view, ctx, runner, self.view.current_registration_number)
        self.refresh()

    # --- construction -------------------------------------------------------------------------------

    def _build(self, names: list[tuple[str, str]]) -> None:
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("NIK, name or registration number"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setToolTip(self.tr("Type the start of a NIK or registration number, or part of a name"))
        self.search_box.installEventFilter(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(90)
        self.busy.setTextVisible(False)
        retain = self.busy.sizePolicy()
        retain.setRetainSizeWhenHidden(True)
        self.busy.setSizePolicy(retain)
        self.busy.hide()
        self.reveal = QPushButton(self.tr("Show &NIK"), self)
        self.reveal.setToolTip(self.tr("Show the full NIK of the selected participant (personal data: recorded "
                                       "in the audit trail)"))
        self.reveal.setAutoDefault(False)
        self.total_label = QLabel(self)
        self.filters = RegisterFilters(self._ctx.reference.regions, names, self)
        self.drilldown, self._extras = DrillDownBar(self), {}  # the list behind a dashboard figure
        self.view = RegisterView(self)
        self.view.setModel(self.model)
        self.message = QLabel(self)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._debounce = self._timer(SEARCH_DELAY_MS, self._search_now)
        self._since_edit = QElapsedTimer()
        self._busy_timer = self._timer(BUSY_DELAY_MS, self.busy.show)
        self._lay_out()
        self.setFocusProxy(self.search_box)

    def _timer(self, msecs: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(slot)
        return timer

    def _lay_out(self) -> None:
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search_box)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.busy)
        top.addSpacing(12)
        top.addWidget(self.reveal)
        top.addSpacing(12)
        top.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.drilldown)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.search_box.textChanged.connect(self._text_changed)
        self.filters.changed.connect(self._search_now)
        self.drilldown.cleared.connect(self.clear_drilldown)
        if not masks_niks(self._ctx):
            self.model.set_nik_revealed(True)
            self.reveal.hide()
        self.reveal.clicked.connect(self.reveal_current_nik)
        self.view.selectionModel().currentRowChanged.connect(lambda *_args: self._update_reveal())
        self.model.modelReset.connect(self._update_reveal)
        self.view.open_requested.connect(self.open_requested)
        self.view.sort_requested.connect(self._sort_requested)
        self.loader.results_shown.connect(self._results_shown)
        self.loader.counted.connect(self._counted)
        self.loader.busy_changed.connect(self._busy_changed)
        self.loader.failed.connect(self._failed)
        shortcut = QShortcut(QKeySequence.StandardKey.Find, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.focus_search)

    # --- public -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Run the current search again (after records were added or changed elsewhere)."""
        self._search_now()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def reveal_current_nik(self) -> None:
        """The selected record's full NIK, through the service that records the reveal."""
        number = self.view.current_registration_number()
        if number is None or self.model.is_revealed(number):
            return
        try:
            nik = reveal_nik(self._ctx, number)
        except PekerjaError as exc:
            self._failed(exc.message())
            return
        self.model.reveal_row(number, nik)
        self._update_reveal()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_reveal(self) -> None:
        number = self.view.current_registration_number()
        self.reveal.setEnabled(number is not None and not self.model.is_revealed(number))

    def current_query(self) -> ParticipantQuery:
        sort, descending = self._sort
        query = ParticipantQuery(text=self.search_box.text().strip(), sort=sort, descending=descending)
        return with_extras(self.filters.apply(query), self._extras)

    def show_query(self, query: ParticipantQuery, title: str) -> None:
        """The people behind a dashboard figure: the filters set to `query`, the rest of it named in a bar."""
        self._extras = extras_of(query)
        self._sort = (query.sort, query.descending)
        self.search_box.blockSignals(True)
        self.search_box.setText(query.text)
        self.search_box.blockSignals(False)
        set_filters(self.filters, query)
        self.drilldown.show_title(title)
        self._search_now()

    def clear_drilldown(self) -> None:
        self._extras = {}
        self.drilldown.hide()
        self.filters.reset()

    # --- searching ----------------------------------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        """The first key after a pause searches at once; the keys of a burst wait for the burst to end."""
        paused = not self._since_edit.isValid() or self._since_edit.elapsed() >= SEARCH_DELAY_MS
        self._since_edit.start()
        if paused and not self._debounce.isActive():
            self._search_now()
        else:
            self._debounce.start()

    def _search_now(self) -> None:
        self._debounce.stop()
        self.total_label.setText(self.tr("Counting\u2026"))
        self.loader.search(self.current_query())

    def _sort_requested(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self._search_now()

    def _results_shown(self) -> None:
        empty = self.model.rowCount() == 0
        self.message.setText(self.tr("No participant matches the search and filters.") if empty
                             else self.tr("Enter or double-click opens the selected record."))
        self.message.setStyleSheet("")
        if self._select_first_on_results and not empty:
            self._select_first_on_results = False
            self._focus_table()

    def _counted(self, total: int) -> None:
        self.total_label.setText(self.tr("Participants: %1").replace("%1", format_number(total)))

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.hide()

    def _failed(self, message: str) -> None:
        self.message.setText(self.tr("The register could not be read: %1").replace("%1", message))
        self.message.setStyleSheet(error_style())

    # --- keyboard -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            return self._search_key(event.key())
        return super().eventFilter(watched, event)

    def _search_key(self, key: int) -> bool:
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._debounce.isActive() or self.loader.query.text != self.search_box.text().strip():
                self._select_first_on_results = True
                self._search_now()
            else:
                self._focus_table()
            return True
        if key == Qt.Key.Key_Escape and self.search_box.text():
            self.search_box.clear()
            return True
        return False

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.setCurrentIndex(self.model.index(0, 0))

