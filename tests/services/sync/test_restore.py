"""An office restored from an older copy of its database reuses no sequence number or registration number and gets
back, through the hub's ack, the records the hub already had."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select

from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.enrolment.enrol import update_participant
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, to_data
from pekerja_desktop.services.sync.epoch import note_database_restored
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.history import count_not_acknowledged
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.models import Participant
from pekerja_desktop.store.sync_sidecar import read_sidecar
from tests.support.sites import enrol_many


def _restore(site, backup):
    site.ctx.close()
    for suffix in ("-wal", "-shm"):
        (site.root / f"pekerja.sqlite{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, site.root / "pekerja.sqlite")
    site.reopen()


def _round(hub, office, usb):
    (exported,) = export_bundles(office.ctx, usb)
    result = import_bundle(hub.ctx, exported.path, usb / "acks")
    return exported, result, import_bundle(office.ctx, result.ack_path)


def test_restored_office_recovers_what_the_hub_has(sites, tmp_path):
    hub, ambon, _ = sites
    usb = tmp_path / "usb"
    first_numbers = enrol_many(ambon, range(3))
    _round(hub, ambon, usb)
    backup = ambon.ctx.db.backup_to(tmp_path / "backup.sqlite")

    later_numbers = enrol_many(ambon, range(3, 5))
    with ambon.ctx.db.session() as session:
        record = find_participant(session, first_numbers[0])
        data = to_data(record, heirs_of(session, record.id))
    data.address = "Jl. Baru No. 7"
    update_participant(ambon.ctx, first_numbers[0], data, expected_version=None, final=True,
                       confirmed={"nik.region_outside"})
    second, _, _ = _round(hub, ambon, usb)

    _restore(ambon, backup)  # the laptop is restored from the backup taken before the second round
    with ambon.ctx.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 3
    exported, at_hub, back = _round(hub, ambon, usb)
    assert exported.sequence == second.sequence + 1, "no sequence number is reused"
    assert back.counts["recovered"] == 3  # the two later records and the newer version of the edited one
    with ambon.ctx.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 5
        assert find_participant(session, first_numbers[0]).address == "Jl. Baru No. 7"
        assert count_not_acknowledged(session) == 0
    new_number = enrol_many(ambon, [9])[0]
    assert new_number not in first_numbers + later_numbers, "no registration number is reused"
    assert exported.records == 0 and at_hub.counts["new"] == 0  # all acknowledged before the backup


def test_note_database_restored_draws_a_new_epoch_and_raises_counters(sites, tmp_path):
    hub, ambon, _ = sites
    enrol_many(ambon, range(2))
    _round(hub, ambon, tmp_path / "usb")
    layout = DataLayout(ambon.root)
    before = read_sidecar(layout)
    key = ambon.ctx.db.key
    ambon.ctx.close()
    epoch = note_database_restored(layout, key)
    after = read_sidecar(layout)
    ambon.reopen()
    assert epoch != before.epoch and after.epoch == epoch
    assert after.generation > before.generation and after.serials == before.serials
    (exported,) = export_bundles(ambon.ctx, tmp_path / "usb")
    assert exported.sequence == 2


def test_a_hub_restored_from_a_backup_gets_everything_again(sites, tmp_path):
    hub, ambon, _ = sites
    if hub.ctx.db.on_server:
        pytest.skip("a server database is backed up and restored with the server's tools, not `restore`")
    usb = tmp_path / "usb"
    backup = hub.ctx.db.backup_to(tmp_path / "hub-backup.sqlite")
    enrol_many(ambon, range(4))
    _round(hub, ambon, usb)
    _restore(hub, backup)
    enrol_many(ambon, [7])
    (exported,) = export_bundles(ambon.ctx, usb)
    assert exported.records == 1  # the hub's loss is not known yet
    result = import_bundle(hub.ctx, exported.path, usb / "acks")
    import_bundle(ambon.ctx, result.ack_path)  # the ack carries the hub's new epoch
    (again,) = export_bundles(ambon.ctx, usb)
    assert again.records == 4, "after a hub restore, everything it lacks is sent again"
    import_bundle(hub.ctx, again.path, usb / "acks")
    with hub.ctx.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 5
