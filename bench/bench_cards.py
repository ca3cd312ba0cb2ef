"""Card PDFs: A4 sheets with signed QR codes, for 1,000 cards and for N (default 35,000).

    python bench/bench_cards.py --n 35000

Each run renders in a child process (so its peak resident memory is its own, read with resource.getrusage)
and records the print batch, as `pekerja-desktop cards --all` does. Reports cards per second, peak RSS and PDF
bytes per card. Goals: ≥ 700 cards/s, < 300 MB for 35,000 cards. Beside it, in the same run, the QR encoder alone:
microseconds per signed code with zxing-cpp (the one the cards use) and with segno (the one they used before, a test
dependency since), on the same payloads.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common
from pekerja_desktop.domain.card_qr import CardClaim, encode_payload
from pekerja_desktop.domain.identity.regnum import format_registration_number
from pekerja_desktop.services.cards.qr_draw import ERROR_LEVEL, VERSION, module_bytes
from pekerja_desktop.services.cards.queue import active_participant_ids
from pekerja_desktop.services.cards.render import render_cards

SMALL = 1_000


def child(root: Path, out: Path, count: int, layout: str) -> None:
    """Render `count` cards and print a JSON line: seconds, cards, pages, bytes, peak RSS."""
    with _common.context(root) as ctx:
        with ctx.db.session() as session:
            ids = active_participant_ids(session)[:count]
        started, cpu_started = time.perf_counter(), time.process_time()
        result = render_cards(ctx, ids, out, layout)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "cards": result.cards, "pages": result.pages,
                      "bytes": out.stat().st_size, "peak_mb": peak_kb / 1024}))


def fill_in_child(root: Path, n: int, seed: int) -> None:
    """Demo data are made in their own process: a child inherits its parent's peak RSS through fork (Linux keeps
    ru_maxrss across exec), so the parent must stay small for the render's getrusage to be its own."""
    subprocess.run([sys.executable, __file__, "--fill", str(root), str(n), str(seed)], check=True)


def run_child(root: Path, count: int, layout: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="pekerja-cards-") as temp:
        out = Path(temp) / "cards.pdf"
        command = [sys.executable, __file__, "--child", str(root), str(out), str(count), layout]
        completed = subprocess.run(command, check=True, capture_output=True, text=True)
        return json.loads(completed.stdout.strip().splitlines()[-1])


def report(count: int, measured: dict, layout: str) -> None:
    prefix = f"cards_{layout}_{count}"
    _common.report(f"{prefix}_seconds", measured["seconds"], "s")
    _common.report(f"{prefix}_per_second", measured["cards"] / measured["seconds"], "cards/s")
    _common.report(f"{prefix}_per_cpu_second", measured["cards"] / measured["cpu_seconds"], "cards/s")
    _common.report(f"{prefix}_peak_rss", measured["peak_mb"], "MB")
    _common.report(f"{prefix}_pdf_bytes_per_card", measured["bytes"] / measured["cards"], "bytes")
    _common.report(f"{prefix}_pdf_size", measured["bytes"] / 1e6, "MB")


def encoder_micros(count: int = 2000) -> dict[str, float]:
    """Microseconds per code, zxing-cpp against segno, on the same signed payloads, alternating in rounds."""
    import segno
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    payloads = [encode_payload(CardClaim(format_registration_number("8171A", 2026, i + 1), 1, None), key)
                for i in range(count)]
    encoders = {"zxing": module_bytes, "segno": lambda p: segno.make(
        p, error=ERROR_LEVEL.lower(), boost_error=False, micro=False, mask=4, version=VERSION,
        mode="alphanumeric").matrix}
    seconds = {name: 0.0 for name in encoders}
    for start in range(0, count, count // 4):
        for name, encode in encoders.items():
            started = time.perf_counter()
            for payload in payloads[start:start + count // 4]:
                encode(payload)
            seconds[name] += time.perf_counter() - started
    return {name: total / count * 1e6 for name, total in seconds.items()}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        child(Path(argv[1]), Path(argv[2]), int(argv[3]), argv[4])
        return 0
    if argv and argv[0] == "--fill":
        with _common.context(Path(argv[1])) as ctx:
            _common.fill(ctx, int(argv[2]), int(argv[3]))
        return 0
    parser = _common.parser(__doc__.splitlines()[0], 35_000)
    parser.add_argument("--layout", choices=("sheet", "single"), default="sheet")
    args = parser.parse_args(argv)
    micros = encoder_micros()
    _common.report("qr_encode_zxing", micros["zxing"], "µs/code")
    _common.report("qr_encode_segno", micros["segno"], "µs/code")
    _common.report("qr_encode_zxing_vs_segno", micros["zxing"] / micros["segno"], "x")
    with _common.data_dir(args.data_dir) as root:
        fill_in_child(root, args.n, args.seed)
        for count in sorted({min(SMALL, args.n), args.n}):
            _common.note(f"rendering {count:,} cards…")
            report(count, run_child(root, count, args.layout), args.layout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
