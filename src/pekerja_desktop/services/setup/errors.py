"""Errors of setting up an office (its code, name, region, role and database), with their messages."""

from __future__ import annotations

from pekerja_desktop.errors import PekerjaError

SETUP_MESSAGES: dict[str, dict[str, str]] = {
    "setup.already": {
        "id": "Kantor sudah disiapkan di {path} (kantor {office_code}). Penyiapan tidak diulang.",
        "en": "An office is already set up in {path} (office {office_code}). Setup is not repeated.",
    },
    "setup.server_hub_only": {
        "id": "Basis data di server PostgreSQL hanya untuk kantor pusat (peran hub); kantor lapangan memakai "
        "berkas terenkripsi.",
        "en": "A database on a PostgreSQL server is for the central office (hub role) only; field offices use the "
        "encrypted file.",
    },
    "setup.server_in_use": {
        "id": "Basis data {url} sudah berisi kantor {office_code}. Pakai basis data kosong, atau gunakan folder data "
        "kantor itu.",
        "en": "The database {url} already holds office {office_code}. Use an empty database, or that office's data "
        "folder.",
    },
    "setup.office_code": {
        "id": "Kode kantor '{value}' tidak valid: 2–10 huruf besar atau angka.",
        "en": "Invalid office code '{value}': 2–10 capital letters or digits.",
    },
    "setup.office_name": {
        "id": "Nama kantor wajib diisi.",
        "en": "The office name is required.",
    },
    "setup.region": {
        "id": "Kode wilayah '{value}' bukan kabupaten/kota di Maluku (contoh 81.71 untuk Kota Ambon).",
        "en": "Region code '{value}' is not a regency or city of Maluku (e.g. 81.71 for Kota Ambon).",
    },
    "setup.role": {
        "id": "Peran '{value}' tidak dikenal: pilih field atau hub.",
        "en": "Unknown role '{value}': choose field or hub.",
    },
}


class SetupError(PekerjaError):
    """A setup request refused before anything was written (or an office already set up)."""

    catalogue = SETUP_MESSAGES
