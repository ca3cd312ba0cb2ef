"""Odd files handed to `import` and `register-office`: a FIFO named .zip, a device, a folder, a file far too large, a
payload whose declared size lies, JSON nested thousands deep, a bundle for another installation of the same hub.
Each is refused at once with one line in the user's language — never a hang, a MemoryError or a RecursionError —
and the database is unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pekerja_desktop.__main__ import main
from pekerja_desktop.services.sync.bundle.format import MAX_BUNDLE_BYTES
from pekerja_desktop.services.sync.trust import register_office, write_key_file
from tests.support.forge import forge, snapshot, write_zip, zip_parts
from tests.support.sites import HUB, make_site

UNEXPECTED = ("tak terduga", "Unexpected", "Traceback", "RecursionError", "MemoryError")


def _import(site, path: Path, *, lang: str = "id", timeout: float = 60) -> tuple[int, str, float]:
    """`pekerja-desktop import FILE` in a process of its own (a hang would show as a timeout)."""
    environment = {**os.environ, "PEKERJA_LANG": lang}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pekerja_desktop", "--data-dir", str(site.root), "import", str(path),
                           "--ack-to", str(path.parent / "acks")], capture_output=True, text=True, timeout=timeout,
                          env=environment)
    return done.returncode, done.stderr.strip(), time.perf_counter() - started


def _refused_cleanly(site, path: Path, *fragments: str) -> None:
    before = snapshot(site.ctx.db)
    code, err, seconds = _import(site, path)
    assert code == 1 and len(err.splitlines()) == 1, err
    assert not any(word in err for word in UNEXPECTED), err
    assert all(fragment in err for fragment in fragments), err
    assert seconds < 30
    assert snapshot(site.ctx.db) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_named_like_a_bundle(exported, tmp_path):
    hub, *_ = exported
    fifo = tmp_path / "pekerja-data-8171A-MALUKU-000001.zip"
    os.mkfifo(fifo)
    _refused_cleanly(hub, fifo, "bukan berkas biasa")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device(exported):
    hub, *_ = exported
    _refused_cleanly(hub, Path("/dev/zero"), "bukan berkas biasa")


def test_a_folder(exported, tmp_path):
    hub, *_ = exported
    folder = tmp_path / "bukan-paket.zip"
    folder.mkdir()
    _refused_cleanly(hub, folder, "bukan berkas biasa")


def test_a_file_larger_than_any_bundle(exported, tmp_path):
    hub, *_ = exported
    huge = tmp_path / "besar.zip"
    with huge.open("wb") as handle:  # sparse: nothing is written
        handle.truncate(MAX_BUNDLE_BYTES + 1)
    _refused_cleanly(hub, huge, "terlalu besar")


def test_a_payload_whose_declared_size_lies(exported, tmp_path):
    """The manifest (validly signed) names the genuine payload; the entry holds 64 MiB more. Refused before a byte
    of it is read — it once cost some 600 MB of memory."""
    hub, _, genuine, _ = exported
    parts = zip_parts(genuine)
    parts["payload.jsonl.gz.age"] += os.urandom(64 * 1024 * 1024)
    liar = tmp_path / "bohong.zip"
    write_zip(liar, list(parts.items()))
    _refused_cleanly(hub, liar, "SHA-256")


def test_a_line_nested_thousands_deep(exported, tmp_path):
    hub, ambon, _, _ = exported
    deep = b'{"type":"participant","heirs":' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
    _refused_cleanly(hub, forge(tmp_path / "dalam.zip", ambon, hub, deep), "baris 1", "JSON")


def test_a_manifest_nested_thousands_deep(exported, tmp_path):
    hub, _ambon, genuine, _ = exported
    parts = zip_parts(genuine)
    manifest = json.loads(parts["manifest.json"])
    text = json.dumps(manifest)[:-1] + ', "counts_x": ' + "[" * 50_000 + "]" * 50_000 + "}"
    parts["manifest.json"] = text.encode()
    bad = tmp_path / "manifest-dalam.zip"
    write_zip(bad, list(parts.items()))
    _refused_cleanly(hub, bad, "manifest")


def test_a_key_file_nested_thousands_deep_or_a_fifo(exported, tmp_path, capsys):
    hub, *_ = exported
    deep = tmp_path / "kantor.json"
    deep.write_text('{"format": "pekerja-office-key", "x": ' + "[" * 50_000 + "]" * 50_000 + "}")
    hub.ctx.close()
    candidates = [deep]
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "kantor-fifo.json")
        candidates.append(tmp_path / "kantor-fifo.json")
    for path in candidates:
        assert main(["--data-dir", str(hub.root), "register-office", str(path)]) == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and not any(word in err for word in UNEXPECTED), err
    hub.reopen()


def test_a_bundle_for_another_installation_of_the_same_hub(exported, tmp_path):
    """A hub set up again under the same code has a new key: the office's bundle is addressed to MALUKU but cannot
    be opened here, and the message says so — not "addressed to MALUKU, not to this office (MALUKU)"."""
    _, ambon, genuine, _ = exported
    again = make_site(tmp_path / "lagi", HUB)
    try:
        write_key_file(ambon.ctx, tmp_path / "ambon.json")
        register_office(again.ctx, tmp_path / "ambon.json")
        _refused_cleanly(again, genuine, "dienkripsi ke kunci lain")
        code, err, _ = _import(again, genuine, lang="en")
        assert code == 1 and "encrypted to another key" in err and "not to this office" not in err
    finally:
        again.ctx.close()
