"""Sync fixtures: a hub and two field offices, each in its own data directory, trusting each other."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.services.sync.trust import register_office, trust_hub, write_key_file
from tests.conftest import ADMIN, LOGIN, make_participant

HUB = OfficeSetup("MALUKU", "Disnakertrans Provinsi Maluku", "81.71", "hub")
AMBON = OfficeSetup("8171A", "Disnaker Kota Ambon", "81.71", "field")
TUAL = OfficeSetup("8172A", "Disnaker Kota Tual", "81.72", "field")


@dataclass
class Site:
    """One installation: its data directory and an open context (reopened by `reopen`)."""
    root: Path
    ctx: AppContext

    def reopen(self) -> AppContext:
        self.ctx.close()
        self.ctx = open_context(self.root, *LOGIN)
        return self.ctx


def make_site(tmp_path: Path, setup: OfficeSetup, database_url: str | None = None) -> Site:
    root = tmp_path / setup.office_code
    setup_office(root, setup, ADMIN, database_url=database_url)
    return Site(root, open_context(root, *LOGIN))


def connect(tmp_path: Path, hub: Site, office: Site) -> None:
    keys = tmp_path / "keys"
    keys.mkdir(exist_ok=True)
    office_file = keys / f"{office.ctx.office.code}.json"
    hub_file = keys / "hub.json"
    write_key_file(office.ctx, office_file)
    write_key_file(hub.ctx, hub_file)
    register_office(hub.ctx, office_file)
    trust_hub(office.ctx, hub_file)


@pytest.fixture
def sites(tmp_path, hub_database_url):
    """The hub on each backend (tests/conftest.py's hub_database_url); offices always on their file."""
    hub = make_site(tmp_path, HUB, hub_database_url)
    ambon, tual = (make_site(tmp_path, s) for s in (AMBON, TUAL))
    connect(tmp_path, hub, ambon)
    connect(tmp_path, hub, tual)
    yield hub, ambon, tual
    for site in (hub, ambon, tual):
        site.ctx.close()


def nik_for(index: int, sex: str = "P") -> str:
    birth = dt.date(1970, 1, 1) + dt.timedelta(days=(index * 37) % 9000)
    return encode_nik("817101", birth, sex, 1 + index % 9000)


FIRST = ("Maria", "Yohanis", "Siti", "Abdul", "Ona", "Rudi", "Novi", "Hasan", "Lina", "Petrus")
LAST = ("Latuconsina", "Pattinama", "Tuanakotta", "Rumahorbo", "Wattimena", "Ohoiwutun", "Sahetapy", "Talaohu")


def name_for(index: int) -> str:
    letters = "".join(chr(ord("a") + int(d)) for d in f"{index:05d}")
    return f"{FIRST[index % len(FIRST)]} {letters.capitalize()} {LAST[index % len(LAST)]}"


def person(index: int, **overrides):
    """A valid enrolment whose NIK agrees with its birth date and sex."""
    sex = overrides.pop("sex", "P")
    nik = overrides.pop("nik", None) or nik_for(index, sex)
    day = int(nik[6:8]) - (40 if sex == "P" else 0)
    birth = dt.date(1900 + int(nik[10:12]) if int(nik[10:12]) > 30 else 2000 + int(nik[10:12]), int(nik[8:10]), day)
    return make_participant(nik=nik, sex=sex, birth_date=birth, full_name=overrides.pop("full_name", name_for(index)),
                            mother_name="Ibu Kandung", **overrides)


def enrol_many(site: Site, indexes, **overrides) -> list[str]:
    return [enrol(site.ctx, person(i, **overrides), final=True, confirmed={"nik.region_outside", "nik.region_unknown"},
                  source="test").registration_number for i in indexes]
