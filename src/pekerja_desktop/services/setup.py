"""Setting up an office: the data directory, the database, the office identity and its signing key."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from pekerja_desktop.assets import packaged_region_index
from pekerja_desktop.domain.regions import REGENCY_LEVELS
from pekerja_desktop.domain.regnum import is_valid_office_code, normalise_office_code
from pekerja_desktop.errors import PekerjaError, SetupError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.keys import fingerprint, generate_signing_key, public_key_hex, write_private_key
from pekerja_desktop.services.reference import seed_reference_data
from pekerja_desktop.services.sync.identity import age_identity_path, write_age_identity
from pekerja_desktop.store.db import open_database
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


def _existing_office_code(layout: DataLayout) -> str:
    with contextlib.suppress(sqlite3.DatabaseError):
        connection = sqlite3.connect(f"file:{layout.database}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT code FROM office WHERE is_self").fetchone()
            return row[0] if row else "?"
        finally:
            connection.close()
    return "?"


def _prepare_directory(root: Path) -> None:
    if root.exists() and not root.is_dir():
        raise PekerjaError("data_dir.not_directory", path=str(root))
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PekerjaError("data_dir.not_writable", path=str(root), reason=exc.strerror or str(exc)) from exc
    if not os.access(root, os.W_OK):
        raise PekerjaError("data_dir.not_writable", path=str(root), reason="permission denied")


def setup_office(data_dir: Path, request: OfficeSetup) -> SetupResult:
    """Create the office. The database is built under a temporary name and renamed last, so a failed
    setup leaves nothing behind and a second setup is refused."""
    request = validate_setup(request)
    layout = DataLayout(data_dir)
    if layout.database.exists():
        raise SetupError("setup.already", path=str(data_dir), office_code=_existing_office_code(layout))
    _prepare_directory(data_dir)
    key = generate_signing_key()
    staging = layout.database.with_name(layout.database.name + ".setup")
    _remove_database_files(staging)
    try:
        _build_database(staging, request, public_key_hex(key))
        layout.signing_key.unlink(missing_ok=True)
        write_private_key(key, layout.signing_key)
        age_identity_path(layout).unlink(missing_ok=True)
        write_age_identity(age_identity_path(layout))  # bundles for this office are encrypted to it (sync)
        staging.replace(layout.database)
    except BaseException:
        _remove_database_files(staging)
        layout.signing_key.unlink(missing_ok=True)
        age_identity_path(layout).unlink(missing_ok=True)
        raise
    region = packaged_region_index().get(request.region_code)
    return SetupResult(data_dir, request.office_code, request.office_name, request.region_code,
                       region.name if region else "", request.role, public_key_hex(key),
                       fingerprint(public_key_hex(key)))


def _build_database(path: Path, request: OfficeSetup, public_hex: str) -> None:
    db = open_database(path, create=True)
    try:
        with db.write() as session:
            seed_reference_data(session)
            session.add(Office(code=request.office_code, name=request.office_name,
                               region_code=request.region_code, role=request.role,
                               public_key=public_hex, is_self=True))
        with db.session() as session:
            assert session.scalar(select(Office.code).where(Office.is_self)) == request.office_code
    finally:
        db.close()


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
