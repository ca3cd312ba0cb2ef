"""Pengaturan as sections: every setting a clerk or admin changes has a screen (card texts, printer offsets with
the alignment page, occupations, the warnings a petugas may confirm, backups), held to the admin's role."""

from __future__ import annotations

from pathlib import Path

import pytest

from pekerja_desktop.services.backup.make import backup_daily_on, backup_keep
from pekerja_desktop.services.cards.settings import back_offset, load_card_settings
from pekerja_desktop.services.enrolment.edit_rights import petugas_may_confirm
from pekerja_desktop.services.reference.occupations import list_occupations
from pekerja_desktop.ui.pages.settings import printer as printer_module
from pekerja_desktop.ui.pages.settings.page import SECTIONS, SettingsPage


@pytest.fixture
def settings(ctx, runner, qtbot, indonesian):
    page = SettingsPage(ctx, runner)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    return page


def test_every_registered_section_is_listed_and_shown_in_turn(settings):
    titles = [settings.list.item(i).text() for i in range(settings.list.count())]
    at_an_office = [entry for entry in SECTIONS if entry.where in ("both", "field")]
    assert titles[:3] == ["Umum", "Teks kartu", "Printer kartu"] and len(titles) == len(at_an_office)
    for row in range(settings.list.count()):
        settings.list.setCurrentRow(row)
        assert settings.stack.currentIndex() == row


def test_the_card_texts_are_saved_for_the_next_cards(settings, ctx):
    section = settings.show_named("card_texts")
    section.address.setText("Jl. Dr. Kayadoe No. 12, Kota Ambon")
    section.phone.setText("(0911) 352 123")
    section.save_button.click()
    with ctx.db.session() as session:
        saved = load_card_settings(session, ctx.office, ctx.reference.regions)
    assert (saved.office_address, saved.office_phone) == ("Jl. Dr. Kayadoe No. 12, Kota Ambon", "(0911) 352 123")
    assert section.notice.text().startswith("Tersimpan")


def test_a_printer_offset_is_saved_and_the_alignment_page_written(settings, ctx, tmp_path, monkeypatch):
    section = settings.show_named("printer")
    section.dx.setValue(1.5)
    section.dy.setValue(-0.8)
    section.save_button.click()
    with ctx.db.session() as session:
        assert back_offset(session).dx_mm == 1.5 and back_offset(session).dy_mm == -0.8
    target = tmp_path / "uji"
    monkeypatch.setattr(printer_module, "backend", lambda: None)
    monkeypatch.setattr(printer_module.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    section.alignment_button.click()
    assert Path(f"{target}.pdf").exists() and "uji.pdf" in section.notice.text()


def test_an_occupation_is_added_and_taken_off_the_list(settings, ctx):
    section = settings.show_named("occupations")
    before = section.model.rowCount()
    section.code.setText("PLT")
    section.name_id.setText("Pelaut")
    section.name_en.setText("Sailor")
    section.save_button.click()
    assert section.model.rowCount() == before + 1
    assert "PLT" in [row.code for row in list_occupations(ctx)]
    section.deactivate_button.click()
    assert "PLT" not in [row.code for row in list_occupations(ctx)]
    assert "PLT" in [row.code for row in list_occupations(ctx, include_inactive=True)]


def test_the_warnings_a_clerk_may_confirm(settings, ctx):
    section = settings.show_named("warnings")
    assert section.boxes["heir.missing"].isChecked() and not section.boxes["nik.sex_mismatch"].isChecked()
    section.boxes["nik.sex_mismatch"].setChecked(True)
    section.save_button.click()
    assert petugas_may_confirm(ctx) == {"heir.missing", "nik.sex_mismatch"}
    section.default_button.click()
    section.save_button.click()
    assert petugas_may_confirm(ctx) == {"heir.missing"}


def test_the_backup_settings(settings, ctx):
    section = settings.show_named("backups")
    section.daily.setChecked(False)
    section.keep.setValue(5)
    section.save_button.click()
    assert not backup_daily_on(ctx) and backup_keep(ctx) == 5


def test_a_clerk_reads_the_settings_but_may_not_change_them(clerk_ctx, runner, qtbot, indonesian):
    page = SettingsPage(clerk_ctx, runner)
    qtbot.addWidget(page)
    for name, control in (("card_texts", "save_button"), ("printer", "save_button"),
                          ("occupations", "save_button"), ("warnings", "save_button"), ("backups", "save_button")):
        button = getattr(page.section(name), control)
        assert not button.isEnabled() and button.toolTip().startswith("Akses ditolak"), name
    assert not page.section("printer").alignment_button.isHidden()
