"""(hub) `import FILE`: check everything, apply a data bundle in one pass and one transaction, write the ack.

The lines stream from the file in bounded memory (bundle/payload.py) and are applied in chunks as they come
(apply.py, print_batches.py, the office's audit trail); every outcome is decided in that pass and spooled for the
ack; records sharing a NIK are settled once at the end. A line that fails its checks, or a total that differs from
the manifest at the end, refuses the whole bundle: the transaction is rolled back and nothing is stored.

Idempotent by (office, bundle hash): the same bundle again is a no-op that hands out the same ack again.
A sequence number already received (same office and epoch) with other content is refused. Sequence gaps are
reported in the result and in the ack.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
from collections.abc import Iterator
from pathlib import Path

from sqlmodel import Session, col, select

from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.matching.pair_travel import pair_lines_for, receive_pair_lines
from pekerja_desktop.services.reference.data import load_known_reference_sets
from pekerja_desktop.services.sync.audit_travel import AuditReceipt, note_problems, receive_audit_events
from pekerja_desktop.services.sync.bundle.format import AUDIT_LINE, Kind, data_record_count
from pekerja_desktop.services.sync.bundle.incoming import CheckedLine, SeenLines, checked_lines, open_checked
from pekerja_desktop.services.sync.bundle.pair_lines import DIFFERENT_PAIR
from pekerja_desktop.services.sync.bundle.read import OpenedBundle
from pekerja_desktop.services.sync.bundle.write import QUICK_GZIP_LEVEL, copy_verified
from pekerja_desktop.services.sync.epoch import begin_sync, save_sidecar
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.hub import decisions
from pekerja_desktop.services.sync.hub.ack import (
    confirmed_serial,
    high_water,
    outcome_lines,
    recovery_lines,
    settled_lines,
)
from pekerja_desktop.services.sync.hub.apply import ParticipantChunk
from pekerja_desktop.services.sync.hub.import_pass import ImportPass
from pekerja_desktop.services.sync.hub.print_batches import apply_print_batches
from pekerja_desktop.services.sync.hub.verdicts import refresh_verdicts
from pekerja_desktop.services.sync.import_result import ImportResult, imported_row
from pekerja_desktop.services.sync.office_keys import office_keys
from pekerja_desktop.services.sync.outgoing import Outgoing, deliver, outbox_dir, verifier, write_outgoing
from pekerja_desktop.services.sync.state import get_state, registered_office, require_hub, set_state
from pekerja_desktop.store.bulk import bulk_page_cache
from pekerja_desktop.store.models import utcnow
from pekerja_desktop.store.sync_models import Direction, SyncBundle, SyncPeer

MAX_GAPS = 100
CHUNK = 2000  # participant lines applied together
AUDIT_CHUNK = 5000  # audit events received together
YOUNG_OBJECTS = 20_000  # allocations between two collections of the youngest generation during an import


def check_not_replayed(session: Session, bundle: OpenedBundle) -> None:
    other = session.scalar(select(SyncBundle.id).where(
        col(SyncBundle.direction) == Direction.IN.value, col(SyncBundle.sender_code) == bundle.sender,
        col(SyncBundle.epoch) == bundle.manifest["epoch"], col(SyncBundle.sequence) == bundle.sequence,
        col(SyncBundle.bundle_hash) != bundle.bundle_hash).limit(1))
    if other is not None:
        raise SyncError("bundle.replayed", path=str(bundle.path), sequence=bundle.sequence,
                        office_code=bundle.sender)


def import_data_bundle(ctx: AppContext, path: Path, ack_dir: Path | None = None, *, progress=None,
                       cancelled=None) -> ImportResult:
    require_hub(ctx)
    bundle = open_checked(ctx, path)
    ack_dir = Path(ack_dir) if ack_dir is not None else Path(path).resolve().parent
    with ctx.db.session() as session:
        previous = imported_row(session, bundle)
        if previous is None:
            check_not_replayed(session, bundle)
    if previous is not None:
        return _redeliver(ctx, previous, ack_dir)
    identity = office_keys(ctx).age
    with _older_objects_frozen(), ctx.db.write() as session, bulk_page_cache(session.connection()):
        check = begin_sync(session, ctx.layout, ctx.office.code)
        _, peer = registered_office(session, bundle.sender)
        run = ImportPass(session, bundle.sender, bundle.bundle_hash, load_known_reference_sets(session),
                         dt.date.today(), int(get_state(session, "state_serial", 0)),
                         applied_sequence=bundle.manifest.get("receiver_sequence_applied", 0))
        seen = SeenLines()
        lines = checked_lines(bundle, identity, seen=seen, progress=progress, cancelled=cancelled)
        receipt = _apply_lines(ctx, run, bundle, lines)
        _settle(run)
        recover_all = peer.epoch_in is not None and peer.epoch_in != bundle.manifest["epoch"]
        _note_peer(peer, bundle)
        row = _record_incoming(session, bundle, run)
        gaps = sequence_gaps(session, bundle.sender)
        recorded = write_outgoing(ctx, session, check, _ack(session, bundle, run, peer, recover_all, gaps, seen))
        row.summary = json.dumps({**json.loads(row.summary), "gaps": gaps, "ack_file": recorded.row.file_name,
                                  "audit": receipt.summary()})
    with ctx.db.session() as session:
        save_sidecar(session, ctx.layout, ctx.office.code)
    delivered = deliver(ctx, recorded, ack_dir)
    return ImportResult(bundle.kind, bundle.sender, bundle.sequence, bundle.bundle_hash, False, dict(run.counts),
                        gaps, delivered.path, details=run.rejected, audit_problems=receipt.problems)


@contextlib.contextmanager
def _older_objects_frozen() -> Iterator[None]:
    """The objects alive before the import (modules, the ORM's metadata…) kept out of the garbage collector's
    full passes while hundreds of thousands of short-lived ones come and go (a fifth of the import's CPU else),
    and the youngest generation collected every YOUNG_OBJECTS allocations rather than 700: a chunk's lines, rows
    and outcomes hold no reference cycles, and each collection walked the thousands of them still alive (3 % of
    the import's CPU at 10,000 records)."""
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(YOUNG_OBJECTS, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _apply_lines(ctx: AppContext, run: ImportPass, bundle: OpenedBundle, lines) -> AuditReceipt:
    """Every line as it streams: participants and print batches in chunks, the office's audit trail in chunks
    (each continues the chain the one before it stored)."""
    pending: dict[str, list] = {"participant": [], "print_batch": [], AUDIT_LINE: [], DIFFERENT_PAIR: []}
    receipt = AuditReceipt()
    for line in lines:
        batch = pending[line.record["type"]]
        batch.append(line)
        if len(batch) >= (AUDIT_CHUNK if line.record["type"] == AUDIT_LINE else CHUNK):
            _flush(ctx, run, bundle, line.record["type"], batch, receipt)
            batch.clear()
    for kind, batch in pending.items():
        _flush(ctx, run, bundle, kind, batch, receipt)
    return receipt


def _flush(ctx: AppContext, run: ImportPass, bundle: OpenedBundle, kind: str, batch: list[CheckedLine],
           receipt: AuditReceipt) -> None:
    if not batch:
        return
    if kind == "participant":
        ParticipantChunk(run, batch).apply()
    elif kind == "print_batch":
        apply_print_batches(run, batch)
    elif kind == DIFFERENT_PAIR:
        receive_pair_lines(run.session, bundle.sender, [line.record for line in batch], ctx.actor)
    else:
        part = receive_audit_events(run.session, bundle.sender, bundle.manifest["bundle_id"],
                                    [line.record for line in batch])
        note_problems(run.session, ctx.actor, bundle.sender, bundle.path.name, part)
        receipt.add(part)


def _settle(run: ImportPass) -> None:
    """The records sharing a NIK (and those that left one's group) settled once, now that all are stored."""
    set_state(run.session, "state_serial", run.serial)
    if run.groups or run.moved:
        run.late |= refresh_verdicts(run.session, run.moved | run.late, run.groups)


def _note_peer(peer: SyncPeer, bundle: OpenedBundle) -> None:
    manifest = bundle.manifest
    peer.epoch_in = manifest["epoch"]
    peer.sequence_in = max(peer.sequence_in, bundle.sequence)
    peer.confirmed_sequence = max(peer.confirmed_sequence, manifest.get("receiver_sequence_applied", 0))


def _record_incoming(session: Session, bundle: OpenedBundle, run: ImportPass) -> SyncBundle:
    manifest = bundle.manifest
    counts = dict(run.counts)
    row = SyncBundle(direction=Direction.IN.value, kind=bundle.kind, bundle_id=manifest["bundle_id"],
                     sender_code=bundle.sender, receiver_code=manifest["receiver_code"], epoch=manifest["epoch"],
                     sequence=bundle.sequence, bundle_hash=bundle.bundle_hash,
                     previous_hash=manifest["previous_hash"], created_at=_created(manifest),
                     record_count=data_record_count(manifest), mode=manifest.get("mode", "full"),
                     status="applied", file_name=bundle.path.name, summary=json.dumps({"counts": counts}))
    session.add(row)
    session.flush()
    return row


def _created(manifest: dict) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(manifest["created_at"])
    except ValueError:
        return utcnow()


def sequence_gaps(session: Session, sender: str) -> list[int]:
    received = set(session.scalars(select(SyncBundle.sequence).where(
        col(SyncBundle.direction) == Direction.IN.value, col(SyncBundle.sender_code) == sender)))
    if not received:
        return []
    return [n for n in range(1, max(received)) if n not in received][-MAX_GAPS:]


class _Answered:
    """(kind, uuid) pairs whose outcome the ack carries already: the bundle's lines, and those settled late."""

    def __init__(self, seen: SeenLines, late: set[str]):
        self.seen, self.late = seen, late

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self.seen or key[1] in self.late


def _ack_lines(session: Session, office: str, run: ImportPass, seen: SeenLines, since: int,
               recover_all: bool):
    recovered: set[str] = set()
    for line in recovery_lines(session, office, None if recover_all else run.older):
        recovered.add(line["uuid"])
        yield line
    yield from decisions.decision_lines(session, office, since, recover_all=recover_all, sent=recovered)
    yield from run.spool.lines(skip=run.late)
    yield from settled_lines(session, office, run.late)
    # every serial handed out by this import went to a line of the bundle or to a record settled late: both
    # answered above, so only what changed before the import is read again
    yield from outcome_lines(session, office, since, skip=_Answered(seen, run.late), until_serial=run.first_serial)
    yield from pair_lines_for(session, office)


def _ack(session: Session, bundle: OpenedBundle, run: ImportPass, peer: SyncPeer, recover_all: bool,
         gaps: list[int], seen: SeenLines) -> Outgoing:
    manifest = bundle.manifest
    lines = _ack_lines(session, bundle.sender, run, seen, confirmed_serial(session, peer), recover_all)
    extra = {"acknowledges": {"bundle_id": manifest["bundle_id"], "sequence": bundle.sequence,
                              "bundle_hash": bundle.bundle_hash, "epoch": manifest["epoch"]},
             "high_water": high_water(session, bundle.sender, peer), "gaps": gaps}
    return Outgoing(Kind.ACK.value, peer, lines, run.spool.count, mode="ack", extra=extra,
                    state_serial=int(get_state(session, "state_serial", 0)), level=QUICK_GZIP_LEVEL)


def _redeliver(ctx: AppContext, previous: SyncBundle, ack_dir: Path) -> ImportResult:
    """The same bundle again: nothing changes; the ack written the first time is handed out again."""
    summary = json.loads(previous.summary)
    source = outbox_dir(ctx.layout) / summary.get("ack_file", "")
    ack_path = None
    if summary.get("ack_file") and source.exists():
        ack_dir.mkdir(parents=True, exist_ok=True)
        ack_path = copy_verified(source, ack_dir / source.name, verifier(ctx.office.public_key))
    return ImportResult(previous.kind, previous.sender_code, previous.sequence, previous.bundle_hash, True,
                        summary.get("counts", {}), summary.get("gaps", []), ack_path)
