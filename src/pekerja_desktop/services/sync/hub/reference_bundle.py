"""Reference bundles, hub → offices: regions, occupations, funding sources, heir relationships, contribution
rates, settings, registered offices, and what matching needs of the other offices' people and of the covered
lists (services/matching/hub_lines.py: keys only, never names in clear) — plus every decision (end, reactivation,
transfer), verdict and KPJ number not yet confirmed by the office.

The hub's tables are the reference; an office replaces its own with them (codes missing from the bundle
are deactivated, never deleted: old records keep pointing at them). An older reference bundle arriving after
a newer one changes no reference data (its verdicts still count).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from pathlib import Path

from sqlmodel import Session, col, select

from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.matching.hub_lines import Shared, matching_lines, record_share
from pekerja_desktop.services.sync.bundle.format import Kind
from pekerja_desktop.services.sync.bundle.reference_lines import LOCAL_SETTINGS, REFERENCE_TYPES, reference_line
from pekerja_desktop.services.sync.epoch import begin_sync, save_sidecar
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.hub import decisions
from pekerja_desktop.services.sync.hub.ack import confirmed_serial, high_water, outcome_lines
from pekerja_desktop.services.sync.outgoing import ExportResult, Outgoing, deliver, prepared_dir, write_outgoing
from pekerja_desktop.services.sync.state import (
    get_state,
    registered_office,
    registered_offices,
    require_hub,
)
from pekerja_desktop.store.models import Office, Setting, saved_id, table_of
from pekerja_desktop.store.sync_models import SyncPeer


def reference_data_lines(session: Session, version: int) -> Iterator[dict]:
    for kind, (model, keys, _) in REFERENCE_TYPES.items():
        query = table_of(model).select()
        if model is Office:
            query = query.where(col(Office.code).in_(select(SyncPeer.office_code)) | Office.is_self)
        if model is Setting:
            query = query.where(col(Setting.key).not_in(LOCAL_SETTINGS))
        for row in session.execute(query.order_by(*[table_of(model).c[k] for k in keys])).mappings():
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
            since = confirmed_serial(session, peer)
            shared = Shared()
            lines = chain(reference_data_lines(session, check.generation),
                          matching_lines(session, target.code, check.generation, shared),
                          decisions.decision_lines(session, target.code, since),
                          outcome_lines(session, target.code, since, set()))
            outgoing = Outgoing(Kind.REFERENCE.value, peer, lines, mode="reference",
                                extra={"high_water": high_water(session, target.code, peer)},
                                state_serial=int(get_state(session, "state_serial", 0)))
            written = write_outgoing(ctx, session, check, outgoing, progress=progress, cancelled=cancelled)
            record_share(session, saved_id(written.row), shared)
            recorded.append(written)
    with ctx.db.session() as session:
        save_sidecar(session, ctx.layout, ctx.office.code)
    return [deliver(ctx, item, out_dir) for item in recorded]
