"""`pekerja-desktop setup`: create the office in its data directory."""

from __future__ import annotations

import argparse

from pekerja_desktop.cli.common import data_dir_of
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.setup import OfficeSetup, setup_office

MESSAGES = {
    "done": {
        "id": "Kantor {office_code} – {office_name} ({region_name}, peran {role}) disiapkan di {data_dir}.\n"
        "Sidik jari kunci kantor: {fingerprint}",
        "en": "Office {office_code} – {office_name} ({region_name}, role {role}) set up in {data_dir}.\n"
        "Office key fingerprint: {fingerprint}",
    },
}


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("setup", parents=[parent], help="siapkan kantor (sekali saja)")
    parser.add_argument("--office-code", required=True, metavar="CODE")
    parser.add_argument("--office-name", required=True, metavar="NAME")
    parser.add_argument("--region", required=True, metavar="CODE", help="kode Kemendagri kabupaten/kota, mis. 81.71")
    parser.add_argument("--role", required=True, choices=("field", "hub"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    result = setup_office(data_dir_of(args), OfficeSetup(args.office_code, args.office_name, args.region, args.role))
    print(render(MESSAGES, "done", {**result.__dict__, "data_dir": str(result.data_dir)}))
    return 0
