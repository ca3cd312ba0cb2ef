"""The audit chain's head kept outside the database, so that deleting its last events shows.

A hash chain stays internally consistent when its tail is cut off. Two copies of the head live outside the
table: `audit-anchor.json` in the data folder, rewritten at every login, and the `audit` entry of the sync
sidecar `sync-state.json` (store/sync_sidecar.py), rewritten after every sync commit — the file that
survives a restore. An anchor only moves forward while the chain still holds it, so a cut-off chain never
carries its anchor down with it. Both files can be edited by whoever can write the folder; the hub's copy
of the office's chain (services/sync/audit_travel.py) cannot.

After a restore from a backup (the database is older than the anchors), the restore command
(services/sync/epoch.note_database_restored) calls `bridge_restore`, which appends a declared gap
(store/audit_chain.py) so the chain continues where the anchors and the hub expect it. A database copied back
by hand and opened (a login appends to it) cannot be bridged: its chain reads as cut off, here and at the hub.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

from sqlmodel import Session, col, select

from pekerja_desktop.fileio import atomic_writer
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.audit.walk import Anchor
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.account_models import AuditEvent
from pekerja_desktop.store.db import Database
from pekerja_desktop.store.sync_sidecar import read_sidecar

ANCHOR_NAME = "audit-anchor.json"
LOGIN, SYNC = "login", "sync"
RESTORE_ACTOR = "system"


def anchor_path(layout: DataLayout) -> Path:
    return layout.root / ANCHOR_NAME


def as_mark(anchor: Anchor | None) -> dict | None:
    return _mark(anchor) if anchor else None


def _mark(anchor: Anchor) -> dict:
    return {"seq": anchor.seq, "hash": anchor.hash, "at": anchor.at}


def from_mark(mark, source: str) -> Anchor | None:
    with contextlib.suppress(TypeError, KeyError, ValueError):
        return Anchor(source, int(mark["seq"]), str(mark["hash"]), str(mark.get("at", "")))
    return None


def read_login_anchor(layout: DataLayout) -> Anchor | None:
    with contextlib.suppress(OSError, ValueError):
        return from_mark(json.loads(anchor_path(layout).read_text(encoding="utf-8")), LOGIN)
    return None


def read_anchors(layout: DataLayout) -> list[Anchor]:
    side = read_sidecar(layout)
    found = [read_login_anchor(layout), from_mark(side.audit, SYNC) if side else None]
    return [anchor for anchor in found if anchor is not None]


def holds(session: Session, anchor: Anchor) -> bool:
    """The chain has the anchored event, or a declared restore gap accounts for it."""
    if audit.hash_at(session, anchor.seq) == anchor.hash:
        return True
    gap = session.execute(select(AuditEvent.seq, AuditEvent.prev_hash, AuditEvent.detail)
                          .where(col(AuditEvent.action) == audit.GAP_ACTION, col(AuditEvent.seq) > anchor.seq)
                          .order_by(col(AuditEvent.seq)).limit(1)).first()
    if gap is None:
        return False
    resume = audit.declared_resume(audit.Link(gap[0], "", "", audit.GAP_ACTION, "", gap[2], gap[1], ""))
    return resume is not None and resume.seq < anchor.seq and (gap[0] > anchor.seq + 1 or gap[1] == anchor.hash)


def next_anchor(session: Session, previous: Anchor | None, source: str) -> Anchor | None:
    """The chain's head, unless the chain no longer holds `previous` (then `previous` stays)."""
    head = audit.chain_head(session)
    if head is None or (previous is not None and not holds(session, previous)):
        return previous
    return Anchor(source, head.seq, head.hash, head.at)


def advance_login_anchor(db: Database, layout: DataLayout) -> None:
    """At every login, after the login event is committed."""
    previous = read_login_anchor(layout)
    with db.session() as session:
        current = next_anchor(session, previous, LOGIN)
    if current is not None and current != previous:
        payload = {**_mark(current), "written_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()}
        with atomic_writer(anchor_path(layout)) as handle:
            json.dump(payload, handle, indent=2)


def sidecar_mark(session: Session, previous_mark: dict | None) -> dict | None:
    """What the sync sidecar records of the chain after a sync commit."""
    return as_mark(next_anchor(session, from_mark(previous_mark, SYNC), SYNC))


def bridge_restore(session: Session, layout: DataLayout, reason: str) -> AuditEvent | None:
    """(in a write transaction, after a restore) Declare the events the anchors knew and the database lost."""
    lost = [anchor for anchor in read_anchors(layout) if not holds(session, anchor)]
    if not lost:
        return None
    newest = max(lost, key=lambda anchor: anchor.seq)
    head = audit.chain_head(session)
    if head is not None and head.seq >= newest.seq:
        return None  # events were added over the lost ones: nothing can be bridged, `audit verify` says so
    return audit.record_restore_gap(session, RESTORE_ACTOR, audit.Head(newest.seq, newest.hash), reason=reason)
