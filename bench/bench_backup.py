"""Backup, restore and the start-up check at N participants.

    python bench/bench_backup.py --n 200000

`backup`: `make_backup` into a folder (copy through the online backup API, `PRAGMA quick_check` of the copy,
SHA-256, manifest). `restore`: `restore_backup` of that backup (checksum and `PRAGMA integrity_check` of the
backup, safety copy of the live database, staging copy, renumbering, switch through the backup API).
`quick_check`: `PRAGMA quick_check` of the live database, as run in the background after sign-in.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import _common
from pekerja_desktop.services.backup.check import check_backup, quick_check_database
from pekerja_desktop.services.backup.make import make_backup
from pekerja_desktop.services.backup.restore import restore_backup

CHECK_RUNS = 3


def main(argv: list[str] | None = None) -> int:
    args = _common.parser(__doc__.splitlines()[0], 200_000).parse_args(argv)
    with _common.data_dir(args.data_dir) as root, tempfile.TemporaryDirectory(prefix="pekerja-usb-") as usb:
        with _common.context(root) as ctx:
            _common.fill(ctx, args.n, args.seed)
            checks = [quick_check_database(ctx).seconds for _ in range(CHECK_RUNS)]
            backup_s, info = _common.timed(lambda: make_backup(ctx, Path(usb)))
            integrity_s, _ = _common.timed(lambda: check_backup(info.path, ctx.db.key))
            restore_s, result = _common.timed(lambda: restore_backup(ctx, info.path))
        if result.safety_copy is not None:  # a benchmark should not leave a second copy in the data folder
            for path in result.safety_copy.parent.glob(result.safety_copy.name.removesuffix(".sqlite") + ".*"):
                path.unlink()
    _common.report("backup", backup_s, "s")
    _common.report("restore", restore_s, "s")
    _common.report("quick_check", _common.median(checks) * 1000, "ms")
    _common.report("backup_integrity_check", integrity_s, "s")
    _common.report("backup_size", info.size / 2**20, "MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
