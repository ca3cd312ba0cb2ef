"""One way to say a failure: a task without its own `on_error` ends in a message box over the page that started it,
worded as the command line words it; a caller that asks otherwise gets the exception instead."""

from __future__ import annotations

import errno
import logging
import sqlite3

import pytest
from PySide6.QtWidgets import QWidget

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.store.errors import DatabaseError
from pekerja_desktop.ui.failures import failure_message
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.busy import BusyRow


@pytest.fixture
def boxes(monkeypatch) -> list[tuple[QWidget | None, str, str | None]]:
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: shown.append((parent, text, title)))
    return shown


def failing(exc: BaseException):
    def work(_control):
        raise exc
    return work


def test_a_task_without_on_error_shows_the_message_over_its_page(runner, boxes, qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    runner.run(failing(DatabaseError("database.locked")), parent=page)
    assert boxes == [(page, DatabaseError("database.locked").message(), None)]


def test_a_caller_with_on_error_gets_the_exception_and_no_box(runner, boxes):
    caught = []
    runner.run(failing(DatabaseError("database.locked")), on_error=caught.append)
    assert [type(exc) for exc in caught] == [DatabaseError] and boxes == []


def test_an_unexpected_error_is_said_in_one_line_and_logged(runner, boxes, caplog):
    with caplog.at_level(logging.ERROR, logger="pekerja_desktop.ui.failures"):
        runner.run(failing(RuntimeError("boom")))
    assert [text for _parent, text, _title in boxes] == ["Unexpected error: RuntimeError: boom"]
    assert caplog.records and caplog.records[0].exc_info is not None


def test_os_errors_are_worded_as_the_command_line_words_them():
    full = OSError(errno.ENOSPC, "No space left on device", "/media/usb/paket.zip")
    assert failure_message(full) == PekerjaError("file.disk_full", path="/media/usb/paket.zip").message()
    gone = FileNotFoundError(errno.ENOENT, "No such file or directory", "/media/usb/kunci.json")
    assert failure_message(gone) == PekerjaError("file.missing", path="/media/usb/kunci.json").message()


def test_a_database_error_names_the_database_of_the_window(runner, boxes, ctx):
    runner.context = ctx
    runner.run(failing(sqlite3.OperationalError("database is locked")))
    assert [text for _parent, text, _title in boxes] == [DatabaseError("database.locked").message()]


def test_the_busy_row_without_on_failed_shows_the_box_over_its_page(runner, boxes, qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    busy = BusyRow(runner, page)
    busy.run(failing(DatabaseError("database.full")), lambda _value: None, "…", on_cancelled=lambda: None)
    assert boxes == [(page, DatabaseError("database.full").message(), None)]
    assert not busy.busy


def test_the_unexpected_error_line_is_indonesian_in_the_indonesian_interface(indonesian):
    assert failure_message(ValueError("x")) == "Kesalahan tak terduga: ValueError: x"
