"""Pengaturan's sections for village lists: this office's aliases (listed, removed), the coverage-start rule (set at
the hub, shown read-only at an office) and, at the hub, the Dukcapil occupation mapping."""

from __future__ import annotations

import datetime as dt

from pekerja_desktop.services.intake.choices import Choice, keep_aliases, list_aliases
from pekerja_desktop.services.reference.coverage import coverage_start_rule
from pekerja_desktop.services.reference.dukcapil import list_dukcapil
from pekerja_desktop.ui.pages.settings.aliases import AliasesSection
from pekerja_desktop.ui.pages.settings.coverage_start import CoverageStartSection
from pekerja_desktop.ui.pages.settings.dukcapil import DukcapilSection
from tests.support.hub import hub  # noqa: F401  (the fixture)


def test_aliases_are_listed_and_removed(qtbot, ctx):
    keep_aliases(ctx, [Choice("village", "Waai Lama", "81.01.14.2002"), Choice("occupation", "Juru parkir", "LNN")])
    section = AliasesSection(ctx)
    qtbot.addWidget(section)
    table = section.table
    shown = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert shown == {"Juru parkir": "Lainnya (LNN)", "Waai Lama": "Waai (81.01.14.2002)"}
    assert not section.remove_button.isEnabled()
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "Waai Lama")
    table.selectRow(row)
    section.remove_button.click()
    assert [a.text for a in list_aliases(ctx)] == ["Juru parkir"] and table.rowCount() == 1
    assert "Waai Lama" in section.message.text()


def test_with_no_alias_one_line_says_how_they_are_kept(qtbot, ctx, indonesian):
    section = AliasesSection(ctx)
    qtbot.addWidget(section)
    section.show()
    assert section.empty_hint.isVisible() and not section.table.isVisible()
    assert not section.remove_button.isVisible()
    assert section.empty_hint.text().startswith("Belum ada alias")
    keep_aliases(ctx, [Choice("occupation", "Juru parkir", "LNN")])
    section.reload()
    assert section.table.isVisible() and section.table.rowCount() == 1 and not section.empty_hint.isVisible()
    section.table.selectRow(0)
    section.remove_button.click()
    assert section.empty_hint.isVisible() and not section.table.isVisible()
    assert "Juru parkir" in section.message.text()


def test_the_coverage_start_is_the_hubs_to_set(qtbot, ctx, hub):  # noqa: F811
    office = CoverageStartSection(ctx)
    qtbot.addWidget(office)
    assert office.next_month.isChecked() and not office.enrolment_day.isEnabled()
    assert "hub" in office.enrolment_day.toolTip()
    section = CoverageStartSection(hub)
    qtbot.addWidget(section)
    section.enrolment_day.click()
    assert coverage_start_rule(hub) == "enrolment_day"
    assert dt.date.today().strftime("%d/%m/%Y") in section.message.text()
    section.fixed.setChecked(True)
    section.date.set_date(dt.date(2027, 2, 1))
    section.date.editingFinished.emit()
    assert coverage_start_rule(hub) == "2027-02-01"


def test_the_hub_maps_dukcapil_occupations(qtbot, hub):  # noqa: F811
    section = DukcapilSection(hub)
    qtbot.addWidget(section)
    assert section.table.rowCount() == 89
    combo = section.combo_for(88)  # WIRASWASTA, mapped to UMK
    assert combo.currentData() == "UMK"
    index = combo.findData("OJK")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert next(r for r in list_dukcapil(hub) if r.code == 88).programme_code == "OJK"
    assert "WIRASWASTA" in section.message.text()
    confirm = section.combo_for(65)
    assert confirm.currentData() == "confirm"
