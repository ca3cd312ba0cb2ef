"""Why a covered-list operation was refused, in the user's words."""

from __future__ import annotations

from pekerja_desktop.errors import PekerjaError

MATCHING_MESSAGES: dict[str, dict[str, str]] = {
    "covered.name_required": {
        "id": "Beri nama daftar (mis. --name \"BPJS aktif Maluku 11/2026\"), paling banyak 100 karakter, tanpa "
              "karakter tersembunyi.",
        "en": "Give the list a name (e.g. --name \"BPJS aktif Maluku 11/2026\"), at most 100 characters, without "
              "hidden characters.",
    },
    "covered.name_taken": {
        "id": "Sudah ada daftar bernama '{name}': hapus dulu (covered-list remove) atau pakai nama lain.",
        "en": "A list named '{name}' exists already: remove it first (covered-list remove) or use another name.",
    },
    "covered.kind": {
        "id": "Jenis daftar '{kind}' tidak dikenal: pilih bpjs, dtsen atau other.",
        "en": "Unknown list kind '{kind}': choose bpjs, dtsen or other.",
    },
    "covered.no_nik": {
        "id": "Berkas {path} tidak memuat satu NIK 16 digit pun yang dapat dibaca: tidak ada yang disimpan.",
        "en": "The file {path} holds no readable 16-digit NIK: nothing was stored.",
    },
    "covered.unknown_list": {
        "id": "Tidak ada daftar orang yang sudah terlindungi bernama '{name}'.",
        "en": "No list of people already covered is named '{name}'.",
    },
    "covered.not_flagged": {
        "id": "Peserta {key} tidak ada pada daftar orang yang sudah terlindungi mana pun.",
        "en": "Participant {key} stands on no list of people already covered.",
    },
    "covered.unknown_participant": {
        "id": "Tidak ada peserta dengan nomor registrasi {key} di hub.",
        "en": "No participant with registration number {key} at the hub.",
    },
}


class MatchingError(PekerjaError):
    catalogue = MATCHING_MESSAGES
