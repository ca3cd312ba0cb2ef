"""Zip and gzip bombs are refused in bounded memory; flipped bits and cut files never get anything stored that the
office did not send. (The streaming reader of 0.3 against the attacks the whole-file reader already withstood.)"""

from __future__ import annotations

import random
import subprocess
import sys
import zipfile
import zlib

from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.importing import import_bundle
from tests.support.forge import flip_bits, forge, snapshot, write_zip, zip_parts

PEAK_MB = 250  # a process importing nothing more than a few MiB at a time stays far below this
MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, done.stderr.strip())
"""


def _gzip_repeated(head: bytes, piece: bytes, times: int, tail: bytes) -> bytes:
    """gzip of head + piece × times + tail, made a piece at a time (the bomb never exists inflated here)."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    out = [deflater.compress(head)]
    out.extend(deflater.compress(piece) for _ in range(times))
    out.extend((deflater.compress(tail), deflater.flush()))
    return b"".join(out)


def _import_measured(site, path) -> tuple[int, int, str]:
    """Exit code, peak MiB and message of `pekerja-desktop import` run alone in a process."""
    command = [sys.executable, "-m", "pekerja_desktop", "--data-dir", str(site.root), "import", str(path),
               "--ack-to", str(path.parent / "acks")]
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, timeout=300)
    code, peak, message = out.stdout.strip().split(" ", 2)
    return int(code), int(peak), message


def test_a_gzip_bomb_of_a_gigabyte_is_refused_in_bounded_memory(exported, tmp_path):
    hub, ambon, _, _ = exported
    bomb = _gzip_repeated(b'{"type":"participant","full_name":"', b"A" * 1024 * 1024, 1024, b'"}\n')  # 1 GiB
    path = forge(tmp_path / "bom-gzip.zip", ambon, hub, b"{}\n", compressed=bomb)
    before = snapshot(hub.ctx.db)
    code, peak, message = _import_measured(hub, path)
    assert code == 1 and "baris 1" in message and peak < PEAK_MB, (peak, message)
    assert snapshot(hub.ctx.db) == before


def test_a_gzip_bomb_of_many_lines_is_refused_at_the_first(exported, tmp_path):
    hub, ambon, _, _ = exported
    bomb = _gzip_repeated(b"", b'{"type":"participant"}\n' * 40_000, 500, b"")  # 460 MB of lines
    path = forge(tmp_path / "bom-baris.zip", ambon, hub, b"{}\n", compressed=bomb)
    code, peak, message = _import_measured(hub, path)
    assert code == 1 and "baris 1" in message and peak < PEAK_MB, (peak, message)


def test_a_zip_bomb_is_refused_before_it_is_inflated(exported, tmp_path):
    hub, _, genuine, _ = exported
    parts = zip_parts(genuine)
    bomb = tmp_path / "bom-zip.zip"
    write_zip(bomb, [("manifest.json", parts["manifest.json"] + b" " * 100_000_000),
                     ("manifest.sig", parts["manifest.sig"]), ("payload.jsonl.gz.age", parts["payload.jsonl.gz.age"])],
              compression=zipfile.ZIP_DEFLATED)
    code, peak, message = _import_measured(hub, bomb)
    assert code == 1 and "bom zip" in message and peak < PEAK_MB, (peak, message)


def test_flipped_bits_and_cut_files_store_nothing_the_office_did_not_send(exported, tmp_path):
    hub, _, genuine, _ = exported
    if hub.ctx.db.on_server:  # refused while reading the file: which database the hub has does not matter
        return
    data, rng = genuine.read_bytes(), random.Random(16)
    before = snapshot(hub.ctx.db)
    for trial in range(120):
        bad = tmp_path / f"rusak-{trial}.zip"
        bad.write_bytes(flip_bits(data, 1, rng) if trial % 4 else data[:rng.randrange(len(data))])
        try:
            result = import_bundle(hub.ctx, bad, tmp_path / "acks")
        except SyncError:
            assert snapshot(hub.ctx.db) == before, f"trial {trial} changed the database"
            continue
        assert zip_parts(bad) == zip_parts(genuine), f"trial {trial}: only bytes no check covers may differ"
        assert result.counts["new"] in (0, 20) or result.duplicate
        before = snapshot(hub.ctx.db)
