"""The intake's own findings about a row, in both languages, and the finding type that renders them: a village or
occupation to settle, a person the list marks dead or moved, a NIK already registered or twice in the file, an
RT/RW Excel turned into a date, a line with an unclosed quote. Findings a draft carries travel as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from pekerja_desktop.domain.findings import Finding, Severity, param_text
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.messages import MESSAGES

INTAKE_FINDINGS: dict[str, dict[str, str]] = {
    "intake.village_ambiguous": {
        "id": "Desa/kelurahan {name} ada di beberapa tempat: {candidates}. Pilih salah satu untuk semua baris yang "
        "menulisnya, isi kolom Kecamatan, atau pakai kode desa.",
        "en": "Village {name} exists in several places: {candidates}. Choose one for every row that writes it, fill "
        "in the Kecamatan column, or use the village code.",
    },
    "intake.village_unresolved": {
        "id": "Desa/kelurahan \u201c{text}\u201d tidak dikenali. Pilih desanya sekali untuk semua baris yang "
        "menulisnya; tanpa pilihan, baris masuk sebagai draf tanpa desa.",
        "en": "Village \u201c{text}\u201d is not recognised. Choose it once for every row that writes it; without a "
        "choice the row lands as a draft without a village.",
    },
    "intake.village_missing": {
        "id": "Baris tanpa desa/kelurahan: pilih desa untuk seluruh berkas (daftar satu desa) atau lengkapi di "
        "formulir.",
        "en": "No village on this row: choose the village of the whole file (a list of one desa) or complete it "
        "in the form.",
    },
    "intake.village_other_district": {
        "id": "Desa {village} ditemukan di Kecamatan {found}, bukan di {written} seperti tertulis (nama kecamatan "
        "lama atau pemekaran). Periksa kembali.",
        "en": "Village {village} was found in Kecamatan {found}, not in {written} as written (a former kecamatan name "
        "or a split). Please check.",
    },
    "intake.district_unresolved": {
        "id": "Kecamatan \u201c{text}\u201d tidak dikenali. Pilih kecamatannya sekali untuk semua baris yang "
        "menulisnya.",
        "en": "Kecamatan \u201c{text}\u201d is not recognised. Choose it once for every row that writes it.",
    },
    "intake.occupation_unresolved": {
        "id": "Pekerjaan \u201c{text}\u201d tidak dikenali. Pilih pekerjaannya sekali untuk semua baris yang "
        "menulisnya; tanpa pilihan, baris masuk sebagai draf tanpa pekerjaan.",
        "en": "Occupation \u201c{text}\u201d is not recognised. Choose it once for every row that writes it; without "
        "a choice the row lands as a draft without an occupation.",
    },
    "intake.occupation_ask": {
        "id": "Pekerjaan di KTP: {ktp}. Itu tidak menyebut pekerjaan sekarang: tanyakan saat melengkapi draf.",
        "en": "Occupation on the KTP: {ktp}. It says nothing about the current work: ask when completing the draft.",
    },
    "intake.occupation_unmapped": {
        "id": "Pekerjaan di KTP: {ktp}, dipetakan ke {code} yang tidak ada di daftar pekerjaan: tanyakan "
        "pekerjaannya.",
        "en": "Occupation on the KTP: {ktp}, mapped to {code}, which is not in the occupation list: ask the "
        "occupation.",
    },
    "intake.person_dead": {
        "id": "Daftar menandai orang ini meninggal ({value}); baris tidak diimpor.",
        "en": "The list marks this person as deceased ({value}); the row is not imported.",
    },
    "intake.person_moved": {
        "id": "Daftar menandai orang ini pindah ({value}); baris tidak diimpor.",
        "en": "The list marks this person as moved away ({value}); the row is not imported.",
    },
    "intake.person_missing": {
        "id": "Daftar menandai orang ini hilang ({value}); baris tidak diimpor.",
        "en": "The list marks this person as missing ({value}); the row is not imported.",
    },
    "intake.person_gone": {
        "id": "Daftar menandai orang ini pergi ({value}); baris tidak diimpor.",
        "en": "The list marks this person as gone away ({value}); the row is not imported.",
    },
    "intake.person_invalid": {
        "id": "Sistem desa menandai data orang ini tidak valid ({value}); baris tidak diimpor.",
        "en": "The village system marks this person's data as not valid ({value}); the row is not imported.",
    },
    "intake.status_unknown": {
        "id": "Status \u201c{value}\u201d tidak dikenali; baris dibaca seperti orang yang masih tinggal di desa.",
        "en": "Status \u201c{value}\u201d is not recognised; the row is read as a person still living in the village.",
    },
    "intake.stray_quote": {
        "id": "Baris ini memuat tanda kutip (\") yang tidak ditutup; baris dibaca apa adanya dan baris berikutnya "
        "dibaca terpisah. Periksa isinya.",
        "en": "This line holds an unclosed quote (\"); it is read as written and the next lines are read on their "
        "own. Check its cells.",
    },
    "intake.birth_date_unreadable": {
        "id": "Tanggal lahir \u201c{value}\u201d tidak dapat dibaca; draf tanpa tanggal lahir.",
        "en": "Date of birth \u201c{value}\u201d cannot be read; the draft has none.",
    },
    "intake.kk_excel_number": {
        "id": "Nomor KK {value} tersimpan sebagai angka di Excel dan kehilangan angka terakhirnya; draf tanpa "
        "nomor KK.",
        "en": "KK number {value} was stored by Excel as a number and lost its last digits; the draft has none.",
    },
    "intake.left_blank": {
        "id": "{message} Dikosongkan di draf, lengkapi di formulir.",
        "en": "{message} Left blank on the draft: complete it in the form.",
    },
    "intake.heir_dropped": {
        "id": "Ahli waris \u201c{name}\u201d tidak dimasukkan: {message} Tambahkan di formulir.",
        "en": "Heir \u201c{name}\u201d is left out: {message} Add the heir in the form.",
    },
    "intake.already_present": {
        "id": "NIK sudah terdaftar: {registration_number} a.n. {full_name} (kantor {office_code}); baris dilewati.",
        "en": "NIK already registered: {registration_number}, {full_name} (office {office_code}); row skipped.",
    },
    "intake.already_present_other_name": {
        "id": "NIK sudah terdaftar dengan nama lain: {registration_number} a.n. {full_name} (kantor {office_code}), "
        "di daftar {written}; baris dilewati. Periksa mana yang benar.",
        "en": "NIK already registered under another name: {registration_number}, {full_name} (office {office_code}), "
        "{written} in the list; row skipped. Check which is right.",
    },
    "intake.duplicate_in_file_other_name": {
        "id": "NIK sama dengan baris {first_row} tetapi namanya lain ({first_name}); hanya baris {first_row} yang "
        "diimpor. Periksa mana yang benar.",
        "en": "Same NIK as row {first_row} but another name ({first_name}); only row {first_row} is imported. Check "
        "which is right.",
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


@dataclass(frozen=True)
class IntakeFinding(Finding):
    """A finding whose message lives in the intake catalogue (domain codes still render as usual); a finding nested
    as a parameter renders in the same language."""

    def message(self, language: str | None = None) -> str:
        params = {k: param_text(v, language) for k, v in self.params.items()}
        catalogue = INTAKE_FINDINGS if self.code in INTAKE_FINDINGS else MESSAGES
        return render(catalogue, self.code, params, language)


def intake_error(code: str, field_name: str, /, **params) -> Finding:
    return IntakeFinding(code, Severity.ERROR, field_name, params)


def intake_warning(code: str, field_name: str, /, **params) -> Finding:
    return IntakeFinding(code, Severity.WARNING, field_name, params)


def _plain(finding: Finding) -> dict:
    params = {k: _plain(v) if isinstance(v, Finding) else v for k, v in finding.params.items()}
    return {"code": finding.code, "severity": finding.severity.value, "field": finding.field, "params": params}


def _finding(item: dict) -> Finding:
    params = {k: _finding(v) if isinstance(v, dict) and "code" in v else v for k, v in item["params"].items()}
    return IntakeFinding(item["code"], Severity(item["severity"]), item["field"], params)


def findings_json(findings: Iterable[Finding]) -> str:
    """What a draft keeps of its list row's findings (messages rendered later, in the reader's language)."""
    found = [_plain(f) for f in findings]
    return json.dumps(found, ensure_ascii=False, default=str) if found else ""


def findings_from_json(text: str | None) -> list[Finding]:
    if not text:
        return []
    try:
        return [_finding(item) for item in json.loads(text)]
    except (ValueError, KeyError, TypeError):
        return []
