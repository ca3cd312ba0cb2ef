"""Closed bills: a month frozen for good, months closed in order, and every later change to a closed month on the
next bill as a correction — checked against hand calculations (at the minimum, Rp16.800 a worker a month:
JKK Rp10.000 + JKM Rp6.800)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import func, select, text

from pekerja_desktop.services.billing.bill import billing_for_month, write_billing_report
from pekerja_desktop.services.billing.compute import compute_billing
from pekerja_desktop.services.billing.errors import BillingError
from pekerja_desktop.services.billing.freeze import freeze_month
from pekerja_desktop.store.billing_models import ClosedBill, ClosedBillItem
from tests.support.billing import close, end_participation, give_kpj, reactivate, set_fields
from tests.support.hub import add_people

MONTH = 16_800
SEP, OCT, NOV, DEC = (dt.date(2026, m, 1) for m in (9, 10, 11, 12))


def _items(hub, month: dt.date) -> list[tuple]:
    with hub.db.session() as session:
        return [tuple(row) for row in session.execute(
            select(ClosedBillItem.registration_number, ClosedBillItem.for_month, ClosedBillItem.jkk,
                   ClosedBillItem.jkm).where(ClosedBillItem.month == month)
            .order_by(ClosedBillItem.registration_number, ClosedBillItem.for_month))]


def _corrections(billing) -> dict[dt.date, int]:
    found: dict[dt.date, int] = {}
    for line in billing.corrections:
        found[line.for_month] = found.get(line.for_month, 0) + line.total
    return found


def test_a_closed_month_keeps_its_participants_and_figures_forever(hub, tmp_path):
    first = add_people(hub, 3)
    bill = close(hub, "2026-11", tmp_path)
    assert (bill.workers, bill.total, bill.corrections) == (3, 3 * MONTH, [])
    assert [(n, f) for n, f, *_ in _items(hub, NOV)] == [(n, NOV) for n in sorted(first)]
    add_people(hub, 2, start=10)  # enrolled later with a coverage start in January: not on November's bill
    with hub.db.session() as session:
        assert compute_billing(session, NOV).workers == 5
        again = billing_for_month(session, NOV)
    assert (again.workers, again.total, again.closed_by) == (3, 3 * MONTH, "admin")
    printed = write_billing_report(hub, NOV, tmp_path / "again.xlsx")
    assert printed.total == 3 * MONTH and printed.closed_at is not None
    assert (tmp_path / "tagihan-2026-11.pdf").read_bytes().startswith(b"%PDF")


def test_closing_a_month_twice_or_out_of_order_is_refused_and_changes_nothing(hub, tmp_path):
    add_people(hub, 2)
    close(hub, "2026-11", tmp_path)
    for month, code in (("2026-11", "close.already"), ("2026-10", "close.before_last"), ("2027-01", "close.gap")):
        with pytest.raises(BillingError) as refused:
            close(hub, month, tmp_path)
        assert refused.value.code == code
    with hub.db.session() as session:
        assert session.scalar(select(func.count()).select_from(ClosedBill)) == 1
        assert session.scalar(select(func.count()).select_from(ClosedBillItem)) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hub", "tagihan-2026-11.pdf"]
    assert close(hub, "2026-12", tmp_path).total == 2 * MONTH


def test_no_command_or_statement_can_change_a_closed_bill(hub, tmp_path):
    add_people(hub, 2)
    close(hub, "2026-11", tmp_path)
    before = _items(hub, NOV)
    for statement in ("UPDATE closed_bill_item SET jkk = 0", "DELETE FROM closed_bill_item",
                      "UPDATE closed_bill SET regular_total = 1", "DELETE FROM closed_bill"):
        with pytest.raises(Exception, match="closed bill cannot be changed"), hub.db.write() as session:
            session.execute(text(statement))
    with pytest.raises(BillingError), hub.db.write() as session:  # the service itself, called directly
        freeze_month(session, NOV, "admin")
    assert _items(hub, NOV) == before


def test_a_late_kpj_is_billed_as_arrears_for_the_closed_months(hub, tmp_path):
    add_people(hub, 2, coverage_start=SEP)
    (late,) = add_people(hub, 1, start=10, kpj=False, coverage_start=SEP)
    assert close(hub, "2026-09", tmp_path).total == 2 * MONTH
    assert close(hub, "2026-10", tmp_path).total == 2 * MONTH
    give_kpj(hub, late, "12345678901")
    november = close(hub, "2026-11", tmp_path)
    # by hand: November 3 workers; September and October one worker each in arrears
    assert november.workers == 3 and november.regular_total == 3 * MONTH
    assert _corrections(november) == {SEP: MONTH, OCT: MONTH}
    assert november.total == 5 * MONTH
    assert [(n, f) for n, f, *_ in _items(hub, NOV) if n == late] == [(late, SEP), (late, OCT), (late, NOV)]
    assert close(hub, "2026-12", tmp_path).total == 3 * MONTH  # settled: nothing twice


def test_a_back_dated_end_is_refunded_and_the_month_it_ends_stays_billed(hub, tmp_path):
    died, _ = add_people(hub, 2, coverage_start=SEP)
    for month in ("2026-09", "2026-10", "2026-11"):
        assert close(hub, month, tmp_path).total == 2 * MONTH
    end_participation(hub, died, dt.date(2026, 9, 20))  # recorded in December, back-dated into September
    december = close(hub, "2026-12", tmp_path)
    assert december.workers == 1 and december.regular_total == MONTH
    assert _corrections(december) == {OCT: -MONTH, NOV: -MONTH}  # September: coverage ran into it, billed
    assert december.total == -MONTH
    assert close(hub, "2027-01", tmp_path).total == MONTH


def test_an_end_within_the_month_is_billed_for_that_month_only(hub, tmp_path):
    leaving, _ = add_people(hub, 2, coverage_start=SEP)
    end_participation(hub, leaving, dt.date(2026, 9, 15), reason="moved")
    assert close(hub, "2026-09", tmp_path).workers == 2
    assert close(hub, "2026-10", tmp_path).workers == 1


def test_a_transfer_is_billed_once_under_its_new_regency(hub, tmp_path):
    (moving,) = add_people(hub, 1, coverage_start=SEP)
    close(hub, "2026-09", tmp_path)
    set_fields(hub, moving, office_code="8172A", village_code="81.72.01.1001")
    october = close(hub, "2026-10", tmp_path)
    assert [(line.regency_code, line.workers) for line in october.lines] == [("81.72", 1)]
    assert october.total == MONTH and october.corrections == []


def test_a_reactivation_after_a_refund_bills_the_months_again(hub, tmp_path):
    (mistaken,) = add_people(hub, 1, coverage_start=SEP)
    close(hub, "2026-09", tmp_path)
    close(hub, "2026-10", tmp_path)
    end_participation(hub, mistaken, dt.date(2026, 9, 30), reason="withdrew")
    assert _corrections(close(hub, "2026-11", tmp_path)) == {OCT: -MONTH}
    reactivate(hub, mistaken)
    december = close(hub, "2026-12", tmp_path)
    assert _corrections(december) == {OCT: MONTH, NOV: MONTH}
    assert december.total == 3 * MONTH


def test_a_record_rejected_by_the_hub_after_billing_is_refunded(hub, tmp_path):
    (refused,) = add_people(hub, 1, coverage_start=SEP, accepted=True)
    close(hub, "2026-09", tmp_path)
    with hub.db.write() as session:
        session.execute(text("UPDATE sync_hub_record SET status = 'rejected' WHERE registration_number = :n"),
                        {"n": refused})
    october = close(hub, "2026-10", tmp_path)
    assert (october.workers, _corrections(october)) == (0, {SEP: -MONTH})


def test_a_record_rejected_at_the_first_close_and_accepted_later_is_billed_its_arrears(hub, tmp_path):
    (doubted,) = add_people(hub, 1, coverage_start=SEP, accepted=True)
    add_people(hub, 1, start=10, coverage_start=SEP)
    verdict = "UPDATE sync_hub_record SET status = :status WHERE registration_number = :n"
    with hub.db.write() as session:
        session.execute(text(verdict), {"status": "rejected", "n": doubted})
    assert close(hub, "2026-09", tmp_path).workers == 1  # the rejected record gets facts, billed nothing
    assert _corrections(close(hub, "2026-10", tmp_path)) == {}
    with hub.db.write() as session:
        session.execute(text(verdict), {"status": "accepted", "n": doubted})
    november = close(hub, "2026-11", tmp_path)
    assert (november.workers, _corrections(november)) == (2, {SEP: MONTH, OCT: MONTH})


def test_a_higher_income_corrects_the_work_accident_part_only(hub, tmp_path):
    (richer,) = add_people(hub, 1, coverage_start=SEP)
    close(hub, "2026-09", tmp_path)
    set_fields(hub, richer, income=2_500_000)  # JKK 1 % = Rp25.000 instead of the Rp10.000 floor
    october = close(hub, "2026-10", tmp_path)
    (line,) = october.corrections
    assert line.amounts == {"JKK": 15_000, "JKM": 0} and october.regular_total == 25_000 + 6_800


def test_the_next_open_bill_shows_the_corrections_its_close_will_carry(hub, tmp_path):
    add_people(hub, 1, coverage_start=SEP)
    (late,) = add_people(hub, 1, start=10, kpj=False, coverage_start=SEP)
    close(hub, "2026-09", tmp_path)
    give_kpj(hub, late, "12345678901")
    with hub.db.session() as session:
        preview = billing_for_month(session, OCT)
        later = billing_for_month(session, NOV)
    assert preview.closed_at is None and _corrections(preview) == {SEP: MONTH}
    assert later.corrections == []
    closed = close(hub, "2026-10", tmp_path)
    assert (closed.total, _corrections(closed)) == (preview.total, _corrections(preview))


def test_the_sum_of_closed_bills_is_the_participant_months_of_coverage_times_the_rate(hub, tmp_path):
    """Across a late KPJ, a back-dated end, an end within a month and a transfer: what was paid in the end."""
    steady, died, moved, transferred = add_people(hub, 4, coverage_start=SEP)
    (late,) = add_people(hub, 1, start=10, kpj=False, coverage_start=OCT)
    close(hub, "2026-09", tmp_path)
    end_participation(hub, moved, dt.date(2026, 10, 10), reason="moved")
    close(hub, "2026-10", tmp_path)
    give_kpj(hub, late, "12345678901")
    set_fields(hub, transferred, office_code="8101A", village_code="81.01.01.2001")
    close(hub, "2026-11", tmp_path)
    end_participation(hub, died, dt.date(2026, 9, 30))
    close(hub, "2026-12", tmp_path)
    with hub.db.session() as session:
        paid = session.scalar(select(func.sum(ClosedBillItem.jkk + ClosedBillItem.jkm)))
    months = {steady: 4, died: 1, moved: 2, transferred: 4, late: 3}  # September to December
    assert paid == sum(months.values()) * MONTH


def test_arrears_and_refunds_stand_on_lines_of_their_own(hub, tmp_path):
    (died,) = add_people(hub, 1, coverage_start=SEP)
    (late,) = add_people(hub, 1, start=10, kpj=False, coverage_start=SEP)
    close(hub, "2026-09", tmp_path)
    close(hub, "2026-10", tmp_path)
    give_kpj(hub, late, "12345678901")
    end_participation(hub, died, dt.date(2026, 9, 20))
    november = close(hub, "2026-11", tmp_path)
    assert [(line.for_month, line.workers, line.total) for line in november.corrections] == [
        (SEP, 1, MONTH), (OCT, 1, MONTH), (OCT, 1, -MONTH)]  # October's arrears and refund do not cancel out
    assert november.total == 2 * MONTH


def test_a_closed_bill_prints_the_sums_of_its_items_and_seals_them_in_their_canonical_form(hub, tmp_path):
    """The figures come from the register and the digest from the items read back: both must describe the same
    items, and the digest keeps the form bills were sealed with before (one tab-separated line per item, ordered
    by registration number and month paid for), so that those still verify."""
    add_people(hub, 3, coverage_start=SEP)
    add_people(hub, 2, start=10, coverage_start=SEP, village_code="81.01.01.2001", income=2_500_000)
    add_people(hub, 2, start=20, coverage_start=SEP, funding_source="APBD_KAB")
    (late,) = add_people(hub, 1, start=30, kpj=False, coverage_start=SEP)
    close(hub, "2026-09", tmp_path)
    give_kpj(hub, late, "12345678901")
    close(hub, "2026-10", tmp_path)
    for month in (SEP, OCT):
        with hub.db.session() as session:
            row = session.get(ClosedBill, month)
            items = session.execute(
                select(ClosedBillItem.registration_number, ClosedBillItem.for_month, ClosedBillItem.kpj,
                       ClosedBillItem.funding_source, ClosedBillItem.regency_code, ClosedBillItem.jkk,
                       ClosedBillItem.jkm).where(ClosedBillItem.month == month)
                .order_by(ClosedBillItem.registration_number, ClosedBillItem.for_month)).all()
            billing = billing_for_month(session, month)
        canonical = "".join(f"{n}\t{f:%Y-%m-%d}\t{k}\t{s}\t{r}\t{jkk}\t{jkm}\n" for n, f, k, s, r, jkk, jkm in items)
        assert (row.digest, row.item_count) == (hashlib.sha256(canonical.encode()).hexdigest(), len(items))
        sums: dict[tuple[str, str], list[int]] = {}
        for _, for_month, _, funding, regency, jkk, jkm in items:
            if for_month == month:
                entry = sums.setdefault((funding, regency), [0, 0, 0])
                entry[0], entry[1], entry[2] = entry[0] + 1, entry[1] + jkk, entry[2] + jkm
        printed = {(line.funding_source, line.regency_code): [line.workers, line.amounts["JKK"], line.amounts["JKM"]]
                   for line in billing.lines}
        assert printed == sums and len(printed) == 3
    assert _corrections(billing) == {SEP: MONTH}
