"""Errors of reading a village list and writing its report, with their messages."""

from __future__ import annotations

from pekerja_desktop.errors import PekerjaError

INTAKE_ERRORS: dict[str, dict[str, str]] = {
    "intake.file_type": {
        "id": "Berkas {path} bukan daftar yang dapat dibaca: pakai .xlsx, .xls atau .csv.",
        "en": "File {path} is not a list that can be read: use .xlsx, .xls or .csv.",
    },
    "intake.is_folder": {
        "id": "{path} adalah folder: pilih berkas daftar .xlsx, .xls atau .csv di dalamnya.",
        "en": "{path} is a folder: choose a list file (.xlsx, .xls or .csv) inside it.",
    },
    "intake.not_a_file": {
        "id": "{path} bukan berkas biasa (perangkat, pipa atau soket): pilih berkas daftar .xlsx, .xls atau .csv.",
        "en": "{path} is not a regular file (a device, pipe or socket): choose a list file, .xlsx, .xls or .csv.",
    },
    "intake.file_too_large": {
        "id": "Berkas {path} terlalu besar ({size} MB; paling besar {limit} MB): bagi daftarnya menjadi beberapa "
        "berkas.",
        "en": "File {path} is too large ({size} MB; at most {limit} MB): split the list into several files.",
    },
    "intake.mapping_invalid": {
        "id": "Pilihan {text} tidak dapat dipakai: {reason}.",
        "en": "The choice {text} cannot be used: {reason}.",
    },
    "intake.mapping_file": {
        "id": "Berkas pilihan {path} tidak dapat dibaca: {reason}.",
        "en": "The choices file {path} cannot be read: {reason}.",
    },
    "intake.default_invalid": {
        "id": "{code} bukan kode {level} di daftar wilayah Maluku.",
        "en": "{code} is not a {level} code in the Maluku region list.",
    },
    "intake.file_needed": {
        "id": "Sebutkan berkas daftar (atau --template BERKAS.xlsx untuk templat).",
        "en": "Name the list file (or --template FILE.xlsx for the template).",
    },
    "intake.template_folder_missing": {
        "id": "Templat {path} tidak dapat ditulis: folder {folder} tidak ada.",
        "en": "The template {path} cannot be written: folder {folder} does not exist.",
    },
    "intake.template_type": {
        "id": "Templat {path} harus berakhiran .xlsx.",
        "en": "The template {path} must end in .xlsx.",
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
