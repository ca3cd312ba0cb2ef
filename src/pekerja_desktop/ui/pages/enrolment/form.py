"""The whole enrolment form: its sections, their data, their messages and the Tab order through them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from pekerja_desktop.domain.findings import Finding
from pekerja_desktop.domain.identity.nik import parse_nik
from pekerja_desktop.domain.participant import ParticipantData
from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.ui.pages.enrolment.findings_view import FieldMessage, Notice
from pekerja_desktop.ui.pages.enrolment.heirs import HEIR_PARTS, HeirsEditor
from pekerja_desktop.ui.pages.enrolment.sections import (
    AddressSection,
    ConsentSection,
    IdentitySection,
    MembershipSection,
    first_of_next_month,
)

STICKY_FIELDS = ("village_code", "occupation", "funding_source")
COMPLETENESS_CODES = {"heir.missing", "consent.required"}


@dataclass(frozen=True)
class FormChoices:
    """Reference lists the form offers, as (code, label) in the interface language."""
    regions: RegionIndex
    occupations: Sequence[tuple[str, str]]
    funding_sources: Sequence[tuple[str, str]]
    relationships: Sequence[tuple[str, str]]
    home_region: str | None = None  # the office's kabupaten/kota: its villages are suggested first
    dukcapil: Mapping[int, str] = field(default_factory=dict)  # names of the KTP's occupations


@dataclass
class Suggestions:
    """Values filled in from the NIK, so they can follow a corrected NIK but never overwrite typing."""
    birth_date: dt.date | None = None
    sex: str | None = None
    applied: dict = field(default_factory=dict)


def is_completeness(finding: Finding) -> bool:
    return finding.code.endswith(".required") or finding.code in COMPLETENESS_CODES


def judgement_key(finding: Finding) -> str:
    """What the clerk must have left before this finding is shown: its field, or for an heir the part of the row
    it is about."""
    part = HEIR_PARTS.get(finding.code)
    return f"{finding.field}.{part}" if part and finding.field.startswith("heirs.") else finding.field


class EnrolmentForm(QWidget):
    edited = Signal()
    field_edited = Signal(str)  # a judgement key (field name or heir part) the clerk is typing in
    field_left = Signal(str)  # … has left or picked a suggestion for
    loaded = Signal()  # data were put in as a whole (a record opened): every field is to be judged
    confirmation_changed = Signal(str, bool)
    open_duplicate_requested = Signal()
    tab_order_changed = Signal()

    def __init__(self, choices: FormChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.identity = IdentitySection(self)
        self.address = AddressSection(choices.regions, self, home=choices.home_region)
        self.membership = MembershipSection(choices.occupations, choices.funding_sources, self, choices.dukcapil)
        self.heirs = HeirsEditor(choices.relationships, self)
        self.consent = ConsentSection(self)
        self._suggested: dict[str, object] = {}
        self.confirm_refusals: dict[str, str] = {}  # warning code → why this operator may not tick it
        self._layout()
        for part in (*self.sections(), self.heirs):
            part.edited.connect(self.edited)
            part.field_edited.connect(self.field_edited)
            part.field_left.connect(self.field_left)
        self.heirs.structure_changed.connect(self.tab_order_changed)
        for message in self._all_messages():
            message.confirmation_changed.connect(self.confirmation_changed)
        self.identity.messages["nik"].action_requested.connect(self.open_duplicate_requested)
        self.identity.nik.textEdited.connect(self._suggest_from_nik)

    def _layout(self) -> None:
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._wanted_columns = self._columns = 0
        self._available: int | None = None  # the width the page's scroll area offers
        self.set_columns(2)

    def two_column_width(self) -> int:
        """The narrowest the form can be with its sections side by side."""
        left = max(self.identity.minimumSizeHint().width(), self.membership.minimumSizeHint().width())
        right = max(self.address.minimumSizeHint().width(), self.consent.minimumSizeHint().width())
        return max(left + self._grid.horizontalSpacing() + right, self.heirs.minimumSizeHint().width())

    def set_columns(self, columns: int) -> None:
        """Two columns of sections for a new enrolment; one beside the history of an open record."""
        self._wanted_columns = columns
        self.fit_width(self._available)

    def fit_width(self, width: int | None) -> None:
        """The columns wanted, unless two would not fit in `width` (a small screen, a long translation): then the
        sections go one under the other rather than into a horizontal scroll bar."""
        self._available = width
        columns = self._wanted_columns
        if columns == 2 and width is not None and width < self.two_column_width():
            columns = 1
        if columns != self._columns:
            self._place_sections(columns)

    def _place_sections(self, columns: int) -> None:
        self._columns = columns
        grid = self._grid
        for section in (self.identity, self.address, self.membership, self.consent, self.heirs):
            grid.removeWidget(section)
        if columns == 2:
            places = ((self.identity, 0, 0, 1), (self.address, 0, 1, 1), (self.membership, 1, 0, 1),
                      (self.consent, 1, 1, 1), (self.heirs, 2, 0, 2))
        else:
            places = ((self.identity, 0, 0, 1), (self.address, 1, 0, 1), (self.membership, 2, 0, 1),
                      (self.heirs, 3, 0, 1), (self.consent, 4, 0, 1))
        for section, row, column, span in places:
            grid.addWidget(section, row, column, 1, span)
        for column in range(2):
            grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(6):
            grid.setRowStretch(row, 1 if row == (3 if columns == 2 else 5) else 0)

    def sections(self):
        return (self.identity, self.address, self.membership, self.consent)

    # --- data ------------------------------------------------------------------------------------
    def data(self) -> ParticipantData:
        values: dict = {}
        for section in self.sections():
            values.update(section.read())
        return ParticipantData(**values, heirs=self.heirs.heirs())

    def set_data(self, data: ParticipantData) -> None:
        for section in self.sections():
            section.load(data)
        self.heirs.set_heirs(data.heirs)
        self._suggested = {}
        self.loaded.emit()

    def sticky_values(self) -> dict:
        data = self.data()
        return {name: getattr(data, name) for name in STICKY_FIELDS}

    def reset(self, sticky: dict | None = None, coverage_start: dt.date | None = None) -> None:
        """A blank enrolment, keeping the village, occupation and funding source given in `sticky`; coverage from
        `coverage_start` (the coverage-start setting's day; else the first of next month)."""
        self.set_data(ParticipantData(coverage_start=coverage_start or first_of_next_month(), **(sticky or {})))

    # --- NIK suggestions ---------------------------------------------------------------------------
    def _suggest_from_nik(self, text: str) -> None:
        info, _ = parse_nik(text)
        if info is None:
            return
        birth, sex = self.identity.birth_date, self.identity.sex
        if birth.is_blank() or birth.date() == self._suggested.get("birth_date"):
            birth.set_date(info.birth_date)
            self._suggested["birth_date"] = info.birth_date
        if not sex.code() or sex.code() == self._suggested.get("sex"):
            sex.set_code(info.sex)
            self._suggested["sex"] = info.sex

    # --- messages ----------------------------------------------------------------------------------
    def _field_messages(self) -> dict[str, FieldMessage]:
        found: dict[str, FieldMessage] = {}
        for section in self.sections():
            found.update(section.messages)
        return found

    def _all_messages(self) -> list[FieldMessage]:
        return [*self._field_messages().values(), *self.heirs.messages()]

    def message_for(self, name: str) -> FieldMessage | None:
        return self._field_messages().get(name) or self.heirs.message_for(name)

    def local_notices(self) -> list[Notice]:
        """Problems the services cannot see: unreadable dates, a region typed but not chosen."""
        notices = []
        for name, edit in (("birth_date", self.identity.birth_date),
                           ("coverage_start", self.membership.coverage_start)):
            if not edit.is_valid():
                notices.append(Notice(name, self.tr("Not a real date: type dd/mm/yyyy, e.g. 05/08/1985.")))
        for name, combo in (("occupation", self.membership.occupation),
                            ("funding_source", self.membership.funding_source)):
            if combo.is_unresolved():
                notices.append(Notice(name, self.tr("\"%1\" is not in the list: choose one of the suggestions.")
                                      .replace("%1", combo.currentText().strip())))
        pending = self.address.village.unresolved_text()
        if pending:
            notices.append(Notice("village_code", self.tr("\"%1\" matches no single region: choose one from the "
                                                          "list (Down arrow opens it).").replace("%1", pending)))
        return notices + self.heirs.local_notices()

    def show_findings(self, findings: Iterable[Finding], confirmed: set[str],
                      judged: Callable[[Notice], bool] | None = None) -> list[Notice]:
        """Show local problems and the given findings beside their fields, those `judged` allows (all by default);
        every other message is cleared. Returns the notices shown."""
        notices = self.local_notices() + [Notice(f.field, f.message(), None if f.is_error else f.code,
                                                 judgement_key(f)) for f in findings]
        if judged is not None:
            notices = [notice for notice in notices if judged(notice)]
        by_field: dict[int, tuple[FieldMessage, list[Notice]]] = {}
        for notice in notices:
            message = self.message_for(notice.field) or self.heirs.message
            by_field.setdefault(id(message), (message, []))[1].append(notice)
        for message in self._all_messages():
            entry = by_field.get(id(message))
            message.show_notices(entry[1] if entry else [], confirmed, self.confirm_refusals)
        return notices

    def set_duplicate_action(self, text: str | None) -> None:
        self.identity.messages["nik"].set_action(text)

    # --- focus -------------------------------------------------------------------------------------
    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for part in (self.identity, self.address, self.membership, self.heirs, self.consent):
            chain += part.focus_chain()
        return chain

    def focus_field(self, name: str) -> None:
        widget = self._input_for(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _input_for(self, name: str) -> QWidget | None:
        for section in self.sections():
            if name in section.fields:
                widget = section.fields[name]
                return widget.fields()[-1] if hasattr(widget, "fields") else widget
        message = self.heirs.message_for(name)
        if message is None:
            return None
        boxes = message.confirm_boxes()
        return boxes[0] if boxes else next((r.full_name for r in self.heirs.rows if r.message is message),
                                           self.heirs.add_button)

    def focus_notice(self, notice: Notice) -> None:
        """The confirmation box of a warning, else the field of an error."""
        message = self.message_for(notice.field)
        boxes = [b for b in message.confirm_boxes() if b.property("code") == notice.warning_code] if message else []
        if notice.warning_code and boxes:
            boxes[0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_field(notice.field)
