"""Roles and what each may do. Roles nest: a supervisor may do all a petugas may, an admin all of both."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    PETUGAS = "petugas"  # enrols, edits own records until exported, prints
    SUPERVISOR = "supervisor"  # edits any record, confirms warnings, exports and imports, reprints, restores
    ADMIN = "admin"  # accounts and settings


class Permission(StrEnum):
    VIEW = "view"
    ENROL = "enrol"
    EDIT_OWN = "edit_own"
    PRINT = "print"
    BACKUP = "backup"
    REVEAL_NIK = "reveal_nik"  # a petugas sees NIKs masked unless revealed (audited)
    EDIT_ANY = "edit_any"
    CONFIRM_WARNINGS = "confirm_warnings"
    SEE_FULL_NIK = "see_full_nik"
    EXPORT = "export"
    IMPORT = "import"
    INTAKE = "intake"
    REPRINT = "reprint"
    RESTORE = "restore"
    PURGE = "purge"
    PERSON_EXPORT = "person_export"
    BREACH_LIST = "breach_list"
    HUB_REPORTS = "hub_reports"
    AUDIT = "audit"
    LIFECYCLE = "lifecycle"  # end, reactivate, transfer, renew participations
    CLAIMS = "claims"  # record benefit claims
    MANAGE_ACCOUNTS = "manage_accounts"
    SETTINGS = "settings"


_PETUGAS = frozenset({Permission.VIEW, Permission.ENROL, Permission.EDIT_OWN, Permission.PRINT,
                      Permission.BACKUP, Permission.REVEAL_NIK})
_SUPERVISOR = _PETUGAS | {Permission.EDIT_ANY, Permission.CONFIRM_WARNINGS, Permission.SEE_FULL_NIK,
                          Permission.EXPORT, Permission.IMPORT, Permission.INTAKE, Permission.REPRINT,
                          Permission.RESTORE, Permission.PURGE, Permission.PERSON_EXPORT, Permission.BREACH_LIST,
                          Permission.HUB_REPORTS, Permission.AUDIT, Permission.LIFECYCLE, Permission.CLAIMS}
_ADMIN = _SUPERVISOR | {Permission.MANAGE_ACCOUNTS, Permission.SETTINGS}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.PETUGAS: _PETUGAS,
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMIN: frozenset(_ADMIN),
}

ROLE_LABELS: dict[str, dict[str, str]] = {
    Role.PETUGAS.value: {"id": "Petugas", "en": "Clerk (petugas)"},
    Role.SUPERVISOR.value: {"id": "Supervisor", "en": "Supervisor"},
    Role.ADMIN.value: {"id": "Admin", "en": "Administrator"},
}

PERMISSION_LABELS: dict[str, dict[str, str]] = {
    "view": {"id": "melihat data", "en": "view records"},
    "enrol": {"id": "mendaftarkan peserta", "en": "enrol participants"},
    "edit_own": {"id": "mengubah data sendiri", "en": "edit own records"},
    "print": {"id": "mencetak kartu dan tanda terima", "en": "print cards and receipts"},
    "backup": {"id": "membuat cadangan", "en": "make backups"},
    "reveal_nik": {"id": "membuka NIK", "en": "reveal NIKs"},
    "edit_any": {"id": "mengubah data petugas lain atau data yang sudah dikirim",
                 "en": "edit other clerks' or already exported records"},
    "confirm_warnings": {"id": "mengonfirmasi peringatan", "en": "confirm warnings"},
    "see_full_nik": {"id": "melihat NIK lengkap", "en": "see full NIKs"},
    "export": {"id": "mengekspor paket data", "en": "export data bundles"},
    "import": {"id": "mengimpor paket data", "en": "import data bundles"},
    "intake": {"id": "mengimpor daftar desa", "en": "import village lists"},
    "reprint": {"id": "mencetak ulang kartu", "en": "reprint cards"},
    "restore": {"id": "memulihkan cadangan", "en": "restore backups"},
    "purge": {"id": "menghapus data pribadi yang lewat masa simpan", "en": "purge personal data past retention"},
    "person_export": {"id": "mengekspor data seseorang", "en": "export a person's data"},
    "breach_list": {"id": "membuat daftar orang dalam paket", "en": "list the persons in a bundle"},
    "hub_reports": {"id": "membuat laporan dan berkas BPJS", "en": "make reports and BPJS files"},
    "audit": {"id": "memeriksa jejak audit", "en": "check the audit trail"},
    "lifecycle": {"id": "mengakhiri, mengaktifkan kembali, memindahkan atau memperbarui kepesertaan",
                  "en": "end, reactivate, transfer or renew participations"},
    "claims": {"id": "mencatat klaim manfaat", "en": "record benefit claims"},
    "manage_accounts": {"id": "mengelola akun", "en": "manage accounts"},
    "settings": {"id": "mengubah pengaturan", "en": "change settings"},
}


def permissions_of(role: str) -> frozenset[Permission]:
    try:
        return ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return frozenset()
