"""Setting up an office: the data directory, the encrypted database and its first admin, the office
identity and its signing key, and the recovery key (shown once)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from pyrage import x25519
from sqlalchemy.engine import make_url
from sqlmodel import select

from pekerja_desktop.assets import packaged_region_index
from pekerja_desktop.domain.identity.regnum import is_valid_office_code, normalise_office_code
from pekerja_desktop.domain.regions import REGENCY_LEVELS
from pekerja_desktop.domain.roles import Role
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.fileio import atomic_writer
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.manage import NewAccount, validate_new_account, write_first_account
from pekerja_desktop.services.accounts.recovery_key import format_recovery_key
from pekerja_desktop.services.reference.data import seed_reference_data
from pekerja_desktop.services.setup.errors import SetupError
from pekerja_desktop.services.sync.office_keys import OfficeKeys, plain_key_files, seal_keys, sealed_path
from pekerja_desktop.services.sync.signing_key import fingerprint, generate_signing_key, public_key_hex
from pekerja_desktop.store.db import DatabaseKey, open_database
from pekerja_desktop.store.location import check_database_url, write_location
from pekerja_desktop.store.models import Office, OfficeRole


@dataclass(frozen=True)
class OfficeSetup:
    office_code: str
    office_name: str
    region_code: str
    role: str


@dataclass(frozen=True)
class SetupResult:
    data_dir: Path
    office_code: str
    office_name: str
    region_code: str
    region_name: str
    role: str
    public_key: str
    fingerprint: str
    admin: str
    recovery_key: str  # shown once: print it and keep it at the provincial office


def validate_setup(request: OfficeSetup) -> OfficeSetup:
    """Check and normalise the request before anything is written."""
    code = normalise_office_code(request.office_code)
    if not is_valid_office_code(code):
        raise SetupError("setup.office_code", value=request.office_code)
    name = " ".join(request.office_name.split())
    if not name:
        raise SetupError("setup.office_name")
    region = packaged_region_index().get(request.region_code.strip())
    if region is None or region.level not in REGENCY_LEVELS:
        raise SetupError("setup.region", value=request.region_code)
    if request.role not in {r.value for r in OfficeRole}:
        raise SetupError("setup.role", value=request.role)
    return OfficeSetup(code, name, region.code, request.role)


def _prepare_directory(root: Path) -> None:
    if root.exists() and not root.is_dir():
        raise PekerjaError("data_dir.not_directory", path=str(root))
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PekerjaError("data_dir.not_writable", path=str(root), reason=exc.strerror or str(exc)) from exc
    if not os.access(root, os.W_OK):
        raise PekerjaError("data_dir.not_writable", path=str(root), reason="permission denied")


def setup_office(data_dir: Path, request: OfficeSetup, admin: NewAccount,
                 database_url: str | None = None) -> SetupResult:
    """Create the office and its first admin. The database is built under a temporary name and renamed
    last, so a failed setup leaves nothing behind and a second setup is refused. With `database_url`
    (a hub only), the database is on that PostgreSQL server instead of in the data folder."""
    request = validate_setup(request)
    admin = validate_new_account(NewAccount(admin.username, admin.password, Role.ADMIN.value, admin.display_name))
    layout = DataLayout(data_dir)
    if layout.database.exists() or layout.database_config.exists():
        raise SetupError("setup.already", path=str(data_dir), office_code=_office_code_hint(layout))
    if database_url is not None:
        return _setup_on_server(layout, request, admin, check_database_url(database_url))
    _prepare_directory(data_dir)
    key = generate_signing_key()
    database_key = DatabaseKey(os.urandom(32))
    staging = layout.database.with_name(layout.database.name + ".setup")
    _remove_database_files(staging)
    layout.keyring.unlink(missing_ok=True)
    _remove_key_files(layout)
    try:
        _build_database(staging, request, public_key_hex(key), database_key, admin, layout)
        _seal_new_keys(layout, database_key, request.office_code, key)
        write_office_summary(layout, request)
        staging.replace(layout.database)
    except BaseException:
        _remove_database_files(staging)
        _remove_key_files(layout)
        layout.keyring.unlink(missing_ok=True)
        layout.office_summary.unlink(missing_ok=True)
        raise
    return _result(layout, request, key, admin, database_key)


def _result(layout: DataLayout, request: OfficeSetup, key, admin: NewAccount, database_key: DatabaseKey) -> SetupResult:
    region = packaged_region_index().get(request.region_code)
    return SetupResult(layout.root, request.office_code, request.office_name, request.region_code,
                       region.name if region else "", request.role, public_key_hex(key),
                       fingerprint(public_key_hex(key)), admin.username, format_recovery_key(database_key))


def _setup_on_server(layout: DataLayout, request: OfficeSetup, admin: NewAccount, url: str) -> SetupResult:
    """A hub whose database is on a PostgreSQL server: the server's database must hold no office yet.
    The office, its reference data and first admin are written in one transaction; the data folder's
    files are removed again if anything fails."""
    if request.role != OfficeRole.HUB.value:
        raise SetupError("setup.server_hub_only")
    _prepare_directory(layout.root)
    key = generate_signing_key()
    database_key = DatabaseKey(os.urandom(32))
    written = (layout.keyring, sealed_path(layout), *plain_key_files(layout).values(), layout.office_summary,
               layout.database_config)
    for path in written:
        path.unlink(missing_ok=True)
    try:
        db = open_database(None, database_key, url=url)
        try:
            with db.session() as session:
                existing = session.scalar(select(Office.code).where(Office.is_self))
            if existing is not None:
                raise SetupError("setup.server_in_use", url=db.url, office_code=existing)
            _fill_database(db, request, public_key_hex(key), database_key, admin, layout)
        finally:
            db.close()
        _seal_new_keys(layout, database_key, request.office_code, key)
        write_office_summary(layout, request)
        write_location(layout, url, database_key)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return _result(layout, request, key, admin, database_key)


def _seal_new_keys(layout: DataLayout, database_key: DatabaseKey, office_code: str, key) -> None:
    """The signing key and a new age identity (bundles for this office are encrypted to it), sealed under the
    database key: nothing in the folder signs or decrypts without a password (services/sync/office_keys.py)."""
    seal_keys(layout, database_key, office_code, OfficeKeys(key, x25519.Identity.generate()))


def _remove_key_files(layout: DataLayout) -> None:
    for path in (sealed_path(layout), *plain_key_files(layout).values()):
        path.unlink(missing_ok=True)


def _office_code_hint(layout: DataLayout) -> str:
    summary = read_office_summary(layout)
    return summary.get("code", "?") if summary else "?"


def write_office_summary(layout: DataLayout, request: OfficeSetup) -> None:
    """office.json: who this office is, readable before anyone signs in (the login window shows it).
    The database is encrypted; this file holds no personal data."""
    with atomic_writer(layout.office_summary) as handle:
        json.dump({"code": request.office_code, "name": request.office_name, "role": request.role}, handle)


def read_office_summary(layout: DataLayout) -> dict | None:
    try:
        data = json.loads(layout.office_summary.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None


def _build_database(path: Path, request: OfficeSetup, public_hex: str, database_key: DatabaseKey,
                    admin: NewAccount, layout: DataLayout) -> None:
    db = open_database(path, database_key, create=True)
    try:
        _fill_database(db, request, public_hex, database_key, admin, layout)
    finally:
        db.close()


def _fill_database(db, request: OfficeSetup, public_hex: str, database_key: DatabaseKey, admin: NewAccount,
                   layout: DataLayout) -> None:
    with db.write() as session:
        seed_reference_data(session)
        session.add(Office(code=request.office_code, name=request.office_name,
                           region_code=request.region_code, role=request.role,
                           public_key=public_hex, is_self=True))
        write_first_account(session, layout, database_key, admin, by=admin.username)
    with db.session() as session:
        assert session.scalar(select(Office.code).where(Office.is_self)) == request.office_code


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def url_with_password(address: str, password: str) -> str:
    """A server address typed without its password (the window asks for it in a hidden field), joined."""
    url = check_database_url(address.strip())
    return make_url(url).set(password=password).render_as_string(hide_password=False) if password else url
