"""Pseudo-localisation (PEKERJA_PSEUDO_LOCALE: every string accented and about 40 % longer) over each language, at
the clerks' 1366×768 and at 1280×720, the smallest screen supported: no label, button or navigation entry on any
page cuts its text off, and the window fits. Walks the widget tree, so new pages are covered. The interface's
bundled font is installed (tests/ui/conftest.py), so the result does not depend on the machine's fonts."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QListWidget, QRadioButton, QScrollArea, QWidget

from pekerja_desktop.domain.i18n import set_language
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.ui.i18n import PSEUDO_ENV, install_translators, remove_translators
from pekerja_desktop.ui.main_window import MainWindow
from pekerja_desktop.ui.pages.login.page import LoginDialog
from pekerja_desktop.ui.pages.setup.secure_wizard import SecureWizard
from pekerja_desktop.ui.pages.setup.wizard import SetupWizard
from pekerja_desktop.ui.preferences import UiPreferences
from pekerja_desktop.ui.widgets.elided import ElidedLabel
from tests.conftest import make_participant
from tests.ui.ui_texts import describe, main_window_views, settle, wizard_views

OLD_OFFICE = Path(__file__).parents[1] / "fixtures" / "releases" / "0.1.0" / "office"
SLACK = 1  # rounding of text advances
SCREENS = {"1366x768": (1366, 768), "1280x720": (1280, 720)}


@pytest.fixture(params=["id", "en", "id-pseudo", "en-pseudo"])
def pseudo(request, qapp, monkeypatch):
    """Each language as shipped, then pseudo-localised (every string longer) over each."""
    language, _, pseudo_localised = request.param.partition("-")
    if pseudo_localised:
        monkeypatch.setenv(PSEUDO_ENV, "1")
    else:
        monkeypatch.delenv(PSEUDO_ENV, raising=False)
    set_language(language)
    install_translators(qapp, language)
    yield request.param
    remove_translators(qapp)
    set_language("id")


def _visible_text(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def text_width(widget: QWidget, text: str) -> int:
    if GuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setDefaultFont(widget.font())
        document.setHtml(text)
        document.setDocumentMargin(0)
        return int(document.idealWidth())
    return max(widget.fontMetrics().horizontalAdvance(line) for line in _visible_text(text).split("\n"))


def clipped_label(label: QLabel) -> str | None:
    if not label.text().strip():
        return None
    if isinstance(label, ElidedLabel):  # elided in the middle on purpose, the whole text in its tooltip
        return None if not label.is_elided() or label.toolTip() == label.text() else "elided without a tooltip"
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
    else:
        needed_height = label.sizeHint().height()
        if label.textFormat() != Qt.TextFormat.RichText and \
                text_width(label, label.text()) > label.contentsRect().width() + SLACK:
            return f"{label.contentsRect().width()} px wide"
    if label.height() + SLACK < needed_height:
        return f"{label.height()} of {needed_height} px high"
    return None


def clipped_button(button: QAbstractButton) -> str | None:
    if not button.text().strip():
        return None
    if isinstance(button, QCheckBox | QRadioButton):  # the indicator comes before the text
        needed, has = button.sizeHint().width(), button.width()
    else:
        icon = button.iconSize().width() if not button.icon().isNull() else 0
        needed, has = text_width(button, button.text()) + icon, button.contentsRect().width()
    return f"{has} of {needed} px wide" if needed > has + SLACK else None


NAV_ITEM_PADDING = 12  # the navigation's style sheet: 6 px either side


def clipped_items(view: QListWidget) -> Iterator[str]:
    room = view.viewport().width() - NAV_ITEM_PADDING
    for row in range(view.count()):
        item = view.item(row)
        if not item.isHidden() and view.fontMetrics().horizontalAdvance(item.text()) > room:
            yield item.text()


def clipped_texts(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = clipped_label(widget)
        elif isinstance(widget, QAbstractButton):
            problem = clipped_button(widget)
        elif isinstance(widget, QListWidget):
            found += [f"list item {text!r} in {describe(widget)}" for text in clipped_items(widget)]
            if widget.horizontalScrollBar().isVisible():
                problem = "a horizontal scroll bar"
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            problem = f"a horizontal scroll bar ({widget.widget().minimumSizeHint().width()} px wide content)"
        if problem:
            text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
            found.append(f"{type(widget).__name__} {text!r}: {problem}, in {describe(widget)}")
    return found


def beyond_the_screen(window: QWidget, screen: tuple[int, int]) -> list[str]:
    if window.width() <= screen[0] and window.height() <= screen[1]:
        return []
    hint = window.minimumSizeHint()
    return [f"the window is {window.width()}×{window.height()} (needs {hint.width()}×{hint.height()})"]


def shown(qtbot, widget, width: int, height: int):
    """At exactly that size (not maximised, as the main window is at first start on a laptop screen)."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.showNormal()
    widget.setGeometry(0, 0, width, height)
    settle()
    return widget


def report(found: list[tuple[str, str]]) -> str:
    lines, seen = [], set()
    for where, what in found:
        if what not in seen:
            seen.add(what)
            lines.append(f"{where}: {what}")
    return "\n".join(lines)


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_no_text_of_the_main_window_is_clipped(ctx, runner, qtbot, pseudo, screen):
    enrol(ctx, make_participant(), final=True)
    window = shown(qtbot, MainWindow(ctx, runner, UiPreferences(ctx.layout.root)), *screen)
    found = [(view, what) for view in main_window_views(window)
             for what in beyond_the_screen(window, screen) + clipped_texts(window)]
    assert not found, f"clipped at {screen[0]}×{screen[1]} ({pseudo}):\n" + report(found)


def test_no_text_of_the_wizards_and_sign_in_is_clipped(ctx, runner, qtbot, tmp_path, pseudo):
    legacy = Path(shutil.copytree(OLD_OFFICE, tmp_path / "legacy"))
    found = []
    for name, wizard in (("setup wizard", SetupWizard(tmp_path / "fresh", runner)),
                         ("secure wizard", SecureWizard(legacy, runner))):
        shown(qtbot, wizard, wizard.width(), wizard.height())
        found += [(f"{name}, {view}", what) for view in wizard_views(wizard) for what in clipped_texts(wizard)]
    login = LoginDialog(ctx.layout.root, "admin")
    shown(qtbot, login, login.width(), login.height())
    found += [("sign-in", what) for what in clipped_texts(login)]
    assert not found, "clipped with pseudo-localised strings:\n" + report(found)
