"""Errors of the programme year's lifecycle — ending, reactivating, transferring, renewing, claims — with their
messages."""

from __future__ import annotations

from pekerja_desktop.domain.i18n import render
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
    "renewal.bad_year": {
        "id": "Tahun pembaruan {year} tidak valid: pilih tahun ini ({this}) atau tahun depan ({next}).",
        "en": "Invalid renewal year {year}: choose this year ({this}) or the next ({next}).",
    },
    "renewal.problems": {
        "id": "Pembaruan {year} tidak diterapkan: {count} baris bermasalah, tidak ada yang diubah. {details}",
        "en": "Renewal {year} not applied: {count} rows have problems, nothing was changed. {details}",
    },
    "renewal.row": {"id": "Baris {row} ({key}): {problem}", "en": "Row {row} ({key}): {problem}"},
    "renewal.unknown": {"id": "peserta tidak ditemukan", "en": "participant not found"},
    "renewal.not_active": {"id": "tidak aktif (status {status})", "en": "not active (status {status})"},
    "renewal.ended_already": {
        "id": "sudah diakhiri pembaruan ini; aktifkan kembali dahulu untuk melanjutkannya",
        "en": "already ended by this renewal; reactivate it first to continue it"},
    "renewal.incomplete": {"id": "isi ketiga kotak (ya/tidak) atau alasan berhenti",
                           "en": "answer all three boxes (yes/no) or give an end reason"},
    "renewal.bad_tick": {"id": "'{value}' di kolom {column}: tulis ya atau tidak",
                         "en": "'{value}' in column {column}: write yes or no"},
    "renewal.bad_reason": {"id": "alasan '{value}' tidak dikenal ({choices})",
                           "en": "unknown reason '{value}' ({choices})"},
    "renewal.bad_date": {"id": "tanggal '{value}' tidak valid", "en": "invalid date '{value}'"},
    "renewal.end_date": {"id": "{problem}", "en": "{problem}"},
    "renewal.twice": {"id": "peserta muncul lebih dari sekali (juga baris {other})",
                      "en": "the participant appears more than once (also row {other})"},
    "renewal.unreadable": {"id": "Berkas jawaban {path} tidak dapat dibaca: {reason}",
                           "en": "The answers file {path} cannot be read: {reason}"},
    "renewal.missing_columns": {
        "id": "Berkas jawaban {path} tidak memiliki kolom {columns}. Gunakan daftar dari `pekerja-desktop renewal`.",
        "en": "The answers file {path} lacks the columns {columns}. Use the list from `pekerja-desktop renewal`."},
    "claim.bad_kind": {"id": "Jenis klaim '{value}' tidak dikenal: jkm (kematian) atau jkk (kecelakaan kerja).",
                       "en": "Unknown claim kind '{value}': jkm (death) or jkk (work accident)."},
    "claim.not_died": {
        "id": "{registration_number} tidak tercatat meninggal dunia: akhiri dahulu kepesertaannya dengan alasan died "
        "(`end … --reason died --date TANGGAL_MENINGGAL`).",
        "en": "{registration_number} is not recorded as having died: end the participation first with the reason "
        "died (`end … --reason died --date DATE_OF_DEATH`)."},
    "claim.future": {"id": "Tanggal {date} belum terjadi.", "en": "The date {date} is in the future."},
    "claim.before_death": {"id": "Klaim JKM tidak mungkin diajukan ({date}) sebelum peserta meninggal ({death}).",
                           "en": "A JKM claim cannot be submitted ({date}) before the participant died ({death})."},
    "claim.before_start": {"id": "Tanggal {date} sebelum kepesertaan dimulai ({start}).",
                           "en": "The date {date} is before coverage started ({start})."},
    "claim.paid_before": {"id": "Tanggal bayar {paid} sebelum tanggal pengajuan {submitted}.",
                          "en": "The payment date {paid} is before the submission date {submitted}."},
    "claim.paid_pair": {"id": "Tanggal bayar dan jumlah dicatat bersama (--paid TANGGAL --amount N).",
                        "en": "The payment date and the amount go together (--paid DATE --amount N)."},
    "claim.bad_amount": {"id": "Jumlah {amount} tidak valid: rupiah, lebih dari nol.",
                         "en": "Invalid amount {amount}: rupiah, above zero."},
    "claim.other_office": {
        "id": "Klaim dicatat oleh kantor pemilik data {registration_number} ({office_code}); hub menerimanya dalam "
        "paket data berikutnya.",
        "en": "Claims are recorded by the office that holds {registration_number} ({office_code}); the hub receives "
        "them in its next data bundle."},
    "renewal.no_year": {
        "id": "Berkas jawaban {path} tidak menyebut satu tahun pembaruan (kolom Tahun); sebutkan dengan --year.",
        "en": "The answers file {path} does not name one renewal year (column Year); give it with --year."},
    "renewal.bad_suffix": {"id": "Berkas {path} harus berakhiran {suffixes}.",
                           "en": "The file {path} must end in {suffixes}."},
}


class LifecycleError(PekerjaError):
    catalogue = LIFECYCLE_MESSAGES


class HandedOver(AccessError):
    """(field office) The hub transferred the record to another office: only that office changes it now."""

    catalogue = LIFECYCLE_MESSAGES

    def __init__(self, registration_number: str, office_code: str):
        super().__init__("record.transferred", registration_number=registration_number, office_code=office_code)


Problem = tuple[int, str, str, dict]  # (row, registration number, message code, its parameters)
MAX_LISTED_PROBLEMS = 5


class RenewalRefused(LifecycleError):
    """Renewal answers refused, all of them: the first rows' problems are listed, in the language asked for."""

    def __init__(self, year: int, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("renewal.problems", year=year, count=len(self.problems))

    def message(self, language: str | None = None) -> str:
        listed = [render(LIFECYCLE_MESSAGES, "renewal.row", {
            "row": row, "key": key, "problem": render(LIFECYCLE_MESSAGES, code, params, language)}, language)
            for row, key, code, params in self.problems[:MAX_LISTED_PROBLEMS]]
        more = "; …" if len(self.problems) > MAX_LISTED_PROBLEMS else ""
        return render(self.catalogue, self.code, {**self.params, "details": "; ".join(listed) + more}, language)
