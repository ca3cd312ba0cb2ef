"""Office → hub → ack → office, with two offices, duplicates, rejections, KPJ numbers and conflicting edits."""

from __future__ import annotations

from sqlalchemy import func, select

from pekerja_desktop.services.enrolment.enrol import update_participant
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, to_data
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.history import bundle_history, count_not_acknowledged, days_since_last_export
from pekerja_desktop.services.sync.hub.verdicts import assign_kpj, duplicates_for_review, reject_record
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.models import Participant
from pekerja_desktop.store.sync_models import SyncHubRecord
from tests.support.sites import enrol_many, nik_for


def _export(site, usb):
    (result,) = export_bundles(site.ctx, usb)
    return result.path


def _hub_count(hub) -> int:
    with hub.ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(Participant))


def _verdicts(hub) -> dict[str, str]:
    with hub.ctx.db.session() as session:
        return dict(session.execute(select(SyncHubRecord.registration_number, SyncHubRecord.status)).all())


def test_round_trip_two_offices(sites, tmp_path):
    hub, ambon, tual = sites
    usb = tmp_path / "usb"
    ambon_numbers = enrol_many(ambon, range(5))
    tual_numbers = enrol_many(tual, range(100, 103))
    enrol_many(tual, [2])  # the same NIK as Ambon's third record: a duplicate across offices
    with ambon.ctx.db.session() as session:
        assert count_not_acknowledged(session) == 5

    first = import_bundle(hub.ctx, _export(ambon, usb))
    assert first.counts["new"] == 5 and first.ack_path.exists()
    second = import_bundle(hub.ctx, _export(tual, usb))
    assert second.counts["new"] == 4
    assert _hub_count(hub) == 9
    verdicts = _verdicts(hub)
    assert verdicts[ambon_numbers[2]] == "duplicate"
    with hub.ctx.db.session() as session:
        assert len(duplicates_for_review(session)) == 1

    office_result = import_bundle(tual.ctx, second.ack_path)
    assert office_result.counts["accepted"] == 3 and office_result.counts["duplicate"] == 1
    with tual.ctx.db.session() as session:
        assert count_not_acknowledged(session) == 0
        assert days_since_last_export(session) == 0
        assert [e.kind for e in bundle_history(session)][:2] == ["ack", "data"]

    # the hub rejects one record and assigns a KPJ number to another
    reject_record(hub.ctx, ambon_numbers[0], "foto KTP tidak terbaca")
    assign_kpj(hub.ctx, ambon_numbers[1], "12345678901")
    again = import_bundle(hub.ctx, _export(ambon, usb))  # nothing acknowledged yet at Ambon: all 5 again
    assert again.counts["same"] == 5
    outcome = import_bundle(ambon.ctx, again.ack_path)
    assert outcome.counts["kpj"] == 1 and outcome.counts["rejected"] == 1
    with ambon.ctx.db.session() as session:
        rejected = find_participant(session, ambon_numbers[0])
        assert rejected.status == "rejected"
        with_kpj = find_participant(session, ambon_numbers[1])
        assert with_kpj.kpj == "12345678901"
        assert count_not_acknowledged(session) == 0
        data = to_data(rejected, heirs_of(session, rejected.id))
    # the clerk corrects the rejected record; the next export sends the new version; the hub accepts it
    update_participant(ambon.ctx, ambon_numbers[0], data, expected_version=None, final=True,
                       confirmed={"nik.region_outside"})
    third = import_bundle(hub.ctx, _export(ambon, usb))
    assert third.counts["newer"] == 1
    assert _verdicts(hub)[ambon_numbers[0]] == "accepted"
    import_bundle(ambon.ctx, third.ack_path)
    with ambon.ctx.db.session() as session:
        assert find_participant(session, ambon_numbers[0]).status == "active"
        assert count_not_acknowledged(session) == 0
    assert tual_numbers and nik_for(0)
