"""`pekerja-desktop secure`: encrypt a data folder made by release 0.1.0 and create its first admin."""

from __future__ import annotations

import argparse

from pekerja_desktop.cli.common import add_first_admin_options, data_dir_of, first_admin
from pekerja_desktop.cli.setup import MESSAGES as SETUP_MESSAGES
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.setup.secure import secure_legacy_database

MESSAGES = {
    "done": {
        "id": "Basis data kantor {office_code} di {database} sekarang terenkripsi.\nAdmin pertama: {admin}",
        "en": "The database of office {office_code} in {database} is now encrypted.\nFirst admin: {admin}",
    },
    "removed": {
        "id": "{count} salinan tanpa enkripsi di {backups} sudah dihapus.",
        "en": "{count} unencrypted copies in {backups} were deleted.",
    },
    "older_copies": {
        "id": "PERHATIAN: cadangan lama yang disimpan di tempat lain (mis. flashdisk/USB atau laptop lain) masih "
        "TIDAK terenkripsi. Hapus semuanya; buat cadangan baru dari aplikasi.",
        "en": "WARNING: older backups kept elsewhere (e.g. on USB sticks or another laptop) are still NOT "
        "encrypted. Delete them all; make new backups from the application.",
    },
}


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("secure", parents=[parent],
                                   help="enkripsi data dari versi 0.1.0 dan buat admin pertama")
    add_first_admin_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    admin = first_admin(args)
    result = secure_legacy_database(data_dir_of(args), admin)
    print(render(MESSAGES, "done", {**result.__dict__, "database": str(result.database)}))
    if result.removed_copies:
        print(render(MESSAGES, "removed", {"count": result.removed_copies,
                                           "backups": str(result.database.parent / "backups")}))
    print(render(MESSAGES, "older_copies"))
    print(render(SETUP_MESSAGES, "recovery", {"recovery_key": result.recovery_key}))
    return 0
