"""The reasons of a likeness in words, Bahasa Indonesia first: 'NIK beda satu angka; nama sama; tanggal lahir sama'."""

from __future__ import annotations

from collections.abc import Iterable

from pekerja_desktop.domain.i18n import render

REASON_TEXTS: dict[str, dict[str, str]] = {
    "nik_same": {"id": "NIK sama", "en": "same NIK"},
    "nik_one_digit": {"id": "NIK beda satu angka", "en": "NIK differs in one digit"},
    "nik_swapped": {"id": "NIK dengan dua angka bersebelahan tertukar", "en": "NIK with two adjacent digits swapped"},
    "nik_two_digits": {"id": "NIK beda dua angka", "en": "NIK differs in two digits"},
    "nik_differs": {"id": "NIK berbeda", "en": "different NIK"},
    "name_same": {"id": "nama sama", "en": "same name"},
    "name_sounds_same": {"id": "nama sama bunyinya (ejaan lain atau urutan kata)",
                         "en": "name sounds the same (other spelling or word order)"},
    "name_part": {"id": "nama sebagian (satu kata hilang atau disingkat)",
                  "en": "part of the name (a word dropped or shortened)"},
    "name_similar": {"id": "nama mirip (salah ketik)", "en": "similar name (a typing slip)"},
    "name_differs": {"id": "nama berbeda", "en": "different name"},
    "birth_same": {"id": "tanggal lahir sama", "en": "same birth date"},
    "birth_swapped": {"id": "tanggal dan bulan lahir tertukar", "en": "birth day and month swapped"},
    "birth_one_field": {"id": "tanggal lahir beda di satu bagian", "en": "birth date differs in one part"},
    "birth_differs": {"id": "tanggal lahir berbeda", "en": "different birth date"},
    "sex_same": {"id": "jenis kelamin sama", "en": "same sex"},
    "sex_differs": {"id": "jenis kelamin berbeda", "en": "different sex"},
    "village_same": {"id": "desa/kelurahan sama", "en": "same village"},
    "kecamatan_same": {"id": "kecamatan sama", "en": "same kecamatan"},
    "place_differs": {"id": "tempat tinggal berbeda", "en": "lives elsewhere"},
    "kk_same": {"id": "nomor KK sama", "en": "same KK number"},
    "kk_differs": {"id": "nomor KK berbeda", "en": "different KK number"},
    "mother_same": {"id": "nama ibu kandung sama", "en": "same mother's name"},
    "mother_differs": {"id": "nama ibu kandung berbeda", "en": "different mother's name"},
}
UNSPOKEN = frozenset({"sex_same"})  # true of most pairs: saying it adds nothing


def reason_text(code: str, language: str | None = None) -> str:
    return render(REASON_TEXTS, code, language=language)


def reasons_in_words(codes: Iterable[str], language: str | None = None) -> str:
    return "; ".join(reason_text(code, language) for code in codes if code not in UNSPOKEN)
