"""`pekerja-desktop database show|set-url URL`: where this office's database is, and (hub on a server, admin)
pointing the data folder at the server again after it moved or its password changed."""

from __future__ import annotations

import argparse

from pekerja_desktop.cli.common import data_dir_of, operator_name, read_password
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.setup.database_move import change_server_url, describe_location

MESSAGES = {
    "file": {"id": "Basis data: berkas terenkripsi {where}", "en": "Database: encrypted file {where}"},
    "server": {"id": "Basis data: server PostgreSQL {where}", "en": "Database: PostgreSQL server {where}"},
    "changed": {"id": "Alamat basis data diubah: {where}", "en": "Database address changed: {where}"},
}


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("database", parents=[parent], help="letak basis data kantor ini (berkas/server)")
    actions = parser.add_subparsers(dest="database_action", required=True)
    actions.add_parser("show", parents=[parent], help="tampilkan letak basis data (tanpa kata sandi)")
    set_url = actions.add_parser("set-url", parents=[parent],
                                 help="(hub di server, admin) alamat server baru, mis. setelah server pindah")
    set_url.add_argument("url", metavar="URL", help="postgresql://pengguna:sandi@server:5432/basisdata")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    layout = DataLayout(data_dir_of(args))
    if args.database_action == "show":
        location = describe_location(layout)
        print(render(MESSAGES, "server" if location.on_server else "file", {"where": location.where}))
        return 0
    username = operator_name(args)
    location = change_server_url(layout, username, read_password(username), args.url)
    print(render(MESSAGES, "changed", {"where": location.where}))
    return 0
