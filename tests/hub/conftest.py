"""A central office (hub) with participants added in bulk, optionally registered at BPJS (KPJ known)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, text
from tests.conftest import ADMIN, LOGIN, make_participant
from tests.sync.conftest import nik_for

from pekerja_desktop.services.context import open_context
from pekerja_desktop.services.enrolment import PreparedEnrolment, insert_prepared
from pekerja_desktop.services.setup import OfficeSetup, setup_office
from pekerja_desktop.store.models import ParticipantStatus
from pekerja_desktop.store.sync_models import SyncHubRecord

HUB = OfficeSetup("MALUKU", "Disnakertrans Provinsi Maluku", "81.71", "hub")


@pytest.fixture
def hub(tmp_path):
    root = tmp_path / "hub"
    setup_office(root, HUB, ADMIN)
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
        ids = f"(SELECT id FROM participant WHERE registration_number IN ({','.join(map(repr, numbers))}))"
        if kpj:
            session.execute(text(f"UPDATE participant SET kpj = printf('%011d', 10000000000 + id) WHERE id IN {ids}"))
        if coverage_end:
            session.execute(text(f"UPDATE participant SET coverage_end = :end WHERE id IN {ids}"),
                            {"end": coverage_end.isoformat()})
        if accepted:
            rows = session.execute(text(f"SELECT uuid, office_code, registration_number FROM participant "
                                        f"WHERE id IN {ids}")).all()
            session.execute(insert(SyncHubRecord), [
                {"uuid": u, "kind": "participant", "office_code": o, "registration_number": r, "version": 1,
                 "content_hash": "h", "status": "accepted", "reason": "", "detail": "", "duplicate_of": None,
                 "invalid_reason": "", "invalid_detail": "", "review_reason": "", "conflict": False,
                 "state_serial": 0, "updated_at": dt.datetime.now(dt.UTC)} for u, o, r in rows])
    return numbers
