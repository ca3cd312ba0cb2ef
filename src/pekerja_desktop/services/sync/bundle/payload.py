"""A bundle's payload, streamed in bounded memory: decrypted by age, gunzipped and cut into lines, each line checked
against the manifest's caps as it comes, whatever the bundle's size.

age decrypts in a helper thread (pyrage reads and writes in 8 KiB pieces) into a short queue; this side inflates
what arrives at most a MiB at a time and cuts it into lines. The ciphertext is hashed again on its way in (the file
may have changed since `read_bundle` checked it), and size, count and SHA-256 of the lines are compared with the
manifest at the end; a consumer that applies lines as they come does so inside a transaction that this final check
can still roll back. Nothing decrypted touches the disk.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import queue
import threading
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO

import orjson
import pyrage
from pyrage import x25519

from pekerja_desktop.services.sync.bundle import format as fmt
from pekerja_desktop.services.sync.bundle.read import OpenedBundle
from pekerja_desktop.services.sync.errors import SyncError

INFLATE_STEP = 1024 * 1024  # at most this much decompressed at a time (a gzip bomb inflates no further)
WAITING_PIECES = 64  # decrypted pieces waiting for the reader (pyrage writes 8 KiB at a time: about 512 KiB)
_END = object()


class _HashingReader(io.RawIOBase):
    """The ciphertext as age reads it, hashed and counted on the way."""

    def __init__(self, source: IO[bytes]):
        self.source, self.digest, self.size = source, hashlib.sha256(), 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.source.read(len(buffer))
        buffer[:len(data)] = data
        self.digest.update(data)
        self.size += len(data)
        return len(data)

    def drain(self) -> None:
        """Whatever age left unread (bytes after its last chunk) counts for the hash too."""
        while self.readinto(bytearray(1024 * 1024)):
            pass


class _QueueWriter:
    """Where age writes the plaintext: a bounded queue; stops age once the reader has gone."""

    def __init__(self, pieces: queue.Queue, stopped: threading.Event):
        self.pieces, self.stopped = pieces, stopped

    def write(self, data) -> int:
        if self.stopped.is_set():
            raise OSError("the reader stopped")
        self.pieces.put(bytes(data))
        return len(data)

    def flush(self) -> None:
        return None


def _decrypted_pieces(source: io.RawIOBase, identity: x25519.Identity) -> Iterator[bytes]:
    """The plaintext in the pieces age writes, decrypted in a helper thread that never runs ahead far."""
    pieces: queue.Queue = queue.Queue(WAITING_PIECES)
    stopped, failures = threading.Event(), []

    def decrypt() -> None:
        try:
            pyrage.decrypt_io(source, _QueueWriter(pieces, stopped), [identity])
        except BaseException as exc:  # handed to the reader, which raises it in its own thread
            failures.append(exc)
        finally:
            pieces.put(_END)

    worker = threading.Thread(target=decrypt, name="bundle-decrypt", daemon=True)
    worker.start()
    try:
        while (piece := pieces.get()) is not _END:
            yield piece
        if failures:
            raise failures[0]
    finally:
        stopped.set()
        while worker.is_alive():  # let a worker blocked on a full queue finish
            with contextlib.suppress(queue.Empty):
                pieces.get(timeout=0.05)
        worker.join()


def _inflated(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """The gzip stream inflated, never more than INFLATE_STEP at once; one member, nothing after it."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    for piece in pieces:
        data = inflater.decompress(piece, INFLATE_STEP)
        while True:
            if data:
                yield data
            if not inflater.unconsumed_tail:
                break
            data = inflater.decompress(inflater.unconsumed_tail, INFLATE_STEP)
        if inflater.eof and inflater.unused_data:
            raise zlib.error("data after the end of the compressed stream")
    if not inflater.eof:
        raise zlib.error("the compressed stream is cut short")


def payload_lines(bundle: OpenedBundle, identity: x25519.Identity) -> Iterator[tuple[int, bytes]]:
    """(line number, line bytes) of the payload, each within the manifest's caps; the totals and hashes are
    compared with the manifest after the last line."""
    declared = bundle.manifest["payload"]
    with bundle.open_payload() as entry:
        reader = _HashingReader(entry)
        digest, size, number = hashlib.sha256(), 0, 0
        try:
            for number, line in _cut_lines(bundle, _inflated(_decrypted_pieces(reader, identity))):
                size += len(line)
                if size > declared["plain_size"]:
                    raise _fail(bundle, "bundle.record_invalid", line=number, reason="line too long or cut")
                digest.update(line)
                yield number, line
            reader.drain()
        except (pyrage.DecryptError, ValueError) as exc:
            raise _fail(bundle, "bundle.cannot_decrypt", reason=str(exc) or type(exc).__name__) from exc
        except (OSError, EOFError, zlib.error, zipfile.BadZipFile) as exc:
            raise _fail(bundle, "bundle.payload_invalid", reason=str(exc) or type(exc).__name__) from exc
    _check_totals(bundle, reader, size, number, digest.hexdigest())


def _cut_lines(bundle: OpenedBundle, chunks: Iterator[bytes]) -> Iterator[tuple[int, bytes]]:
    number, rest = 0, b""
    for chunk in chunks:
        *lines, rest = (rest + chunk).split(b"\n")
        for line in lines:
            number += 1
            if len(line) >= fmt.MAX_LINE_BYTES:
                raise _fail(bundle, "bundle.record_invalid", line=number, reason="line too long or cut")
            yield number, line + b"\n"
        if len(rest) >= fmt.MAX_LINE_BYTES:
            raise _fail(bundle, "bundle.record_invalid", line=number + 1, reason="line too long or cut")
    if rest:
        raise _fail(bundle, "bundle.record_invalid", line=number + 1, reason="line too long or cut")


def _check_totals(bundle: OpenedBundle, reader: _HashingReader, size: int, count: int, plain_hash: str) -> None:
    expected = bundle.manifest["files"][fmt.PAYLOAD_NAME]
    if reader.size != expected["size"] or reader.digest.hexdigest() != expected["sha256"]:
        raise _fail(bundle, "bundle.hash_mismatch", name=fmt.PAYLOAD_NAME)
    declared = bundle.manifest["payload"]
    if size != declared["plain_size"] or count != declared["records"] or plain_hash != declared["plain_sha256"]:
        raise _fail(bundle, "bundle.payload_invalid", reason="size, count or SHA-256 differs from the manifest")


def parse_line(bundle: OpenedBundle, number: int, line: bytes) -> dict:
    """One line as a JSON object, by orjson: strict UTF-8 and JSON (no NaN or Infinity, no lone surrogate, which
    no installation can store), nested at most 1,024 deep (deeper is refused as such, never a RecursionError; the
    record checks then refuse any nesting a record does not have)."""
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise _fail(bundle, "bundle.record_invalid", line=number, reason=f"malformed JSON ({exc})") from exc
    if not isinstance(record, dict):
        raise _fail(bundle, "bundle.record_invalid", line=number, reason="not a JSON object")
    return record


def _fail(bundle: OpenedBundle, code: str, **params) -> SyncError:
    return SyncError(code, path=str(bundle.path), **params)
