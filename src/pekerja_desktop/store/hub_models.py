"""(hub) Tables of the central office: what was sent to BPJS Ketenagakerjaan and what came back.

- `bpjs_submission`: each participant written into an upload file (bpjs-export), once.
- `bpjs_change`: each change written into a monthly change file (bpjs-changes), once: an addition, an exit
  (with its reason and date), a reactivation, or a correction of data BPJS already has (the field, its old and
  new value). What BPJS knows of a participant is what these rows told it, in order.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlmodel import Field, SQLModel

from pekerja_desktop.store.models import utcnow


class BpjsSubmission(SQLModel, table=True):
    """One participant written into a BPJS upload file (once); a refusal by BPJS is recorded here too."""
    __tablename__ = "bpjs_submission"
    uuid: str = Field(primary_key=True, max_length=32)  # participant.uuid
    submitted_at: dt.datetime = Field(default_factory=utcnow, index=True)
    submitted_by: str
    file_name: str
    refused_at: dt.datetime | None = None
    refused_reason: str = ""


class BpjsChangeKind(StrEnum):
    ADDITION = "addition"
    EXIT = "exit"
    REACTIVATION = "reactivation"  # an exit already reported was undone
    CORRECTION = "correction"


class BpjsChange(SQLModel, table=True):
    """One line of a monthly change file; `month` is the file's month, `effective_date` the change's own date."""
    __tablename__ = "bpjs_change"
    id: int | None = Field(default=None, primary_key=True)
    month: dt.date = Field(index=True)
    kind: str
    uuid: str = Field(index=True, max_length=32)  # participant.uuid
    registration_number: str
    field: str = ""  # a correction: nik, full_name, birth_date, coverage_end
    old_value: str | None = None
    new_value: str | None = None
    effective_date: dt.date | None = None
    reason: str = ""  # an exit: participant.end_reason
    reported_at: dt.datetime = Field(default_factory=utcnow)
    reported_by: str
    file_name: str
    source: str = "changes"  # changes: a monthly change file; upload: told by an upload file (before 0012)
