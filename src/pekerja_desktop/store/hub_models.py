"""(hub) Tables of the central office: what was sent to BPJS Ketenagakerjaan and what came back."""

from __future__ import annotations

import datetime as dt

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
