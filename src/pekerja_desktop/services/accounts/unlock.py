"""Unlocking the database key with a user name and password, the lockout after failed attempts, and until when
an account is locked (the sign-in and lock screens say so)."""

from __future__ import annotations

import datetime as dt

from pekerja_desktop.errors import AccessError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.errors import AccountError
from pekerja_desktop.services.accounts.kdf import KdfParams, derive_key
from pekerja_desktop.services.accounts.keyring import Keyring
from pekerja_desktop.store.db import DatabaseKey

FAILED_LOGINS_BEFORE_LOCK = 5
LOCK_DURATION = dt.timedelta(minutes=5)


def _local_clock(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


def unlock_key(layout: DataLayout, username: str, password: str, *, now: dt.datetime | None = None) -> DatabaseKey:
    """The database key, if the password is right and the account not locked; every refusal is noted for the audit
    trail (it enters the database at the next successful login). The password is tried outside the keyring's lock
    (it takes a good fraction of a second); counting a failure, and accepting a success, happen under it — so
    attempts made at the same moment are all counted, and a lock set meanwhile holds against the right password."""
    now = now or dt.datetime.now(dt.UTC)
    entry = Keyring.load(layout.keyring).accounts.get(username)
    if entry is None:
        derive_key(password, b"\0" * 16, KdfParams.for_new_keys())  # take as long as a real attempt
    elif entry.locked_until and entry.locked_until > now:
        _note(layout, "login.refused_locked", username)
        raise _locked(username, entry.locked_until)
    key = entry.unwrap(username, password) if entry is not None else None
    with Keyring.edit(layout.keyring) as keyring:
        refusal = _settle(keyring, username, key is not None, now)
    if refusal is not None or key is None:
        raise refusal or AccountError("login.failed")
    return key


def _note(layout: DataLayout, action: str, username: str) -> None:
    with Keyring.edit(layout.keyring) as keyring:
        keyring.note_event(action, username)


def _settle(keyring: Keyring, username: str, right: bool, now: dt.datetime) -> AccountError | None:
    """Under the keyring's lock: a failure counted (the fifth locks the account), or a success accepted unless the
    account was locked while the password was being tried. Returns the refusal to raise once saved."""
    entry = keyring.accounts.get(username)
    if entry is None:
        keyring.note_event("login.failed", username, reason="unknown_user")
        return AccountError("login.failed")
    if not right:
        entry.failed_logins += 1
        keyring.note_event("login.failed", username, attempt=entry.failed_logins)
        if entry.failed_logins >= FAILED_LOGINS_BEFORE_LOCK:
            entry.failed_logins, entry.locked_until = 0, now + LOCK_DURATION
            keyring.note_event("account.locked", username, until=entry.locked_until.isoformat())
        return AccountError("login.failed")
    if entry.locked_until and entry.locked_until > now:
        keyring.note_event("login.refused_locked", username)
        return _locked(username, entry.locked_until)
    entry.failed_logins, entry.locked_until = 0, None
    return None


def _locked(username: str, until: dt.datetime) -> AccountError:
    return AccountError("login.locked", username=username, until=_local_clock(until))


def check_password(layout: DataLayout, username: str, password: str) -> bool:
    """For the idle lock: the same check (and lockout) as a login, without opening anything."""
    unlock_key(layout, username, password)
    return True


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
