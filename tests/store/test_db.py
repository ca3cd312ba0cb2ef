"""The database opener: connection settings, migrations from empty, refusal of newer schemas, atomic migrations."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.store import db as db_module
from pekerja_desktop.store.db import head_revision, open_database
from pekerja_desktop.store.errors import DatabaseError, DatabaseTooNewError
from tests.conftest import LOGIN
from tests.support.dbtools import open_raw


def test_every_connection_has_the_safety_settings(tmp_path):
    database = open_database(tmp_path / "x.sqlite", None, create=True)
    try:
        with database.engine.connect() as connection:
            pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("foreign_keys") == 1
            assert pragma("busy_timeout") == db_module.BUSY_TIMEOUT_MS
    finally:
        database.close()


def test_migrations_from_empty_match_the_models(tmp_path):
    database = open_database(tmp_path / "x.sqlite", None, create=True)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert context.get_current_revision() == head_revision()
            diff = [d for d in compare_metadata(context, SQLModel.metadata)
                    if "participant_fts" not in str(d)]
            assert diff == []
    finally:
        database.close()


def test_head_revision_constant_matches_the_migrations():
    assert head_revision() == db_module.HEAD_REVISION


def test_missing_database_is_not_created_without_asking(tmp_path):
    with pytest.raises(DatabaseError) as exc:
        open_database(tmp_path / "absent.sqlite", None)
    assert exc.value.code == "database.missing"
    assert not (tmp_path / "absent.sqlite").exists()


def _stamp(path: Path, revision: str) -> None:
    connection = open_raw(path)
    connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.commit()
    connection.close()


def test_database_newer_than_the_code_is_refused(data_dir):
    database_path = data_dir / "pekerja.sqlite"
    _stamp(database_path, "9999_from_the_future")
    with pytest.raises(DatabaseTooNewError) as exc:
        open_context(data_dir, *LOGIN)
    assert "versi aplikasi yang lebih baru" in exc.value.message()
    assert "newer version" in exc.value.message("en")


FAILING_REVISION = '''
revision = "0999"
down_revision = "{head}"
branch_labels = None
depends_on = None
import sqlalchemy as sa
from alembic import op


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("participant") as batch:
        batch.add_column(sa.Column("extra", sa.String, nullable=True))
    op.execute("INSERT INTO half_done (id) VALUES (1)")
    raise RuntimeError("power cut in the middle of the migration")


def downgrade():
    pass
'''


@pytest.fixture
def failing_migrations(tmp_path, monkeypatch):
    copy = tmp_path / "migrations"
    shutil.copytree(db_module.MIGRATIONS_DIR, copy)
    (copy / "versions" / "0999_failing.py").write_text(FAILING_REVISION.format(head=head_revision()))
    monkeypatch.setattr(db_module, "MIGRATIONS_DIR", copy)
    monkeypatch.setattr(db_module, "HEAD_REVISION", "0999")


def test_a_failed_migration_leaves_the_database_as_it_was(ctx, participant_factory, failing_migrations):
    from pekerja_desktop.services.enrolment.enrol import enrol

    enrol(ctx, participant_factory(), final=True)
    path = ctx.db.path
    ctx.close()
    before = _schema_and_rows(path, ctx.db.key)
    with pytest.raises(RuntimeError, match="power cut"):
        db_module.migrate(path, ctx.db.key, backup_dir=path.parent / "backups")
    assert _schema_and_rows(path, ctx.db.key) == before
    assert list((path.parent / "backups").glob("pre-migration-*.sqlite")), "a backup is taken before migrating"


def _schema_and_rows(path: Path, key):
    connection = open_raw(path, key)
    try:
        schema = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        people = connection.execute("SELECT * FROM participant").fetchall()
        return schema, version, people
    finally:
        connection.close()


def test_backup_copy_is_a_complete_database(ctx, participant_factory, tmp_path):
    from pekerja_desktop.services.enrolment.enrol import enrol

    enrol(ctx, participant_factory(), final=True)
    copy = ctx.db.backup_to(tmp_path / "copy.sqlite")
    connection = open_raw(copy, ctx.db.key)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("SELECT count(*) FROM participant").fetchone() == (1,)
    connection.close()
