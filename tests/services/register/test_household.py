"""A household (#12 item 6): the others on the same KK, an heir who is a participant too linked both ways, the
register listing a household when a whole KK number is typed, and `household KEY` printing it."""

from __future__ import annotations

import datetime as dt
import json

from pekerja_desktop.__main__ import main
from pekerja_desktop.domain.participant import HeirData
from pekerja_desktop.services.enrolment.desk_records import load_record
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.register.household import HeirLink, Member, household_of
from pekerja_desktop.services.register.search import ParticipantQuery, search_participants
from tests.conftest import make_participant

KK = "8171012304120003"
HUSBAND_NIK = "8171010201800002"


def _family(ctx) -> tuple[str, str, str]:
    husband = enrol(ctx, make_participant(nik=HUSBAND_NIK, full_name="Yohanis Latuconsina", sex="L",
                                          birth_date=dt.date(1980, 1, 2), kk_number=KK,
                                          heirs=[HeirData("Maria Latuconsina", "ISTRI", dt.date(1985, 8, 5))]),
                    final=True).registration_number
    wife = enrol(ctx, make_participant(kk_number=KK, heirs=[
        HeirData("Yohanis Latuconsina", "SUAMI", dt.date(1980, 1, 2), None, HUSBAND_NIK)]),
        final=True).registration_number
    stranger = enrol(ctx, make_participant(nik="8171014508850002", full_name="Ona Tuanakotta"),
                     final=True).registration_number
    return husband, wife, stranger


def test_the_household_shows_the_same_kk_and_links_an_heir_who_is_a_participant(ctx):
    husband, wife, _ = _family(ctx)
    of_wife = household_of(ctx, wife)
    assert of_wife.members == [Member(husband, "YOHANIS LATUCONSINA", "active")]
    assert of_wife.heirs_enrolled == [HeirLink("YOHANIS LATUCONSINA", "SUAMI", husband, "YOHANIS LATUCONSINA")]
    assert of_wife.heir_of == []
    of_husband = household_of(ctx, HUSBAND_NIK)
    assert of_husband.heir_of == [HeirLink("YOHANIS LATUCONSINA", "SUAMI", wife, "MARIA LATUCONSINA")]
    assert of_husband.heirs_enrolled == []  # his heir Maria carries no NIK: not linked by name alone
    record = load_record(ctx, wife)
    assert [link.registration_number for link in record.heirs_enrolled] == [husband]


def test_typing_a_whole_kk_number_in_the_register_lists_the_household(ctx):
    husband, wife, _ = _family(ctx)
    with ctx.db.session() as session:
        rows = search_participants(session, ParticipantQuery(text=KK))
        assert sorted(row.registration_number for row in rows) == sorted([husband, wife])
        assert search_participants(session, ParticipantQuery(text=KK[:8])) == []  # a KK prefix is no search


def test_the_household_command(ctx, data_dir, capsys):
    husband, wife, _ = _family(ctx)
    ctx.close()
    assert main(["--data-dir", str(data_dir), "household", wife, "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["kk_number"] == KK and printed["heirs_enrolled"][0]["registration_number"] == husband
    assert main(["--data-dir", str(data_dir), "household", husband]) == 0
    out = capsys.readouterr().out
    assert "Menjadi ahli waris dari:" in out and wife in out
