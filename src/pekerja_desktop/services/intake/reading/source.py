"""Taking a list file in: only a regular file, its size checked before a byte is read, read through the open handle
(a FIFO named .csv never blocks, /dev/zero is never read), and an XLSX whose unpacked size stays reasonable.

Every refusal is an IntakeError: one line in the user's language.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

from pekerja_desktop.errors import FileProblem
from pekerja_desktop.services.intake.errors import IntakeError

MAX_LIST_BYTES = 64 * 1024 * 1024  # a 35,000-row list is 3–8 MB; ten times the province's quota still fits
MAX_XLSX_UNPACKED = 512 * 1024 * 1024  # what openpyxl would have to parse once the workbook is unzipped
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def _require_regular(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise IntakeError("intake.is_folder", path=str(path))
    if not stat.S_ISREG(mode):
        raise IntakeError("intake.not_a_file", path=str(path))


def _require_size(path: Path, size: int) -> None:
    if size > MAX_LIST_BYTES:
        raise IntakeError("intake.file_too_large", path=str(path), size=_megabytes(size),
                          limit=_megabytes(MAX_LIST_BYTES))


def read_list_bytes(path: Path) -> bytes:
    """The file's content, or an IntakeError/FileProblem saying why not."""
    path = Path(path)
    try:
        _require_regular(path, os.stat(path).st_mode)  # before opening: opening a FIFO would wait for a writer
        descriptor = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError as exc:
        raise FileProblem("file.missing", path=str(path)) from exc
    except OSError as exc:
        raise FileProblem("file.unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    with os.fdopen(descriptor, "rb") as handle:
        try:
            status = os.fstat(handle.fileno())  # what was opened, should the name have changed meanwhile
            _require_regular(path, status.st_mode)
            _require_size(path, status.st_size)
            content = handle.read(MAX_LIST_BYTES + 1)
        except OSError as exc:
            raise FileProblem("file.unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    _require_size(path, len(content))  # a file growing while it is read
    return content


def require_unpackable(path: Path, content: bytes) -> None:
    """An XLSX is a zip: refuse one that is not, or that would unpack into more than a worksheet should hold."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise IntakeError("intake.file_corrupt", path=str(path), reason=f"not a zip/xlsx container ({exc})") from exc
    if unpacked > MAX_XLSX_UNPACKED:
        raise IntakeError("intake.file_too_large", path=str(path), size=_megabytes(unpacked),
                          limit=_megabytes(MAX_XLSX_UNPACKED))
