"""A process killed (SIGKILL) at random moments during export or import leaves no file under a bundle's final
name that is not complete, and no partial import; running it again reaches the same final state."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pekerja_desktop.services.sync.bundle.read import check_signature, read_bundle
from tests.support import pgserver
from tests.support.dbtools import open_raw
from tests.support.sites import enrol_many

RECORDS = 300


def _command(site, *args) -> list[str]:
    return [sys.executable, "-m", "pekerja_desktop", "--data-dir", str(site.root), *args]


def _timed_run(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, "PEKERJA_LANG": "en"})
    return time.perf_counter() - started


def _killed_runs(command: list[str], duration: float, kills: int, check, seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(kills):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, duration))
        process.send_signal(signal.SIGKILL)
        process.wait()
        check()


def _bundles_are_whole(directory: Path, public_keys: dict[str, str]) -> None:
    for path in directory.glob("*.pekerja"):
        bundle = read_bundle(path)  # raises on anything incomplete
        check_signature(bundle, public_keys[bundle.sender])


def _count(site, sql: str) -> int:
    """Counted through a new connection, as another process would see it (SQLite: after an integrity check)."""
    if site.ctx.db.on_server:
        with site.ctx.db.engine.connect() as connection:
            return connection.exec_driver_sql(sql).scalar()
    connection = open_raw(site.root / "pekerja.sqlite")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def _rehearsal(hub, tmp_path: Path) -> tuple[Path, list[str]]:
    """A copy of the hub to time one import on: its data folder, and its database (file or server copy)."""
    rehearsal = tmp_path / "rehearsal"
    shutil.copytree(hub.root, rehearsal, ignore=shutil.ignore_patterns("pekerja.sqlite*"))
    if hub.ctx.db.on_server:
        hub.ctx.db.engine.dispose()  # a server database is copied only while nobody is connected
        return rehearsal, ["--database-url", pgserver.databases().clone(hub.ctx.db.url)]
    # Through SQLite's backup API: copying live database files with plain file I/O in this process would
    # close descriptors and so drop the POSIX locks SQLite holds for the open connection.
    hub.ctx.db.backup_to(rehearsal / "pekerja.sqlite")
    return rehearsal, []


def _keys(*sites) -> dict[str, str]:
    return {site.ctx.office.code: site.ctx.office.public_key for site in sites}


def _kill_export(sites, tmp_path, kills: int) -> None:
    hub, ambon, _ = sites
    enrol_many(ambon, range(RECORDS))
    usb, keys = tmp_path / "usb", _keys(hub, ambon)
    command = _command(ambon, "export", "--to", str(usb))
    duration = _timed_run(command)

    def check():
        _bundles_are_whole(usb, keys)
        _bundles_are_whole(ambon.root / "outbox", keys)

    _killed_runs(command, duration, kills, check, seed=kills)
    _timed_run(command)
    for bundle in sorted(usb.glob("*.pekerja")):
        _timed_run(_command(hub, "import", str(bundle), "--ack-to", str(tmp_path / "acks")))
    assert _count(hub, "SELECT count(*) FROM participant") == RECORDS
    assert _count(hub, "SELECT count(*) FROM sync_hub_record WHERE status = 'accepted'") == RECORDS


def _kill_import(sites, tmp_path, kills: int) -> None:
    hub, ambon, _ = sites
    enrol_many(ambon, range(RECORDS))
    usb, acks, keys = tmp_path / "usb", tmp_path / "acks", _keys(hub, ambon)
    _timed_run(_command(ambon, "export", "--to", str(usb)))
    (bundle,) = usb.glob("*.pekerja")
    command = _command(hub, "import", str(bundle), "--ack-to", str(acks))
    # The hub's connection stays open, as with a window open at the desk.
    rehearsal, database_option = _rehearsal(hub, tmp_path)
    duration = _timed_run([sys.executable, "-m", "pekerja_desktop", "--data-dir", str(rehearsal), *database_option,
                           "import", str(bundle), "--ack-to", str(tmp_path / "rehearsal-acks")])

    def check():
        people = _count(hub, "SELECT count(*) FROM participant")
        received = _count(hub, "SELECT count(*) FROM sync_bundle WHERE direction = 'in'")
        assert (people, received) in {(0, 0), (RECORDS, 1)}, "an import is all or nothing"
        if acks.exists():
            _bundles_are_whole(acks, keys)

    _killed_runs(command, duration, kills, check, seed=kills + 1)
    _timed_run(command)
    check()
    assert _count(hub, "SELECT count(*) FROM participant") == RECORDS
    assert list(acks.glob("*.pekerja")), "the ack is handed out once the import is complete"


def test_kill_during_export(sites, tmp_path):
    if sites[0].ctx.db.on_server:
        pytest.skip("the office's export is killed: where the hub keeps its data does not matter here")
    _kill_export(sites, tmp_path, kills=10)


def test_kill_during_import(sites, tmp_path):
    _kill_import(sites, tmp_path, kills=10)


@pytest.mark.slow
def test_many_kills_during_export(sites, tmp_path):
    if sites[0].ctx.db.on_server:
        pytest.skip("the office's export is killed: where the hub keeps its data does not matter here")
    _kill_export(sites, tmp_path, kills=60)


@pytest.mark.slow
def test_many_kills_during_import(sites, tmp_path):
    _kill_import(sites, tmp_path, kills=60)
