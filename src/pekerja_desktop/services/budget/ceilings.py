"""(hub) Budget ceilings (pagu) per funding source and budget year, in tranches: the original budget (APBD murni)
and the mid-year revision (APBD perubahan) that adds to it. Set by an admin, audited with the amount before."""

from __future__ import annotations

import re
from collections import defaultdict

from sqlmodel import Session, col, select

from pekerja_desktop.domain.money import parse_rupiah
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.budget.errors import BudgetError
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.state import require_hub
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.billing_models import BudgetCeiling, Tranche
from pekerja_desktop.store.models import FundingSource, utcnow

YEARS = range(2000, 2101)
_YEAR = re.compile(r"\d{4}")


def parse_year(text: str) -> int:
    value = (text or "").strip()
    if not _YEAR.fullmatch(value) or int(value) not in YEARS:
        raise BudgetError("budget.bad_year", value=text)
    return int(value)


def parse_amount_text(text: str) -> int | None:
    """A ceiling as typed: whole, non-negative rupiah; None when it is not one."""
    value = parse_rupiah(text)
    return value if value is not None and value >= 0 else None


def load_ceilings(session: Session, year: int) -> dict[str, dict[str, int]]:
    """funding source → tranche → rupiah, for `year`."""
    found: dict[str, dict[str, int]] = defaultdict(dict)
    rows = session.execute(select(col(BudgetCeiling.funding_source), col(BudgetCeiling.tranche),
                                  col(BudgetCeiling.amount)).where(col(BudgetCeiling.year) == year))
    for source, tranche, amount in rows:
        found[source][tranche] = int(amount)
    return found


def save_ceiling(ctx: AppContext, year: int, source: str, tranche: str, amount: int) -> None:
    """(admin) The ceiling of `source` in `year` for `tranche` becomes `amount` rupiah."""
    ctx.require(Permission.SETTINGS)
    require_hub(ctx)
    code = source.strip().upper()
    if tranche not in {t.value for t in Tranche}:
        raise BudgetError("budget.bad_tranche", value=tranche)
    if year not in YEARS:
        raise BudgetError("budget.bad_year", value=str(year))
    if amount < 0:
        raise BudgetError("budget.bad_amount", value=str(amount))
    with ctx.db.write() as session:
        known = set(session.scalars(select(col(FundingSource.code))))
        if code not in known:
            raise BudgetError("budget.unknown_source", value=source, known=", ".join(sorted(known)))
        existing = session.get(BudgetCeiling, (year, code, tranche))
        before = existing.amount if existing else None
        session.merge(BudgetCeiling(year=year, funding_source=code, tranche=tranche, amount=amount, set_at=utcnow(),
                                    set_by=ctx.actor))
        audit.record(session, ctx.actor, "budget.ceiling", f"{year}/{code}/{tranche}", amount=amount, before=before)
