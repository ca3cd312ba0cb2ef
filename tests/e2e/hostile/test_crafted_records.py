"""Validly signed, validly encrypted bundles whose records are nonsense — what a buggy or older office release, a
tampered laptop or a stolen signing key can send. The hub re-checks every record with the desk's rules: each one
that fails is never stored, is rejected in the ack with its reasons, and the office finds it among the records to
correct, the reason in its clerk's language."""

from __future__ import annotations

from sqlalchemy import func, select

from pekerja_desktop.domain.identity.regnum import format_registration_number
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.services.sync.overview import load_snapshot
from pekerja_desktop.services.sync.received import reason_findings
from pekerja_desktop.store.models import Participant
from pekerja_desktop.store.sync_models import SyncHubRecord
from tests.e2e.hostile.conftest import PEOPLE
from tests.support.forge import payload_records, reforge

FORMULA = '=HYPERLINK("http://x","y")'
# (what is wrong, the change, the finding the hub names)
DEFECTS = [
    ("sex X", {"sex": "X"}, "sex.invalid"),
    ("born 1800", {"birth_date": "1800-01-01"}, "birth_date.too_early"),
    ("village 99.99.99.9999", {"village_code": "99.99.99.9999"}, "village.unknown"),
    ("occupation NOPE", {"occupation": "NOPE"}, "occupation.unknown"),
    ("status hacked", {"status": "hacked"}, "status.invalid"),
    ("income -5", {"income": -5}, "income.invalid"),
    ("coverage ends before it starts", {"coverage_end": "2020-01-01"}, "coverage_end.before_start"),
    ("funding source NOPE", {"funding_source": "NOPE"}, "funding_source.unknown"),
    ("programmes XYZ", {"programmes": "XYZ"}, "programmes.invalid"),
    ("an heir related as BOSS", {"heirs": [{"full_name": "YOHANIS", "relationship": "BOSS"}]},
     "heir.relationship_unknown"),
    ("consent false on an active record", {"consent_given": False}, "consent.required"),
    ("a formula as the name", {"full_name": FORMULA}, "full_name.invalid_chars"),
    ("a formula as the mother's name", {"mother_name": FORMULA}, "mother_name.invalid_chars"),
    ("a formula as the address", {"address": FORMULA}, "address.formula"),
    ("a formula as the birth place", {"birth_place": FORMULA}, "birth_place.invalid_chars"),
    ("a control character in the address", {"address": "Jl. Pattimura\x01 No. 5"}, "text.unsafe_character"),
    ("a right-to-left override in the name", {"full_name": "MARIA\u202eANIS"}, "text.unsafe_character"),
    ("a draft", {"status": "draft"}, "status.invalid"),
]
assert len(DEFECTS) < PEOPLE


def _spoiled(records: list[dict]) -> list[dict]:
    people = [r for r in records if r["type"] == "participant"]
    for record, (_, change, _) in zip(people, DEFECTS, strict=False):
        record.update(change)
    return records


def test_every_nonsense_record_is_rejected_with_its_reason_and_none_is_stored(exported, tmp_path):
    hub, ambon, genuine, numbers = exported
    crafted = reforge(genuine, tmp_path / "crafted.zip", ambon, hub, _spoiled)
    result = import_bundle(hub.ctx, crafted, tmp_path / "acks")

    assert result.counts["rejected"] == len(DEFECTS) and result.counts["new"] == PEOPLE - len(DEFECTS)
    by_number = {detail["registration_number"]: detail for detail in result.details}
    for number, (what, _, code) in zip(numbers, DEFECTS, strict=False):
        detail = by_number[number]
        assert detail["reason"] == "record_invalid", what
        assert code in [finding.code for finding in reason_findings(detail["detail"])], what
    with hub.ctx.db.session() as session:
        stored = set(session.scalars(select(Participant.registration_number)))
        assert stored == set(numbers[len(DEFECTS):]), "no failing record is stored, as accepted or otherwise"
        assert session.scalar(select(func.count()).select_from(SyncHubRecord)) == PEOPLE - len(DEFECTS)

    back = import_bundle(ambon.ctx, result.ack_path)
    assert back.counts["rejected"] == len(DEFECTS) and back.counts["accepted"] == PEOPLE - len(DEFECTS)
    rows = {row.registration_number: row for row in load_snapshot(ambon.ctx).rejected}
    assert set(rows) == set(numbers[:len(DEFECTS)]), "the office finds each among the records to correct"
    assert "Jenis kelamin harus L" in rows[numbers[0]].reason
    assert "karakter kendali atau tak terlihat (U+0001)" in rows[numbers[15]].reason
    assert '"alamat"' in rows[numbers[15]].reason


def test_a_record_numbered_for_another_office_is_rejected(exported, tmp_path):
    hub, ambon, genuine, _numbers = exported

    def renumbered(records):
        first = next(r for r in records if r["type"] == "participant")
        first["registration_number"] = format_registration_number("8172A", 2026, 1)  # Tual's numbering
        return records

    result = import_bundle(hub.ctx, reforge(genuine, tmp_path / "crafted.zip", ambon, hub, renumbered),
                           tmp_path / "acks")
    assert result.counts["rejected"] == 1 and result.details[0]["reason"] == "registration_number_invalid"


def test_the_ack_carries_no_unsafe_character_back(exported, tmp_path):
    """The reasons quote what was sent, cleaned: the office's own checks of an ack would refuse anything else."""
    hub, ambon, genuine, _ = exported

    def phoned(records):
        for record in records:
            if record["type"] == "participant":
                record["phone"] = "0812\x0734\u202e56"
        return records

    result = import_bundle(hub.ctx, reforge(genuine, tmp_path / "crafted.zip", ambon, hub, phoned),
                           tmp_path / "acks")
    assert result.counts["rejected"] == PEOPLE
    outcomes = [r for r in payload_records(result.ack_path, ambon) if r["type"] == "outcome"]
    assert len(outcomes) == PEOPLE
    assert all("\x07" not in r["detail"] and "\u202e" not in r["detail"] for r in outcomes)
    assert import_bundle(ambon.ctx, result.ack_path).counts["rejected"] == PEOPLE
