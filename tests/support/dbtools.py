"""Raw access to a test office's encrypted database file (key unwrapped with the fixture admin's password)."""

from __future__ import annotations

from pathlib import Path

from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.unlock import unlock_key
from pekerja_desktop.store.db import DatabaseKey, connect_file
from tests.conftest import LOGIN


def key_of(data_dir: Path) -> DatabaseKey:
    return unlock_key(DataLayout(data_dir), *LOGIN)


def open_raw(path: Path, key: DatabaseKey | None = None):
    """A DB-API connection to `path`; the key defaults to that of the office whose folder holds it."""
    return connect_file(path, key or key_of(path.parent))
