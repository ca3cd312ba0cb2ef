"""How the window guards an unattended desk: minutes without input before it locks (a setting in the database,
so it holds for every account on this laptop; changed by an admin, recorded in the audit trail)."""

from __future__ import annotations

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.accounts.errors import SessionSettingError
from pekerja_desktop.services.reference.data import get_setting, set_setting
from pekerja_desktop.store import audit_chain as audit

IDLE_LOCK_KEY = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
MIN_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES = 1, 120


def idle_lock_minutes(ctx) -> int:
    """The configured minutes, or the default when unset or unreadable."""
    with ctx.db.session() as session:
        value = get_setting(session, IDLE_LOCK_KEY, DEFAULT_IDLE_LOCK_MINUTES)
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        return DEFAULT_IDLE_LOCK_MINUTES
    return minutes if MIN_IDLE_LOCK_MINUTES <= minutes <= MAX_IDLE_LOCK_MINUTES else DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(ctx, minutes: int) -> int:
    ctx.require(Permission.SETTINGS)
    if isinstance(minutes, bool) or not isinstance(minutes, int) \
            or not MIN_IDLE_LOCK_MINUTES <= minutes <= MAX_IDLE_LOCK_MINUTES:
        raise SessionSettingError("session.idle_minutes", value=minutes, minimum=MIN_IDLE_LOCK_MINUTES,
                                  maximum=MAX_IDLE_LOCK_MINUTES)
    with ctx.db.write() as session:
        previous = get_setting(session, IDLE_LOCK_KEY, DEFAULT_IDLE_LOCK_MINUTES)
        set_setting(session, IDLE_LOCK_KEY, minutes)
        audit.record(session, ctx.actor, "settings.idle_lock", IDLE_LOCK_KEY, old=previous, new=minutes)
    return minutes
