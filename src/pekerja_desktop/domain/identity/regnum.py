"""Registration numbers issued offline: `OFFICE-YY-SSSSSS-C`.

Unique across offices without coordination because every office code is unique (the hub
registers them) and each office numbers its own records; YY is the year of issue, SSSSSS a serial
within the office and year, and C a Damm check digit over all the digits before it (letters of the
office code count as two digits, A=10 … Z=35).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pekerja_desktop.domain.identity.checkdigit import damm_check_digit, damm_interim

OFFICE_CODE_PATTERN = re.compile(r"^[A-Z0-9]{2,10}$")
SERIAL_DIGITS = 6
MAX_SERIAL = 10**SERIAL_DIGITS - 1
_REGNUM_PATTERN = re.compile(r"^([A-Z0-9]{2,10})-(\d{2})-(\d{6})-(\d)$")


@dataclass(frozen=True)
class RegistrationNumber:
    office_code: str
    year2: int
    serial: int

    def __str__(self) -> str:
        body = f"{self.office_code}-{self.year2:02d}-{self.serial:06d}"
        return f"{body}-{damm_check_digit(_digits_of(self.office_code, self.year2, self.serial))}"


def normalise_office_code(raw: str) -> str:
    return raw.strip().upper()


def is_valid_office_code(code: str) -> bool:
    return bool(OFFICE_CODE_PATTERN.match(code))


@lru_cache(maxsize=256)  # a few dozen offices; the hub checks every number it receives
def _office_digits(office_code: str) -> str:
    return "".join(ch if ch.isdigit() else str(ord(ch) - ord("A") + 10) for ch in office_code)


@lru_cache(maxsize=1024)  # the Damm state after an office's digits and a year: shared by all its numbers
def _office_year_interim(office_code: str, year2: str) -> int:
    return damm_interim(_office_digits(office_code) + year2)


def _digits_of(office_code: str, year2: int, serial: int) -> str:
    return f"{_office_digits(office_code)}{year2:02d}{serial:06d}"


def format_registration_number(office_code: str, year: int, serial: int) -> str:
    if not is_valid_office_code(office_code):
        raise ValueError(f"invalid office code: {office_code!r}")
    if not 1 <= serial <= MAX_SERIAL:
        raise ValueError(f"serial out of range: {serial}")
    return str(RegistrationNumber(office_code, year % 100, serial))


def normalise_registration_number(raw: str) -> str:
    return "".join((raw or "").split()).upper()


def parse_registration_number(raw: str) -> RegistrationNumber | None:
    """The number if it is well-formed and its check digit holds, else None."""
    match = _REGNUM_PATTERN.match(normalise_registration_number(raw))
    if not match:
        return None
    office, yy, serial, check = match.groups()
    if int(serial) == 0:
        return None
    if damm_interim(serial + check, _office_year_interim(office, yy)) != 0:  # the pattern holds digits only
        return None
    return RegistrationNumber(office, int(yy), int(serial))
