"""`pekerja-desktop account …` (admin), `password` (one's own) and `recover` (with the recovery key)."""

from __future__ import annotations

import argparse
import os

from pekerja_desktop.cli.common import context_from, data_dir_of, database_url_of, read_password, set_handler
from pekerja_desktop.cli.output import print_json, print_table, yes_no
from pekerja_desktop.domain.dates import format_datetime_local
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.domain.roles import ROLE_LABELS, Role
from pekerja_desktop.services.accounts import manage
from pekerja_desktop.services.accounts.recover_access import recover_access

NEW_PASSWORD_ENV = "PEKERJA_NEW_PASSWORD"
MESSAGES = {
    "added": {"id": "Akun {username} ({role}) dibuat.", "en": "Account {username} ({role}) created."},
    "changed": {"id": "Akun {username} diperbarui.", "en": "Account {username} updated."},
    "password": {"id": "Kata sandi {username} diganti.", "en": "Password of {username} changed."},
    "recovered": {"id": "Akses dipulihkan: admin {username} dapat masuk dengan kata sandi baru.",
                  "en": "Access recovered: admin {username} can sign in with the new password."},
}
HEADERS = {"id": ("Akun", "Nama", "Peran", "Aktif", "Terkunci sampai", "Sandi diganti"),
           "en": ("Account", "Name", "Role", "Active", "Locked until", "Password changed")}
ROLES = tuple(role.value for role in Role)
HELP = {
    "list": {"id": "daftar akun", "en": "list the accounts"},
    "add": {"id": "buat akun (kata sandi: PEKERJA_NEW_PASSWORD atau diketik)",
            "en": "create an account (password: PEKERJA_NEW_PASSWORD or typed)"},
    "role": {"id": "ubah peran", "en": "change the role"},
    "deactivate": {"id": "nonaktifkan akun", "en": "deactivate the account"},
    "unlock": {"id": "buka kunci setelah gagal masuk", "en": "unlock it after failed sign-ins"},
    "reset-password": {"id": "kata sandi sementara (wajib diganti saat masuk)",
                       "en": "a temporary password (to be changed at sign-in)"},
    "recovery_key": {"id": "kunci pemulihan (bawaan: PEKERJA_RECOVERY_KEY)",
                     "en": "the recovery key (default: PEKERJA_RECOVERY_KEY)"},
    "admin": {"id": "akun admin yang diberi kata sandi baru (PEKERJA_NEW_PASSWORD atau diketik)",
              "en": "the admin account given a new password (PEKERJA_NEW_PASSWORD or typed)"},
}


def build_account(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="account_action", metavar="list|add|role|deactivate|unlock|reset-password",
                                    required=True)
    listing = actions.add_parser("list", parents=[parent], help=render(HELP, "list"))
    listing.add_argument("--format", choices=("table", "json"), default="table")
    add = actions.add_parser("add", parents=[parent], help=render(HELP, "add"))
    add.add_argument("username", metavar="NAME")
    add.add_argument("--role", choices=ROLES, default=Role.PETUGAS.value)
    add.add_argument("--name", default="", metavar="FULL_NAME")
    role = actions.add_parser("role", parents=[parent], help=render(HELP, "role"))
    role.add_argument("username", metavar="NAME")
    role.add_argument("role", choices=ROLES)
    for name in ("deactivate", "unlock", "reset-password"):
        sub = actions.add_parser(name, parents=[parent], help=render(HELP, name))
        sub.add_argument("username", metavar="NAME")
    set_handler(parser, run_account)


def build_password(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    set_handler(parser, run_password)


def build_recover(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--recovery-key", metavar="KEY", default=None, help=render(HELP, "recovery_key"))
    parser.add_argument("--admin", required=True, metavar="NAME", help=render(HELP, "admin"))
    set_handler(parser, run_recover)


BUILDERS = {"account": build_account, "password": build_password, "recover": build_recover}


def _new_password(username: str) -> str:
    return read_password(username, new=True, env=NEW_PASSWORD_ENV)


def run_account(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        action = args.account_action
        if action == "list":
            return _print_accounts(manage.list_accounts(ctx), args.format)
        username = manage.normalise_username(args.username)
        if action == "add":
            manage.create_account(ctx, manage.NewAccount(username, _new_password(username), args.role, args.name))
            print(render(MESSAGES, "added", {"username": username, "role": render(ROLE_LABELS, args.role)}))
            return 0
        if action == "role":
            manage.set_role(ctx, username, args.role)
        elif action == "deactivate":
            manage.set_active(ctx, username, False)
        elif action == "unlock":
            manage.unlock_account(ctx, username)
        elif action == "reset-password":
            manage.reset_password(ctx, username, _new_password(username))
        print(render(MESSAGES, "changed", {"username": username}))
    return 0


def _print_accounts(rows, output: str) -> int:
    if output == "json":
        print_json([{**row.__dict__, "locked_until": row.locked_until.isoformat() if row.locked_until else None,
                     "created_at": row.created_at.isoformat(),
                     "password_changed_at": row.password_changed_at.isoformat()} for row in rows])
        return 0
    records = [{"username": row.username, "display_name": row.display_name, "role": render(ROLE_LABELS, row.role),
                "active": yes_no(row.active),
                "locked": format_datetime_local(row.locked_until) if row.locked_until else "",
                "changed": format_datetime_local(row.password_changed_at)} for row in rows]
    print_table(records, ("username", "display_name", "role", "active", "locked", "changed"),
                HEADERS[current_language()])
    return 0


def run_password(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        old = read_password(ctx.actor)
        manage.change_own_password(ctx, old, _new_password(ctx.actor))
        print(render(MESSAGES, "password", {"username": ctx.actor}))
    return 0


def run_recover(args: argparse.Namespace) -> int:
    key = args.recovery_key or os.environ.get("PEKERJA_RECOVERY_KEY", "")
    username = manage.normalise_username(args.admin)
    done = recover_access(data_dir_of(args), key, username, _new_password(username), database_url_of(args))
    print(render(MESSAGES, "recovered", {"username": done}))
    return 0

