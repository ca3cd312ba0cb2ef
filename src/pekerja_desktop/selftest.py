"""`pekerja-desktop --self-test`: a quick end-to-end check of an installed or frozen build.

In a temporary data folder: set up an office (database + alembic migrations + keys), enrol one demo
worker, render a card PDF (fonts, QR, signing), then, through a hook given by the composition root,
open the main window offscreen. One "ok: …" line per step on stdout; the first failure is one line
on stderr and exit 1. The temporary folder is removed either way. Qt is not imported here (the
window step lives in `pekerja_desktop.ui.selftest_window`).
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlmodel import select

from pekerja_desktop import __version__
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.manage import NewAccount
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.cards.render import render_cards
from pekerja_desktop.services.demo.generate import generate_demo
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.store.db import head_revision, key_opens
from pekerja_desktop.store.models import Participant

WindowStep = Callable[[Path], str]

OFFICE_CODE = "8171A"
OFFICE_NAME = "Uji Mandiri"
REGION_CODE = "81.71"
CARD_PDF = "self-test-cards.pdf"  # in the data folder; the window step previews it
USERNAME = "self-test"
PASSWORD = secrets.token_urlsafe(16)  # this run's admin password; the temporary folder dies with it


def open_self_test_context(data_dir: Path):
    return open_context(data_dir, USERNAME, PASSWORD, via="self-test")


def _step_setup(data_dir: Path) -> str:
    result = setup_office(data_dir, OfficeSetup(OFFICE_CODE, OFFICE_NAME, REGION_CODE, "field"),
                          NewAccount(USERNAME, PASSWORD))
    with open_self_test_context(data_dir) as ctx, ctx.db.session() as session:
        revision = session.connection().exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    head = head_revision()  # read from the migration scripts on disk (also inside a frozen build)
    if revision != head:
        raise RuntimeError(f"database at revision {revision}, migrations head is {head}")
    if _plaintext_readable(data_dir):
        raise RuntimeError("the database file is readable without the key")
    return (f"office {result.office_code} set up (encrypted database at migration {revision}, "
            f"key {result.fingerprint})")


def _plaintext_readable(data_dir: Path) -> bool:
    return key_opens(DataLayout(data_dir).database, None)


def _step_enrol(data_dir: Path) -> str:
    ctx = open_self_test_context(data_dir)
    try:
        result = generate_demo(ctx, 1)
    finally:
        ctx.close()
    return f"enrolled {result.count} demo worker ({result.first_registration_number})"


def _step_card(data_dir: Path) -> str:
    ctx = open_self_test_context(data_dir)
    try:
        with ctx.db.session() as session:
            ids = list(session.scalars(select(Participant.id)))
        out = data_dir / CARD_PDF
        result = render_cards(ctx, ids, out, record=False)
    finally:
        ctx.close()
    size = out.stat().st_size
    if not out.read_bytes().startswith(b"%PDF") or size < 1000:
        raise RuntimeError(f"card PDF looks wrong ({size} bytes)")
    return f"card PDF rendered ({result.cards} card, {result.pages} pages, {size // 1024} KiB)"


def run_self_test(window_step: WindowStep | None = None) -> int:
    """Run every step; 0 when all pass, 1 (one line on stderr) at the first failure."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    temp_root = Path(tempfile.mkdtemp(prefix="pekerja-self-test-"))
    data_dir = temp_root / "data"
    steps: list[tuple[str, Callable[[Path], str]]] = [
        ("setup", _step_setup), ("enrol", _step_enrol), ("card", _step_card)]
    if window_step is not None:
        steps.append(("window", window_step))
    current = "start"
    try:
        print(f"ok: pekerja-desktop {__version__} ({'frozen' if getattr(sys, 'frozen', False) else 'python'}"
              f" {sys.version.split()[0]}, temporary data folder {data_dir})", flush=True)
        for current, step in steps:
            step_started = time.perf_counter()
            detail = step(data_dir)
            print(f"ok: {current}: {detail} [{(time.perf_counter() - step_started) * 1000:.0f} ms]", flush=True)
    except Exception as exc:  # any failure is reported as one line
        message = getattr(exc, "message", None)  # PekerjaError: the clerk-facing text
        text = message() if callable(message) else str(exc)
        print(f"self-test failed at {current}: {type(exc).__name__}: {' '.join(text.split())}",
              file=sys.stderr, flush=True)
        return 1
    finally:
        shutil.rmtree(temp_root, ignore_errors=True)
    if temp_root.exists():
        print(f"self-test failed: temporary folder {temp_root} not removed", file=sys.stderr, flush=True)
        return 1
    print(f"ok: temporary data folder removed; all steps passed in {time.perf_counter() - started:.1f} s",
          flush=True)
    return 0
