"""(hub) `import FILE`: check everything, apply a data bundle in one transaction, write the ack.

Idempotent by (office, bundle hash): the same bundle again is a no-op that hands out the same ack again.
A sequence number already received (same office and epoch) with other content is refused. Sequence gaps are
reported in the result and in the ack.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlmodel import Session, col, select

from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.audit_travel import AuditReceipt, note_problems, receive_audit_events
from pekerja_desktop.services.sync.bundle.format import AUDIT_LINE, Kind, data_record_count
from pekerja_desktop.services.sync.bundle.incoming import open_checked, read_records
from pekerja_desktop.services.sync.bundle.read import OpenedBundle
from pekerja_desktop.services.sync.bundle.write import copy_verified
from pekerja_desktop.services.sync.epoch import begin_sync, save_sidecar
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.hub import decisions
from pekerja_desktop.services.sync.hub.ack import ack_lines, confirmed_serial, high_water
from pekerja_desktop.services.sync.hub.apply import NEW, NEWER, Applied, apply_participants, apply_print_batches
from pekerja_desktop.services.sync.hub.verdicts import refresh_verdicts
from pekerja_desktop.services.sync.import_result import ImportResult, imported_row
from pekerja_desktop.services.sync.outgoing import Outgoing, deliver, outbox_dir, verifier, write_outgoing
from pekerja_desktop.services.sync.state import get_state, registered_office, require_hub
from pekerja_desktop.store.models import utcnow
from pekerja_desktop.store.sync_models import Direction, SyncBundle, SyncPeer

MAX_GAPS = 100


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
    records = read_records(ctx, bundle, progress, cancelled)
    trail = [r for r in records if r["type"] == AUDIT_LINE]
    records = [r for r in records if r["type"] != AUDIT_LINE]
    with ctx.db.write() as session:
        check = begin_sync(session, ctx.layout, ctx.office.code)
        _, peer = registered_office(session, bundle.sender)
        applied = _apply(session, bundle, records)
        receipt = _receive_audit(ctx, session, bundle, trail)
        recover_all = peer.epoch_in is not None and peer.epoch_in != bundle.manifest["epoch"]
        _note_peer(peer, bundle)
        row = _record_incoming(session, bundle, applied)
        gaps = sequence_gaps(session, bundle.sender)
        recorded = write_outgoing(ctx, session, check, _ack(session, bundle, records, applied, peer, recover_all,
                                                             gaps))
        row.summary = json.dumps({**json.loads(row.summary), "gaps": gaps, "ack_file": recorded.row.file_name,
                                  "audit": receipt.summary()})
    with ctx.db.session() as session:
        save_sidecar(session, ctx.layout, ctx.office.code)
    delivered = deliver(ctx, recorded, ack_dir)
    return ImportResult(bundle.kind, bundle.sender, bundle.sequence, bundle.bundle_hash, False,
                        json.loads(row.summary)["counts"], gaps, delivered.path, audit_problems=receipt.problems)


def _receive_audit(ctx: AppContext, session: Session, bundle: OpenedBundle, lines: list[dict]) -> AuditReceipt:
    receipt = receive_audit_events(session, bundle.sender, bundle.manifest["bundle_id"], lines)
    note_problems(session, ctx.actor, bundle.sender, bundle.path.name, receipt)
    return receipt


def _apply(session: Session, bundle: OpenedBundle, records: list[dict]) -> Applied:
    people = [r for r in records if r["type"] == "participant"]
    applied = apply_participants(session, bundle.sender, bundle.bundle_hash, people)
    decisions.reassert_pending(session, bundle.sender, bundle.manifest.get("receiver_sequence_applied", 0),
                               [uuid for uuid, kind in applied.classes.items() if kind in (NEW, NEWER)])
    apply_print_batches(session, bundle.sender, [r for r in records if r["type"] == "print_batch"], applied)
    refresh_verdicts(session, applied.touched, applied.touched_niks)
    return applied


def _note_peer(peer: SyncPeer, bundle: OpenedBundle) -> None:
    manifest = bundle.manifest
    peer.epoch_in = manifest["epoch"]
    peer.sequence_in = max(peer.sequence_in, bundle.sequence)
    peer.confirmed_sequence = max(peer.confirmed_sequence, manifest.get("receiver_sequence_applied", 0))


def _record_incoming(session: Session, bundle: OpenedBundle, applied: Applied) -> SyncBundle:
    manifest = bundle.manifest
    counts = {kind: applied.count(kind) for kind in ("new", "newer", "same", "older", "conflict", "refused")}
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


def _ack(session: Session, bundle: OpenedBundle, records: list[dict], applied: Applied, peer: SyncPeer,
         recover_all: bool, gaps: list[int]) -> Outgoing:
    manifest = bundle.manifest
    since = confirmed_serial(session, peer)
    lines = ack_lines(session, bundle.sender, records, applied, since, recover_all)
    extra = {"acknowledges": {"bundle_id": manifest["bundle_id"], "sequence": bundle.sequence,
                              "bundle_hash": bundle.bundle_hash, "epoch": manifest["epoch"]},
             "high_water": high_water(session, bundle.sender, peer), "gaps": gaps}
    return Outgoing(Kind.ACK.value, peer, lines, len(records), mode="ack", extra=extra,
                    state_serial=int(get_state(session, "state_serial", 0)))


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
