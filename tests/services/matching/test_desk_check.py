"""The desk's duplicate check before saving (#12 item 2) among the office's own records: each look-up path finds
its planted match, a different person with a similar name does not warn, the record being edited never matches
itself, bad input never breaks the check, and "a different person" confirmed is remembered so the pair never warns
again — confirmable by the roles the setting allows."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlmodel import select

from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.edit_rights import set_petugas_confirmable
from pekerja_desktop.services.enrolment.enrol import assess, enrol, update_participant
from pekerja_desktop.services.enrolment.errors import EnrolmentError, WarningRightsError
from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.services.matching.desk_check import likely_duplicates
from pekerja_desktop.store.audit_chain import AuditEvent
from pekerja_desktop.store.duplicate_models import DifferentPair
from tests.conftest import make_participant

BASE_NIK = "8171014508850001"  # born 05/08/1985, a woman, serial 0001
LIKELY = "duplicate.likely"


def _enrol(ctx, **overrides) -> str:
    return enrol(ctx, make_participant(**overrides), final=True, confirmed={LIKELY}).registration_number


def _found(ctx, record, **keywords):
    with ctx.db.session() as session:
        return likely_duplicates(session, record, **keywords)


@pytest.fixture
def maria(ctx) -> str:
    return _enrol(ctx, kk_number="8171010101100001")


def test_a_nik_one_digit_off_is_found_by_its_near_variants(ctx, maria):
    (match,) = _found(ctx, make_participant(nik=BASE_NIK[:-1] + "7"))
    assert (match.registration_number, match.own) == (maria, True)
    assert match.reasons[:3] == ("nik_one_digit", "name_same", "birth_same") and match.score >= 0.99


def test_two_adjacent_digits_swapped_are_found(ctx, maria):
    (match,) = _found(ctx, make_participant(nik=BASE_NIK[:-2] + "10", full_name="Maria Latukonsina"))
    assert match.registration_number == maria and match.reasons[:2] == ("nik_swapped", "name_sounds_same")


def test_the_name_key_and_birth_date_find_another_nik_even_with_day_and_month_swapped(ctx, maria):
    other_nik = "8171014508853002"  # two digits apart, not side by side: not a near variant
    typed = make_participant(nik=other_nik, full_name="Marya Latuconsina", birth_date=dt.date(1985, 5, 8))
    (match,) = _found(ctx, typed)
    assert match.registration_number == maria and "birth_swapped" in match.reasons
    assert "name_sounds_same" in match.reasons


def test_the_kk_number_finds_a_record_whose_nik_and_birth_date_were_mistyped(ctx, maria):
    typed = make_participant(nik="8171014508860093", birth_date=dt.date(1986, 8, 5), kk_number="8171010101100001")
    (match,) = _found(ctx, typed)
    assert match.registration_number == maria and "kk_same" in match.reasons


def test_a_different_person_with_a_similar_name_does_not_warn(ctx, maria):
    brother = make_participant(nik="8171010202800003", full_name="Mario Latuconsina", sex="L",
                               birth_date=dt.date(1980, 2, 2), kk_number="8171010101100001", mother_name="Ona")
    assert _found(ctx, brother) == []
    with ctx.db.session() as session:
        assert LIKELY not in {f.code for f in assess(session, ctx.reference, brother, final=True).findings}


def test_the_record_being_edited_never_matches_itself(ctx, maria):
    with ctx.db.session() as session:
        own = find_participant(session, maria)
        assert likely_duplicates(session, make_participant(kk_number="8171010101100001"), exclude_id=own.id,
                                 own_number=maria) == []


@pytest.mark.parametrize("change", [dict(birth_date=None), dict(nik="817101450885001"), dict(full_name=""),
                                    dict(nik="", full_name="", birth_date=None, sex=None, kk_number="")])
def test_bad_input_never_breaks_the_check(ctx, maria, change):
    typed = make_participant(**change)
    found = _found(ctx, typed)
    assert all(match.registration_number == maria for match in found)
    with ctx.db.session() as session:
        assess(session, ctx.reference, typed, final=True)  # the form's check, whatever is typed


def test_saving_needs_the_warning_confirmed_then_remembers_the_pair_with_an_audit_line(ctx, maria):
    typed = make_participant(nik=BASE_NIK[:-1] + "7")
    with pytest.raises(EnrolmentError) as refused:
        enrol(ctx, typed, final=True)
    assert [f.code for f in refused.value.findings] == [LIKELY]
    assert maria in refused.value.message() and "NIK beda satu angka" in refused.value.message()
    second = enrol(ctx, typed, final=True, confirmed={LIKELY}).registration_number
    with ctx.db.session() as session:
        (pair,) = session.scalars(select(DifferentPair)).all()
        assert (pair.registration_a, pair.registration_b, pair.origin, pair.sent) == (maria, second, "desk", False)
        events = [e for e in session.scalars(select(AuditEvent)) if e.action == "duplicate.different"]
        assert [e.subject for e in events] == [f"{maria} {second}"]
        record = find_participant(session, second)
        assert assess(session, ctx.reference, typed, final=True, exclude_id=record.id).warnings == []
    update_participant(ctx, second, dataclasses.replace(typed, phone="0812-1111-2222"), expected_version=1,
                       final=True)  # the pair never warns again


def test_a_petugas_may_confirm_only_when_the_setting_allows(ctx, data_dir, maria):
    create_account(ctx, NewAccount("petugas1", "sandi-petugas-1", "petugas"))
    clerk = open_context(data_dir, "petugas1", "sandi-petugas-1")
    typed = make_participant(nik=BASE_NIK[:-1] + "7")
    try:
        with pytest.raises(WarningRightsError):
            enrol(clerk, typed, final=True, confirmed={LIKELY})
        set_petugas_confirmable(ctx, ["heir.missing", LIKELY])
        assert enrol(clerk, typed, final=True, confirmed={LIKELY}).status == "active"
    finally:
        clerk.close()
    with ctx.db.session() as session:
        assert len(session.scalars(select(DifferentPair)).all()) == 1


def test_a_whole_list_at_once_finds_what_the_form_finds_through_name_birth_date_and_kk(ctx, maria):
    from pekerja_desktop.services.matching.desk_bulk import likely_duplicates_many

    respelt = make_participant(nik=BASE_NIK[:-1] + "7", full_name="Marya Latuconsina")
    swapped = make_participant(nik="8171014508853002", birth_date=dt.date(1985, 5, 8))
    by_kk = make_participant(nik="8171014508860093", birth_date=dt.date(1986, 8, 5), kk_number="8171010101100001")
    brother = make_participant(nik="8171010202800003", full_name="Mario Latuconsina", sex="L",
                               birth_date=dt.date(1980, 2, 2), kk_number="8171010101100001", mother_name="Ona")
    with ctx.db.session() as session:
        found = likely_duplicates_many(session, [respelt, swapped, by_kk, brother, make_participant(birth_date=None)])
    assert [[m.registration_number for m in matches] for matches in found] == [[maria], [maria], [maria], [], []]
    assert found[0][0].reasons[:2] == ("nik_one_digit", "name_sounds_same")
