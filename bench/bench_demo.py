"""Demo data generation: N participants (with heirs and history) through `services.demo.generate_demo`.

    python bench/bench_demo.py --n 200000

Times generation and storage of N people into a fresh office (or --data-dir), excluding the setup.
"""

from __future__ import annotations

import sys

import _common
from pekerja_desktop.services.demo.generate import generate_demo


def main(argv: list[str] | None = None) -> int:
    args = _common.parser(__doc__.splitlines()[0], 200_000).parse_args(argv)
    with _common.data_dir(args.data_dir) as root, _common.context(root) as ctx:
        seconds, result = _common.timed(lambda: generate_demo(ctx, args.n, args.seed))
    _common.report(f"demo_generate_{args.n}", seconds, "s")
    _common.report("demo_rows_per_s", args.n / seconds, "/s")
    return 0 if result.count == args.n else 1


if __name__ == "__main__":
    sys.exit(main())
