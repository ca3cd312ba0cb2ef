"""What an export records of what it sent, set-based (services/sync/office/collect.py): the bundle's members and
each record's sent version are exactly the records the hub received; an acknowledged record sent again keeps its
ack; a `--changed-only` bundle lists only what changed; and the bookkeeping takes as many statements for thirty
records as for three (no statement per record)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import event
from sqlmodel import col, select

from pekerja_desktop.services.enrolment.enrol import update_participant
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, to_data
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.models import Participant
from pekerja_desktop.store.sync_models import SyncBundleMember, SyncHubRecord, SyncItem
from tests.support import sites as sync_fixtures
from tests.support.sites import enrol_many

sites = sync_fixtures.sites  # a hub and two offices trusting each other


def _members(site, sequence: int) -> dict[str, int]:
    with site.ctx.db.session() as session:
        rows = session.execute(select(SyncBundleMember.uuid, SyncBundleMember.version)
                               .where(col(SyncBundleMember.bundle_sequence) == sequence)).all()
    return dict(rows)


def _items(site) -> dict[str, SyncItem]:
    with site.ctx.db.session() as session:
        items = session.scalars(select(SyncItem).where(col(SyncItem.kind) == "participant")).all()
        session.expunge_all()
    return {item.uuid: item for item in items}


def _versions(site) -> dict[str, int]:
    with site.ctx.db.session() as session:
        return dict(session.execute(select(Participant.uuid, Participant.version)).all())


def _edit_address(site, number: str, address: str) -> str:
    with site.ctx.db.session() as session:
        participant = find_participant(session, number)
        data, uuid = to_data(participant, heirs_of(session, participant.id)), participant.uuid
        version = participant.version
    update_participant(site.ctx, number, replace(data, address=address), final=True, expected_version=version)
    return uuid


def test_the_members_and_sent_versions_are_the_records_the_hub_received(sites, tmp_path):
    hub, ambon, _tual = sites
    enrol_many(ambon, range(5))
    (result,) = export_bundles(ambon.ctx, tmp_path / "usb")
    import_bundle(hub.ctx, result.path)
    with hub.ctx.db.session() as session:
        received = set(session.scalars(select(SyncHubRecord.uuid)))
    versions = _versions(ambon)
    assert _members(ambon, result.sequence) == versions and set(versions) == received
    items = _items(ambon)
    assert set(items) == received
    assert {(i.sent_version, i.sent_sequence, i.acked_version, i.ack_status) for i in items.values()} == {
        (1, result.sequence, 0, "")}


def test_an_acknowledged_record_sent_again_keeps_its_ack(sites, tmp_path):
    hub, ambon, _tual = sites
    numbers = enrol_many(ambon, range(3))
    (first,) = export_bundles(ambon.ctx, tmp_path / "usb")
    import_bundle(ambon.ctx, import_bundle(hub.ctx, first.path).ack_path)
    edited = _edit_address(ambon, numbers[1], "Jl. Baru 7")
    (second,) = export_bundles(ambon.ctx, tmp_path / "usb")
    assert second.records == 1 and _members(ambon, second.sequence) == {edited: 2}
    item = _items(ambon)[edited]
    assert (item.sent_version, item.sent_sequence, item.acked_version, item.ack_status) == (
        2, second.sequence, 1, "accepted")


def test_a_changed_only_bundle_lists_what_changed_since_it_was_sent(sites, tmp_path):
    _hub, ambon, _tual = sites
    numbers = enrol_many(ambon, range(4))
    export_bundles(ambon.ctx, tmp_path / "usb")  # nothing acknowledged yet
    edited = _edit_address(ambon, numbers[2], "Jl. Lain 3")
    (changed,) = export_bundles(ambon.ctx, tmp_path / "usb", changed_only=True)
    assert changed.records == 1 and _members(ambon, changed.sequence) == {edited: 2}
    (full,) = export_bundles(ambon.ctx, tmp_path / "usb")  # not acknowledged: everything goes again
    assert _members(ambon, full.sequence) == _versions(ambon) and full.records == 4


def _statements_of_an_export(site, usb) -> int:
    engine = site.ctx.db.engine
    count = 0

    def counted(*_args) -> None:
        nonlocal count
        count += 1

    event.listen(engine, "before_cursor_execute", counted)
    try:
        export_bundles(site.ctx, usb)
    finally:
        event.remove(engine, "before_cursor_execute", counted)
    return count


def test_an_export_takes_as_many_statements_for_thirty_records_as_for_three(sites, tmp_path):
    _hub, ambon, tual = sites
    enrol_many(ambon, range(3))
    enrol_many(tual, range(100, 130))
    assert _statements_of_an_export(ambon, tmp_path / "a") == _statements_of_an_export(tual, tmp_path / "t")
