"""Errors of editing reference data (the occupation list), with their messages."""

from __future__ import annotations

from pekerja_desktop.domain.i18n import render
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
    "dukcapil.unknown_code": {
        "id": "Kode pekerjaan Dukcapil {code} tidak ada (1–89).",
        "en": "Dukcapil occupation code {code} does not exist (1–89).",
    },
    "dukcapil.target_invalid": {
        "id": "Pemetaan {target} tidak valid: kode pekerjaan program yang aktif, confirm (supervisor mengonfirmasi) "
        "atau ask (pekerjaan ditanyakan).",
        "en": "Mapping {target} is not valid: an active programme occupation code, confirm (a supervisor confirms) "
        "or ask (the occupation is asked).",
    },
    "reference.hub_only": {
        "id": "{what} diatur oleh hub provinsi dan sampai ke kantor ini lewat paket referensi.",
        "en": "{what} is set by the provincial hub and reaches this office in reference bundles.",
    },
    "coverage_start.invalid": {
        "id": "Aturan mulai kepesertaan {rule} tidak valid: next_month, enrolment_day atau tanggal yyyy-mm-dd.",
        "en": "Coverage-start rule {rule} is not valid: next_month, enrolment_day or a date yyyy-mm-dd.",
    },
}
HUB_ONLY_WHAT = {
    "dukcapil": {"id": "Pemetaan pekerjaan Dukcapil", "en": "The Dukcapil occupation mapping"},
    "coverage_start": {"id": "Aturan mulai kepesertaan", "en": "The coverage-start rule"},
}


class OccupationError(PekerjaError):
    catalogue = OCCUPATION_MESSAGES


class ReferenceError(PekerjaError):
    """Reference data the provincial hub owns: the Dukcapil mapping, the coverage-start rule."""
    catalogue = OCCUPATION_MESSAGES


def hub_only(what: str) -> ReferenceError:
    return ReferenceError("reference.hub_only", what=render(HUB_ONLY_WHAT, what))
