"""`backup [--to DIR] [--list]`, `restore FILE [--yes] [--recovery-key KEY]` and `check`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from pekerja_desktop.cli.common import context_from, data_dir_of, operator_name, read_password, set_handler
from pekerja_desktop.documents.formatting import decimal_text, number_text
from pekerja_desktop.domain.dates import format_datetime_local
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.errors import OperationCancelled, PekerjaError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.backup.check import good_backup_for, quick_check_database
from pekerja_desktop.services.backup.errors import BackupError
from pekerja_desktop.services.backup.make import backup_due, make_backup
from pekerja_desktop.services.backup.manifest import BackupInfo
from pekerja_desktop.services.backup.preview import (
    RestorePreview,
    good_backup_unopened,
    open_for_restore,
    preview_restore,
    preview_unopened,
    preview_with_recovery_key,
)
from pekerja_desktop.services.backup.restore import (
    RestoreResult,
    restore_backup,
    restore_unopened,
    restore_with_recovery_key,
)
from pekerja_desktop.services.backup.sets import list_backups

RECOVERY_ENV = "PEKERJA_RECOVERY_KEY"

MESSAGES = {
    "made": {
        "id": "Cadangan dibuat dan diperiksa: {participants} peserta, {size}.",
        "en": "Backup made and checked: {participants} participants, {size}.",
    },
    "none": {"id": "Belum ada cadangan di {folder}.", "en": "No backups in {folder} yet."},
    "list_line": {"id": "{created}  {reason:<18} {participants:>9} peserta  {size:>9}  {path}",
                  "en": "{created}  {reason:<18} {participants:>9} participants  {size:>9}  {path}"},
    "warning": {
        "id": "PERHATIAN: cadangan ini dibuat {created} dan berisi {participants} peserta (kantor {office}). "
        "Semua yang dimasukkan di laptop ini setelah waktu itu akan diganti{current}. Salinan data sekarang "
        "disimpan dahulu di folder backups.",
        "en": "WARNING: this backup is from {created} and holds {participants} participants (office {office}). "
        "Everything entered on this laptop after it is replaced{current}. A copy of the current data is kept "
        "in the backups folder first.",
    },
    "current": {"id": " (sekarang {count} peserta)", "en": " (now {count} participants)"},
    "question": {"id": "Ketik YA untuk memulihkan: ", "en": "Type YES to restore: "},
    "needs_yes": {
        "id": "Pemulihan mengganti data di laptop ini (cadangan {created}, {participants} peserta): baca "
        "peringatannya di terminal, atau jalankan lagi dengan --yes.",
        "en": "A restore replaces the data on this laptop (backup from {created}, {participants} participants): "
        "read the warning at a terminal, or run again with --yes.",
    },
    "needs_recovery_key": {
        "id": "Belum ada kantor di {path}: memulihkan cadangan ke folder data kosong memerlukan kunci pemulihan "
        "(--recovery-key).",
        "en": "No office in {path}: restoring a backup into an empty data folder needs the recovery key "
        "(--recovery-key).",
    },
    "recovery_prompt": {"id": "Kunci pemulihan: ", "en": "Recovery key: "},
    "recovery_missing": {
        "id": "Kunci pemulihan diperlukan: --recovery-key KUNCI, variabel PEKERJA_RECOVERY_KEY, atau ketik di "
        "terminal.",
        "en": "The recovery key is needed: --recovery-key KEY, the PEKERJA_RECOVERY_KEY variable, or type it at "
        "a terminal.",
    },
    "restored": {
        "id": "Dipulihkan dari {name} ({created}, {participants} peserta).",
        "en": "Restored from {name} ({created}, {participants} participants).",
    },
    "safety": {"id": "Data sebelumnya disimpan di {path}", "en": "The previous data were kept in {path}"},
    "bills_kept_before": {
        "id": "Tagihan yang ditutup sesudah cadangan ini dibuat ({months}) tetap disimpan: tagihan yang sudah "
        "ditutup tidak ikut dipulihkan ke keadaan lama.",
        "en": "The bills closed after this backup was made ({months}) are kept: a closed bill is never taken "
        "back to an earlier state.",
    },
    "bills_kept": {"id": "Tagihan yang ditutup sesudah cadangan itu tetap disimpan: {months}.",
                   "en": "The bills closed after that backup were kept: {months}."},
    "migrated": {"id": "Skema basis data diperbarui dari revisi {revision}.",
                 "en": "Database schema upgraded from revision {revision}."},
    "key_files": {"id": "Kunci kantor dipulihkan dari cadangan: {files}.",
                  "en": "Office keys restored from the backup: {files}."},
    "accounts": {"id": "Kata sandi akun seperti pada saat cadangan dibuat.",
                 "en": "Account passwords are those of the time of the backup."},
    "needs_recover": {
        "id": "Belum ada akun yang dapat masuk: jalankan `pekerja-desktop recover --admin NAMA` dengan kunci "
        "pemulihan.",
        "en": "No account can sign in yet: run `pekerja-desktop recover --admin NAME` with the recovery key.",
    },
    "check_ok": {"id": "Basis data baik (quick_check dalam {seconds} detik).",
                 "en": "The database is sound (quick_check in {seconds} s)."},
    "newest": {"id": "Cadangan terbaru: {created} ({reason}, {participants} peserta) {path}",
               "en": "Newest backup: {created} ({reason}, {participants} participants) {path}"},
    "unopenable": {"id": "basis data tidak dapat dibuka", "en": "the database cannot be opened"},
    "daily_due": {"id": "Cadangan hari ini belum dibuat.", "en": "No backup has been made today."},
}

REASONS = {
    "exit": {"id": "keluar aplikasi", "en": "on exit"},
    "daily": {"id": "harian", "en": "daily"},
    "manual": {"id": "manual", "en": "manual"},
    "pre-restore": {"id": "sebelum pemulihan", "en": "before a restore"},
    "pre-migration": {"id": "sebelum migrasi", "en": "before a migration"},
}
YES_WORDS = frozenset({"ya", "yes"})
HELP = {
    "backup.to": {"id": "folder tujuan (bawaan: backups di folder data)",
                  "en": "the destination folder (default: backups in the data folder)"},
    "backup.list": {"id": "daftar cadangan di folder itu", "en": "list the backups in that folder"},
    "restore.file": {"id": "berkas cadangan (*.sqlite)", "en": "the backup file (*.sqlite)"},
    "restore.yes": {"id": "tanpa pertanyaan konfirmasi", "en": "without asking for confirmation"},
    "restore.recovery_key": {
        "id": "dengan kunci pemulihan (juga ke folder data kosong di laptop baru); tanpa nilai: dari "
        "PEKERJA_RECOVERY_KEY atau diketik",
        "en": "with the recovery key (also into an empty data folder on a new laptop); without a value: from "
        "PEKERJA_RECOVERY_KEY or typed"},
}


class RestoreRefused(PekerjaError):
    catalogue = MESSAGES


def build_backup(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", default=None, metavar="DIR", help=render(HELP, "backup.to"))
    parser.add_argument("--list", action="store_true", help=render(HELP, "backup.list"))
    set_handler(parser, run_backup)


def build_restore(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help=render(HELP, "restore.file"))
    parser.add_argument("--yes", action="store_true", help=render(HELP, "restore.yes"))
    parser.add_argument("--recovery-key", nargs="?", const="", default=None, metavar="KEY",
                        help=render(HELP, "restore.recovery_key"))
    set_handler(parser, run_restore)


def build_check(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    set_handler(parser, run_check)


BUILDERS = {"backup": build_backup, "restore": build_restore, "check": build_check}


# --- formatting ------------------------------------------------------------------------------------

def count_text(value: int | None) -> str:
    return "?" if value is None else number_text(value)


def size_text(size: int) -> str:
    return decimal_text(size / 2**20) + " MiB"


def reason_text(reason: str) -> str:
    return render(REASONS, reason) if reason in REASONS else (reason or "-")


def info_params(info: BackupInfo) -> dict:
    return {"name": info.name, "path": str(info.path), "created": format_datetime_local(info.created_at),
            "participants": count_text(info.participants), "size": size_text(info.size),
            "reason": reason_text(info.reason), "office": info.office_code or "?"}


# --- backup ----------------------------------------------------------------------------------------

def run_backup(args) -> int:
    with context_from(args) as ctx:
        folder = Path(args.to) if args.to else ctx.layout.backups_dir
        if args.list:
            return _print_list(folder)
        info = make_backup(ctx, folder, "manual")
    print(render(MESSAGES, "made", info_params(info)), file=sys.stderr)
    print(info.path)
    return 0


def _print_list(folder: Path) -> int:
    found = list_backups(folder)
    if not found:
        print(render(MESSAGES, "none", {"folder": folder}), file=sys.stderr)
    for info in found:
        print(render(MESSAGES, "list_line", info_params(info)))
    return 0


# --- restore ---------------------------------------------------------------------------------------

def run_restore(args) -> int:
    backup, data_dir = Path(args.file), data_dir_of(args)
    if args.recovery_key is not None:
        recovery_key = _recovery_key(args.recovery_key)
        _confirm(args, preview_with_recovery_key(data_dir, backup, recovery_key))
        result = restore_with_recovery_key(data_dir, backup, recovery_key)
    else:
        result = _restore_signed_in(args, backup, data_dir)
    _print_result(result)
    return 0


def _restore_signed_in(args, backup: Path, data_dir: Path) -> RestoreResult:
    if not DataLayout(data_dir).database.exists():
        raise RestoreRefused("needs_recovery_key", path=str(data_dir))
    username = operator_name(args)
    password = read_password(username)
    ctx = open_for_restore(data_dir, username, password, via="cli")
    if ctx is None:  # the live database no longer opens: the role is read from the backup
        _confirm(args, preview_unopened(data_dir, username, password, backup))
        return restore_unopened(data_dir, username, password, backup)
    with ctx:
        _confirm(args, preview_restore(ctx, backup))
        return restore_backup(ctx, backup)


def _recovery_key(given: str) -> str:
    key = given or os.environ.get(RECOVERY_ENV, "")
    if key:
        return key
    if not sys.stdin.isatty():
        raise RestoreRefused("recovery_missing")
    return getpass.getpass(render(MESSAGES, "recovery_prompt"), stream=sys.stderr)


def _confirm(args, preview: RestorePreview) -> None:
    """The warning always; the question at a terminal unless --yes; no terminal and no --yes: refused."""
    params = info_params(preview.backup)
    current = "" if preview.current_participants is None else render(
        MESSAGES, "current", {"count": count_text(preview.current_participants)})
    if not args.yes and not sys.stdin.isatty():
        raise RestoreRefused("needs_yes", **params)
    print(render(MESSAGES, "warning", {**params, "current": current}), file=sys.stderr)
    if preview.bills_kept:
        print(render(MESSAGES, "bills_kept_before", {"months": _months(preview.bills_kept)}), file=sys.stderr)
    if args.yes:
        return
    answer = input(render(MESSAGES, "question"))
    if answer.strip().lower() not in YES_WORDS:
        raise OperationCancelled()


def _months(months) -> str:
    return ", ".join(month.strftime("%m/%Y") for month in months)


def _print_result(result: RestoreResult) -> None:
    print(render(MESSAGES, "restored", info_params(result.backup)))
    if result.safety_copy is not None:
        print(render(MESSAGES, "safety", {"path": result.safety_copy}))
    if result.migrated_from:
        print(render(MESSAGES, "migrated", {"revision": result.migrated_from}))
    if result.bills_kept:
        print(render(MESSAGES, "bills_kept", {"months": _months(result.bills_kept)}))
    if result.key_files:
        print(render(MESSAGES, "key_files", {"files": ", ".join(result.key_files)}))
    if result.accounts_from_backup:
        print(render(MESSAGES, "accounts"))
    if result.needs_recover:
        print(render(MESSAGES, "needs_recover"))


# --- check -----------------------------------------------------------------------------------------

def run_check(args) -> int:
    username, data_dir = operator_name(args), data_dir_of(args)
    password = read_password(username)
    ctx = open_for_restore(data_dir, username, password, via="cli")
    if ctx is None:
        good = good_backup_unopened(data_dir, username, password)
        _fail_with_advice(render(MESSAGES, "unopenable"), good, DataLayout(data_dir))
    with ctx:
        result = quick_check_database(ctx)
        if not result.ok:
            _fail_with_advice(result.first_problem, good_backup_for(ctx), ctx.layout)
        found = list_backups(ctx.layout.backups_dir)
        due = backup_due(ctx)
    _print_check(result.seconds, found, due, ctx.layout)
    return 0


def _print_check(seconds: float, found: list[BackupInfo], due: bool, layout: DataLayout) -> None:
    shown = f"{seconds:.1f}"
    print(render(MESSAGES, "check_ok", {"seconds": shown.replace(".", ",") if current_language() == "id" else shown}))
    if found:
        print(render(MESSAGES, "newest", info_params(found[0])))
    else:
        print(render(MESSAGES, "none", {"folder": layout.backups_dir}))
    if due:
        print(render(MESSAGES, "daily_due"))


def _fail_with_advice(problem: str, good: BackupInfo | None, layout: DataLayout) -> None:
    if good is None:
        raise BackupError("check.failed_no_backup", problem=problem, folder=str(layout.backups_dir))
    raise BackupError("check.failed", problem=problem, **info_params(good))
