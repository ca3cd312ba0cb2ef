"""NIK masking per role in the CLI's `list` and `show`, and every reveal recorded in the audit trail."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from pekerja_desktop.__main__ import main
from pekerja_desktop.domain.participant import HeirData
from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.enrol import enrol, update_participant
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, to_data
from pekerja_desktop.services.privacy.reveal import mask_nik, nik_for_display, reveal_nik
from pekerja_desktop.store.account_models import AuditEvent

NIK = "8171014508850001"
HEIR_NIK = "8171010201800003"
MASKED = "8171********0001"
CLERK = ("budi", "sandi-budi-1")
SUPERVISOR = ("sari", "sandi-sari-1")


@pytest.fixture
def office(data_dir, ctx, participant_factory):
    """One record (with an heir who has a NIK, and a NIK correction in its history), a petugas, a supervisor."""
    create_account(ctx, NewAccount(*CLERK, "petugas"))
    create_account(ctx, NewAccount(*SUPERVISOR, "supervisor"))
    person = participant_factory(nik="8171014508850002", heirs=[
        HeirData("Yohanis Latuconsina", "SUAMI", None, None, HEIR_NIK)])
    number = enrol(ctx, person, final=True).registration_number
    with ctx.db.session() as session:
        participant = find_participant(session, number)
        data = to_data(participant, heirs_of(session, participant.id))
    data.nik = NIK
    update_participant(ctx, number, data, expected_version=None, final=True)
    ctx.close()  # the tests open their own contexts, one at a time
    return number


def _run(capsys, monkeypatch, login, *argv) -> tuple[int, str, str]:
    monkeypatch.setenv("PEKERJA_USER", login[0])
    monkeypatch.setenv("PEKERJA_PASSWORD", login[1])
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def _reveals(data_dir) -> list[AuditEvent]:
    with open_context(data_dir, *SUPERVISOR) as ctx, ctx.db.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == "nik.reveal")))


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_list_masks_niks_for_a_petugas(data_dir, office, capsys, monkeypatch, fmt):
    code, out, err = _run(capsys, monkeypatch, CLERK, "--data-dir", str(data_dir), "list", "--format", fmt)
    assert code == 0, err
    assert MASKED in out and NIK not in out
    assert _reveals(data_dir) == []


def test_list_shows_full_niks_to_a_supervisor_without_an_audit_event(data_dir, office, capsys, monkeypatch):
    code, out, _ = _run(capsys, monkeypatch, SUPERVISOR, "--data-dir", str(data_dir), "list", "--format", "json")
    assert code == 0 and json.loads(out)[0]["nik"] == NIK
    assert _reveals(data_dir) == []


def test_list_reveal_by_a_petugas_is_one_audit_event_with_the_count(data_dir, office, participant_factory,
                                                                    capsys, monkeypatch):
    with open_context(data_dir, *SUPERVISOR) as supervisor:
        enrol(supervisor, participant_factory(nik="8171010101900002", full_name="Andreas Pattimura", sex="L",
                                              birth_date=dt.date(1990, 1, 1)), final=True)
    code, out, _ = _run(capsys, monkeypatch, CLERK, "--data-dir", str(data_dir), "list", "--reveal",
                        "--format", "json")
    assert code == 0
    assert {row["nik"] for row in json.loads(out)} == {NIK, "8171010101900002"}
    (event,) = _reveals(data_dir)
    assert event.actor == CLERK[0] and json.loads(event.detail) == {"count": 2, "where": "cli list"}


def test_show_masks_the_record_the_heirs_and_the_history_for_a_petugas(data_dir, office, capsys, monkeypatch):
    code, out, err = _run(capsys, monkeypatch, CLERK, "--data-dir", str(data_dir), "show", office)
    assert code == 0, err
    record = json.loads(out)
    assert record["nik"] == MASKED and record["heirs"][0]["nik"] == mask_nik(HEIR_NIK)
    nik_change = next(h for h in record["history"] if h["field"] == "nik")
    assert nik_change["old_value"] == "8171********0002" and nik_change["new_value"] == MASKED
    assert NIK not in out and HEIR_NIK not in out and "8171014508850002" not in out


def test_show_reveal_is_audited_once_with_every_nik_counted(data_dir, office, capsys, monkeypatch):
    code, out, _ = _run(capsys, monkeypatch, CLERK, "--data-dir", str(data_dir), "show", office, "--reveal")
    assert code == 0
    record = json.loads(out)
    assert record["nik"] == NIK and record["heirs"][0]["nik"] == HEIR_NIK
    (event,) = _reveals(data_dir)
    assert event.subject == office
    assert json.loads(event.detail) == {"count": 4, "where": "cli show"}  # own, heir's, and the two in the history


def test_nik_for_display_by_role(data_dir, office):
    with open_context(data_dir, *CLERK) as clerk:
        assert nik_for_display(clerk, NIK) == MASKED
        assert nik_for_display(clerk, NIK, revealed=True) == NIK
        assert nik_for_display(clerk, None) == ""
    with open_context(data_dir, *SUPERVISOR) as supervisor:
        assert nik_for_display(supervisor, NIK) == NIK


def test_reveal_nik_returns_the_full_nik_and_records_who_and_which(data_dir, office):
    with open_context(data_dir, *CLERK) as clerk:
        assert reveal_nik(clerk, office) == NIK
    (event,) = _reveals(data_dir)
    assert (event.actor, event.subject) == (CLERK[0], office)
