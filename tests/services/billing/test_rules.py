"""The billing rule written twice (SQL over the register, Python for the few looked at again) gives one answer."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy import select, text
from sqlmodel import col

from pekerja_desktop.domain.months import month_bounds, months_from
from pekerja_desktop.services.billing.rules import (
    Rate,
    amount_sql,
    billed_conditions,
    facts_columns,
    facts_of,
    facts_sql,
    not_rejected_by_hub,
)
from pekerja_desktop.store.models import Participant, ParticipantStatus
from tests.support.billing import set_fields
from tests.support.hub import add_people

RATES = {"JKK": Rate("JKK", percent_bp=100, min_amount=10_000), "JKM": Rate("JKM", fixed_amount=6_800)}
STARTS = (dt.date(2026, 9, 1), dt.date(2026, 9, 30), dt.date(2026, 11, 15))
ENDS = (None, dt.date(2026, 9, 1), dt.date(2026, 10, 31), dt.date(2026, 12, 31))
STATUSES = (ParticipantStatus.ACTIVE.value, ParticipantStatus.ENDED.value, ParticipantStatus.DRAFT.value,
            ParticipantStatus.REJECTED.value)


def _varied_register(hub) -> None:
    variants = itertools.product(STARTS, ENDS, STATUSES, (True, False))
    for start, (begins, ends, status, kpj) in enumerate(variants):
        add_people(hub, 1, start=start, kpj=kpj, status=status, coverage_start=begins, coverage_end=ends,
                   income=1_000_000 + 700_000 * (start % 3), accepted=start % 5 == 0)
    with hub.db.write() as session:  # a few the hub's verdict rejected
        session.execute(text("UPDATE sync_hub_record SET status = 'rejected' WHERE registration_number IN "
                             "(SELECT registration_number FROM sync_hub_record ORDER BY uuid LIMIT 5)"))


def test_sql_and_python_bill_the_same_people_the_same_amounts(hub):
    _varied_register(hub)
    with hub.db.session() as session:
        people = [facts_of(row) for row in session.execute(select(*facts_columns()))]
        for month in months_from(dt.date(2026, 8, 1), dt.date(2027, 1, 1)):
            first, last = month_bounds(month)
            in_sql = dict((number, (jkk, jkm)) for number, jkk, jkm in session.execute(
                select(col(Participant.registration_number), amount_sql(RATES["JKK"]), amount_sql(RATES["JKM"]))
                .where(*billed_conditions(first, last), not_rejected_by_hub())))
            in_python = {p.registration_number: tuple(p.amounts(RATES).values()) for p in people
                         if p.billed_in(first, last)}
            assert in_sql == in_python, month
    assert any(p.rejected_by_hub for p in people) and 0 < len(in_python) < len(people)


def test_every_fact_the_rule_reads_changes_the_facts_text(hub):
    (number,) = add_people(hub, 1, accepted=True)
    changes = [{"kpj": "12345678901"}, {"coverage_start": dt.date(2026, 2, 1)},
               {"coverage_end": dt.date(2026, 12, 31)}, {"income": 2_000_000}, {"programmes": "JKM"},
               {"status": ParticipantStatus.ENDED.value}]
    seen = set()
    for change in changes:
        set_fields(hub, number, **change)
        with hub.db.session() as session:
            seen.add(session.scalar(select(facts_sql()).where(col(Participant.registration_number) == number)))
    with hub.db.write() as session:
        session.execute(text("UPDATE sync_hub_record SET status = 'rejected'"))
    with hub.db.session() as session:
        seen.add(session.scalar(select(facts_sql()).where(col(Participant.registration_number) == number)))
    assert len(seen) == len(changes) + 1
