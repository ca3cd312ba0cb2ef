"""A start on a data folder whose window is already open (`single_instance.py`): the bundle it was given — or
only "come forward" — is handed to that window, and the reason this start ends is said on stderr and in a notice
that closes by itself."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QThread, QTimer
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMessageBox

from pekerja_desktop import APP_TITLE
from pekerja_desktop.ui.single_instance import REPLY, WindowLock, encode_request, server_name
from pekerja_desktop.ui.widgets.formatting import fill

NOTICE_MS = 4000  # how long the notice stays
WAIT_MS = 1000  # for the open window to connect, read and answer
ATTEMPTS, RETRY_MS = 3, 300  # the first start listens a moment after it took the lock


CONTEXT = "SecondStart"
NOT_ANSWERING = QT_TRANSLATE_NOOP(
    "SecondStart", "The data of this office are already open in another Pekerja Desktop window, which does not "
    "answer. Close that window (with the Task Manager if need be), then start the program again.")
BUNDLE_SHOWN = QT_TRANSLATE_NOOP(
    "SecondStart", "The data of this office are already open in another Pekerja Desktop window: the bundle %1 is "
    "shown there.")
BROUGHT_FORWARD = QT_TRANSLATE_NOOP(
    "SecondStart", "The data of this office are already open in another Pekerja Desktop window: it was brought to "
    "the front.")


def hand_over(lock: WindowLock, bundle: Path | None) -> int:
    """0 if the open window took the request, 1 if it did not answer."""
    allow_foreground(lock.owner_pid())
    delivered = send_request(server_name(lock.data_dir), bundle)
    text = notice_text(delivered, bundle)
    print(text, file=sys.stderr)
    show_notice(text)
    return 0 if delivered else 1


def notice_text(delivered: bool, bundle: Path | None) -> str:
    if not delivered:
        return QCoreApplication.translate(CONTEXT, NOT_ANSWERING)
    if bundle is not None:
        return fill(QCoreApplication.translate(CONTEXT, BUNDLE_SHOWN), bundle.name)
    return QCoreApplication.translate(CONTEXT, BROUGHT_FORWARD)


def send_request(name: str, bundle: Path | None) -> bool:
    """True once the window listening under `name` confirmed the request."""
    for attempt in range(ATTEMPTS):
        if attempt:
            QThread.msleep(RETRY_MS)
        connection = QLocalSocket()
        connection.connectToServer(name)
        if not connection.waitForConnected(WAIT_MS):
            continue
        connection.write(encode_request(bundle))
        answered = connection.waitForBytesWritten(WAIT_MS) and _confirmed(connection)
        connection.disconnectFromServer()
        return answered
    return False


def _confirmed(connection: QLocalSocket) -> bool:
    while not connection.canReadLine():
        if not connection.waitForReadyRead(WAIT_MS):
            return False
    return bytes(connection.readLine().data()) == REPLY


def show_notice(text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, APP_TITLE, text, QMessageBox.StandardButton.Ok)
    QTimer.singleShot(NOTICE_MS, box.accept)
    box.exec()


def allow_foreground(pid: int | None) -> None:
    """Windows gives the foreground only to the program the clerk just started (this one): let the open window
    take it when it raises itself."""
    if sys.platform == "win32" and pid:
        import ctypes  # Windows only

        ctypes.windll.user32.AllowSetForegroundWindow(pid)
