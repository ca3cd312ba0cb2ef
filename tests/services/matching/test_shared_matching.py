"""What the hub shares for matching across offices, and the office's look-ups in it (#12 item 4): an office holds
the other offices' active people as keys only, finds them by a typed NIK or one of its near variants, by name and
birth date, and by birth date, sex and kabupaten/kota; a person who ended at the hub leaves the store with the next
reference bundle; an older reference bundle replaces nothing."""

from __future__ import annotations

import datetime as dt
import json

from sqlmodel import select

from pekerja_desktop.domain.identity.matching_keys import keyed_nik_hash
from pekerja_desktop.services.lifecycle.end import end_participation
from pekerja_desktop.services.matching.hub_key import received_key
from pekerja_desktop.services.matching.lookup import (
    BIRTH_SEX_REGION,
    NAME_BIRTH,
    NIK,
    NIK_VARIANT,
    SharedMatch,
    shared_matches,
)
from pekerja_desktop.services.sync.bundle.incoming import open_checked, read_records
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.matching_models import MatchPerson
from tests.support.sites import enrol_many, person

TUAL_VILLAGE = "81.72.01.2001"


def _send(office, hub, usb) -> None:
    (exported,) = export_bundles(office.ctx, usb)
    result = import_bundle(hub.ctx, exported.path, usb / "acks")
    import_bundle(office.ctx, result.ack_path)


def _reference(hub, office, usb):
    (bundle,) = export_bundles(hub.ctx, usb / "reference", office=office.ctx.office.code)
    return bundle


def _store(site) -> dict[str, MatchPerson]:
    with site.ctx.db.session() as session:
        return {row.registration_number: row for row in session.scalars(select(MatchPerson))}


def _provinces(sites, tmp_path):
    hub, ambon, tual = sites
    usb = tmp_path / "usb"
    own = enrol_many(ambon, range(3))
    others = enrol_many(tual, range(10, 12), village_code=TUAL_VILLAGE)
    _send(ambon, hub, usb)
    _send(tual, hub, usb)
    return hub, ambon, tual, usb, own, others


def test_an_office_receives_the_other_offices_people_as_keys_only(sites, tmp_path):
    hub, ambon, _, usb, own, others = _provinces(sites, tmp_path)
    bundle = _reference(hub, ambon, usb)
    lines = read_records(ambon.ctx, open_checked(ambon.ctx, bundle.path))
    shared = [line for line in lines if line["type"] == "match_person"]
    assert sorted(line["registration_number"] for line in shared) == sorted(others)
    allowed = {"type", "uuid", "version", "registration_number", "office_code", "nik_hash", "name_key",
               "birth_date", "sex", "regency_code"}
    assert all(set(line) <= allowed for line in shared)
    text = json.dumps(lines)
    for index in (10, 11):
        assert person(index).nik not in text and person(index).full_name not in text

    import_bundle(ambon.ctx, bundle.path)
    store = _store(ambon)
    assert sorted(store) == sorted(others) and not set(own) & set(store)
    first = store[others[0]]
    assert (first.office_code, first.regency_code, first.sex) == ("8172A", "81.72", "P")
    with ambon.ctx.db.session() as session:
        key = received_key(session)
    assert key is not None and first.nik_hash == keyed_nik_hash(key, person(10).nik)


def test_the_desk_finds_another_offices_person_by_each_key(sites, tmp_path):
    hub, ambon, _, usb, _, others = _provinces(sites, tmp_path)
    import_bundle(ambon.ctx, _reference(hub, ambon, usb).path)
    same = person(10, village_code=TUAL_VILLAGE)
    assert shared_matches(ambon.ctx, same) == [
        SharedMatch(others[0], "8172A", (NIK, NAME_BIRTH, BIRTH_SEX_REGION))]

    mistyped = person(10, village_code="81.71.01.1007")
    mistyped.nik = same.nik[:-1] + str((int(same.nik[-1]) + 1) % 10)  # the last digit mistyped
    mistyped.full_name = "Mariya Aaaba Tuanakota"  # spelt another way
    assert shared_matches(ambon.ctx, mistyped) == [SharedMatch(others[0], "8172A", (NIK_VARIANT, NAME_BIRTH))]
    swapped = person(10, village_code="81.71.01.1007", full_name="Siti Lain")
    swapped.nik = same.nik[:6] + same.nik[7] + same.nik[6] + same.nik[8:]  # two adjacent digits swapped
    assert swapped.nik != same.nik
    assert shared_matches(ambon.ctx, swapped) == [SharedMatch(others[0], "8172A", (NIK_VARIANT,))]

    stranger = person(40, village_code=TUAL_VILLAGE)
    stranger.birth_date, stranger.sex = same.birth_date, "P"
    assert shared_matches(ambon.ctx, stranger) == [SharedMatch(others[0], "8172A", (BIRTH_SEX_REGION,))]
    stranger.village_code = "81.71.01.1007"
    assert shared_matches(ambon.ctx, stranger) == []


def test_a_person_ended_at_the_hub_leaves_the_store_with_the_next_reference_bundle(sites, tmp_path):
    hub, ambon, _, usb, _, others = _provinces(sites, tmp_path)
    first = _reference(hub, ambon, usb)
    import_bundle(ambon.ctx, first.path)
    end_participation(hub.ctx, others[0], "moved", dt.date.today(), "pindah ke luar Maluku")
    second = _reference(hub, ambon, usb)
    import_bundle(ambon.ctx, second.path)
    assert sorted(_store(ambon)) == [others[1]]


def test_an_older_reference_bundle_replaces_nothing(sites, tmp_path):
    hub, ambon, _, usb, _, others = _provinces(sites, tmp_path)
    older = _reference(hub, ambon, usb)
    end_participation(hub.ctx, others[0], "moved", dt.date.today(), "")
    newer = _reference(hub, ambon, usb)
    import_bundle(ambon.ctx, newer.path)
    import_bundle(ambon.ctx, older.path)
    assert sorted(_store(ambon)) == [others[1]]


def test_before_the_first_reference_bundle_nothing_matches(sites):
    _, ambon, _ = sites
    assert shared_matches(ambon.ctx, person(10)) == []
