"""Reference bundles, hub → offices: regions, occupations, funding sources, heir relationships, contribution
rates, settings, registered offices — plus every verdict and KPJ number not yet confirmed by the office.

The hub's tables are the reference; an office replaces its own with them (codes missing from the bundle
are deactivated, never deleted: old records keep pointing at them). An older reference bundle arriving after
a newer one changes no reference data (its verdicts still count).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlmodel import Session

from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.bundle.format import Kind
from pekerja_desktop.services.sync.bundle.reference_lines import REFERENCE_TYPES, reference_line
from pekerja_desktop.services.sync.epoch import begin_sync, save_sidecar
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.hub.ack import confirmed_serial, high_water, outcome_lines
from pekerja_desktop.services.sync.outgoing import ExportResult, Outgoing, deliver, prepared_dir, write_outgoing
from pekerja_desktop.services.sync.state import (
    get_state,
    registered_office,
    registered_offices,
    require_hub,
    set_state,
)
from pekerja_desktop.store.dialect import after_explicit_ids, upsert
from pekerja_desktop.store.models import ContributionRate, FundingSource, Occupation, Office, Setting
from pekerja_desktop.store.sync_models import SyncPeer

# Settings that belong to one installation and never travel: an office's own address and printer offsets on
# its cards, its backup and screen-lock choices, and the hub's own BPJS template and bill signer. Everything
# else (age limits, income, programmes, BPJS contact, quota and coverage targets, retention, export warning)
# is provincial policy: the hub's value replaces the office's.
LOCAL_SETTINGS = frozenset({"office_address", "card_back_offsets", "backup_keep", "backup_daily",
                            "idle_lock_minutes", "bpjs_template", "billing_signer"})


def reference_data_lines(session: Session, version: int) -> Iterator[dict]:
    for kind, (model, keys, _) in REFERENCE_TYPES.items():
        query = select(model.__table__)
        if model is Office:
            query = query.where(Office.code.in_(select(SyncPeer.office_code)) | Office.is_self)
        if model is Setting:
            query = query.where(Setting.key.not_in(LOCAL_SETTINGS))
        for row in session.execute(query.order_by(*[model.__table__.c[k] for k in keys])).mappings():
            yield reference_line(kind, row, version)


def export_reference(ctx: AppContext, out_dir: Path, *, office: str | None = None, progress=None,
                     cancelled=None) -> list[ExportResult]:
    """(hub) One reference bundle per registered office (or only `office`), each encrypted to that office."""
    require_hub(ctx)
    out_dir = prepared_dir(out_dir)
    recorded = []
    with ctx.db.write() as session:
        check = begin_sync(session, ctx.layout, ctx.office.code)
        targets = [registered_office(session, office)] if office else registered_offices(session)
        if not targets:
            raise SyncError("trust.no_offices")
        for target, peer in targets:
            lines = chain(reference_data_lines(session, check.generation),
                          outcome_lines(session, target.code, confirmed_serial(session, peer), set()))
            outgoing = Outgoing(Kind.REFERENCE.value, peer, lines, mode="reference",
                                extra={"high_water": high_water(session, target.code, peer)},
                                state_serial=int(get_state(session, "state_serial", 0)))
            recorded.append(write_outgoing(ctx, session, check, outgoing, progress=progress, cancelled=cancelled))
    with ctx.db.session() as session:
        save_sidecar(session, ctx.layout, ctx.office.code)
    return [deliver(ctx, item, out_dir) for item in recorded]


# --- office side -----------------------------------------------------------------------------------------

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
    set_state(session, "reference_sequence", sequence)
    return counts
