"""Pengaturan: a page of sections, a list on the left and the chosen section on the right. Each section is a
module of this package, registered by one line in `SECTIONS`, built with the page as `<Class>(ctx, runner,
parent)`; `refresh()` reads its values whenever it is shown; it scrolls when it needs more height than the
screen leaves."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QScrollArea, QStackedWidget, QWidget

from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.tasks import TaskRunner

SECTION_LIST_WIDTH = 190
ITEM_PADDING = 6


@dataclass(frozen=True)
class SectionEntry:
    name: str
    module: str  # under pekerja_desktop.ui.pages.settings
    class_name: str
    title: str  # QT_TRANSLATE_NOOP("SettingsPage", …)
    where: str = "both"  # "field", "hub" or "both": the offices it applies to

    def section_class(self) -> type[QWidget]:
        return getattr(importlib.import_module(f"pekerja_desktop.ui.pages.settings.{self.module}"), self.class_name)


SECTIONS = (
    SectionEntry("general", "general", "GeneralSection", QT_TRANSLATE_NOOP("SettingsPage", "General")),
    SectionEntry("card_texts", "card_texts", "CardTextsSection",
                 QT_TRANSLATE_NOOP("SettingsPage", "Card texts")),
    SectionEntry("printer", "printer", "PrinterSection", QT_TRANSLATE_NOOP("SettingsPage", "Card printer")),
    SectionEntry("occupations", "occupations", "OccupationsSection", QT_TRANSLATE_NOOP("SettingsPage", "Occupations")),
    SectionEntry("warnings", "warnings", "WarningsSection",
                 QT_TRANSLATE_NOOP("SettingsPage", "Warnings")),
    SectionEntry("coverage_start", "coverage_start", "CoverageStartSection",
                 QT_TRANSLATE_NOOP("SettingsPage", "Coverage start")),
    SectionEntry("aliases", "aliases", "AliasesSection", QT_TRANSLATE_NOOP("SettingsPage", "Village list aliases")),
    SectionEntry("dukcapil", "dukcapil", "DukcapilSection", QT_TRANSLATE_NOOP("SettingsPage", "Dukcapil occupations"),
                 where="hub"),
    SectionEntry("backups", "backups", "BackupsSection", QT_TRANSLATE_NOOP("SettingsPage", "Backups")),
    SectionEntry("screen_lock", "general", "ScreenLockSection", QT_TRANSLATE_NOOP("SettingsPage", "Screen lock")),
    SectionEntry("privacy", "privacy", "PrivacySection", QT_TRANSLATE_NOOP("SettingsPage", "Personal data"),
                 where="field"),
)


class SettingsPage(QWidget):
    """Contract with the main window: `SettingsPage(ctx, runner)`, `refresh()`, `idle_minutes_changed(int)`."""

    idle_minutes_changed = Signal(int)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.entries = [e for e in SECTIONS if e.where in ("both", "hub" if ctx.office.role == "hub" else "field")]
        self.sections: dict[str, QWidget] = {}
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Settings sections"))
        self.list.setStyleSheet(f"QListWidget::item {{ padding: {ITEM_PADDING}px; }}")
        self.stack = QStackedWidget(self)
        for entry in self.entries:
            self.list.addItem(QCoreApplication.translate("SettingsPage", entry.title))
            widget = entry.section_class()(ctx, runner, self)
            self.sections[entry.name] = widget
            if hasattr(widget, "idle_minutes_changed"):
                widget.idle_minutes_changed.connect(self.idle_minutes_changed)
            self.stack.addWidget(_scrolled(widget, self.stack))
        self._fit_list()
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 8, 8, 8)
        row.addWidget(self.list)
        row.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self.show_section)
        self.list.setCurrentRow(0)

    def _fit_list(self) -> None:
        """As wide as the longest section title (a translation may be longer), never narrower than the default."""
        self.list.ensurePolished()
        metrics = self.list.fontMetrics()
        longest = max(metrics.horizontalAdvance(self.list.item(i).text()) for i in range(self.list.count()))
        needed = longest + 2 * ITEM_PADDING + 2 * self.list.frameWidth() + 8
        self.list.setFixedWidth(max(SECTION_LIST_WIDTH, needed))

    def section(self, name: str) -> QWidget:
        return self.sections[name]

    def show_section(self, index: int) -> None:
        if 0 <= index < len(self.entries):
            section = self.section(self.entries[index].name)
            self.stack.setCurrentIndex(index)
            section.refresh()
            if self.list.currentRow() != index:
                self.list.setCurrentRow(index)

    def show_named(self, name: str) -> QWidget:
        self.show_section(next(i for i, e in enumerate(self.entries) if e.name == name))
        return self.sections[name]

    # what the window, the screenshots and the tests reach for
    language = property(lambda self: self.section("general").language)
    language_note = property(lambda self: self.section("general").language_note)
    fingerprint = property(lambda self: self.section("general").fingerprint)
    idle_minutes = property(lambda self: self.section("screen_lock").idle_minutes)
    idle_note = property(lambda self: self.section("screen_lock").idle_note)

    def refresh(self) -> None:
        current = self.stack.currentIndex()
        if 0 <= current < len(self.entries) and self.entries[current].name in self.sections:
            self.sections[self.entries[current].name].refresh()


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll
