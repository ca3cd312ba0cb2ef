"""The default start of coverage for the enrolment form and for village lists: one rule (`domain/coverage_start.py`),
a policy setting the provincial hub's admin sets and the reference bundles carry to the offices."""

from __future__ import annotations

import datetime as dt

from pekerja_desktop.domain.coverage_start import DEFAULT_RULE, SETTING, default_coverage_start, is_rule
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.reference.data import get_setting, set_setting
from pekerja_desktop.services.reference.errors import ReferenceError, hub_only
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.models import OfficeRole


def coverage_start_rule(ctx: AppContext) -> str:
    with ctx.db.session() as session:
        rule = get_setting(session, SETTING, DEFAULT_RULE)
    return rule if is_rule(rule) else DEFAULT_RULE


def default_coverage_start_for(ctx: AppContext, enrolled_on: dt.date | None = None) -> dt.date:
    """The coverage start a new enrolment gets today (or on `enrolled_on`)."""
    return default_coverage_start(coverage_start_rule(ctx), enrolled_on or dt.date.today())


def set_coverage_start_rule(ctx: AppContext, rule: str) -> str:
    """(hub, admin) next_month, enrolment_day or a fixed date yyyy-mm-dd; audited."""
    ctx.require(Permission.SETTINGS)
    if ctx.office.role != OfficeRole.HUB.value:
        raise hub_only("coverage_start")
    rule = rule.strip().lower()
    if not is_rule(rule):
        raise ReferenceError("coverage_start.invalid", rule=rule)
    with ctx.db.write() as session:
        set_setting(session, SETTING, rule)
        audit.record(session, ctx.actor, "settings.coverage_start", SETTING, rule=rule)
    return rule
