"""A bundle's preview (what the Sync page shows for a bundle opened by a double-click): what it is, checked as the
import checks it before decrypting, and whether it was imported already."""

from __future__ import annotations

import datetime as dt

import pytest

from pekerja_desktop.services.sync.bundle.preview import preview_bundle
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from tests.support.sites import enrol_many


def test_the_hub_sees_what_an_office_sent_before_importing_it(sites, tmp_path):
    hub, ambon, _ = sites
    enrol_many(ambon, range(3))
    (exported,) = export_bundles(ambon.ctx, tmp_path / "usb")
    preview = preview_bundle(hub.ctx, exported.path)
    assert (preview.kind, preview.sender, preview.sender_name, preview.receiver) == (
        "data", "8171A", "Disnaker Kota Ambon", "MALUKU")
    assert (preview.sequence, preview.records, preview.counts["participant"]) == (1, 3, 3)
    assert preview.size == exported.path.stat().st_size
    assert abs(preview.created_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    assert not preview.imported and preview.skipped == []
    import_bundle(hub.ctx, exported.path, tmp_path / "acks")
    assert preview_bundle(hub.ctx, exported.path).imported, "the same file again would change nothing"


def test_the_hub_is_told_of_bundles_that_never_arrived(sites, tmp_path):
    hub, ambon, _ = sites
    enrol_many(ambon, range(1))
    for round_ in range(3):
        export_bundles(ambon.ctx, tmp_path / f"usb{round_}")
    [third] = (tmp_path / "usb2").iterdir()
    assert preview_bundle(hub.ctx, third).skipped == [1, 2]


def test_a_bundle_this_office_would_refuse_is_refused_by_the_preview_too(sites, tmp_path):
    _hub, ambon, tual = sites
    enrol_many(ambon, range(1))
    (exported,) = export_bundles(ambon.ctx, tmp_path / "usb")
    with pytest.raises(SyncError) as refused:
        preview_bundle(tual.ctx, exported.path)  # another office's data bundle, meant for the hub
    assert str(exported.path) in refused.value.message()


def test_an_office_sees_the_hubs_acknowledgement(sites, tmp_path):
    hub, ambon, _ = sites
    enrol_many(ambon, range(2))
    (exported,) = export_bundles(ambon.ctx, tmp_path / "usb")
    ack = import_bundle(hub.ctx, exported.path, tmp_path / "acks").ack_path
    preview = preview_bundle(ambon.ctx, ack)
    assert (preview.kind, preview.sender, preview.sender_name) == ("ack", "MALUKU", "Disnakertrans Provinsi Maluku")
    assert not preview.imported and preview.skipped == []
