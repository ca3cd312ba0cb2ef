"""Reading a bundle defensively: every check happens before anything is decrypted or stored.

Order: file size → zip structure → entry names (whitelist, no `..`/absolute, no duplicate, extra or missing)
→ declared sizes and compression ratios → read with caps (zip CRC) → manifest shape and versions →
payload SHA-256. The signature, the recipient and the schema are checked by `check_*` with what the caller
knows (the sender's registered key, this office's code and recipient).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyrage import x25519

from pekerja_desktop.services.sync.bundle import format as fmt
from pekerja_desktop.services.sync.errors import SyncError


@dataclass(frozen=True)
class OpenedBundle:
    path: Path
    manifest: dict
    manifest_bytes: bytes
    signature: bytes
    payload: bytes  # still encrypted

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


def read_bundle(path: Path) -> OpenedBundle:
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise SyncError("file.missing", path=str(path)) from exc
    if size > fmt.MAX_BUNDLE_BYTES:
        raise _fail("bundle.too_large", path, size=size, limit=fmt.MAX_BUNDLE_BYTES)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = _check_entries(path, archive.infolist())
            parts = {name: _read_capped(path, archive, info) for name, info in infos.items()}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, OSError,
            RuntimeError, UnicodeDecodeError, ValueError, KeyError, IndexError, OverflowError, struct.error) as exc:
        # whatever a damaged zip makes the reader raise (a password-protected entry raises RuntimeError)
        raise _fail("bundle.unreadable", path, reason=str(exc) or type(exc).__name__) from exc
    return _opened(path, parts)


def _opened(path: Path, parts: dict[str, bytes]) -> OpenedBundle:
    manifest = _parse_manifest(path, parts[fmt.MANIFEST_NAME])
    if len(parts[fmt.SIGNATURE_NAME]) != fmt.SIGNATURE_SIZE:
        raise _fail("bundle.unreadable", path, reason="manifest.sig is not 64 bytes")
    bundle = OpenedBundle(path, manifest, parts[fmt.MANIFEST_NAME], parts[fmt.SIGNATURE_NAME],
                          parts[fmt.PAYLOAD_NAME])
    _check_payload_hash(bundle)
    return bundle


def _reject_constant(name: str):
    raise ValueError(f"{name} is not allowed")


def _parse_manifest(path: Path, data: bytes) -> dict:
    try:
        manifest = json.loads(data.decode("utf-8"), parse_constant=_reject_constant)
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


def _check_payload_hash(bundle: OpenedBundle) -> None:
    expected = bundle.manifest["files"][fmt.PAYLOAD_NAME]
    if len(bundle.payload) != expected["size"] or hashlib.sha256(bundle.payload).hexdigest() != expected["sha256"]:
        raise _fail("bundle.hash_mismatch", bundle.path, name=fmt.PAYLOAD_NAME)


def check_signature(bundle: OpenedBundle, public_hex: str) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(bundle.signature, bundle.manifest_bytes)
    except (InvalidSignature, ValueError) as exc:
        raise _fail("bundle.bad_signature", bundle.path, office_code=bundle.sender) from exc


def check_recipient(bundle: OpenedBundle, office_code: str, recipient: str) -> None:
    manifest = bundle.manifest
    if manifest["receiver_code"] != office_code or manifest["recipient"] != recipient:
        raise _fail("bundle.wrong_recipient", bundle.path, receiver=manifest["receiver_code"],
                    office_code=office_code)


def check_schema(bundle: OpenedBundle) -> None:
    found = bundle.manifest["schema_version"]
    if found not in fmt.SUPPORTED_SCHEMAS:
        supported = ", ".join(str(v) for v in sorted(fmt.SUPPORTED_SCHEMAS))
        raise _fail("bundle.schema_unsupported", bundle.path, found=found, supported=supported)


def decrypt_payload(bundle: OpenedBundle, identity: x25519.Identity) -> bytes:
    """The gzip-compressed JSON Lines (small: about 120 bytes a record)."""
    sink = io.BytesIO()
    try:
        pyrage.decrypt_io(io.BytesIO(bundle.payload), sink, [identity])
    except (pyrage.DecryptError, ValueError) as exc:
        raise _fail("bundle.cannot_decrypt", bundle.path, reason=str(exc)) from exc
    return sink.getvalue()


def iter_payload_lines(bundle: OpenedBundle, compressed: bytes) -> Iterator[tuple[int, dict]]:
    """(line number, record) for every line, within the manifest's declared size, count and hash."""
    declared = bundle.manifest["payload"]
    digest, size, number = hashlib.sha256(), 0, 0
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(compressed)) as reader:
            while line := reader.readline(fmt.MAX_LINE_BYTES + 1):
                number, size = number + 1, size + len(line)
                if len(line) > fmt.MAX_LINE_BYTES or size > declared["plain_size"] or not line.endswith(b"\n"):
                    raise _fail("bundle.record_invalid", bundle.path, line=number, reason="line too long or cut")
                digest.update(line)
                yield number, _parse_line(bundle, number, line)
    except (OSError, EOFError, zlib.error) as exc:
        raise _fail("bundle.payload_invalid", bundle.path, reason=str(exc)) from exc
    if size != declared["plain_size"] or number != declared["records"] or digest.hexdigest() != declared[
            "plain_sha256"]:
        raise _fail("bundle.payload_invalid", bundle.path, reason="size, count or SHA-256 differs from the manifest")


def _parse_line(bundle: OpenedBundle, number: int, line: bytes) -> dict:
    try:
        record = json.loads(line.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError) as exc:
        raise _fail("bundle.record_invalid", bundle.path, line=number, reason=f"malformed JSON ({exc})") from exc
    if not isinstance(record, dict):
        raise _fail("bundle.record_invalid", bundle.path, line=number, reason="not a JSON object")
    return record
