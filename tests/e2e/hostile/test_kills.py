"""An import killed (SIGKILL) at random moments while it streams a bundle — here one whose records partly fail the
rules — leaves nothing partial: no record, no verdict, no ack, then the next run completes it."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pytest

from tests.e2e.hostile.conftest import PEOPLE
from tests.e2e.hostile.test_crafted_records import DEFECTS, _spoiled
from tests.support.dbtools import open_raw
from tests.support.forge import reforge

KILLS = 6


def _count(site, sql: str) -> int:
    connection = open_raw(site.root / "pekerja.sqlite")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_an_import_killed_anywhere_is_all_or_nothing(exported, tmp_path):
    hub, ambon, genuine, _ = exported
    if hub.ctx.db.on_server:
        pytest.skip("tests/e2e/test_sync_kill.py kills imports into a server database")
    crafted = reforge(genuine, tmp_path / "crafted.zip", ambon, hub, _spoiled)
    acks = tmp_path / "acks"
    command = [sys.executable, "-m", "pekerja_desktop", "--data-dir", str(hub.root), "import", str(crafted),
               "--ack-to", str(acks)]
    rng = random.Random(16)
    for _ in range(KILLS):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        stored = _count(hub, "SELECT count(*) FROM participant")
        received = _count(hub, "SELECT count(*) FROM sync_bundle WHERE direction = 'in'")
        assert (stored, received) in {(0, 0), (PEOPLE - len(DEFECTS), 1)}, "an import is all or nothing"
        assert not list(acks.glob(".*.partial")), "no half-written ack under any name"
    subprocess.run(command, check=True, capture_output=True)
    assert _count(hub, "SELECT count(*) FROM participant") == PEOPLE - len(DEFECTS)
    assert _count(hub, "SELECT count(*) FROM sync_hub_record") == PEOPLE - len(DEFECTS)
