"""Reading a bundle defensively: every check happens before anything is decrypted or stored.

Order: a regular file of bounded size (never a FIFO, a device or a folder) → zip structure → entry names
(whitelist, no `..`/absolute, no duplicate, extra or missing) → declared sizes and compression ratios → manifest
and signature read with caps → manifest shape and versions (JSON nested too deeply is refused as such) → the
payload entry's declared size against the manifest's → its SHA-256, streamed. The payload is never held in
memory: `payload.py` streams it again to decrypt it. The signature, the recipient and the schema are checked by
`check_*` with what the caller knows (the sender's registered key, this office's code and recipient).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import IO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pekerja_desktop.fileio import open_regular
from pekerja_desktop.services.sync.bundle import format as fmt
from pekerja_desktop.services.sync.errors import SyncError

HASH_CHUNK = 1024 * 1024
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, OSError,
              RuntimeError, UnicodeDecodeError, ValueError, KeyError, IndexError, OverflowError, struct.error)


@dataclass(frozen=True)
class OpenedBundle:
    path: Path
    manifest: dict
    manifest_bytes: bytes
    signature: bytes

    @property
    def bundle_hash(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()

    @property
    def sender(self) -> str:
        return self.manifest["office_code"]

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def sequence(self) -> int:
        return self.manifest["sequence"]

    @contextlib.contextmanager
    def open_payload(self) -> Iterator[IO[bytes]]:
        """The encrypted payload entry, opened again for streaming (checked by `read_bundle` already)."""
        with contextlib.ExitStack() as opened:
            handle = opened.enter_context(open_regular(self.path, fmt.MAX_BUNDLE_BYTES))
            try:
                archive = opened.enter_context(zipfile.ZipFile(handle))
                entry = opened.enter_context(archive.open(fmt.PAYLOAD_NAME))
            except ZIP_ERRORS as exc:
                raise _fail("bundle.unreadable", self.path, reason=str(exc) or type(exc).__name__) from exc
            yield entry


def _fail(code: str, path: Path, **params) -> SyncError:
    return SyncError(code, path=str(path), **params)


def _is_unsafe(name: str) -> bool:
    posix, windows = PurePosixPath(name), PureWindowsPath(name)
    return (posix.is_absolute() or windows.is_absolute() or bool(windows.drive) or name.startswith(("/", "\\"))
            or ".." in posix.parts or ".." in windows.parts)


def _check_entries(path: Path, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    names = [info.filename for info in infos]
    for name in names:
        if _is_unsafe(name):
            raise _fail("bundle.unsafe_name", path, name=name)
    for name in names:
        if names.count(name) > 1:
            raise _fail("bundle.duplicate_entry", path, name=name)
    for name in names:
        if name not in fmt.ENTRY_NAMES:
            raise _fail("bundle.extra_entry", path, name=name)
    for name in fmt.ENTRY_NAMES:
        if name not in names:
            raise _fail("bundle.missing_entry", path, name=name)
    for info in infos:
        limit = fmt.MAX_ENTRY_BYTES[info.filename]
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limit or ratio > fmt.MAX_COMPRESSION_RATIO:
            raise _fail("bundle.entry_too_large", path, name=info.filename)
    return {info.filename: info for info in infos}


def _read_capped(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    limit = fmt.MAX_ENTRY_BYTES[info.filename]
    with archive.open(info) as entry:
        data = entry.read(limit + 1)
    if len(data) > limit:
        raise _fail("bundle.entry_too_large", path, name=info.filename)
    return data


def _streamed_sha256(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with archive.open(info) as entry:
        while chunk := entry.read(HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def read_bundle(path: Path) -> OpenedBundle:
    path = Path(path)
    with open_regular(path, fmt.MAX_BUNDLE_BYTES) as handle:
        try:
            with zipfile.ZipFile(handle) as archive:
                return _read_entries(path, archive)
        except ZIP_ERRORS as exc:
            # whatever a damaged zip makes the reader raise (a password-protected entry raises RuntimeError)
            raise _fail("bundle.unreadable", path, reason=str(exc) or type(exc).__name__) from exc


def _read_entries(path: Path, archive: zipfile.ZipFile) -> OpenedBundle:
    infos = _check_entries(path, archive.infolist())
    manifest_bytes = _read_capped(path, archive, infos[fmt.MANIFEST_NAME])
    signature = _read_capped(path, archive, infos[fmt.SIGNATURE_NAME])
    manifest = _parse_manifest(path, manifest_bytes)
    if len(signature) != fmt.SIGNATURE_SIZE:
        raise _fail("bundle.unreadable", path, reason="manifest.sig is not 64 bytes")
    expected = manifest["files"][fmt.PAYLOAD_NAME]
    if infos[fmt.PAYLOAD_NAME].file_size != expected["size"]:  # a size that lies costs nothing to refuse
        raise _fail("bundle.hash_mismatch", path, name=fmt.PAYLOAD_NAME)
    if _streamed_sha256(archive, infos[fmt.PAYLOAD_NAME]) != (expected["sha256"], expected["size"]):
        raise _fail("bundle.hash_mismatch", path, name=fmt.PAYLOAD_NAME)
    return OpenedBundle(path, manifest, manifest_bytes, signature)


def reject_constant(name: str):
    raise ValueError(f"{name} is not allowed")


def _parse_manifest(path: Path, data: bytes) -> dict:
    try:
        manifest = json.loads(data.decode("utf-8"), parse_constant=reject_constant)
    except RecursionError:
        raise _fail("bundle.manifest_invalid", path, reason="JSON nested too deeply") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise _fail("bundle.manifest_invalid", path, reason=str(exc)) from exc
    version = manifest.get("format_version") if isinstance(manifest, dict) else None
    if isinstance(version, int) and version > fmt.FORMAT_VERSION:
        raise _fail("bundle.format_unsupported", path, found=version, supported=fmt.FORMAT_VERSION)
    reason = fmt.check_manifest_shape(manifest)
    if reason is not None:
        raise _fail("bundle.manifest_invalid", path, reason=reason)
    if manifest["format_version"] != fmt.FORMAT_VERSION:
        raise _fail("bundle.format_unsupported", path, found=version, supported=fmt.FORMAT_VERSION)
    return manifest


def check_signature(bundle: OpenedBundle, public_hex: str) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(bundle.signature, bundle.manifest_bytes)
    except (InvalidSignature, ValueError) as exc:
        raise _fail("bundle.bad_signature", bundle.path, office_code=bundle.sender) from exc


def check_recipient(bundle: OpenedBundle, office_code: str, recipient: str) -> None:
    """Addressed to this office (by code) and encrypted to this installation's key: a bundle for another office,
    and one for another installation under the same code (a hub set up again), are told apart."""
    manifest = bundle.manifest
    if manifest["receiver_code"] != office_code:
        raise _fail("bundle.wrong_recipient", bundle.path, receiver=manifest["receiver_code"],
                    office_code=office_code)
    if manifest["recipient"] != recipient:
        raise _fail("bundle.wrong_key", bundle.path, office_code=office_code)


def check_schema(bundle: OpenedBundle) -> None:
    found = bundle.manifest["schema_version"]
    if found not in fmt.SUPPORTED_SCHEMAS:
        supported = ", ".join(str(v) for v in sorted(fmt.SUPPORTED_SCHEMAS))
        raise _fail("bundle.schema_unsupported", bundle.path, found=found, supported=supported)
