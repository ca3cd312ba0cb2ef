"""Errors of the programme year's lifecycle — ending, reactivating, transferring, renewing, claims — with their
messages."""

from __future__ import annotations

from pekerja_desktop.errors import AccessError, PekerjaError

LIFECYCLE_MESSAGES: dict[str, dict[str, str]] = {
    "end.bad_reason": {
        "id": "Alasan berakhir '{value}' tidak dikenal. Pilih salah satu: {choices}.",
        "en": "Unknown end reason '{value}'. Choose one of: {choices}.",
    },
    "end.before_start": {
        "id": "Tanggal berakhir {date} sebelum kepesertaan {registration_number} dimulai ({start}).",
        "en": "The end date {date} is before the coverage of {registration_number} started ({start}).",
    },
    "end.after_budget_year": {
        "id": "Tanggal berakhir {date} melewati akhir tahun anggaran ({year_end}). Kepesertaan tahun berikutnya "
        "diputuskan lewat pembaruan tahunan.",
        "en": "The end date {date} is after the end of the budget year ({year_end}). Next year's participation is "
        "decided by the yearly renewal.",
    },
    "end.already_ended": {
        "id": "Kepesertaan {registration_number} sudah berakhir pada {date} ({reason}). Untuk memperbaikinya, "
        "aktifkan kembali dahulu (`reactivate`).",
        "en": "The participation of {registration_number} already ended on {date} ({reason}). To correct it, "
        "reactivate it first (`reactivate`).",
    },
    "end.draft": {
        "id": "{registration_number} masih draf: pendaftaran yang belum selesai tidak diakhiri, cukup dibiarkan "
        "atau diselesaikan.",
        "en": "{registration_number} is still a draft: an unfinished enrolment is not ended; leave it or finish it.",
    },
    "end.not_ended": {
        "id": "Kepesertaan {registration_number} tidak berakhir (status {status}); tidak ada yang diaktifkan kembali.",
        "en": "The participation of {registration_number} has not ended (status {status}); nothing to reactivate.",
    },
    "end.note_long": {
        "id": "Catatan terlalu panjang (paling banyak {max} huruf).",
        "en": "The note is too long ({max} characters at most).",
    },
    "reactivate.reason_required": {
        "id": "Tulis alasan pengaktifan kembali (mis. salah input tanggal berakhir).",
        "en": "Give the reason for the reactivation (e.g. the end date was entered by mistake).",
    },
    "record.transferred": {
        "id": "{registration_number} sudah dipindahkan ke kantor {office_code}; perubahan dilakukan di sana.",
        "en": "{registration_number} was transferred to office {office_code}; changes are made there.",
    },
    "record.purged": {
        "id": "Data pribadi {registration_number} sudah dihapus setelah masa simpan; kepesertaannya tidak dapat "
        "diubah lagi.",
        "en": "The personal data of {registration_number} were purged after the retention period; its "
        "participation can no longer be changed.",
    },
    "transfer.unknown_office": {
        "id": "Kantor {office_code} tidak terdaftar di hub ini. Kantor yang terdaftar: {known}.",
        "en": "Office {office_code} is not registered at this hub. Registered offices: {known}.",
    },
    "transfer.same_office": {
        "id": "{registration_number} sudah milik kantor {office_code}.",
        "en": "{registration_number} already belongs to office {office_code}.",
    },
    "transfer.not_accepted": {
        "id": "{registration_number} belum diterima hub (status {status}); selesaikan dahulu sebelum dipindahkan.",
        "en": "{registration_number} is not accepted by the hub (status {status}); settle it before transferring.",
    },
    "transfer.ended": {
        "id": "Kepesertaan {registration_number} sudah berakhir; kepesertaan yang berakhir tidak dipindahkan.",
        "en": "The participation of {registration_number} has ended; an ended participation is not transferred.",
    },
}


class LifecycleError(PekerjaError):
    catalogue = LIFECYCLE_MESSAGES


class HandedOver(AccessError):
    """(field office) The hub transferred the record to another office: only that office changes it now."""

    catalogue = LIFECYCLE_MESSAGES

    def __init__(self, registration_number: str, office_code: str):
        super().__init__("record.transferred", registration_number=registration_number, office_code=office_code)
