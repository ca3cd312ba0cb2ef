"""Accessible names: every input, table and chart of every page — at an office and at the hub — and of the dialogs
has a name a screen reader can say, taken from the label a clerk reads beside it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from pekerja_desktop.ui import app as app_module
from pekerja_desktop.ui.main_window import MainWindow
from pekerja_desktop.ui.pages.dashboard.bar_chart import Bar, BarChart
from pekerja_desktop.ui.pages.login.page import LoginDialog
from pekerja_desktop.ui.pages.login.password_dialog import PasswordDialog
from pekerja_desktop.ui.pages.setup.wizard import SetupWizard
from pekerja_desktop.ui.preferences import UiPreferences
from pekerja_desktop.ui.widgets.accessible import name_fields, plain
from tests.support.sites import HUB, make_site

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView, BarChart)
PARTS_OF = (QComboBox, QAbstractSpinBox, QCalendarWidget)  # their editors and lists are not reached on their own


def reachable_inputs(root: QWidget) -> list[QWidget]:
    """Inputs, tables and charts a clerk reaches: not a header, a popup, or the inside of a combo or spin box."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView) or widget.window() is not root.window():
            continue
        parent = widget.parentWidget()
        while parent is not None and parent is not root.window() and not isinstance(parent, PARTS_OF):
            parent = parent.parentWidget()
        if not isinstance(parent, PARTS_OF):
            found.append(widget)
    return found


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} under {type(w.parentWidget()).__name__}" for w in reachable_inputs(root)
            if not w.accessibleName().strip()]


def every_page(ctx, runner, qtbot) -> MainWindow:
    window = MainWindow(ctx, runner, UiPreferences(ctx.layout.root))
    qtbot.addWidget(window)
    window.show()
    for index in range(window.pages.count()):
        window.page(index)
    return window


@pytest.mark.parametrize("operator", ["admin", "clerk"])
def test_every_page_of_an_office_names_its_inputs_tables_and_charts(request, runner, qtbot, indonesian, operator):
    ctx = request.getfixturevalue("ctx" if operator == "admin" else "clerk_ctx")
    window = every_page(ctx, runner, qtbot)
    assert len(reachable_inputs(window)) > 40
    assert unnamed(window) == []
    form = window.enrolment.form
    assert form.identity.nik.accessibleName() == "NIK"
    assert window.nav.accessibleName() == "Halaman"


def test_every_page_of_the_hub_names_its_inputs_tables_and_charts(tmp_path, runner, qtbot, indonesian):
    hub = make_site(tmp_path, HUB)
    try:
        window = every_page(hub.ctx, runner, qtbot)
        assert unnamed(window) == []
        charts = [w for w in reachable_inputs(window) if isinstance(w, BarChart)]
        assert len(charts) >= 7 and all(chart.accessibleName().startswith("Grafik: ") for chart in charts)
        window.close()
    finally:
        hub.ctx.close()


def test_dialogs_are_named_when_they_take_the_focus(ctx, data_dir, runner, qtbot, indonesian, tmp_path):
    app_module.ensure_application()
    for dialog in (LoginDialog(data_dir, "admin"), PasswordDialog(ctx), SetupWizard(tmp_path / "new", runner)):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: d.isActiveWindow())
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.close()
    setup = dialog.office_page
    assert setup.server_password.accessibleName() == "Server: kata sandi server"


def test_heirs_are_named_by_row_and_column(ctx, runner, qtbot, indonesian):
    window = every_page(ctx, runner, qtbot)
    heirs = window.enrolment.form.heirs
    heirs.add_row()
    assert [w.accessibleName() for w in heirs.rows[1].inputs()][:2] == ["Ahli waris 2: Nama", "Ahli waris 2: Hubungan"]
    heirs.remove_row(heirs.rows[0])
    assert heirs.rows[0].full_name.accessibleName() == "Ahli waris 1: Nama"


def test_a_chart_tells_its_bars_to_a_screen_reader(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([Bar("Kota Ambon", 54, "54 (0,8 %)"), Bar("Kota Tual", 14, "14")])
    assert chart.accessibleDescription() == "Kota Ambon: 54 (0,8 %); Kota Tual: 14"


def test_names_are_the_labels_as_read():
    assert plain("&Nama pengguna:") == "Nama pengguna"
    assert plain("<b>Kode</b> kantor:") == "Kode kantor"
    assert plain("R&&D") == "R&D"
    assert plain("Terdaftar\ndari:") == "Terdaftar dari"


def test_a_label_names_its_own_field_before_a_composites(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    outer, inner, field = QLabel("Wilayah:", root), QLabel("Kecamatan", root), QLineEdit(root)
    holder = QWidget(root)
    holder.setFocusProxy(field)
    outer.setBuddy(holder)
    inner.setBuddy(field)
    name_fields(root)
    assert field.accessibleName() == "Kecamatan"
