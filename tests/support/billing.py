"""Moving participants through the programme year by hand, for the billing tests: an end (as `end` will set it),
a reactivation, a KPJ that comes late, a transfer, any field; and closing a month."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import update
from sqlmodel import col

from pekerja_desktop.services.billing.bill import close_month
from pekerja_desktop.services.billing.compute import Billing
from pekerja_desktop.store.models import Participant, ParticipantStatus


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
