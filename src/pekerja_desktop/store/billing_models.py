"""(hub) Tables of the programme's money: closed monthly bills, what they assumed of each participant, and the
budget ceilings (pagu) per funding source and year.

- `closed_bill`: one row per closed month: who closed it and when, its totals, the figures it printed
  (`summary`, JSON: rates, lines per funding source × kabupaten/kota, correction lines) and the SHA-256 of its
  items (`digest`), so that the sealed copy in the data folder (services/billing/sealed.py) can be checked.
- `closed_bill_item`: the participants a closed bill charged: the month's own lines (`for_month` = `month`) and
  correction lines for earlier closed months (arrears positive, refunds negative), keyed by registration number,
  with the KPJ, funding source and kabupaten/kota they were billed under. On SQLite it is a `WITHOUT ROWID` table
  (migration 0017): a close writes its items once, in key order, and reads them back in that order.
- Both are append-only: triggers refuse every UPDATE and DELETE (migration 0012), so no command, service or stray
  statement can change a closed month.
- `bill_fact`: per participant, the facts the closed bills last billed it on (KPJ, coverage dates, income,
  status, the hub's rejection) as one text. A participant whose facts changed since is looked at again when the
  next month closes; the others cannot need a correction. It is a cache: losing it costs time, not money.
- `budget_ceiling`: the pagu of a funding source in a budget year, per tranche (APBD murni, APBD perubahan; the
  year's ceiling is their sum).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import BigInteger, Column
from sqlmodel import Field, SQLModel

from pekerja_desktop.store.models import utcnow


class Tranche(StrEnum):
    MURNI = "murni"  # the original budget (APBD murni)
    PERUBAHAN = "perubahan"  # the mid-year revision (APBD perubahan)


class ClosedBill(SQLModel, table=True):
    __tablename__ = "closed_bill"
    month: dt.date = Field(primary_key=True)  # the first day of the billed month
    closed_at: dt.datetime = Field(default_factory=utcnow)
    closed_by: str
    workers: int = 0  # participants billed for the month itself
    regular_total: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    correction_total: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    item_count: int = 0
    digest: str  # SHA-256 over the items in their canonical order
    summary: str  # JSON: the figures as printed


class ClosedBillItem(SQLModel, table=True):
    __tablename__ = "closed_bill_item"
    __table_args__ = {"sqlite_with_rowid": False}  # stored once, in key order (migration 0017)
    month: dt.date = Field(primary_key=True)  # the bill this line is on
    registration_number: str = Field(primary_key=True)
    for_month: dt.date = Field(primary_key=True)  # the month it pays for (earlier than `month`: a correction)
    kpj: str = ""
    funding_source: str = ""
    regency_code: str = ""
    jkk: int = 0  # rupiah; negative on a refund
    jkm: int = 0


class BillFact(SQLModel, table=True):
    """No foreign key: checking one for each of 500,000 rows written in index order reads the participant table
    at random; a row left by a deleted draft is harmless (a cache entry nobody asks for)."""
    __tablename__ = "bill_fact"
    participant_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    facts: str


class BudgetCeiling(SQLModel, table=True):
    __tablename__ = "budget_ceiling"
    year: int = Field(primary_key=True)
    funding_source: str = Field(primary_key=True)
    tranche: str = Field(primary_key=True)
    amount: int = Field(sa_column=Column(BigInteger, nullable=False))
    set_at: dt.datetime = Field(default_factory=utcnow)
    set_by: str
