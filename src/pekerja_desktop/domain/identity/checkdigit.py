"""Damm check digit: catches every single-digit error and every adjacent transposition."""

from __future__ import annotations

# A totally anti-symmetric quasigroup of order 10 (Damm, 2004).
_DAMM_TABLE = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


def damm_interim(digits: str, interim: int = 0) -> int:
    """The Damm state after `digits`, starting from `interim` (the state after the digits before them)."""
    for digit in map(int, digits):
        interim = _DAMM_TABLE[interim][digit]
    return interim


def damm_check_digit(digits: str) -> str:
    if not digits.isdigit():
        raise ValueError("Damm check digit needs decimal digits")
    return str(damm_interim(digits))


def damm_is_valid(digits_with_check: str) -> bool:
    return digits_with_check.isdigit() and damm_interim(digits_with_check) == 0
