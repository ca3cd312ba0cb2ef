"""The office applies an ack's outcomes in bulk (services/sync/office/apply_outcomes.py): the same records, change
history and sync state as applying them one record at a time (`batch=1`), on a mixed ack — accepted records, KPJ
numbers, a rejection, a record edited at the office since it was sent (its verdict is noted, not taken), the
hub's end and its transfer to another office — on the hub's SQLite file and on PostgreSQL (`sites`)."""

from __future__ import annotations

import datetime as dt
import functools
import shutil
from dataclasses import replace

from sqlalchemy import text

from pekerja_desktop.services.enrolment.enrol import update_participant
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, to_data
from pekerja_desktop.services.lifecycle.end import end_participation
from pekerja_desktop.services.lifecycle.transfer import transfer_participant
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.hub.verdicts import assign_kpj, reject_record
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.services.sync.office import apply_outcomes
from pekerja_desktop.services.sync.office import import_bundle as office_import
from tests.support.sites import Site, enrol_many

TODAY = dt.date(2027, 3, 20)
STATE = {
    "participant": "SELECT uuid, registration_number, status, kpj, version, updated_by, coverage_end, end_reason, "
                   "office_code FROM participant ORDER BY uuid",
    "history": "SELECT p.uuid, h.field, h.old_value, h.new_value, h.by FROM change_history h "
               "JOIN participant p ON p.id = h.participant_id ORDER BY p.uuid, h.id",
    "sync_item": "SELECT kind, uuid, hub_version, acked_version, sent_version, ack_sequence, ack_status, ack_reason, "
                 "ack_detail, duplicate_of FROM sync_item ORDER BY kind, uuid",
    "decisions": "SELECT uuid, kind, participant_uuid FROM hub_decision ORDER BY uuid",
}


def _export(site: Site, usb):
    (result,) = export_bundles(site.ctx, usb)
    return result.path


def _state(site: Site) -> dict[str, list[tuple]]:
    with site.ctx.db.session() as session:
        return {name: [tuple(row) for row in session.execute(text(sql))] for name, sql in STATE.items()}


def _mixed_ack(hub: Site, ambon: Site, usb) -> tuple:
    """An ack for Ambon holding every kind of outcome, not yet imported there."""
    numbers = enrol_many(ambon, range(8))
    import_bundle(ambon.ctx, import_bundle(hub.ctx, _export(ambon, usb)).ack_path)
    for index, number in enumerate(numbers[:4]):
        assign_kpj(hub.ctx, number, f"{90000000000 + index}")
    reject_record(hub.ctx, numbers[4], "foto KTP tidak terbaca")
    end_participation(hub.ctx, numbers[5], "died", dt.date(2027, 3, 1), today=TODAY)
    transfer_participant(hub.ctx, numbers[6], "8172A", "pindah ke Tual")
    enrol_many(ambon, range(8, 11))  # new records: accepted in the ack
    sent = _export(ambon, usb)
    with ambon.ctx.db.session() as session:
        edited = find_participant(session, numbers[3])
        data = to_data(edited, heirs_of(session, edited.id))
    update_participant(ambon.ctx, numbers[3], replace(data, phone="081322223333"), expected_version=None,
                       final=True)  # changed since it was sent: its KPJ waits for the verdict on the new version
    return import_bundle(hub.ctx, sent).ack_path


def test_bulk_and_one_record_at_a_time_leave_the_office_in_the_same_state(sites, tmp_path, monkeypatch):
    hub, ambon, _tual = sites
    ack = _mixed_ack(hub, ambon, tmp_path / "usb")
    ambon.ctx.close()
    twin = Site(tmp_path / "twin", ambon.ctx)
    shutil.copytree(ambon.root, twin.root)
    ambon.reopen()
    twin.reopen()
    try:
        bulk = import_bundle(ambon.ctx, ack)
        monkeypatch.setattr(office_import, "apply_outcomes",
                            functools.partial(apply_outcomes.apply_outcomes, batch=1))
        one_by_one = import_bundle(twin.ctx, ack)
        assert bulk.counts == one_by_one.counts
        assert bulk.details == one_by_one.details
        assert _state(ambon) == _state(twin)
    finally:
        twin.ctx.close()
    counts = bulk.counts  # accepted: three new records, three given a KPJ, the one edited since it was sent
    assert (counts["accepted"], counts["rejected"], counts["kpj"]) == (7, 1, 3)
    assert (counts["ended"], counts["transferred_out"]) == (1, 1)
    assert [d["status"] for d in bulk.details if "kpj_new" not in d and "coverage_end" not in d] == ["accepted"]
    statuses = [(status, kpj) for _uuid, _number, status, kpj, *_ in _state(ambon)["participant"]]
    assert sorted(status for status, _kpj in statuses) == ["active"] * 8 + ["ended", "rejected", "transferred"]
    assert sum(1 for _status, kpj in statuses if kpj) == 3


def test_a_late_or_repeated_ack_changes_nothing(sites, tmp_path):
    hub, ambon, _tual = sites
    ack = _mixed_ack(hub, ambon, tmp_path / "usb")
    import_bundle(ambon.ctx, ack)
    before = _state(ambon)
    with ambon.ctx.db.write() as session:  # each verdict held again, in a copy of the bundle that brought it
        for kind, uuid, hub_version, _acked, _sent, sequence, status, *_ in before["sync_item"]:
            line = {"kind": kind, "uuid": uuid, "version": hub_version, "status": status}
            assert apply_outcomes.apply_outcomes(session, [line], sequence, "hub:MALUKU") == []
    assert _state(ambon) == before
