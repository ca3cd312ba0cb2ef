"""What a failure says, the same on every page (in the spirit of Anki's `CollectionOp`): a `PekerjaError` its own
message; an OS error and a database driver's error as the command line words them (disk full, file missing,
database busy or damaged, server unreachable…); anything else the one "Unexpected error" line, logged with its
traceback.

`show_failure` says it in a message box; `TaskRunner.run` does so for every task whose caller gives no
`on_error`. A page that also keeps the text (a notice under its buttons, a status line) takes it from there or
from `failure_message`. The box goes through `messages.show_error`, which tests stub.

The driver errors and their classifiers are the store's, the ones cli/common.py uses; they are the ui's only
import from the store, to be replaced by a service that explains a failure to both the command line and the
window once there is one.
"""

from __future__ import annotations

import errno
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.store.db import DRIVER_ERRORS, Database, classify_database_error
from pekerja_desktop.store.server import classify_server_error
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.formatting import fill

log = logging.getLogger(__name__)


def failure_message(exc: BaseException, database: Database | None = None) -> str:
    """The clerk's words for `exc`; `database`, when known, names the database a driver error came from."""
    known = known_error(exc, database)
    if known is not None:
        return known.message()
    log.error("unexpected failure", exc_info=exc)
    return fill(QCoreApplication.translate("Failures", "Unexpected error: %1"), f"{type(exc).__name__}: {exc}")


def show_failure(parent: QWidget | None, exc: BaseException, title: str | None = None,
                 database: Database | None = None) -> str:
    """The message box over `parent`; returns its text for a page that also keeps it."""
    text = failure_message(exc, database)
    messages.show_error(parent, text, title)
    return text


def known_error(exc: BaseException, database: Database | None = None) -> PekerjaError | None:
    if isinstance(exc, PekerjaError):
        return exc
    if isinstance(exc, OSError):
        return os_error(exc)
    if database is not None and is_database_error(exc):
        return database_error(exc, database)
    return None


def os_error(exc: OSError) -> PekerjaError:
    path = exc.filename or ""
    if exc.errno == errno.ENOSPC:
        return PekerjaError("file.disk_full", path=path)
    if exc.errno == errno.ENOENT:
        return PekerjaError("file.missing", path=path)
    return PekerjaError("file.unwritable", path=path, reason=exc.strerror or str(exc))


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, DRIVER_ERRORS) or type(exc).__module__.startswith("sqlalchemy")


def database_error(exc: BaseException, database: Database) -> PekerjaError:
    if database.on_server:
        return classify_server_error(exc, database.url)
    return classify_database_error(exc, database.path)
