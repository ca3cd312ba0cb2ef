"""Tables of the programme year's lifecycle (migration 0011): the hub's decisions on records it holds for an
office, renewal answers and benefit claims.

- `hub_decision`: an end, a reactivation or a transfer decided at the hub on a record another office owns. At the
  hub, `serial` (the verdicts' `state_serial`) says which hub bundles carry it: every ack or reference bundle to the
  offices concerned until they report having applied one. The same row is kept at the office that applied it
  (`applied_at`), so a decision is applied once, however often it arrives.
- `renewal_answer`: one participant's re-verification for a budget year (three ticks, the outcome, who answered).
- `benefit_claim`: a JKM or JKK claim made by the heirs or the worker at BPJS, recorded by the owning office; it
  travels inside the participant's bundle line (services/sync/bundle/records.py).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from pekerja_desktop.store.models import utcnow


class DecisionKind(StrEnum):
    END = "end"
    REACTIVATE = "reactivate"
    TRANSFER = "transfer"


class ClaimKind(StrEnum):
    JKM = "jkm"  # death
    JKK = "jkk"  # work accident


class HubDecision(SQLModel, table=True):
    __tablename__ = "hub_decision"
    uuid: str = Field(primary_key=True, max_length=32)
    participant_uuid: str = Field(index=True, max_length=32)
    registration_number: str
    kind: str
    from_office: str = Field(index=True, max_length=10)  # the office that owned the record when decided
    to_office: str = Field(default="", index=True, max_length=10)  # a transfer's receiving office
    coverage_end: dt.date | None = None
    end_reason: str | None = Field(default=None, max_length=20)
    end_note: str = ""
    reason: str = ""  # a reactivation's or a transfer's reason, in words
    card_version: int = 0  # a transfer: the last card version printed, which the receiving office continues from
    decided_at: dt.datetime = Field(default_factory=utcnow)
    decided_by: str
    serial: int = Field(default=0, index=True)  # (hub) the state serial it was made at
    applied_at: dt.datetime | None = None  # (office) when it was applied here


class RenewalAnswer(SQLModel, table=True):
    __tablename__ = "renewal_answer"
    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True))
    year: int = Field(primary_key=True)
    still_living_here: bool
    still_informal: bool
    under_age_limit: bool
    outcome: str  # continue | end
    end_reason: str | None = Field(default=None, max_length=20)
    end_date: dt.date | None = None
    answered_by: str
    answered_at: dt.datetime = Field(default_factory=utcnow)
    source: str = "window"  # window, or the answers file's name


class BenefitClaim(SQLModel, table=True):
    __tablename__ = "benefit_claim"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True, max_length=32)
    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("participant.id", ondelete="CASCADE"), nullable=False, index=True))
    kind: str = Field(max_length=3)
    submitted_on: dt.date
    paid_on: dt.date | None = None
    amount: int | None = None  # rupiah paid
    note: str = ""
    recorded_by: str
    recorded_at: dt.datetime = Field(default_factory=utcnow)
