"""Errors of the card and receipt services, with their own message catalogue."""

from __future__ import annotations

from pekerja_desktop.errors import PekerjaError

CARD_MESSAGES: dict[str, dict[str, str]] = {
    "cards.nothing": {
        "id": "Tidak ada kartu untuk dicetak; tidak ada berkas yang ditulis.",
        "en": "No card to print; no file was written.",
    },
    "cards.out_dir_missing": {
        "id": "Folder tujuan {path} tidak ada; tidak ada berkas yang ditulis.",
        "en": "The output folder {path} does not exist; no file was written.",
    },
    "cards.out_dir_unwritable": {
        "id": "Folder tujuan {path} tidak dapat ditulis; tidak ada berkas yang ditulis.",
        "en": "The output folder {path} is not writable; no file was written.",
    },
    "cards.not_active": {
        "id": "Peserta {registration_number} berstatus {status}: kartu hanya dicetak untuk peserta aktif.",
        "en": "Participant {registration_number} is {status}: cards are printed for active participants only.",
    },
    "cards.reprint_reason": {
        "id": "Alasan cetak ulang '{value}' tidak dikenal: pilih lost (hilang) atau damaged (rusak).",
        "en": "Unknown reprint reason '{value}': choose lost or damaged.",
    },
    "cards.concurrent_print": {
        "id": "Kartu {registration_number} dicetak oleh proses lain selama pencetakan ini; tidak ada yang "
        "dicatat. Ulangi pencetakan.",
        "en": "Card {registration_number} was printed by another process meanwhile; nothing was recorded. "
        "Print again.",
    },
    "cards.signing_key": {
        "id": "Kunci tanda tangan kantor tidak dapat dibaca ({path}): {reason}",
        "en": "The office signing key cannot be read ({path}): {reason}",
    },
    "cards.region": {
        "id": "Kode wilayah '{value}' tidak dikenal.",
        "en": "Unknown region code '{value}'.",
    },
    "cards.paper": {
        "id": "Ukuran kertas '{value}' tidak dikenal: pilih a4 atau a5.",
        "en": "Unknown paper size '{value}': choose a4 or a5.",
    },
    "cards.layout": {
        "id": "Tata letak '{value}' tidak dikenal: pilih sheet atau single.",
        "en": "Unknown layout '{value}': choose sheet or single.",
    },
}


class CardError(PekerjaError):
    catalogue = CARD_MESSAGES
