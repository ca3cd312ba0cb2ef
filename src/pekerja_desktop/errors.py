"""The base of every expected failure (PekerjaError) and the generic ones: access refused, a file problem, a
cancelled operation, with the messages of the data folder, files, arguments and access.

Each feature keeps its own errors and messages beside it (`services/<feature>/errors.py`, `store/errors.py`);
the CLI and the ui turn any PekerjaError into its message.
"""

from __future__ import annotations

import errno

from pekerja_desktop.domain.i18n import render

ERROR_MESSAGES: dict[str, dict[str, str]] = {
    "data_dir.not_directory": {
        "id": "Direktori data {path} bukan folder.",
        "en": "The data directory {path} is not a folder.",
    },
    "data_dir.not_writable": {
        "id": "Direktori data {path} tidak dapat ditulis: {reason}",
        "en": "The data directory {path} is not writable: {reason}",
    },
    "setup.not_done": {  # raised by sign-in, recovery and securing (not by setup): the data folder holds no office
        "id": "Belum ada kantor di {path}. Jalankan `pekerja-desktop setup` terlebih dahulu.",
        "en": "No office is set up in {path}. Run `pekerja-desktop setup` first.",
    },
    "file.missing": {
        "id": "Berkas {path} tidak ditemukan.",
        "en": "File {path} not found.",
    },
    "file.unreadable": {
        "id": "Berkas {path} tidak dapat dibaca: {reason}",
        "en": "File {path} cannot be read: {reason}",
    },
    "file.unwritable": {
        "id": "Berkas {path} tidak dapat ditulis: {reason}",
        "en": "File {path} cannot be written: {reason}",
    },
    "file.not_regular": {
        "id": "{path} bukan berkas biasa (folder, perangkat atau pipa tidak dibaca).",
        "en": "{path} is not a regular file (folders, devices and pipes are not read).",
    },
    "file.too_large": {
        "id": "Berkas {path} terlalu besar ({size} bita; paling banyak {limit}).",
        "en": "File {path} is too large ({size} bytes; at most {limit}).",
    },
    "file.disk_full": {
        "id": "Disk penuh saat menulis {path}: tidak ada berkas yang ditulis.",
        "en": "Disk full while writing {path}: no file was written.",
    },
    "operation.cancelled": {
        "id": "Dibatalkan; tidak ada yang disimpan.",
        "en": "Cancelled; nothing was saved.",
    },
    "argument.invalid": {
        "id": "Argumen tidak valid: {reason}",
        "en": "Invalid argument: {reason}",
    },
}


ACCESS_MESSAGES: dict[str, dict[str, str]] = {
    "access.denied": {
        "id": "Akses ditolak: peran {role} tidak boleh {action}.",
        "en": "Access denied: the {role} role may not {action}.",
    },
    "access.not_own": {
        "id": "Akses ditolak: petugas hanya boleh mengubah data yang ia daftarkan sendiri dan belum dikirim "
        "({registration_number}). Minta supervisor.",
        "en": "Access denied: a clerk may only edit records they enrolled that were not yet exported "
        "({registration_number}). Ask a supervisor.",
    },
}


class PekerjaError(Exception):
    """An expected failure with a stable code and a message in the user's language.

    Subclasses for one area may bring their own `catalogue` of messages; codes missing there are
    looked up in ERROR_MESSAGES.
    """

    catalogue: dict[str, dict[str, str]] = ERROR_MESSAGES

    def __init__(self, code: str, /, **params):
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: str | None = None) -> str:
        catalogue = self.catalogue if self.code in self.catalogue else ERROR_MESSAGES
        return render(catalogue, self.code, self.params, language)


class AccessError(PekerjaError):
    """The signed-in role may not do this (checked by `AppContext.require` and record-level rules)."""

    catalogue = ACCESS_MESSAGES


class FileProblem(PekerjaError):
    pass


class OperationCancelled(PekerjaError):
    """The user cancelled long work; nothing was saved or written."""

    def __init__(self):
        super().__init__("operation.cancelled")


def file_error(exc: OSError) -> PekerjaError:
    """An operating system's refusal in the user's words: disk full, file missing, or why it cannot be written."""
    path = exc.filename or ""
    if exc.errno == errno.ENOSPC:
        return PekerjaError("file.disk_full", path=path)
    if exc.errno == errno.ENOENT:
        return PekerjaError("file.missing", path=path)
    return PekerjaError("file.unwritable", path=path, reason=exc.strerror or str(exc))
