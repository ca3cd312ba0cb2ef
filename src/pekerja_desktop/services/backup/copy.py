"""Copies of a live database go through SQLite's online backup API, never through plain file I/O: that
would read a half-written state, and closing a descriptor on the file in this process drops the POSIX
locks SQLite holds for its other connections. Pages are copied in steps, so progress can be shown and a
cancel (an exception raised from the progress callback) stops the copy; the destination is written in
one transaction, committed at the last step."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from pekerja_desktop.fileio import fsync_directory
from pekerja_desktop.progress import Progress
from pekerja_desktop.store.db import DRIVER_ERRORS, DatabaseKey, connect_file

# SQLCipher reports a page failing its HMAC as "malformed", and any later use of that connection as out of memory.
COPY_ERRORS = (*DRIVER_ERRORS, MemoryError)
STEP_PAGES = 2048  # 8 MiB per step at SQLCipher's 4 KiB pages
PROGRESS_SCALE = 1000


def staged(progress: Progress | None, stage: int, stages: int) -> Progress | None:
    """Reports of one stage (0-based) of `stages`, as one bar running 0 … 1000 across all of them."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        fraction = done / total if total else 1.0
        progress(int((stage + fraction) * PROGRESS_SCALE / stages), PROGRESS_SCALE)

    return report


def _page_reporter(progress: Progress | None):
    if progress is None:
        return None
    return lambda _status, remaining, total: progress(total - remaining, total)


@contextlib.contextmanager
def opened(path: Path, key: DatabaseKey | None):
    connection = connect_file(path, key)
    try:
        yield connection
    finally:
        connection.close()


def copy_database(source: Path, target: Path, key: DatabaseKey | None, progress: Progress | None = None) -> Path:
    """A consistent copy of `source` (equally encrypted) written as `target.partial`, fsynced, renamed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with opened(source, key) as src, opened(partial, key) as dst:
            src.backup(dst, pages=STEP_PAGES, progress=_page_reporter(progress))
            dst.execute("PRAGMA journal_mode=DELETE")  # a copy is one self-contained file
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    fsync_directory(target.parent)
    return target


def copy_into_live(source: Path, live: Path, key: DatabaseKey, progress: Progress | None = None) -> None:
    """Replace the content of the live database `live` by `source`, through the backup API into it: one
    write transaction on `live`, so a crash leaves the old database or the new one, never a mix."""
    with opened(source, key) as src, opened(live, key) as dst:
        src.backup(dst, pages=STEP_PAGES, progress=_page_reporter(progress))
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def pragma_problems(connection, pragma: str) -> list[str]:
    """What `PRAGMA quick_check` / `integrity_check` found; a page that cannot be read counts too."""
    try:
        rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}").fetchall()]
    except DRIVER_ERRORS as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows or ["no result"]


@dataclass(frozen=True)
class DatabaseFacts:
    office_code: str | None
    office_name: str | None
    revision: str | None
    participants: int


def _row(connection, sql: str):
    with contextlib.suppress(*DRIVER_ERRORS):  # a damaged or very old database lacks some of it
        return connection.execute(sql).fetchone()
    return None


def read_facts(connection) -> DatabaseFacts:
    office = _row(connection, "SELECT code, name FROM office WHERE is_self")
    revision = _row(connection, "SELECT version_num FROM alembic_version")
    participants = _row(connection, "SELECT count(*) FROM participant")
    return DatabaseFacts(office[0] if office else None, office[1] if office else None,
                         revision[0] if revision else None, int(participants[0]) if participants else 0)


def settle(path: Path, key: DatabaseKey) -> None:
    """Fold a private database's WAL into its main file, so the file alone is the whole database."""
    with opened(path, key) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
