"""Register rows kept small enough for 200,000 in memory: each row is one packed string (about 160 bytes,
invisible to the garbage collector), unpacked into a `RegisterRow` only for the cells being painted.

Plain Python (no Qt): rows are packed on the worker thread from the service's light rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from pekerja_desktop.domain.identity.nik import mask_nik

SEPARATOR = "\x1f"  # the ASCII unit separator: never in names, codes or numbers


class RegisterRow(NamedTuple):
    """One participant as the register lists it (the row object behind ObjectRole)."""
    registration_number: str
    id: int
    nik: str
    full_name: str
    birth_date: dt.date | None
    sex: str | None
    village_code: str
    occupation: str
    status: str
    kpj: str | None
    created_on: dt.date | None  # local calendar day of created_at


def local_day(moment: dt.datetime | None) -> dt.date | None:
    """The local calendar day of a stored timestamp (naive timestamps are UTC)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().date()


def _text(value) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def pack(row, masked: bool = False) -> str:
    """One `services.search.LIST_COLUMNS` row → a packed string (registration number first); `masked`: the NIK
    is kept masked only, for an operator who sees full NIKs only by an audited reveal."""
    values = (row.registration_number, row.id, mask_nik(row.nik) if masked else row.nik, row.full_name,
              row.birth_date, row.sex, row.village_code, row.occupation, row.status, row.kpj, local_day(row.created_at))
    return SEPARATOR.join(_text(value) for value in values)


def pack_rows(rows: Iterable, masked: bool = False) -> list[str]:
    return [pack(row, masked) for row in rows]


def _day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def unpack(packed: str) -> RegisterRow:
    number, pid, nik, name, born, sex, village, occupation, status, kpj, created = packed.split(SEPARATOR)
    return RegisterRow(number, int(pid), nik, name, _day(born), sex or None, village, occupation, status,
                       kpj or None, _day(created))


def has_registration_number(packed: str, number: str) -> bool:
    return packed.startswith(number + SEPARATOR)
