"""(hub) What one import of a data bundle carries from chunk to chunk: the counts, the ack's spool of outcomes, the
state serials handed out, and the few records whose verdict waits for the end (their NIK is shared)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

from sqlmodel import Session

from pekerja_desktop.domain.validation import ReferenceSets
from pekerja_desktop.services.sync.bundle.incoming import CheckedLine
from pekerja_desktop.services.sync.bundle.reference_lines import outcome_line
from pekerja_desktop.services.sync.hub.ack import OutcomeSpool
from pekerja_desktop.store.sync_models import Verdict

CLASSES = ("new", "newer", "same", "older", "conflict", "refused", "rejected")
MAX_LISTED = 1000  # rejected records named in the import result (all of them are in the ack)


class _Held(Protocol):
    @property
    def state_serial(self) -> int: ...

    @property
    def verdict(self) -> tuple: ...


@dataclass
class ImportPass:
    session: Session
    office_code: str
    bundle_hash: str
    ref: ReferenceSets  # every code the lists ever held (services/reference/data.load_known_reference_sets)
    today: dt.date
    serial: int  # the last state serial handed out
    spool: OutcomeSpool = field(default_factory=OutcomeSpool)
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CLASSES, 0))
    rejected: list[dict] = field(default_factory=list)  # the first MAX_LISTED, for the hub's clerk
    groups: set[str] = field(default_factory=set)  # NIKs whose records are settled at the end
    moved: set[str] = field(default_factory=set)  # records that left a NIK's group (their open pairs go)
    late: set[str] = field(default_factory=set)  # records whose outcome is read at the end, not from the spool
    older: set[str] = field(default_factory=set)  # records the office holds in an older version than the hub
    applied_sequence: int = 0  # the last hub bundle the office had applied (manifest's receiver_sequence_applied)
    first_serial: int = field(init=False)  # the state serial when the import began

    def __post_init__(self) -> None:
        self.first_serial = self.serial

    def count(self, kind: str) -> None:
        self.counts[kind] += 1

    def serial_for(self, held: _Held | None, verdict: tuple) -> int:
        """A new state serial when the verdict changes (the office must hear of it), else the one held."""
        if held is not None and held.verdict == verdict:
            return held.state_serial
        self.serial += 1
        return self.serial

    def reject(self, line: CheckedLine, kind: str, reason: str, detail: str) -> None:
        """A record never stored: rejected in the ack with its reasons, and named in the import's result."""
        self.count(kind)
        record = line.record
        self.spool.add(outcome_line(record["type"], record["uuid"], record["version"], Verdict.REJECTED.value,
                                    reason=reason, detail=detail,
                                    registration_number=record.get("registration_number", "")))
        if len(self.rejected) < MAX_LISTED:
            self.rejected.append({"status": Verdict.REJECTED.value, "reason": reason, "detail": detail,
                                  "registration_number": record.get("registration_number", ""),
                                  "uuid": record["uuid"], "kind": record["type"]})
