"""The quick typing of a received line (`quick_typed`, what the hub runs on every line) gives exactly what the
field-by-field check gives — the same values in the same order — and gives up on exactly the lines that check
refuses, so that the refusal still names the field."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pekerja_desktop.services.sync.bundle import records
from pekerja_desktop.services.sync.bundle.records import (
    HEIR_FIELDS,
    HISTORY_FIELDS,
    PARTICIPANT_FIELDS,
    LineProblem,
    participant_parts,
    quick_typed,
    typed_fields,
)

GOOD = {"type": "participant", "uuid": "a853559c1d0b48569c0823f4331ce586", "version": 1,
        "registration_number": "8171A-26-000001-5", "office_code": "8171A", "nik": "8171011307850011",
        "full_name": "LINA RUMAHORBO", "birth_place": "AMBON", "birth_date": "1985-07-13", "sex": "L",
        "income": 1000000, "consent_given": True, "consent_at": "2026-12-07T19:43:30.972846Z", "status": "active",
        "created_by": "bench", "created_at": "2026-12-07T19:43:30Z", "updated_by": "bench",
        "updated_at": "2026-12-07T19:43:30.972846+07:00", "finished_at": "2026-12-07T19:43:30.972846",
        "heirs": [{"full_name": "MARKUS KELIREY", "relationship": "ISTRI", "birth_date": "1991-12-06"}],
        "history": [{"at": "2026-12-07T19:43:30.972846Z", "by": "bench", "field": "*", "new": "active"}]}
ODD_VALUES = st.none() | st.booleans() | st.integers(min_value=-(2**60), max_value=2**60) | st.floats() \
    | st.text(max_size=40) | st.sampled_from(["2026-02-30", "2026-12-07", "2026-12-07T25:00:00Z", "20261207",
                                               "2026-12-07T19:43:30+07:00", "2026-12-07 19:43:30", "x" * 600]) \
    | st.lists(st.integers(), max_size=2) | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)
FIELDS = st.sampled_from([*PARTICIPANT_FIELDS, "unknown", "heirs", "history", "claims", "type"])


def _precise(record: dict) -> dict | LineProblem:
    try:
        return typed_fields(record, PARTICIPANT_FIELDS, records._PARTICIPANT_EXTRAS)
    except LineProblem as exc:
        return exc


@given(st.dictionaries(FIELDS, ODD_VALUES, max_size=6))
def test_the_quick_way_types_as_the_field_by_field_check_or_gives_up(changes):
    record = {**GOOD, **changes}
    quick, precise = quick_typed(record, records._PARTICIPANT_PLAN), _precise(record)
    if isinstance(precise, LineProblem):
        assert quick is None
    else:
        assert quick is not None and list(quick.items()) == list(precise.items())


def test_a_usual_line_is_typed_the_quick_way():
    quick = quick_typed(GOOD, records._PARTICIPANT_PLAN)
    assert quick is not None and list(quick.items()) == list(_precise(GOOD).items())
    assert quick["consent_at"] == dt.datetime(2026, 12, 7, 19, 43, 30, 972846, tzinfo=dt.UTC)
    assert quick["finished_at"].tzinfo is dt.UTC  # a timestamp without an offset is taken as UTC
    assert quick["updated_at"].utcoffset() == dt.timedelta(hours=7)


@pytest.mark.parametrize(("key", "spec", "plan"), [("heirs", HEIR_FIELDS, records._HEIR_PLAN),
                                                   ("history", HISTORY_FIELDS, records._HISTORY_PLAN)])
@given(changes=st.dictionaries(st.sampled_from(["full_name", "birth_date", "at", "by", "nik", "zzz"]), ODD_VALUES,
                               max_size=3))
def test_heirs_and_history_too(key, spec, plan, changes):
    item = {**GOOD[key][0], **changes}  # type: ignore[index]
    try:
        precise = typed_fields(item, spec, set())
    except LineProblem:
        assert quick_typed(item, plan) is None
        return
    quick = quick_typed(item, plan)
    assert quick is not None and list(quick.items()) == list(precise.items())


@pytest.mark.parametrize(("change", "message"), [
    ({"birth_date": "2026-02-30"}, "birth_date: invalid date '2026-02-30'"),
    ({"nik": 8171011307850011}, "nik: expected text"),
    ({"full_name": "A" * 201}, "full_name: longer than 200 characters"),
    ({"unknown": 1}, "unknown field 'unknown'"),
    ({"heirs": [{"full_name": 5}]}, "heirs[0].full_name: expected text"),
    ({"history": [{"at": "yesterday"}]}, "history[0].at: invalid datetime 'yesterday'"),
])
def test_a_refused_line_still_names_its_field(change, message):
    with pytest.raises(LineProblem, match=message.replace("[", r"\[").replace("]", r"\]")):
        participant_parts({**GOOD, **change})
