"""The hub's verdicts on likely duplicates (migration 0015): a supervisor's word on a pair the possible-duplicates
pass found (services/duplicates/). "different" keeps the pair out of every later pass; "same" names the record
kept and the one whose participation the hub ended with reason `duplicate` (a hub decision, reaching its office
in the next ack).
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
