"""database.json without a server: the password is sealed under the office key, never written in clear, and
an explicit URL (flag or PEKERJA_DATABASE_URL) wins over the file."""

from __future__ import annotations

import json
import os

import pytest

from pekerja_desktop.paths import DATABASE_URL_ENV, DataLayout
from pekerja_desktop.store.db import DatabaseKey
from pekerja_desktop.store.errors import DatabaseError
from pekerja_desktop.store.location import (
    check_database_url,
    read_location,
    refuse_file_work,
    server_url,
    write_location,
)
from pekerja_desktop.store.server import is_server_url, redact

URL = "postgresql://pekerja:Rahasia%40Server1@db.maluku.local:5433/pekerja_hub"


@pytest.fixture
def layout(tmp_path):
    tmp_path.mkdir(exist_ok=True)
    return DataLayout(tmp_path)


def test_the_password_is_sealed_and_comes_back_with_the_key(layout):
    key = DatabaseKey(os.urandom(32))
    write_location(layout, URL, key)
    text = layout.database_config.read_text(encoding="utf-8")
    assert "Rahasia" not in text and "db.maluku.local:5433/pekerja_hub" in text
    assert json.loads(text)["url"].startswith("postgresql+psycopg://pekerja@")
    opened = server_url(layout, key)
    assert opened == "postgresql+psycopg://pekerja:Rahasia%40Server1@db.maluku.local:5433/pekerja_hub"


def test_a_wrong_key_does_not_open_the_seal(layout):
    write_location(layout, URL, DatabaseKey(os.urandom(32)))
    with pytest.raises(DatabaseError) as refused:
        server_url(layout, DatabaseKey(os.urandom(32)))
    assert refused.value.code == "database.config_corrupt"


def test_a_url_without_password_is_sealed_empty(layout):
    key = DatabaseKey(os.urandom(32))
    write_location(layout, "postgresql://pekerja@db/pekerja_hub", key)
    assert server_url(layout, key) == "postgresql+psycopg://pekerja@db/pekerja_hub"


def test_an_explicit_url_wins_over_the_file(layout, monkeypatch):
    key = DatabaseKey(os.urandom(32))
    write_location(layout, URL, key)
    monkeypatch.setenv(DATABASE_URL_ENV, "postgres://other@elsewhere/db2")
    assert server_url(layout, key) == "postgresql+psycopg://other@elsewhere/db2"
    assert server_url(layout, key, "postgresql://third@x/db3").endswith("@x/db3")


def test_no_file_means_the_local_database(layout):
    assert server_url(layout, DatabaseKey(os.urandom(32))) is None
    assert read_location(layout) is None
    refuse_file_work(layout, "backup")  # nothing to refuse


def test_a_damaged_file_is_named(layout):
    layout.database_config.write_text("{not json", encoding="utf-8")
    with pytest.raises(DatabaseError) as refused:
        read_location(layout)
    assert refused.value.code == "database.config_corrupt"
    assert "database set-url" in refused.value.message("id")


def test_backups_are_refused_for_a_server_folder(layout):
    write_location(layout, URL, DatabaseKey(os.urandom(32)))
    with pytest.raises(DatabaseError) as refused:
        refuse_file_work(layout, "restore")
    message = refused.value.message("id")
    assert "pg_dump" in message and "pekerja@db.maluku.local" in message and "Rahasia" not in message


@pytest.mark.parametrize("url", ["sqlite:///x.db", "mysql://u@h/d", "not a url", "postgresql://u@h"])
def test_only_postgresql_urls_with_a_database_are_accepted(url):
    with pytest.raises(DatabaseError) as refused:
        check_database_url(url)
    assert refused.value.code == "database.url_invalid"


def test_redaction_hides_the_password():
    assert redact(URL) == "postgresql://pekerja:***@db.maluku.local:5433/pekerja_hub"
    assert is_server_url(URL) and is_server_url("postgres://x@y/z") and not is_server_url("sqlite:///a")
