"""The hub flow across two offices with bundles: one worker enrolled at Ambon and again, typed otherwise, at Tual;
the hub's pass finds the pair, `resolve-duplicate --same` ends Tual's later record with reason duplicate and Tual
applies the end from its next hub bundle; `--different` is remembered and never shown again; bad input changes
nothing."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from pekerja_desktop.errors import AccessError
from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.duplicates.errors import DuplicatesError
from pekerja_desktop.services.duplicates.resolve import resolve_duplicate
from pekerja_desktop.services.duplicates.search import possible_duplicates
from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.services.reports.files import write_duplicates_report
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.hub.reference_bundle import export_reference
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.duplicate_models import DuplicateVerdict
from pekerja_desktop.store.sync_models import SyncDuplicate
from tests.support import sites as sync_fixtures
from tests.support.sites import enrol_many, name_for, nik_for

sites = sync_fixtures.sites  # the hub and two offices, trust exchanged


def _sync(hub, office, usb):
    (bundle,) = export_bundles(office.ctx, usb)
    result = import_bundle(hub.ctx, bundle.path)
    import_bundle(office.ctx, result.ack_path)


def _status(site, number):
    with site.ctx.db.session() as session:
        participant = find_participant(session, number)
        return participant.status, participant.end_reason


@pytest.fixture
def twice(sites, tmp_path):
    """Ambon enrols people 0–2; Tual enrols person 0 again (NIK one digit off, name spelt otherwise) and person 1
    again with the same NIK and a title; both offices sync with the hub."""
    hub, ambon, tual = sites
    at_ambon = enrol_many(ambon, range(3))
    retyped = nik_for(0)[:-1] + "7"
    at_tual = enrol_many(tual, [0], nik=retyped, full_name=name_for(0).replace("Maria", "Marya"))
    at_tual += enrol_many(tual, [1], full_name=f"Dra. {name_for(1)}")
    usb = tmp_path / "usb"
    _sync(hub, ambon, usb)
    _sync(hub, tual, usb)
    return hub, ambon, tual, at_ambon, at_tual, usb


def test_the_pass_finds_both_pairs_across_offices_earlier_first(twice):
    hub, _ambon, _tual, at_ambon, at_tual, _ = twice
    result = possible_duplicates(hub.ctx)
    pairs = {(p.a, p.b): p for p in result.pairs}
    assert set(pairs) == {(at_ambon[0], at_tual[0]), (at_ambon[1], at_tual[1])}
    first = pairs[(at_ambon[0], at_tual[0])]
    assert first.reasons[:3] == ("nik_one_digit", "name_sounds_same", "birth_same")
    assert (first.office_a, first.office_b) == ("8171A", "8172A") and first.score >= 0.99
    assert pairs[(at_ambon[1], at_tual[1])].reasons[:2] == ("nik_same", "name_same")


def test_same_ends_the_later_record_and_its_office_applies_it_from_the_next_bundle(twice):
    hub, _ambon, tual, at_ambon, at_tual, usb = twice
    outcome = resolve_duplicate(hub.ctx, at_ambon[0], at_tual[0], same=True, note="KTP diperiksa")
    assert (outcome.kept, outcome.ended, outcome.ended_office, outcome.decided_at_hub) == (
        at_ambon[0], at_tual[0], "8172A", True)
    assert _status(hub, at_tual[0]) == ("ended", "duplicate")
    assert _status(hub, at_ambon[0]) == ("active", None)
    assert _status(tual, at_tual[0]) == ("active", None)  # until Tual hears from the hub
    (reference,) = export_reference(hub.ctx, usb, office="8172A")
    assert import_bundle(tual.ctx, reference.path).counts["ended"] == 1
    assert _status(tual, at_tual[0]) == ("ended", "duplicate")
    assert (at_ambon[0], at_tual[0]) not in {(p.a, p.b) for p in possible_duplicates(hub.ctx).pairs}


def test_keep_names_the_record_to_keep_and_the_exact_nik_row_is_resolved(twice):
    hub, _ambon, _tual, at_ambon, at_tual, _ = twice
    outcome = resolve_duplicate(hub.ctx, at_tual[1], at_ambon[1], same=True, keep=at_tual[1])
    assert (outcome.kept, outcome.ended) == (at_tual[1], at_ambon[1])
    assert _status(hub, at_ambon[1]) == ("ended", "duplicate")
    with hub.ctx.db.session() as session:
        (row,) = session.scalars(select(SyncDuplicate)).all()
        assert row.resolved_at is not None and row.resolution == f"same: {at_ambon[1]} ended"


def test_different_is_remembered_and_never_shown_again(twice):
    hub, _ambon, _tual, at_ambon, at_tual, _ = twice
    outcome = resolve_duplicate(hub.ctx, at_ambon[0], at_tual[0], same=False)
    assert (outcome.verdict, outcome.ended) == ("different", "")
    assert _status(hub, at_tual[0]) == ("active", None)
    assert [(p.a, p.b) for p in possible_duplicates(hub.ctx).pairs] == [(at_ambon[1], at_tual[1])]
    with pytest.raises(DuplicatesError) as failure:
        resolve_duplicate(hub.ctx, at_tual[0], at_ambon[0], same=True)
    assert "sudah diputuskan (dua orang berbeda)" in failure.value.message()


@pytest.mark.parametrize("change", ["same_record", "keep_outside", "keep_with_different", "ended"])
def test_bad_input_is_refused_and_changes_nothing(twice, change):
    hub, _ambon, _tual, at_ambon, at_tual, _ = twice
    if change == "ended":
        resolve_duplicate(hub.ctx, at_ambon[0], at_tual[0], same=True)
    calls = {"same_record": dict(key_a=at_ambon[0], key_b=at_ambon[0], same=True),
             "keep_outside": dict(key_a=at_ambon[1], key_b=at_tual[1], same=True, keep=at_ambon[2]),
             "keep_with_different": dict(key_a=at_ambon[1], key_b=at_tual[1], same=False, keep=at_ambon[1]),
             "ended": dict(key_a=at_tual[0], key_b=at_tual[1], same=True)}
    with hub.ctx.db.session() as session:
        before = len(session.scalars(select(DuplicateVerdict)).all())
    with pytest.raises(DuplicatesError):
        resolve_duplicate(hub.ctx, **calls[change])
    with hub.ctx.db.session() as session:
        assert len(session.scalars(select(DuplicateVerdict)).all()) == before
    assert _status(hub, at_tual[1]) == ("active", None) and _status(hub, at_ambon[1]) == ("active", None)


def test_a_clerk_may_not_resolve_and_an_office_has_no_pass(twice):
    hub, ambon, _tual, at_ambon, at_tual, _ = twice
    create_account(hub.ctx, NewAccount("petugas1", "sandi-petugas-1", "petugas"))
    clerk = open_context(hub.root, "petugas1", "sandi-petugas-1")
    try:
        with pytest.raises(AccessError):
            resolve_duplicate(clerk, at_ambon[0], at_tual[0], same=True)
        with pytest.raises(AccessError):
            possible_duplicates(clerk)
    finally:
        clerk.close()
    with pytest.raises(SyncError):
        possible_duplicates(ambon.ctx)


def _sheet(path, title) -> list[tuple]:
    return [tuple(row) for row in load_workbook(path, read_only=True)[title].iter_rows(values_only=True)]


def test_the_review_list_shows_likely_pairs_beside_the_exact_nik_pairs_and_the_verdicts(twice, tmp_path):
    hub, _ambon, _tual, at_ambon, at_tual, _ = twice
    out = tmp_path / "ganda.xlsx"
    write_duplicates_report(hub.ctx, out)
    sheets = load_workbook(out, read_only=True).sheetnames
    assert sheets[-2:] == ["Kemungkinan ganda", "Sudah diputuskan"]
    likely = [row for row in _sheet(out, "Kemungkinan ganda") if at_tual[0] in row]
    assert len(likely) == 1 and at_ambon[0] in likely[0]  # the same-NIK pair is on the exact list, not here
    assert any("NIK beda satu angka" in str(cell) for cell in likely[0])
    assert not [row for row in _sheet(out, "Kemungkinan ganda") if at_tual[1] in row]
    resolve_duplicate(hub.ctx, at_ambon[0], at_tual[0], same=False)
    write_duplicates_report(hub.ctx, out)
    assert not [row for row in _sheet(out, "Kemungkinan ganda") if at_tual[0] in row]
    decided = [row for row in _sheet(out, "Sudah diputuskan") if at_tual[0] in row]
    assert len(decided) == 1 and "Dua orang berbeda" in decided[0]
