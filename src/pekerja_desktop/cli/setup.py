"""Setting an office up: `setup` (create the office in its data directory), `secure` (encrypt a data folder made by
release 0.1.0 and create its first admin) and `database show|set-url URL` (where this office's database is, and —
hub on a server, admin — pointing the data folder at the server again after it moved or its password changed)."""

from __future__ import annotations

import argparse

from pekerja_desktop.cli.common import data_dir_of, database_url_of, operator_name, read_password, set_handler
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.manage import NewAccount, normalise_username
from pekerja_desktop.services.setup.database_move import change_server_url, describe_location
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.services.setup.secure import secure_legacy_database
from pekerja_desktop.store.server import redact

MESSAGES = {
    "setup.done": {
        "id": "Kantor {office_code} – {office_name} ({region_name}, peran {role}) disiapkan di {data_dir}.\n"
        "Sidik jari kunci kantor: {fingerprint}\nAdmin pertama: {admin}",
        "en": "Office {office_code} – {office_name} ({region_name}, role {role}) set up in {data_dir}.\n"
        "Office key fingerprint: {fingerprint}\nFirst admin: {admin}",
    },
    "setup.server": {
        "id": "Basis data: {url} (diingat di database.json; kata sandinya tersegel dengan kunci kantor).",
        "en": "Database: {url} (remembered in database.json; its password sealed with the office key).",
    },
    "recovery": {
        "id": "KUNCI PEMULIHAN (hanya ditampilkan sekali — cetak dan simpan di kantor provinsi):\n{recovery_key}",
        "en": "RECOVERY KEY (shown only once — print it and keep it at the provincial office):\n{recovery_key}",
    },
    "secure.done": {
        "id": "Basis data kantor {office_code} di {database} sekarang terenkripsi.\nAdmin pertama: {admin}",
        "en": "The database of office {office_code} in {database} is now encrypted.\nFirst admin: {admin}",
    },
    "secure.removed": {
        "id": "{count} salinan tanpa enkripsi di {backups} sudah dihapus.",
        "en": "{count} unencrypted copies in {backups} were deleted.",
    },
    "secure.older_copies": {
        "id": "PERHATIAN: cadangan lama yang disimpan di tempat lain (mis. flashdisk/USB atau laptop lain) masih "
        "TIDAK terenkripsi. Hapus semuanya; buat cadangan baru dari aplikasi.",
        "en": "WARNING: older backups kept elsewhere (e.g. on USB sticks or another laptop) are still NOT "
        "encrypted. Delete them all; make new backups from the application.",
    },
    "database.file": {"id": "Basis data: berkas terenkripsi {where}", "en": "Database: encrypted file {where}"},
    "database.server": {"id": "Basis data: server PostgreSQL {where}", "en": "Database: PostgreSQL server {where}"},
    "database.changed": {"id": "Alamat basis data diubah: {where}", "en": "Database address changed: {where}"},
}
HELP = {
    "region": {"id": "kode Kemendagri kabupaten/kota, mis. 81.71",
               "en": "the Kemendagri code of the kabupaten/kota, e.g. 81.71"},
    "admin": {"id": "akun admin pertama (kata sandi dari PEKERJA_PASSWORD atau diketik dua kali)",
              "en": "the first admin's account (the password from PEKERJA_PASSWORD or typed twice)"},
    "admin_name": {"id": "nama lengkap admin", "en": "the admin's full name"},
    "database.show": {"id": "tampilkan letak basis data (tanpa kata sandi)",
                      "en": "show where the database is (without its password)"},
    "database.set_url": {"id": "(hub di server, admin) alamat server baru, mis. setelah server pindah",
                         "en": "(hub on a server, admin) the server's new address, e.g. after it moved"},
    "database.url": {"id": "postgresql://pengguna:sandi@server:5432/basisdata",
                     "en": "postgresql://user:password@server:5432/database"},
}


def build_setup(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--office-code", required=True, metavar="CODE")
    parser.add_argument("--office-name", required=True, metavar="NAME")
    parser.add_argument("--region", required=True, metavar="CODE", help=render(HELP, "region"))
    parser.add_argument("--role", required=True, choices=("field", "hub"))
    _add_first_admin_options(parser)
    set_handler(parser, run_setup)


def build_secure(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    _add_first_admin_options(parser)
    set_handler(parser, run_secure)


def build_database(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="database_action", metavar="show|set-url", required=True)
    actions.add_parser("show", parents=[parent], help=render(HELP, "database.show"))
    set_url = actions.add_parser("set-url", parents=[parent], help=render(HELP, "database.set_url"))
    set_url.add_argument("url", metavar="URL", help=render(HELP, "database.url"))
    set_handler(parser, run_database)


BUILDERS = {"setup": build_setup, "secure": build_secure, "database": build_database}


def _add_first_admin_options(parser: argparse.ArgumentParser) -> None:
    """`setup` and `secure` both create the first admin."""
    parser.add_argument("--admin", required=True, metavar="NAME", help=render(HELP, "admin"))
    parser.add_argument("--admin-name", default="", metavar="FULL_NAME", help=render(HELP, "admin_name"))


def _first_admin(args: argparse.Namespace) -> NewAccount:
    username = normalise_username(args.admin)
    return NewAccount(username, read_password(username, new=True), "admin", args.admin_name)


def run_setup(args: argparse.Namespace) -> int:
    admin = _first_admin(args)
    result = setup_office(data_dir_of(args), OfficeSetup(args.office_code, args.office_name, args.region, args.role),
                          admin, database_url=database_url_of(args))
    print(render(MESSAGES, "setup.done", {**result.__dict__, "data_dir": str(result.data_dir)}))
    if database_url_of(args):
        print(render(MESSAGES, "setup.server", {"url": redact(database_url_of(args))}))
    print(render(MESSAGES, "recovery", {"recovery_key": result.recovery_key}))
    return 0


def run_secure(args: argparse.Namespace) -> int:
    admin = _first_admin(args)
    result = secure_legacy_database(data_dir_of(args), admin)
    print(render(MESSAGES, "secure.done", {**result.__dict__, "database": str(result.database)}))
    if result.removed_copies:
        print(render(MESSAGES, "secure.removed", {"count": result.removed_copies,
                                                  "backups": str(result.database.parent / "backups")}))
    print(render(MESSAGES, "secure.older_copies"))
    print(render(MESSAGES, "recovery", {"recovery_key": result.recovery_key}))
    return 0


def run_database(args: argparse.Namespace) -> int:
    layout = DataLayout(data_dir_of(args))
    if args.database_action == "show":
        location = describe_location(layout)
        print(render(MESSAGES, "database.server" if location.on_server else "database.file",
                     {"where": location.where}))
        return 0
    username = operator_name(args)
    location = change_server_url(layout, username, read_password(username), args.url)
    print(render(MESSAGES, "database.changed", {"where": location.where}))
    return 0
