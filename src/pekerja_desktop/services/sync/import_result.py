"""What `import` returns at either role, and the bundle already imported (the same file again is a no-op)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, col, select

from pekerja_desktop.services.audit.walk import ChainBreak
from pekerja_desktop.services.sync.bundle.read import OpenedBundle
from pekerja_desktop.store.sync_models import Direction, SyncBundle


@dataclass(frozen=True)
class ImportResult:
    kind: str
    sender: str
    sequence: int
    bundle_hash: str
    duplicate: bool
    counts: dict = field(default_factory=dict)
    gaps: list[int] = field(default_factory=list)
    ack_path: Path | None = None
    details: list[dict] = field(default_factory=list)  # office side: what the clerk must look at
    audit_problems: list[ChainBreak] = field(default_factory=list)  # hub side: the office's audit chain breaks


def imported_row(session: Session, bundle: OpenedBundle) -> SyncBundle | None:
    return session.scalar(select(SyncBundle).where(
        col(SyncBundle.direction) == Direction.IN.value, col(SyncBundle.sender_code) == bundle.sender,
        col(SyncBundle.bundle_hash) == bundle.bundle_hash))
