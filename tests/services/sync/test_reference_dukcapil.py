"""The hub's Dukcapil mapping and coverage-start rule reach the offices in reference bundles; an office cannot change
them, and its own aliases never leave it."""

from __future__ import annotations

import pytest

from pekerja_desktop.services.intake.choices import Choice, keep_aliases, list_aliases
from pekerja_desktop.services.reference.coverage import coverage_start_rule, set_coverage_start_rule
from pekerja_desktop.services.reference.dukcapil import list_dukcapil, set_dukcapil_mapping
from pekerja_desktop.services.reference.errors import OccupationError, ReferenceError
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle


def _mapping(site, code: int) -> tuple[str, str | None]:
    row = next(r for r in list_dukcapil(site.ctx) if r.code == code)
    return row.rule, row.programme_code


def test_the_mapping_and_the_rule_travel_to_the_offices(sites, tmp_path):
    hub, ambon, _ = sites
    set_dukcapil_mapping(hub.ctx, 88, "OJK", "ojek drivers write WIRASWASTA")
    set_dukcapil_mapping(hub.ctx, 79, "confirm")
    set_coverage_start_rule(hub.ctx, "2027-02-01")
    keep_aliases(ambon.ctx, [Choice("village", "Waai Lama", "81.01.14.2002")])
    for bundle in export_bundles(hub.ctx, tmp_path / "usb", office=ambon.ctx.office.code):
        import_bundle(ambon.ctx, bundle.path)
    ambon.reopen()
    assert _mapping(ambon, 88) == ("map", "OJK") and _mapping(ambon, 79) == ("confirm", None)
    assert next(r for r in list_dukcapil(ambon.ctx) if r.code == 88).note == "ojek drivers write WIRASWASTA"
    assert ambon.ctx.reference.dukcapil_confirm[79] == "PELAUT"
    assert coverage_start_rule(ambon.ctx) == "2027-02-01"
    assert [a.text for a in list_aliases(ambon.ctx)] == ["Waai Lama"]  # the office's own, untouched


def test_only_the_hub_changes_them_and_only_to_what_exists(sites):
    hub, ambon, _ = sites
    with pytest.raises(ReferenceError) as office:
        set_dukcapil_mapping(ambon.ctx, 88, "OJK")
    assert "hub provinsi" in office.value.message()
    with pytest.raises(ReferenceError):
        set_coverage_start_rule(ambon.ctx, "enrolment_day")
    with pytest.raises(OccupationError) as code:
        set_dukcapil_mapping(hub.ctx, 90, "OJK")
    assert code.value.code == "dukcapil.unknown_code"
    with pytest.raises(OccupationError) as target:
        set_dukcapil_mapping(hub.ctx, 88, "ASTRONOT")
    assert target.value.code == "dukcapil.target_invalid"
    with pytest.raises(ReferenceError) as rule:
        set_coverage_start_rule(hub.ctx, "2027-02-30")
    assert rule.value.code == "coverage_start.invalid"
