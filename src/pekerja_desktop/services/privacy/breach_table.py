"""The breach list laid out, in one language: what stands above the table (the bundle, the 3 × 24 hours duty…)
and one row per person carried by the bundle."""

from __future__ import annotations

from dataclasses import dataclass

from pekerja_desktop.domain.dates import format_date, format_datetime_local
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.privacy.breach import BreachList, BreachPerson

BREACH_TEXTS: dict[str, dict[str, str]] = {
    "title": {"id": "DAFTAR ORANG DALAM PAKET DATA", "en": "PERSONS IN A DATA BUNDLE"},
    "office": {"id": "Kantor: {name} ({code})", "en": "Office: {name} ({code})"},
    "bundle": {"id": "Paket: {file} · nomor urut {sequence} · ditulis {written} · SHA-256 {hash}",
               "en": "Bundle: {file} · sequence {sequence} · written {written} · SHA-256 {hash}"},
    "acknowledged": {"id": "Diterima hub: {at}", "en": "Acknowledged by the hub: {at}"},
    "not_acknowledged": {"id": "Belum dikonfirmasi hub.", "en": "Not yet acknowledged by the hub."},
    "produced": {"id": "Dibuat {at} oleh {by}", "en": "Produced {at} by {by}"},
    "count": {"id": "Jumlah orang dalam paket: {count}", "en": "Persons in the bundle: {count}"},
    "confidential": {"id": "RAHASIA — berisi data pribadi (UU 27/2022)",
                     "en": "CONFIDENTIAL — contains personal data (Law 27/2022)"},
    "duty": {
        "id": "Kewajiban: jika paket ini, atau flashdisk/laptop yang memuatnya, hilang atau jatuh ke pihak lain, "
        "UU 27/2022 tentang Pelindungan Data Pribadi mewajibkan pemberitahuan tertulis paling lambat 3 × 24 jam "
        "kepada setiap subjek data di daftar ini (termasuk ahli warisnya) dan kepada lembaga pelindungan data "
        "pribadi, dengan menyebutkan data pribadi yang terungkap (kolom \u201cData dalam paket\u201d), kapan dan "
        "bagaimana terungkap, serta upaya penanganan dan pemulihannya. Paket ini terenkripsi untuk kunci hub dan "
        "ditandatangani kantor: sebutkan hal ini dalam penilaian risiko.",
        "en": "Duty: if this bundle, or the USB stick or laptop holding it, is lost or reaches anyone else, Law "
        "27/2022 on Personal Data Protection requires written notice within 3 × 24 hours to every data subject "
        "on this list (their heirs included) and to the personal data protection authority, stating which "
        "personal data were exposed (column \u201cData in the bundle\u201d), when and how, and what is done to "
        "contain and recover. The bundle is encrypted to the hub's key and signed by the office: say so in the "
        "risk assessment.",
    },
    "heirs_note": {"id": "Ahli waris juga subjek data; data anak termasuk data pribadi yang bersifat spesifik.",
                   "en": "Heirs are data subjects too; children's data are a specific category of personal data."},
    "not_recorded": {
        "id": "Keanggotaan tidak dicatat untuk paket sebelum versi 0.2; gunakan ack dari hub ({count} peserta "
        "menurut manifest paket).",
        "en": "Membership not recorded for bundles before version 0.2; use the hub's ack ({count} participants "
        "according to the bundle's manifest).",
    },
    "none": {"id": "Paket ini tidak memuat data peserta.", "en": "This bundle carried no participant records."},
    "note_purged": {"id": "data pribadi dihapus (masa simpan) {date}: nama dan NIK tanyakan ke hub",
                    "en": "personal data purged (retention) {date}: ask the hub for name and NIK"},
    "note_changed": {"id": "diubah sejak paket (versi {bundle} dalam paket, kini {now})",
                     "en": "changed since the bundle (version {bundle} in it, now {now})"},
    "note_missing": {"id": "rekaman tidak ada lagi di kantor ini (uuid {uuid})",
                     "en": "record no longer at this office (uuid {uuid})"},
    # (hub) reference bundles: what they shared for matching (#12)
    "title_reference": {"id": "DAFTAR ORANG DALAM PAKET REFERENSI", "en": "PERSONS IN A REFERENCE BUNDLE"},
    "reference_note": {
        "id": "Paket referensi dari hub ke kantor {receiver}: untuk pencocokan, peserta kantor lain hanya sebagai "
        "hash berkunci NIK, kunci fonetik nama, tanggal lahir, jenis kelamin, kabupaten/kota, nomor registrasi dan "
        "kantor; orang pada daftar yang sudah terlindungi hanya sebagai hash berkunci NIK. Tanpa nama, alamat, "
        "telepon atau ahli waris. Kunci pencocokan hub ikut dalam paket (terenkripsi).",
        "en": "Reference bundle from the hub to office {receiver}: for matching, the other offices' participants "
        "only as the NIK's keyed hash, the name's phonetic key, birth date, sex, kabupaten/kota, registration "
        "number and office; people on the covered lists only as the NIK's keyed hash. No names, addresses, phones "
        "or heirs. The hub's matching key travels in the bundle (encrypted).",
    },
    "duty_reference": {
        "id": "Kewajiban: jika paket ini, atau flashdisk/laptop yang memuatnya, hilang atau jatuh ke pihak lain, "
        "UU 27/2022 tentang Pelindungan Data Pribadi mewajibkan pemberitahuan tertulis paling lambat 3 × 24 jam "
        "kepada setiap subjek data di daftar ini dan kepada lembaga pelindungan data pribadi, dengan menyebutkan "
        "data pribadi yang terungkap (kolom \u201cData dalam paket\u201d), kapan dan bagaimana terungkap, serta "
        "upaya penanganan dan pemulihannya. Sebutkan dalam penilaian risiko bahwa paket ini terenkripsi untuk "
        "kunci kantor tujuan, ditandatangani hub, dan tidak memuat nama atau NIK dalam bentuk terbaca.",
        "en": "Duty: if this bundle, or the USB stick or laptop holding it, is lost or reaches anyone else, Law "
        "27/2022 on Personal Data Protection requires written notice within 3 × 24 hours to every data subject "
        "on this list and to the personal data protection authority, stating which personal data were exposed "
        "(column \u201cData in the bundle\u201d), when and how, and what is done to contain and recover. Say in "
        "the risk assessment that the bundle is encrypted to the receiving office's key, signed by the hub, and "
        "holds no name or NIK in readable form.",
    },
    "note_missing_reference": {"id": "peserta tidak ada lagi di hub", "en": "participant no longer at the hub"},
    "note_covered": {"id": "pada daftar orang yang sudah terlindungi: {name}",
                     "en": "on the list of people already covered: {name}"},
}
HEADERS = {
    "id": ("No.", "Nama", "NIK", "No. registrasi", "Desa/Kelurahan", "Telepon", "Ahli waris", "Data dalam paket",
           "Catatan"),
    "en": ("No.", "Name", "NIK", "Registration no.", "Village", "Phone", "Heirs", "Data in the bundle", "Notes"),
}
COLUMN_WIDTHS = (5, 28, 19, 20, 22, 16, 30, 60, 40)
FIELD_NAMES: dict[str, dict[str, str]] = {
    "nik": {"id": "NIK", "en": "NIK"}, "full_name": {"id": "nama", "en": "name"},
    "birth_place": {"id": "tempat lahir", "en": "birth place"}, "birth_date": {"id": "tgl. lahir", "en": "birth date"},
    "sex": {"id": "jenis kelamin", "en": "sex"}, "mother_name": {"id": "nama ibu kandung", "en": "mother's name"},
    "address": {"id": "alamat", "en": "address"}, "rt_rw": {"id": "RT/RW", "en": "RT/RW"},
    "village_code": {"id": "desa", "en": "village"}, "phone": {"id": "telepon", "en": "phone"},
    "occupation": {"id": "pekerjaan", "en": "occupation"}, "income": {"id": "penghasilan", "en": "income"},
    "heirs": {"id": "ahli waris (nama, hubungan, tgl. lahir, telepon, NIK)",
              "en": "heirs (name, relationship, birth date, phone, NIK)"},
    "history": {"id": "riwayat perubahan", "en": "change history"},
    "nik_hash": {"id": "hash berkunci NIK", "en": "keyed hash of the NIK"},
    "name_key": {"id": "kunci fonetik nama", "en": "phonetic key of the name"},
    "regency_code": {"id": "kabupaten/kota", "en": "regency/city"},
}


def text(key: str, language: str, **params) -> str:
    return render(BREACH_TEXTS, key, params, language)


@dataclass(frozen=True)
class Preamble:
    """What stands above the table: the title, the bundle's details, then the notices (the duty…)."""
    title: str
    details: list[str]
    notices: list[str]

    def lines(self) -> list[str]:
        return [self.title, *self.details, *self.notices]


def preamble(listing: BreachList, operator: str, now_text: str, language: str) -> Preamble:
    ack = (text("acknowledged", language, at=format_datetime_local(listing.acknowledged_at))
           if listing.acknowledged_at else text("not_acknowledged", language))
    details = [text("office", language, name=listing.office_name, code=listing.office_code),
               text("bundle", language, file=listing.file_name, sequence=listing.sequence,
                    written=format_datetime_local(listing.written_at), hash=listing.bundle_hash),
               ack, text("produced", language, at=now_text, by=operator),
               text("count", language, count=len(listing.persons))]
    reference = listing.kind == "reference"
    notices = [text("duty_reference", language), text("reference_note", language, receiver=listing.receiver_code)] \
        if reference else [text("duty", language), text("heirs_note", language)]
    if reference:
        details.remove(ack)  # an office acknowledges no reference bundle
    if not listing.recorded:
        notices.append(text("not_recorded", language, count=listing.participants_in_bundle))
    elif not listing.persons:
        notices.append(text("none", language))
    title = text("title_reference" if reference else "title", language)
    return Preamble(title, details, notices)


def _note(person: BreachPerson, language: str) -> str:
    if person.source:
        return text("note_covered", language, name=person.source)
    if person.current_version is None and not person.uuid:
        return text("note_missing_reference", language)
    if person.current_version is None:
        return text("note_missing", language, uuid=person.uuid)
    if person.purged_at is not None:
        return text("note_purged", language, date=format_date(person.purged_at.date()))
    if person.current_version != person.bundle_version:
        return text("note_changed", language, bundle=person.bundle_version, now=person.current_version)
    return ""


def table_rows(listing: BreachList, language: str) -> list[list[str]]:
    rows = []
    for number, person in enumerate(listing.persons, start=1):
        village = f"{person.village_name} ({person.village_code})" if person.village_name else person.village_code
        fields = ", ".join(render(FIELD_NAMES, name, None, language) for name in person.fields)
        rows.append([str(number), person.full_name, person.nik, person.registration_number, village, person.phone,
                     "; ".join(person.heirs), fields, _note(person, language)])
    return rows
