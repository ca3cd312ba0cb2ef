"""Operators, the office's hash-chained audit trail, and (at the hub) each office's audit chain."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel

from pekerja_desktop.store.models import utcnow


class Account(SQLModel, table=True):
    """An operator. The password never reaches the database: it unwraps this account's copy of the
    database key (keyring.json beside it), which is the proof of knowing it."""
    username: str = Field(primary_key=True, max_length=32)
    display_name: str = ""
    role: str  # petugas | supervisor | admin
    active: bool = True
    must_change_password: bool = False
    created_at: dt.datetime = Field(default_factory=utcnow)
    created_by: str = ""
    password_changed_at: dt.datetime = Field(default_factory=utcnow)


class AuditEvent(SQLModel, table=True):
    """One link of the chain: `hash` covers the previous link's hash and this event's fields.
    Triggers (migration 0005) refuse UPDATE and DELETE."""
    __tablename__ = "audit_event"
    seq: int = Field(primary_key=True)
    at: dt.datetime = Field(index=True)
    actor: str
    action: str = Field(index=True)
    subject: str = Field(default="", index=True)
    detail: str = "{}"  # canonical JSON
    prev_hash: str
    hash: str


class OfficeAuditEvent(SQLModel, table=True):
    """(hub) An office's audit events as they arrived in its data bundles, verified link by link."""
    __tablename__ = "office_audit_event"
    office_code: str = Field(primary_key=True, max_length=10)
    seq: int = Field(primary_key=True)
    at: dt.datetime
    actor: str
    action: str
    subject: str = ""
    detail: str = "{}"
    prev_hash: str
    hash: str
    bundle_id: str = Field(default="", max_length=32)
