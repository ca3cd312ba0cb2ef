"""Database size per participant at N participants (heirs, history and the name index included).

    python bench/bench_size.py --n 200000

Checkpoints the WAL and VACUUMs first, through the office's own encrypted connection (SQLCipher, the same key
and settings), so the number is the size of the database file at rest.
"""

from __future__ import annotations

import sys

from sqlalchemy import func, select

import _common
from pekerja_desktop.store.models import Heir


def compact(ctx) -> int:
    """Checkpoint and VACUUM through a connection with the database's key; the file's size afterwards."""
    connection = ctx.db.raw_connection()
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return ctx.db.path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    args = _common.parser(__doc__.splitlines()[0], 200_000).parse_args(argv)
    with _common.data_dir(args.data_dir) as root, _common.context(root) as ctx:
        _common.fill(ctx, args.n, args.seed)
        participants = _common.participant_count(ctx)
        with ctx.db.session() as session:
            heirs = session.scalar(select(func.count()).select_from(Heir)) or 0
        ctx.db.engine.dispose()  # no pooled connection holds the WAL open while VACUUM rewrites the file
        size = compact(ctx)
    _common.report("db_bytes_per_participant", size / participants, "bytes")
    _common.report("db_size", size / 2**20, "MiB")
    _common.report("heirs_per_participant", heirs / participants, "heirs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
