"""Errors of editing reference data (the occupation list), with their messages."""

from __future__ import annotations

from pekerja_desktop.errors import PekerjaError

OCCUPATION_MESSAGES = {
    "occupation.code_invalid": {
        "id": "Kode pekerjaan '{code}' tidak valid: 2–20 huruf besar, angka atau _.",
        "en": "Invalid occupation code '{code}': 2–20 capital letters, digits or _.",
    },
    "occupation.name_required": {
        "id": "Nama pekerjaan (Indonesia dan Inggris) wajib diisi.",
        "en": "The occupation name (Indonesian and English) is required.",
    },
    "occupation.unknown_code": {
        "id": "Kode pekerjaan {code} tidak ada di daftar.",
        "en": "Occupation code {code} is not in the list.",
    },
}


class OccupationError(PekerjaError):
    catalogue = OCCUPATION_MESSAGES
