"""A backup set on disk: `NAME.sqlite` (the encrypted database copy), `NAME.manifest.json` and
`NAME.keys.json` (the accounts' wrapped keys, so passwords keep working on a new laptop).

The database copy is renamed to `NAME.sqlite` last, after its manifest and keys are written: a backup
exists exactly when its `.sqlite` does, and is then complete. Leftovers of an interrupted backup (a
`.partial` or `.staged` copy, a manifest without its database) carry other names and are removed later.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import time
from dataclasses import dataclass
from pathlib import Path

from pekerja_desktop.services.backup.manifest import BackupInfo, info_from_manifest, read_manifest

DATABASE_SUFFIX = ".sqlite"
MANIFEST_SUFFIX = ".manifest.json"
KEYS_SUFFIX = ".keys.json"
STAGED_SUFFIX = ".staged"
ROTATED_REASONS = frozenset({"exit", "daily", "manual"})  # safety copies before a restore are kept
LEFTOVER_AGE_S = 3600  # younger leftovers may belong to a backup still being written by another process
OUR_PREFIXES = ("pekerja-", "pre-migration-")
_PRE_MIGRATION = re.compile(r"^pre-migration-(\d+)-")


@dataclass(frozen=True)
class BackupSet:
    database: Path

    @property
    def name(self) -> str:
        return self.database.name.removesuffix(DATABASE_SUFFIX)

    @property
    def manifest(self) -> Path:
        return self.database.with_name(self.name + MANIFEST_SUFFIX)

    @property
    def keys(self) -> Path:
        return self.database.with_name(self.name + KEYS_SUFFIX)

    @property
    def staged(self) -> Path:
        return self.database.with_name(self.database.name + STAGED_SUFFIX)

    def files(self) -> tuple[Path, ...]:
        return self.database, self.manifest, self.keys, self.staged

    def remove(self) -> None:
        """The database first: once it is gone the set no longer counts as a backup."""
        for path in self.files():
            path.unlink(missing_ok=True)


def new_set(directory: Path, office_code: str, reason: str, now: dt.datetime | None = None) -> BackupSet:
    """`pekerja-8171A-20261101-103000-exit`, with a counter if that name is taken."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = f"pekerja-{office_code}-{stamp}-{reason}"
    for counter in range(1000):
        name = base if counter == 0 else f"{base}-{counter}"
        candidate = BackupSet(directory / (name + DATABASE_SUFFIX))
        if not any(path.exists() for path in candidate.files()):
            return candidate
    raise FileExistsError(directory / base)


def set_of(database: Path) -> BackupSet:
    return BackupSet(Path(database))


def describe_file(database: Path) -> BackupInfo:
    """From the manifest when there is one; a bare copy is described by its name and file time."""
    manifest = read_manifest(set_of(database).manifest)
    if manifest is not None:
        return info_from_manifest(database, manifest)
    stat = database.stat()
    match = _PRE_MIGRATION.match(database.name)
    return BackupInfo(path=database, created_at=dt.datetime.fromtimestamp(stat.st_mtime).astimezone(),
                      reason="pre-migration" if match else "", size=stat.st_size,
                      revision=match.group(1) if match else None)


def list_backups(directory: Path) -> list[BackupInfo]:
    """Every backup in `directory`, newest first (unreadable manifests are skipped, not fatal)."""
    found = []
    for database in Path(directory).glob("*" + DATABASE_SUFFIX) if Path(directory).is_dir() else ():
        if database.name.startswith("."):
            continue
        with contextlib.suppress(Exception):
            found.append(describe_file(database))
    return sorted(found, key=lambda info: (info.created_at, info.path.name), reverse=True)


def rotate(directory: Path, keep: int) -> list[Path]:
    """Keep the newest `keep` automatic and manual backups in `directory`; returns the removed ones."""
    rotated = [info for info in list_backups(directory) if info.reason in ROTATED_REASONS and info.has_manifest]
    removed = []
    for info in rotated[max(keep, 1):]:
        set_of(info.path).remove()
        removed.append(info.path)
    return removed


def _is_leftover(path: Path) -> bool:
    name = path.name
    if not name.lstrip(".").startswith(OUR_PREFIXES):  # a USB stick holds other people's files too
        return False
    if name.endswith((".partial", STAGED_SUFFIX)):
        return True
    for suffix in (MANIFEST_SUFFIX, KEYS_SUFFIX):
        if name.endswith(suffix):
            return not path.with_name(name.removesuffix(suffix) + DATABASE_SUFFIX).exists()
    return False


def discard_leftovers(directory: Path, older_than_s: float = LEFTOVER_AGE_S) -> list[Path]:
    """Remove what interrupted backups left behind (older than `older_than_s`)."""
    removed: list[Path] = []
    limit = time.time() - older_than_s
    if not Path(directory).is_dir():
        return removed
    for path in Path(directory).iterdir():
        with contextlib.suppress(OSError):
            if path.is_file() and _is_leftover(path) and path.stat().st_mtime < limit:
                path.unlink()
                removed.append(path)
    return removed
