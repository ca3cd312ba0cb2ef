"""Tables for sync through files (signed, encrypted bundles carried on USB sticks).

Design (see docs/bundle-format.md for the file format):

- `sync_state`: this installation's own sync state as key/value rows — the device `epoch` (a random id,
  regenerated whenever the database is found restored or copied), the `generation` (bumped by every sync
  write; mirrored in the sidecar file `sync-state.json` outside the database) and the hub's `state_serial`.
- `sync_peer`: the other side(s) — at a field office the trusted hub, at the hub every registered office:
  its age recipient (the Ed25519 key stays in `office.public_key`), the sequence numbers sent and received,
  the last epoch seen from it and (hub) the last hub bundle the office reports having applied.
- `sync_bundle`: every bundle written or imported, with its sequence, hash and summary (the history page).
- `sync_item` (field office): what became of every record sent — version sent, version acknowledged,
  the hub's verdict (accepted / rejected with reason / duplicate of …).
- `sync_hub_record` (hub): the hub's verdict on every record it holds; `state_serial` grows at every change,
  so an ack can carry every verdict the office has not confirmed yet.
- `sync_conflict`, `sync_duplicate` (hub): a version received twice with other content; the same NIK in
  two records (the review list — never merged silently).
- `sync_print_log` (hub): the offices' card print log.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from pekerja_desktop.store.models import utcnow


class Direction(StrEnum):
    OUT = "out"
    IN = "in"


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"


class SyncState(SQLModel, table=True):
    __tablename__ = "sync_state"
    key: str = Field(primary_key=True)
    value: str


class SyncPeer(SQLModel, table=True):
    __tablename__ = "sync_peer"
    office_code: str = Field(primary_key=True, max_length=10)
    role: str
    age_recipient: str
    registered_at: dt.datetime = Field(default_factory=utcnow)
    registered_by: str = ""
    sequence_out: int = 0  # the last sequence number written to this peer
    hash_out: str | None = None  # the hash of that bundle (the next one's previous_hash)
    sequence_in: int = 0  # the highest sequence number imported from this peer
    epoch_in: str | None = None  # the peer's epoch in its last bundle
    confirmed_sequence: int = 0  # (hub) the last hub bundle this office reports having applied


class SyncBundle(SQLModel, table=True):
    __tablename__ = "sync_bundle"
    __table_args__ = (UniqueConstraint("direction", "sender_code", "bundle_hash"),)
    id: int | None = Field(default=None, primary_key=True)
    direction: str = Field(index=True)
    kind: str
    bundle_id: str = Field(index=True, max_length=32)
    sender_code: str
    receiver_code: str
    epoch: str
    sequence: int = Field(index=True)
    bundle_hash: str
    previous_hash: str | None = None
    created_at: dt.datetime
    recorded_at: dt.datetime = Field(default_factory=utcnow)
    record_count: int = 0
    mode: str = "full"  # data: full | changed; hub bundles: ack | reference
    status: str = ""  # out: sent | acknowledged; in: applied | duplicate
    file_name: str = ""
    acknowledged_at: dt.datetime | None = None
    state_serial: int = 0  # (hub, out) verdicts up to this serial are in the bundle
    summary: str = "{}"  # JSON: counts, gaps, the ack written for it …


class SyncItem(SQLModel, table=True):
    __tablename__ = "sync_item"
    kind: str = Field(primary_key=True)
    uuid: str = Field(primary_key=True, max_length=32)
    sent_version: int = 0
    sent_sequence: int = 0
    acked_version: int = 0  # this office's version the verdict applies to
    hub_version: int = 0  # the version the hub's verdict was about
    ack_status: str = ""
    ack_reason: str = ""
    ack_detail: str = ""
    duplicate_of: str | None = None
    ack_sequence: int = 0
    updated_at: dt.datetime = Field(default_factory=utcnow)


class SyncHubRecord(SQLModel, table=True):
    __tablename__ = "sync_hub_record"
    __table_args__ = (Index("ix_sync_hub_record_status_uuid", "status", "uuid"),)  # dashboard (migration 0007)
    uuid: str = Field(primary_key=True, max_length=32)
    kind: str
    office_code: str = Field(index=True)
    registration_number: str = ""
    version: int
    content_hash: str
    status: str = Field(index=True)
    reason: str = ""
    detail: str = ""
    duplicate_of: str | None = None
    invalid_reason: str = ""
    invalid_detail: str = ""
    review_reason: str = ""
    conflict: bool = False
    state_serial: int = Field(default=0, index=True)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class SyncConflict(SQLModel, table=True):
    __tablename__ = "sync_conflict"
    __table_args__ = (UniqueConstraint("uuid", "version", "incoming_hash"),)
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(index=True, max_length=32)
    office_code: str
    version: int
    existing_hash: str
    incoming_hash: str
    bundle_hash: str
    detected_at: dt.datetime = Field(default_factory=utcnow)


class SyncDuplicate(SQLModel, table=True):
    __tablename__ = "sync_duplicate"
    __table_args__ = (UniqueConstraint("uuid_a", "uuid_b"),)
    id: int | None = Field(default=None, primary_key=True)
    nik: str = Field(index=True, max_length=16)
    uuid_a: str = Field(max_length=32)
    uuid_b: str = Field(max_length=32)
    registration_a: str
    registration_b: str
    office_a: str
    office_b: str
    detected_at: dt.datetime = Field(default_factory=utcnow)
    resolved_at: dt.datetime | None = None
    resolution: str = ""


class SyncPrintLog(SQLModel, table=True):
    __tablename__ = "sync_print_log"
    id: int | None = Field(default=None, primary_key=True)
    batch_uuid: str = Field(index=True, max_length=32)
    office_code: str
    printed_at: dt.datetime
    printed_by: str
    layout: str
    participant_uuid: str = Field(index=True, max_length=32)
    registration_number: str
    card_version: int
    reason: str = ""


class SyncBundleMember(SQLModel, table=True):
    """(field office) The participant records (uuid, version) each data bundle carried, written in the export's
    transaction. Bundles are encrypted to the hub, so this is how the office lists whose data a lost bundle held
    (services/privacy/breach.py). Bundles exported before schema 0006 have no rows."""
    __tablename__ = "sync_bundle_member"
    bundle_sequence: int = Field(primary_key=True)
    uuid: str = Field(primary_key=True, max_length=32, index=True)
    version: int
