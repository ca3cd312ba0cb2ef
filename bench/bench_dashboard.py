"""Dashboard refresh at N participants, at the central office (the full dashboard).

    python bench/bench_dashboard.py --n 500000 --runs 7

A hub is set up and filled with N demo participants through the bulk path; they are then spread over the
eleven kabupaten/kota offices (by the regency of their village), given the hub's verdict (accepted, one in
two hundred rejected) and each office a few received bundles, as after months of imports. Reported:
`dashboard_refresh` = the median of `--runs` calls of `services.dashboard.load_dashboard` after one warm-up
call (each call opens its own unit of work, as the page does), and the first (cold) call.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import uuid
from pathlib import Path

import _common
from pekerja_desktop.services.dashboard.figures import load_dashboard
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office

HUB = OfficeSetup(office_code="MALUKU", office_name="Disnakertrans Provinsi Maluku", region_code="81.71", role="hub")
REGENCIES = ("01", "02", "03", "04", "05", "06", "07", "08", "09", "71", "72")
REJECTED_EVERY = 200
BUNDLES_PER_OFFICE = 12


def office_code(regency: str) -> str:
    return f"81{regency}A"


def spread_over_offices(ctx) -> None:
    """Offices registered at the hub, participants moved to the office of their regency, verdicts, bundles."""
    connection = ctx.db.raw_connection()
    try:
        connection.execute("BEGIN IMMEDIATE")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        for index, regency in enumerate(REGENCIES):
            code = office_code(regency)
            connection.execute("INSERT OR IGNORE INTO office (code, name, region_code, role, public_key, is_self, "
                               "created_at) VALUES (?, ?, ?, 'field', ?, 0, ?)",
                               (code, f"Disnaker {code}", f"81.{regency}", "00" * 32, now))
            connection.execute("INSERT OR IGNORE INTO sync_peer (office_code, role, age_recipient, registered_at, "
                               "registered_by, sequence_out, sequence_in, confirmed_sequence) "
                               "VALUES (?, 'field', 'age1bench', ?, 'bench', 0, ?, 0)", (code, now, BUNDLES_PER_OFFICE))
            _bundles(connection, code, now - dt.timedelta(days=index * 3))
        connection.execute("UPDATE participant SET office_code = '81' || substr(village_code, 4, 2) || 'A'")
        connection.execute(
            "INSERT OR IGNORE INTO sync_hub_record (uuid, kind, office_code, registration_number, version, "
            "content_hash, status, reason, detail, invalid_reason, invalid_detail, review_reason, conflict, "
            "state_serial, updated_at) SELECT uuid, 'participant', office_code, registration_number, version, 'h', "
            f"CASE WHEN id % {REJECTED_EVERY} = 0 THEN 'rejected' ELSE 'accepted' END, "
            f"CASE WHEN id % {REJECTED_EVERY} = 0 THEN 'review' ELSE '' END, '', '', '', "
            f"CASE WHEN id % {REJECTED_EVERY} = 0 THEN 'bench' ELSE '' END, 0, id, ? FROM participant", (now,))
        connection.execute("COMMIT")
    finally:
        connection.close()


def _bundles(connection, code: str, last: dt.datetime) -> None:
    for sequence in range(1, BUNDLES_PER_OFFICE + 1):
        moment = last - dt.timedelta(days=7 * (BUNDLES_PER_OFFICE - sequence))
        connection.execute(
            "INSERT OR IGNORE INTO sync_bundle (direction, kind, bundle_id, sender_code, receiver_code, epoch, "
            "sequence, bundle_hash, created_at, recorded_at, record_count, mode, status, file_name, state_serial, "
            "summary) VALUES ('in', 'data', ?, ?, 'MALUKU', 'e', ?, ?, ?, ?, 0, 'changed', 'applied', '', 0, '{}')",
            (uuid.uuid4().hex, code, sequence, uuid.uuid4().hex * 2, moment, moment))


def prepare(root: Path, n: int, seed: int) -> None:
    if not (root / "pekerja.sqlite").exists():
        setup_office(root, HUB, _common.ADMIN)
    with _common.context(root) as ctx:
        if _common.fill(ctx, n, seed):
            _common.note("spreading over offices…")
            spread_over_offices(ctx)


def measure(root: Path, runs: int) -> tuple[float, list[float]]:
    with _common.context(root) as ctx:
        cold, _ = _common.timed(lambda: load_dashboard(ctx))
        warm = [_common.timed(lambda: load_dashboard(ctx))[0] for _ in range(runs)]
    return cold, warm


def main(argv: list[str] | None = None) -> int:
    parser = _common.parser(__doc__.splitlines()[0], 500_000)
    parser.add_argument("--runs", type=int, default=7, help="timed refreshes (default 7)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pekerja-bench-") as temp:
        root = args.data_dir or Path(temp) / "hub"
        prepare(root, args.n, args.seed)
        cold, warm = measure(root, args.runs)
    _common.report("dashboard_refresh", _common.median(warm) * 1000, "ms")
    _common.report("dashboard_refresh_max", max(warm) * 1000, "ms")
    _common.report("dashboard_refresh_cold", cold * 1000, "ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
