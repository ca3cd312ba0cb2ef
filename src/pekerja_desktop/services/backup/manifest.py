"""The manifest beside each backup: what it is (office, time, schema, size, checksum) and the office's key
files sealed under the database key. Readable without the key, so backups can be listed and described
before anyone signs in."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from pekerja_desktop.fileio import atomic_writer
from pekerja_desktop.services.backup.errors import BackupError

FORMAT = 1
CHUNK = 1 << 20


@dataclass(frozen=True)
class BackupInfo:
    """One backup as listed: from its manifest, or (a bare copy such as a pre-migration one) from the file."""
    path: Path
    created_at: dt.datetime  # aware
    reason: str
    size: int
    office_code: str | None = None
    participants: int | None = None
    revision: str | None = None
    sha256: str | None = None
    has_manifest: bool = False

    @property
    def name(self) -> str:
        return self.path.name.removesuffix(".sqlite")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write_manifest(path: Path, fields: dict) -> None:
    with atomic_writer(path) as handle:
        json.dump({"format": FORMAT, "application": "pekerja-desktop", **fields}, handle, indent=1)


def read_manifest(path: Path) -> dict | None:
    """None when there is none; a manifest that exists but cannot be read is an error, not a bare backup."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("unknown format")
        return data
    except (OSError, ValueError) as exc:
        raise BackupError("backup.manifest_damaged", path=str(path), reason=str(exc)) from exc


def info_from_manifest(database: Path, manifest: dict) -> BackupInfo:
    return BackupInfo(path=database, created_at=dt.datetime.fromisoformat(manifest["created_at"]),
                      reason=str(manifest.get("reason", "")), size=int(manifest.get("size", 0)),
                      office_code=manifest.get("office_code"), participants=manifest.get("participants"),
                      revision=manifest.get("schema_revision"), sha256=manifest.get("sha256"), has_manifest=True)
