"""Why a personal-data operation (person export, retention purge, breach list) was refused."""

from __future__ import annotations

from pathlib import Path

from pekerja_desktop.errors import FileProblem, PekerjaError

PRIVACY_MESSAGES: dict[str, dict[str, str]] = {
    "breach.unknown_bundle": {
        "id": "Tidak ada paket data keluar '{key}' di kantor ini (sebutkan nomor urut atau nama berkas paket).",
        "en": "No outgoing data bundle '{key}' at this office (give the bundle's sequence number or file name).",
    },
    "person.ambiguous": {
        "id": "NIK {key} ada pada lebih dari satu rekaman ({numbers}): sebutkan nomor registrasinya.",
        "en": "NIK {key} is on more than one record ({numbers}): give the registration number.",
    },
    "output.type": {
        "id": "Jenis berkas {path} tidak didukung: pilih {allowed}.",
        "en": "Unsupported file type {path}: choose {allowed}.",
    },
    "output.folder_missing": {
        "id": "Folder {folder} tidak ada: berkas {path} tidak ditulis.",
        "en": "The folder {folder} does not exist: {path} was not written.",
    },
    "retention.months": {
        "id": "Masa simpan harus {minimum}–{maximum} bulan, bukan '{value}'.",
        "en": "The retention period must be {minimum}–{maximum} months, not '{value}'.",
    },
}


class PrivacyError(PekerjaError):
    catalogue = PRIVACY_MESSAGES


def output_format(path: Path, allowed: tuple[str, ...]) -> str:
    """'pdf', 'csv' or 'xlsx' (by suffix, among `allowed`) for a path a file can be written to; checked before
    any work."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in allowed:
        raise PrivacyError("output.type", path=str(path), allowed=", ".join(f".{a}" for a in allowed))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise PrivacyError("output.folder_missing", path=str(path), folder=str(folder))
    if path.is_dir():
        raise FileProblem("file.unwritable", path=str(path), reason="is a folder")
    return fmt
