"""What a failure says, the same on every page (in the spirit of Anki's `CollectionOp`): a `PekerjaError` its own
message; an OS error and a database driver's error as the command line words them (disk full, file missing,
database busy or damaged, server unreachable…); anything else the one "Unexpected error" line, logged with its
traceback.

`show_failure` says it in a message box; `TaskRunner.run` does so for every task whose caller gives no
`on_error`. A page that also keeps the text (a notice under its buttons, a status line) takes it from there or
from `failure_message`. The box goes through `messages.show_error`, which tests stub.

Which failures are known, and their words, come from `services.context.explain`, which the command line's
guard shares.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pekerja_desktop.services.context import AppContext, explain
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.formatting import fill

log = logging.getLogger(__name__)


def failure_message(exc: BaseException, ctx: AppContext | None = None) -> str:
    """The clerk's words for `exc`; `ctx`, when known, names the database a driver error came from."""
    known = explain(exc, ctx.db if ctx is not None else None)
    if known is not None:
        return known.message()
    log.error("unexpected failure", exc_info=exc)
    return fill(QCoreApplication.translate("Failures", "Unexpected error: %1"), f"{type(exc).__name__}: {exc}")


def show_failure(parent: QWidget | None, exc: BaseException, title: str | None = None,
                 ctx: AppContext | None = None) -> str:
    """The message box over `parent`; returns its text for a page that also keeps it."""
    text = failure_message(exc, ctx)
    messages.show_error(parent, text, title)
    return text
