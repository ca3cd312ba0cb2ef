"""The lockout holds when attempts come at the same moment: every failure is counted and reaches the audit trail,
the fifth locks the account, and the right password is refused while it is locked (#16)."""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from pekerja_desktop.errors import AccessError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.keyring import Keyring
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.accounts.unlock import FAILED_LOGINS_BEFORE_LOCK, unlock_key
from pekerja_desktop.services.audit.query import AuditFilter, list_events
from tests.conftest import ADMIN, LOGIN

ATTEMPTS = 12


def _at_once(count: int, attempt) -> list[str]:
    start = threading.Barrier(count)

    def run(index: int) -> str:
        start.wait()
        try:
            attempt(index)
            return "opened"
        except AccessError as exc:
            return exc.code
    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(run, range(count)))


def _expire_the_lock(layout: DataLayout) -> None:
    with Keyring.edit(layout.keyring) as keyring:
        keyring.accounts[ADMIN.username].locked_until = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)


def test_a_dozen_wrong_passwords_at_once_lock_the_account_and_all_reach_the_trail(data_dir):
    layout = DataLayout(data_dir)
    codes = _at_once(ATTEMPTS, lambda _: unlock_key(layout, ADMIN.username, "salah-sekali"))
    assert set(codes) <= {"login.failed", "login.locked"} and codes.count("login.failed") >= FAILED_LOGINS_BEFORE_LOCK
    entry = Keyring.load(layout.keyring).accounts[ADMIN.username]
    assert entry.locked_until is not None and entry.locked_until > dt.datetime.now(dt.UTC)
    with pytest.raises(AccessError) as refused:
        open_context(data_dir, *LOGIN)
    assert refused.value.code == "login.locked"

    _expire_the_lock(layout)
    with open_context(data_dir, *LOGIN) as ctx:
        events = list_events(ctx, AuditFilter())
    failed = [e for e in events if e.action == "login.failed"]
    locked = [e for e in events if e.action == "account.locked"]
    refused_locked = [e for e in events if e.action == "login.refused_locked"]
    assert len(failed) == codes.count("login.failed") and len(refused_locked) == codes.count("login.locked") + 1
    assert len(locked) >= 1
    assert set(range(1, FAILED_LOGINS_BEFORE_LOCK + 1)) <= {e.detail["attempt"] for e in failed}, \
        "each failure counted once: 1 … 5, then the lock"


def test_the_right_password_among_wrong_ones_at_once_opens_nothing_once_locked(data_dir):
    layout = DataLayout(data_dir)
    passwords = ["salah-sekali"] * (ATTEMPTS - 1) + [ADMIN.password]
    _at_once(ATTEMPTS, lambda index: unlock_key(layout, ADMIN.username, passwords[index]))
    entry = Keyring.load(layout.keyring).accounts[ADMIN.username]
    assert entry.locked_until is not None, "eleven failures lock the account whatever the order"
    with pytest.raises(AccessError) as refused:
        unlock_key(layout, ADMIN.username, ADMIN.password)
    assert refused.value.code == "login.locked"


def test_a_right_password_resets_the_count_and_keeps_the_noted_failures(data_dir):
    layout = DataLayout(data_dir)
    for _ in range(3):
        with pytest.raises(AccessError):
            unlock_key(layout, ADMIN.username, "salah-sekali")
    unlock_key(layout, ADMIN.username, ADMIN.password)
    keyring = Keyring.load(layout.keyring)
    assert keyring.accounts[ADMIN.username].failed_logins == 0
    assert [e["action"] for e in keyring.pending_events] == ["login.failed"] * 3
