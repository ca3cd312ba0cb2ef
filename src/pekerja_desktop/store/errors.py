"""Errors of the database (opening, the server, its location file) and of its migrations, with their messages."""

from __future__ import annotations

from pekerja_desktop.errors import PekerjaError

DATABASE_MESSAGES: dict[str, dict[str, str]] = {
    "database.missing": {
        "id": "Basis data belum ada di {path}. Jalankan `pekerja-desktop setup` terlebih dahulu.",
        "en": "No database at {path}. Run `pekerja-desktop setup` first.",
    },
    "database.unreadable": {
        "id": "Basis data {path} tidak dapat dibaca: {reason}",
        "en": "The database {path} cannot be read: {reason}",
    },
    "database.too_new": {
        "id": "Basis data {path} dibuat oleh versi aplikasi yang lebih baru (skema {revision}). "
        "Perbarui Pekerja Desktop sebelum membukanya.",
        "en": "The database {path} was made by a newer version of the application (schema {revision}). "
        "Update Pekerja Desktop before opening it.",
    },
    "database.full": {
        "id": "Disk penuh: data tidak disimpan. Kosongkan ruang disk lalu ulangi.",
        "en": "The disk is full: nothing was saved. Free some disk space and try again.",
    },
    "database.locked": {
        "id": "Basis data sedang dipakai proses lain. Tutup aplikasi lain lalu ulangi.",
        "en": "The database is busy in another process. Close the other program and try again.",
    },
    "database.wrong_key": {
        "id": "Basis data {path} tidak dapat dibaca: berkasnya rusak atau terenkripsi dengan kunci lain. "
        "Pulihkan dari cadangan terbaru (`pekerja-desktop restore`).",
        "en": "The database {path} cannot be read: the file is damaged or encrypted with another key. "
        "Restore the newest backup (`pekerja-desktop restore`).",
    },
    "database.url_invalid": {
        "id": "Alamat basis data '{url}' tidak dikenali. Contoh: postgresql://pekerja@server/pekerja",
        "en": "The database address '{url}' is not recognised. Example: postgresql://pekerja@server/pekerja",
    },
    "database.server_unreachable": {
        "id": "Server basis data {url} tidak dapat dihubungi. Periksa jaringan dan apakah server menyala, lalu ulangi.",
        "en": "The database server {url} cannot be reached. Check the network and that the server is running, "
        "then try again.",
    },
    "database.server_login": {
        "id": "Server basis data {url} menolak nama pengguna atau kata sandi basis data.",
        "en": "The database server {url} refused the database user name or password.",
    },
    "database.server_missing": {
        "id": "Basis data {url} belum ada di server. Minta pengelola server membuatnya, lalu ulangi.",
        "en": "The database {url} does not exist on the server. Ask the server's administrator to create it, "
        "then try again.",
    },
    "database.config_corrupt": {
        "id": "Berkas letak basis data {path} rusak ({reason}). Jalankan ulang `pekerja-desktop database set-url`.",
        "en": "The database location file {path} is damaged ({reason}). Run `pekerja-desktop database set-url` again.",
    },
    "database.not_on_server": {
        "id": "Basis data kantor di {path} adalah berkas lokal, bukan server: tidak ada alamat server untuk diubah.",
        "en": "The office database in {path} is the local file, not a server: there is no server address to change.",
    },
    "database.other_office": {
        "id": "Basis data {url} berisi kantor {office_code}, bukan kantor {expected} dari folder data ini. "
        "Alamat tidak diubah.",
        "en": "The database {url} holds office {office_code}, not this data folder's office {expected}. "
        "The address was not changed.",
    },
    "database.server_file_only": {
        "id": "Basis data kantor ini ada di server PostgreSQL ({url}): '{what}' hanya untuk basis data berkas. "
        "Cadangkan dan periksa basis data server dengan alat server (pg_dump, pg_basebackup).",
        "en": "This office's database is on a PostgreSQL server ({url}): '{what}' is for a database file only. "
        "Back up and check the server database with the server's tools (pg_dump, pg_basebackup).",
    },
    "migration.foreign_keys": {
        "id": "Migrasi dibatalkan: {count} rujukan data rusak. Basis data tidak diubah.",
        "en": "Migration cancelled: {count} broken references. The database was not changed.",
    },
}


class DatabaseError(PekerjaError):
    """The database cannot be opened, read or written, or its location or migration is refused."""

    catalogue = DATABASE_MESSAGES


class DatabaseTooNewError(DatabaseError):
    """The database was made by a newer version of the application."""

    def __init__(self, **params):
        super().__init__("database.too_new", **params)
