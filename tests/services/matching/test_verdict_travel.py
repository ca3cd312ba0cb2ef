"""Pairs judged "different persons" travel (#12 item 2), with real bundles across two offices and the hub: a desk's
judgement reaches the hub in the next data bundle (and `possible-duplicates` leaves the pair out), comes back in the
ack (the desk then knows the hub has it) and reaches the other office in its next ack; the hub's
`resolve-duplicate --different` reaches both offices in their next acks and neither desk warns of the pair again.
Bundles without these lines import as before."""

from __future__ import annotations

from sqlmodel import select

from pekerja_desktop.services.duplicates.resolve import resolve_duplicate
from pekerja_desktop.services.duplicates.search import possible_duplicates
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.services.matching.desk_check import likely_duplicates
from pekerja_desktop.services.sync.bundle.incoming import open_checked, read_records
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.duplicate_models import DifferentPair
from tests.support import sites as sync_fixtures
from tests.support.sites import enrol_many, name_for, nik_for, person

sites = sync_fixtures.sites
LIKELY = "duplicate.likely"
TUAL_VILLAGE = "81.72.01.2001"


def _sync(hub, office, usb):
    """The office's data bundle to the hub, the ack back; returns (what the hub counted, what the office counted)."""
    (bundle,) = export_bundles(office.ctx, usb)
    result = import_bundle(hub.ctx, bundle.path)
    return result, import_bundle(office.ctx, result.ack_path)


def _reference(hub, office, usb):
    (bundle,) = export_bundles(hub.ctx, usb / "reference", office=office.ctx.office.code)
    import_bundle(office.ctx, bundle.path)


def _pairs(site) -> dict[tuple[str, str], DifferentPair]:
    with site.ctx.db.session() as session:
        return {(p.registration_a, p.registration_b): p for p in session.scalars(select(DifferentPair))}


def _warned(site, number) -> list[str]:
    """The registration numbers the desk's check names when `number` is edited."""
    with site.ctx.db.session() as session:
        participant = find_participant(session, number)
        record = person(0, nik=participant.nik, full_name=participant.full_name, kk_number=participant.kk_number,
                        village_code=participant.village_code)
        return [m.registration_number for m in likely_duplicates(session, record, exclude_id=participant.id,
                                                                 own_number=number)]


def test_a_desk_judgement_reaches_the_hub_and_the_other_office(sites, tmp_path):
    hub, ambon, tual = sites
    usb = tmp_path / "usb"
    (at_ambon,) = enrol_many(ambon, [0])
    first, _ = _sync(hub, ambon, usb)
    assert "different_pair" not in first.counts  # a bundle without pair lines imports as before
    _reference(hub, tual, usb)
    typed = person(0, nik=nik_for(0)[:-1] + "7", full_name=name_for(0).replace("Maria", "Marya"),
                   village_code=TUAL_VILLAGE)
    with tual.ctx.db.session() as session:
        (match,) = likely_duplicates(session, typed)
    assert (match.registration_number, match.own, match.office_code) == (at_ambon, False, "8171A")
    assert match.reasons[:3] == ("nik_one_digit", "name_sounds_same", "birth_same")
    at_tual = enrol(tual.ctx, typed, final=True, confirmed={LIKELY, "nik.region_unknown"}).registration_number
    key = tuple(sorted((at_ambon, at_tual)))
    assert _pairs(tual)[key].sent is False

    (data,) = export_bundles(tual.ctx, usb)
    lines = [r for r in read_records(hub.ctx, open_checked(hub.ctx, data.path)) if r["type"] == "different_pair"]
    assert [(r["registration_a"], r["registration_b"], r["origin"]) for r in lines] == [(*key, "desk")]
    result = import_bundle(hub.ctx, data.path)
    assert _pairs(hub)[key].office_code == "8172A"
    assert key not in {tuple(sorted((p.a, p.b))) for p in possible_duplicates(hub.ctx).pairs}
    import_bundle(tual.ctx, result.ack_path)
    assert _pairs(tual)[key].sent is True  # the hub has it: not sent again
    (again,) = export_bundles(tual.ctx, usb, changed_only=True)
    assert "different_pair" not in again.counts

    _sync(hub, ambon, usb)
    assert _pairs(ambon)[key].origin == "desk"
    _reference(hub, ambon, usb)
    assert _warned(ambon, at_ambon) == []


def test_the_hubs_different_verdict_reaches_both_offices_and_their_desks_stay_quiet(sites, tmp_path):
    hub, ambon, tual = sites
    usb = tmp_path / "usb"
    (at_ambon,) = enrol_many(ambon, [0])
    (at_tual,) = enrol_many(tual, [0], nik=nik_for(0)[:-1] + "7", village_code=TUAL_VILLAGE)
    _sync(hub, ambon, usb)
    _sync(hub, tual, usb)
    _reference(hub, ambon, usb)
    assert _warned(ambon, at_ambon) == [at_tual]  # before the verdict, the desk warns

    resolve_duplicate(hub.ctx, at_ambon, at_tual, same=False)
    key = tuple(sorted((at_ambon, at_tual)))
    assert _pairs(hub)[key].origin == "hub"
    _, ambon_counts = _sync(hub, ambon, usb)
    _, tual_counts = _sync(hub, tual, usb)
    assert ambon_counts.counts["different_pairs"] == 1 and tual_counts.counts["different_pairs"] == 1
    assert _pairs(ambon)[key].origin == _pairs(tual)[key].origin == "hub"
    assert _warned(ambon, at_ambon) == []
    _, once_more = _sync(hub, ambon, usb)
    assert once_more.counts["different_pairs"] == 0  # applying a pair again changes nothing
