"""rapidfuzz's two similarity measures the score uses, loaded on the first comparison rather than with the module:
the enrolment form imports the desk check at start, and a cold start should not pay for a library it needs only when
a record is saved (tests/ui/test_cold_start_imports.py)."""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType


@cache
def _fuzz() -> ModuleType:
    return importlib.import_module("rapidfuzz.fuzz")


def ratio(a: str, b: str) -> float:
    """rapidfuzz's normalised Indel similarity of two strings, 0–100."""
    return float(_fuzz().ratio(a, b))


def token_set_ratio(a: str, b: str) -> float:
    """rapidfuzz's similarity of two strings' word sets, 0–100 (word order and repeated words ignored)."""
    return float(_fuzz().token_set_ratio(a, b))
