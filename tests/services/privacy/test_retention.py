"""Retention purge: personal data of records the hub accepted long ago go everywhere (record, heirs, history,
name search), statistics fields stay, a petugas is refused, a dry run changes nothing, and a purged record is
never sent to the hub again (not even after the hub was restored and asked for everything)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select, text, update

from pekerja_desktop.__main__ import main
from pekerja_desktop.errors import AccessError
from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.enrol import update_participant
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, to_data
from pekerja_desktop.services.privacy.retention import (
    DEFAULT_RETENTION_MONTHS,
    months_before,
    purge_candidates,
    purge_personal_data,
    retention_months,
    set_retention_months,
)
from pekerja_desktop.services.register.search import ParticipantQuery, search_participants
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.history import count_not_acknowledged, count_not_exported
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.account_models import AuditEvent
from pekerja_desktop.store.models import ChangeHistory, Heir, Participant
from pekerja_desktop.store.sync_models import SyncBundleMember, SyncItem
from tests.conftest import ADMIN
from tests.support import sites as sync_fixtures
from tests.support.sites import enrol_many

sites = sync_fixtures.sites  # a hub and two offices trusting each other
LATER = dt.date.today() + dt.timedelta(days=62 * 31)  # more than 60 months after today's acknowledgements
CLERK = ("budi", "sandi-budi-1")
KEPT = ("registration_number", "uuid", "kpj", "village_code", "occupation", "sex", "funding_source", "income",
        "programmes", "coverage_start", "coverage_end", "status", "consent_given", "consent_by", "version")


def _round_trip(hub, office, usb):
    (result,) = export_bundles(office.ctx, usb)
    imported = import_bundle(hub.ctx, result.path)
    import_bundle(office.ctx, imported.ack_path)
    return result


@pytest.fixture
def acknowledged(sites, tmp_path):
    """Ambon: three records accepted by the hub (the first with a KPJ), then the third edited (its new version
    not yet acknowledged), and a fourth never exported."""
    hub, ambon, _ = sites
    numbers = enrol_many(ambon, range(3))
    _round_trip(hub, ambon, tmp_path / "usb")
    from pekerja_desktop.services.sync.hub.verdicts import assign_kpj

    assign_kpj(hub.ctx, numbers[0], "12345678901")
    _round_trip(hub, ambon, tmp_path / "usb")
    with ambon.ctx.db.session() as session:
        third = find_participant(session, numbers[2])
        data = to_data(third, heirs_of(session, third.id))
    data.phone = "0813-1111-2222"
    update_participant(ambon.ctx, numbers[2], data, expected_version=None, final=True,
                       confirmed={"nik.region_outside", "nik.region_unknown"})
    numbers += enrol_many(ambon, [3])
    return numbers


def _snapshot(ctx, number):
    with ctx.db.session() as session:
        p = find_participant(session, number)
        return (p.model_dump(), [h.model_dump() for h in heirs_of(session, p.id)],
                [h.model_dump() for h in session.scalars(select(ChangeHistory)
                                                         .where(ChangeHistory.participant_id == p.id))])


def test_only_records_accepted_at_their_current_version_before_the_cutoff_qualify(sites, acknowledged):
    _, ambon, _ = sites
    assert purge_candidates(ambon.ctx, 60) == []  # acknowledged today
    later = purge_candidates(ambon.ctx, 60, LATER)
    assert [c.registration_number for c in later] == acknowledged[:2]


def test_purge_removes_personal_data_everywhere_and_keeps_the_statistics(sites, acknowledged):
    _, ambon, _ = sites
    first = acknowledged[0]
    before, heirs_before, _ = _snapshot(ambon.ctx, first)
    assert heirs_before and before["kpj"] == "12345678901"
    with ambon.ctx.db.session() as session:
        assert search_participants(session, ParticipantQuery(text=before["full_name"].split()[1]))

    result = purge_personal_data(ambon.ctx, 60, LATER)

    assert result.count == 2 and not result.dry_run and result.cutoff == months_before(LATER, 60)
    after, heirs_after, history = _snapshot(ambon.ctx, first)
    assert {name: after[name] for name in KEPT} == {name: before[name] for name in KEPT}
    assert after["nik"] == "" and after["full_name"] == "" and after["name_folded"] == ""
    assert after["birth_place"] == "" and after["address"] == "" and after["rt_rw"] == ""
    assert after["mother_name"] is None and after["phone"] is None and after["purged_at"] is not None
    assert after["birth_date"] == dt.date(before["birth_date"].year, 1, 1)
    assert heirs_after == []
    values = {h["field"]: (h["old_value"], h["new_value"]) for h in history}
    assert values["*"] == (None, "active") and values["kpj"] == (None, "12345678901")
    assert "purged_at" in values
    personal = [h for h in history if h["field"] not in ("*", "kpj", "status", "purged_at", "confirmed_warnings")]
    assert all(h["old_value"] is None and h["new_value"] is None for h in personal)
    flattened = json.dumps([after, history], default=str)
    for value in (before["nik"], before["full_name"], before["mother_name"], before["address"], before["phone"]):
        assert value not in flattened
    with ambon.ctx.db.session() as session:
        surname = before["full_name"].split()[1]
        found = [r.registration_number for r in search_participants(session, ParticipantQuery(text=surname))]
        assert first not in found
        fts = session.scalar(text("SELECT count(*) FROM participant_fts WHERE participant_fts MATCH :q"),
                             {"q": f'"{surname.lower()}"'})
        assert fts == 0
        assert session.scalar(select(func.count()).select_from(Heir).where(Heir.participant_id == before["id"])) == 0
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "retention.purge"))
    assert json.loads(event.detail)["count"] == 2 and before["full_name"] not in event.detail
    third, _, _ = _snapshot(ambon.ctx, acknowledged[2])
    assert third["nik"] and third["purged_at"] is None  # edited after the ack: kept
    assert purge_candidates(ambon.ctx, 60, LATER) == []  # a second run finds nothing more


def test_a_petugas_may_not_purge_nor_count(sites, acknowledged):
    _, ambon, _ = sites
    create_account(ambon.ctx, NewAccount(*CLERK, "petugas"))
    with open_context(ambon.root, *CLERK) as clerk:
        for call in (lambda: purge_personal_data(clerk, 60, LATER),
                     lambda: purge_personal_data(clerk, 60, LATER, dry_run=True),
                     lambda: purge_candidates(clerk, 60, LATER)):
            with pytest.raises(AccessError):
                call()
    assert _snapshot(ambon.ctx, acknowledged[0])[0]["purged_at"] is None


def test_a_dry_run_counts_and_changes_nothing(sites, acknowledged):
    _, ambon, _ = sites
    before = [_snapshot(ambon.ctx, n) for n in acknowledged]
    result = purge_personal_data(ambon.ctx, 60, LATER, dry_run=True)
    assert result.count == 2 and result.dry_run
    assert [_snapshot(ambon.ctx, n) for n in acknowledged] == before
    with ambon.ctx.db.session() as session:
        assert session.scalar(select(AuditEvent).where(AuditEvent.action == "retention.purge")) is None


def test_a_purged_record_is_never_sent_again(sites, acknowledged, tmp_path):
    hub, ambon, _ = sites
    first = acknowledged[0]
    with hub.ctx.db.session() as session:
        hub_name = find_participant(session, first).full_name
    purge_personal_data(ambon.ctx, 60, LATER)
    with ambon.ctx.db.write() as session:  # as after a hub restore: everything counts as unacknowledged
        session.execute(update(SyncItem).values(acked_version=0, sent_version=0, hub_version=0, ack_sequence=0))
    with ambon.ctx.db.session() as session:  # nor is it counted as waiting for the hub
        assert count_not_acknowledged(session) == count_not_exported(session) == 2
    (result,) = export_bundles(ambon.ctx, tmp_path / "usb2")
    with ambon.ctx.db.session() as session:
        purged = set(session.scalars(select(Participant.uuid).where(Participant.purged_at.is_not(None))))
        sent = set(session.scalars(select(SyncBundleMember.uuid).where(
            SyncBundleMember.bundle_sequence == result.sequence)))
    assert len(purged) == 2 and not purged & sent and len(sent) == 2  # the edited and the new record only
    assert result.counts["participant"] == 2
    import_bundle(hub.ctx, result.path)
    with hub.ctx.db.session() as session:
        assert find_participant(session, first).full_name == hub_name  # the hub's copy is untouched


def test_purge_cli_prints_the_count_and_refuses_a_petugas(sites, acknowledged, capsys, monkeypatch):
    _, ambon, _ = sites
    with ambon.ctx.db.write() as session:
        session.execute(update(SyncItem).values(updated_at=dt.datetime(2019, 1, 1, tzinfo=dt.UTC)))
    create_account(ambon.ctx, NewAccount(*CLERK, "petugas"))
    ambon.ctx.close()  # the commands open the database themselves
    root = str(ambon.root)
    assert main(["--data-dir", root, "purge", "--older-than-months", "60", "--dry-run"]) == 0
    assert "2 rekaman" in capsys.readouterr().out
    monkeypatch.setenv("PEKERJA_USER", CLERK[0])
    monkeypatch.setenv("PEKERJA_PASSWORD", CLERK[1])
    assert main(["--data-dir", root, "purge", "--older-than-months", "60"]) == 1
    err = capsys.readouterr().err
    assert "Akses ditolak" in err and len(err.strip().splitlines()) == 1
    monkeypatch.setenv("PEKERJA_USER", ADMIN.username)
    monkeypatch.setenv("PEKERJA_PASSWORD", ADMIN.password)
    assert main(["--data-dir", root, "--lang", "en", "purge", "--older-than-months", "60"]) == 0
    assert "Personal data of 2 records" in capsys.readouterr().out
    ambon.reopen()
    assert _snapshot(ambon.ctx, acknowledged[0])[0]["purged_at"] is not None
    assert _snapshot(ambon.ctx, acknowledged[2])[0]["purged_at"] is None


def test_retention_setting_defaults_to_60_months_and_is_checked(sites):
    _, ambon, _ = sites
    assert retention_months(ambon.ctx) == DEFAULT_RETENTION_MONTHS == 60
    assert set_retention_months(ambon.ctx, 84) == 84 and retention_months(ambon.ctx) == 84
    with pytest.raises(Exception, match="1–1200"):
        set_retention_months(ambon.ctx, 0)


@pytest.mark.parametrize(("day", "months", "expected"), [
    (dt.date(2031, 3, 31), 1, dt.date(2031, 2, 28)), (dt.date(2031, 1, 15), 60, dt.date(2026, 1, 15)),
    (dt.date(2032, 2, 29), 12, dt.date(2031, 2, 28)), (dt.date(2030, 12, 1), 11, dt.date(2030, 1, 1))])
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected
