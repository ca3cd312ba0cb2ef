"""The ack of a data bundle carries one outcome per record: those of the bundle's lines, decided in the import's
one pass, and every verdict or KPJ number that changed since the office's last applied ack — not read again for
the rows the import itself just wrote."""

from __future__ import annotations

from sqlmodel import col, select

from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.services.sync.bundle.incoming import read_records
from pekerja_desktop.services.sync.bundle.read import read_bundle
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.hub.ack import confirmed_serial, outcome_lines
from pekerja_desktop.services.sync.hub.verdicts import assign_kpj
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.sync_models import SyncHubRecord, SyncPeer
from tests.support.sites import enrol_many, sites  # noqa: F401  (the `sites` fixture)


def _outcomes(site, ack_path) -> list[dict]:
    return [r for r in read_records(site.ctx, read_bundle(ack_path)) if r["type"] == "outcome"]


def _uuids(site, numbers: list[str]) -> dict[str, str]:
    with site.ctx.db.session() as session:
        return {number: find_participant(session, number).uuid for number in numbers}


def test_ack_carries_every_outcome_once_as_the_hub_holds_it(sites, tmp_path):  # noqa: F811
    hub, ambon, tual = sites
    usb = tmp_path / "usb"
    numbers = enrol_many(ambon, range(4))
    (first,) = export_bundles(ambon.ctx, usb)
    import_bundle(ambon.ctx, import_bundle(hub.ctx, first.path).ack_path)

    assign_kpj(hub.ctx, numbers[0], "40000000001")  # changed at the hub, not in the next bundle
    enrol_many(tual, [3])  # the same NIK as Ambon's fourth record: that one becomes a duplicate
    (tual_bundle,) = export_bundles(tual.ctx, usb)
    import_bundle(hub.ctx, tual_bundle.path)
    (fresh,) = enrol_many(ambon, [10])
    (second,) = export_bundles(ambon.ctx, usb, changed_only=True)
    ack = import_bundle(hub.ctx, second.path).ack_path

    outcomes = _outcomes(ambon, ack)
    by_uuid = {line["uuid"]: line for line in outcomes}
    assert len(by_uuid) == len(outcomes), "one outcome line per record"
    uuids = _uuids(ambon, [*numbers, fresh])
    with hub.ctx.db.session() as session:
        since = confirmed_serial(session, session.get(SyncPeer, "8171A"))  # the first ack's, now applied
        assert since > 0
        held = {row.uuid: row for row in session.scalars(select(SyncHubRecord).where(
            col(SyncHubRecord.office_code) == "8171A", col(SyncHubRecord.state_serial) > since))}
    assert set(by_uuid) == set(held) == {uuids[numbers[0]], uuids[numbers[3]], uuids[fresh]}
    assert {uuid: line["status"] for uuid, line in by_uuid.items()} == {uuid: row.status for uuid, row in held.items()}
    assert by_uuid[uuids[numbers[0]]]["kpj"] == "40000000001"
    assert by_uuid[uuids[numbers[3]]]["status"] == "duplicate"
    assert by_uuid[uuids[fresh]]["status"] == "accepted"


def test_outcome_lines_end_at_the_serial_given(sites, tmp_path):  # noqa: F811
    hub, ambon, _ = sites
    numbers = enrol_many(ambon, range(3))
    (bundle,) = export_bundles(ambon.ctx, tmp_path / "usb")
    import_bundle(hub.ctx, bundle.path)
    with hub.ctx.db.session() as session:
        serials = sorted(session.scalars(select(SyncHubRecord.state_serial).where(
            col(SyncHubRecord.office_code) == "8171A")))
        everything = list(outcome_lines(session, "8171A", 0))
        up_to_second = list(outcome_lines(session, "8171A", 0, until_serial=serials[1]))
    assert len(everything) == len(numbers)
    assert len(up_to_second) == 2
