"""Allocation of registration numbers: a counter per office and year, inside the write transaction."""

from __future__ import annotations

from sqlalchemy import insert, update
from sqlmodel import Session, select

from pekerja_desktop.domain.identity.regnum import MAX_SERIAL, format_registration_number
from pekerja_desktop.services.enrolment.errors import EnrolmentError
from pekerja_desktop.store.models import RegistrationCounter, table_of


def allocate_registration_numbers(session: Session, office_code: str, year: int, count: int) -> list[str]:
    """`count` fresh numbers; the caller's transaction must hold the write lock."""
    table = table_of(RegistrationCounter)
    last = session.scalar(select(table.c.last_serial).where(
        table.c.office_code == office_code, table.c.year == year))
    if last is None:
        last = 0
        session.execute(insert(table).values(office_code=office_code, year=year, last_serial=0))
    if last + count > MAX_SERIAL:
        raise EnrolmentError("enrolment.counter_full", office_code=office_code, year=year)
    session.execute(update(table).where(table.c.office_code == office_code, table.c.year == year)
                    .values(last_serial=last + count))
    return [format_registration_number(office_code, year, serial) for serial in range(last + 1, last + count + 1)]
