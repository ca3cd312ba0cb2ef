"""Writing files so that nothing partial ever stands under the final name."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


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
