"""Settling what a list writes its own way: a choice for a whole group, kept as an office alias (audited, removable),
the file's own desa, choices from a file, and what is refused."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from pekerja_desktop.errors import AccessError
from pekerja_desktop.services.intake.choices import Choice, list_aliases, read_choices_file, remove_alias
from pekerja_desktop.services.intake.errors import IntakeError
from pekerja_desktop.services.intake.importer import IntakeOptions, import_preview, preview_intake, recheck, settle
from pekerja_desktop.store.account_models import AuditEvent
from tests.support.accounts import CLERK, sign_in_as
from tests.support.paths import FIXTURES_DIR

CORPUS = FIXTURES_DIR / "intake" / "corpus"


def _groups(preview) -> list[tuple[str, str, int]]:
    return [(g.kind, g.text, g.count) for g in preview.groups]


def _row(preview, number: int):
    return next(r for r in preview.rows if r.row_number == number)


def test_a_choice_settles_every_row_of_its_group(ctx):
    preview = preview_intake(ctx, CORPUS / "titik_koma.csv")
    assert ("village", "Hatiwe Besar", 1) in _groups(preview)
    settle(ctx, preview, Choice("village", "HATIWE  besar", "81.71.04.2006"))
    row = _row(preview, 2)
    assert (row.outcome, row.data.village_code, row.findings) == ("valid", "81.71.04.2006", [])
    assert ("village", "Hatiwe Besar", 1) not in _groups(preview)
    settle(ctx, preview, Choice("occupation", "juru parkir", "lnn"))
    assert _row(preview, 9).data.occupation == "LNN" and _row(preview, 9).outcome == "valid"
    assert preview.options.choices[-1] == Choice("occupation", "juru parkir", "LNN")


def test_a_kept_choice_is_an_audited_office_alias_used_by_the_next_list(ctx):
    preview = preview_intake(ctx, CORPUS / "titik_koma.csv")
    settle(ctx, preview, Choice("village", "Atlantis Baru", "81.71.02.2009"), keep=True)
    assert [(a.kind, a.text, a.code) for a in list_aliases(ctx)] == [("village", "Atlantis Baru", "81.71.02.2009")]
    again = preview_intake(ctx, CORPUS / "titik_koma.csv")
    assert _row(again, 10).data.village_code == "81.71.02.2009"
    assert remove_alias(ctx, "village", "atlantis baru") and list_aliases(ctx) == []
    assert not remove_alias(ctx, "village", "atlantis baru")
    with ctx.db.session() as session:
        actions = list(session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("intake.alias%"))))
    assert actions == ["intake.alias", "intake.alias_removed"]


def test_an_exact_name_is_never_overruled_by_a_choice(ctx):
    preview = preview_intake(ctx, CORPUS / "titik_koma.csv", IntakeOptions(
        choices=[Choice("village", "Rumahtiga", "81.71.02.2009")]))
    assert _row(preview, 3).data.village_code == "81.71.04.2003"


def test_the_desa_of_a_one_desa_list(ctx):
    preview = preview_intake(ctx, CORPUS / "opensid_penduduk.xlsx")
    assert _groups(preview) == [("village", "", 5)] and _row(preview, 2).outcome == "incomplete"
    settle(ctx, preview, Choice("village", "", "81.02.01.2014"))
    assert preview.options.village == "81.02.01.2014" and _groups(preview) == []
    assert _row(preview, 2).data.village_code == "81.02.01.2014" and _row(preview, 2).outcome == "valid"
    recheck(ctx, preview, IntakeOptions(funding_source="APBDES", village="81.02.01.2014"))
    assert _row(preview, 2).data.funding_source == "APBDES"
    assert import_preview(ctx, preview).imported == 5


def test_choices_from_a_file(tmp_path, ctx):
    path = tmp_path / "pilihan.json"
    path.write_text(json.dumps({"village": {"Hatiwe Besar": "81.71.04.2006"}, "occupation": {"Juru parkir": "LNN"}}),
                    encoding="utf-8")
    choices = read_choices_file(path)
    preview = preview_intake(ctx, CORPUS / "titik_koma.csv", IntakeOptions(choices=choices))
    assert _groups(preview) == [("village", "Atlantis Baru", 1)]
    path.write_text("[1, 2", encoding="utf-8")
    with pytest.raises(IntakeError) as broken:
        read_choices_file(path)
    assert broken.value.code == "intake.mapping_file"


@pytest.mark.parametrize(("choice", "fragment"), [
    (Choice("village", "Atlantis", "81.71.02"), "81.71.02"),  # a kecamatan is no village
    (Choice("district", "Lama", "81.71.02.2009"), "81.71.02.2009"),
    (Choice("occupation", "Astronot", "XYZ"), "XYZ"),
])
def test_a_choice_must_name_what_its_kind_needs(ctx, choice, fragment):
    preview = preview_intake(ctx, CORPUS / "titik_koma.csv")
    with pytest.raises(IntakeError) as refused:
        settle(ctx, preview, choice)
    assert refused.value.code == "intake.mapping_invalid" and fragment in refused.value.message()


def test_defaults_must_be_a_desa_and_a_kecamatan(ctx):
    with pytest.raises(IntakeError) as refused:
        preview_intake(ctx, CORPUS / "titik_koma.csv", IntakeOptions(village="81.71.02"))
    assert refused.value.code == "intake.default_invalid"
    preview = preview_intake(ctx, CORPUS / "titik_koma.csv", IntakeOptions(district="81.71.03"))
    assert preview.options.district == "81.71.03"


def test_a_petugas_keeps_no_alias(data_dir):
    with sign_in_as(data_dir, CLERK) as clerk:
        preview = preview_intake(clerk, CORPUS / "titik_koma.csv")
        with pytest.raises(AccessError):
            settle(clerk, preview, Choice("village", "Atlantis Baru", "81.71.02.2009"), keep=True)
