"""Tables for recognising one person across offices (#12) — migration 0014.

At a field office, what the hub's reference bundles carry for matching, and no more (`match_person`,
`match_covered`): the other offices' active participants and the people covered elsewhere, each with the NIK as a
keyed hash (HMAC under the hub's matching key, held in `sync_state`), a phonetic name key, birth date, sex and
kabupaten/kota — never a name in clear, an address, a phone or an heir. Each reference bundle replaces them whole.

At the hub, the lists of people already covered (`covered_list`, `covered_entry`: personal data, kept only in the
encrypted database) and the participants they flag (`covered_flag`), held out of the BPJS upload file until a
supervisor decides; and which participants and covered lists each reference bundle shared (`reference_share`), so
that `breach-list` can name them should the bundle be lost.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary
from sqlmodel import Field, SQLModel

from pekerja_desktop.store.models import utcnow


class MatchPerson(SQLModel, table=True):
    """(field office) Another office's active participant, as the hub shares it for matching."""
    __tablename__ = "match_person"
    __table_args__ = (
        Index("ix_match_person_name_birth", "name_key", "birth_date"),
        Index("ix_match_person_birth_sex_regency", "birth_date", "sex", "regency_code"),
    )
    registration_number: str = Field(primary_key=True, max_length=32)
    office_code: str = Field(max_length=10)
    nik_hash: str = Field(max_length=32, index=True)
    name_key: str = Field(default="", max_length=200)
    birth_date: dt.date | None = None
    sex: str | None = Field(default=None, max_length=1)
    regency_code: str = Field(default="", max_length=5)  # kabupaten/kota, "81.71"


class MatchCovered(SQLModel, table=True):
    """(field office) A person on one of the hub's lists of people already covered elsewhere."""
    __tablename__ = "match_covered"
    list_uuid: str = Field(primary_key=True, max_length=32)
    nik_hash: str = Field(primary_key=True, max_length=32, index=True)
    list_name: str = Field(max_length=100)
    list_kind: str = Field(max_length=10)


class CoveredKind(StrEnum):
    BPJS = "bpjs"  # BPJS Ketenagakerjaan's active members (through an employer or another scheme)
    DTSEN = "dtsen"  # the national social-economic register's covered households
    OTHER = "other"


class CoveredList(SQLModel, table=True):
    """(hub) A list of people already covered, read from a CSV/XLSX file (`covered-list add`)."""
    __tablename__ = "covered_list"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True, max_length=32)
    name: str = Field(unique=True, max_length=100)
    kind: str = Field(max_length=10)
    file_name: str = ""
    file_sha256: str = Field(default="", max_length=64)
    entries: int = 0
    added_at: dt.datetime = Field(default_factory=utcnow)
    added_by: str


class CoveredEntry(SQLModel, table=True):
    """(hub) One person of a covered list: the NIK, and the name and birth date where the file had them."""
    __tablename__ = "covered_entry"
    list_id: int = Field(sa_column=Column(Integer, ForeignKey("covered_list.id", ondelete="CASCADE"),
                                          primary_key=True))
    nik: str = Field(primary_key=True, max_length=16, index=True)
    full_name: str = ""
    birth_date: dt.date | None = None


class CoveredDecision(StrEnum):
    HELD = "held"  # out of the BPJS upload file until a supervisor decides
    RELEASED = "released"  # a supervisor found the person not covered after all: goes to BPJS


class CoveredFlag(SQLModel, table=True):
    """(hub) A participant whose NIK stands on a covered list, and what a supervisor decided about it."""
    __tablename__ = "covered_flag"
    participant_uuid: str = Field(primary_key=True, max_length=32)
    list_id: int = Field(sa_column=Column(Integer, ForeignKey("covered_list.id", ondelete="CASCADE"),
                                          primary_key=True))
    decision: str = Field(default=CoveredDecision.HELD.value, max_length=10)
    flagged_at: dt.datetime = Field(default_factory=utcnow)
    decided_at: dt.datetime | None = None
    decided_by: str = ""
    note: str = ""


class ReferenceShare(SQLModel, table=True):
    """(hub) What one reference bundle shared for matching: its participants (registration numbers, gzip of lines)
    and covered lists (JSON {list uuid: entries}) — for the breach list of a lost reference bundle."""
    __tablename__ = "reference_share"
    bundle_id: int = Field(sa_column=Column(Integer, ForeignKey("sync_bundle.id", ondelete="CASCADE"),
                                            primary_key=True))
    people: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    covered: str = "{}"
