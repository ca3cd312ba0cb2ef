"""Moving participants through the programme year by hand, for the billing and change-file tests: an end (as
`end` will set it), a reactivation, a KPJ that comes late, a transfer, a correction with its history, any field;
an upload to BPJS on a given day; and closing a month."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlmodel import col

from pekerja_desktop.services.billing.bill import close_month
from pekerja_desktop.services.billing.compute import Billing
from pekerja_desktop.store.hub_models import BpjsSubmission
from pekerja_desktop.store.models import ChangeHistory, Participant, ParticipantStatus


def set_fields(ctx, number: str, **values) -> None:
    """Change a participant's columns as a newer version would (the version grows)."""
    with ctx.db.write() as session:
        session.execute(update(Participant).where(col(Participant.registration_number) == number)
                        .values(version=Participant.version + 1, **values))


def end_participation(ctx, number: str, last_day: dt.date, reason: str = "died") -> None:
    set_fields(ctx, number, coverage_end=last_day, end_reason=reason, status=ParticipantStatus.ENDED.value)


def reactivate(ctx, number: str) -> None:
    set_fields(ctx, number, coverage_end=None, end_reason=None, status=ParticipantStatus.ACTIVE.value)


def give_kpj(ctx, number: str, kpj: str) -> None:
    set_fields(ctx, number, kpj=kpj)


def close(ctx, month: str, folder: Path) -> Billing:
    year, number = (int(part) for part in month.split("-"))
    return close_month(ctx, dt.date(year, number, 1), folder / f"tagihan-{month}.pdf")


def submitted(ctx, numbers: list[str], at: dt.datetime, *, refused: bool = False) -> None:
    """As if `bpjs-export` had written these participants into an upload file at `at` (UTC)."""
    with ctx.db.write() as session:
        uuids = session.scalars(select(Participant.uuid).where(col(Participant.registration_number).in_(numbers)))
        session.execute(insert(BpjsSubmission), [
            {"uuid": uuid, "submitted_at": at, "submitted_by": "sari", "file_name": "unggah.xlsx",
             "refused_at": at if refused else None, "refused_reason": "NIK tidak dikenal" if refused else ""}
            for uuid in uuids])


def correct(ctx, number: str, field: str, value, at: dt.datetime) -> None:
    """A field changed at `at` (UTC), with its history row, as an edit at the office brings it to the hub."""
    with ctx.db.write() as session:
        participant = session.scalar(select(Participant).where(col(Participant.registration_number) == number))
        old = getattr(participant, field)
        setattr(participant, field, value)
        participant.version += 1
        text = lambda v: v.isoformat() if isinstance(v, dt.date) else v  # noqa: E731
        session.add(ChangeHistory(participant_id=participant.id, at=at, by="budi", field=field,
                                  old_value=text(old), new_value=text(value)))
