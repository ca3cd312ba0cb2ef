"""Errors of reading a village list and writing its report, with their messages."""

from __future__ import annotations

from pekerja_desktop.errors import PekerjaError

INTAKE_ERRORS: dict[str, dict[str, str]] = {
    "intake.file_type": {
        "id": "Berkas {path} bukan daftar yang dapat dibaca: pakai .xlsx atau .csv.",
        "en": "File {path} is not a list that can be read: use .xlsx or .csv.",
    },
    "intake.xls_unsupported": {
        "id": "Berkas {path} berformat Excel lama (.xls): buka di Excel lalu simpan sebagai .xlsx.",
        "en": "File {path} is in the old Excel format (.xls): open it in Excel and save it as .xlsx.",
    },
    "intake.file_corrupt": {
        "id": "Berkas {path} rusak atau bukan berkas Excel yang benar ({reason}).",
        "en": "File {path} is damaged or not a real Excel file ({reason}).",
    },
    "intake.file_empty": {
        "id": "Berkas {path} kosong.",
        "en": "File {path} is empty.",
    },
    "intake.no_header": {
        "id": "Baris judul kolom tidak ditemukan di {path}: perlu kolom NIK dan Nama di {rows} baris pertama.",
        "en": "No header row found in {path}: NIK and Nama columns are needed within the first {rows} rows.",
    },
    "intake.columns_missing": {
        "id": "Kolom wajib tidak ada di {path}: {columns}.",
        "en": "Required columns missing in {path}: {columns}.",
    },
    "intake.no_rows": {
        "id": "Berkas {path} tidak berisi baris data di bawah judul kolom.",
        "en": "File {path} has no data rows below the header.",
    },
    "intake.funding_source_unknown": {
        "id": "Sumber dana {code} tidak dikenal; pilih salah satu: {choices}.",
        "en": "Unknown funding source {code}; choose one of: {choices}.",
    },
    "intake.report_folder_missing": {
        "id": "Laporan {path} tidak dapat ditulis: folder {folder} tidak ada. Tidak ada yang diimpor.",
        "en": "The report {path} cannot be written: folder {folder} does not exist. Nothing was imported.",
    },
    "intake.report_type": {
        "id": "Laporan {path} harus berakhiran .csv atau .xlsx.",
        "en": "The report {path} must end in .csv or .xlsx.",
    },
}


class IntakeError(PekerjaError):
    catalogue = INTAKE_ERRORS
