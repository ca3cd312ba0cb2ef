"""A dozen wrong passwords sent at the same moment, each by a process of its own (as a script hammering the command
line would): the account locks, every failure reaches the audit trail, and the right password is then refused."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.keyring import Keyring
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.audit.query import AuditFilter, list_events
from tests.conftest import ADMIN, LOGIN

ATTEMPTS = 12


def _command(data_dir, password: str) -> subprocess.Popen:
    environment = {**os.environ, "PEKERJA_USER": ADMIN.username, "PEKERJA_PASSWORD": password}
    return subprocess.Popen([sys.executable, "-m", "pekerja_desktop", "--data-dir", str(data_dir), "list"],
                            env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_dozen_processes_with_wrong_passwords_lock_the_account(data_dir):
    processes = [_command(data_dir, f"salah-{index}") for index in range(ATTEMPTS)]
    outcomes = [(process.wait(timeout=120), process.stderr.read().strip()) for process in processes]
    assert all(code == 1 and len(err.splitlines()) == 1 for code, err in outcomes), outcomes
    assert all("Unexpected" not in err and "Kesalahan tak terduga" not in err for _, err in outcomes)

    right = _command(data_dir, ADMIN.password)
    assert right.wait(timeout=120) == 1 and "dikunci" in right.stderr.read()

    layout = DataLayout(data_dir)
    with Keyring.edit(layout.keyring) as keyring:  # what `account unlock` by another admin does
        keyring.accounts[ADMIN.username].locked_until = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    with open_context(data_dir, *LOGIN) as ctx:
        events = list_events(ctx, AuditFilter())
    failed = [e for e in events if e.action == "login.failed"]
    refused = [e for e in events if e.action == "login.refused_locked"]
    assert len(failed) + len(refused) == ATTEMPTS + 1, "every attempt is in the trail"
    assert len(failed) >= 5 and any(e.action == "account.locked" for e in events)
