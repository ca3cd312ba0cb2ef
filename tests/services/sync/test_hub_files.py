"""An office holds the hub's files to the rules too: a reference or ack bundle validly signed by the hub but carrying
values no hub would send (a policy setting of the wrong type, a region name with a control character, an office's
numbering pushed to its end, a verdict on someone else's record) changes nothing it should not (#16)."""

from __future__ import annotations

import json
import secrets

import pytest

from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.models import RegistrationCounter, Setting
from pekerja_desktop.store.sync_models import SyncItem
from tests.support.forge import forge, snapshot


def _lines(*records: dict) -> bytes:
    return b"".join(json.dumps(r, separators=(",", ":")).encode() + b"\n" for r in records)


def _hub_file(tmp_path, hub, office, *records, **manifest):
    counts: dict[str, int] = {}
    for record in records:
        counts[record["type"]] = counts.get(record["type"], 0) + 1
    return forge(tmp_path / f"hub-{secrets.token_hex(4)}.zip", hub, office, _lines(*records), counts=counts,
                 kind=manifest.pop("kind", "reference"), **manifest)


def _line(line_type: str, **fields) -> dict:
    return {"type": line_type, "uuid": secrets.token_hex(16), "version": 1, **fields}


def _refused(office, path, fragment: str) -> None:
    before = snapshot(office.ctx.db)
    with pytest.raises(SyncError) as caught:
        import_bundle(office.ctx, path)
    assert fragment in caught.value.message("en"), caught.value.message("en")
    assert snapshot(office.ctx.db) == before


@pytest.mark.parametrize(("line", "fragment"), [
    (_line("setting", key="age_min", value='"lima belas"'), "value: out of range for age_min"),
    (_line("setting", key="age_max", value="[[[[[[[[[[[1]]]]]]]]]]]"), "value: nested too deeply"),
    (_line("setting", key="age_max", value="200"), "value: out of range for age_max"),
    (_line("setting", key="Age Min", value="15"), "key: expected lower-case"),
    (_line("region", code="81.71.01.1007", name="Wainitu\x01", level="desa", parent_code="81.71.01"), "U+0001"),
    (_line("region", code="99.99", name="Negeri Antah", level="kerajaan", parent_code="99"), "level: expected"),
    (_line("region", code="81.71.01.1007", name="Wainitu", level="desa", parent_code="81.72.01"), "parent_code"),
    (_line("occupation", code="nope!", name_id="X", name_en="X", active=True, sort_order=1), "code: expected"),
    (_line("contribution_rate", programme="JKK", valid_from="2026-01-01", percent_bp=250_000), "percent_bp"),
    (_line("contribution_rate", programme="JKK", valid_from="2026-01-01", valid_to="2025-01-01"), "valid_to"),
    (_line("office", code="8199Z", name="Kantor\u202eZ", region_code="81.71", role="field",
           public_key="ab" * 32), "U+202E"),
    (_line("office", code="8199Z", name="Kantor Z", region_code="81.71", role="king", public_key="ab" * 32), "role"),
])
def test_a_reference_value_no_hub_sends_refuses_the_bundle(sites, tmp_path, line, fragment):
    hub, office, _ = sites
    _refused(office, _hub_file(tmp_path, hub, office, line), fragment)


@pytest.mark.parametrize(("manifest", "fragment"), [
    ({"high_water": {"sequence": 1, "serials": {"2026": 10**9}}}, "invalid high_water"),
    ({"high_water": {"sequence": "banyak"}}, "invalid high_water"),
    ({"acknowledges": {"bundle_id": "x"}}, "invalid acknowledges"),
    ({"gaps": ["1; DROP TABLE"]}, "invalid gaps"),
    ({"counts": {"outcome": -1}}, "invalid counts"),
])
def test_a_manifest_pushing_this_office_anywhere_is_refused(sites, tmp_path, manifest, fragment):
    hub, office, _ = sites
    manifest = dict(manifest)  # the same parameters serve every database backend: popped from a copy
    path = forge(tmp_path / "ack.zip", hub, office, b"", kind="ack", counts=manifest.pop("counts", {}), **manifest)
    _refused(office, path, fragment)


def test_a_valid_reference_bundle_still_applies(sites, tmp_path):
    hub, office, _ = sites
    path = _hub_file(tmp_path, hub, office, _line("setting", key="age_max", value="60"), sequence=5)
    assert import_bundle(office.ctx, path).counts["setting"] == 1
    with office.ctx.db.session() as session:
        assert session.get(Setting, "age_max").value == "60"


def test_a_verdict_on_a_record_this_office_never_had_is_left_aside(sites, tmp_path):
    hub, office, _ = sites
    stranger = _line("outcome", kind="participant", status="rejected", reason="review", detail="x")
    result = import_bundle(office.ctx, _hub_file(tmp_path, hub, office, stranger, kind="ack"))
    assert result.counts["rejected"] == 0
    with office.ctx.db.session() as session:
        assert session.get(SyncItem, ("participant", stranger["uuid"])) is None
        assert session.get(RegistrationCounter, (office.ctx.office.code, 2026)) is None
