"""An office's audit events travel in its data bundles; the hub keeps each office's chain, checks that every
bundle continues it, and says so loudly when it does not — without refusing the participant data."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import select

from pekerja_desktop.__main__ import main
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.audit.verify import OFFICE_CHAIN_BROKEN, describe, verify_trail
from pekerja_desktop.services.sync.audit_travel import (
    AuditSelection,
    audit_line,
    note_problems,
    receive_audit_events,
)
from pekerja_desktop.services.sync.epoch import note_database_restored
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.account_models import AuditEvent, OfficeAuditEvent
from pekerja_desktop.store.sync_models import Direction, SyncBundle
from tests.conftest import LOGIN
from tests.support import sites as sync_fixtures
from tests.support.dbtools import open_raw

sites = sync_fixtures.sites  # the hub and two offices, trust exchanged
enrol_many = sync_fixtures.enrol_many


def _chain(site) -> list[tuple[int, str]]:
    with site.ctx.db.session() as session:
        return [tuple(row) for row in session.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq))]


def _received(hub, office: str = "8171A") -> list[tuple[int, str]]:
    with hub.ctx.db.session() as session:
        return [tuple(row) for row in session.execute(select(OfficeAuditEvent.seq, OfficeAuditEvent.hash).where(
            OfficeAuditEvent.office_code == office).order_by(OfficeAuditEvent.seq))]


def _sent(office, sequence: int) -> dict:
    with office.ctx.db.session() as session:
        summary = session.scalar(select(SyncBundle.summary).where(SyncBundle.direction == Direction.OUT.value,
                                                                  SyncBundle.sequence == sequence))
    return json.loads(summary)["audit"]


def _export(office, usb):
    (exported,) = export_bundles(office.ctx, usb)
    return exported


def _round(hub, office, usb):
    exported = _export(office, usb)
    result = import_bundle(hub.ctx, exported.path, usb / "acks")
    import_bundle(office.ctx, result.ack_path)
    return exported, result


def _tamper(site, *statements: tuple[str, tuple]) -> None:
    site.ctx.close()
    connection = open_raw(DataLayout(site.root).database)
    try:
        connection.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        connection.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        for sql, params in statements:
            connection.execute(sql, params)
        connection.commit()
    finally:
        connection.close()
    site.reopen()


def test_events_travel_and_the_hub_verifies_the_chain(sites, tmp_path):
    hub, ambon, _ = sites
    usb = tmp_path / "usb"
    enrol_many(ambon, range(3))
    exported = _export(ambon, usb)
    assert exported.records == 3, "audit events are not counted as records"
    result = import_bundle(hub.ctx, exported.path, usb / "acks")
    assert result.counts["new"] == 3 and result.audit_problems == []
    received = _received(hub)
    assert len(received) == exported.counts["audit_event"] > 3
    assert received == _chain(ambon)[:len(received)], "the hub holds the office's chain as it is"
    report = verify_trail(hub.ctx, "8171A")
    assert report.ok and report.events == len(received)
    assert describe(report, "8171A").startswith("Jejak audit kantor 8171A yang diterima hub utuh")
    assert verify_trail(hub.ctx).ok, "the hub's own trail is checked without --office"


def test_the_next_bundle_carries_only_what_the_hub_has_not_acknowledged(sites, tmp_path):
    hub, ambon, _ = sites
    usb = tmp_path / "usb"
    enrol_many(ambon, range(2))
    first, _ = _round(hub, ambon, usb)
    second, _ = _round(hub, ambon, usb)
    assert _sent(ambon, second.sequence)["from"] == 1, "the first ack told the office the hub's epoch: once more"
    enrol_many(ambon, [7])
    third, result = _round(hub, ambon, usb)
    assert _sent(ambon, third.sequence)["from"] == _sent(ambon, second.sequence)["to"] + 1
    assert _sent(ambon, first.sequence)["to"] < _sent(ambon, second.sequence)["to"]
    assert result.audit_problems == [] and verify_trail(hub.ctx, "8171A").ok
    received = _received(hub)
    assert received == _chain(ambon)[:len(received)] and [seq for seq, _ in received] == list(
        range(1, len(received) + 1))


def test_a_lost_bundle_leaves_no_hole(sites, tmp_path):
    hub, ambon, _ = sites
    usb = tmp_path / "usb"
    enrol_many(ambon, range(2))
    lost = _export(ambon, tmp_path / "lost")  # the stick never reaches the hub
    enrol_many(ambon, [5])
    second = _export(ambon, usb)
    assert _sent(ambon, second.sequence)["from"] == 1, "nothing was acknowledged: everything goes again"
    result = import_bundle(hub.ctx, second.path, usb / "acks")
    assert result.audit_problems == [] and verify_trail(hub.ctx, "8171A").ok
    late = import_bundle(hub.ctx, lost.path, usb / "acks")
    assert late.audit_problems == [], "a late bundle's events are held already, with the same hashes"


def test_a_bundle_without_audit_lines_still_imports(sites, tmp_path, monkeypatch):
    """As a bundle from the release before the audit trail travelled."""
    hub, ambon, _ = sites
    usb = tmp_path / "usb"
    enrol_many(ambon, range(2))
    with monkeypatch.context() as patched:
        patched.setattr(AuditSelection, "lines", lambda self: iter(()))
        old_style = _export(ambon, usb)
    assert "audit_event" not in old_style.counts
    result = import_bundle(hub.ctx, old_style.path, usb / "acks")
    assert result.counts["new"] == 2 and result.audit_problems == [] and _received(hub) == []
    assert describe(verify_trail(hub.ctx, "8171A"), "8171A") == (
        "Hub belum menerima peristiwa audit dari kantor 8171A.")
    import_bundle(ambon.ctx, result.ack_path)
    _, later = _round(hub, ambon, usb)
    assert later.audit_problems == [] and _received(hub)[0][0] == 1, "the whole trail follows in the next one"


def test_an_edited_event_is_reported_at_the_hub_and_the_data_still_applied(sites, tmp_path, capsys):
    hub, ambon, _ = sites
    usb = tmp_path / "usb"
    enrol_many(ambon, range(2))
    _tamper(ambon, ("UPDATE audit_event SET actor = 'mallory' WHERE seq = 3", ()))
    exported = _export(ambon, usb)
    assert main(["--data-dir", str(hub.root), "import", str(exported.path), "--ack-to", str(usb / "acks")]) == 0
    err = capsys.readouterr().err
    assert "Jejak audit kantor 8171A rusak pada peristiwa no. 3 (" in err and "oleh mallory" in err
    with hub.ctx.db.session() as session:
        noted = session.execute(select(AuditEvent.detail).where(AuditEvent.action == OFFICE_CHAIN_BROKEN,
                                                                AuditEvent.subject == "8171A")).scalars().all()
        people = session.scalar(select(SyncBundle.summary).where(SyncBundle.direction == Direction.IN.value))
    assert [json.loads(d)["reason"] for d in noted] == ["edited"] and json.loads(noted[0])["seq"] == 3
    assert json.loads(people)["counts"]["new"] == 2 and json.loads(people)["audit"]["problems"][0]["seq"] == 3
    report = verify_trail(hub.ctx, "8171A")
    assert (report.broken.seq, report.broken.reason, report.broken.actor) == (3, "edited", "mallory")
    assert main(["--data-dir", str(hub.root), "audit", "verify", "--office", "8171A"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("Jejak audit kantor 8171A rusak pada peristiwa no. 3")


def test_a_tail_rewritten_after_sending_is_seen_by_the_hub(sites, tmp_path):
    """The office deletes its last events (already at the hub) and goes on: the hub's copy does not fit."""
    hub, ambon, _ = sites
    usb = tmp_path / "usb"
    enrol_many(ambon, range(2))
    first, _ = _round(hub, ambon, usb)
    sent_to = _sent(ambon, first.sequence)["to"]
    _tamper(ambon, ("DELETE FROM audit_event WHERE seq > ?", (sent_to - 2,)))
    for index in range(3):
        ambon.ctx.audit("test.after", f"A-{index}")
    _, result = _round(hub, ambon, usb)
    assert [(p.seq, p.reason) for p in result.audit_problems] == [(sent_to - 1, "fork"), (sent_to + 1, "link")]
    assert not verify_trail(hub.ctx, "8171A").ok
    assert not verify_trail(ambon.ctx).ok, "the office's own anchors see it too"


def test_an_event_changed_after_it_reached_the_hub_is_a_fork(sites, tmp_path):
    hub, ambon, _ = sites
    usb = tmp_path / "usb"
    enrol_many(ambon, range(1))
    _round(hub, ambon, usb)
    with hub.ctx.db.session() as session:
        held = session.execute(select(OfficeAuditEvent).where(OfficeAuditEvent.office_code == "8171A",
                                                              OfficeAuditEvent.seq == 2)).scalar_one()
    changed = audit.Link(2, audit.utc_text(held.at), "mallory", held.action, held.subject, held.detail,
                         held.prev_hash, "")
    changed = changed._replace(hash=audit.hash_of(changed))
    with hub.ctx.db.write() as session:
        receipt = receive_audit_events(session, "8171A", "f" * 32, [audit_line("8171A", changed)])
        note_problems(session, "admin", "8171A", "forged.zip", receipt)
    assert [(p.seq, p.reason, p.actor) for p in receipt.problems] == [(2, "fork", "mallory")]
    assert receipt.stored == 0, "the hub keeps what it received first"
    report = verify_trail(hub.ctx, "8171A")
    assert (report.broken.seq, report.broken.reason) == (2, "fork")
    assert "pekerja-data-8171A-MALUKU-000001.pekerja" in describe(report, "8171A")


def test_a_restored_office_continues_its_chain_at_the_hub(sites, tmp_path):
    hub, ambon, _ = sites
    usb = tmp_path / "usb"
    enrol_many(ambon, range(2))
    _round(hub, ambon, usb)
    backup = ambon.ctx.db.backup_to(tmp_path / "backup.sqlite")
    enrol_many(ambon, range(3, 5))
    _round(hub, ambon, usb)
    key = ambon.ctx.db.key
    ambon.ctx.close()
    for suffix in ("-wal", "-shm"):
        (ambon.root / f"pekerja.sqlite{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, ambon.root / "pekerja.sqlite")
    note_database_restored(DataLayout(ambon.root), key)  # the restore step declares the lost events
    ambon.ctx = open_context(ambon.root, *LOGIN)
    local = verify_trail(ambon.ctx)
    assert local.ok and len(local.gaps) == 1
    _, result = _round(hub, ambon, usb)
    assert result.audit_problems == []
    report = verify_trail(hub.ctx, "8171A")
    assert report.ok and "8171A" in describe(report, "8171A")


def test_a_hub_restored_from_a_backup_gets_the_whole_trail_again(sites, tmp_path):
    hub, ambon, _ = sites
    if hub.ctx.db.on_server:
        pytest.skip("a server database is backed up and restored with the server's tools, not `restore`")
    usb = tmp_path / "usb"
    backup = hub.ctx.db.backup_to(tmp_path / "hub-backup.sqlite")
    enrol_many(ambon, range(2))
    _round(hub, ambon, usb)
    first, _ = _round(hub, ambon, usb)  # the office now counts on the hub's epoch
    hub.ctx.close()
    for suffix in ("-wal", "-shm"):
        (hub.root / f"pekerja.sqlite{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, hub.root / "pekerja.sqlite")
    hub.reopen()
    enrol_many(ambon, [4])
    _, result = _round(hub, ambon, usb)  # the hub lost the events of the first bundle
    assert [(p.seq, p.reason) for p in result.audit_problems] == [(_sent(ambon, first.sequence)["to"] + 1,
                                                                   "missing")]
    assert "tidak ada di hub (belum diterima" in describe(verify_trail(hub.ctx, "8171A"), "8171A")
    third, result = _round(hub, ambon, usb)  # the ack told the office of the hub's new epoch
    assert _sent(ambon, third.sequence)["from"] == 1 and result.audit_problems == []
    assert verify_trail(hub.ctx, "8171A").ok and _received(hub) == _chain(ambon)[:len(_received(hub))]
