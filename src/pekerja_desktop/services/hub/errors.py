"""Errors of the central office's billing and BPJS exchange, with their messages."""

from __future__ import annotations

from pekerja_desktop.errors import PekerjaError

HUB_MESSAGES: dict[str, dict[str, str]] = {
    "billing.bad_month": {
        "id": "Bulan '{value}' tidak valid: tulis YYYY-MM, mis. 2026-11.",
        "en": "Invalid month '{value}': write YYYY-MM, e.g. 2026-11.",
    },
    "billing.signer_nip": {
        "id": "NIP '{value}' tidak valid: 18 angka.",
        "en": "Invalid NIP '{value}': 18 digits.",
    },
    "billing.signer_long": {
        "id": "Jabatan atau nama penanda tangan terlalu panjang (paling banyak 120 huruf).",
        "en": "The signer's title or name is too long (120 characters at most).",
    },
    "billing.no_rate": {
        "id": "Tidak ada tarif iuran {programme} yang berlaku pada {month}. Tambahkan tarifnya terlebih dahulu.",
        "en": "No {programme} contribution rate is valid in {month}. Add the rate first.",
    },
    "output.bad_suffix": {
        "id": "Berkas keluaran {path} harus berakhiran {suffixes}.",
        "en": "The output file {path} must end in {suffixes}.",
    },
    "bpjs.bad_template": {
        "id": "Setelan bpjs_template tidak valid: {reason}",
        "en": "The bpjs_template setting is invalid: {reason}",
    },
    "kpj.unreadable": {
        "id": "Berkas {path} tidak dapat dibaca: {reason}",
        "en": "The file {path} cannot be read: {reason}",
    },
    "kpj.missing_columns": {
        "id": "Berkas {path} tidak memiliki kolom {columns}.",
        "en": "The file {path} lacks the column(s) {columns}.",
    },
    "hub.only": {
        "id": "Perintah ini hanya untuk kantor pusat (peran hub).",
        "en": "This command is for the central office (hub role) only.",
    },
}


class HubError(PekerjaError):
    catalogue = HUB_MESSAGES
