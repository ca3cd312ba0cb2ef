"""Accessible names — what a screen reader says for a field, a table or a chart — taken, in one pass over a page
or a window, from what a sighted clerk reads beside it: the label whose buddy the field is (or whose buddy it stands
in for: a date field with its calendar button), its row's label in a form layout, a label-less field's short
placeholder ("Kata sandi"), else the title of what it alone fills — a group box, a tab, a panel under a short
heading, the page itself. A widget no pass can name (a row of
heirs, a chart) sets its own with `setAccessibleName`.

`name_fields(root, title)` runs over every page when the main window builds it, and over every window the first
time it takes the focus (`name_windows_as_they_open`): dialogs and wizards included.
"""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace  # mightBeRichText lives in QtGui's Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView)
COMPOSITES = (QComboBox, QAbstractSpinBox, QCalendarWidget)  # their inner editors and lists are parts of them
HEADING_MAX = 60  # characters: a longer first label is an explanation, not a heading
NAMED_PROPERTY = "pekerja_named"  # set on a window once its fields were named
CHART_PROPERTY = "pekerja_chart"  # set by widgets that draw a chart, so that the pass and the tests see them
MNEMONIC = re.compile(r"&(?=[^&])")


def plain(text: str) -> str:
    """A label's text as a name: no markup, no mnemonic '&', no trailing colon, one line."""
    if QtGuiNamespace.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = MNEMONIC.sub("", text).replace("&&", "&")
    return " ".join(text.split()).rstrip(":").strip()


def is_chart(widget: QWidget) -> bool:
    return bool(widget.property(CHART_PROPERTY))


def needs_name(widget: QWidget) -> bool:
    """An input, a table or a chart a clerk reaches on its own, not a part of another (a combo box's list, a spin
    box's editor, a table's header)."""
    if not (isinstance(widget, INPUTS) or is_chart(widget)) or isinstance(widget, QHeaderView):
        return False
    if widget.window().windowFlags() & Qt.WindowType.Popup == Qt.WindowType.Popup:
        return False
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, COMPOSITES):
            return False
        parent = parent.parentWidget()
    return True


def name_fields(root: QWidget, title: str = "") -> None:
    """Name every unnamed input, table and chart under `root` from the text beside it; `title` (the page's or the
    window's) names the one that alone fills it."""
    labels = [label for label in root.findChildren(QLabel) if label.buddy() is not None]
    for label in labels:  # a field's own label first, then a composite's (its region picker's "Region")
        if needs_name(label.buddy()):
            _name(label.buddy(), label.text())
    for label in labels:
        _name(_input_behind(label.buddy()), label.text())
    for form in root.findChildren(QFormLayout):
        _name_form_rows(form)
    unnamed = [widget for widget in root.findChildren(QWidget) if needs_name(widget) and not widget.accessibleName()]
    for widget in unnamed:
        if isinstance(widget, QLineEdit) and len(widget.placeholderText()) <= HEADING_MAX:
            _name(widget, widget.placeholderText())
    _name_from_frames(root, title, [widget for widget in unnamed if not widget.accessibleName()])


def _name_form_rows(form: QFormLayout) -> None:
    """A field takes its row's label; several in one row add their placeholder ("Server: server password")."""
    for row in range(form.rowCount()):
        label, field = (form.itemAt(row, role) for role in (QFormLayout.ItemRole.LabelRole,
                                                             QFormLayout.ItemRole.FieldRole))
        if label is None or field is None or not isinstance(label.widget(), QLabel):
            continue
        text = label.widget().text()
        if field.widget() is not None:
            _name(field.widget(), text)
        elif field.layout() is not None:
            for index in range(field.layout().count()):
                widget = field.layout().itemAt(index).widget()
                hint = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
                _name(widget, f"{plain(text)}: {hint}" if hint and len(hint) <= HEADING_MAX else text)


def _input_behind(buddy: QWidget | None) -> QWidget | None:
    """A label's buddy, or the input that takes the focus for it (a composite field's focus proxy)."""
    while buddy is not None and not needs_name(buddy) and buddy.focusProxy() is not None:
        buddy = buddy.focusProxy()
    return buddy


def _name(widget: QWidget | None, text: str) -> None:
    if widget is not None and not widget.accessibleName() and plain(text):
        widget.setAccessibleName(plain(text))


def _name_from_frames(root: QWidget, title: str, unnamed: list[QWidget]) -> None:
    """A field, table or chart alone in something titled takes its title (the nearest such frame)."""
    holders = Counter(ancestor for widget in unnamed for ancestor in _ancestors(widget, root))
    for widget in unnamed:
        for holder in (widget, *_ancestors(widget, root)):
            found = title if holder is root else _title(holder)
            if found and (holder is widget or holders[holder] == 1):
                _name(widget, found)
                break


def _ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    found, parent = [], widget.parentWidget()
    while parent is not None:
        found.append(parent)
        if parent is root:
            break
        parent = parent.parentWidget()
    return found


def _title(holder: QWidget) -> str:
    """A group box's title, a tab's text, or the short label heading a panel's layout."""
    if isinstance(holder, QGroupBox):
        return holder.title()
    tabs = holder.parentWidget().parentWidget() if holder.parentWidget() is not None else None
    if isinstance(tabs, QTabWidget) and tabs.indexOf(holder) >= 0:
        return tabs.tabText(tabs.indexOf(holder))
    layout = holder.layout()
    first = layout.itemAt(0).widget() if layout is not None and layout.count() else None
    if isinstance(first, QLabel) and first.buddy() is None and len(plain(first.text())) <= HEADING_MAX:
        return first.text()
    return ""


def name_windows_as_they_open(app: QApplication) -> None:
    """Every window's fields named the first time it takes the focus (dialogs, wizards, the main window)."""
    if not app.property(NAMED_PROPERTY):
        app.setProperty(NAMED_PROPERTY, True)
        app.focusWindowChanged.connect(_name_focused_window)


def _name_focused_window(_window) -> None:
    widget = QApplication.activeWindow()
    if widget is not None and not widget.property(NAMED_PROPERTY):
        widget.setProperty(NAMED_PROPERTY, True)
        name_fields(widget, widget.windowTitle())
