"""Helpers for the backup and kill tests: counting in a database file, damaging one on purpose.

Note for tests that run commands in-process (`main([...])`): signing in probes the database file with the
plain `sqlite3` module (services/accounts/legacy.py, "is it still unencrypted?"), a second SQLite library
that does not share SQLCipher's lock table, so closing that probe drops the POSIX locks of every SQLCipher
connection this process holds on the file. A test's own context on the same office is closed first.
"""

from __future__ import annotations

import os
from pathlib import Path

from pekerja_desktop.store.db import connect_file
from tests.support.dbtools import key_of

PAGE_SIZE = 4096  # SQLCipher's default page size


def count(path: Path, table: str = "participant", key=None) -> int:
    connection = connect_file(path, key or key_of(path.parent))
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def integrity(path: Path, key) -> list[str]:
    connection = connect_file(path, key)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
    finally:
        connection.close()


def damage_page(path: Path, key, table: str = "participant") -> int:
    """Overwrite bytes in the middle of `table`'s root page (its HMAC then fails). Only with every
    connection to `path` in this process closed: writing the file here would otherwise drop their locks."""
    connection = connect_file(path, key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        connection.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * PAGE_SIZE + PAGE_SIZE // 2)
        handle.write(os.urandom(64))
        handle.flush()
        os.fsync(handle.fileno())
    return page


def flip_bytes(path: Path, offset_fraction: float = 0.5) -> None:
    data = bytearray(path.read_bytes())
    at = int(len(data) * offset_fraction)
    data[at:at + 32] = bytes(b ^ 0xFF for b in data[at:at + 32])
    path.write_bytes(bytes(data))
