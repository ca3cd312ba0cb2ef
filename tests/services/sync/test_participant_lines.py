"""Participants as bundle lines, read a chunk at a time: the same lines, in the same order, whatever the chunk."""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from pekerja_desktop.domain.participant import HeirData
from pekerja_desktop.services.enrolment.enrol import PreparedEnrolment, insert_prepared
from pekerja_desktop.services.sync import participant_lines as lines_module
from pekerja_desktop.services.sync.bundle.records import json_value
from pekerja_desktop.store.models import Participant
from tests.support.sites import nik_for


def _people(factory, count: int) -> list[PreparedEnrolment]:
    return [PreparedEnrolment(factory(nik=nik_for(i), heirs=[HeirData(f"Ahli {i} {j}", "ANAK", None, None, None)
                                                             for j in range(i % 3)]), status="active", source="test")
            for i in range(count)]


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 2_000])
def test_lines_are_the_same_whatever_the_chunk(ctx, participant_factory, monkeypatch, chunk):
    with ctx.db.write() as session:
        insert_prepared(session, ctx.office.code, ctx.actor, _people(participant_factory, 7))
    odd_ids = select(col(Participant.id)).where(col(Participant.id) % 2 == 1)
    with ctx.db.session() as session:
        whole = [line for _, line in lines_module.participant_lines(session, odd_ids)]
        monkeypatch.setattr(lines_module, "LINES_AT_A_TIME", chunk)
        chunked = [line for _, line in lines_module.participant_lines(session, odd_ids)]
    assert chunked == whole
    assert [line["registration_number"] for line in whole] == sorted(line["registration_number"] for line in whole)
    assert len(whole) == 4 and sum(len(line.get("heirs", [])) for line in whole) == 0 + 2 + 1 + 0


def test_moments_are_written_in_utc_with_microseconds():
    import datetime as dt

    assert json_value(dt.datetime(2026, 1, 2, 3, 4, 5)) == "2026-01-02T03:04:05.000000Z"
    assert json_value(dt.datetime(2026, 1, 2, 3, 4, 5, 7)) == "2026-01-02T03:04:05.000007Z"
    wit = dt.timezone(dt.timedelta(hours=9))
    assert json_value(dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=wit)) == "2026-01-01T18:04:05.000000Z"
    assert json_value(dt.date(2026, 1, 2)) == "2026-01-02"
