"""One window per data folder: a lock file in the folder, held while the window program runs, and a local socket
through which a second start hands over what it was asked to open.

- The first start for a data folder takes `window.lock` (QLockFile) before the first-run wizard or the sign-in, and
  listens (QLocalServer, this user only) under a name made from the folder's path.
- A second start — another double-click on a bundle, a shortcut — finds the lock held: it sends its bundle (or
  only "come forward") to the first, which previews the bundle on its Sync page and raises itself, then says why it
  ends (`second_start.py`).
- A lock left by a window that crashed is stale — QLockFile sees that its process is gone — and is taken over; so
  is one written on another computer (a data folder copied with its lock file).
- Commands never take the lock (the database serialises writers), and the lock never refuses a sign-in: a folder
  where it cannot be written opens without it, as before.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSysInfo, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

LOCK_NAME = "window.lock"
MAX_REQUEST_BYTES = 64 * 1024
REPLY = b"ok\n"
log = logging.getLogger(__name__)


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_NAME


def server_name(data_dir: Path) -> str:
    """The same for every start on this folder by this user (a named pipe on Windows, a socket file elsewhere)."""
    key = f"{getpass.getuser()}\n{Path(data_dir).resolve()}".encode()
    return "pekerja-desktop-" + hashlib.sha256(key).hexdigest()[:20]


def encode_request(bundle: Path | None) -> bytes:
    return json.dumps({"open": str(bundle) if bundle else None}).encode() + b"\n"


def decode_request(line: bytes) -> Path | None:
    """The bundle asked for (None: only come forward); ValueError if the line is not a request."""
    request = json.loads(line)  # its errors, and undecodable bytes, are ValueErrors
    if not isinstance(request, dict) or not isinstance(request.get("open"), str | None):
        raise ValueError("not a request")
    return Path(request["open"]) if request.get("open") else None


def bring_forward(widget: QWidget) -> None:
    """Un-minimised, raised and active (Windows lets it take the foreground: the second start allowed it)."""
    widget.setWindowState((widget.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    widget.show()
    widget.raise_()
    widget.activateWindow()


class WindowLock(QObject):
    """`take()` the folder's lock (False: another window holds it). While held, requests from second starts go
    to `window` (the main window: `open_bundle(path)`), or wait in `pending` until one is open."""

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent or QApplication.instance())
        self.data_dir = Path(data_dir)
        self.window: QWidget | None = None
        self.pending: Path | None = None
        self._file = QLockFile(str(lock_path(data_dir)))
        self._file.setStaleLockTime(0)  # stale only when its process is gone, never by age: a window runs all day
        self._server: QLocalServer | None = None
        self.held = False

    def take(self) -> bool:
        """True if this start may open the window (the lock taken, or not to be had in this folder)."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no window lock in %s: %s", self.data_dir, exc)
            return True
        if not self._file.tryLock(0) and not self._take_foreign():
            if self._file.error() == QLockFile.LockError.LockFailedError:
                return False
            log.warning("no window lock in %s: %s", self.data_dir, self._file.error())
            return True
        self.held = True
        self._listen()
        return True

    def _take_foreign(self) -> bool:
        """A lock written by another computer (its process cannot be asked) is stale here."""
        info = self._file.getLockInfo()
        if not info or not info[1] or info[1] == QSysInfo.machineHostName():
            return False
        log.warning("taking over the window lock %s left by %s", lock_path(self.data_dir), info[1])
        return self._file.removeStaleLockFile() and self._file.tryLock(0)

    def owner_pid(self) -> int | None:
        info = self._file.getLockInfo()
        return int(info[0]) if info else None

    def _listen(self) -> None:
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a crash (the lock says nobody else listens)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.warning("second starts cannot reach this window: %s", server.errorString())
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self.held:
            self._file.unlock()
            self.held = False

    def take_pending(self) -> Path | None:
        pending, self.pending = self.pending, None
        return pending

    # --- requests from second starts ---------------------------------------------------------------

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            if connection.bytesAvailable() > MAX_REQUEST_BYTES:
                connection.abort()
            return
        line = bytes(connection.readLine(MAX_REQUEST_BYTES).data())
        try:
            bundle = decode_request(line)
        except ValueError:
            log.warning("a malformed request from a second start was ignored")
            connection.abort()
            return
        connection.write(REPLY)
        connection.flush()
        self.deliver(bundle)

    def deliver(self, bundle: Path | None) -> None:
        """The main window previews `bundle` and comes forward; without one (signing in), the dialog in use comes
        forward and the bundle waits for the window."""
        window = self.window
        if window is not None and window.isVisible():
            if bundle is not None:
                window.open_bundle(bundle)
            bring_forward(window)
            return
        if bundle is not None:
            self.pending = bundle
        showing = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()), None)
        if showing is not None:
            bring_forward(showing)
