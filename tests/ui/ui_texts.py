"""What a clerk sees, for the translation and clipping tests: the Qt Linguist catalogues as data, every page and
tab of a window visited in turn, and every visible text collected by walking the widget tree (so screens added
later are covered without naming them here)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
    QWizardPage,
)

from pekerja_desktop.ui.i18n import REPO_TS_DIR

ACTIVE, UNFINISHED = "active", "unfinished"


@dataclass(frozen=True)
class TsMessage:
    file: str
    context: str
    source: str
    translations: tuple[str, ...]  # one, or the numerus forms
    state: str  # "active", "unfinished", "vanished", "obsolete"

    def where(self) -> str:
        return f"{self.file} [{self.context}] {self.source!r}"


def ts_messages(ts_dir: Path = REPO_TS_DIR) -> list[TsMessage]:
    messages = []
    for path in sorted(ts_dir.glob("*_id.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                forms = translation.findall("numerusform") if translation is not None else []
                texts = tuple(f.text or "" for f in forms) or ((translation.text or "",) if translation is not None
                                                               else ("",))
                state = (translation.get("type") if translation is not None else None) or ACTIVE
                messages.append(TsMessage(path.name, name, message.findtext("source", ""), texts, state))
    return messages


# --- matching texts against the catalogues -----------------------------------------------------------

_PLACEHOLDER = re.compile(r"%L?\d+|%n")


def _without_mnemonic(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&")


def _template(text: str) -> re.Pattern | None:
    """A regex for a text with %1-style placeholders, if it has letters besides them."""
    if not _PLACEHOLDER.search(text) or not re.search(r"[^\W\d_]{2}", _PLACEHOLDER.sub("", text)):
        return None
    parts = _PLACEHOLDER.split(_without_mnemonic(text))
    return re.compile("(?s)" + "(.+?)".join(re.escape(part) for part in parts))


class Phrasebook:
    """Texts of one language: exact strings and %1-templates, compared without mnemonic ampersands."""

    def __init__(self, texts):
        self.exact = {_without_mnemonic(text) for text in texts if text}
        self.templates = [pattern for pattern in map(_template, texts) if pattern is not None]

    def has(self, text: str) -> bool:
        plain = _without_mnemonic(text)
        return plain in self.exact or any(pattern.fullmatch(plain) for pattern in self.templates)


def language_books(messages: list[TsMessage]) -> tuple[Phrasebook, Phrasebook]:
    """(English-only, Indonesian-only): sources and translations of the messages translated differently
    from their English source."""
    differing = [m for m in messages if m.state == ACTIVE and any(t != m.source for t in m.translations)]
    english = Phrasebook([m.source for m in differing])
    indonesian = Phrasebook([t for m in differing for t in m.translations])
    return english, indonesian


# --- collecting what is visible ----------------------------------------------------------------------

@dataclass(frozen=True)
class Seen:
    text: str
    kind: str
    widget: str

    def __str__(self) -> str:
        return f"{self.kind} {self.text!r} in {self.widget}"


def describe(widget: QWidget) -> str:
    names = []
    while widget is not None and len(names) < 4:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return " < ".join(names)


def _own_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    if isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    if isinstance(widget, QTabBar):
        yield from (("tab", widget.tabText(i)) for i in range(widget.count()) if widget.isTabVisible(i))
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield from (("choice", widget.itemText(i)) for i in range(widget.count()))
        if widget.isEditable() and widget.lineEdit() is not None:
            yield "placeholder", widget.lineEdit().placeholderText()
    if isinstance(widget, QListWidget):
        yield from (("item", widget.item(i).text()) for i in range(widget.count()) if not widget.item(i).isHidden())
    if isinstance(widget, QAbstractItemView):
        yield from (("header", text) for text in _header_texts(widget))
    if isinstance(widget, QWizardPage):
        yield "wizard title", widget.title()
        yield "wizard subtitle", widget.subTitle()
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    for action in QWidget.actions(widget):  # pages may name an attribute `actions`
        yield "action", action.text()
        yield "tooltip", action.toolTip() if action.toolTip() != _without_mnemonic(action.text()) else ""


def _header_texts(view: QAbstractItemView) -> Iterator[str]:
    header = view.horizontalHeader() if isinstance(view, QTableView) else \
        view.header() if isinstance(view, QTreeView) else None
    if header is None or header.isHidden() or view.model() is None:
        return
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = view.model().headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value


def visible_texts(root: QWidget) -> list[Seen]:
    """Every non-empty text on a visible widget under (and including) `root`."""
    seen = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        seen.extend(Seen(text, kind, describe(widget)) for kind, text in _own_texts(widget) if text and text.strip())
    return seen


# --- visiting every screen ---------------------------------------------------------------------------

def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def tab_states(root: QWidget) -> Iterator[str]:
    """Each tab of each visible tab widget under `root` in turn (nested ones shown by their parent's turn)."""
    yield "first tab"
    for tabs in [t for t in root.findChildren(QTabWidget) if t.isVisible()]:
        start = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != start and tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                settle()
                yield f"tab {tabs.tabText(index)!r}"
        tabs.setCurrentIndex(start)


def stack_states(root: QWidget, skip: QStackedWidget | None = None) -> Iterator[str]:
    """Each page of each visible stacked widget under `root` other than `skip` (e.g. a lock screen waiting
    behind the window's content), shown in turn and put back."""
    for stack in [s for s in root.findChildren(QStackedWidget) if s.isVisible() and s is not skip]:
        start = stack.currentIndex()
        for index in range(stack.count()):
            if index != start:
                stack.setCurrentIndex(index)
                settle()
                yield f"{type(stack.widget(index)).__name__} shown"
        stack.setCurrentIndex(start)
        settle()


def main_window_views(window) -> Iterator[str]:
    """Every page of the main window's navigation, and every tab within it."""
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        if item.isHidden() or not (item.flags() & Qt.ItemFlag.ItemIsEnabled):
            continue
        window.show_page(row)
        settle()
        for state in tab_states(window):
            yield f"page {item.text()!r}, {state}"
    for state in stack_states(window, skip=window.pages):
        yield state


def wizard_views(wizard: QWizard) -> Iterator[str]:
    """Each page of a wizard, shown in turn without running its commit (pages are only initialised)."""
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        settle()
        yield f"wizard page {page_id}"
