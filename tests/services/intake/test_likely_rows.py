"""At intake, a row likely to be a person already registered lands as a draft carrying `duplicate.likely` (#12):
shown in the preview, kept on the draft, never refused; settling other rows does not repeat it."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlmodel import select

from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.intake.importer import import_preview, preview_intake
from pekerja_desktop.services.intake.messages import findings_from_json
from pekerja_desktop.services.intake.preview import recheck
from pekerja_desktop.store.models import Participant
from tests.support.paths import FIXTURES_DIR

LIKELY = "duplicate.likely"


def _list(tmp_path: Path) -> Path:
    target = tmp_path / "daftar_desa_ambon.xlsx"
    shutil.copy(FIXTURES_DIR / "intake" / "daftar_desa_ambon.xlsx", target)
    return target


def test_a_likely_duplicate_row_lands_as_a_draft_carrying_the_finding(ctx, tmp_path, participant_factory):
    # row 7 of the list is Maria Latuconsina, NIK 8171014508850001: registered here with its last digit mistyped
    existing = enrol(ctx, participant_factory(nik="8171014508850007"), final=True,
                     confirmed={LIKELY}).registration_number
    preview = preview_intake(ctx, _list(tmp_path))
    rows = {row.row_number: row for row in preview.rows}
    likely = [f for f in rows[7].findings if f.code == LIKELY]
    assert rows[7].outcome == "valid" and len(likely) == 1
    assert existing in likely[0].message() and "NIK beda satu angka" in likely[0].message()
    assert [row.row_number for row in preview.rows if any(f.code == LIKELY for f in row.findings)] == [7]
    recheck(ctx, preview, preview.options)  # the clerk changes a whole-file value: the finding stays once
    assert [f.code for f in rows[7].findings].count(LIKELY) == 1
    assert [f.code for f in rows[7].carried].count(LIKELY) == 1

    result = import_preview(ctx, preview)
    assert 7 in result.row_numbers
    with ctx.db.session() as session:
        draft = session.scalar(select(Participant).where(Participant.nik == "8171014508850001"))
        assert draft is not None and draft.status == "draft"
        (carried,) = [f for f in findings_from_json(draft.intake_findings) if f.code == LIKELY]
    assert existing in carried.message() and "NIK differs in one digit" in carried.message("en")
