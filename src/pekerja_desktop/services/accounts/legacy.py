"""Telling a data folder made by release 0.1.0 (plain SQLite, no accounts, no keyring.json), or one whose securing
stopped half-way: nobody signs in there until `secure` (services/setup/secure.py) has run or finished."""

from __future__ import annotations

from pathlib import Path

from pekerja_desktop.paths import DataLayout
from pekerja_desktop.store.db import (
    key_opens,
)

STAGED_KEYRING_NAME = "keyring.securing.json"
STAGED_DATABASE_SUFFIX = ".securing"
PLAIN_COPY_PREFIX = "pre-encryption-"
JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")


def staged_keyring(layout: DataLayout) -> Path:
    return layout.root / STAGED_KEYRING_NAME


def staged_database(layout: DataLayout) -> Path:
    return layout.database.with_name(layout.database.name + STAGED_DATABASE_SUFFIX)


def is_legacy_plain(layout: DataLayout) -> bool:
    """A database that opens without a key, and no account key file: made by release 0.1.0."""
    return layout.database.exists() and not layout.keyring.exists() and key_opens(layout.database, None)


def own_plain_copies(layout: DataLayout) -> list[Path]:
    """Step 1's copies: while one is left, the run has not finished (they are deleted last)."""
    return sorted(layout.backups_dir.glob(f"{PLAIN_COPY_PREFIX}*")) if layout.backups_dir.is_dir() else []


def is_unfinished(layout: DataLayout) -> bool:
    """Encrypted already, but a run stopped after step 5: the key wraps still under their staging name,
    or plain copies left (and the recovery key perhaps never shown)."""
    half_swapped = staged_keyring(layout).exists() and not layout.keyring.exists()
    if not (half_swapped or own_plain_copies(layout)):  # the usual case, decided without opening the database
        return False
    return layout.database.exists() and not key_opens(layout.database, None)


def needs_securing(layout: DataLayout) -> bool:
    """Nobody signs in until `secure` has run (or finished)."""
    return is_legacy_plain(layout) or is_unfinished(layout)


def plain_copies(layout: DataLayout) -> list[Path]:
    """Unencrypted database files in backups/: ours, and those release 0.1.0 made before migrations."""
    if not layout.backups_dir.is_dir():
        return []
    return sorted(path for path in layout.backups_dir.iterdir() if path.is_file() and key_opens(path, None))
