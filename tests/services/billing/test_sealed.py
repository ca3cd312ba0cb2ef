"""Closed bills survive a restore: a sealed copy of each in the data folder, put back into a backup made before
the month was closed (and said so before and after)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from pekerja_desktop.__main__ import main
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.backup.make import make_backup
from pekerja_desktop.services.backup.preview import preview_restore
from pekerja_desktop.services.backup.restore import restore_backup
from pekerja_desktop.services.billing.bill import billing_for_month
from pekerja_desktop.services.billing.errors import BillingError
from pekerja_desktop.services.billing.sealed import copy_path, unseal
from pekerja_desktop.services.setup.office import setup_office
from pekerja_desktop.store.billing_models import ClosedBillItem
from tests.conftest import ADMIN, LOGIN
from tests.support.billing import close, end_participation
from tests.support.hub import HUB, add_people

SEP, OCT, NOV = dt.date(2026, 9, 1), dt.date(2026, 10, 1), dt.date(2026, 11, 1)


@pytest.fixture
def file_hub(tmp_path):
    """A hub on the encrypted file (a server's database is restored by the server's own tools)."""
    setup_office(tmp_path / "hub", HUB, ADMIN)
    context = open_context(tmp_path / "hub", *LOGIN)
    yield context
    context.close()


def _items(ctx, month: dt.date) -> list[tuple]:
    item = ClosedBillItem
    with ctx.db.session() as session:
        rows = session.execute(select(item.registration_number, item.for_month, item.kpj, item.jkk, item.jkm)
                               .where(item.month == month).order_by(item.registration_number))
        return [tuple(row) for row in rows]


def test_the_sealed_copy_holds_the_bill_and_opens_only_here(file_hub, tmp_path):
    add_people(file_hub, 2, coverage_start=SEP)
    close(file_hub, "2026-09", tmp_path)
    data = copy_path(file_hub.layout, SEP).read_bytes()
    with file_hub.db.session() as session:
        kpjs = list(session.scalars(select(ClosedBillItem.kpj)))
    assert kpjs and not any(kpj.encode() in data for kpj in kpjs), "nothing personal in clear"
    key = file_hub.db.require_key()
    sealed = unseal(data, key, "MALUKU", SEP)
    assert sealed.row["workers"] == 2 and sealed.items_text.count("\n") == 2
    for office, month in (("8171A", SEP), ("MALUKU", OCT)):
        with pytest.raises(ValueError):
            unseal(data, key, office, month)


def test_a_restore_from_before_a_close_keeps_the_closed_bill_and_says_so(file_hub, tmp_path):
    died, *_ = add_people(file_hub, 3, coverage_start=SEP)
    close(file_hub, "2026-09", tmp_path)
    backup = make_backup(file_hub, tmp_path / "usb")  # September closed, October not yet
    close(file_hub, "2026-10", tmp_path)
    october = _items(file_hub, OCT)
    assert preview_restore(file_hub, backup.path).bills_kept == (OCT,)
    result = restore_backup(file_hub, backup.path)
    assert result.bills_kept == (OCT,)
    with open_context(tmp_path / "hub", *LOGIN) as again:
        assert _items(again, OCT) == october
        with again.db.session() as session:
            assert billing_for_month(session, OCT).total == 3 * 16_800
        end_participation(again, died, dt.date(2026, 9, 30))
        november = close(again, "2026-11", tmp_path)
    assert november.workers == 2 and [line.total for line in november.corrections] == [-16_800]


def test_a_damaged_sealed_copy_stops_the_restore_before_anything_changes(file_hub, tmp_path):
    add_people(file_hub, 1, coverage_start=SEP)
    backup = make_backup(file_hub, tmp_path / "usb")
    close(file_hub, "2026-09", tmp_path)
    sealed = copy_path(file_hub.layout, SEP)
    sealed.write_bytes(sealed.read_bytes()[:-5] + b"xxxxx")
    with pytest.raises(BillingError) as refused:
        restore_backup(file_hub, backup.path)
    assert refused.value.code == "sealed.damaged" and "09/2026" in refused.value.message()
    with open_context(tmp_path / "hub", *LOGIN) as again, again.db.session() as session:
        assert session.scalar(select(func.count()).select_from(ClosedBillItem)) == 1


def test_a_copy_lost_between_commit_and_rename_is_written_by_the_next_close(file_hub, tmp_path):
    add_people(file_hub, 1, coverage_start=SEP)
    close(file_hub, "2026-09", tmp_path)
    copy_path(file_hub.layout, SEP).unlink()
    close(file_hub, "2026-10", tmp_path)
    assert copy_path(file_hub.layout, SEP).exists() and copy_path(file_hub.layout, OCT).exists()


def test_the_restore_command_names_the_bills_it_kept(file_hub, tmp_path, capsys):
    add_people(file_hub, 1, coverage_start=SEP)
    backup = make_backup(file_hub, tmp_path / "usb")
    close(file_hub, "2026-09", tmp_path)
    file_hub.close()
    code = main(["--data-dir", str(tmp_path / "hub"), "restore", str(backup.path), "--yes"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "09/2026" in err and "tetap disimpan" in err
    assert "Tagihan yang ditutup sesudah cadangan itu tetap disimpan: 09/2026." in out
