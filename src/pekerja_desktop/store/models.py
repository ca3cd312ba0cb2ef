"""SQLModel tables of the office, its reference data, participants and intake batches. Every change to a table
goes through an alembic migration (store/migrations).

Accounts and the audit trail, cards, the hub and sync keep their tables in modules of their own, which import
this one; the migrations' environment imports them all.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Protocol

from sqlalchemy import Column, ForeignKey, Index, Integer, Table, UniqueConstraint, inspect
from sqlmodel import Field, SQLModel


class ParticipantStatus(StrEnum):
    DRAFT = "draft"  # being captured; may be incomplete
    ACTIVE = "active"  # enrolment finished at the office
    REJECTED = "rejected"  # refused by the central office, back for correction
    ENDED = "ended"  # membership ended
    TRANSFERRED = "transferred"  # (field office) handed to another office by the hub; never sent again from here


class OfficeRole(StrEnum):
    FIELD = "field"
    HUB = "hub"


def utcnow() -> dt.datetime:
    """Timestamps are stored in UTC, timezone-aware; screens show them in local time (WIT in Maluku)."""
    return dt.datetime.now(dt.UTC)


class _Keyed(Protocol):
    id: int | None


def saved_id(row: _Keyed) -> int:
    """The primary key of a row read from the database or flushed to it (None only before its first flush)."""
    if row.id is None:
        raise ValueError(f"{type(row).__name__} has no id before it is flushed")
    return row.id


def table_of(model: type[SQLModel]) -> Table:
    """The Core table of a table model, for bulk statements and plain-row selects (SQLModel declares no
    `__table__` to type checkers)."""
    table = inspect(model).local_table
    assert isinstance(table, Table)
    return table


class Office(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=10)
    name: str
    region_code: str
    role: str = OfficeRole.FIELD.value
    public_key: str  # Ed25519 raw public key, hex
    is_self: bool = False
    created_at: dt.datetime = Field(default_factory=utcnow)


class Setting(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value: str  # JSON


class Region(SQLModel, table=True):
    code: str = Field(primary_key=True)
    name: str
    level: str
    parent_code: str | None = Field(default=None, index=True)


class Occupation(SQLModel, table=True):
    code: str = Field(primary_key=True)
    name_id: str
    name_en: str
    active: bool = True
    sort_order: int = 0


class FundingSource(SQLModel, table=True):
    __tablename__ = "funding_source"
    code: str = Field(primary_key=True)
    name_id: str
    name_en: str
    active: bool = True


class HeirRelationship(SQLModel, table=True):
    __tablename__ = "heir_relationship"
    code: str = Field(primary_key=True)
    name_id: str
    name_en: str


class ContributionRate(SQLModel, table=True):
    __tablename__ = "contribution_rate"
    id: int | None = Field(default=None, primary_key=True)
    programme: str = Field(index=True)
    valid_from: dt.date
    valid_to: dt.date | None = None
    percent_bp: int = 0  # basis points of the reported income (100 = 1 %)
    fixed_amount: int = 0  # rupiah
    min_amount: int = 0  # rupiah
    note: str = ""


class RegistrationCounter(SQLModel, table=True):
    __tablename__ = "registration_counter"
    office_code: str = Field(primary_key=True)
    year: int = Field(primary_key=True)
    last_serial: int = 0


class ParticipantBase(SQLModel):
    nik: str = Field(index=True, max_length=16)
    full_name: str = Field(index=True)
    birth_place: str = ""
    birth_date: dt.date | None = None
    sex: str | None = Field(default=None, max_length=1)
    mother_name: str | None = None
    address: str = ""
    rt_rw: str = ""
    village_code: str = Field(default="", index=True)
    phone: str | None = None
    occupation: str = Field(default="", index=True)
    income: int = 1_000_000
    programmes: str = "JKK,JKM"
    funding_source: str = ""
    coverage_start: dt.date | None = None
    coverage_end: dt.date | None = None
    # why coverage ended (domain.lifecycle.EndReason): died, moved, wage-earner, age-limit, withdrew, duplicate,
    # not-eligible; coverage_end is the last covered day
    end_reason: str | None = Field(default=None, max_length=20)
    end_note: str = ""
    consent_given: bool = False
    consent_at: dt.datetime | None = None
    consent_by: str | None = None
    confirmed_warnings: str = ""  # comma-separated finding codes the operator confirmed
    status: str = Field(default=ParticipantStatus.DRAFT.value, index=True)
    kpj: str | None = Field(default=None, max_length=11)
    # village lists (migration 0010): the household's KK number and the Dukcapil occupation the KTP states
    kk_number: str = Field(default="", max_length=16, index=True)
    ktp_occupation: int | None = None


class Participant(ParticipantBase, table=True):
    __table_args__ = (  # the dashboard's counts (migration 0007, services/dashboard/counts.py)
        Index("ix_participant_dashboard", "status", "village_code", "occupation", "sex", "office_code"),
        Index("ix_participant_status_birth_date", "status", "birth_date"),
        Index("ix_participant_status_created_at", "status", "created_at"),
        Index("ix_participant_billing", "status", "funding_source", "village_code", "income", "programmes",
              "coverage_start", "coverage_end", "kpj", "registration_number", "uuid"),  # the monthly bill and
        # its closing, read from this index alone (migrations 0008 and 0012, services/billing/)
        Index("ix_participant_register", "village_code", "status", "sex", "occupation", "office_code", "birth_date",
              "created_at"),  # the register's filtered pages (migration 0013, services/register/search.py)
        Index("ix_participant_name_key_birth", "name_key", "birth_date"),  # the desk's duplicate look-up (0016)
    )
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True, max_length=32)
    registration_number: str = Field(unique=True)
    office_code: str = Field(index=True)
    name_folded: str = ""  # lower case, accents removed: what name search compares
    name_key: str = Field(default="", max_length=200)  # matching_keys.name_key: the desk's duplicate look-up
    source: str = "form"  # form, intake:<file sha256>:<row>, demo
    created_by: str
    created_at: dt.datetime = Field(default_factory=utcnow, index=True)
    updated_by: str
    updated_at: dt.datetime = Field(default_factory=utcnow)
    finished_at: dt.datetime | None = Field(default=None, index=True)
    version: int = 1
    purged_at: dt.datetime | None = None  # personal data removed after the retention period
    intake_findings: str = ""  # JSON: what a village list left to settle on this draft (cleared when finished)


class Heir(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("participant.id", ondelete="CASCADE"), nullable=False, index=True))
    position: int = 0
    full_name: str
    relationship: str
    birth_date: dt.date | None = None
    phone: str | None = None
    nik: str | None = Field(default=None, index=True)  # links an heir who is a participant too (migration 0014)


class ChangeHistory(SQLModel, table=True):
    __tablename__ = "change_history"
    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("participant.id", ondelete="CASCADE"), nullable=False, index=True))
    at: dt.datetime = Field(default_factory=utcnow)
    by: str
    field: str  # a column name, heirs, status, or "*" for the creation of the record
    old_value: str | None = None
    new_value: str | None = None


class IntakeBatch(SQLModel, table=True):
    __tablename__ = "intake_batch"
    __table_args__ = (UniqueConstraint("file_sha256", "imported_at"),)
    id: int | None = Field(default=None, primary_key=True)
    file_sha256: str = Field(index=True)
    file_name: str
    imported_at: dt.datetime = Field(default_factory=utcnow)
    imported_by: str
    rows_total: int = 0
    rows_imported: int = 0
    rows_rejected: int = 0
    rows_already_present: int = 0


# --- village lists (migration 0010) ------------------------------------------------------------------

class DukcapilOccupation(SQLModel, table=True):
    """Dukcapil's occupations as the KTP/KK states them, and how each maps onto the programme's occupations.
    Reference data: edited at the hub, travelling in reference bundles."""
    __tablename__ = "dukcapil_occupation"
    code: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})  # 1–89, OpenSID's pekerjaan_id
    name: str
    rule: str = "map"  # map (onto programme_code), confirm (a supervisor confirms), ask (occupation to be asked)
    programme_code: str | None = None
    note: str = ""


class OfficeAlias(SQLModel, table=True):
    """A clerk's choice kept for next time: this office's village lists write `text` for `code`. Local, never sent."""
    __tablename__ = "office_alias"
    __table_args__ = (UniqueConstraint("kind", "text_key"),)
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)  # occupation, village, district
    text_key: str  # the text folded as intake compares it
    text: str  # as the list wrote it
    code: str
    created_by: str
    created_at: dt.datetime = Field(default_factory=utcnow)
