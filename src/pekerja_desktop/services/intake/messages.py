"""The intake's own findings about a row (an ambiguous village, a NIK already registered or twice in the file, an
RT/RW Excel turned into a date, a row that is no person), in both languages."""

from __future__ import annotations

INTAKE_FINDINGS: dict[str, dict[str, str]] = {
    "intake.village_ambiguous": {
        "id": "Desa/kelurahan {name} ada di beberapa tempat: {candidates}. Isi kolom Kecamatan atau pakai kode desa.",
        "en": "Village {name} exists in several places: {candidates}. Fill in the Kecamatan column or use the "
        "village code.",
    },
    "intake.already_present": {
        "id": "NIK sudah terdaftar: {registration_number} a.n. {full_name} (kantor {office_code}); baris dilewati.",
        "en": "NIK already registered: {registration_number}, {full_name} (office {office_code}); row skipped.",
    },
    "intake.duplicate_in_file": {
        "id": "NIK sama dengan baris {first_row}; hanya baris {first_row} yang diimpor.",
        "en": "Same NIK as row {first_row}; only row {first_row} is imported.",
    },
    "intake.rt_rw_date": {
        "id": "RT/RW tersimpan sebagai tanggal di Excel ({value}); dibaca sebagai {rt_rw}. Periksa kembali.",
        "en": "RT/RW was stored by Excel as a date ({value}); read as {rt_rw}. Please check.",
    },
    "intake.not_a_person": {
        "id": "Baris tanpa NIK dan nama tidak dapat dibaca sebagai peserta.",
        "en": "A row without NIK and name cannot be read as a participant.",
    },
}
