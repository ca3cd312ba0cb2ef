"""The texts of a received record that the hub searches for unsafe characters: every text the line carries, its
own and its heirs' (as heirs.N.field), nothing else — the same mapping a plain walk over the values gives."""

from __future__ import annotations

import datetime as dt

from pekerja_desktop.domain.characters import first_unsafe
from pekerja_desktop.domain.received import received_findings
from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.domain.validation import ReferenceSets
from pekerja_desktop.services.sync.bundle.records import participant_parts
from pekerja_desktop.services.sync.received import received_record

LINE = {
    "type": "participant", "uuid": "0123456789abcdef0123456789abcdef", "version": 3,
    "registration_number": "8171A-26-000001-5", "office_code": "8171A", "nik": "8171014101800001",
    "full_name": "MARIA\u202eLATUCONSINA", "birth_place": "AMBON", "birth_date": "1980-01-01", "sex": "P",
    "mother_name": "SITI", "address": "Jl. Pattimura\x01 No. 5", "rt_rw": "001/002", "village_code": "81.71.01.1001",
    "occupation": "NLY", "income": 1_000_000, "programmes": "JKK,JKM", "funding_source": "APBD_PROV",
    "coverage_start": "2026-11-01", "consent_given": True, "status": "active", "kpj": "12345678901",
    "created_by": "admin", "created_at": "2026-11-01T01:02:03Z", "updated_by": "admin",
    "updated_at": "2026-11-01T01:02:03Z", "kk_number": "",
    "heirs": [{"full_name": "MARKUS", "relationship": "SUAMI", "birth_date": "1979-02-03"},
              {"full_name": "ANA\u200b", "relationship": "ANAK", "phone": "0812345678", "nik": "8171015012100001"}],
    "history": [{"at": "2026-11-01T01:02:03Z", "by": "admin", "field": "*", "new": "active"}],
}


def test_every_text_of_the_record_and_its_heirs_and_nothing_else():
    parts = participant_parts(LINE)
    expected = {name: value for name, value in parts.columns.items() if type(value) is str}
    expected.update((f"heirs.{i}.{name}", value) for i, heir in enumerate(parts.heirs)
                    for name, value in heir.items() if type(value) is str)
    texts = received_record(parts).texts
    assert texts == expected
    assert list(texts) == list(expected)  # the first unsafe one is named in the same order
    assert texts["full_name"] == "MARIA\u202eLATUCONSINA" and texts["heirs.1.full_name"] == "ANA\u200b"
    assert "birth_date" not in texts and "heirs.0.phone" not in texts and texts["kk_number"] == ""


def test_the_one_search_sees_every_text_and_names_them_as_the_field_by_field_walk():
    """`all_text` (searched first) holds every character of every text; when it is clean nothing else is read."""
    unsafe = received_record(participant_parts(LINE))
    assert sorted(unsafe.all_text.replace(" ", "")) == sorted("".join(unsafe.texts.values()).replace(" ", ""))
    ref = ReferenceSets(RegionIndex([]), frozenset(), frozenset(), frozenset())
    named = [f.field for f in received_findings(unsafe, ref, dt.date(2026, 12, 1)) if f.code == "text.unsafe_character"]
    assert named == ["full_name", "address", "heirs.1.full_name"]
    clean = {**LINE, "full_name": "MARIA LATUCONSINA", "address": "Jl. Pattimura No. 5",
             "heirs": [{"full_name": "ANA", "relationship": "ANAK"}]}
    record = received_record(participant_parts(clean))
    assert first_unsafe(record.all_text) is None
    assert not [f for f in received_findings(record, ref, dt.date(2026, 12, 1)) if f.code == "text.unsafe_character"]
    assert record.texts._texts is None  # type: ignore[attr-defined]  # never made: nothing to name
