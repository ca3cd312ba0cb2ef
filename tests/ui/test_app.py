"""The main window on a set-up office: header counts, pages, geometry, languages and the Qt catalogue."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from pekerja_desktop.services.enrolment.desk_counts import desk_counts
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.ui import app as app_module
from pekerja_desktop.ui import i18n
from pekerja_desktop.ui.main_window import MainWindow
from pekerja_desktop.ui.preferences import UiPreferences
from tests.conftest import make_participant


def new_window(ctx, runner, qtbot) -> MainWindow:
    window = MainWindow(ctx, runner, UiPreferences(ctx.layout.root))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def enrolled(ctx):
    enrol(ctx, make_participant(nik="8171014508850001"), final=True)
    enrol(ctx, make_participant(nik="8171014508850002", full_name="Siti Ohorella"), final=True)
    enrol(ctx, make_participant(nik="8171014508850003", full_name="Novi Wattimena"), final=False)


def test_the_window_shows_the_office_and_its_counts(ctx, runner, qtbot, enrolled, indonesian):
    window = new_window(ctx, runner, qtbot)
    qtbot.waitUntil(lambda: window.header.drafts.text() == "Draf: 1")
    assert window.header.finished_today.text() == "Selesai hari ini: 2"
    assert window.header.not_exported.text() == "Belum diekspor: 2"
    assert "8171A" in window.header.office.text() and "Kota Ambon" in window.header.office.text()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[0] == "Pendaftaran" and titles[-1] == "Pengaturan"
    assert window.focusWidget() is None or window.pages.currentWidget() is window.enrolment


def test_saving_refreshes_the_counts_and_the_status_bar(ctx, runner, qtbot, indonesian):
    window = new_window(ctx, runner, qtbot)
    window.enrolment.form.set_data(make_participant())
    window.enrolment.save(final=True)
    qtbot.waitUntil(lambda: window.header.finished_today.text() == "Selesai hari ini: 1")
    assert "Tersimpan 8171A-" in window.statusBar().currentMessage()


def test_the_register_opens_a_record_in_the_form(ctx, runner, qtbot, enrolled):
    window = new_window(ctx, runner, qtbot)
    if window.register_page is None:
        pytest.skip("the register page is not part of this build")
    with ctx.db.session() as session:
        number = session.execute(text("SELECT registration_number FROM participant LIMIT 1")).scalar()
    window.register_page.open_requested.emit(number)
    assert window.pages.currentWidget() is window.enrolment
    assert window.enrolment.editing().registration_number == number


def test_the_first_start_on_a_laptop_screen_is_maximised(ctx, runner, qtbot):
    window = new_window(ctx, runner, qtbot)
    assert window.screen().size().toTuple() == (1366, 768)
    assert window.isMaximized()


def test_geometry_is_remembered_across_windows(ctx, runner, qtbot):
    first = new_window(ctx, runner, qtbot)
    first.showNormal()
    first.setGeometry(QRect(40, 50, 1250, 700))
    qtbot.wait(10)
    expected = first.geometry()
    first.close()
    assert (ctx.layout.root / "ui.ini").exists()
    second = new_window(ctx, runner, qtbot)
    assert second.geometry() == expected
    assert (expected.width(), expected.height()) == (1250, 700)


def test_every_window_has_the_application_icon(ctx, runner, qtbot):
    app_module.ensure_application()
    window = new_window(ctx, runner, qtbot)
    icon = window.windowIcon()
    assert not icon.isNull()
    for size in (16, 32, 256):
        assert not icon.pixmap(size, size).isNull()


def test_qt_standard_buttons_speak_indonesian(qapp, indonesian):
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, "t", "?", buttons)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Ya"
    assert box.button(QMessageBox.StandardButton.No).text().replace("&", "") == "Tidak"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    assert QCoreApplication.translate("QWizard", "&Next >").replace("&", "") == "Berikutnya >"


def test_english_can_be_chosen_in_settings_and_applies_at_the_next_start(ctx, data_dir, runner, qtbot, qapp,
                                                                           indonesian):
    window = new_window(ctx, runner, qtbot)
    settings = window.settings_page
    settings.language.set_code("en")
    assert UiPreferences(data_dir).language == "en"
    assert settings.language_note.text() != ""
    window.close()
    args = argparse.Namespace(data_dir=str(data_dir), lang=None, user="admin")
    second = app_module.start(args, runner)
    qtbot.addWidget(second)
    try:
        assert second.enrolment.finish_button.text() == "Save && finish"
        assert second.nav.item(0).text() == "Enrolment"
    finally:
        second.close()
        second.ctx.close()
        i18n.remove_translators(qapp)


def test_the_language_option_beats_the_saved_preference(data_dir):
    prefs = UiPreferences(data_dir)
    prefs.language = "en"
    assert app_module.choose_language(argparse.Namespace(lang="id"), prefs) == "id"
    assert app_module.choose_language(argparse.Namespace(lang=None), prefs) == "en"


def test_the_settings_page_shows_the_office_identity(ctx, runner, qtbot):
    from pekerja_desktop.services.sync.signing_key import fingerprint

    window = new_window(ctx, runner, qtbot)
    assert window.settings_page.fingerprint.text() == fingerprint(ctx.office.public_key)


def test_pseudo_localisation_wraps_and_lengthens_every_string(qapp, monkeypatch):
    monkeypatch.setenv(i18n.PSEUDO_ENV, "1")
    try:
        i18n.install_translators(qapp, "id")
        shown = QCoreApplication.translate("EnrolmentPage", "Save && finish")
        assert shown.startswith("[") and shown.endswith("]") and len(shown) > len("Simpan && Selesai")
        assert "&&" in shown
    finally:
        i18n.remove_translators(qapp)
    assert i18n.pseudo_localise("Open %1") .count("%1") == 1


def test_missing_catalogues_are_compiled_from_the_sources(tmp_path, monkeypatch):
    monkeypatch.setenv(i18n.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(i18n, "packaged_catalogue", lambda language: tmp_path / "none.qm")
    path = i18n.catalogue_path("id")
    assert path is not None and path.parent == tmp_path / "cache" / "i18n" and path.stat().st_size > 0
    assert i18n.catalogue_path("id") == path, "compiled once, then reused"


def test_desk_counts_use_the_local_day_and_indexes(ctx, enrolled):
    with ctx.db.session() as session:
        counts = desk_counts(session)
        assert (counts.drafts, counts.finished_today, counts.not_exported) == (1, 2, 2)
        assert desk_counts(session, dt.date.today() - dt.timedelta(days=1)).finished_today == 0
        for condition in ("status = 'draft'", "finished_at >= '2026-01-01' AND finished_at < '2026-01-02'"):
            plan = " ".join(str(row[-1]) for row in session.execute(
                text(f"EXPLAIN QUERY PLAN SELECT count(*) FROM participant WHERE {condition}")))
            assert "USING" in plan and "INDEX" in plan, plan
