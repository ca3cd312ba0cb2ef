"""The words of the person data export (an access request under UU 27/2022), Bahasa Indonesia first."""

from __future__ import annotations

from pekerja_desktop.domain.documents_text import FIELD_LABELS
from pekerja_desktop.domain.i18n import render

PERSON_TEXTS: dict[str, dict[str, str]] = {
    "title": {"id": "DATA PRIBADI YANG DISIMPAN", "en": "PERSONAL DATA HELD"},
    "subtitle": {"id": "Jawaban atas permintaan akses subjek data (UU 27/2022 tentang Pelindungan Data Pribadi)",
                 "en": "Answer to a data subject's access request (Law 27/2022 on Personal Data Protection)"},
    "requested": {"id": "Tanggal permintaan: {date}", "en": "Date of the request: {date}"},
    "produced": {"id": "Dibuat {at} oleh {by}", "en": "Produced {at} by {by}"},
    "subject": {"id": "Subjek data: {name} — No. registrasi {number}",
                "en": "Data subject: {name} — registration no. {number}"},
    "intro": {"id": "Dokumen ini memuat semua data tentang orang ini yang disimpan aplikasi Pekerja Desktop di kantor "
              "ini: identitas, alamat, ahli waris, kepesertaan, persetujuan, riwayat cetak kartu, status pengiriman "
              "ke Disnakertrans Provinsi Maluku, riwayat perubahan, dan catatan jejak audit tentang data ini.",
              "en": "This document holds everything the Pekerja Desktop application at this office keeps about this "
              "person: identity, address, heirs, enrolment, consent, card print history, sending to the provincial "
              "Manpower Office, change history, and the audit-trail entries about these data."},
    "purged": {"id": "Data pribadi rekaman ini telah dihapus pada {date} karena melewati masa simpan; yang tersisa "
               "hanya data untuk statistik dan penagihan iuran.",
               "en": "This record's personal data were purged on {date} after the retention period; only the data "
               "kept for statistics and contribution billing remain."},
    "identity": {"id": "Identitas dan alamat", "en": "Identity and address"},
    "enrolment": {"id": "Kepesertaan", "en": "Enrolment"},
    "heirs": {"id": "Ahli waris", "en": "Heirs"},
    "no_heirs": {"id": "Tidak ada ahli waris yang dicatat.", "en": "No heir recorded."},
    "consent": {"id": "Persetujuan", "en": "Consent"},
    "consent_given": {"id": "Disetujui pada {at}, dicatat oleh {by}.", "en": "Given on {at}, recorded by {by}."},
    "consent_missing": {"id": "Persetujuan tidak dicatat.", "en": "No consent recorded."},
    "cards": {"id": "Kartu peserta", "en": "Membership cards"},
    "no_cards": {"id": "Belum pernah dicetak.", "en": "Never printed."},
    "reprint_pending": {"id": "Permintaan cetak ulang ({reason}) oleh {by} pada {at}, belum dipenuhi.",
                        "en": "Reprint requested ({reason}) by {by} on {at}, not yet fulfilled."},
    "sync": {"id": "Pengiriman ke Disnakertrans Provinsi (hub)", "en": "Sending to the provincial hub"},
    "not_sent": {"id": "Belum pernah dikirim.", "en": "Never sent."},
    "sent_unrecorded": {"id": "Terakhir dikirim versi {version} dalam paket nomor {sequence}.",
                        "en": "Last sent as version {version} in bundle number {sequence}."},
    "verdict": {"id": "Keputusan hub: {status} (versi {version}, diterima kantor {at}){reason}",
                "en": "Hub's verdict: {status} (version {version}, received {at}){reason}"},
    "no_verdict": {"id": "Belum ada keputusan hub.", "en": "No verdict from the hub yet."},
    "hub_record": {"id": "Di hub: {status}, dari kantor {office}, versi {version}{reason}",
                   "en": "At the hub: {status}, from office {office}, version {version}{reason}"},
    "history": {"id": "Riwayat perubahan", "en": "Change history"},
    "no_history": {"id": "Tidak ada riwayat.", "en": "No history."},
    "audit": {"id": "Jejak audit tentang data ini", "en": "Audit trail about these data"},
    "no_audit": {"id": "Tidak ada catatan.", "en": "No entries."},
    "yes": {"id": "ya", "en": "yes"},
    "no": {"id": "tidak", "en": "no"},
    "birth_year_only": {"id": "{year} (hanya tahun)", "en": "{year} (year only)"},
}

LABELS: dict[str, dict[str, str]] = {
    **FIELD_LABELS,
    "birth_place": {"id": "Tempat lahir", "en": "Place of birth"},
    "birth_date": {"id": "Tanggal lahir", "en": "Date of birth"},
    "rt_rw": {"id": "RT/RW", "en": "RT/RW"},
    "coverage_end": {"id": "Akhir kepesertaan", "en": "Coverage until"},
    "created": {"id": "Dicatat", "en": "Recorded"},
    "updated": {"id": "Terakhir diubah", "en": "Last changed"},
    "finished": {"id": "Pendaftaran selesai", "en": "Enrolment finished"},
    "version": {"id": "Versi data", "en": "Data version"},
    "source": {"id": "Asal data", "en": "Source"},
    "confirmed_warnings": {"id": "Peringatan yang dikonfirmasi", "en": "Confirmed warnings"},
    "purged_at": {"id": "Data pribadi dihapus", "en": "Personal data purged"},
    "office_code": {"id": "Kantor pendaftar", "en": "Enrolling office"},
    "uuid": {"id": "ID rekaman", "en": "Record id"},
    "heirs": {"id": "Ahli waris", "en": "Heirs"},
    "consent_given": {"id": "Persetujuan", "en": "Consent"},
    "consent_at": {"id": "Waktu persetujuan", "en": "Consent given at"},
    "consent_by": {"id": "Persetujuan dicatat oleh", "en": "Consent recorded by"},
    "*": {"id": "Rekaman dibuat", "en": "Record created"},
    "village_code": {"id": "Desa/Kelurahan", "en": "Village"},
    "at": {"id": "Waktu", "en": "Time"},
    "by": {"id": "Oleh", "en": "By"},
    "field": {"id": "Data", "en": "Field"},
    "old": {"id": "Sebelumnya", "en": "Before"},
    "new": {"id": "Menjadi", "en": "After"},
    "action": {"id": "Tindakan", "en": "Action"},
    "detail": {"id": "Rincian", "en": "Detail"},
    "layout": {"id": "Tata letak", "en": "Layout"},
    "card_version": {"id": "Versi kartu", "en": "Card version"},
    "reason": {"id": "Alasan", "en": "Reason"},
    "sequence": {"id": "Paket no.", "en": "Bundle no."},
    "file": {"id": "Berkas", "en": "File"},
    "acknowledged": {"id": "Dikonfirmasi hub", "en": "Acknowledged"},
    "name": {"id": "Nama", "en": "Name"},
    "relationship": {"id": "Hubungan", "en": "Relationship"},
}

VERDICTS = {"accepted": {"id": "diterima", "en": "accepted"}, "rejected": {"id": "ditolak", "en": "rejected"},
            "duplicate": {"id": "ganda", "en": "duplicate"}}


def person_text(code: str, language: str, **params) -> str:
    return render(PERSON_TEXTS, code, params, language)


def label(name: str, language: str) -> str:
    return render(LABELS, name, None, language)


def verdict_name(status: str, language: str) -> str:
    return render(VERDICTS, status, None, language) if status in VERDICTS else status
