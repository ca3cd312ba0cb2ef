"""Errors of logins, accounts, key files, the recovery key, the screen lock setting and securing an old data
folder, with their messages."""

from __future__ import annotations

from pekerja_desktop.errors import AccessError, PekerjaError

ACCOUNT_MESSAGES: dict[str, dict[str, str]] = {
    "login.failed": {
        "id": "Nama pengguna atau kata sandi salah.",
        "en": "Wrong user name or password.",
    },
    "login.locked": {
        "id": "Akun {username} dikunci karena terlalu banyak percobaan masuk yang gagal. Coba lagi pukul {until}.",
        "en": "Account {username} is locked after too many failed logins. Try again at {until}.",
    },
    "login.inactive": {
        "id": "Akun {username} sudah dinonaktifkan. Hubungi admin kantor.",
        "en": "Account {username} has been deactivated. Ask the office admin.",
    },
    "login.user_required": {
        "id": "Sebutkan operator: --user NAMA atau variabel PEKERJA_USER.",
        "en": "Name the operator: --user NAME or the PEKERJA_USER variable.",
    },
    "login.password_required": {
        "id": "Kata sandi diperlukan: isi PEKERJA_PASSWORD atau jalankan di terminal untuk mengetiknya.",
        "en": "A password is needed: set PEKERJA_PASSWORD or run in a terminal to type it.",
    },
    "keyring.missing": {
        "id": "Berkas kunci akun {path} tidak ada. Pulihkan dengan kunci pemulihan "
        "(`pekerja-desktop recover`).",
        "en": "The account key file {path} is missing. Recover with the recovery key (`pekerja-desktop recover`).",
    },
    "keyring.corrupt": {
        "id": "Berkas kunci akun {path} rusak ({reason}). Pulihkan dengan kunci pemulihan "
        "(`pekerja-desktop recover`).",
        "en": "The account key file {path} is damaged ({reason}). Recover with the recovery key "
        "(`pekerja-desktop recover`).",
    },
    "keyring.busy": {
        "id": "Berkas kunci akun {path} sedang dipakai proses lain terlalu lama. Coba lagi sebentar lagi.",
        "en": "The account key file {path} has been in use by another process for too long. Try again shortly.",
    },
    "account.username": {
        "id": "Nama pengguna '{value}' tidak valid: 2–32 huruf kecil, angka, titik, garis bawah atau tanda hubung.",
        "en": "Invalid user name '{value}': 2–32 lower-case letters, digits, dots, underscores or hyphens.",
    },
    "account.exists": {
        "id": "Akun {username} sudah ada.",
        "en": "Account {username} already exists.",
    },
    "account.not_found": {
        "id": "Akun {username} tidak ditemukan.",
        "en": "Account {username} not found.",
    },
    "account.role": {
        "id": "Peran '{value}' tidak dikenal: pilih petugas, supervisor atau admin.",
        "en": "Unknown role '{value}': choose petugas, supervisor or admin.",
    },
    "account.password_short": {
        "id": "Kata sandi terlalu pendek: minimal {minimum} karakter.",
        "en": "The password is too short: at least {minimum} characters.",
    },
    "account.password_mismatch": {
        "id": "Kedua kata sandi tidak sama.",
        "en": "The two passwords differ.",
    },
    "account.last_admin": {
        "id": "Akun {username} adalah admin aktif terakhir; tetapkan admin lain terlebih dahulu.",
        "en": "Account {username} is the last active admin; make another admin first.",
    },
    "account.old_password": {
        "id": "Kata sandi lama salah.",
        "en": "The old password is wrong.",
    },
    "recovery.malformed": {
        "id": "Kunci pemulihan tidak valid: 52 huruf/angka dalam 13 kelompok.",
        "en": "Invalid recovery key: 52 letters/digits in 13 groups.",
    },
    "recovery.wrong": {
        "id": "Kunci pemulihan ini tidak membuka basis data {path}.",
        "en": "This recovery key does not open the database {path}.",
    },
}


class AccountError(AccessError):
    """A refused sign-in, account change or recovery: an access error with the accounts' own messages."""

    catalogue = ACCOUNT_MESSAGES


LEGACY_MESSAGES: dict[str, dict[str, str]] = {
    "legacy.not_secured": {
        "id": "Data di {path} dibuat oleh versi lama dan belum terenkripsi. Jalankan `pekerja-desktop secure "
        "--admin NAMA` (atau buka aplikasinya) untuk mengenkripsi data dan membuat admin pertama.",
        "en": "The data in {path} were made by an older version and are not encrypted. Run `pekerja-desktop "
        "secure --admin NAME` (or open the application) to encrypt them and create the first admin.",
    },
    "legacy.already": {
        "id": "Basis data di {path} sudah terenkripsi; tidak ada yang perlu diamankan.",
        "en": "The database in {path} is already encrypted; there is nothing to secure.",
    },
    "legacy.copy_differs": {
        "id": "Salinan terenkripsi tidak sama dengan aslinya ({detail}). Basis data lama tidak diubah; "
        "salinannya ada di {backups}.",
        "en": "The encrypted copy differs from the original ({detail}). The old database was not changed; "
        "its copy is in {backups}.",
    },
}


class LegacyError(PekerjaError):
    catalogue = LEGACY_MESSAGES


SESSION_MESSAGES: dict[str, dict[str, str]] = {
    "session.idle_minutes": {
        "id": "Waktu kunci layar harus {minimum}–{maximum} menit, bukan '{value}'.",
        "en": "The screen lock time must be {minimum}–{maximum} minutes, not '{value}'.",
    },
}


class SessionSettingError(PekerjaError):
    catalogue = SESSION_MESSAGES
