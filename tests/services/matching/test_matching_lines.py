"""An office holds the hub's matching lines to the rules (#12 item 4, with #16's rigour): a key or hash that is
not hexadecimal, a name key that is a name in clear, a region that is not a kabupaten/kota, a registration number
whose check digit fails, a covered list of an unknown kind — one such line refuses the whole bundle and changes
nothing; a valid set of lines replaces the office's store."""

from __future__ import annotations

import json
import secrets

import pytest
from sqlmodel import select

from pekerja_desktop.domain.identity.regnum import format_registration_number
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.matching_models import MatchCovered, MatchPerson
from tests.support.forge import forge, snapshot

NUMBER = format_registration_number("8172A", 2026, 1)


def _line(line_type: str, **fields) -> dict:
    return {"type": line_type, "uuid": secrets.token_hex(16), "version": 1, **fields}


def _person(**fields) -> dict:
    values = {"registration_number": NUMBER, "office_code": "8172A", "nik_hash": "ab" * 16,
              "name_key": "mr ltknsn", "birth_date": "1985-08-05", "sex": "P", "regency_code": "81.72"}
    return _line("match_person", **{**values, **fields})


def _file(tmp_path, hub, office, *records, sequence=None) -> object:
    counts: dict[str, int] = {}
    for record in records:
        counts[record["type"]] = counts.get(record["type"], 0) + 1
    plain = b"".join(json.dumps(r, separators=(",", ":")).encode() + b"\n" for r in records)
    extra = {"sequence": sequence} if sequence else {}
    return forge(tmp_path / f"hub-{secrets.token_hex(4)}.zip", hub, office, plain, counts=counts, kind="reference",
                 **extra)


KEY = _line("matching_key", key="0f" * 32)


@pytest.mark.parametrize(("line", "fragment"), [
    (_line("matching_key", key="kunci rahasia"), "key: expected 64 hexadecimal digits"),
    (_person(nik_hash="8171014508850001"), "nik_hash: expected 32 hexadecimal digits"),
    (_person(name_key="Maria Latuconsina"), "name_key: expected lower-case letters"),
    (_person(regency_code="81.71.01"), "regency_code"),
    (_person(sex="X"), "sex: expected L or P"),
    (_person(registration_number=NUMBER[:-1] + str((int(NUMBER[-1]) + 1) % 10)), "check digit"),
    (_person(office_code="ambon!"), "office_code"),
    (_person(address="Jl. Sultan Hairun No. 5"), "address"),
    (_line("match_covered", list_uuid="ab" * 16, list_name="BPJS aktif", list_kind="rahasia", nik_hash="cd" * 16),
     "list_kind"),
    (_line("match_covered", list_uuid="ab" * 16, list_name="BPJS\u202eaktif", list_kind="bpjs", nik_hash="cd" * 16),
     "list_name"),
])
def test_a_matching_line_no_hub_sends_refuses_the_bundle(sites, tmp_path, line, fragment):
    hub, office, _ = sites
    path = _file(tmp_path, hub, office, KEY, line)
    before = snapshot(office.ctx.db)
    with pytest.raises(SyncError) as caught:
        import_bundle(office.ctx, path)
    assert fragment in caught.value.message("en"), caught.value.message("en")
    assert snapshot(office.ctx.db) == before


def test_valid_matching_lines_replace_the_store(sites, tmp_path):
    hub, office, _ = sites
    covered = _line("match_covered", list_uuid="ab" * 16, list_name="BPJS aktif Maluku", list_kind="bpjs",
                    nik_hash="cd" * 16)
    counts = import_bundle(office.ctx, _file(tmp_path, hub, office, KEY, _person(), covered, sequence=5)).counts
    assert (counts["match_person"], counts["match_covered"]) == (1, 1)
    import_bundle(office.ctx, _file(tmp_path, hub, office, KEY, sequence=6))
    with office.ctx.db.session() as session:
        assert session.scalars(select(MatchPerson)).all() == []
        assert session.scalars(select(MatchCovered)).all() == []
