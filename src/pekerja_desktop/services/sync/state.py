"""Small helpers over the sync tables: this installation's key/value state and its peers."""

from __future__ import annotations

import json

from sqlmodel import Session, col, select

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.store.models import Office, OfficeRole
from pekerja_desktop.store.sync_models import SyncPeer, SyncState


def get_state(session: Session, key: str, default=None):
    value = session.scalar(select(SyncState.value).where(col(SyncState.key) == key))
    return json.loads(value) if value is not None else default


def set_state(session: Session, key: str, value) -> None:
    session.merge(SyncState(key=key, value=json.dumps(value)))


def next_state_serial(session: Session) -> int:
    """(hub) A counter that grows at every verdict change."""
    serial = int(get_state(session, "state_serial", 0)) + 1
    set_state(session, "state_serial", serial)
    return serial


def is_hub(ctx: AppContext) -> bool:
    return ctx.office.role == OfficeRole.HUB.value


def require_hub(ctx: AppContext) -> None:
    if not is_hub(ctx):
        raise SyncError("trust.not_hub")


def require_field(ctx: AppContext) -> None:
    if is_hub(ctx):
        raise SyncError("trust.not_field")


def peer(session: Session, office_code: str) -> SyncPeer | None:
    return session.get(SyncPeer, office_code)


def trusted_hub(session: Session) -> tuple[Office, SyncPeer]:
    """(field office) The hub this office sends to."""
    found = session.execute(select(Office, SyncPeer).join(SyncPeer, col(SyncPeer.office_code) == Office.code)
                            .where(col(SyncPeer.role) == OfficeRole.HUB.value, ~col(Office.is_self))).first()
    if found is None:
        raise SyncError("trust.no_hub")
    return found[0], found[1]


def registered_office(session: Session, office_code: str) -> tuple[Office, SyncPeer]:
    found = session.execute(select(Office, SyncPeer).join(SyncPeer, col(SyncPeer.office_code) == Office.code)
                            .where(col(Office.code) == office_code, ~col(Office.is_self))).first()
    if found is None:
        raise SyncError("trust.unknown_office", office_code=office_code)
    return found[0], found[1]


def registered_offices(session: Session) -> list[tuple[Office, SyncPeer]]:
    rows = session.execute(select(Office, SyncPeer).join(SyncPeer, col(SyncPeer.office_code) == Office.code)
                           .where(col(SyncPeer.role) == OfficeRole.FIELD.value, ~col(Office.is_self))
                           .order_by(col(Office.code))).all()
    return [(office, found) for office, found in rows]


def sender_key(session: Session, office_code: str, path: str) -> tuple[Office, SyncPeer]:
    """The registered/trusted office that signed a bundle, or the refusal naming it."""
    try:
        return registered_office(session, office_code)
    except PekerjaError as exc:
        raise SyncError("bundle.unknown_sender", path=path, office_code=office_code) from exc
