"""What the benchmarks share: arguments, a data directory holding N demo participants, timing, output lines.

Every benchmark prints `name: value unit` lines on stdout (notes go to stderr) and takes `--n`.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from sqlalchemy import func, select

from pekerja_desktop.services.accounts.manage import NewAccount
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.demo.generate import generate_demo
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.store.models import Participant

OFFICE = OfficeSetup(office_code="8171A", office_name="Disnaker Kota Ambon", region_code="81.71", role="field")
ACTOR = "bench"
ADMIN = NewAccount(ACTOR, "bench-sandi-1", "admin")  # argon2id at field strength: benches measure the real thing
LOGIN = (ADMIN.username, ADMIN.password)


def parser(description: str, default_n: int) -> argparse.ArgumentParser:
    args = argparse.ArgumentParser(description=description)
    args.add_argument("--n", type=int, default=default_n, help=f"how many (default {default_n})")
    args.add_argument("--data-dir", type=Path, default=None,
                      help="use (and top up with demo rows) this data directory instead of a fresh temporary one")
    args.add_argument("--seed", type=int, default=1, help="demo data seed (default 1)")
    return args


@contextlib.contextmanager
def data_dir(explicit: Path | None) -> Iterator[Path]:
    """The given directory (set up if it is not yet), or a fresh office in a temporary folder."""
    if explicit is not None:
        if not (explicit / "pekerja.sqlite").exists():
            setup_office(explicit, OFFICE, ADMIN)
        yield explicit
        return
    with tempfile.TemporaryDirectory(prefix="pekerja-bench-") as temp:
        root = Path(temp) / "data"
        setup_office(root, OFFICE, ADMIN)
        yield root


@contextlib.contextmanager
def context(root: Path) -> Iterator[AppContext]:
    ctx = open_context(root, *LOGIN)
    try:
        yield ctx
    finally:
        ctx.close()


def participant_count(ctx: AppContext) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(Participant)) or 0


def fill(ctx: AppContext, n: int, seed: int = 1) -> int:
    """Add demo participants until the database holds at least `n`; returns how many were added."""
    missing = n - participant_count(ctx)
    if missing > 0:
        note(f"adding {missing:,} demo participants…")
        result = generate_demo(ctx, missing, seed)
        note(f"  done in {result.seconds:.1f} s")
    return max(missing, 0)


def timed(action: Callable[[], object]) -> tuple[float, object]:
    """Seconds taken by `action()` and what it returned."""
    started = time.perf_counter()
    value = action()
    return time.perf_counter() - started, value


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 40 values is the 38th smallest)."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(len(ordered) * fraction)) - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {_rounded(value)} {unit}", flush=True)


def report_latencies(name: str, seconds: Sequence[float]) -> None:
    report(f"{name}_median", median(seconds) * 1000, "ms")
    report(f"{name}_p95", percentile(seconds, 0.95) * 1000, "ms")


def _rounded(value: float) -> str:
    if isinstance(value, int) or abs(value) >= 1000:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
