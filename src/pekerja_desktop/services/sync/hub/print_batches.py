"""(hub) The offices' card print log: each batch stored once (by its uuid), its outcome spooled for the ack."""

from __future__ import annotations

import datetime as dt

from pekerja_desktop.services.sync.bundle.incoming import CheckedLine
from pekerja_desktop.services.sync.bundle.reference_lines import outcome_line
from pekerja_desktop.services.sync.hub.apply import (
    ACCEPTED,
    CONFLICT,
    NEW,
    REFUSED,
    classify,
    hub_outcome,
    hub_rows,
    store_hub_rows,
)
from pekerja_desktop.services.sync.hub.import_pass import ImportPass
from pekerja_desktop.store.bulk import insert_rows
from pekerja_desktop.store.models import table_of
from pekerja_desktop.store.sync_models import SyncPrintLog


def apply_print_batches(run: ImportPass, lines: list[CheckedLine]) -> None:
    existing = hub_rows(run.session, [line.record["uuid"] for line in lines])
    fresh = []
    for line in lines:
        row = existing.get(line.record["uuid"])
        kind = classify(line, row, run.office_code)
        if kind == REFUSED:
            run.reject(line, REFUSED, "uuid_other_office", row.office_code if row else "")
        elif kind == CONFLICT:
            run.reject(line, CONFLICT, "conflict", "")
        elif kind == NEW:
            run.count(NEW)
            fresh.append(line)
        elif row is not None:  # the same batch again
            run.count(kind)
            run.spool.add(hub_outcome(row))
    _store(run, fresh)


def _store(run: ImportPass, fresh: list[CheckedLine]) -> None:
    insert_rows(run.session.connection(), table_of(SyncPrintLog), [
        {"batch_uuid": r["uuid"], "office_code": run.office_code, "printed_at": _printed_at(r),
         "printed_by": r["printed_by"], "layout": r["layout"], "participant_uuid": item.get("participant_uuid", ""),
         "registration_number": item.get("registration_number", ""), "card_version": item.get("card_version", 0),
         "reason": item.get("reason", "")} for r in (line.record for line in fresh) for item in r.get("items", [])])
    rows = []
    for line in fresh:
        serial = run.serial_for(None, ACCEPTED)
        rows.append({"uuid": line.record["uuid"], "kind": "print_batch", "office_code": run.office_code,
                     "registration_number": "", "version": 1, "content_hash": line.digest, "status": ACCEPTED[0],
                     "reason": "", "detail": "", "duplicate_of": None, "invalid_reason": "", "invalid_detail": "",
                     "review_reason": "", "conflict": False, "state_serial": serial, "updated_at": run.now})
        run.spool.add(outcome_line("print_batch", line.record["uuid"], 1, ACCEPTED[0]))
    store_hub_rows(run.session, rows, [])


def _printed_at(record: dict) -> dt.datetime:
    stamp = dt.datetime.fromisoformat(record["printed_at"])
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)
