"""Stopping a superseded query inside SQLite, so that it stops using a CPU core.

A worker runs its statements inside `running(session)`; another thread (the GUI's, when the user has typed
on) calls `stop()`, and the worker's call ends with OperationCancelled. The lock makes sure the interrupt
reaches the statement of this task and never a statement that another task runs later on the same pooled
connection.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from pekerja_desktop.errors import OperationCancelled


class Stoppable:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: Any = None  # the driver's own connection: SQLite's can interrupt() a statement
        self._stopped = False

    @contextlib.contextmanager
    def running(self, session: Session) -> Iterator[None]:
        connection = session.connection().connection.dbapi_connection
        with self._lock:
            if self._stopped:
                raise OperationCancelled()
            self._connection = connection
        try:
            yield
        except OperationalError as exc:  # "interrupted"
            if self._stopped:
                raise OperationCancelled() from exc
            raise
        finally:
            with self._lock:
                self._connection = None

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._connection is not None:
                self._connection.interrupt()
