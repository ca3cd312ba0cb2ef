"""Texts printed on the membership card and the registration receipt, Bahasa Indonesia first, English available.

The consent statement lives here once (`consent_statement`) and is shared by the enrolment form's checkbox, the
receipt and anything else that quotes it. Benefit amounts follow PP 82/2019 (see the domain reference).
"""

from __future__ import annotations

from pekerja_desktop.domain.i18n import current_language, render

PROVINCE_GOVERNMENT = {"id": "Pemerintah Provinsi Maluku", "en": "Government of Maluku Province"}

CONSENT_STATEMENT = {
    "id": "Saya menyetujui bahwa data pribadi saya dan data ahli waris saya dicatat oleh kantor pendaftar dan "
    "diteruskan kepada Dinas Tenaga Kerja dan Transmigrasi Provinsi Maluku serta BPJS Ketenagakerjaan untuk "
    "pendaftaran dan pelayanan program Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM) yang iurannya "
    "dibayar oleh Pemerintah Daerah, sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.",
    "en": "I agree that my personal data and those of my heirs are recorded by the enrolling office and passed to "
    "the Manpower and Transmigration Office of Maluku Province and to BPJS Ketenagakerjaan for enrolment in, and "
    "service of, the Work Accident (JKK) and Death (JKM) insurance whose contributions are paid by the local "
    "government, in accordance with Law No. 27 of 2022 on Personal Data Protection.",
}

CARD_TEXTS: dict[str, dict[str, str]] = {
    "title": {"id": "KARTU PESERTA PERLINDUNGAN PEKERJA RENTAN",
              "en": "VULNERABLE WORKERS PROTECTION MEMBERSHIP CARD"},
    "registration_number": {"id": "No. Registrasi", "en": "Registration no."},
    "kpj": {"id": "No. KPJ", "en": "KPJ no."},
    "kpj_pending": {"id": "menunggu penerbitan", "en": "pending"},
    "nik": {"id": "NIK", "en": "NIK"},
    "birth_date": {"id": "Tgl. Lahir", "en": "Born"},
    "village": {"id": "Desa/Kel.", "en": "Village"},
    "regency": {"id": "Kab./Kota", "en": "Regency/City"},
    "programmes": {"id": "Program", "en": "Programmes"},
    "coverage_start": {"id": "Mulai", "en": "From"},
    "issued": {"id": "Terbit", "en": "Issued"},
    "version": {"id": "Versi", "en": "Version"},
    "preview": {"id": "PRATINJAU – BELUM DICATAT", "en": "PREVIEW – NOT RECORDED"},
    "back_title": {"id": "MANFAAT PROGRAM", "en": "PROGRAMME BENEFITS"},
    "jkk": {
        "id": "Jaminan Kecelakaan Kerja (JKK): perawatan tanpa batas biaya sesuai kebutuhan medis; biaya angkut; "
        "upah selama tidak mampu bekerja; santunan kematian 48 × penghasilan dilaporkan; beasiswa 2 anak.",
        "en": "Work Accident (JKK): medical care as needed with no cost ceiling; transport; pay while unable to "
        "work; death from a work accident 48 × the reported income; scholarships for 2 children.",
    },
    "jkm": {
        "id": "Jaminan Kematian (JKM): Rp42 jt — sekaligus Rp20 jt, berkala Rp12 jt, pemakaman Rp10 jt; beasiswa "
        "2 anak setelah iuran 3 tahun.",
        "en": "Death (JKM): Rp42m — lump sum Rp20m, periodic Rp12m, funeral Rp10m; scholarships for 2 children "
        "after 3 years of contributions.",
    },
    "claim": {
        "id": "Klaim: segera hubungi BPJS Ketenagakerjaan atau kantor penerbit; bawa kartu ini, KTP, KK dan surat "
        "keterangan kecelakaan atau kematian.",
        "en": "To claim: contact BPJS Ketenagakerjaan or the issuing office at once; bring this card, the identity "
        "and family cards and the accident report or death certificate.",
    },
    "contact": {"id": "Layanan BPJS Ketenagakerjaan: {contact}", "en": "BPJS Ketenagakerjaan service: {contact}"},
    "office": {"id": "Kantor penerbit: {office_address}", "en": "Issuing office: {office_address}"},
    "office_phone": {"id": "Telp. kantor: {phone}", "en": "Office phone: {phone}"},
    "disclaimer": {
        "id": "Kartu program Pemprov Maluku, bukan kartu BPJS Ketenagakerjaan; iuran dibayar Pemerintah Daerah. "
        "Hilang/rusak: minta cetak ulang, kartu lama tidak berlaku. Keaslian: pindai QR.",
        "en": "A Maluku Province programme card, not a BPJS Ketenagakerjaan card; contributions paid by the local "
        "government. Lost or damaged: ask for a reprint; the old card becomes invalid. Authenticity: scan the QR.",
    },
}

RECEIPT_TEXTS: dict[str, dict[str, str]] = {
    "title": {"id": "TANDA TERIMA PENDAFTARAN", "en": "REGISTRATION RECEIPT"},
    "subtitle": {"id": "Program Perlindungan Pekerja Rentan — Jaminan Kecelakaan Kerja (JKK) dan Jaminan "
                 "Kematian (JKM) BPJS Ketenagakerjaan, iuran dibayar Pemerintah Daerah",
                 "en": "Vulnerable Workers Protection Programme — BPJS Ketenagakerjaan Work Accident (JKK) and "
                 "Death (JKM) insurance, contributions paid by the local government"},
    "recorded": {"id": "Data yang dicatat", "en": "What was recorded"},
    "heirs": {"id": "Ahli waris", "en": "Heirs"},
    "no_heirs": {"id": "Tidak ada ahli waris yang dicatat.", "en": "No heir recorded."},
    "consent": {"id": "Persetujuan", "en": "Consent"},
    "consent_given": {"id": "Disetujui pada {at} (dicatat oleh {by}).", "en": "Given on {at} (recorded by {by})."},
    "consent_missing": {"id": "Persetujuan belum dicatat.", "en": "Consent not recorded yet."},
    "next": {"id": "Langkah selanjutnya", "en": "What happens next"},
    "next_1": {"id": "Data ini dikirim ke Dinas Tenaga Kerja dan Transmigrasi Provinsi Maluku, lalu ke BPJS "
               "Ketenagakerjaan.",
               "en": "These data go to the Manpower and Transmigration Office of Maluku Province, then to BPJS "
               "Ketenagakerjaan."},
    "next_2": {"id": "Nomor kepesertaan BPJS Ketenagakerjaan (KPJ) terbit kemudian; kantor kami akan "
               "memberitahukannya.",
               "en": "The BPJS Ketenagakerjaan membership number (KPJ) is issued later; our office will tell you."},
    "next_3": {"id": "Kartu peserta dicetak oleh kantor kami dan dicetak ulang setelah KPJ terbit.",
               "en": "Our office prints your membership card, and prints it again once the KPJ is issued."},
    "next_4": {"id": "Simpan tanda terima ini. Laporkan perubahan data (alamat, ahli waris, telepon) ke kantor kami.",
               "en": "Keep this receipt. Report changes (address, heirs, phone) to our office."},
    "contact_title": {"id": "Kontak", "en": "Contact"},
    "worker": {"id": "Pekerja", "en": "Worker"},
    "clerk": {"id": "Petugas", "en": "Clerk"},
    "printed": {"id": "Dicetak {at} oleh {by}", "en": "Printed {at} by {by}"},
    "page": {"id": "Halaman {page}", "en": "Page {page}"},
    "heir_name": {"id": "Nama", "en": "Name"},
    "heir_relationship": {"id": "Hubungan", "en": "Relationship"},
    "heir_birth_date": {"id": "Tgl. lahir", "en": "Born"},
    "heir_phone": {"id": "Telepon", "en": "Phone"},
    "heir_nik": {"id": "NIK", "en": "NIK"},
    "status_from": {"id": "Terdaftar — perlindungan mulai {date}", "en": "Registered — cover starts on {date}"},
}

FIELD_LABELS: dict[str, dict[str, str]] = {
    "registration_number": {"id": "No. registrasi", "en": "Registration no."},
    "kpj": {"id": "No. KPJ", "en": "KPJ no."},
    "status": {"id": "Status", "en": "Status"},
    "nik": {"id": "NIK", "en": "NIK"},
    "full_name": {"id": "Nama lengkap", "en": "Full name"},
    "birth": {"id": "Tempat, tgl. lahir", "en": "Place and date of birth"},
    "sex": {"id": "Jenis kelamin", "en": "Sex"},
    "mother_name": {"id": "Nama ibu kandung", "en": "Mother's name"},
    "address": {"id": "Alamat", "en": "Address"},
    "village": {"id": "Desa/Kelurahan", "en": "Village"},
    "district": {"id": "Kecamatan", "en": "District"},
    "regency": {"id": "Kabupaten/Kota", "en": "Regency/City"},
    "phone": {"id": "Telepon", "en": "Phone"},
    "occupation": {"id": "Pekerjaan", "en": "Occupation"},
    "income": {"id": "Penghasilan dilaporkan", "en": "Reported income"},
    "programmes": {"id": "Program", "en": "Programmes"},
    "funding_source": {"id": "Sumber dana iuran", "en": "Contributions paid from"},
    "coverage_start": {"id": "Mulai kepesertaan", "en": "Coverage from"},
    "recorded": {"id": "Dicatat", "en": "Recorded"},
}

SEX_NAMES = {"L": {"id": "Laki-laki", "en": "Male"}, "P": {"id": "Perempuan", "en": "Female"}}
STATUS_NAMES = {
    "draft": {"id": "Draf (belum selesai)", "en": "Draft (not finished)"},
    "active": {"id": "Aktif", "en": "Active"},
    "rejected": {"id": "Dikembalikan untuk perbaikan", "en": "Returned for correction"},
    "ended": {"id": "Berakhir", "en": "Ended"},
    "transferred": {"id": "Dipindahkan ke kantor lain", "en": "Transferred to another office"},
}
PROGRAMME_NAMES = {"JKK": {"id": "JKK", "en": "JKK"}, "JKM": {"id": "JKM", "en": "JKM"}}


def consent_statement(language: str | None = None) -> str:
    """The statement the worker agrees to: the form's checkbox, the receipt, the same words."""
    return render({"consent": CONSENT_STATEMENT}, "consent", None, language)


def card_text(code: str, language: str | None = None, **params) -> str:
    return render(CARD_TEXTS, code, params, language)


def receipt_text(code: str, language: str | None = None, **params) -> str:
    return render(RECEIPT_TEXTS, code, params, language)


def field_label(name: str, language: str | None = None) -> str:
    return render(FIELD_LABELS, name, None, language)


def sex_name(code: str | None, language: str | None = None) -> str:
    return render(SEX_NAMES, code, None, language) if code in SEX_NAMES else (code or "")


def status_name(code: str, language: str | None = None) -> str:
    return render(STATUS_NAMES, code, None, language) if code in STATUS_NAMES else code


def programmes_text(programmes: str) -> str:
    """'JKK,JKM' → 'JKK + JKM'."""
    return " + ".join(p for p in programmes.split(",") if p)


def back_paragraphs(contact: str, office_address: str, language: str | None = None,
                    office_phone: str = "") -> list[tuple[str, bool, int]]:
    """The card back, top to bottom: (text, bold, at most how many lines). The office's own texts (contact,
    address, phone) are capped so that a long address cannot push the benefits off the card."""
    language = language or current_language()
    office = card_text("office", language, office_address=office_address)
    if office_phone:
        office = f"{office} · {card_text('office_phone', language, phone=office_phone)}"
    return [
        (card_text("back_title", language), True, 1),
        (card_text("jkk", language), False, 8),
        (card_text("jkm", language), False, 8),
        (card_text("claim", language), False, 8),
        (card_text("contact", language, contact=contact), True, 1),
        (office, False, 2),
        (card_text("disclaimer", language), False, 8),
    ]


def next_steps(language: str | None = None) -> list[str]:
    return [receipt_text(f"next_{i}", language) for i in range(1, 5)]
