"""`enrol` and `edit` give the desk's duplicate warning as they give every warning (#12): one line on stderr naming
the likely record and its reasons, in the user's language; `--confirm duplicate.likely` saves and records the pair,
which never warns again."""

from __future__ import annotations

import json

from sqlmodel import select

from pekerja_desktop.__main__ import main
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.store.duplicate_models import DifferentPair
from tests.conftest import LOGIN

RECORD = {"nik": "8171014508850001", "full_name": "maria latuconsina", "birth_place": "Ambon",
          "birth_date": "05/08/1985", "sex": "P", "address": "Jl. A", "village_code": "81.71.01.1007",
          "occupation": "PDP", "funding_source": "APBD_PROV", "coverage_start": "2026-11-01", "mother_name": "Ona",
          "consent_given": True, "heirs": [{"full_name": "Yohanis", "relationship": "SUAMI"}]}


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _source(tmp_path, name, **changes):
    path = tmp_path / name
    path.write_text(json.dumps({**RECORD, **changes}))
    return str(path)


def test_enrol_warns_in_one_line_and_saves_once_confirmed(data_dir, tmp_path, capsys):
    base = ("--data-dir", str(data_dir))
    code, out, err = _run(capsys, *base, "enrol", "--json", _source(tmp_path, "first.json"))
    assert code == 0, err
    first = json.loads(out)["registration_number"]
    retyped = _source(tmp_path, "second.json", nik="8171014508850007", full_name="Marya Latuconsina")
    code, _, err = _run(capsys, *base, "enrol", "--json", retyped)
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert first in err and "Mungkin orang yang sama" in err and "NIK beda satu angka" in err
    code, _, err = _run(capsys, *base, "--lang", "en", "enrol", "--json", retyped)
    assert code == 1 and "Possibly the same person as" in err and "NIK differs in one digit" in err
    code, out, err = _run(capsys, *base, "enrol", "--json", retyped, "--confirm", "duplicate.likely")
    assert code == 0, err
    second = json.loads(out)["registration_number"]
    with open_context(data_dir, *LOGIN) as ctx, ctx.db.session() as session:
        (pair,) = session.scalars(select(DifferentPair)).all()
    assert (pair.registration_a, pair.registration_b) == (first, second)
    code, _, err = _run(capsys, *base, "edit", second, "--json", _source(tmp_path, "third.json",
                                                                         nik="8171014508850007", phone="08121234567"))
    assert code == 0, err  # the pair never warns again
