"""The window lock of a data folder, in one process (tests/e2e/test_one_window.py runs real second starts): who may
open a window, what a second start's request says, where a handed-over bundle goes, what a second start says."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo

from pekerja_desktop.ui import second_start
from pekerja_desktop.ui.single_instance import WindowLock, decode_request, encode_request, lock_path, server_name


@pytest.fixture
def lock(qapp, tmp_path):
    taken = WindowLock(tmp_path / "data")
    yield taken
    taken.release()


def test_the_first_start_takes_the_lock_and_a_second_does_not(lock, tmp_path):
    assert lock.take() and lock.held and lock_path(tmp_path / "data").exists()
    second = WindowLock(tmp_path / "data")
    assert not second.take()
    assert second.owner_pid() is not None
    lock.release()
    assert second.take(), "released when the window program ends"
    second.release()


def test_a_lock_written_on_another_computer_is_taken_over(lock, tmp_path):
    (tmp_path / "data").mkdir()
    lock_path(tmp_path / "data").write_text("4242\npekerja-desktop\nlaptop-lama\n\n\n")
    assert QSysInfo.machineHostName() != "laptop-lama"
    assert lock.take() and lock.held


def test_a_folder_where_no_lock_can_be_written_still_opens(qapp, tmp_path):
    (tmp_path / "a-file").write_text("")
    unusable = WindowLock(tmp_path / "a-file" / "data")  # its parent is a file: nothing can be made there
    assert unusable.take() and not unusable.held


def test_requests_carry_a_bundle_or_nothing_and_refuse_anything_else(tmp_path):
    bundle = tmp_path / "pekerja-ack-MALUKU-8171A-000001.pekerja"
    assert decode_request(encode_request(bundle)) == bundle
    assert decode_request(encode_request(None)) is None
    for junk in (b"not json\n", b"[1]\n", b'{"open": 5}\n', b"\xff\xfe\n"):
        with pytest.raises(ValueError):
            decode_request(junk)


def test_the_server_name_is_the_folders_and_stable(tmp_path):
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")


class FakeWindow:
    def __init__(self, visible: bool = True):
        self.visible, self.opened = visible, []

    def isVisible(self) -> bool:
        return self.visible

    def open_bundle(self, path: Path) -> None:
        self.opened.append(path)


def test_a_bundle_goes_to_the_open_window_or_waits_for_the_next(lock, monkeypatch, tmp_path):
    raised = []
    monkeypatch.setattr("pekerja_desktop.ui.single_instance.bring_forward", raised.append)
    bundle = tmp_path / "b.pekerja"
    lock.deliver(bundle)  # signing in: no window yet
    assert lock.pending == bundle
    lock.window = FakeWindow()
    lock.deliver(None)
    assert lock.window.opened == [] and raised == [lock.window]
    lock.deliver(bundle)
    assert lock.window.opened == [bundle]
    assert lock.take_pending() == bundle and lock.pending is None


def test_a_second_start_says_why_it_ends_in_the_users_language(qapp, indonesian, tmp_path, monkeypatch, capsys):
    shown = []
    monkeypatch.setattr(second_start, "show_notice", shown.append)
    monkeypatch.setattr(second_start, "ATTEMPTS", 1)
    nobody = WindowLock(tmp_path / "data")  # held by no one who listens
    assert second_start.hand_over(nobody, tmp_path / "b.pekerja") == 1
    text = capsys.readouterr().err.strip()
    assert shown == [text] and text.startswith("Data kantor ini sudah terbuka di jendela Pekerja Desktop yang lain, "
                                               "tetapi jendela itu tidak menjawab.")
    assert second_start.notice_text(True, Path("paket.pekerja")).endswith("paket paket.pekerja ditampilkan di sana.")
