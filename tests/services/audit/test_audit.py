"""The audit trail: appended and verified; tampering by someone who holds the key and drops the append-only
triggers — an edit, a deletion in the middle or at the end, a reordering — is found and the first broken link
named; failed logins enter the chain at the next login; the `audit` commands."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil

import pytest

from pekerja_desktop.__main__ import main
from pekerja_desktop.errors import AccessError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.audit.anchor import anchor_path
from pekerja_desktop.services.audit.query import AuditFilter, list_events
from pekerja_desktop.services.audit.verify import describe, verify_trail
from pekerja_desktop.services.sync.epoch import note_database_restored
from pekerja_desktop.store import audit_chain as audit
from tests.conftest import ADMIN, LOGIN
from tests.support.dbtools import open_raw

COLUMNS = "seq, at, actor, action, subject, detail, prev_hash, hash"


def _work(data_dir, count: int = 4) -> None:
    """Sessions that leave events: each login is one, each `ctx.audit` another."""
    for index in range(count):
        with open_context(data_dir, *LOGIN) as ctx:
            ctx.audit("test.step", f"S-{index}", index=index)


def _verify(data_dir):
    with open_context(data_dir, *LOGIN) as ctx:
        return verify_trail(ctx)


def _rows(data_dir) -> dict[int, tuple]:
    connection = open_raw(DataLayout(data_dir).database)
    try:
        return {row[0]: row for row in connection.execute(f"SELECT {COLUMNS} FROM audit_event ORDER BY seq")}
    finally:
        connection.close()


def _tamper(data_dir, *statements: tuple[str, tuple]) -> None:
    """What someone with the database key can do: drop the triggers, then change rows."""
    connection = open_raw(DataLayout(data_dir).database)
    try:
        connection.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        connection.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        for sql, params in statements:
            connection.execute(sql, params)
        connection.commit()
    finally:
        connection.close()


def _anchored(data_dir) -> int:
    return json.loads(anchor_path(DataLayout(data_dir)).read_text())["seq"]


def _swap_contents(data_dir, first: int, second: int) -> None:
    rows = _rows(data_dir)
    fields = "at = ?, actor = ?, action = ?, subject = ?, detail = ?, prev_hash = ?, hash = ?"
    _tamper(data_dir, (f"UPDATE audit_event SET {fields} WHERE seq = ?", (*rows[second][1:], first)),
            (f"UPDATE audit_event SET {fields} WHERE seq = ?", (*rows[first][1:], second)))


def test_events_are_chained_and_verified(data_dir):
    _work(data_dir)
    report = _verify(data_dir)
    rows = _rows(data_dir)
    assert report.ok and report.events == len(rows) - 1 >= 8 and report.head_seq == max(rows) - 1
    assert rows[max(rows)][3] == "audit.verify", "the check itself is recorded, after the events it checked"
    assert [seq for seq in rows] == list(range(1, len(rows) + 1))
    for seq, row in rows.items():
        previous = rows[seq - 1][7] if seq > 1 else audit.GENESIS_HASH
        assert row[6] == previous
    text = describe(report)
    assert text.startswith("Jejak audit utuh") and "audit-anchor.json" in text
    assert "checked against the login anchor" in describe(report, language="en")


def test_the_hash_is_sha256_of_the_documented_json_array(ctx):
    with ctx.db.write() as session:
        event = audit.record(session, "admin", "test.doc", "X-1", at=dt.datetime(2026, 11, 23, 1, 2, 3, 456789,
                                                                                tzinfo=dt.UTC), b=2, a="ä")
    fields = [event.prev_hash, event.seq, "2026-11-23T01:02:03.456789Z", "admin", "test.doc", "X-1",
              '{"a":"ä","b":2}']
    expected = hashlib.sha256(json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
    assert event.hash == expected


def test_field_boundaries_cannot_move(ctx):
    """The old `\\x1f`-joined form let text move between fields under the same hash; JSON does not."""
    assert audit.link_hash("0" * 64, 1, "t", "a\x1fb", "c", "", "{}") != audit.link_hash(
        "0" * 64, 1, "t", "a", "b\x1fc", "", "{}")


def test_the_triggers_refuse_update_and_delete(data_dir):
    _work(data_dir, 1)
    connection = open_raw(DataLayout(data_dir).database)
    try:
        for statement in ("UPDATE audit_event SET actor = 'x' WHERE seq = 1", "DELETE FROM audit_event WHERE seq = 1"):
            with pytest.raises(Exception, match="append-only"):
                connection.execute(statement)
    finally:
        connection.close()


def test_an_edited_event_is_named(data_dir):
    _work(data_dir)
    target = _rows(data_dir)[3]
    _tamper(data_dir, ("UPDATE audit_event SET detail = '{\"index\":99}' WHERE seq = 3", ()))
    report = _verify(data_dir)
    assert not report.ok
    broken = report.broken
    assert (broken.seq, broken.reason, broken.action, broken.actor) == (3, "edited", target[3], target[2])
    assert describe(report).startswith(f"Jejak audit rusak pada peristiwa no. 3 ({target[3]}, oleh {target[2]}, ")
    assert "its content was changed after it was recorded" in describe(report, language="en")


def test_an_edit_with_every_later_hash_recomputed_is_caught_by_the_anchor(data_dir):
    _work(data_dir)
    rows = _rows(data_dir)
    statements, previous = [], rows[2][7]
    for seq in range(3, max(rows) + 1):  # a careful tamperer: a consistent chain from event 3 on
        _, at, actor, action, subject, detail, _, _ = rows[seq]
        actor = "mallory" if seq == 3 else actor
        new_hash = audit.link_hash(previous, seq, audit.stored_utc_text(at), actor, action, subject, detail)
        statements.append(("UPDATE audit_event SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                           (actor, previous, new_hash, seq)))
        previous = new_hash
    _tamper(data_dir, *statements)
    anchored = _anchored(data_dir)
    report = _verify(data_dir)
    assert report.broken.reason == "rewritten" and report.broken.seq == anchored > 3
    assert "rantai ditulis ulang" in describe(report) and "audit-anchor.json" in describe(report)


def test_a_deleted_event_in_the_middle_is_named(data_dir):
    _work(data_dir)
    _tamper(data_dir, ("DELETE FROM audit_event WHERE seq = 4", ()))
    broken = _verify(data_dir).broken
    assert (broken.seq, broken.reason, broken.params["first"], broken.params["last"]) == (5, "missing", 4, 4)


def test_a_deletion_hidden_by_renumbering_is_named(data_dir):
    _work(data_dir)
    _tamper(data_dir, ("DELETE FROM audit_event WHERE seq = 4", ()),
            ("UPDATE audit_event SET seq = seq - 1 WHERE seq > 4", ()))
    report = _verify(data_dir)
    assert (report.broken.seq, report.broken.reason, report.broken.params["previous"]) == (4, "link", 3)
    assert "tidak menyambung ke peristiwa no. 3" in describe(report)


def test_deleting_the_last_events_is_caught_by_the_anchor(data_dir):
    _work(data_dir)
    anchored = _anchored(data_dir)  # the last login
    _tamper(data_dir, ("DELETE FROM audit_event WHERE seq > ?", (anchored - 3,)))
    report = _verify(data_dir)
    assert report.broken.reason == "truncated" and report.broken.params["anchor_seq"] == anchored
    message = describe(report)
    assert "rantai berakhir di sini, padahal jangkar login (audit-anchor.json) mencatat peristiwa no." in message
    assert f"no. {anchored} (" in message
    assert _anchored(data_dir) == anchored, "a login on a cut-off chain does not move the anchor back"


def test_swapped_rows_are_named_as_a_reordering(data_dir):
    _work(data_dir)
    moved = _rows(data_dir)[5]
    _swap_contents(data_dir, 4, 5)
    report = _verify(data_dir)
    assert (report.broken.seq, report.broken.reason, report.broken.action) == (4, "reordered", moved[3])
    assert report.broken.params["follows"] == 5
    assert "the order was changed" in describe(report, language="en")


def test_swapped_numbers_are_named_as_a_reordering(data_dir):
    _work(data_dir)
    _tamper(data_dir, ("UPDATE audit_event SET seq = -1 WHERE seq = 6", ()),
            ("UPDATE audit_event SET seq = 6 WHERE seq = 7", ()),
            ("UPDATE audit_event SET seq = 7 WHERE seq = -1", ()))
    broken = _verify(data_dir).broken
    assert (broken.seq, broken.reason, broken.params["follows"]) == (6, "reordered", 7)


def test_failed_logins_enter_the_chain_at_the_next_login(data_dir):
    for _ in range(2):
        with pytest.raises(AccessError):
            open_context(data_dir, ADMIN.username, "salah-sekali")
    with pytest.raises(AccessError):
        open_context(data_dir, "tamu", "apa-saja")
    with open_context(data_dir, *LOGIN) as ctx:
        events = list_events(ctx, AuditFilter(action="login"))
        assert verify_trail(ctx).ok
    failed = [(e.action, e.actor, e.detail.get("attempt"), e.detail.get("reason")) for e in events
              if e.action == "login.failed"]
    assert failed == [("login.failed", "admin", 1, None), ("login.failed", "admin", 2, None),
                      ("login.failed", "tamu", None, "unknown_user")]
    last_login = max(e.seq for e in events if e.action == "login")
    assert all(e.seq < last_login for e in events if e.action == "login.failed")
    assert all(e.detail.get("noted_at") for e in events if e.action == "login.failed")


def test_a_restore_through_the_restore_step_continues_after_a_declared_gap(data_dir, tmp_path):
    _work(data_dir, 2)
    layout = DataLayout(data_dir)
    with open_context(data_dir, *LOGIN) as ctx:
        backup = ctx.db.backup_to(tmp_path / "backup.sqlite")
        with ctx.db.session() as session:
            kept = audit.chain_head(session).seq
        key = ctx.db.key
    _work(data_dir, 2)
    anchored = _anchored(data_dir)
    for suffix in ("-wal", "-shm"):
        (data_dir / f"pekerja.sqlite{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, layout.database)
    note_database_restored(layout, key)
    report = _verify(data_dir)
    assert report.ok and [(g.first, g.last) for g in report.gaps] == [(kept + 1, anchored)]
    assert f"peristiwa no. {kept + 1}–{anchored}" in describe(report)


def test_a_database_copied_back_by_hand_reads_as_cut_off(data_dir, tmp_path):
    _work(data_dir, 2)
    with open_context(data_dir, *LOGIN) as ctx:
        backup = ctx.db.backup_to(tmp_path / "backup.sqlite")
    _work(data_dir, 2)
    for suffix in ("-wal", "-shm"):
        (data_dir / f"pekerja.sqlite{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, DataLayout(data_dir).database)
    assert _verify(data_dir).broken.reason in {"truncated", "rewritten"}


# --- the commands ------------------------------------------------------------------------------------------

def _run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_audit_verify_command(data_dir, capsys):
    _work(data_dir, 2)
    assert _run(data_dir, "audit", "verify") == 0
    out, err = capsys.readouterr()
    assert out.count("\n") == 1 and out.startswith("Jejak audit utuh:") and err == ""
    _tamper(data_dir, ("UPDATE audit_event SET subject = 'lain' WHERE seq = 2", ()))
    assert _run(data_dir, "--lang", "en", "audit", "verify") == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith("Audit trail broken at event no. 2 (") and "hash mismatch" in err


def test_audit_verify_office_only_at_the_hub(data_dir, capsys):
    assert _run(data_dir, "audit", "verify", "--office", "8171A") == 1
    assert capsys.readouterr().err.strip() == "--office hanya dapat dipakai di hub."


def test_audit_list_command_filters(data_dir, capsys):
    _work(data_dir, 3)
    assert _run(data_dir, "audit", "list", "--action", "test", "--format", "json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["subject"] for row in rows] == ["S-0", "S-1", "S-2"]
    assert all(row["at"].endswith("Z") and row["detail"]["index"] == i for i, row in enumerate(rows))
    assert _run(data_dir, "audit", "list", "--subject", "S-1", "--user", "ADMIN", "--format", "json") == 0
    assert [row["detail"] for row in json.loads(capsys.readouterr().out)] == [{"index": 1}]
    tomorrow = (dt.date.today() + dt.timedelta(days=2)).strftime("%d/%m/%Y")
    assert _run(data_dir, "audit", "list", "--since", tomorrow, "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert _run(data_dir, "audit", "list", "--since", dt.date.today().strftime("%d/%m/%Y"), "--action",
                "login") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["No", "Waktu", "Operator", "Tindakan", "Subjek", "Rincian"]
    assert len(lines) >= 2 + 3 and all(" login " in line for line in lines[2:])


def test_audit_list_bad_date_is_a_usage_error(data_dir, capsys):
    with pytest.raises(SystemExit) as stop:
        _run(data_dir, "audit", "list", "--since", "31/02/2026")
    assert stop.value.code == 2
    assert "tanggal '31/02/2026' tidak valid" in capsys.readouterr().err


def test_audit_needs_the_audit_permission(data_dir, capsys, monkeypatch):
    with open_context(data_dir, *LOGIN) as ctx:
        create_account(ctx, NewAccount("budi", "rahasia-uji-2", "petugas", "Budi"))
    monkeypatch.setenv("PEKERJA_USER", "budi")
    monkeypatch.setenv("PEKERJA_PASSWORD", "rahasia-uji-2")
    for command in (("audit", "list"), ("audit", "verify")):
        assert _run(data_dir, *command) == 1
        assert capsys.readouterr().err.startswith("Akses ditolak: peran Petugas tidak boleh memeriksa jejak audit")
