"""Golden table of NIKs and what the enrolment form does with them (validate_nik against the packaged regions).

Add a row whenever a real NIK (anonymised: keep region, date and sex, change the serial) surprises someone.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from pekerja_desktop.assets import packaged_reference_data, packaged_region_index
from pekerja_desktop.domain.findings import Severity
from pekerja_desktop.domain.messages import MESSAGES
from pekerja_desktop.domain.participant import ParticipantData
from pekerja_desktop.domain.validation import ReferenceSets, validate_nik

GOLDEN = Path(__file__).with_name("golden_niks.csv")
TODAY = dt.date(2026, 7, 1)  # fixed: rows with a two-digit year 26/27 depend on it
EXPECTED_SEVERITY = {"accepted": None, "warned": Severity.WARNING, "rejected": Severity.ERROR}


def _rows() -> list[dict[str, str]]:
    with GOLDEN.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


ROWS = _rows()


@pytest.fixture(scope="module")
def ref() -> ReferenceSets:
    data = packaged_reference_data()
    return ReferenceSets(
        regions=packaged_region_index(),
        occupations=frozenset(code for code, *_ in data["occupations"]),
        funding_sources=frozenset(code for code, *_ in data["funding_sources"]),
        relationships=frozenset(code for code, *_ in data["heir_relationships"]),
    )


def test_the_table_is_big_enough_and_well_formed():
    assert len(ROWS) >= 40
    for expected in EXPECTED_SEVERITY:
        assert sum(row["expected"] == expected for row in ROWS) >= 10, expected
    for row in ROWS:
        assert row["expected"] in EXPECTED_SEVERITY, row
        assert bool(row["codes"]) == (row["expected"] != "accepted"), row
        assert row["note"], row
        for code in _codes(row):
            assert {"id", "en"} <= set(MESSAGES[code]), code


def _codes(row: dict[str, str]) -> list[str]:
    return sorted(code for code in row["codes"].split(";") if code)


def _participant(row: dict[str, str]) -> ParticipantData:
    born = dt.date.fromisoformat(row["form_birth_date"]) if row["form_birth_date"] else None
    return ParticipantData(nik=row["nik"], birth_date=born, sex=row["form_sex"] or None)


@pytest.mark.parametrize("row", ROWS, ids=[f"{i + 2}-{row['expected']}" for i, row in enumerate(ROWS)])
def test_golden_nik(row, ref):
    findings = validate_nik(_participant(row), ref, TODAY)
    assert sorted(f.code for f in findings) == _codes(row), row["note"]
    severity = EXPECTED_SEVERITY[row["expected"]]
    assert all(f.severity is severity for f in findings), row["note"]
    for finding in findings:  # every finding reads well in both languages
        for language in ("id", "en"):
            assert "{" not in finding.message(language), (finding, language)
