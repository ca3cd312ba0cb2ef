"""A bundle line's bytes are those the json module gives (what releases before 0.3 wrote, and what the hub compares
two copies of one version by), and lines are read back strictly."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from pekerja_desktop.services.sync.bundle.write import encode_line

TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=30)  # no lone surrogate: none is stored
VALUES = st.none() | st.booleans() | st.integers(min_value=-(2**53), max_value=2**53) | TEXT
RECORDS = st.dictionaries(TEXT, VALUES | st.lists(st.dictionaries(TEXT, VALUES, max_size=5), max_size=3), max_size=12)


@given(RECORDS)
def test_a_line_is_what_the_json_module_writes(record):
    assert encode_line(record) == (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def test_control_and_separator_characters_are_escaped_as_before():
    record = {"type": "participant", "address": "Jl.\x01 Baru\u2028\u202e", "name": "JOSÉ"}
    assert encode_line(record) == (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
