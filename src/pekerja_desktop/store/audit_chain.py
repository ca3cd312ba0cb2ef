"""The audit trail: append-only, hash-chained events.

Each event's hash is SHA-256 over the canonical JSON array `[prev_hash, seq, at, actor, action, subject,
detail]` (`at` as `YYYY-MM-DDTHH:MM:SS.ffffffZ`, `detail` the canonical JSON text), so editing, removing or
reordering an event breaks the chain at that point. JSON keeps the fields apart: no choice of text can move
a boundary between two fields and keep the hash. Appends happen in the caller's write transaction (which
holds SQLite's write lock), so two writers never fork the chain, and the primary key refuses a second event
with the same number.

A chain alone cannot show that its last events were deleted: the head is mirrored outside the table
(services/audit/anchor.py) and travels to the hub (services/sync/audit_travel.py). A database restored from
a backup continues after a *declared gap*: one `audit.restore_gap` event numbered after the last event the
anchors knew and linked to that event's hash, naming the event it resumes after (services/audit/walk.py
checks it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from typing import NamedTuple, cast

from sqlmodel import Session, col, select

from pekerja_desktop.store.account_models import AuditEvent

GENESIS_HASH = "0" * 64
_FIELDS_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # made once: verification is hot
GAP_ACTION = "audit.restore_gap"
_STORED_STAMP_LENGTH = len("2026-01-01 00:00:00.000000")  # how SQLAlchemy stores a naive UTC datetime


class Link(NamedTuple):
    """One event as verification reads it; `at` is the canonical UTC text the hash covers."""
    seq: int
    at: str
    actor: str
    action: str
    subject: str
    detail: str
    prev_hash: str
    hash: str


class Head(NamedTuple):
    seq: int
    hash: str
    at: str = ""


def canonical_detail(detail: dict) -> str:
    return json.dumps(detail, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def utc_text(at: dt.datetime) -> str:
    if at.tzinfo is None:  # SQLite hands back naive UTC
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def stored_utc_text(value) -> str:
    """The canonical text of a stored `at` value (a datetime, or the raw text SQLite holds)."""
    if isinstance(value, dt.datetime):
        return utc_text(value)
    raw = str(value)
    if len(raw) == _STORED_STAMP_LENGTH and raw[10] == " ":
        return f"{raw[:10]}T{raw[11:]}Z"
    try:
        return utc_text(dt.datetime.fromisoformat(raw))
    except ValueError:
        return raw  # unreadable: the hash will not match, and the event is named as edited


def parse_utc(text_value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text_value)
    except (TypeError, ValueError):
        return None


def link_hash(prev_hash: str, seq: int, at: str, actor: str, action: str, subject: str, detail: str) -> str:
    fields = [prev_hash, seq, at, actor, action, subject, detail]
    return hashlib.sha256(_FIELDS_ENCODER.encode(fields).encode("utf-8")).hexdigest()


def event_hash(prev_hash: str, seq: int, at: dt.datetime, actor: str, action: str, subject: str,
               detail: str) -> str:
    return link_hash(prev_hash, seq, utc_text(at), actor, action, subject, detail)


def hash_of(link: Link) -> str:
    return link_hash(link.prev_hash, link.seq, link.at, link.actor, link.action, link.subject, link.detail)


def chain_head(session: Session) -> Head | None:
    last = session.execute(select(AuditEvent.seq, AuditEvent.hash, AuditEvent.at)
                           .order_by(col(AuditEvent.seq).desc()).limit(1)).first()
    return Head(last[0], last[1], utc_text(last[2])) if last else None


def hash_at(session: Session, seq: int) -> str | None:
    return session.scalar(select(AuditEvent.hash).where(col(AuditEvent.seq) == seq))


def _append(session: Session, seq: int, prev_hash: str, actor: str, action: str, subject: str,
            at: dt.datetime, detail: str) -> AuditEvent:
    at = at.astimezone(dt.UTC) if at.tzinfo else at.replace(tzinfo=dt.UTC)  # stored as naive UTC
    event = AuditEvent(seq=seq, at=at, actor=actor, action=action, subject=subject, detail=detail,
                       prev_hash=prev_hash, hash=event_hash(prev_hash, seq, at, actor, action, subject, detail))
    session.add(event)
    session.flush()
    return event


def record(session: Session, actor: str, action: str, subject: str = "", *, at: dt.datetime | None = None,
           **detail) -> AuditEvent:
    """Append one event (inside the caller's write transaction)."""
    head = chain_head(session)
    seq, prev_hash = (head.seq, head.hash) if head else (0, GENESIS_HASH)
    return _append(session, seq + 1, prev_hash, actor, action, subject, at or dt.datetime.now(dt.UTC),
                   canonical_detail(detail))


def record_restore_gap(session: Session, actor: str, anchor: Head, *, reason: str) -> AuditEvent:
    """After a restore: continue the chain after `anchor` (the newest event known outside the database),
    declaring that the events after the current head up to the anchor are lost."""
    head = chain_head(session) or Head(0, GENESIS_HASH)
    detail = {"resumes_after": head.seq, "resumes_hash": head.hash, "missing_from": head.seq + 1,
              "missing_to": anchor.seq, "reason": reason}
    return _append(session, anchor.seq + 1, anchor.hash, actor, GAP_ACTION, "", dt.datetime.now(dt.UTC),
                   canonical_detail(detail))


def declared_resume(link: Link) -> Head | None:
    """For a restore gap event: the event the chain resumes after."""
    if link.action != GAP_ACTION:
        return None
    try:
        detail = json.loads(link.detail)
        return Head(int(detail["resumes_after"]), str(detail["resumes_hash"]))
    except (ValueError, KeyError, TypeError):
        return None


STORED_LINKS_SQL = ("SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_event "
                    "WHERE seq > :after ORDER BY seq")


def stored_links(session: Session, after: int = 0, sql: str = STORED_LINKS_SQL, **params):
    """The stored events after `after`, in number order, read in the session's transaction straight from the
    driver (a million events: no ORM objects, no result rows)."""
    connection = session.connection()
    if connection.dialect.paramstyle == "pyformat":  # psycopg: %(name)s where SQLite takes :name
        sql = re.sub(r":(\w+)", r"%(\1)s", sql)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql, {"after": after, **params})
        rows = cast(Iterable[tuple], cursor)  # both drivers' cursors iterate (a DB-API extension)
        for seq, at, actor, action, subject, detail, prev_hash, hash_ in rows:
            yield Link(seq, stored_utc_text(at), actor, action, subject, detail, prev_hash, hash_)
    finally:
        cursor.close()
