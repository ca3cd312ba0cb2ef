"""Validation messages by stable code: Bahasa Indonesia first, English available."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # NIK: reject
    "nik.required": {"id": "NIK wajib diisi.", "en": "NIK is required."},
    "nik.not_16_digits": {
        "id": "NIK harus 16 angka (tertulis {length} karakter).",
        "en": "NIK must be 16 digits (got {length} characters).",
    },
    "nik.not_digits": {"id": "NIK hanya boleh berisi angka.", "en": "NIK may contain digits only."},
    "nik.excel_number": {
        "id": "NIK tersimpan sebagai angka di Excel sehingga digit terakhir hilang ({value}); "
        "format kolom NIK sebagai Teks lalu ketik ulang.",
        "en": "NIK was stored by Excel as a number and lost its last digits ({value}); "
        "format the NIK column as Text and retype it.",
    },
    "nik.province_unknown": {
        "id": "Kode provinsi NIK {province} tidak dikenal.",
        "en": "NIK province code {province} does not exist.",
    },
    "nik.regency_zero": {
        "id": "Kode kabupaten/kota pada NIK tidak boleh 00.",
        "en": "The NIK regency/city code cannot be 00.",
    },
    "nik.district_zero": {
        "id": "Kode kecamatan pada NIK tidak boleh 00.",
        "en": "The NIK district code cannot be 00.",
    },
    "nik.day_invalid": {
        "id": "Tanggal lahir pada NIK ({day}) tidak mungkin (laki-laki 01–31, perempuan 41–71).",
        "en": "The NIK birth day ({day}) is impossible (men 01–31, women 41–71).",
    },
    "nik.month_invalid": {
        "id": "Bulan lahir pada NIK ({month}) harus 01–12.",
        "en": "The NIK birth month ({month}) must be 01–12.",
    },
    "nik.date_impossible": {
        "id": "Tanggal lahir pada NIK ({date}) tidak ada di kalender.",
        "en": "The NIK birth date ({date}) does not exist.",
    },
    "nik.serial_zero": {
        "id": "Nomor urut NIK tidak boleh 0000.",
        "en": "The NIK serial number cannot be 0000.",
    },
    "nik.dummy": {
        "id": "NIK ini jelas bukan NIK asli (angka contoh/berulang).",
        "en": "This NIK is obviously a placeholder (sample or repeated digits).",
    },
    "nik.duplicate": {
        "id": "NIK sudah terdaftar: {registration_number} a.n. {full_name} (kantor {office_code}).",
        "en": "NIK already registered: {registration_number}, {full_name} (office {office_code}).",
    },
    # NIK: warn
    "nik.birth_date_mismatch": {
        "id": "Tanggal lahir ({form_date}) berbeda dengan NIK ({nik_date}). Periksa KTP; bila benar, konfirmasi.",
        "en": "Birth date ({form_date}) differs from the NIK ({nik_date}). Check the ID card; confirm if correct.",
    },
    "nik.sex_mismatch": {
        "id": "Jenis kelamin ({form_sex}) berbeda dengan NIK ({nik_sex}). Periksa KTP; bila benar, konfirmasi.",
        "en": "Sex ({form_sex}) differs from the NIK ({nik_sex}). Check the ID card; confirm if correct.",
    },
    "nik.region_unknown": {
        "id": "Kode wilayah NIK {prefix} tidak ada di daftar wilayah saat ini (mungkin wilayah lama/pemekaran).",
        "en": "NIK region code {prefix} is not in the current region list (perhaps an old or split region).",
    },
    "nik.outside_maluku": {
        "id": "NIK diterbitkan di luar Maluku (kode {prefix}). Pastikan pekerja berdomisili di Maluku.",
        "en": "NIK was issued outside Maluku (code {prefix}). Make sure the worker lives in Maluku.",
    },
    # person
    "full_name.required": {"id": "Nama lengkap wajib diisi.", "en": "Full name is required."},
    "full_name.invalid_chars": {
        "id": "Nama hanya boleh berisi huruf, spasi, titik, koma, apostrof dan tanda hubung.",
        "en": "The name may contain letters, spaces, full stops, commas, apostrophes and hyphens only.",
    },
    "full_name.too_long": {
        "id": "Nama terlalu panjang (maksimal {max} karakter).",
        "en": "The name is too long (at most {max} characters).",
    },
    "full_name.long": {
        "id": "Nama {length} karakter, lebih dari {max} karakter yang dibolehkan di KTP (Permendagri 73/2022). "
        "Periksa dengan KTP lalu konfirmasi.",
        "en": "The name has {length} characters, more than the {max} a KTP allows (Permendagri 73/2022). Check it "
        "against the KTP, then confirm.",
    },
    "kk.not_digits": {"id": "Nomor KK hanya boleh berisi angka.", "en": "The KK number may contain digits only."},
    "kk.not_16_digits": {
        "id": "Nomor KK harus 16 angka (tertulis {length}).",
        "en": "The KK number must have 16 digits ({length} given).",
    },
    "kk.province_unknown": {
        "id": "Nomor KK diawali kode provinsi {province} yang tidak ada.",
        "en": "The KK number starts with province code {province}, which does not exist.",
    },
    "kk.region_zero": {
        "id": "Kode wilayah nomor KK ({prefix}) tidak lengkap: kabupaten/kota dan kecamatan tidak boleh 00.",
        "en": "The KK number's region code ({prefix}) is incomplete: kabupaten/kota and kecamatan cannot be 00.",
    },
    "birth_place.required": {"id": "Tempat lahir wajib diisi.", "en": "Place of birth is required."},
    "birth_date.required": {"id": "Tanggal lahir wajib diisi.", "en": "Date of birth is required."},
    "birth_date.invalid": {
        "id": "Tanggal lahir tidak valid; ketik dd/MM/yyyy.",
        "en": "Invalid date of birth; type dd/MM/yyyy.",
    },
    "birth_date.future": {
        "id": "Tanggal lahir tidak boleh di masa depan.",
        "en": "The date of birth cannot be in the future.",
    },
    "birth_date.too_early": {
        "id": "Tanggal lahir sebelum {earliest} tidak mungkin.",
        "en": "A date of birth before {earliest} is impossible.",
    },
    "birth_place.invalid_chars": {
        "id": "Tempat lahir hanya boleh berisi huruf, angka, spasi dan . , ' - / ( ).",
        "en": "The place of birth may contain letters, digits, spaces and . , ' - / ( ) only.",
    },
    "age.too_young": {
        "id": "Umur {age} tahun di bawah batas minimal {min} tahun.",
        "en": "Age {age} is below the minimum of {min} years.",
    },
    "age.too_old": {
        "id": "Umur {age} tahun di atas batas {max} tahun. Konfirmasi bila tetap didaftarkan.",
        "en": "Age {age} is above the limit of {max} years. Confirm to enrol anyway.",
    },
    "sex.required": {
        "id": "Jenis kelamin wajib diisi (L atau P).",
        "en": "Sex is required (L or P).",
    },
    "sex.invalid": {
        "id": "Jenis kelamin harus L (laki-laki) atau P (perempuan).",
        "en": "Sex must be L (male) or P (female).",
    },
    "mother_name.invalid_chars": {
        "id": "Nama ibu kandung hanya boleh berisi huruf, spasi, apostrof dan tanda hubung.",
        "en": "Mother's maiden name may contain letters, spaces, apostrophes and hyphens only.",
    },
    "address.required": {"id": "Alamat wajib diisi.", "en": "Address is required."},
    "address.formula": {
        "id": "Alamat tidak boleh diawali =, + atau @ (dibaca sebagai rumus oleh spreadsheet).",
        "en": "The address cannot begin with =, + or @ (a spreadsheet would run it as a formula).",
    },
    "rt_rw.invalid": {
        "id": "RT/RW harus berbentuk 001/002.",
        "en": "RT/RW must look like 001/002.",
    },
    "village.required": {
        "id": "Desa/kelurahan wajib dipilih.",
        "en": "Village is required.",
    },
    "village.unknown": {
        "id": "Desa/kelurahan {code} tidak ada di daftar wilayah Maluku.",
        "en": "Village {code} is not in the Maluku region list.",
    },
    "phone.invalid": {
        "id": "Nomor HP tidak valid ({value}); contoh 0812-3456-7890 atau +62 812 3456 7890.",
        "en": "Invalid phone number ({value}); e.g. 0812-3456-7890 or +62 812 3456 7890.",
    },
    "occupation.required": {"id": "Pekerjaan wajib dipilih.", "en": "Occupation is required."},
    "occupation.unknown": {
        "id": "Pekerjaan {code} tidak ada di daftar pekerjaan.",
        "en": "Occupation {code} is not in the occupation list.",
    },
    "occupation.ktp_confirm": {
        "id": "Pekerjaan di KTP: {ktp} (penerima upah atau pejabat, bukan sasaran program). Supervisor "
        "mengonfirmasi bahwa pekerjaan sekarang berbeda.",
        "en": "Occupation on the KTP: {ktp} (a wage earner or official, not a target of the programme). A supervisor "
        "confirms that the current occupation differs.",
    },
    "income.invalid": {
        "id": "Penghasilan harus angka rupiah lebih dari 0.",
        "en": "Income must be an amount in rupiah above 0.",
    },
    "income.too_high": {
        "id": "Penghasilan di atas Rp{max} sebulan tidak mungkin untuk pekerja bukan penerima upah.",
        "en": "An income above Rp{max} a month is impossible for an informal worker.",
    },
    "funding_source.required": {"id": "Sumber dana wajib dipilih.", "en": "Funding source is required."},
    "funding_source.unknown": {
        "id": "Sumber dana {code} tidak dikenal.",
        "en": "Funding source {code} is unknown.",
    },
    "coverage_start.required": {
        "id": "Tanggal mulai kepesertaan wajib diisi.",
        "en": "Coverage start date is required.",
    },
    "coverage_start.out_of_range": {
        "id": "Tanggal mulai kepesertaan harus antara {earliest} dan {latest}.",
        "en": "The coverage start date must be between {earliest} and {latest}.",
    },
    "consent.required": {
        "id": "Persetujuan pekerja wajib dicatat sebelum pendaftaran diselesaikan.",
        "en": "The worker's consent must be recorded before the enrolment is finished.",
    },
    "programmes.invalid": {
        "id": "Program harus JKK dan JKM.",
        "en": "Programmes must be JKK and JKM.",
    },
    # a record received from another installation (domain/received.py)
    "text.unsafe_character": {
        "id": "Isian \"{label}\" memuat karakter kendali atau tak terlihat ({character}); ketik ulang isian itu.",
        "en": "The field \"{label}\" holds a control or invisible character ({character}); type the field again.",
    },
    "status.invalid": {
        "id": "Status {value} tidak mungkin untuk pendaftaran yang selesai.",
        "en": "Status {value} is impossible for a finished enrolment.",
    },
    "coverage_end.before_start": {
        "id": "Tanggal akhir kepesertaan sebelum tanggal mulainya.",
        "en": "The coverage end date is before its start date.",
    },
    # field names inside those messages ({label}: domain/received.py field_label)
    "field.heir": {"id": "ahli waris ke-{index}: {name}", "en": "heir {index}: {name}"},
    **{f"field.{name}": {"id": text_id, "en": text_en} for name, text_id, text_en in (
        ("registration_number", "nomor registrasi", "registration number"), ("office_code", "kode kantor",
        "office code"), ("nik", "NIK", "NIK"), ("full_name", "nama lengkap", "full name"),
        ("birth_place", "tempat lahir", "place of birth"), ("sex", "jenis kelamin", "sex"),
        ("mother_name", "nama ibu kandung", "mother's maiden name"), ("address", "alamat", "address"),
        ("rt_rw", "RT/RW", "RT/RW"), ("village_code", "desa/kelurahan", "village"), ("phone", "nomor HP", "phone"),
        ("occupation", "pekerjaan", "occupation"), ("programmes", "program", "programmes"),
        ("funding_source", "sumber dana", "funding source"), ("relationship", "hubungan", "relationship"),
        ("consent_by", "pencatat persetujuan", "consent recorded by"),
        ("confirmed_warnings", "peringatan yang dikonfirmasi", "confirmed warnings"), ("status", "status",
        "status"), ("kpj", "nomor KPJ", "KPJ number"), ("source", "sumber data", "data source"),
        ("created_by", "pembuat", "created by"), ("updated_by", "pengubah", "updated by"),
        ("end_reason", "alasan berakhir", "end reason"), ("end_note", "catatan berakhir", "end note"))},
    # heirs
    "heir.missing": {
        "id": "Belum ada ahli waris. Konfirmasi bila memang belum diketahui.",
        "en": "No heir recorded. Confirm if none is known yet.",
    },
    "heir.name_required": {
        "id": "Nama ahli waris ke-{index} wajib diisi.",
        "en": "Heir {index}: name is required.",
    },
    "heir.relationship_required": {
        "id": "Hubungan ahli waris ke-{index} wajib diisi.",
        "en": "Heir {index}: relationship is required.",
    },
    "heir.relationship_unknown": {
        "id": "Hubungan ahli waris ke-{index} tidak dikenal ({value}).",
        "en": "Heir {index}: unknown relationship ({value}).",
    },
    "heir.nik_invalid": {
        "id": "NIK ahli waris ke-{index} tidak valid: {reason}",
        "en": "Heir {index}: invalid NIK: {reason}",
    },
    "heir.phone_invalid": {
        "id": "Nomor HP ahli waris ke-{index} tidak valid ({value}).",
        "en": "Heir {index}: invalid phone number ({value}).",
    },
    "heir.birth_date_future": {
        "id": "Tanggal lahir ahli waris ke-{index} di masa depan.",
        "en": "Heir {index}: date of birth is in the future.",
    },
    "heir.birth_date_too_early": {
        "id": "Tanggal lahir ahli waris ke-{index} sebelum {earliest} tidak mungkin.",
        "en": "Heir {index}: a date of birth before {earliest} is impossible.",
    },
    # the same person twice (#12): people already covered elsewhere (the hub's covered lists)
    "covered.elsewhere": {
        "id": "NIK ini ada pada daftar orang yang sudah terlindungi ({lists}). Tanyakan; bila belum terlindungi, "
              "konfirmasi.",
        "en": "This NIK stands on a list of people already covered ({lists}). Ask; if not covered, confirm.",
    },
    # the same person twice (#12): the desk's duplicate check (services/matching/desk_check.py)
    "duplicate.likely": {
        "id": "Mungkin orang yang sama dengan {registration_number} (kantor {office_code}): {reasons_text}{more}.",
        "en": "Possibly the same person as {registration_number} (office {office_code}): {reasons_text}{more}.",
    },
}
