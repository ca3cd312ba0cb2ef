"""The sites of a simulated programme: the provincial hub and one field office per kabupaten/kota, each set up in a
data folder of its own, the offices and the hub trusting each other, each signed in once for the whole run."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pekerja_desktop.services.accounts.manage import NewAccount
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.services.sync.trust import register_office, trust_hub, write_key_file

ADMIN = NewAccount("admin", "simulasi-program-1", "admin", "Admin Simulasi")
HUB = OfficeSetup("MALUKU", "Disnakertrans Provinsi Maluku", "81.71", "hub")
# Maluku's eleven kabupaten/kota (Kemendagri codes), the largest first: offices are taken in this order
REGENCIES = (("81.01", "Maluku Tengah"), ("81.71", "Kota Ambon"), ("81.06", "Seram Bagian Barat"),
             ("81.04", "Buru"), ("81.05", "Seram Bagian Timur"), ("81.03", "Kepulauan Tanimbar"),
             ("81.02", "Maluku Tenggara"), ("81.07", "Kepulauan Aru"), ("81.08", "Maluku Barat Daya"),
             ("81.72", "Kota Tual"), ("81.09", "Buru Selatan"))
MAX_OFFICES = len(REGENCIES)


@dataclass
class Site:
    """One installation: its data folder and the context it stays signed in with."""
    code: str
    root: Path
    ctx: AppContext


@dataclass
class World:
    """Where the year happens: the sites, the USB stick between them, and the files exchanged with BPJS."""
    root: Path
    hub: Site
    offices: list[Site]
    files: dict[str, Path] = field(default_factory=dict)

    @property
    def usb(self) -> Path:
        return self.folder("usb")

    @property
    def bpjs(self) -> Path:
        return self.folder("bpjs")

    @property
    def bills(self) -> Path:
        return self.folder("tagihan")

    @property
    def lists(self) -> Path:
        return self.folder("daftar")

    def folder(self, name: str) -> Path:
        path = self.root / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def office(self, code: str) -> Site:
        return next(site for site in self.offices if site.code == code)

    def close(self) -> None:
        for site in (self.hub, *self.offices):
            site.ctx.close()


def office_setups(count: int) -> list[OfficeSetup]:
    if not 1 <= count <= MAX_OFFICES:
        raise ValueError(f"--offices must be 1 … {MAX_OFFICES} (one office per kabupaten/kota)")
    return [OfficeSetup(f"{code.replace('.', '')}A", f"Disnaker {name}", code, "field")
            for code, name in REGENCIES[:count]]


def _site(root: Path, setup: OfficeSetup) -> Site:
    folder = root / "sites" / setup.office_code
    setup_office(folder, setup, ADMIN)
    return Site(setup.office_code, folder, sign_in(folder))


def sign_in(folder: Path) -> AppContext:
    return open_context(folder, ADMIN.username, ADMIN.password)


def _connect(world: World, office: Site) -> None:
    keys = world.folder("keys")
    office_file, hub_file = keys / f"{office.code}.json", keys / "hub.json"
    write_key_file(office.ctx, office_file)
    write_key_file(world.hub.ctx, hub_file)
    register_office(world.hub.ctx, office_file)
    trust_hub(office.ctx, hub_file)


def build_world(root: Path, offices: int) -> World:
    """Set up the hub and `offices` field offices under `root` (which must not hold a world yet)."""
    setups = office_setups(offices)
    world = World(root, _site(root, HUB), [])
    for setup in setups:
        site = _site(root, setup)
        world.offices.append(site)
        _connect(world, site)
    return world


def open_world(root: Path) -> World:
    """A world a previous run left in `root`, signed in again (to check its invariants once more)."""
    sites = sorted((root / "sites").iterdir())
    hub = next(path for path in sites if path.name == HUB.office_code)
    return World(root, Site(hub.name, hub, sign_in(hub)),
                 [Site(path.name, path, sign_in(path)) for path in sites if path != hub])
