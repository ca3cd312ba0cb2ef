"""(field office) `import FILE` of an ack or reference bundle from the trusted hub.

In one transaction: records recovered from the hub (after a restore) or transferred to this office, the hub's
decisions (ends, reactivations, transfers: apply_decisions.py), verdicts, KPJ numbers, reference data, the hub's
high-water marks. A verdict is applied only if it is newer than the one held (by the hub's record
version, then the hub bundle's sequence), so acks may arrive late, twice or out of order.

The verdicts and KPJ numbers are applied in bulk (apply_outcomes.py).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import update
from sqlmodel import Session, col, select

from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.matching.pair_travel import apply_pair_lines
from pekerja_desktop.services.reference.data import load_known_reference_sets
from pekerja_desktop.services.sync.bundle.decision_lines import DECISION
from pekerja_desktop.services.sync.bundle.format import Kind
from pekerja_desktop.services.sync.bundle.incoming import open_checked, read_records
from pekerja_desktop.services.sync.bundle.pair_lines import DIFFERENT_PAIR
from pekerja_desktop.services.sync.bundle.read import OpenedBundle
from pekerja_desktop.services.sync.bundle.records import participant_parts
from pekerja_desktop.services.sync.epoch import begin_sync, raise_high_water, save_sidecar
from pekerja_desktop.services.sync.import_result import ImportResult, imported_row
from pekerja_desktop.services.sync.office.apply_decisions import apply_decisions
from pekerja_desktop.services.sync.office.apply_outcomes import apply_outcomes
from pekerja_desktop.services.sync.office.apply_reference import apply_reference
from pekerja_desktop.services.sync.outgoing import outbox_file
from pekerja_desktop.services.sync.participant_lines import replace_existing, store_new
from pekerja_desktop.services.sync.received import refusal
from pekerja_desktop.services.sync.state import require_field, trusted_hub
from pekerja_desktop.store.bulk import chunks
from pekerja_desktop.store.lifecycle_models import DecisionKind
from pekerja_desktop.store.models import Participant, ParticipantStatus, utcnow
from pekerja_desktop.store.sync_models import Direction, SyncBundle, SyncItem, SyncPeer


def import_hub_bundle(ctx: AppContext, path: Path, *, progress=None, cancelled=None) -> ImportResult:
    require_field(ctx)
    bundle = open_checked(ctx, path)
    with ctx.db.session() as session:
        previous = imported_row(session, bundle)
    if previous is not None:
        return ImportResult(previous.kind, previous.sender_code, previous.sequence, previous.bundle_hash, True,
                            json.loads(previous.summary).get("counts", {}))
    records = read_records(ctx, bundle, progress, cancelled)
    with ctx.db.write() as session:
        begin_sync(session, ctx.layout, ctx.office.code)
        hub, peer = trusted_hub(session)
        _follow_hub_epoch(session, peer, bundle)
        counts, details = _apply(ctx, session, bundle, records, hub.code)
        stale_files = _acknowledged(ctx, session, bundle)
        _record(session, bundle, counts)
    with ctx.db.session() as session:
        save_sidecar(session, ctx.layout, ctx.office.code)
    for stale in stale_files:
        stale.unlink(missing_ok=True)
    ctx.reload_reference()
    return ImportResult(bundle.kind, bundle.sender, bundle.sequence, bundle.bundle_hash, False, counts,
                        bundle.manifest.get("gaps", []), None, details)


def _follow_hub_epoch(session: Session, peer: SyncPeer, bundle: OpenedBundle) -> None:
    """A hub restored from a backup may have lost records: everything is sent again."""
    epoch = bundle.manifest["epoch"]
    if peer.epoch_in is not None and peer.epoch_in != epoch:
        session.execute(update(SyncItem).values(acked_version=0, sent_version=0, hub_version=0, ack_sequence=0))
    peer.epoch_in = epoch
    peer.sequence_in = max(peer.sequence_in, bundle.sequence)
    session.add(peer)


def _apply(ctx: AppContext, session: Session, bundle: OpenedBundle, records: list[dict],
           hub_code: str) -> tuple[dict, list[dict]]:
    own = ctx.office.code
    transfers = {r["participant_uuid"] for r in records if r["type"] == DECISION
                 and r.get("kind") == DecisionKind.TRANSFER.value and r.get("to_office") == own}
    recovered, details = recover_records(session, own, [r for r in records if r["type"] == "participant"
                                                         and r.get("office_code") == own], transfers)
    counts = {"recovered": recovered, "unrecovered": len(details), "accepted": 0, "rejected": 0, "duplicate": 0,
              "kpj": 0}
    decided = apply_decisions(session, [r for r in records if r["type"] == DECISION], own, f"hub:{hub_code}",
                              ctx.actor)
    counts.update(decided.counts)
    details.extend(decided.details)
    for detail in apply_outcomes(session, [r for r in records if r["type"] == "outcome"], bundle.sequence,
                                 f"hub:{hub_code}"):
        counts[detail["status"]] += 1
        counts["kpj"] += bool(detail.get("kpj_new"))
        details.append(detail)
    pairs = [r for r in records if r["type"] == DIFFERENT_PAIR]
    if pairs:  # (#12) the hub's "different persons" verdicts; an older hub sends none
        counts["different_pairs"] = apply_pair_lines(session, pairs)
    if bundle.kind == Kind.REFERENCE.value:
        counts.update(apply_reference(session, records, bundle.sequence))
    mark = bundle.manifest.get("high_water", {})
    raise_high_water(session, own, {hub_code: int(mark.get("sequence", 0))},
                     {str(k): int(v) for k, v in mark.get("serials", {}).items()})
    return counts, details


def recover_records(session: Session, own: str, lines: list[dict],
                    transfers: frozenset[str] | set[str] = frozenset()) -> tuple[int, list[dict]]:
    """The hub's copies of records this office lacks or holds in an older version — each held to the same rules as
    at the desk first (services/sync/received.py): one that fails is not taken, and named in the details. A record
    the hub transferred here (`transfers`, or one already held) keeps its first office's registration number; one
    this office had handed over and now gets back is taken whatever its version (marking it handed over was a
    version of this office's own, which the hub never had)."""
    ref, today = load_known_reference_sets(session), dt.date.today()
    candidates = [participant_parts(line) for line in lines]
    local = _versions_held(session, [candidate.uuid for candidate in candidates])
    parts, details = [], []
    for candidate in candidates:
        moved_here = candidate.uuid in transfers or candidate.uuid in local
        refused = refusal(candidate, own, ref, today, transferred_in=moved_here)
        if refused is None:
            parts.append(candidate)
        else:
            details.append({"status": "unrecovered", "reason": refused[0], "detail": refused[1],
                            "registration_number": candidate.columns["registration_number"]})
    taken: set[str] = set()
    for chunk in chunks([part.columns["registration_number"] for part in parts]):
        taken.update(session.scalars(select(Participant.registration_number)
                                     .where(col(Participant.registration_number).in_(chunk))))
    fresh = [p for p in parts if p.uuid not in local and p.columns["registration_number"] not in taken]
    back = _handed_over(session, [p.uuid for p in parts if p.uuid in transfers and p.uuid in local])
    newer = [p for p in parts if p.uuid in local and (local[p.uuid] < p.version or p.uuid in back)]
    store_new(session, fresh, keep_kpj=True)
    replace_existing(session, newer, keep_kpj=True)
    for part in fresh + newer:
        item = _item(session, part.uuid)
        item.acked_version = item.hub_version = item.sent_version = part.version
        session.add(item)
    return len(fresh) + len(newer), details


def _versions_held(session: Session, uuids: list[str]) -> dict[str, int]:
    """uuid → the version this office holds, for those of `uuids` it holds."""
    held: dict[str, int] = {}
    for chunk in chunks(uuids):
        held.update(session.execute(select(Participant.uuid, Participant.version)
                                    .where(col(Participant.uuid).in_(chunk))).all())
    return held


def _handed_over(session: Session, uuids: list[str]) -> set[str]:
    """Of these records held here, those marked transferred (to another office, by an earlier decision)."""
    if not uuids:
        return set()
    return set(session.scalars(select(Participant.uuid).where(
        col(Participant.uuid).in_(uuids), col(Participant.status) == ParticipantStatus.TRANSFERRED.value)))


def _item(session: Session, uuid: str, kind: str = "participant") -> SyncItem:
    return session.get(SyncItem, (kind, uuid)) or SyncItem(kind=kind, uuid=uuid)


def _acknowledged(ctx: AppContext, session: Session, bundle: OpenedBundle) -> list[Path]:
    """Mark the data bundle acknowledged; outbox copies it covers may go (a full bundle covers older ones)."""
    answered = bundle.manifest.get("acknowledges", {})
    row = session.scalar(select(SyncBundle).where(col(SyncBundle.direction) == Direction.OUT.value,
                                                  col(SyncBundle.bundle_hash) == answered.get("bundle_hash", "")))
    if row is None:
        return []
    row.status, row.acknowledged_at = "acknowledged", utcnow()
    session.add(row)
    covered = [row] if row.mode != "full" else list(session.scalars(select(SyncBundle).where(
        col(SyncBundle.direction) == Direction.OUT.value, col(SyncBundle.sequence) <= row.sequence)))
    return [outbox_file(ctx.layout, b) for b in covered]


def _record(session: Session, bundle: OpenedBundle, counts: dict) -> None:
    manifest = bundle.manifest
    session.add(SyncBundle(direction=Direction.IN.value, kind=bundle.kind, bundle_id=manifest["bundle_id"],
                           sender_code=bundle.sender, receiver_code=manifest["receiver_code"],
                           epoch=manifest["epoch"], sequence=bundle.sequence, bundle_hash=bundle.bundle_hash,
                           previous_hash=manifest["previous_hash"], created_at=utcnow(),
                           record_count=manifest["payload"]["records"], mode=bundle.kind, status="applied",
                           file_name=bundle.path.name, summary=json.dumps({"counts": counts})))
