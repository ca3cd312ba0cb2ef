"""Verifying a long audit chain: `audit verify` at an office whose trail holds N events.

    python bench/bench_audit.py --n 1000000

The office's trail is filled with N realistic events (logins, enrolments, edits, prints, exports), each
hashed and linked as `services.audit.record` does, written in bulk; the office is then signed into again
(the login anchor moves to the head). Reported: `audit_verify` = the median of `--runs` walks of the whole
chain against its anchors (`services.audit_verify.check_office_chain`, one read transaction each, as
`audit verify` does), and the rate per event.
"""

from __future__ import annotations

import datetime as dt

import _common
from pekerja_desktop.services.audit.anchor import read_anchors
from pekerja_desktop.services.audit.verify import check_office_chain
from pekerja_desktop.store import audit_chain as audit

ACTIONS = ("login", "participant.create", "participant.edit", "participant.edit", "card.print", "export")
CHUNK = 50_000
INSERT = ("INSERT INTO audit_event (seq, at, actor, action, subject, detail, prev_hash, hash) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


def _event(seq: int, start: dt.datetime) -> tuple[str, str, str, str, str]:
    """(stored at, actor, action, subject, detail) of synthetic event `seq`."""
    at = start + dt.timedelta(seconds=seq * 7, microseconds=seq % 997)
    action = ACTIONS[seq % len(ACTIONS)]
    subject = f"8171A-26-{seq % 999_999 + 1:06d}-{seq % 10}"
    detail = audit.canonical_detail({"status": "active", "source": "form"} if action.startswith("participant")
                                    else {"via": "gui"})
    return at.strftime("%Y-%m-%d %H:%M:%S.%f"), f"petugas{seq % 7}", action, subject, detail


def fill_trail(ctx, n: int) -> int:
    """Append events after the current head until the trail holds at least `n`; returns how many."""
    with ctx.db.session() as session:
        head = audit.chain_head(session)
    previous = head.hash
    connection = ctx.db.raw_connection()
    start = dt.datetime(2026, 1, 2, 0, 0, 0)
    try:
        for first in range(head.seq + 1, n + 1, CHUNK):
            rows = []
            for seq in range(first, min(first + CHUNK, n + 1)):
                stored_at, actor, action, subject, detail = _event(seq, start)
                hash_ = audit.link_hash(previous, seq, audit.stored_utc_text(stored_at), actor, action, subject,
                                        detail)
                rows.append((seq, stored_at, actor, action, subject, detail, previous, hash_))
                previous = hash_
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany(INSERT, rows)
            connection.execute("COMMIT")
    finally:
        connection.close()
    return max(n - head.seq, 0)


def verify_once(ctx) -> tuple[float, int]:
    anchors = read_anchors(ctx.layout)
    with ctx.db.session() as session:
        seconds, report = _common.timed(lambda: check_office_chain(session, anchors))
    if not report.ok:
        raise SystemExit(f"the chain does not verify: {report.broken}")
    return seconds, report.events


def main() -> None:
    args = _common.parser(__doc__.splitlines()[0], 1_000_000)
    args.add_argument("--runs", type=int, default=3, help="walks of the whole chain (default 3)")
    options = args.parse_args()
    with _common.data_dir(options.data_dir) as root:
        with _common.context(root) as ctx:
            _common.note(f"filling the audit trail to {options.n:,} events…")
            fill_seconds, added = _common.timed(lambda: fill_trail(ctx, options.n))
        if added:
            _common.report("audit_fill_rate", added / fill_seconds, "events/s")
        with _common.context(root) as ctx:  # signing in moves the login anchor to the head
            runs = [verify_once(ctx) for _ in range(options.runs)]
        seconds = _common.median([run[0] for run in runs])
        events = runs[0][1]
        _common.report("audit_events", events, "events")
        _common.report("audit_verify", seconds * 1000, "ms")
        _common.report("audit_verify_rate", events / seconds, "events/s")


if __name__ == "__main__":
    main()
