"""What the Sinkronisasi page and the header show, read in one short unit of work through the sync services.

Plain data only: the ui runs these on its worker threads and hands the results to its models."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import Session

from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.reference.data import get_setting
from pekerja_desktop.services.sync import history
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.office.reason_text import reason_text
from pekerja_desktop.services.sync.signing_key import fingerprint
from pekerja_desktop.services.sync.state import is_hub, registered_offices, trusted_hub

WARNING_SETTING = "export_warning_days"
DEFAULT_WARNING_DAYS = 7
HISTORY_LIMIT = 500
PENDING_LIMIT = 1000
PEER_HISTORY_LIMIT = 20_000  # how far back the hub looks for each office's last bundle


def today() -> dt.date:
    """The clock of the page and the header (tests replace it)."""
    return dt.date.today()


@dataclass(frozen=True)
class PeerInfo:
    """The trusted hub (at an office) or a registered office (at the hub)."""
    code: str
    name: str
    fingerprint: str
    last_bundle_at: dt.datetime | None = None
    days_since: int | None = None
    last_sequence: int = 0


@dataclass(frozen=True)
class RecordRow:
    registration_number: str
    full_name: str
    village: str
    status: str
    changed_at: dt.datetime | None
    reason: str = ""


@dataclass(frozen=True)
class ExportAge:
    days: int | None  # None: never exported (or the hub, which does not send data bundles)
    limit: int

    @property
    def overdue(self) -> bool:
        return self.days is not None and self.days > self.limit


@dataclass(frozen=True)
class SyncSnapshot:
    hub: bool
    history: list[history.BundleEntry] = field(default_factory=list)
    export_age: ExportAge = ExportAge(None, DEFAULT_WARNING_DAYS)
    last_export_at: dt.datetime | None = None
    not_acknowledged: int = 0
    not_exported: int = 0
    pending: list[RecordRow] = field(default_factory=list)
    rejected: list[RecordRow] = field(default_factory=list)
    peers: list[PeerInfo] = field(default_factory=list)


def warning_days(session: Session) -> int:
    try:
        return max(0, int(get_setting(session, WARNING_SETTING, DEFAULT_WARNING_DAYS)))
    except (TypeError, ValueError):
        return DEFAULT_WARNING_DAYS


def read_export_age(ctx: AppContext) -> ExportAge:
    """Days since this office last exported, and the limit after which the header warns."""
    with ctx.db.session() as session:
        limit = warning_days(session)
        days = None if is_hub(ctx) else history.days_since_last_export(session, today())
    return ExportAge(days, limit)


def _village(regions: RegionIndex, code: str | None) -> str:
    region = regions.get(code) if code else None
    return region.name if region is not None else (code or "")


def _pending(session: Session, regions: RegionIndex) -> list[RecordRow]:
    return [RecordRow(p.registration_number or "", p.full_name, _village(regions, p.village_code), p.status,
                      p.updated_at) for p in history.not_acknowledged(session, PENDING_LIMIT)]


def _rejected(session: Session, regions: RegionIndex) -> list[RecordRow]:
    return [RecordRow(p.registration_number or "", p.full_name, _village(regions, p.village_code), p.status,
                      item.updated_at, reason_text({"reason": item.ack_reason, "detail": item.ack_detail}))
            for p, item in history.rejected_records(session)]


def _days(moment: dt.datetime | None) -> int | None:
    if moment is None:
        return None
    local = moment.astimezone() if moment.tzinfo else moment
    return (today() - local.date()).days


def _hub_peers(session: Session) -> list[PeerInfo]:
    last: dict[str, history.BundleEntry] = {}
    for entry in history.bundle_history(session, PEER_HISTORY_LIMIT):  # newest first
        if entry.direction == "in":
            last.setdefault(entry.sender_code, entry)
    peers = []
    for office, peer in registered_offices(session):
        latest = last.get(office.code)
        moment = latest.recorded_at if latest else None
        peers.append(PeerInfo(office.code, office.name, fingerprint(office.public_key), moment, _days(moment),
                              peer.sequence_in))
    return peers


def _office_peers(session: Session) -> list[PeerInfo]:
    try:
        office, peer = trusted_hub(session)
    except SyncError:
        return []
    return [PeerInfo(office.code, office.name, fingerprint(office.public_key), last_sequence=peer.sequence_in)]


def load_snapshot(ctx: AppContext) -> SyncSnapshot:
    hub, regions = is_hub(ctx), ctx.reference.regions
    with ctx.db.session() as session:
        entries = history.bundle_history(session, HISTORY_LIMIT)
        limit = warning_days(session)
        if hub:
            return SyncSnapshot(True, entries, ExportAge(None, limit), peers=_hub_peers(session))
        sent = [e.recorded_at for e in entries if e.direction == "out"]
        return SyncSnapshot(
            False, entries, ExportAge(history.days_since_last_export(session, today()), limit),
            last_export_at=max(sent) if sent else None,
            not_acknowledged=history.count_not_acknowledged(session),
            not_exported=history.count_not_exported(session),
            pending=_pending(session, regions), rejected=_rejected(session, regions),
            peers=_office_peers(session))
