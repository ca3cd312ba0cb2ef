"""(field office) Applying a reference bundle's data: the hub's tables replace the office's own (codes missing from
the bundle are deactivated, never deleted), settings that belong to the installation excepted; an older reference
bundle arriving after a newer one changes nothing. The matching data (services/matching/office_store.py) is
replaced whole."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, update
from sqlmodel import Session, select

from pekerja_desktop.services.matching.office_store import apply_matching
from pekerja_desktop.services.sync.bundle.reference_lines import LOCAL_SETTINGS, REFERENCE_TYPES
from pekerja_desktop.services.sync.state import get_state, set_state
from pekerja_desktop.store.dialect import after_explicit_ids, upsert
from pekerja_desktop.store.models import ContributionRate, FundingSource, Occupation, Office
from pekerja_desktop.store.sync_models import SyncPeer


def _values(kind: str, line: dict) -> dict:
    _, _, fields = REFERENCE_TYPES[kind]
    values = {}
    for name, (type_name, _) in fields.items():
        value = line.get(name)
        values[name] = dt.date.fromisoformat(value) if type_name == "date" and value else value
    return values


def _upsert(session: Session, kind: str, rows: list[dict]) -> None:
    model, keys, _ = REFERENCE_TYPES[kind]
    if not rows:
        return
    insert = upsert(session, model)
    changed = {name: insert.excluded[name] for name in rows[0] if name not in keys}
    statement = insert.on_conflict_do_update(index_elements=list(keys), set_=changed) if changed \
        else insert.on_conflict_do_nothing()
    session.execute(statement, rows)


def _replace_rates(session: Session, rows: list[dict]) -> None:
    session.execute(delete(ContributionRate))
    session.execute(upsert(session, ContributionRate), rows)
    if rows and "id" in rows[0]:
        after_explicit_ids(session.connection(), "contribution_rate")


def _deactivate_missing(session: Session, model, rows: list[dict]) -> None:
    session.execute(update(model).where(model.code.not_in([r["code"] for r in rows])).values(active=False))


def _offices(session: Session, rows: list[dict]) -> list[dict]:
    """Registered offices for lists and names; never this office or a trusted peer's key."""
    protected = set(session.scalars(select(Office.code).where(Office.is_self)))
    protected |= set(session.scalars(select(SyncPeer.office_code)))
    now = dt.datetime.now(dt.UTC)
    return [{**r, "is_self": False, "created_at": now} for r in rows if r["code"] not in protected]


def apply_reference(session: Session, records: list[dict], sequence: int) -> dict:
    if sequence <= int(get_state(session, "reference_sequence", 0)):
        return {"reference_skipped": 1}
    counts = {}
    for kind in REFERENCE_TYPES:
        rows = [_values(kind, r) for r in records if r["type"] == kind]
        if kind == "setting":  # a hub of an earlier release sent them all
            rows = [r for r in rows if r["key"] not in LOCAL_SETTINGS]
        if not rows:
            continue
        counts[kind] = len(rows)
        if kind == "contribution_rate":
            _replace_rates(session, rows)
            continue
        _upsert(session, kind, _offices(session, rows) if kind == "office" else rows)
        if kind in ("occupation", "funding_source"):
            _deactivate_missing(session, Occupation if kind == "occupation" else FundingSource, rows)
    counts.update(apply_matching(session, records))
    set_state(session, "reference_sequence", sequence)
    return counts
