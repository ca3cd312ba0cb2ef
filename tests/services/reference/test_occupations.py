"""The occupation list can be edited: add, rename, take off the list; enrolment follows it."""

from __future__ import annotations

import json

import pytest

from pekerja_desktop.__main__ import main
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.enrolment.errors import EnrolmentError
from pekerja_desktop.services.reference.errors import OccupationError
from pekerja_desktop.services.reference.occupations import deactivate_occupation, save_occupation


def _cli(capsys, data_dir, *argv) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data_dir), *argv])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_a_new_occupation_can_be_chosen_and_a_removed_one_cannot(ctx, participant_factory):
    save_occupation(ctx, "pgr", " Pengrajin  gerabah ", "Potter")
    enrol(ctx, participant_factory(occupation="PGR"), final=True)
    deactivate_occupation(ctx, "PGR")
    with pytest.raises(EnrolmentError) as exc:
        enrol(ctx, participant_factory(nik="8171014508850002", occupation="PGR"), final=True)
    assert [f.code for f in exc.value.findings] == ["occupation.unknown"]


def test_bad_occupation_input_is_refused(ctx):
    with pytest.raises(OccupationError) as exc:
        save_occupation(ctx, "x", "Nama", "Name")
    assert "Kode pekerjaan" in exc.value.message()
    with pytest.raises(OccupationError):
        deactivate_occupation(ctx, "NOPE")


def test_the_occupations_command(data_dir, capsys):
    code, out, _ = _cli(capsys, data_dir, "occupations", "--set", "PGR", "Pengrajin gerabah", "Potter",
                        "--format", "json")
    assert code == 0 and {"code": "PGR", "name_id": "Pengrajin gerabah", "name_en": "Potter",
                          "active": True} in json.loads(out)
    code, out, _ = _cli(capsys, data_dir, "occupations", "--deactivate", "PGR")
    assert code == 0 and "PGR" not in out and "Nelayan" in out
    code, out, _ = _cli(capsys, data_dir, "occupations", "--all")
    assert "PGR" in out and "tidak" in out
    code, _, err = _cli(capsys, data_dir, "occupations", "--deactivate", "NOPE")
    assert code == 1 and len(err.strip().splitlines()) == 1
