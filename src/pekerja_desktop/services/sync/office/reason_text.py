"""The hub's reasons for rejecting a record, as the office's clerk reads them."""

from __future__ import annotations

from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.messages import MESSAGES as FINDING_MESSAGES
from pekerja_desktop.services.sync.received import RECORD_INVALID, reason_findings

REASONS: dict[str, dict[str, str]] = {
    "conflict": {
        "id": "versi ini sudah diterima kantor provinsi dengan isi lain; periksa lalu simpan ulang",
        "en": "the hub already has this version with other content; check it and save again",
    },
    "nik_invalid": {"id": "NIK ditolak kantor provinsi: {detail}", "en": "NIK refused by the hub: {detail}"},
    "registration_number_invalid": {
        "id": "nomor pendaftaran {detail} tidak sah untuk kantor ini",
        "en": "registration number {detail} is not valid for this office",
    },
    "registration_number_taken": {
        "id": "nomor pendaftaran {detail} sudah dipakai rekaman lain di kantor provinsi",
        "en": "registration number {detail} is already used by another record at the hub",
    },
    "uuid_other_office": {
        "id": "rekaman ini terdaftar di kantor provinsi atas nama kantor {detail}",
        "en": "the hub holds this record for office {detail}",
    },
    RECORD_INVALID: {"id": "ditolak kantor provinsi: {detail}", "en": "refused by the hub: {detail}"},
    "review": {"id": "ditolak setelah diperiksa kantor provinsi: {detail}",
               "en": "rejected after review at the hub: {detail}"},
}


def reason_text(outcome: dict, language: str | None = None) -> str:
    detail = outcome.get("detail") or ""
    if outcome.get("reason") == "nik_invalid" and detail in FINDING_MESSAGES:
        detail = render(FINDING_MESSAGES, detail, {}, language)
    if outcome.get("reason") == RECORD_INVALID:  # the hub's findings, each in the clerk's language
        detail = " ".join(finding.message(language) for finding in reason_findings(detail)) or detail
    return render(REASONS, outcome.get("reason") or "", {"detail": detail}, language)
