"""Checks: the live database at start-up (`PRAGMA quick_check`), a backup before it is restored
(checksum, key, `PRAGMA integrity_check`, schema not newer than the code), and the search for the newest
good backup when the live database is damaged."""

from __future__ import annotations

import contextlib
import dataclasses
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.backup.copy import DatabaseFacts, opened, pragma_problems, read_facts
from pekerja_desktop.services.backup.errors import BackupError
from pekerja_desktop.services.backup.manifest import BackupInfo, file_sha256
from pekerja_desktop.services.backup.sets import describe_file, list_backups
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.store.db import DRIVER_ERRORS, MIGRATIONS_DIR, DatabaseKey, header_opens, key_opens

MAX_PROBLEMS = 10


@dataclass(frozen=True)
class DatabaseCheck:
    ok: bool
    problems: tuple[str, ...]
    seconds: float

    @property
    def first_problem(self) -> str:
        return self.problems[0] if self.problems else ""


def quick_check_database(ctx: AppContext) -> DatabaseCheck:
    """`PRAGMA quick_check` on the live database (about 1.2 s at 200,000 participants); a failure is audited."""
    ctx.require(Permission.VIEW)
    started = time.perf_counter()
    if ctx.db.on_server:  # PostgreSQL checks its own pages (data checksums); there is no file to read here
        return DatabaseCheck(True, (), 0.0)
    try:
        connection = ctx.db.raw_connection()
    except DRIVER_ERRORS as exc:
        problems = [str(exc)]
    else:
        try:
            problems = pragma_problems(connection, "quick_check")
        finally:
            connection.close()
    result = DatabaseCheck(not problems, tuple(problems[:MAX_PROBLEMS]), time.perf_counter() - started)
    if not result.ok:
        with contextlib.suppress(Exception):  # the damage may prevent the write as well
            ctx.audit("database.check_failed", problems=list(result.problems))
    return result


@cache
def known_revisions() -> frozenset[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return frozenset(rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions())


def _backup_file(path: Path, layout: DataLayout | None = None) -> Path:
    path = Path(path)
    if not path.is_file():
        raise BackupError("backup.missing", path=str(path))
    if not path.name.endswith(".sqlite"):
        raise BackupError("backup.not_a_backup", path=str(path))
    if layout is not None and layout.database.exists() and path.resolve() == layout.database.resolve():
        raise BackupError("backup.is_live", path=str(path))
    return path


def _facts(path: Path, key: DatabaseKey, pragma: str | None) -> DatabaseFacts:
    if not key_opens(path, key):
        if header_opens(path, key):  # the key is right; a later (schema) page is damaged
            raise BackupError("backup.damaged", path=str(path), problem="sqlite_master")
        raise BackupError("backup.wrong_key", path=str(path))
    try:
        with opened(path, key) as connection:
            problems = pragma_problems(connection, pragma) if pragma else []
            if problems:
                raise BackupError("backup.damaged", path=str(path), problem=problems[0])
            return read_facts(connection)
    except DRIVER_ERRORS as exc:
        raise BackupError("backup.damaged", path=str(path), problem=str(exc)) from exc


def _with_facts(info: BackupInfo, facts: DatabaseFacts) -> BackupInfo:
    """What the database itself says wins over its manifest."""
    return dataclasses.replace(info, office_code=facts.office_code, participants=facts.participants,
                               revision=facts.revision)


def describe_backup(path: Path, key: DatabaseKey, layout: DataLayout | None = None) -> BackupInfo:
    """For the warning before a restore: opened with the key, not yet checked page by page."""
    path = _backup_file(path, layout)
    return _with_facts(describe_file(path), _facts(path, key, None))


def check_backup(path: Path, key: DatabaseKey, layout: DataLayout | None = None) -> BackupInfo:
    """Refuses, with a message naming the reason, a backup that is not whole, not ours or too new."""
    path = _backup_file(path, layout)
    info = describe_file(path)
    if info.sha256 is not None and file_sha256(path) != info.sha256:
        raise BackupError("backup.checksum", path=str(path))
    facts = _facts(path, key, "integrity_check")
    if facts.revision is not None and facts.revision not in known_revisions():
        raise BackupError("backup.too_new", path=str(path), revision=facts.revision)
    if facts.office_code is None:
        raise BackupError("backup.no_office", path=str(path))
    return _with_facts(info, facts)


def newest_good_backup(layout: DataLayout, key: DatabaseKey, office_code: str | None = None) -> BackupInfo | None:
    """The newest backup in the data folder that passes `check_backup` (of this office, when given)."""
    for info in list_backups(layout.backups_dir):
        if office_code and info.office_code not in (None, office_code):
            continue
        with contextlib.suppress(BackupError):
            checked = check_backup(info.path, key, layout)
            if not office_code or checked.office_code == office_code:
                return checked
    return None


def good_backup_for(ctx: AppContext) -> BackupInfo | None:
    return newest_good_backup(ctx.layout, ctx.db.require_key(), ctx.office.code)


def describe_backup_for(ctx: AppContext, path: Path) -> BackupInfo:
    return describe_backup(Path(path), ctx.db.require_key(), ctx.layout)
