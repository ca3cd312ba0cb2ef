"""`breach-list` covers reference bundles too (#12 item 4): at the hub, a lost reference bundle's list names the
other offices' participants it shared for matching (never the receiving office's own) and the people of the covered
lists it carried, each with what of them it held — keys only."""

from __future__ import annotations

import csv

from pekerja_desktop.services.matching.covered_lists import add_covered_list
from pekerja_desktop.services.privacy.breach import breach_list
from pekerja_desktop.services.privacy.breach_output import write_breach_list
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from tests.support.sites import enrol_many

TUAL_VILLAGE = "81.72.01.2001"


def _send(office, hub, usb) -> None:
    (exported,) = export_bundles(office.ctx, usb)
    import_bundle(office.ctx, import_bundle(hub.ctx, exported.path, usb / "acks").ack_path)


def test_a_reference_bundle_lists_the_people_it_shared(sites, tmp_path):
    hub, ambon, tual = sites
    usb = tmp_path / "usb"
    enrol_many(ambon, range(2))
    others = enrol_many(tual, range(10, 13), village_code=TUAL_VILLAGE)
    _send(ambon, hub, usb)
    _send(tual, hub, usb)
    listing = tmp_path / "bpjs.csv"
    listing.write_text("NIK;Nama\n8171014508850001;Maria Pattinama\n")
    add_covered_list(hub.ctx, listing, "BPJS aktif")
    (bundle,) = export_bundles(hub.ctx, usb / "ref", office=ambon.ctx.office.code)

    listed = breach_list(hub.ctx, bundle.path.name)
    assert (listed.kind, listed.receiver_code, listed.recorded) == ("reference", "8171A", True)
    shared = [p for p in listed.persons if p.registration_number]
    assert sorted(p.registration_number for p in shared) == sorted(others)
    assert all(p.fields == ("nik_hash", "name_key", "birth_date", "sex", "regency_code") for p in shared)
    (covered,) = [p for p in listed.persons if p.source]
    assert (covered.nik, covered.full_name, covered.source) == ("8171014508850001", "Maria Pattinama", "BPJS aktif")

    out = tmp_path / "breach.csv"
    write_breach_list(hub.ctx, str(bundle.path), out, language="id")
    text = out.read_text(encoding="utf-8-sig")
    assert "DAFTAR ORANG DALAM PAKET REFERENSI" in text and "hash berkunci NIK" in text
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert any("pada daftar orang yang sudah terlindungi: BPJS aktif" in row for row in rows)
