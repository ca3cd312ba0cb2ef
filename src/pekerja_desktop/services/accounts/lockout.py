"""Reading an account's login lockout (for the sign-in and lock screens, which say until when)."""

from __future__ import annotations

import datetime as dt

from pekerja_desktop.errors import AccessError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.keyring import Keyring


def locked_until(layout: DataLayout, username: str, *, now: dt.datetime | None = None) -> dt.datetime | None:
    """When the account's lockout ends, or None when it is not locked (or unknown, or the keyring unreadable)."""
    now = now or dt.datetime.now(dt.UTC)
    try:
        entry = Keyring.load(layout.keyring).accounts.get(username.strip().lower())
    except AccessError:
        return None
    if entry is None or entry.locked_until is None or entry.locked_until <= now:
        return None
    return entry.locked_until
