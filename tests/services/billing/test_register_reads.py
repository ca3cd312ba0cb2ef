"""Closing a month on SQLite reads the register on a second connection beside its writes (register_reads.py): the
bill is the one read in turn in the close's own transaction, and a failure of the reads leaves the month open."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from pekerja_desktop.services.billing import register_reads
from pekerja_desktop.services.billing.closed import closed_months
from pekerja_desktop.services.billing.freeze import freeze_month
from pekerja_desktop.store.billing_models import BillFact, ClosedBill, ClosedBillItem
from tests.support.billing import close, end_participation, give_kpj
from tests.support.hub import add_people

NOV, DEC = dt.date(2026, 11, 1), dt.date(2026, 12, 1)


def _frozen(hub, month: dt.date, open_reader):
    """A close's figures, corrections and facts, rolled back (so both ways can freeze the same month)."""
    with hub.db.session() as session, session.begin():
        frozen = freeze_month(session, month, "admin", open_reader=open_reader)
        facts = session.execute(select(BillFact.participant_id, BillFact.facts).order_by(BillFact.participant_id))
        result = (frozen.billing.lines, frozen.billing.corrections, frozen.row.digest, frozen.items_text, facts.all())
        session.rollback()
    return result


def test_a_first_close_beside_gives_the_bill_and_facts_read_in_turn(hub):
    numbers = add_people(hub, 5)
    give_kpj(hub, numbers[0], "")  # not registered at BPJS yet: neither billed nor given facts
    beside, in_turn = _frozen(hub, NOV, hub.db.session), _frozen(hub, NOV, None)
    assert beside == in_turn
    assert [line.workers for line in beside[0]] == [4] and len(beside[4]) == 4


def test_the_reads_beside_the_close_give_the_bill_read_in_turn(hub, tmp_path):
    numbers = add_people(hub, 6)
    close(hub, "2026-11", tmp_path)
    end_participation(hub, numbers[0], dt.date(2026, 10, 31))  # back-dated into the closed month: a refund
    give_kpj(hub, numbers[1], "22000000001")
    beside, in_turn = _frozen(hub, DEC, hub.db.session), _frozen(hub, DEC, None)
    assert beside == in_turn
    assert beside[1] and beside[1][0].total < 0  # the refund is on it


def test_a_failure_of_the_reads_leaves_the_month_open_and_no_file(hub, tmp_path, monkeypatch):
    add_people(hub, 3)

    def broken(*_args):
        raise RuntimeError("the register could not be read")

    monkeypatch.setattr(register_reads, "month_sums", broken)
    with pytest.raises(RuntimeError, match="the register could not be read"):
        close(hub, "2026-11", tmp_path)
    with hub.db.session() as session:
        assert closed_months(session) == []
        assert session.scalar(select(func.count()).select_from(ClosedBill)) == 0
        assert session.scalar(select(func.count()).select_from(ClosedBillItem)) == 0
        assert session.scalar(select(func.count()).select_from(BillFact)) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hub"]
    monkeypatch.undo()
    assert close(hub, "2026-11", tmp_path).workers == 3
