"""A central office (hub) with participants added in bulk, optionally registered at BPJS (KPJ known)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select

from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.enrol import PreparedEnrolment, insert_prepared
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.store.bulk import chunks, update_rows
from pekerja_desktop.store.models import Participant, ParticipantStatus
from pekerja_desktop.store.sync_models import SyncHubRecord
from tests.conftest import ADMIN, LOGIN, make_participant
from tests.support.sites import nik_for

HUB = OfficeSetup("MALUKU", "Disnakertrans Provinsi Maluku", "81.71", "hub")


@pytest.fixture
def hub(tmp_path, hub_database_url):
    root = tmp_path / "hub"
    setup_office(root, HUB, ADMIN, database_url=hub_database_url)
    context = open_context(root, *LOGIN)
    yield context
    context.close()


def add_people(ctx, count: int, *, start: int = 0, kpj: bool = True, accepted: bool = False,
               status: str = ParticipantStatus.ACTIVE.value, **overrides) -> list[str]:
    """`count` participants inserted in bulk; with `kpj`, each gets a distinct 11-digit KPJ number; with
    `accepted`, the hub's verdict on them is `accepted` (as after a sync import)."""
    coverage_end = overrides.pop("coverage_end", None)
    values = {"coverage_start": dt.date(2026, 1, 1), **overrides}
    batch = [PreparedEnrolment(make_participant(nik=nik_for(start + i), **values), status=status, source="test")
             for i in range(count)]
    with ctx.db.write() as session:
        numbers = insert_prepared(session, ctx.office.code, ctx.actor, batch)
        rows = [row for chunk in chunks(numbers) for row in session.execute(
            select(Participant.id, Participant.uuid, Participant.office_code, Participant.registration_number)
            .where(Participant.registration_number.in_(chunk))).all()]
        changes = [{"id": pid, **({"kpj": f"{10_000_000_000 + pid:011d}"} if kpj else {}),
                    **({"coverage_end": coverage_end} if coverage_end else {})} for pid, *_ in rows]
        if kpj or coverage_end:
            update_rows(session.connection(), Participant.__table__, "id", changes)
        if accepted:
            session.execute(insert(SyncHubRecord), [
                {"uuid": u, "kind": "participant", "office_code": o, "registration_number": r, "version": 1,
                 "content_hash": "h", "status": "accepted", "reason": "", "detail": "", "duplicate_of": None,
                 "invalid_reason": "", "invalid_detail": "", "review_reason": "", "conflict": False,
                 "state_serial": 0, "updated_at": dt.datetime.now(dt.UTC)} for _, u, o, r in rows])
    return numbers
