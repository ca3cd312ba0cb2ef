"""Hermetic tests: offscreen Qt, a fresh data directory per test, no user environment leaking in."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("PEKERJA_DATA_DIR", None)
os.environ.pop("PEKERJA_USER", None)
os.environ.pop("PEKERJA_LANG", None)
os.environ.pop("PEKERJA_PASSWORD", None)
os.environ.pop("PEKERJA_DATABASE_URL", None)
os.environ["PEKERJA_TEST_FAST_KDF"] = "1"  # argon2id at test strength: hundreds of accounts are made

import datetime as dt
from pathlib import Path

import pytest

from pekerja_desktop.domain.i18n import set_language
from pekerja_desktop.domain.participant import HeirData, ParticipantData
from pekerja_desktop.services.accounts.manage import NewAccount
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from tests.support import pgserver

# Fixtures shared across the tree (a hub with people in bulk; a hub and an office that trust each other).
pytest_plugins = ["tests.support.sites", "tests.support.hub"]

OFFICE = OfficeSetup(office_code="8171A", office_name="Disnaker Kota Ambon", region_code="81.71", role="field")
ADMIN = NewAccount("admin", "rahasia-uji-1", "admin", "Admin Uji")
LOGIN = (ADMIN.username, ADMIN.password)


@pytest.fixture(autouse=True)
def _cli_signs_in_as_the_admin(monkeypatch):
    """Commands run in tests identify as the fixture's admin unless a test says otherwise."""
    monkeypatch.setenv("PEKERJA_USER", ADMIN.username)
    monkeypatch.setenv("PEKERJA_PASSWORD", ADMIN.password)


@pytest.fixture(autouse=True)
def _indonesian_by_default():
    set_language("id")
    yield
    set_language("id")


@pytest.fixture(params=pgserver.BACKENDS)
def hub_database_url(request):
    """The hub suite runs twice: on the encrypted SQLite file (None) and on a fresh database on a real
    PostgreSQL server (tests/support/pgserver.py)."""
    if request.param == "sqlite":
        yield None
        return
    server = pgserver.databases()
    url = server.fresh()
    yield url
    server.drop(url)


def pytest_sessionfinish(session, exitstatus):
    pgserver.close_databases()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data directory with an office set up."""
    root = tmp_path / "data"
    setup_office(root, OFFICE, ADMIN)
    return root


@pytest.fixture
def ctx(data_dir: Path) -> AppContext:
    context = open_context(data_dir, *LOGIN)
    yield context
    context.close()


def make_participant(**overrides) -> ParticipantData:
    """A complete, valid enrolment (a woman born 05/08/1985 in Kota Ambon)."""
    values = dict(
        nik="8171014508850001", full_name="Maria Latuconsina", birth_place="Ambon",
        birth_date=dt.date(1985, 8, 5), sex="P", mother_name="Yuliana Pattinama",
        address="Jl. Sultan Hairun No. 5", rt_rw="001/002", village_code="81.71.01.1007",
        phone="0812-3456-7890", occupation="PDP", funding_source="APBD_PROV",
        coverage_start=dt.date(2026, 11, 1), consent_given=True,
        heirs=[HeirData("Yohanis Latuconsina", "SUAMI", dt.date(1980, 1, 2), "081298765432", None)],
    )
    values.update(overrides)
    return ParticipantData(**values)


@pytest.fixture
def participant_factory():
    return make_participant
