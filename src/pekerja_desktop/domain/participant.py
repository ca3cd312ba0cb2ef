"""The enrolment as the clerk fills it in: plain values, independent of storage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeVar

from pekerja_desktop.domain.characters import clean_text
from pekerja_desktop.domain.identity.kk import clean_kk
from pekerja_desktop.domain.identity.nik import clean_nik
from pekerja_desktop.domain.text import normalise_name, normalise_phone, normalise_rt_rw

SEXES = ("L", "P")
DEFAULT_PROGRAMMES = "JKK,JKM"
DEFAULT_INCOME = 1_000_000


@dataclass
class HeirData:
    full_name: str = ""
    relationship: str = ""
    birth_date: dt.date | None = None
    phone: str | None = None
    nik: str | None = None


@dataclass
class ParticipantData:
    nik: str = ""
    full_name: str = ""
    birth_place: str = ""
    birth_date: dt.date | None = None
    sex: str | None = None
    mother_name: str | None = None
    address: str = ""
    rt_rw: str = ""
    village_code: str = ""
    phone: str | None = None
    occupation: str = ""
    income: int = DEFAULT_INCOME
    programmes: str = DEFAULT_PROGRAMMES
    funding_source: str = ""
    coverage_start: dt.date | None = None
    consent_given: bool = False
    kk_number: str = ""  # the household's Kartu Keluarga number, when known
    ktp_occupation: int | None = None  # the Dukcapil occupation code the KTP/KK states (village lists carry it)
    heirs: list[HeirData] = field(default_factory=list)


def _phone_or_raw(raw: str | None) -> str | None:
    if raw is None or not str(raw).strip():
        return None
    return normalise_phone(raw) or str(raw).strip()


def _rt_rw_or_raw(raw: str) -> str:
    normal = normalise_rt_rw(raw)
    return normal if normal is not None else raw.strip()


_Entry = TypeVar("_Entry", "HeirData", "ParticipantData")


def _without_unsafe_characters(data: _Entry) -> _Entry:
    """Every text field of an enrolment or an heir cleaned (domain/characters.py): the door every entry passes."""
    texts: dict[str, Any] = {f.name: clean_text(value) for f in fields(data)
                             if isinstance(value := getattr(data, f.name), str)}
    return replace(data, **texts)


def normalise_heir(heir: HeirData) -> HeirData:
    heir = _without_unsafe_characters(heir)
    return replace(
        heir,
        full_name=normalise_name(heir.full_name),
        relationship=(heir.relationship or "").strip().upper(),
        phone=_phone_or_raw(heir.phone),
        nik=clean_nik(heir.nik) or None,
    )


def normalise_participant(data: ParticipantData) -> ParticipantData:
    """Canonical forms where the input allows; values that cannot be normalised are kept for validation.
    Unsafe characters (control, bidirectional, zero-width: domain/characters.py) are removed first."""
    data = _without_unsafe_characters(data)
    return replace(
        data,
        nik=clean_nik(data.nik),
        full_name=normalise_name(data.full_name),
        birth_place=normalise_name(data.birth_place),
        sex=(data.sex or "").strip().upper() or None,
        mother_name=normalise_name(data.mother_name) or None,
        address=" ".join((data.address or "").split()),
        rt_rw=_rt_rw_or_raw(data.rt_rw or ""),
        village_code=(data.village_code or "").strip(),
        phone=_phone_or_raw(data.phone),
        occupation=(data.occupation or "").strip().upper(),
        programmes=",".join(sorted({p.strip().upper() for p in (data.programmes or "").split(",") if p.strip()})),
        funding_source=(data.funding_source or "").strip().upper(),
        kk_number=clean_kk(data.kk_number),
        heirs=[h for h in map(normalise_heir, data.heirs) if any(_heir_values(h))],
    )


def _heir_values(heir: HeirData) -> tuple:
    return (heir.full_name.strip() if heir.full_name else "", heir.relationship, heir.birth_date, heir.phone, heir.nik)


def age_on(birth_date: dt.date, day: dt.date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))
