"""Property: whatever two offices do, the hub ends in the same state whatever the order in which their bundles
arrive, and however often each arrives."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.enrol import update_participant
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, to_data
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.models import Participant
from pekerja_desktop.store.sync_models import SyncDuplicate, SyncHubRecord
from tests.conftest import LOGIN
from tests.support.sites import AMBON, HUB, TUAL, Site, connect, enrol_many, make_site

OPS = st.lists(st.tuples(st.sampled_from([0, 1]), st.sampled_from(["enrol", "edit", "export"]),
                         st.integers(0, 5)), min_size=1, max_size=10)


def _edit(site: Site, index: int) -> None:
    with site.ctx.db.session() as session:
        people = list(session.scalars(select(Participant.registration_number).order_by(Participant.id)))
        if not people:
            return
        record = find_participant(session, people[index % len(people)])
        data = to_data(record, heirs_of(session, record.id))
    data.address = f"Jl. Perubahan No. {record.version + index}"
    update_participant(site.ctx, record.registration_number, data, expected_version=None, final=True,
                       confirmed={"nik.region_outside"})


def _run(offices: list[Site], ops, usb: Path) -> list[Path]:
    bundles, enrolled = [], [set(), set()]
    for who, action, value in ops:
        site = offices[who]
        if action == "enrol" and value not in enrolled[who]:  # NIK `value` may be enrolled at both offices
            enrolled[who].add(value)
            enrol_many(site, [value])
        elif action == "edit":
            _edit(site, value)
        elif action == "export":
            bundles.extend(r.path for r in export_bundles(site.ctx, usb))
    bundles.extend(r.path for site in offices for r in export_bundles(site.ctx, usb))
    return bundles


def _hub_state(root: Path):
    ctx = open_context(root, *LOGIN)
    try:
        with ctx.db.session() as session:
            people = session.execute(select(Participant.uuid, Participant.version, Participant.address,
                                            Participant.nik).order_by(Participant.uuid)).all()
            verdicts = session.execute(select(SyncHubRecord.uuid, SyncHubRecord.version, SyncHubRecord.status,
                                              SyncHubRecord.duplicate_of).order_by(SyncHubRecord.uuid)).all()
            pairs = session.execute(select(SyncDuplicate.uuid_a, SyncDuplicate.uuid_b)
                                    .order_by(SyncDuplicate.uuid_a)).all()
        return people, verdicts, pairs
    finally:
        ctx.close()


def _import_all(root: Path, bundles: list[Path], acks: Path):
    ctx = open_context(root, *LOGIN)
    try:
        for bundle in bundles:
            import_bundle(ctx, bundle, acks)
    finally:
        ctx.close()


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(ops=OPS, order=st.randoms(use_true_random=False), repeats=st.lists(st.integers(0, 30), max_size=4))
def test_hub_state_does_not_depend_on_bundle_order_or_duplication(ops, order, repeats):
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        hub = make_site(base, HUB)
        offices = [make_site(base, AMBON), make_site(base, TUAL)]
        for office in offices:
            connect(base, hub, office)
        hub.ctx.close()
        copy = base / "hub-copy"
        shutil.copytree(hub.root, copy)
        try:
            bundles = _run(offices, ops, base / "usb")
        finally:
            for office in offices:
                office.ctx.close()
        _import_all(hub.root, bundles, base / "acks")
        shuffled = bundles + [bundles[i % len(bundles)] for i in repeats]
        order.shuffle(shuffled)
        _import_all(copy, shuffled, base / "acks-copy")
        assert _hub_state(hub.root) == _hub_state(copy)
