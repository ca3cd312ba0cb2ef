"""A record received from another installation, checked before it is stored: the hub re-checks every record of an
office's data bundle, an office the records a hub sends back. One source of rules: the desk's
(`validate_participant`, final) on the record as it was sent, plus what the desk's form guarantees by
construction and a bundle could still carry — no unsafe character in any text, a status a finished record can
have, a coverage end not before its start. Only errors count: a warning was the desk's to confirm, and one that
depends on today (an age limit) may have been right on the day of the enrolment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import NamedTuple

from pekerja_desktop.domain.characters import first_unsafe
from pekerja_desktop.domain.findings import Finding, Severity, error, errors_in
from pekerja_desktop.domain.participant import ParticipantData
from pekerja_desktop.domain.validation import ReferenceSets, validate_participant

FINISHED_STATUSES = frozenset({"active", "rejected", "ended"})  # a draft never leaves its office


class ReceivedRecord(NamedTuple):  # a tuple: one per record a hub receives
    data: ParticipantData  # as sent: not normalised, so what the desk would have refused is seen
    status: str
    coverage_end: dt.date | None
    texts: Mapping[str, str]  # every text the record carries, by field (heirs as heirs.0.full_name …)
    all_text: str | None = None  # all of them in one string, when the caller has it: searched first, and alone
    # when it is clean (texts is read field by field only to name an unsafe character)


def field_label(name: str) -> Finding:
    """A field's name as the clerk reads it, rendered in the language of the message that quotes it:
    `address` → "alamat", `heirs.0.full_name` → "ahli waris ke-1: nama lengkap"."""
    parts = name.split(".")
    if len(parts) == 3 and parts[0] == "heirs" and parts[1].isdigit():
        return Finding("field.heir", Severity.ERROR, name, {"index": int(parts[1]) + 1,
                                                             "name": field_label(parts[2])})
    return Finding(f"field.{name}", Severity.ERROR, name)


def received_findings(record: ReceivedRecord, ref: ReferenceSets, today: dt.date) -> list[Finding]:
    """The errors that keep a received record from being stored (empty: it may be)."""
    joined = " ".join(record.texts.values()) if record.all_text is None else record.all_text
    found = [error("text.unsafe_character", name, character=character, label=field_label(name))
             for name, text in record.texts.items() if (character := first_unsafe(text))] \
        if first_unsafe(joined) else []  # one search for the usual clean record
    if record.status not in FINISHED_STATUSES:
        found.append(error("status.invalid", "status", value=record.status[:20]))
    start, end = record.data.coverage_start, record.coverage_end
    if start and end and end < start:
        found.append(error("coverage_end.before_start", "coverage_end"))
    found.extend(errors_in(validate_participant(record.data, ref, today, final=True)))
    return found
