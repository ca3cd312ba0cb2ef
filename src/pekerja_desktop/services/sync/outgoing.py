"""Writing a bundle to a peer inside a sync transaction: number it, sign it, keep it in the outbox, record it.

Every bundle is first written (atomically) to `outbox/` in the data directory — encrypted to the receiver,
so nothing readable is kept — and only then copied to the destination (a USB stick), again atomically and
checked by reading it back. The outbox copy allows an exact resend; it is deleted once the hub has
acknowledged the bundle.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from pekerja_desktop.paths import DataLayout
from pekerja_desktop.progress import Cancelled, Progress
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.bundle.format import bundle_file_name, data_record_count
from pekerja_desktop.services.sync.bundle.read import check_signature, read_bundle
from pekerja_desktop.services.sync.bundle.write import (
    GZIP_LEVEL,
    BundleHeader,
    EncodedLine,
    WrittenBundle,
    copy_verified,
    write_bundle,
)
from pekerja_desktop.services.sync.epoch import EpochCheck, next_sequence, reserve_sequence
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.office_keys import office_keys
from pekerja_desktop.store.models import utcnow
from pekerja_desktop.store.sync_models import Direction, SyncBundle, SyncPeer

OUTBOX_NAME = "outbox"


@dataclass(frozen=True)
class Outgoing:
    kind: str
    receiver: SyncPeer
    lines: Iterable[dict | EncodedLine]
    total: int = 0
    mode: str = "full"
    extra: dict | None = None
    state_serial: int = 0
    level: int = GZIP_LEVEL  # gzip's compression level


@dataclass(frozen=True)
class Recorded:
    written: WrittenBundle
    row: SyncBundle


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    receiver_code: str
    sequence: int
    counts: dict
    records: int
    size: int
    bundle_hash: str


def outbox_dir(layout: DataLayout) -> Path:
    path = layout.root / OUTBOX_NAME
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def remove_stale_partials(directory: Path) -> None:
    """Temporary files left by a process killed while writing (never under a bundle's final name)."""
    for stale in directory.glob(".pekerja-*.partial"):
        with contextlib.suppress(OSError):
            stale.unlink()


def verifier(public_hex: str, expected_hash: str | None = None):
    """A check for a bundle just written: complete, hashes right, signed by us (and the expected one)."""
    def verify(path: Path) -> None:
        try:
            bundle = read_bundle(path)
            check_signature(bundle, public_hex)
        except SyncError as exc:
            raise SyncError("export.verify_failed", path=str(path), reason=exc.message()) from exc
        if expected_hash is not None and bundle.bundle_hash != expected_hash:
            raise SyncError("export.verify_failed", path=str(path), reason="another bundle was read back")
    return verify


def write_outgoing(ctx: AppContext, session: Session, check: EpochCheck, outgoing: Outgoing, *,
                   progress: Progress | None = None, cancelled: Cancelled | None = None) -> Recorded:
    """Number, write (to the outbox) and record one bundle; the caller's transaction commits it."""
    receiver = outgoing.receiver
    sequence = next_sequence(session, ctx.layout, receiver.office_code)
    reserve_sequence(ctx.layout, ctx.office.code, check.epoch, receiver.office_code, sequence)
    header = BundleHeader(outgoing.kind, ctx.office.code, receiver.office_code, receiver.age_recipient,
                          check.epoch, sequence, receiver.hash_out, dict(outgoing.extra or {}))
    outbox = outbox_dir(ctx.layout)
    remove_stale_partials(outbox)
    target = outbox / bundle_file_name(outgoing.kind, ctx.office.code, receiver.office_code, sequence)
    written = write_bundle(target, header, outgoing.lines, office_keys(ctx).signing,
                           total=outgoing.total, progress=progress, cancelled=cancelled,
                           verify=verifier(ctx.office.public_key), level=outgoing.level)
    try:
        row = _record(session, written, outgoing, receiver)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return Recorded(written, row)


def _record(session: Session, written: WrittenBundle, outgoing: Outgoing, receiver: SyncPeer) -> SyncBundle:
    manifest = written.manifest
    row = SyncBundle(direction=Direction.OUT.value, kind=outgoing.kind, bundle_id=manifest["bundle_id"],
                     sender_code=manifest["office_code"], receiver_code=receiver.office_code,
                     epoch=manifest["epoch"], sequence=manifest["sequence"], bundle_hash=written.bundle_hash,
                     previous_hash=manifest["previous_hash"], created_at=utcnow(),
                     record_count=data_record_count(manifest), mode=outgoing.mode, status="sent",
                     file_name=written.path.name, state_serial=outgoing.state_serial,
                     summary=json.dumps({"counts": manifest["counts"], "size": written.size}))
    session.add(row)
    receiver.sequence_out = max(receiver.sequence_out, manifest["sequence"])
    receiver.hash_out = written.bundle_hash
    session.add(receiver)
    session.flush()
    return row


def outbox_file(layout: DataLayout, row: SyncBundle) -> Path:
    return layout.root / OUTBOX_NAME / row.file_name


def prepared_dir(out_dir: Path) -> Path:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(out_dir)
    return out_dir


def deliver(ctx: AppContext, recorded: Recorded, out_dir: Path) -> ExportResult:
    """Copy the recorded bundle from the outbox to `out_dir`, checked by reading the copy back."""
    written, row = recorded.written, recorded.row
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    target = copy_verified(written.path, Path(out_dir) / written.path.name,
                           verifier(ctx.office.public_key, written.bundle_hash))
    manifest = written.manifest
    return ExportResult(target, row.kind, row.receiver_code, row.sequence, manifest["counts"],
                        data_record_count(manifest), written.size, written.bundle_hash)
