"""`export`: at a field office, a data bundle for the hub; at the hub, reference bundles for the offices.

The order makes a kill at any moment safe: the sequence number is reserved in the sidecar, the bundle is
written to the outbox under a temporary name and renamed, the database records what was sent in one
transaction, and only then is the bundle copied (atomically, read back) to the destination. Records are
never marked acknowledged here: everything not acknowledged goes again in the next bundle.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

from sqlmodel import Session, col, select

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.progress import Cancelled, Progress
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.matching.pair_travel import unsent_pair_lines
from pekerja_desktop.services.sync.audit_travel import AuditSelection
from pekerja_desktop.services.sync.bundle.format import Kind
from pekerja_desktop.services.sync.bundle.write import copy_verified
from pekerja_desktop.services.sync.epoch import begin_sync, save_sidecar
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.hub.reference_bundle import export_reference
from pekerja_desktop.services.sync.office.collect import Selection
from pekerja_desktop.services.sync.outgoing import (
    ExportResult,
    Outgoing,
    deliver,
    outbox_file,
    prepared_dir,
    verifier,
    write_outgoing,
)
from pekerja_desktop.services.sync.state import is_hub, set_state, trusted_hub
from pekerja_desktop.store.bulk import bulk_page_cache, upsert_rows
from pekerja_desktop.store.models import table_of, utcnow
from pekerja_desktop.store.sync_models import Direction, SyncBundle, SyncItem


def export_bundles(ctx: AppContext, out_dir: Path, *, changed_only: bool = False, office: str | None = None,
                   progress: Progress | None = None, cancelled: Cancelled | None = None) -> list[ExportResult]:
    """What `export` does for this office's role."""
    ctx.require(Permission.EXPORT)
    if is_hub(ctx):
        results = export_reference(ctx, out_dir, office=office, progress=progress, cancelled=cancelled)
    else:
        results = [export_data(ctx, out_dir, changed_only=changed_only, progress=progress, cancelled=cancelled)]
    for result in results:
        record_export(ctx, result, "export")
    return results


def record_export(ctx: AppContext, result: ExportResult, action: str) -> None:
    ctx.audit(action, result.path.name, kind=result.kind, receiver=result.receiver_code, sequence=result.sequence,
              records=result.records, sha256=result.bundle_hash)


def export_data(ctx: AppContext, out_dir: Path, *, changed_only: bool = False, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ExportResult:
    """(field office) Write the data bundle for the hub into `out_dir` and return where it is."""
    out_dir = prepared_dir(out_dir)
    with ctx.db.write() as session, bulk_page_cache(session.connection()):
        check = begin_sync(session, ctx.layout, ctx.office.code)
        _, hub_peer = trusted_hub(session)
        selection = Selection(session, ctx.office.code, changed_only)
        trail = AuditSelection(session, ctx.office.code, hub_peer)
        lines = itertools.chain(selection.lines(), unsent_pair_lines(session), trail.lines())
        outgoing = Outgoing(Kind.DATA.value, hub_peer, lines, selection.participant_count(),
                            mode="changed" if changed_only else "full",
                            extra={"mode": "changed" if changed_only else "full",
                                   "receiver_sequence_applied": hub_peer.sequence_in})
        recorded = write_outgoing(ctx, session, check, outgoing, progress=progress, cancelled=cancelled)
        now = utcnow()
        selection.record_participants_sent(recorded.row.sequence, now)
        _mark_sent(session, selection.sent, recorded.row.sequence, now)
        trail.note_sent(recorded.row)
        set_state(session, "last_export_at", utcnow().isoformat())
    with ctx.db.session() as session:
        save_sidecar(session, ctx.layout, ctx.office.code)
    return deliver(ctx, recorded, out_dir)


def _mark_sent(session: Session, sent: list[tuple[str, str, int]], sequence: int,
               now: dt.datetime | None = None) -> None:
    """What was sent (the print batches; participants: `Selection.record_participants_sent`), at which version, in
    which bundle: driver-level (an ORM upsert cost 45 µs a record)."""
    now = now or utcnow()
    fresh = {"acked_version": 0, "hub_version": 0, "ack_status": "", "ack_reason": "", "ack_detail": "",
             "duplicate_of": None, "ack_sequence": 0}  # the model's defaults, for a record sent the first time
    rows = [{"kind": kind, "uuid": uuid, "sent_version": version, "sent_sequence": sequence, "updated_at": now,
             **fresh} for kind, uuid, version in sent]
    upsert_rows(session.connection(), table_of(SyncItem), ["kind", "uuid"],
                ["sent_version", "sent_sequence", "updated_at"], rows)


def resend(ctx: AppContext, sequence: int, out_dir: Path) -> ExportResult:
    """Copy bundle number `sequence` again, exactly as first written (from the outbox)."""
    ctx.require(Permission.EXPORT)
    out_dir = prepared_dir(out_dir)
    with ctx.db.session() as session:
        row = session.scalar(select(SyncBundle).where(col(SyncBundle.direction) == Direction.OUT.value,
                                                      col(SyncBundle.sequence) == sequence,
                                                      col(SyncBundle.sender_code) == ctx.office.code)
                             .order_by(col(SyncBundle.id).desc()).limit(1))
    if row is None or not (source := outbox_file(ctx.layout, row)).exists():
        raise SyncError("export.resend_unknown", sequence=sequence)
    target = copy_verified(source, out_dir / source.name, verifier(ctx.office.public_key, row.bundle_hash))
    summary_counts = json.loads(row.summary).get("counts", {})
    result = ExportResult(target, row.kind, row.receiver_code, row.sequence, summary_counts, row.record_count,
                          target.stat().st_size, row.bundle_hash)
    record_export(ctx, result, "export.resend")
    return result
