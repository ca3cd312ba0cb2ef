"""`pekerja-desktop setup`: create the office in its data directory."""

from __future__ import annotations

import argparse

from pekerja_desktop.cli.common import add_first_admin_options, data_dir_of, database_url_of, first_admin
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.store.server import redact

MESSAGES = {
    "done": {
        "id": "Kantor {office_code} – {office_name} ({region_name}, peran {role}) disiapkan di {data_dir}.\n"
        "Sidik jari kunci kantor: {fingerprint}\nAdmin pertama: {admin}",
        "en": "Office {office_code} – {office_name} ({region_name}, role {role}) set up in {data_dir}.\n"
        "Office key fingerprint: {fingerprint}\nFirst admin: {admin}",
    },
    "server": {
        "id": "Basis data: {url} (diingat di database.json; kata sandinya tersegel dengan kunci kantor).",
        "en": "Database: {url} (remembered in database.json; its password sealed with the office key).",
    },
    "recovery": {
        "id": "KUNCI PEMULIHAN (hanya ditampilkan sekali — cetak dan simpan di kantor provinsi):\n{recovery_key}",
        "en": "RECOVERY KEY (shown only once — print it and keep it at the provincial office):\n{recovery_key}",
    },
}


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("setup", parents=[parent], help="siapkan kantor (sekali saja)")
    parser.add_argument("--office-code", required=True, metavar="CODE")
    parser.add_argument("--office-name", required=True, metavar="NAME")
    parser.add_argument("--region", required=True, metavar="CODE", help="kode Kemendagri kabupaten/kota, mis. 81.71")
    parser.add_argument("--role", required=True, choices=("field", "hub"))
    add_first_admin_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    admin = first_admin(args)
    result = setup_office(data_dir_of(args), OfficeSetup(args.office_code, args.office_name, args.region, args.role),
                          admin, database_url=database_url_of(args))
    print(render(MESSAGES, "done", {**result.__dict__, "data_dir": str(result.data_dir)}))
    if database_url_of(args):
        print(render(MESSAGES, "server", {"url": redact(database_url_of(args))}))
    print(render(MESSAGES, "recovery", {"recovery_key": result.recovery_key}))
    return 0
