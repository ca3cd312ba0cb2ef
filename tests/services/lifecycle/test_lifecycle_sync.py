"""Ends, reactivations and transfers travelling between the offices and the hub (on the hub's SQLite file and on
PostgreSQL: the `sites` fixture): an office's end reaches the hub; the hub's decision reaches the owning office and
wins over an older office version; a transfer hands a record over without a gap."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace

import pytest
from sqlmodel import select

from pekerja_desktop.errors import AccessError
from pekerja_desktop.services.enrolment.enrol import update_participant
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, history_of, to_data
from pekerja_desktop.services.lifecycle.end import end_participation, reactivate_participation
from pekerja_desktop.services.lifecycle.errors import LifecycleError
from pekerja_desktop.services.lifecycle.transfer import transfer_participant
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.history import count_not_acknowledged
from pekerja_desktop.services.sync.hub.reference_bundle import export_reference
from pekerja_desktop.services.sync.hub.verdicts import assign_kpj
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.sync_models import SyncHubRecord
from tests.support.sites import enrol_many

TODAY = dt.date(2027, 3, 20)
DIED = dt.date(2027, 3, 14)


def _export(site, usb):
    (result,) = export_bundles(site.ctx, usb)
    return result.path


def _sync(hub, office, usb):
    """Office → hub → ack → office; returns the office's import result."""
    result = import_bundle(hub.ctx, _export(office, usb))
    return import_bundle(office.ctx, result.ack_path)


def _reference(hub, office, usb):
    (result,) = export_reference(hub.ctx, usb, office=office.ctx.office.code)
    return import_bundle(office.ctx, result.path)


def _record(site, number):
    with site.ctx.db.session() as session:
        participant = find_participant(session, number)
        history = [(h.field, h.new_value, h.by) for h in history_of(session, participant.id)]
        data = to_data(participant, heirs_of(session, participant.id))
        session.expunge(participant)
        return participant, history, data


@pytest.fixture
def synced(sites, tmp_path):
    """Ambon's three records accepted at the hub and acknowledged at Ambon."""
    hub, ambon, tual = sites
    numbers = enrol_many(ambon, range(3))
    _sync(hub, ambon, tmp_path / "usb")
    return hub, ambon, tual, numbers, tmp_path / "usb"


def test_an_end_at_the_office_travels_to_the_hub(synced):
    hub, ambon, _tual, numbers, usb = synced
    end_participation(ambon.ctx, numbers[0], "died", DIED, "akta kematian", today=TODAY)
    result = import_bundle(hub.ctx, _export(ambon, usb))
    assert result.counts["newer"] == 1
    at_hub, _, _ = _record(hub, numbers[0])
    assert (at_hub.status, at_hub.coverage_end, at_hub.end_reason, at_hub.end_note, at_hub.version) == (
        "ended", DIED, "died", "akta kematian", 2)
    import_bundle(ambon.ctx, result.ack_path)
    with ambon.ctx.db.session() as session:
        assert count_not_acknowledged(session) == 0


def test_the_hubs_end_reaches_the_owning_office_in_its_next_reference_bundle(synced):
    hub, ambon, _tual, numbers, usb = synced
    outcome = end_participation(hub.ctx, numbers[1], "age-limit", dt.date(2027, 2, 28), today=TODAY)
    assert outcome.decided_at_hub and outcome.status == "ended" and outcome.version == 1
    applied = _reference(hub, ambon, usb)
    assert applied.counts["ended"] == 1
    at_office, history, _ = _record(ambon, numbers[1])
    assert (at_office.status, at_office.coverage_end, at_office.end_reason, at_office.version) == (
        "ended", dt.date(2027, 2, 28), "age-limit", 2)
    assert ("status", "ended", "hub:MALUKU") in history
    assert _reference(hub, ambon, usb).counts.get("ended", 0) == 0  # applied once, however often it comes
    back = import_bundle(hub.ctx, _export(ambon, usb))  # the office's new version confirms it
    assert back.counts["newer"] == 1
    import_bundle(ambon.ctx, back.ack_path)
    at_hub, _, _ = _record(hub, numbers[1])
    assert (at_hub.status, at_hub.version) == ("ended", 2)


def test_the_hubs_decision_wins_over_an_office_version_made_before_the_office_knew(synced):
    hub, ambon, _tual, numbers, usb = synced
    end_participation(hub.ctx, numbers[0], "died", DIED, today=TODAY)
    _, _, data = _record(ambon, numbers[0])
    update_participant(ambon.ctx, numbers[0], replace(data, phone="081311112222"), expected_version=None,
                       final=True)  # the office corrects the phone, not knowing of the death
    result = import_bundle(hub.ctx, _export(ambon, usb))
    at_hub, _, _ = _record(hub, numbers[0])
    assert (at_hub.phone, at_hub.status, at_hub.coverage_end) == ("081311112222", "ended", DIED)
    applied = import_bundle(ambon.ctx, result.ack_path)
    assert applied.counts["ended"] == 1
    at_office, _, _ = _record(ambon, numbers[0])
    assert (at_office.phone, at_office.status, at_office.version) == ("081311112222", "ended", 3)
    _sync(hub, ambon, usb)
    at_hub, _, _ = _record(hub, numbers[0])
    assert (at_hub.status, at_hub.version) == ("ended", 3)


def test_an_office_reactivation_made_after_the_hubs_end_stands(synced):
    hub, ambon, _tual, numbers, usb = synced
    end_participation(hub.ctx, numbers[2], "moved", dt.date(2027, 1, 31), today=TODAY)
    _reference(hub, ambon, usb)
    reactivate_participation(ambon.ctx, numbers[2], "tidak jadi pindah")
    _sync(hub, ambon, usb)
    _reference(hub, ambon, usb)  # a later bundle must not bring the end back
    for site in (hub, ambon):
        participant, _, _ = _record(site, numbers[2])
        assert (participant.status, participant.coverage_end, participant.end_reason) == ("active", None, None)


def test_the_hub_reactivates_what_it_ended(synced):
    hub, ambon, _tual, numbers, usb = synced
    end_participation(hub.ctx, numbers[0], "died", DIED, today=TODAY)
    reactivate_participation(hub.ctx, numbers[0], "salah orang")
    applied = _reference(hub, ambon, usb)
    assert applied.counts["ended"] == 1 and applied.counts["reactivated"] == 1
    participant, _, _ = _record(ambon, numbers[0])
    assert (participant.status, participant.coverage_end) == ("active", None)


def test_a_transfer_hands_the_record_over_with_its_number_and_kpj(synced):
    hub, ambon, tual, numbers, usb = synced
    assign_kpj(hub.ctx, numbers[0], "12345678901")
    outcome = transfer_participant(hub.ctx, numbers[0], "8172a", "pindah ke Tual")
    assert outcome.office_code == "8172A"
    received = _reference(hub, tual, usb)
    assert received.counts["transferred_in"] == 1 and received.counts["recovered"] == 1
    at_tual, _, data = _record(tual, numbers[0])
    assert (at_tual.registration_number, at_tual.kpj, at_tual.office_code, at_tual.status) == (
        numbers[0], "12345678901", "8172A", "active")
    # the receiving office edits; the hub accepts its version although the number names Ambon
    update_participant(tual.ctx, numbers[0], replace(data, village_code="81.72.01.2001"), expected_version=None,
                       final=True)
    back = import_bundle(hub.ctx, _export(tual, usb))
    assert back.counts["newer"] == 1
    with hub.ctx.db.session() as session:
        verdict = session.get(SyncHubRecord, at_tual.uuid)
        assert (verdict.office_code, verdict.status) == ("8172A", "accepted")
    # Ambon's older version is ignored, not refused; Ambon learns the transfer and stops sending the record
    _, _, ambon_data = _record(ambon, numbers[0])
    update_participant(ambon.ctx, numbers[0], replace(ambon_data, phone="081399998888"), expected_version=None,
                       final=True)
    result = import_bundle(hub.ctx, _export(ambon, usb))
    assert result.counts["refused"] == 0 and result.counts["older"] == 1
    assert import_bundle(ambon.ctx, result.ack_path).counts["transferred_out"] == 1
    at_ambon, _, _ = _record(ambon, numbers[0])
    assert (at_ambon.status, at_ambon.office_code) == ("transferred", "8172A")
    with ambon.ctx.db.session() as session:
        assert count_not_acknowledged(session) == 0
    with pytest.raises(AccessError, match="8172A"):
        update_participant(ambon.ctx, numbers[0], ambon_data, expected_version=None, final=True)
    at_hub, _, _ = _record(hub, numbers[0])
    assert (at_hub.village_code, at_hub.office_code, at_hub.kpj) == ("81.72.01.2001", "8172A", "12345678901")


def test_a_record_transferred_back_is_the_first_offices_own_again(synced):
    hub, ambon, tual, numbers, usb = synced
    transfer_participant(hub.ctx, numbers[0], "8172A", "pindah ke Tual")
    _sync(hub, ambon, usb)
    _sync(hub, tual, usb)
    transfer_participant(hub.ctx, numbers[0], "8171A", "kembali ke Ambon")
    received = _sync(hub, ambon, usb)
    assert received.counts["transferred_in"] == 1 and received.counts["recovered"] == 1
    at_ambon, _, data = _record(ambon, numbers[0])
    assert (at_ambon.office_code, at_ambon.status) == ("8171A", "active")
    _sync(hub, tual, usb)
    at_tual, _, _ = _record(tual, numbers[0])
    assert (at_tual.office_code, at_tual.status) == ("8171A", "transferred")
    # Ambon edits its own record again; the hub takes the new version
    update_participant(ambon.ctx, numbers[0], replace(data, phone="081399998888"), expected_version=None,
                       final=True)
    assert import_bundle(hub.ctx, _export(ambon, usb)).counts["newer"] == 1
    at_hub, _, _ = _record(hub, numbers[0])
    assert (at_hub.office_code, at_hub.phone) == ("8171A", "081399998888")


def test_transfer_refusals_change_nothing(synced):
    hub, ambon, _tual, numbers, _usb = synced
    for target, code in (("9999X", "transfer.unknown_office"), ("8171A", "transfer.same_office")):
        with pytest.raises(LifecycleError) as caught:
            transfer_participant(hub.ctx, numbers[0], target)
        assert caught.value.code == code
    end_participation(hub.ctx, numbers[1], "died", DIED, today=TODAY)
    with pytest.raises(LifecycleError) as caught:
        transfer_participant(hub.ctx, numbers[1], "8172A")
    assert caught.value.code == "transfer.ended"
    with hub.ctx.db.session() as session:
        offices = set(session.scalars(select(SyncHubRecord.office_code)))
    assert offices == {"8171A"}
    with pytest.raises(SyncError, match="hub"):  # transfers are decided at the hub
        transfer_participant(ambon.ctx, numbers[0], "8172A")


def _restore(site, backup):
    site.ctx.close()
    for suffix in ("-wal", "-shm"):
        (site.root / f"pekerja.sqlite{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, site.root / "pekerja.sqlite")
    site.reopen()


def test_an_office_restored_from_before_a_transfer_learns_it_again(synced, tmp_path):
    hub, ambon, _tual, numbers, usb = synced
    backup = ambon.ctx.db.backup_to(tmp_path / "before-transfer.sqlite")
    transfer_participant(hub.ctx, numbers[0], "8172A")
    end_participation(hub.ctx, numbers[1], "died", DIED, today=TODAY)
    applied = _sync(hub, ambon, usb)
    assert applied.counts["transferred_out"] == 1 and applied.counts["ended"] == 1
    _sync(hub, ambon, usb)  # the office confirms both

    _restore(ambon, backup)  # the laptop goes back to before both decisions
    back = _sync(hub, ambon, usb)
    assert back.counts["transferred_out"] == 1  # the transfer again, although confirmed before the restore
    moved, _, _ = _record(ambon, numbers[0])
    died, _, _ = _record(ambon, numbers[1])
    assert (moved.status, moved.office_code) == ("transferred", "8172A")
    assert (died.status, died.coverage_end) == ("ended", DIED)  # the hub's copy, recovered
    with ambon.ctx.db.session() as session:
        assert count_not_acknowledged(session) == 0
