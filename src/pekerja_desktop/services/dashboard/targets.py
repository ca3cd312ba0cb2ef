"""Enrolment targets per kabupaten/kota: a setting (`coverage_targets`, JSON code → workers), edited by an admin.

Until an admin sets them, the targets split the programme's quota (setting `quota_total`, 35,000 under the
PKS) over the regencies in proportion to their population (Dukcapil, December 2024, domain.md), by largest
remainder so they add up to the quota exactly. The split is a starting point, not a rule of the programme.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete
from sqlmodel import Session, col

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.dashboard.errors import TargetError
from pekerja_desktop.services.reference.data import get_setting, set_setting
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.models import Setting

TARGETS_SETTING = "coverage_targets"
QUOTA_SETTING = "quota_total"
DEFAULT_QUOTA = 35_000
MAX_TARGET = 1_000_000

POPULATION_2024: dict[str, int] = {  # Dukcapil, Dec 2024, by Kemendagri code
    "81.01": 432_361, "81.02": 129_169, "81.03": 132_337, "81.04": 142_347, "81.05": 140_972,
    "81.06": 217_389, "81.07": 112_531, "81.08": 97_020, "81.09": 81_329, "81.71": 359_661, "81.72": 90_470,
}


@dataclass(frozen=True)
class Targets:
    by_regency: dict[str, int]  # dotted kabupaten/kota code → workers
    is_default: bool  # the population split, no admin has set them

    @property
    def total(self) -> int:
        return sum(self.by_regency.values())

    def of(self, code: str) -> int:
        return self.by_regency.get(code, 0)


def split_by_population(total: int, population: dict[str, int]) -> dict[str, int]:
    """`total` shared in proportion to `population`, rounded by largest remainder (the parts add up to it)."""
    people = sum(population.values())
    exact = {code: total * count / people for code, count in population.items()}
    shares = {code: int(value) for code, value in exact.items()}
    by_remainder = sorted(exact, key=lambda code: (shares[code] - exact[code], code))
    for code in by_remainder[:total - sum(shares.values())]:
        shares[code] += 1
    return shares


def default_targets(session: Session) -> dict[str, int]:
    quota = get_setting(session, QUOTA_SETTING, DEFAULT_QUOTA)
    return split_by_population(int(quota), POPULATION_2024)


def read_targets(session: Session) -> Targets:
    stored = get_setting(session, TARGETS_SETTING)
    if not stored:
        return Targets(default_targets(session), True)
    return Targets({code: int(value) for code, value in stored.items()}, False)


def load_targets(ctx) -> Targets:
    """The targets in their own short unit of work (for the window's worker threads)."""
    with ctx.db.session() as session:
        return read_targets(session)


def load_default_targets(ctx) -> dict[str, int]:
    """The population split of the quota, what `reset_targets` goes back to."""
    with ctx.db.session() as session:
        return default_targets(session)


def checked_targets(ctx, targets: dict[str, int]) -> dict[str, int]:
    known = {region.code for region in ctx.reference.regions.regencies()}
    checked = {}
    for code, value in targets.items():
        if code not in known:
            raise TargetError("targets.unknown_region", code=code)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_TARGET:
            raise TargetError("targets.bad_value", code=code, value=value)
        checked[code] = value
    return dict(sorted(checked.items()))


def save_targets(ctx, targets: dict[str, int]) -> Targets:
    """An admin's targets (every regency not named gets 0), audited as `settings.targets`."""
    ctx.require(Permission.SETTINGS)
    checked = checked_targets(ctx, targets)
    with ctx.db.write() as session:
        before = read_targets(session)
        set_setting(session, TARGETS_SETTING, checked)
        audit.record(session, ctx.actor, "settings.targets", TARGETS_SETTING,
                     before=before.by_regency, after=checked, total=sum(checked.values()))
    return Targets(checked, False)


def reset_targets(ctx) -> Targets:
    """Back to the population split of the quota, audited."""
    ctx.require(Permission.SETTINGS)
    with ctx.db.write() as session:
        before = read_targets(session)
        session.execute(delete(Setting).where(col(Setting.key) == TARGETS_SETTING))
        audit.record(session, ctx.actor, "settings.targets", TARGETS_SETTING, before=before.by_regency,
                     after="default")
        return Targets(default_targets(session), True)

