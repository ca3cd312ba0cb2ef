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
        "id": "Setelan {setting} tidak valid: {reason}",
        "en": "The {setting} setting is invalid: {reason}",
    },
    "bpjs.no_segment": {
        "id": "Sumber dana '{source}' belum punya kode segmen BPJS. Admin mengisinya: "
              "pekerja-desktop bpjs-segments --set {source} KODE (mis. SG).",
        "en": "The funding source '{source}' has no BPJS segment code yet. An admin sets it: "
              "pekerja-desktop bpjs-segments --set {source} CODE (e.g. SG).",
    },
    "bpjs.bad_segment": {
        "id": "Kode segmen '{value}' tidak valid: dua huruf, mis. SG, SD, SA, SL, SC.",
        "en": "Invalid segment code '{value}': two letters, e.g. SG, SD, SA, SL, SC.",
    },
    "bpjs.unknown_source": {
        "id": "Sumber dana '{value}' tidak dikenal. Yang ada: {known}.",
        "en": "Unknown funding source '{value}'. Known: {known}.",
    },
    "changes.before_reported": {
        "id": "Laporan perubahan sampai bulan {latest} sudah dibuat; bulan {month} tidak dapat dilaporkan lagi. "
              "Perubahan yang tanggalnya mundur masuk ke laporan berikutnya.",
        "en": "The change report up to {latest} has been made; {month} cannot be reported again. Back-dated "
              "changes go into the next report.",
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
