"""Messages for backups, restores and the database check."""

from __future__ import annotations

from pekerja_desktop.errors import PekerjaError

BACKUP_MESSAGES: dict[str, dict[str, str]] = {
    "backup.missing": {
        "id": "Cadangan {path} tidak ditemukan.",
        "en": "Backup {path} not found.",
    },
    "backup.not_a_backup": {
        "id": "{path} bukan berkas cadangan Pekerja Desktop (*.sqlite).",
        "en": "{path} is not a Pekerja Desktop backup file (*.sqlite).",
    },
    "backup.is_live": {
        "id": "{path} adalah basis data yang sedang dipakai, bukan cadangan.",
        "en": "{path} is the database in use, not a backup.",
    },
    "backup.checksum": {
        "id": "Cadangan {path} rusak: isinya tidak sama dengan saat dibuat (sidik SHA-256 berbeda). "
        "Tidak ada yang diubah; pilih cadangan lain.",
        "en": "Backup {path} is damaged: its content differs from when it was made (SHA-256 mismatch). "
        "Nothing was changed; choose another backup.",
    },
    "backup.manifest_damaged": {
        "id": "Keterangan cadangan {path} rusak ({reason}). Tidak ada yang diubah; pilih cadangan lain.",
        "en": "The description of backup {path} is damaged ({reason}). Nothing was changed; choose another backup.",
    },
    "backup.wrong_key": {
        "id": "Cadangan {path} tidak terbuka dengan kunci basis data ini: cadangan kantor lain, kunci pemulihan "
        "salah, atau berkas rusak. Tidak ada yang diubah.",
        "en": "Backup {path} does not open with this database key: another office's backup, a wrong recovery "
        "key, or a damaged file. Nothing was changed.",
    },
    "backup.damaged": {
        "id": "Cadangan {path} rusak (pemeriksaan keutuhan: {problem}). Tidak ada yang diubah; pilih cadangan lain.",
        "en": "Backup {path} is damaged (integrity check: {problem}). Nothing was changed; choose another backup.",
    },
    "backup.too_new": {
        "id": "Cadangan {path} dibuat oleh versi aplikasi yang lebih baru (skema {revision}). Perbarui Pekerja "
        "Desktop sebelum memulihkannya. Tidak ada yang diubah.",
        "en": "Backup {path} was made by a newer version of the application (schema {revision}). Update "
        "Pekerja Desktop before restoring it. Nothing was changed.",
    },
    "backup.no_office": {
        "id": "Cadangan {path} tidak berisi data kantor. Tidak ada yang diubah.",
        "en": "Backup {path} holds no office. Nothing was changed.",
    },
    "backup.other_office": {
        "id": "Cadangan {path} milik kantor {backup_office}, sedangkan folder data ini milik kantor {office}. "
        "Tidak ada yang diubah.",
        "en": "Backup {path} belongs to office {backup_office}, while this data folder belongs to office "
        "{office}. Nothing was changed.",
    },
    "backup.copy_damaged": {
        "id": "Salinan cadangan gagal diperiksa ({problem}) dan dibuang; cadangan lama tetap disimpan. "
        "Jalankan `pekerja-desktop check`.",
        "en": "The backup copy failed its check ({problem}) and was discarded; older backups are kept. "
        "Run `pekerja-desktop check`.",
    },
    "backup.secrets_damaged": {
        "id": "Kunci kantor di dalam cadangan {path} tidak dapat dibuka (rusak atau kunci lain).",
        "en": "The office keys inside backup {path} cannot be opened (damaged or another key).",
    },
    "restore.denied_role": {
        "id": "Akses ditolak: menurut cadangan, akun {username} berperan {role} dan tidak boleh memulihkan "
        "cadangan. Minta supervisor.",
        "en": "Access denied: according to the backup, account {username} has the {role} role and may not "
        "restore backups. Ask a supervisor.",
    },
    "check.failed": {
        "id": "Basis data rusak ({problem}). Cadangan baik terbaru: {path} ({created}, {participants} peserta). "
        "Pulihkan dengan: pekerja-desktop restore \"{path}\"",
        "en": "The database is damaged ({problem}). Newest good backup: {path} ({created}, {participants} "
        "participants). Restore it with: pekerja-desktop restore \"{path}\"",
    },
    "check.failed_no_backup": {
        "id": "Basis data rusak ({problem}) dan tidak ada cadangan baik di {folder}. Jangan masukkan data baru; "
        "pulihkan dari cadangan di USB (`pekerja-desktop restore BERKAS`) atau hubungi kantor provinsi.",
        "en": "The database is damaged ({problem}) and there is no good backup in {folder}. Do not enter new data; "
        "restore a backup from a USB stick (`pekerja-desktop restore FILE`) or call the provincial office.",
    },
}


class BackupError(PekerjaError):
    catalogue = BACKUP_MESSAGES
