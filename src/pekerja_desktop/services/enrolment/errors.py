"""Errors of enrolment (invalid or unconfirmed data, a record not found, purged or changed meanwhile, the
registration serials exhausted), with their messages."""

from __future__ import annotations

from pekerja_desktop.domain.i18n import render
from pekerja_desktop.errors import AccessError, PekerjaError

ENROLMENT_MESSAGES: dict[str, dict[str, str]] = {
    "enrolment.invalid": {
        "id": "Data belum benar: {details}",
        "en": "The data are not valid: {details}",
    },
    "enrolment.unconfirmed": {
        "id": "Peringatan belum dikonfirmasi: {details}",
        "en": "Warnings not confirmed: {details}",
    },
    "enrolment.not_found": {
        "id": "Peserta {key} tidak ditemukan.",
        "en": "Participant {key} not found.",
    },
    "enrolment.purged": {
        "id": "Data pribadi peserta {registration_number} sudah dihapus setelah masa simpan; data ini tidak dapat "
        "diubah lagi.",
        "en": "The personal data of participant {registration_number} were purged after the retention period; "
        "the record can no longer be edited.",
    },
    "enrolment.stale": {
        "id": "Data peserta {registration_number} sudah diubah orang lain (versi {current}). Buka ulang lalu ulangi.",
        "en": "Participant {registration_number} was changed by someone else (version {current}). "
        "Reopen it and try again.",
    },
    "enrolment.counter_full": {
        "id": "Nomor urut pendaftaran kantor {office_code} tahun {year} sudah habis.",
        "en": "Registration serials of office {office_code} for {year} are exhausted.",
    },
}


class EnrolmentError(PekerjaError):
    """Carries the findings that refused the save; their messages follow the requested language."""

    catalogue = ENROLMENT_MESSAGES

    def __init__(self, code: str, findings=(), /, **params):
        self.findings = list(findings)
        super().__init__(code, **params)

    def message(self, language: str | None = None) -> str:
        if self.findings:
            details = "; ".join(f.message(language) for f in self.findings)
            return render(self.catalogue, self.code, {**self.params, "details": details}, language)
        return super().message(language)


WARNING_RIGHTS_MESSAGES: dict[str, dict[str, str]] = {
    "access.confirm_warning": {
        "id": "Akses ditolak: peringatan “{warning}” dikonfirmasi oleh supervisor atau admin (Pengaturan → "
        "peringatan yang boleh dikonfirmasi petugas). Simpan sebagai draf untuk supervisor.",
        "en": "Access denied: the warning “{warning}” is confirmed by a supervisor or an admin (Settings → warnings "
        "a clerk may confirm). Save it as a draft for the supervisor.",
    },
}


class WarningRightsError(AccessError):
    """A petugas ticked a warning the setting leaves to a supervisor."""

    catalogue = WARNING_RIGHTS_MESSAGES
