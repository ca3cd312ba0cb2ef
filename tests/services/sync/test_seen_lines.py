"""The (type, uuid) pairs an import has read, kept as numbers: a repeat is found, and no two different texts are
taken for one uuid."""

from __future__ import annotations

from pekerja_desktop.services.sync.bundle.incoming import SeenLines

UUID = "0123456789abcdef0123456789abcdef"


def test_a_uuid_is_seen_again_only_for_its_own_type():
    seen = SeenLines()
    seen.add(("participant", UUID))
    assert ("participant", UUID) in seen
    assert ("print_batch", UUID) not in seen
    assert ("participant", UUID.replace("0", "1", 1)) not in seen


def test_texts_that_read_as_the_same_number_stay_apart():
    seen = SeenLines()
    seen.add(("audit_event", UUID))
    for other in (UUID + "\n", " " + UUID, "0x" + UUID[2:], UUID.upper(), UUID[:8] + "_" + UUID[9:]):
        assert ("audit_event", other) not in seen
        seen.add(("audit_event", other))
        assert ("audit_event", other) in seen


def test_a_malformed_uuid_is_kept_as_it_came():
    seen = SeenLines()
    seen.add(("participant", "not-a-uuid"))
    assert ("participant", "not-a-uuid") in seen
    assert ("participant", "not-a-uuid ") not in seen


def test_first_time_adds_and_says_whether_the_pair_was_new():
    seen = SeenLines()
    assert seen.first_time(("participant", UUID))
    assert ("participant", UUID) in seen
    assert not seen.first_time(("participant", UUID))
    assert seen.first_time(("print_batch", UUID))
    assert seen.first_time(("participant", "not-a-uuid")) and not seen.first_time(("participant", "not-a-uuid"))
