"""Ending and reactivating a participation at the office that owns it: the record's fields, history, version and
audit, and every bad input refused with nothing changed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from pekerja_desktop.errors import AccessError
from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.enrolment.participants import find_participant, history_of
from pekerja_desktop.services.lifecycle.end import end_participation, reactivate_participation
from pekerja_desktop.services.lifecycle.errors import LifecycleError
from pekerja_desktop.store.account_models import AuditEvent

TODAY = dt.date(2027, 3, 20)


def _record(ctx, number):
    with ctx.db.session() as session:
        participant = find_participant(session, number)
        session.expunge(participant)
        return participant


def _history(ctx, number) -> dict[str, tuple]:
    with ctx.db.session() as session:
        participant = find_participant(session, number)
        return {h.field: (h.old_value, h.new_value, h.by) for h in history_of(session, participant.id)}


def _actions(ctx) -> list[str]:
    with ctx.db.session() as session:
        return list(session.scalars(select(AuditEvent.action)))


@pytest.fixture
def number(ctx, participant_factory):
    return enrol(ctx, participant_factory(coverage_start=dt.date(2026, 11, 1)), final=True).registration_number


def test_an_end_sets_the_last_covered_day_the_reason_and_the_status(ctx, number):
    outcome = end_participation(ctx, number, "died", dt.date(2027, 3, 14), "akta kematian no. 12", today=TODAY)
    assert (outcome.status, outcome.coverage_end, outcome.end_reason, outcome.version) == (
        "ended", dt.date(2027, 3, 14), "died", 2)
    participant = _record(ctx, number)
    assert (participant.status, participant.end_note) == ("ended", "akta kematian no. 12")
    history = _history(ctx, number)
    assert history["status"][:2] == ("active", "ended")
    assert history["coverage_end"][:2] == (None, "2027-03-14")
    assert history["end_reason"][:2] == (None, "died")
    assert "participant.end" in _actions(ctx)
    assert not outcome.decided_at_hub


def test_a_reactivation_clears_the_three_fields_and_records_why(ctx, number):
    end_participation(ctx, number, "moved", dt.date(2027, 2, 28), today=TODAY)
    outcome = reactivate_participation(ctx, number, "salah orang: yang pindah adalah kakaknya")
    participant = _record(ctx, number)
    assert (participant.status, participant.coverage_end, participant.end_reason, participant.end_note) == (
        "active", None, None, "")
    assert outcome.version == 3
    assert _history(ctx, number)["reactivation"][1] == "salah orang: yang pindah adalah kakaknya"
    assert "participant.reactivate" in _actions(ctx)


@pytest.mark.parametrize("reason,end,code", [
    ("dead", dt.date(2027, 3, 1), "end.bad_reason"),
    ("died", dt.date(2026, 10, 31), "end.before_start"),
    ("died", dt.date(2028, 1, 1), "end.after_budget_year"),
])
def test_bad_ends_are_refused_and_change_nothing(ctx, number, reason, end, code):
    with pytest.raises(LifecycleError) as caught:
        end_participation(ctx, number, reason, end, today=TODAY)
    assert caught.value.code == code
    participant = _record(ctx, number)
    assert (participant.status, participant.coverage_end, participant.version) == ("active", None, 1)
    assert "participant.end" not in _actions(ctx)


def test_the_message_of_a_date_before_the_start_names_both_dates(ctx, number):
    with pytest.raises(LifecycleError) as caught:
        end_participation(ctx, number, "died", dt.date(2026, 10, 31), today=TODAY)
    assert caught.value.message("id") == ("Tanggal berakhir 31/10/2026 sebelum kepesertaan "
                                          f"{number} dimulai (01/11/2026).")


def test_an_ended_participation_is_not_ended_twice_and_an_active_one_not_reactivated(ctx, number):
    with pytest.raises(LifecycleError, match=r"not ended|tidak berakhir"):
        reactivate_participation(ctx, number, "coba")
    end_participation(ctx, number, "withdrew", dt.date(2027, 1, 31), today=TODAY)
    with pytest.raises(LifecycleError) as caught:
        end_participation(ctx, number, "died", dt.date(2027, 2, 1), today=TODAY)
    assert caught.value.code == "end.already_ended" and "31/01/2027" in caught.value.message()
    with pytest.raises(LifecycleError) as caught:
        reactivate_participation(ctx, number, "   ")
    assert caught.value.code == "reactivate.reason_required"
    assert _record(ctx, number).version == 2


def test_a_draft_is_not_ended(ctx, participant_factory):
    draft = enrol(ctx, participant_factory(nik="8171014508850002"), final=False).registration_number
    with pytest.raises(LifecycleError) as caught:
        end_participation(ctx, draft, "withdrew", dt.date(2027, 1, 31), today=TODAY)
    assert caught.value.code == "end.draft"


def test_a_petugas_may_not_end_a_participation(ctx, data_dir, number):
    create_account(ctx, NewAccount("budi", "sandi-petugas-1", "petugas"))
    with open_context(data_dir, "budi", "sandi-petugas-1") as clerk, pytest.raises(AccessError):
        end_participation(clerk, number, "died", dt.date(2027, 3, 1), today=TODAY)
    assert _record(ctx, number).status == "active"
