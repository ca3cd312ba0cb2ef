"""(hub) The bill of a month, as `report billing` writes it, and its closing (`--close`).

Shown: a closed month exactly as it was frozen; the next month to close with the corrections its close would
carry; any other open month as computed from the register. Closed: the month is frozen (freeze.py), its sealed
copy and its bill file are staged, the transaction commits, and only then do both files take their final names —
a failure anywhere leaves the month open and no file behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from sqlmodel import Session

from pekerja_desktop.documents.output import writing
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.fileio import atomic_path
from pekerja_desktop.services.billing.closed import closed_months, frozen_billing, load_closed, month_to_close
from pekerja_desktop.services.billing.compute import Billing, Names, compute_billing
from pekerja_desktop.services.billing.corrections import find_corrections
from pekerja_desktop.services.billing.freeze import correction_lines, freeze_month, group_corrections
from pekerja_desktop.services.billing.output import write_billing_pdf, write_billing_xlsx
from pekerja_desktop.services.billing.sealed import copy_path, seal, write_missing_copies
from pekerja_desktop.services.billing.signer import load_signer
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.state import require_hub
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.billing_models import ClosedBill
from pekerja_desktop.store.bulk import bulk_page_cache


def billing_for_month(session: Session, month: dt.date) -> Billing:
    """The bill of `month` (its first day) as a report prints it now."""
    row = load_closed(session, month)
    if row is not None:
        return frozen_billing(row)
    billing = compute_billing(session, month)
    closed = closed_months(session)
    if month_to_close(closed) == billing.month:
        with bulk_page_cache(session.connection()):  # the facts compared for every participant (freeze.py)
            items = find_corrections(session, closed).items
        billing.corrections = correction_lines(group_corrections(items), Names.read(session))
    return billing


def _write(billing: Billing, path: Path, suffix: str, ctx: AppContext, session: Session) -> None:
    write = write_billing_pdf if suffix == ".pdf" else write_billing_xlsx
    write(billing, path, office_name=ctx.office.name, prepared_by=ctx.operator.display_name or ctx.actor,
          signer=load_signer(session))


def write_billing_report(ctx: AppContext, month: dt.date, out: Path) -> Billing:
    """The month's bill as PDF or XLSX (by the file's suffix), by a supervisor, audited."""
    require_hub(ctx)
    ctx.require(Permission.HUB_REPORTS)
    with ctx.db.session() as session:
        billing = billing_for_month(session, month)
        _write(billing, out, out.suffix.lower(), ctx, session)
    ctx.audit("report.billing", out.name, month=billing.month.isoformat(), workers=billing.workers,
              total=billing.total, closed=billing.closed_at is not None)
    return billing


def close_month(ctx: AppContext, month: dt.date, out: Path) -> Billing:
    """Freeze `month`'s bill for good and write it to `out` (PDF or XLSX), by a supervisor, audited."""
    require_hub(ctx)
    ctx.require(Permission.HUB_REPORTS)
    key = ctx.db.require_key()
    sealed_path = copy_path(ctx.layout, month)
    sealed_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.ExitStack() as files:
        sealed_staged = files.enter_context(atomic_path(sealed_path))
        bill_staged = files.enter_context(writing(out))
        with ctx.db.write() as session:
            write_missing_copies(session, ctx.layout, key, ctx.office.code)
            frozen = freeze_month(session, month.replace(day=1), ctx.actor, open_reader=ctx.db.session)
            sealed_staged.write_bytes(seal(frozen.row, frozen.items_text, key, ctx.office.code))
            _write(frozen.billing, bill_staged, out.suffix.lower(), ctx, session)
            _audit(session, ctx.actor, frozen.row, out)
    return frozen.billing


def _audit(session: Session, actor: str, row: ClosedBill, out: Path) -> None:
    audit.record(session, actor, "billing.close", row.month.isoformat(), workers=row.workers,
                 regular_total=row.regular_total, correction_total=row.correction_total, items=row.item_count,
                 digest=row.digest, file=out.name)
