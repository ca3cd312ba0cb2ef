"""Where a document is written: whole or not at all (`atomic_path`), with OS errors (a full disk…) reported
against the final name, not the temporary one."""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.fileio import atomic_path


@contextlib.contextmanager
def writing(out_path: Path) -> Iterator[Path]:
    """`atomic_path`, with OS errors (a full disk…) reported against the final name, not the temporary one."""
    try:
        with atomic_path(out_path) as temporary:
            yield temporary
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise PekerjaError("file.disk_full", path=str(out_path)) from exc
        raise PekerjaError("file.unwritable", path=str(out_path), reason=exc.strerror or str(exc)) from exc
