"""Why a sync operation was refused, in Bahasa Indonesia first (English available)."""

from __future__ import annotations

from pekerja_desktop.errors import PekerjaError

SYNC_MESSAGES: dict[str, dict[str, str]] = {
    "bundle.unreadable": {
        "id": "Berkas {path} bukan paket sinkronisasi yang utuh (terpotong atau rusak): {reason}",
        "en": "{path} is not a complete sync bundle (truncated or damaged): {reason}",
    },
    "bundle.too_large": {
        "id": "Berkas {path} terlalu besar untuk paket sinkronisasi ({size} bita, batas {limit}).",
        "en": "{path} is too large for a sync bundle ({size} bytes, limit {limit}).",
    },
    "bundle.unsafe_name": {
        "id": "Paket {path} ditolak: nama entri tidak aman '{name}' (jalur absolut atau '..').",
        "en": "Bundle {path} refused: unsafe entry name '{name}' (absolute path or '..').",
    },
    "bundle.duplicate_entry": {
        "id": "Paket {path} ditolak: entri '{name}' muncul lebih dari sekali.",
        "en": "Bundle {path} refused: entry '{name}' appears more than once.",
    },
    "bundle.extra_entry": {
        "id": "Paket {path} ditolak: entri tak dikenal '{name}'.",
        "en": "Bundle {path} refused: unknown entry '{name}'.",
    },
    "bundle.missing_entry": {
        "id": "Paket {path} ditolak: entri '{name}' tidak ada.",
        "en": "Bundle {path} refused: entry '{name}' is missing.",
    },
    "bundle.entry_too_large": {
        "id": "Paket {path} ditolak: entri '{name}' melebihi batas ukuran atau rasio kompresi (bom zip?).",
        "en": "Bundle {path} refused: entry '{name}' exceeds the size or compression-ratio limit (zip bomb?).",
    },
    "bundle.manifest_invalid": {
        "id": "Paket {path} ditolak: manifest tidak valid ({reason}).",
        "en": "Bundle {path} refused: invalid manifest ({reason}).",
    },
    "bundle.format_unsupported": {
        "id": "Paket {path} memakai format {found}, aplikasi ini mendukung {supported}. Perbarui Pekerja Desktop.",
        "en": "Bundle {path} uses format {found}; this application supports {supported}. Update Pekerja Desktop.",
    },
    "bundle.schema_unsupported": {
        "id": "Paket {path} memakai skema data {found}, aplikasi ini mendukung {supported}. "
        "Perbarui Pekerja Desktop di kantor penerima.",
        "en": "Bundle {path} uses data schema {found}; this application supports {supported}. "
        "Update Pekerja Desktop at the receiving office.",
    },
    "bundle.unknown_sender": {
        "id": "Paket {path} berasal dari kantor {office_code} yang belum terdaftar/dipercaya di sini.",
        "en": "Bundle {path} comes from office {office_code}, which is not registered/trusted here.",
    },
    "bundle.bad_signature": {
        "id": "Paket {path} ditolak: tanda tangan kantor {office_code} tidak cocok (diubah atau dipalsukan).",
        "en": "Bundle {path} refused: the signature of office {office_code} does not match "
        "(altered or forged).",
    },
    "bundle.hash_mismatch": {
        "id": "Paket {path} ditolak: isi '{name}' tidak sesuai sidik SHA-256 di manifest (rusak).",
        "en": "Bundle {path} refused: '{name}' does not match its SHA-256 in the manifest (damaged).",
    },
    "bundle.wrong_recipient": {
        "id": "Paket {path} ditujukan untuk kantor {receiver}, bukan kantor ini ({office_code}).",
        "en": "Bundle {path} is addressed to office {receiver}, not to this office ({office_code}).",
    },
    "bundle.wrong_key": {
        "id": "Paket {path} ditujukan untuk kantor {office_code} tetapi dienkripsi ke kunci lain, bukan kunci "
        "kantor ini (kantor ini dipasang ulang, atau paket untuk instalasi {office_code} yang lain). Kirim berkas "
        "kunci kantor ini ke pengirim lalu minta paket baru.",
        "en": "Bundle {path} is addressed to office {office_code} but encrypted to another key, not this office's "
        "(this office was set up again, or the bundle is for another installation of {office_code}). Send this "
        "office's key file to the sender and ask for a new bundle.",
    },
    "bundle.wrong_kind": {
        "id": "Paket {path} berjenis '{kind}', yang tidak dapat diimpor di kantor berperan {role}.",
        "en": "Bundle {path} is of kind '{kind}', which cannot be imported at an office with role {role}.",
    },
    "bundle.cannot_decrypt": {
        "id": "Paket {path} tidak dapat dibuka dengan kunci age kantor ini: {reason}",
        "en": "Bundle {path} cannot be decrypted with this office's age key: {reason}",
    },
    "bundle.payload_invalid": {
        "id": "Paket {path} ditolak: isi data rusak ({reason}).",
        "en": "Bundle {path} refused: damaged content ({reason}).",
    },
    "bundle.record_invalid": {
        "id": "Paket {path} ditolak: baris {line}: {reason}",
        "en": "Bundle {path} refused: line {line}: {reason}",
    },
    "bundle.replayed": {
        "id": "Paket {path} ditolak: nomor urut {sequence} dari kantor {office_code} sudah diterima dengan isi "
        "lain. Bila kantor itu dipulihkan dari cadangan, catat pemulihannya lalu ekspor ulang.",
        "en": "Bundle {path} refused: sequence {sequence} of office {office_code} was already received with "
        "other content. If that office was restored from a backup, record the restore and export again.",
    },
    "keys.missing": {
        "id": "Kunci kantor ({path}) tidak ada: kantor ini tidak dapat menandatangani atau membuka paket. Pulihkan "
        "folder data dari cadangan.",
        "en": "The office's keys ({path}) are missing: this office cannot sign or open bundles. Restore the data "
        "folder from a backup.",
    },
    "keys.damaged": {
        "id": "Kunci kantor ({path}) rusak atau tidak cocok dengan basis data ini. Pulihkan folder data dari cadangan.",
        "en": "The office's keys ({path}) are damaged or do not belong to this database. Restore the data folder "
        "from a backup.",
    },
    "trust.file_invalid": {
        "id": "Berkas kunci {path} tidak valid: {reason}",
        "en": "Key file {path} is not valid: {reason}",
    },
    "trust.wrong_role": {
        "id": "Berkas {path} berisi kantor berperan {found}; yang diharapkan {expected}.",
        "en": "{path} holds an office with role {found}; expected {expected}.",
    },
    "trust.self": {
        "id": "Berkas {path} berisi kantor ini sendiri ({office_code}).",
        "en": "{path} holds this office itself ({office_code}).",
    },
    "trust.key_changed": {
        "id": "Kantor {office_code} sudah terdaftar dengan kunci lain (sidik jari {old}). Pastikan lewat "
        "telepon lalu ulangi dengan --replace.",
        "en": "Office {office_code} is already registered with another key (fingerprint {old}). Confirm "
        "by phone and repeat with --replace.",
    },
    "trust.other_hub": {
        "id": "Kantor ini sudah mempercayai kantor provinsi {office_code}. Ulangi dengan --replace untuk menggantinya.",
        "en": "This office already trusts hub {office_code}. Repeat with --replace to change it.",
    },
    "trust.no_hub": {
        "id": "Belum ada kantor provinsi yang dipercaya. Jalankan `pekerja-desktop trust-hub BERKAS` terlebih dahulu.",
        "en": "No hub is trusted yet. Run `pekerja-desktop trust-hub FILE` first.",
    },
    "trust.not_hub": {
        "id": "Perintah ini hanya untuk kantor berperan hub.",
        "en": "This command is for an office with role hub only.",
    },
    "trust.not_field": {
        "id": "Perintah ini hanya untuk kantor lapangan (peran field).",
        "en": "This command is for a field office (role field) only.",
    },
    "trust.unknown_office": {
        "id": "Kantor {office_code} belum terdaftar di kantor provinsi ini.",
        "en": "Office {office_code} is not registered at this hub.",
    },
    "trust.no_offices": {
        "id": "Belum ada kantor terdaftar. Jalankan `pekerja-desktop register-office BERKAS`.",
        "en": "No office is registered. Run `pekerja-desktop register-office FILE`.",
    },
    "export.resend_unknown": {
        "id": "Paket nomor {sequence} tidak ada (lagi) di kotak keluar: mungkin sudah dikonfirmasi kantor provinsi.",
        "en": "Bundle number {sequence} is not (or no longer) in the outbox: perhaps the hub confirmed it.",
    },
    "export.verify_failed": {
        "id": "Paket yang ditulis ke {path} tidak lolos pemeriksaan baca-ulang: {reason}. Coba media lain.",
        "en": "The bundle written to {path} failed the read-back check: {reason}. Try another medium.",
    },
    "hub.record_not_found": {
        "id": "Rekaman {key} tidak ada di kantor provinsi.",
        "en": "Record {key} is not held at the hub.",
    },
    "hub.kpj_invalid": {
        "id": "Nomor KPJ '{kpj}' tidak valid: harus 11 angka.",
        "en": "KPJ number '{kpj}' is invalid: it must be 11 digits.",
    },
}


class SyncError(PekerjaError):
    catalogue = SYNC_MESSAGES
