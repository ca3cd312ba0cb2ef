"""The hub's verdicts on likely duplicates (migration 0015): a supervisor's word on a pair the possible-duplicates
pass found (services/duplicates/). "different" keeps the pair out of every later pass; "same" names the record
kept and the one whose participation the hub ended with reason `duplicate` (a hub decision, reaching its office
in the next ack).

`different_pair` (migration 0016), at offices and at the hub: two registration numbers judged different persons —
at a desk ("this is a different person", origin `desk`, sent to the hub in the next data bundle) or by the hub's
`resolve-duplicate --different` (origin `hub`, reaching the offices concerned in acks). The desk's duplicate check
never warns of a pair it holds.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from pekerja_desktop.store.models import utcnow


class PairVerdict(StrEnum):
    SAME = "same"
    DIFFERENT = "different"


class DuplicateVerdict(SQLModel, table=True):
    __tablename__ = "duplicate_verdict"
    __table_args__ = (UniqueConstraint("uuid_a", "uuid_b"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid_a: str = Field(max_length=32)  # the two records, uuid_a < uuid_b
    uuid_b: str = Field(max_length=32)
    registration_a: str
    registration_b: str
    verdict: str = Field(max_length=10)  # PairVerdict
    score: float = 0.0  # the likeness when decided
    reasons: str = ""  # its reason codes, comma-separated
    kept: str = ""  # (same) the registration number kept
    ended: str = ""  # (same) the registration number whose participation ended with reason duplicate
    note: str = ""
    decided_by: str
    decided_at: dt.datetime = Field(default_factory=utcnow)


class PairOrigin(StrEnum):
    DESK = "desk"
    HUB = "hub"


class DifferentPair(SQLModel, table=True):
    __tablename__ = "different_pair"
    registration_a: str = Field(primary_key=True, max_length=32)  # registration_a < registration_b
    registration_b: str = Field(primary_key=True, max_length=32)
    origin: str = Field(max_length=10)  # PairOrigin
    office_code: str = Field(max_length=10)  # the desk that judged it (the hub's code for a hub verdict)
    decided_by: str
    decided_at: dt.datetime = Field(default_factory=utcnow)
    sent: bool = False  # (desk) carried to the hub by a data bundle
