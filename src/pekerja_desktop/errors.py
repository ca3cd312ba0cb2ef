"""Typed errors raised by services and storage; the CLI and the ui turn them into messages."""

from __future__ import annotations

from pekerja_desktop.domain.i18n import render

ERROR_MESSAGES: dict[str, dict[str, str]] = {
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
    "data_dir.not_directory": {
        "id": "Direktori data {path} bukan folder.",
        "en": "The data directory {path} is not a folder.",
    },
    "data_dir.not_writable": {
        "id": "Direktori data {path} tidak dapat ditulis: {reason}",
        "en": "The data directory {path} is not writable: {reason}",
    },
    "setup.already": {
        "id": "Kantor sudah disiapkan di {path} (kantor {office_code}). Penyiapan tidak diulang.",
        "en": "An office is already set up in {path} (office {office_code}). Setup is not repeated.",
    },
    "setup.server_hub_only": {
        "id": "Basis data di server PostgreSQL hanya untuk kantor pusat (peran hub); kantor lapangan memakai "
        "berkas terenkripsi.",
        "en": "A database on a PostgreSQL server is for the central office (hub role) only; field offices use the "
        "encrypted file.",
    },
    "setup.server_in_use": {
        "id": "Basis data {url} sudah berisi kantor {office_code}. Pakai basis data kosong, atau gunakan folder data "
        "kantor itu.",
        "en": "The database {url} already holds office {office_code}. Use an empty database, or that office's data "
        "folder.",
    },
    "setup.not_done": {
        "id": "Belum ada kantor di {path}. Jalankan `pekerja-desktop setup` terlebih dahulu.",
        "en": "No office is set up in {path}. Run `pekerja-desktop setup` first.",
    },
    "setup.office_code": {
        "id": "Kode kantor '{value}' tidak valid: 2–10 huruf besar atau angka.",
        "en": "Invalid office code '{value}': 2–10 capital letters or digits.",
    },
    "setup.office_name": {
        "id": "Nama kantor wajib diisi.",
        "en": "The office name is required.",
    },
    "setup.region": {
        "id": "Kode wilayah '{value}' bukan kabupaten/kota di Maluku (contoh 81.71 untuk Kota Ambon).",
        "en": "Region code '{value}' is not a regency or city of Maluku (e.g. 81.71 for Kota Ambon).",
    },
    "setup.role": {
        "id": "Peran '{value}' tidak dikenal: pilih field atau hub.",
        "en": "Unknown role '{value}': choose field or hub.",
    },
    "enrolment.invalid": {
        "id": "Data belum benar: {details}",
        "en": "The data are not valid: {details}",
    },
    "enrolment.unconfirmed": {
        "id": "Peringatan belum dikonfirmasi: {details}",
        "en": "Warnings not confirmed: {details}",
    },
    "enrolment.not_found": {
        "id": "Peserta {key} tidak ditemukan.",
        "en": "Participant {key} not found.",
    },
    "enrolment.purged": {
        "id": "Data pribadi peserta {registration_number} sudah dihapus setelah masa simpan; data ini tidak dapat "
        "diubah lagi.",
        "en": "The personal data of participant {registration_number} were purged after the retention period; "
        "the record can no longer be edited.",
    },
    "enrolment.stale": {
        "id": "Data peserta {registration_number} sudah diubah orang lain (versi {current}). Buka ulang lalu ulangi.",
        "en": "Participant {registration_number} was changed by someone else (version {current}). "
        "Reopen it and try again.",
    },
    "enrolment.counter_full": {
        "id": "Nomor urut pendaftaran kantor {office_code} tahun {year} sudah habis.",
        "en": "Registration serials of office {office_code} for {year} are exhausted.",
    },
    "file.missing": {
        "id": "Berkas {path} tidak ditemukan.",
        "en": "File {path} not found.",
    },
    "file.unreadable": {
        "id": "Berkas {path} tidak dapat dibaca: {reason}",
        "en": "File {path} cannot be read: {reason}",
    },
    "file.unwritable": {
        "id": "Berkas {path} tidak dapat ditulis: {reason}",
        "en": "File {path} cannot be written: {reason}",
    },
    "file.disk_full": {
        "id": "Disk penuh saat menulis {path}: tidak ada berkas yang ditulis.",
        "en": "Disk full while writing {path}: no file was written.",
    },
    "operation.cancelled": {
        "id": "Dibatalkan; tidak ada yang disimpan.",
        "en": "Cancelled; nothing was saved.",
    },
    "argument.invalid": {
        "id": "Argumen tidak valid: {reason}",
        "en": "Invalid argument: {reason}",
    },
}


ACCESS_MESSAGES: dict[str, dict[str, str]] = {
    "access.denied": {
        "id": "Akses ditolak: peran {role} tidak boleh {action}.",
        "en": "Access denied: the {role} role may not {action}.",
    },
    "access.not_own": {
        "id": "Akses ditolak: petugas hanya boleh mengubah data yang ia daftarkan sendiri dan belum dikirim "
        "({registration_number}). Minta supervisor.",
        "en": "Access denied: a clerk may only edit records they enrolled that were not yet exported "
        "({registration_number}). Ask a supervisor.",
    },
}


class PekerjaError(Exception):
    """An expected failure with a stable code and a message in the user's language.

    Subclasses for one area may bring their own `catalogue` of messages; codes missing there are
    looked up in ERROR_MESSAGES.
    """

    catalogue: dict[str, dict[str, str]] = ERROR_MESSAGES

    def __init__(self, code: str, /, **params):
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: str | None = None) -> str:
        catalogue = self.catalogue if self.code in self.catalogue else ERROR_MESSAGES
        return render(catalogue, self.code, self.params, language)


class AccessError(PekerjaError):
    """The signed-in role may not do this (checked by `AppContext.require` and record-level rules)."""

    catalogue = ACCESS_MESSAGES


class DatabaseError(PekerjaError):
    pass


class DatabaseTooNewError(DatabaseError):
    def __init__(self, **params):
        super().__init__("database.too_new", **params)


class SetupError(PekerjaError):
    pass


class EnrolmentError(PekerjaError):
    """Carries the findings that refused the save; their messages follow the requested language."""

    def __init__(self, code: str, findings=(), /, **params):
        self.findings = list(findings)
        super().__init__(code, **params)

    def message(self, language: str | None = None) -> str:
        if self.findings:
            details = "; ".join(f.message(language) for f in self.findings)
            return render(self.catalogue, self.code, {**self.params, "details": details}, language)
        return super().message(language)


class FileProblem(PekerjaError):
    pass


class OperationCancelled(PekerjaError):
    """The user cancelled long work; nothing was saved or written."""

    def __init__(self):
        super().__init__("operation.cancelled")
