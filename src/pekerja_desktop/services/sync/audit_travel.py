"""Audit events in data bundles: the office sends what the hub has not acknowledged; the hub keeps each
office's chain and checks that every bundle continues it.

Office. A data bundle (full or `--changed-only`) carries `audit_event` lines for the events after the
highest one the hub has acknowledged — counted within the hub's current epoch, so a hub restored from a
backup gets them all again (and the bundle after an office's very first ack, which tells it the hub's epoch,
carries the trail from the start once more). A lost or late bundle leaves no hole: the next one carries its
events again, and the hub skips those it holds. The range sent is kept in the bundle's summary.

Hub. Events already held with the same hash are skipped; one held with another hash is a *fork* (the
office's trail changed after it was sent; not stored). The rest are stored, and the chain is walked from the
last event held before them. A break is reported in the import result, in the bundle's summary and in the
hub's own trail (`audit.office_chain_broken`), where `audit verify --office CODE` finds it again. The
participant data are applied all the same.
"""

from __future__ import annotations

import itertools
import json
import re
import uuid as uuid_module
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, insert
from sqlmodel import Session, col, select

from pekerja_desktop.services.audit.verify import (
    OFFICE_CHAIN_BROKEN,
    RECEIVED_LINKS_SQL,
    received_hash_at,
)
from pekerja_desktop.services.audit.walk import FORK, ChainBreak, break_at, walk
from pekerja_desktop.services.sync.bundle.format import AUDIT_LINE, HEX64
from pekerja_desktop.services.sync.bundle.records import INT, STR, fields_problem, identity_problem
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.account_models import OfficeAuditEvent
from pekerja_desktop.store.sync_models import Direction, SyncBundle, SyncPeer

AUDIT_NAMESPACE = uuid_module.UUID("0b7f3c1e-5a2d-4e8b-9c61-2f4d8a7e3b90")
SUMMARY_KEY = "audit"
LINE_FIELDS: dict[str, tuple[str, int]] = {
    "seq": (INT, 0), "at": (STR, 27), "actor": (STR, 200), "action": (STR, 100), "subject": (STR, 500),
    "detail": (STR, 100_000), "prev_hash": (STR, 64), "hash": (STR, 64),
}
UTC_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")


# --- lines ---------------------------------------------------------------------------------------------

def audit_line(office_code: str, link: audit.Link) -> dict:
    return {"type": AUDIT_LINE, "uuid": uuid_module.uuid5(AUDIT_NAMESPACE, f"{office_code}/{link.seq}").hex,
            "version": 1, **link._asdict()}


def audit_line_problem(record: Mapping) -> str | None:
    problem = identity_problem(record) or fields_problem(record, LINE_FIELDS, {"type", "uuid", "version"})
    if problem:
        return problem
    missing = [name for name in LINE_FIELDS if record.get(name) is None]
    if missing:
        return f"{missing[0]}: required"
    if record["seq"] < 1:
        return "seq: expected a whole number ≥ 1"
    if not UTC_STAMP.match(record["at"]) or audit.parse_utc(record["at"]) is None:
        return "at: expected YYYY-MM-DDTHH:MM:SS.ffffffZ"
    if not HEX64.match(record["prev_hash"]) or not HEX64.match(record["hash"]):
        return "prev_hash, hash: expected 64 hexadecimal digits"
    return None


def line_link(record: Mapping) -> audit.Link:
    return audit.Link(*(record[name] for name in audit.Link._fields))


# --- office: what to send ------------------------------------------------------------------------------

def acknowledged_through(session: Session, hub: SyncPeer) -> int:
    """The highest event number in a data bundle `hub` has acknowledged, since its current epoch."""
    query = select(SyncBundle.summary).where(col(SyncBundle.direction) == Direction.OUT.value,
                                             col(SyncBundle.receiver_code) == hub.office_code,
                                             col(SyncBundle.status) == "acknowledged")
    highest = 0
    for (summary,) in session.execute(query):
        sent = json.loads(summary or "{}").get(SUMMARY_KEY)
        if sent and sent.get("hub_epoch") == hub.epoch_in:  # sent before the epoch was known: not counted
            highest = max(highest, int(sent["to"]))
    return highest


@dataclass
class AuditSelection:
    """The audit lines of the next data bundle; `note_sent` keeps their range with the bundle."""
    session: Session
    office_code: str
    hub: SyncPeer
    first: int = 0
    last: int = 0

    def lines(self) -> Iterator[dict]:
        for link in audit.stored_links(self.session, acknowledged_through(self.session, self.hub)):
            self.first, self.last = self.first or link.seq, link.seq
            yield audit_line(self.office_code, link)

    def note_sent(self, row: SyncBundle) -> None:
        if not self.last:
            return
        summary = json.loads(row.summary or "{}")
        summary[SUMMARY_KEY] = {"from": self.first, "to": self.last, "hub_epoch": self.hub.epoch_in}
        row.summary = json.dumps(summary)
        self.session.add(row)


# --- hub: what arrives ---------------------------------------------------------------------------------

@dataclass
class AuditReceipt:
    received: int = 0
    stored: int = 0
    same: int = 0
    problems: list[ChainBreak] = field(default_factory=list)

    def add(self, other: AuditReceipt) -> None:
        """Another chunk's receipt (a bundle's trail is received in chunks, each continuing the chain)."""
        self.received += other.received
        self.stored += other.stored
        self.same += other.same
        self.problems.extend(other.problems)

    def summary(self) -> dict:
        return {"received": self.received, "stored": self.stored, "same": self.same,
                "problems": [problem.as_detail() for problem in self.problems]}


def _held(session: Session, office: str, links: list[audit.Link]) -> dict[int, tuple[str, str]]:
    """seq → (hash, bundle id) of the events already held in the range received."""
    rows = session.execute(select(OfficeAuditEvent.seq, OfficeAuditEvent.hash, OfficeAuditEvent.bundle_id).where(
        col(OfficeAuditEvent.office_code) == office, col(OfficeAuditEvent.seq).between(links[0].seq, links[-1].seq)))
    return {seq: (hash_, bundle_id) for seq, hash_, bundle_id in rows}


def _bundle_file(session: Session, bundle_id: str) -> str:
    name = session.scalar(select(SyncBundle.file_name).where(col(SyncBundle.direction) == Direction.IN.value,
                                                             col(SyncBundle.bundle_id) == bundle_id).limit(1))
    return name or bundle_id


def _store(session: Session, office: str, bundle_id: str, links: list[audit.Link]) -> None:
    rows = [{**link._asdict(), "at": audit.parse_utc(link.at), "office_code": office, "bundle_id": bundle_id}
            for link in links]
    for start in range(0, len(rows), 500):
        session.execute(insert(OfficeAuditEvent), rows[start:start + 500])


def _walk_new(session: Session, office: str, fresh: list[audit.Link]) -> ChainBreak | None:
    """The chain from the last event held before the new ones to just after them."""
    before = session.execute(select(func.max(col(OfficeAuditEvent.seq))).where(
        col(OfficeAuditEvent.office_code) == office, col(OfficeAuditEvent.seq) < fresh[0].seq)).scalar() or 0
    lookup = received_hash_at(session, office)
    start = audit.Head(before, lookup(before)) if before else audit.Head(0, audit.GENESIS_HASH)
    links = audit.stored_links(session, before, sql=RECEIVED_LINKS_SQL, office=office)
    limit = fresh[-1].seq + 1
    return walk(itertools.takewhile(lambda link: link.seq <= limit, links), start=start, hash_at=lookup).broken


def receive_audit_events(session: Session, office: str, bundle_id: str, lines: list[dict]) -> AuditReceipt:
    """(hub, in the import transaction) Keep an office's events and check that they continue its chain."""
    receipt = AuditReceipt(received=len(lines))
    if not lines:
        return receipt
    links = sorted((line_link(line) for line in lines), key=lambda link: link.seq)
    held = _held(session, office, links)
    fresh = [link for link in links if link.seq not in held]
    forks = [link for link in links if link.seq in held and held[link.seq][0] != link.hash]
    receipt.same = len(links) - len(fresh) - len(forks)
    if forks:
        receipt.problems.append(break_at(forks[0], FORK, bundle=_bundle_file(session, held[forks[0].seq][1])))
    if fresh:
        _store(session, office, bundle_id, fresh)
        receipt.stored = len(fresh)
        broken = _walk_new(session, office, fresh)
        if broken is not None:
            receipt.problems.append(broken)
    return receipt


def note_problems(session: Session, actor: str, office: str, bundle_name: str, receipt: AuditReceipt) -> None:
    """Each break in the hub's own trail, where it stays."""
    for problem in receipt.problems:
        audit.record(session, actor, OFFICE_CHAIN_BROKEN, office, bundle_file=bundle_name, **problem.as_detail())
