"""What a sync page shows: bundle history with statuses, records not yet acknowledged, days since the last
export, and each record's verdict from the hub."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, and_, col, or_, select

from pekerja_desktop.services.sync.office.collect import UNSENT_STATUSES
from pekerja_desktop.store.models import Participant, ParticipantStatus
from pekerja_desktop.store.sync_models import Direction, SyncBundle, SyncItem


@dataclass(frozen=True)
class BundleEntry:
    direction: str
    kind: str
    sender_code: str
    receiver_code: str
    sequence: int
    status: str
    record_count: int
    recorded_at: dt.datetime
    acknowledged_at: dt.datetime | None
    file_name: str
    summary: dict


def bundle_history(session: Session, limit: int = 200) -> list[BundleEntry]:
    rows = session.scalars(select(SyncBundle).order_by(col(SyncBundle.recorded_at).desc(), col(SyncBundle.id).desc())
                           .limit(limit))
    return [BundleEntry(r.direction, r.kind, r.sender_code, r.receiver_code, r.sequence, r.status, r.record_count,
                        r.recorded_at, r.acknowledged_at, r.file_name, json.loads(r.summary)) for r in rows]


def _unacknowledged():
    return (select(Participant).outerjoin(SyncItem, and_(col(SyncItem.kind) == "participant",
                                                         col(SyncItem.uuid) == Participant.uuid))
            .where(col(Participant.status).not_in(UNSENT_STATUSES), col(Participant.purged_at).is_(None),
                   or_(col(SyncItem.uuid).is_(None), col(SyncItem.acked_version) < Participant.version)))


def count_not_acknowledged(session: Session) -> int:
    """Finished records whose current version the hub has not acknowledged yet."""
    return session.scalar(select(func.count()).select_from(_unacknowledged().subquery())) or 0


def not_acknowledged(session: Session, limit: int | None = None) -> list[Participant]:
    query = _unacknowledged().order_by(col(Participant.id))
    return list(session.scalars(query.limit(limit) if limit else query))


def count_not_exported(session: Session) -> int:
    """Finished records whose current version has not been written to any bundle yet."""
    query = (select(func.count()).select_from(Participant)
             .outerjoin(SyncItem, and_(col(SyncItem.kind) == "participant", col(SyncItem.uuid) == Participant.uuid))
             .where(col(Participant.status).not_in(UNSENT_STATUSES), col(Participant.purged_at).is_(None),
                    or_(col(SyncItem.uuid).is_(None), col(SyncItem.sent_version) < Participant.version)))
    return session.scalar(query) or 0


def days_since_last_export(session: Session, today: dt.date | None = None) -> int | None:
    """None when nothing was ever exported."""
    last = session.scalar(select(func.max(col(SyncBundle.recorded_at)))
                          .where(col(SyncBundle.direction) == Direction.OUT.value))
    if last is None:
        return None
    today = today or dt.date.today()
    aware = last if last.tzinfo else last.replace(tzinfo=dt.UTC)  # stored UTC, read back naive
    return (today - aware.astimezone().date()).days


def verdict_of(session: Session, uuid: str) -> SyncItem | None:
    return session.get(SyncItem, ("participant", uuid))


def rejected_records(session: Session) -> list[tuple[Participant, SyncItem]]:
    rows = session.execute(select(Participant, SyncItem).join(SyncItem, and_(
        col(SyncItem.kind) == "participant", col(SyncItem.uuid) == Participant.uuid))
        .where(col(Participant.status) == ParticipantStatus.REJECTED.value).order_by(col(Participant.id))).all()
    return [(p, item) for p, item in rows]
