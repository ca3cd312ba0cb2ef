"""Writing files so that nothing partial ever stands under the final name; one writer at a time for a file several
processes rewrite (`exclusive_lock`); opening a file that arrived from elsewhere only when it is a regular file of
a bounded size."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO

from pekerja_desktop.errors import PekerjaError


def fsync_directory(directory: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it is fsynced and renamed over `target`,
    on any failure (or cancellation) it is removed and `target` is untouched."""
    target = Path(target)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(descriptor)
    temporary_path = Path(temporary)
    try:
        yield temporary_path
        with temporary_path.open("rb+") as handle:
            os.fsync(handle.fileno())
        temporary_path.replace(target)
        fsync_directory(target.parent)
    finally:
        temporary_path.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_writer(target: Path, mode: str = "w", encoding: str | None = "utf-8",
                  newline: str | None = None) -> Iterator[IO[Any]]:
    """An open file whose content appears under `target` only once complete."""
    with atomic_path(target) as temporary:
        binary = "b" in mode
        opened: IO[Any] = temporary.open(mode) if binary else temporary.open(mode, encoding=encoding, newline=newline)
        with opened as handle:
            yield handle
            handle.flush()


def open_regular(path: Path, max_bytes: int) -> BinaryIO:
    """`path` opened for reading in binary — only a regular file of at most `max_bytes` (a FIFO named `.zip`
    would hang the reader, `/dev/zero` would never end, a folder is no file). The file is opened without
    blocking and checked on the opened descriptor, so nothing can be swapped in between."""
    path = Path(path)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise PekerjaError("file.missing", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise PekerjaError("file.not_regular", path=str(path)) from exc
    try:
        facts = os.fstat(descriptor)
        if not stat.S_ISREG(facts.st_mode):
            raise PekerjaError("file.not_regular", path=str(path))
        if facts.st_size > max_bytes:
            raise PekerjaError("file.too_large", path=str(path), size=facts.st_size, limit=max_bytes)
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


LOCK_POLL_SECONDS = 0.05


class LockTimeout(TimeoutError):
    """Another process held the lock for longer than the caller waits."""


@contextlib.contextmanager
def exclusive_lock(lock_file: Path, timeout: float = 30.0) -> Iterator[None]:
    """Hold an exclusive lock on `lock_file` (created if missing, never removed) across processes and threads:
    for a read-modify-write of a file several processes rewrite. Waits up to `timeout` seconds."""
    descriptor = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _acquire(descriptor, time.monotonic() + timeout)
        try:
            yield
        finally:
            _release(descriptor)
    finally:
        os.close(descriptor)


def _acquire(descriptor: int, deadline: float) -> None:
    while True:
        try:
            _try_lock(descriptor)
            return
        except (BlockingIOError, PermissionError, OSError):
            if time.monotonic() >= deadline:
                raise LockTimeout() from None
            time.sleep(LOCK_POLL_SECONDS)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)

    def _release(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _release(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
