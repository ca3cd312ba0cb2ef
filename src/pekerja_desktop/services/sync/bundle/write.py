"""Writing a bundle: stream JSON Lines through gzip, encrypt with age, sign the manifest, zip atomically.

Nothing personal touches the disk in plain text: the compressed lines and the ciphertext are held in
spooled temporary files (in memory up to SPOOL_BYTES — 35,000 records compress to about 4 MB).
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import shutil
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, NamedTuple

import orjson
import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pekerja_desktop import __version__
from pekerja_desktop.errors import OperationCancelled
from pekerja_desktop.fileio import atomic_path
from pekerja_desktop.progress import Cancelled, Progress
from pekerja_desktop.services.sync.bundle import format as fmt
from pekerja_desktop.services.sync.identity import parse_recipient

SPOOL_BYTES = 64 * 1024 * 1024
CHUNK = 1024 * 1024
GZIP_LEVEL = 9
QUICK_GZIP_LEVEL = 6  # an ack, written while the hub imports: half the time of 9 for 1 % more bytes
CHECK_EVERY = 1000



@dataclass(frozen=True)
class BundleHeader:
    """What the caller decides about a bundle; the writer adds ids, times, counts and hashes."""
    kind: str
    office_code: str
    receiver_code: str
    recipient: str
    epoch: str
    sequence: int
    previous_hash: str | None
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    manifest: dict
    bundle_hash: str
    size: int


class EncodedLine(NamedTuple):
    """A line already encoded (an ack's outcomes, spooled during the import): written as it is."""
    type: str
    data: bytes


@dataclass
class _PlainStats:
    records: int = 0
    size: int = 0
    counts: dict = field(default_factory=dict)
    digest: hashlib._Hash = field(default_factory=hashlib.sha256)


def encode_line(record: dict) -> bytes:
    """Compact UTF-8 JSON and a line feed: the bytes `json.dumps(…, ensure_ascii=False, separators=(",", ":"))`
    gives (tests/services/sync/test_bundle_lines.py), made by orjson."""
    return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)


def _compress_lines(lines: Iterable[dict | EncodedLine], sink: IO[bytes], total: int, progress: Progress | None,
                    cancelled: Cancelled | None, level: int = GZIP_LEVEL) -> _PlainStats:
    """The lines gzip'd into `sink`, handed to the compressor and the hash a few hundred at a time (a call per line
    was a tenth of writing an ack)."""
    stats = _PlainStats()
    pending: list[bytes] = []
    pending_size = 0
    with gzip.GzipFile(fileobj=sink, mode="wb", compresslevel=level, mtime=0) as compressor:
        for record in lines:
            if isinstance(record, EncodedLine):
                kind, data = record
            else:
                kind, data = record["type"], encode_line(record)
            pending.append(data)
            pending_size += len(data)
            stats.records += 1
            stats.counts[kind] = stats.counts.get(kind, 0) + 1
            if pending_size >= CHUNK:
                _write_pending(compressor, stats, pending)
                pending_size = 0
            if stats.records % CHECK_EVERY == 0:
                _tick(stats.records, total, progress, cancelled)
        _write_pending(compressor, stats, pending)
    _tick(stats.records, max(total, stats.records), progress, cancelled)
    return stats


def _write_pending(compressor: gzip.GzipFile, stats: _PlainStats, pending: list[bytes]) -> None:
    data = b"".join(pending)
    compressor.write(data)
    stats.digest.update(data)
    stats.size += len(data)
    pending.clear()


def _tick(done: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise OperationCancelled()
    if progress is not None:
        progress(done, total)


def _hash_file(handle: IO[bytes]) -> tuple[str, int]:
    handle.seek(0)
    digest, size = hashlib.sha256(), 0
    while chunk := handle.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
    handle.seek(0)
    return digest.hexdigest(), size


def _manifest(header: BundleHeader, stats: _PlainStats, cipher_hash: str, cipher_size: int,
              created: dt.datetime) -> dict:
    manifest = {
        "format": fmt.FORMAT_NAME, "format_version": fmt.FORMAT_VERSION, "schema_version": fmt.SCHEMA_VERSION,
        "app_version": __version__, "kind": header.kind, "bundle_id": uuid.uuid4().hex,
        "office_code": header.office_code, "receiver_code": header.receiver_code, "recipient": header.recipient,
        "epoch": header.epoch, "sequence": header.sequence, "previous_hash": header.previous_hash,
        "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"), "counts": dict(sorted(stats.counts.items())),
        "payload": {"compression": "gzip", "encryption": "age-x25519", "records": stats.records,
                    "plain_size": stats.size, "plain_sha256": stats.digest.hexdigest()},
        "files": {fmt.PAYLOAD_NAME: {"size": cipher_size, "sha256": cipher_hash}},
    }
    manifest.update(header.extra)
    return manifest


def manifest_bytes(manifest: dict) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


def _zip_info(name: str, created: dt.datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=created.timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    return info


def _write_zip(target: Path, manifest_data: bytes, signature: bytes, cipher: IO[bytes],
               created: dt.datetime) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(_zip_info(fmt.MANIFEST_NAME, created), manifest_data)
        archive.writestr(_zip_info(fmt.SIGNATURE_NAME, created), signature)
        with archive.open(_zip_info(fmt.PAYLOAD_NAME, created), "w") as entry:
            shutil.copyfileobj(cipher, entry, CHUNK)


def write_bundle(target: Path, header: BundleHeader, lines: Iterable[dict | EncodedLine],
                 signing_key: Ed25519PrivateKey, *, total: int = 0, progress: Progress | None = None,
                 cancelled: Cancelled | None = None, verify: Callable[[Path], None] | None = None,
                 level: int = GZIP_LEVEL) -> WrittenBundle:
    """Write the bundle under `target` atomically; `verify` checks the temporary file before the rename; `level`:
    gzip's compression level."""
    created = dt.datetime.now(dt.UTC).replace(microsecond=0)
    recipient = parse_recipient(header.recipient)
    with tempfile.SpooledTemporaryFile(SPOOL_BYTES) as plain, tempfile.SpooledTemporaryFile(SPOOL_BYTES) as cipher:
        stats = _compress_lines(lines, plain, total, progress, cancelled, level)
        plain.seek(0)
        pyrage.encrypt_io(plain, cipher, [recipient])
        cipher_hash, cipher_size = _hash_file(cipher)
        manifest = _manifest(header, stats, cipher_hash, cipher_size, created)
        data = manifest_bytes(manifest)
        with atomic_path(target) as temporary:
            _write_zip(temporary, data, signing_key.sign(data), cipher, created)
            if verify is not None:
                verify(temporary)
    return WrittenBundle(target, manifest, hashlib.sha256(data).hexdigest(), target.stat().st_size)


def copy_verified(source: Path, target: Path, verify: Callable[[Path], None]) -> Path:
    """Copy a finished bundle (e.g. to a USB stick) atomically, checking the copy before it takes the name."""
    with atomic_path(target) as temporary:
        with source.open("rb") as reader, temporary.open("wb") as writer:
            shutil.copyfileobj(reader, writer, CHUNK)
        verify(temporary)
    return target


def file_sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return _hash_file(handle)[0]
