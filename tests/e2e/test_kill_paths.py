"""SIGKILL at random moments during an enrolment save, an export, an import, a backup, a restore and a
migration: afterwards the database passes `PRAGMA integrity_check`, every file under a final name is whole
(bundles verify, backups pass `check_backup`), every registration number a child printed after its commit
is stored, and a restore or a migration is all or nothing.

Children are forked from a server that has imported the application (kill_zygote.py), so each kill lands
in the work itself; a measured rehearsal sets how long to wait before killing. `-m slow` runs 50 kills per
path; the default run does a few per path for the new paths (backup, restore, migration).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from alembic import command

from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.backup.check import check_backup
from pekerja_desktop.services.backup.copy import copy_database, copy_into_live
from pekerja_desktop.services.backup.sets import list_backups
from pekerja_desktop.services.setup.office import setup_office
from pekerja_desktop.services.sync.bundle.read import check_signature, read_bundle
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store import db as db_module
from tests.conftest import ADMIN, LOGIN, OFFICE
from tests.support.backup import integrity
from tests.support.dbtools import key_of
from tests.support.sites import AMBON, HUB, connect, enrol_many, make_site

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill tests fork children (POSIX only)")

REPO = Path(__file__).resolve().parents[2]
MANY, FEW = 50, 3
RECORDS = 300  # per bundle
STORED = 1000  # in the office whose database is backed up, restored or migrated
FEW_STORED = 100
# The kill window starts at a rehearsed run's length and adapts: shorter after a run that finished first,
# longer after a kill, so about a quarter finish and kills reach every phase up to the last step.
SHRINK, GROW = 0.9, 1.04
OLD_REVISION = "0004"


# --- the fork server ---------------------------------------------------------------------------------

@dataclass
class Child:
    pid: int
    out: Path

    def text(self) -> str:
        """What it wrote so far ("" before it opened its output file)."""
        try:
            return self.out.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def lines(self) -> list[str]:
        """Complete lines only: a line cut by the kill was not printed."""
        return [line for line in self.text().split("\n")[:-1] if line]


class Zygote:
    def __init__(self, work_dir: Path):
        self.work_dir = work_dir
        self.work_dir.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "PYTHONPATH": str(REPO), "PEKERJA_LANG": "en"}
        self.process = subprocess.Popen([sys.executable, "-m", "tests.support.kill_zygote"], cwd=REPO, env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self._ask(None) == {"ready": True}
        self.started = 0

    def _ask(self, request: dict | None) -> dict:
        if request is not None:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def start(self, job: str, *args) -> Child:
        self.started += 1
        out = self.work_dir / f"child-{self.started}.out"
        return Child(self._ask({"job": job, "args": [str(a) if isinstance(a, Path) else a for a in args],
                                "out": str(out)})["pid"], out)

    def wait(self, child: Child) -> int:
        return self._ask({"wait": child.pid})["status"]

    def run(self, job: str, *args) -> float:
        """One complete run; its duration (the kills are spread over it)."""
        started = time.perf_counter()
        child = self.start(job, *args)
        status = self.wait(child)
        assert status == 0, child.text()
        return time.perf_counter() - started

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture
def zygote(tmp_path):
    server = Zygote(tmp_path / "children")
    yield server
    server.close()


@dataclass
class Tally:
    killed: int = 0
    finished: int = 0
    statuses: list[int] = field(default_factory=list)

    def assert_mostly_killed(self, kills: int) -> None:
        assert self.killed == kills, f"only {self.killed} of {self.killed + self.finished} runs were killed mid-work"


def kill_runs(zygote: Zygote, job: str, args, check, *, kills: int, work: float, seed: int, label: str,
              adapt: bool = True) -> Tally:
    """Runs of `job` (`args(i)` gives run i's arguments) until `kills` of them were SIGKILLed mid-work (at most
    twice as many runs): each is killed after a random delay within the kill window (some finish first), then
    `check(child, run)`."""
    rng, tally, window = random.Random(seed), Tally(), work
    for run in range(kills * 2):
        if tally.killed >= kills:
            break
        child = zygote.start(job, *args(run))
        time.sleep(rng.uniform(0.0, window))
        os.kill(child.pid, signal.SIGKILL)  # an exited child is a zombie until waited for: still there
        status = zygote.wait(child)
        tally.statuses.append(status)
        if status == -signal.SIGKILL:
            tally.killed, window = tally.killed + 1, window * (GROW if adapt else 1.0)
        else:
            assert status == 0, child.text()
            tally.finished, window = tally.finished + 1, window * SHRINK
        check(child, run)
    print(f"\n{label}: {tally.killed} killed, {tally.finished} finished first (rehearsal {work:.2f} s)")
    return tally


# --- what is checked after each kill ------------------------------------------------------------------

def numbers(db: Path, key) -> set[str]:
    connection = db_module.connect_file(db, key)
    try:
        return {row[0] for row in connection.execute("SELECT registration_number FROM participant")}
    finally:
        connection.close()


def scalar(db: Path, key, sql: str):
    connection = db_module.connect_file(db, key)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def assert_sound(db: Path, key) -> None:
    assert integrity(db, key) == ["ok"]


class WholeFiles:
    """Files under final names, each checked once (they do not change once named)."""

    def __init__(self):
        self.seen: set[tuple[str, int]] = set()

    def _new(self, paths) -> list[Path]:
        fresh = [p for p in paths if (str(p), p.stat().st_size) not in self.seen]
        self.seen.update((str(p), p.stat().st_size) for p in fresh)
        return fresh

    def bundles(self, directory: Path, public_keys: dict[str, str]) -> None:
        for path in self._new(sorted(directory.glob("*.pekerja")) if directory.is_dir() else []):
            bundle = read_bundle(path)  # raises on anything incomplete
            check_signature(bundle, public_keys[bundle.sender])

    def backups(self, directory: Path, key) -> None:
        if not directory.is_dir():
            return
        for path in self._new([p for p in directory.glob("*.sqlite") if not p.name.startswith(".")]):
            check_backup(path, key)  # checksum, key, integrity_check: a partial copy fails here
        for path in directory.glob("*.json"):
            if path.name.endswith((".manifest.json", ".keys.json")):
                json.loads(path.read_text(encoding="utf-8"))


# --- enrolment -----------------------------------------------------------------------------------------

def kill_enrolments(data_dir: Path, zygote: Zygote, kills: int) -> Tally:
    db, key = data_dir / "pekerja.sqlite", key_of(data_dir)
    printed: set[str] = set()

    def check(child: Child, _run: int) -> None:
        assert_sound(db, key)
        stored = numbers(db, key)
        printed.update(child.lines())
        assert printed <= stored, f"committed and printed but missing: {sorted(printed - stored)[:5]}"

    tally = kill_runs(zygote, "enrol", lambda _run: (data_dir, len(numbers(db, key))), check, kills=kills,
                      work=0.6, seed=kills, label="enrolment", adapt=False)  # the job never ends
    assert len(printed) >= kills, "the children got to save"
    return tally


# --- export and import ---------------------------------------------------------------------------------

@pytest.fixture
def hub_and_office(tmp_path):
    hub, ambon = make_site(tmp_path, HUB), make_site(tmp_path, AMBON)
    connect(tmp_path, hub, ambon)
    enrol_many(ambon, range(RECORDS))
    keys = {site.ctx.office.code: site.ctx.office.public_key for site in (hub, ambon)}
    for site in (hub, ambon):
        site.ctx.close()  # the children do the work; this process only checks
    return hub, ambon, keys


def kill_exports(hub_and_office, tmp_path: Path, zygote: Zygote, kills: int) -> Tally:
    hub, ambon, keys = hub_and_office
    usb, db, key = tmp_path / "usb", ambon.root / "pekerja.sqlite", key_of(ambon.root)
    argv = ("cli", "--data-dir", ambon.root, "export", "--to", usb)
    work, whole = zygote.run(*argv), WholeFiles()

    def check(_child: Child, _run: int) -> None:
        assert_sound(db, key)
        assert len(numbers(db, key)) == RECORDS
        whole.bundles(usb, keys)
        whole.bundles(ambon.root / "outbox", keys)

    tally = kill_runs(zygote, argv[0], lambda _run: argv[1:], check, kills=kills, work=work,
                      seed=kills + 1, label="export")
    sequences = {}
    for path in usb.glob("*.pekerja"):
        bundle = read_bundle(path)
        assert sequences.setdefault(bundle.manifest["sequence"], bundle.bundle_hash) == bundle.bundle_hash, \
            "a sequence number was used for two different bundles"
    newest = max(usb.glob("*.pekerja"), key=lambda p: read_bundle(p).manifest["sequence"])
    with open_context(hub.root, *LOGIN) as ctx:
        result = import_bundle(ctx, newest, tmp_path / "acks")
    assert result.counts["new"] == RECORDS
    return tally


def kill_imports(hub_and_office, tmp_path: Path, zygote: Zygote, kills: int) -> Tally:
    hub, ambon, keys = hub_and_office
    usb, acks = tmp_path / "usb", tmp_path / "acks"
    zygote.run("cli", "--data-dir", ambon.root, "export", "--to", usb)
    (bundle,) = usb.glob("*.pekerja")
    db, key = hub.root / "pekerja.sqlite", key_of(hub.root)
    pristine = _keep_pristine(hub.root, tmp_path / "hub-pristine", key)
    argv = ("cli", "--data-dir", hub.root, "import", bundle, "--ack-to", acks)
    work, whole = zygote.run(*argv), WholeFiles()
    _reset(hub.root, pristine, key)

    def check(_child: Child, _run: int) -> None:
        assert_sound(db, key)
        people = scalar(db, key, "SELECT count(*) FROM participant")
        received = scalar(db, key, "SELECT count(*) FROM sync_bundle WHERE direction = 'in'")
        assert (people, received) in {(0, 0), (RECORDS, 1)}, "an import is all or nothing"
        whole.bundles(acks, keys)
        if people:
            _reset(hub.root, pristine, key)  # the next run imports for real again

    return kill_runs(zygote, argv[0], lambda _run: argv[1:], check, kills=kills, work=work,
                     seed=kills + 2, label="import")


SIDE_FILES = ("sync-state.json", "audit-anchor.json")


def _keep_pristine(root: Path, target: Path, key) -> Path:
    target.mkdir()
    copy_database(root / "pekerja.sqlite", target / "pekerja.sqlite", key)
    for name in SIDE_FILES:
        if (root / name).exists():
            (target / name).write_bytes((root / name).read_bytes())
    return target


def _reset(root: Path, pristine: Path, key) -> None:
    """Back to the pristine state through the backup API (no plain copy over a database file)."""
    copy_into_live(pristine / "pekerja.sqlite", root / "pekerja.sqlite", key)
    for name in SIDE_FILES:
        (root / name).unlink(missing_ok=True)
        if (pristine / name).exists():
            (root / name).write_bytes((pristine / name).read_bytes())


# --- backup and restore --------------------------------------------------------------------------------

@pytest.fixture
def office(tmp_path):
    root = tmp_path / "office"
    setup_office(root, OFFICE, ADMIN)
    return root


def _enrol_in(root: Path, first: int, how_many: int, zygote: Zygote) -> None:
    """Through a child that is left to finish (the enrol job stops at nothing, so it is killed at the count)."""
    db, key = root / "pekerja.sqlite", key_of(root)
    child = zygote.start("enrol", root, first)
    deadline = time.monotonic() + 300
    while scalar(db, key, "SELECT count(*) FROM participant") < first + how_many:
        assert time.monotonic() < deadline and "Error" not in child.text(), child.text()
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    zygote.wait(child)


def kill_backups(office: Path, zygote: Zygote, kills: int, stored: int = STORED) -> Tally:
    _enrol_in(office, 0, stored, zygote)
    db, key = office / "pekerja.sqlite", key_of(office)
    stored = numbers(db, key)
    argv = ("cli", "--data-dir", office, "backup")
    work, whole = zygote.run(*argv), WholeFiles()

    def check(_child: Child, _run: int) -> None:
        assert_sound(db, key)
        assert numbers(db, key) == stored
        whole.backups(office / "backups", key)

    tally = kill_runs(zygote, argv[0], lambda _run: argv[1:], check, kills=kills, work=work,
                      seed=kills + 3, label="backup")
    assert len(list_backups(office / "backups")) <= 10, "rotation keeps the newest ten"
    return tally


def kill_restores(office: Path, tmp_path: Path, zygote: Zygote, kills: int, stored: int = STORED) -> Tally:
    db, key = office / "pekerja.sqlite", key_of(office)
    saved = tmp_path / "saved"
    _enrol_in(office, 0, stored // 2, zygote)
    zygote.run("cli", "--data-dir", office, "backup", "--to", saved / "a")
    _enrol_in(office, len(numbers(db, key)), stored // 2, zygote)
    zygote.run("cli", "--data-dir", office, "backup", "--to", saved / "b")
    (a,), (b,) = (saved / "a").glob("*.sqlite"), (saved / "b").glob("*.sqlite")
    states = {frozenset(numbers(a, key)), frozenset(numbers(b, key))}
    highest = max(int(number.split("-")[2]) for number in numbers(b, key))
    target = {0: a, 1: b}
    work, whole = zygote.run("cli", "--data-dir", office, "restore", a, "--yes"), WholeFiles()

    def check(_child: Child, _run: int) -> None:
        assert_sound(db, key)
        assert frozenset(numbers(db, key)) in states, "a restore leaves the old or the new database, never a mix"
        counter = scalar(db, key, "SELECT max(last_serial) FROM registration_counter")
        assert counter >= highest, "no registration number can be given twice"
        whole.backups(office / "backups", key)

    return kill_runs(zygote, "cli", lambda run: ("--data-dir", office, "restore", target[run % 2], "--yes"),
                     check, kills=kills, work=work, seed=kills + 4, label="restore")


# --- migration -----------------------------------------------------------------------------------------

def _downgrade(path: Path, key, revision: str) -> None:
    engine = db_module._make_engine(path, key, foreign_keys=False, pooled=False)
    config = db_module._alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def kill_migrations(office: Path, tmp_path: Path, zygote: Zygote, kills: int, stored: int = STORED) -> Tally:
    """A database at revision 0004 (built by migrating down a full one), brought to head by opening it."""
    _enrol_in(office, 0, stored, zygote)
    key = key_of(office)
    stored = numbers(office / "pekerja.sqlite", key)
    work_dir = tmp_path / "old"
    pristine = _keep_pristine(office, tmp_path / "old-pristine", key) / "pekerja.sqlite"
    _downgrade(pristine, key, OLD_REVISION)
    work_dir.mkdir()
    db = work_dir / "pekerja.sqlite"
    copy_database(pristine, db, key)
    argv = ("migrate", db, key.raw.hex(), work_dir / "backups")
    work, whole = zygote.run(*argv), WholeFiles()
    copy_into_live(pristine, db, key)

    def check(_child: Child, _run: int) -> None:
        assert_sound(db, key)
        revision = scalar(db, key, "SELECT version_num FROM alembic_version")
        assert revision in {OLD_REVISION, db_module.HEAD_REVISION}, f"half-migrated at {revision}"
        assert numbers(db, key) == stored
        whole.backups(work_dir / "backups", key)
        if revision != OLD_REVISION:
            copy_into_live(pristine, db, key)

    return kill_runs(zygote, argv[0], lambda _run: argv[1:], check, kills=kills, work=work,
                     seed=kills + 5, label="migration")


# --- the tests -----------------------------------------------------------------------------------------

def test_a_few_kills_during_backups_and_restores(office, tmp_path, zygote):
    kill_backups(office, zygote, FEW, stored=FEW_STORED)
    kill_restores(office, tmp_path, zygote, FEW, stored=FEW_STORED)


def test_a_few_kills_during_a_migration(office, tmp_path, zygote):
    kill_migrations(office, tmp_path, zygote, FEW, stored=FEW_STORED)


@pytest.mark.slow
def test_many_kills_during_enrolment_saves(data_dir, zygote):
    kill_enrolments(data_dir, zygote, MANY).assert_mostly_killed(MANY)


@pytest.mark.slow
def test_many_kills_during_exports(hub_and_office, tmp_path, zygote):
    kill_exports(hub_and_office, tmp_path, zygote, MANY).assert_mostly_killed(MANY)


@pytest.mark.slow
def test_many_kills_during_imports(hub_and_office, tmp_path, zygote):
    kill_imports(hub_and_office, tmp_path, zygote, MANY).assert_mostly_killed(MANY)


@pytest.mark.slow
def test_many_kills_during_backups(office, zygote):
    kill_backups(office, zygote, MANY).assert_mostly_killed(MANY)


@pytest.mark.slow
def test_many_kills_during_restores(office, tmp_path, zygote):
    kill_restores(office, tmp_path, zygote, MANY).assert_mostly_killed(MANY)


@pytest.mark.slow
def test_many_kills_during_migrations(office, tmp_path, zygote):
    kill_migrations(office, tmp_path, zygote, MANY).assert_mostly_killed(MANY)
