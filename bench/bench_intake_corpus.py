"""The share of rows that land (as records or drafts) over the corpus of village lists shaped as desa offices hand
them over (tests/fixtures/intake/corpus, made by make_corpus.py), file by file and in all.

    python bench/bench_intake_corpus.py [--n N]

Runs against whatever `pekerja_desktop` is importable, so the same command measures an older release for the
comparison: `PYTHONPATH=<old checkout>/src python bench/bench_intake_corpus.py`. A list the code cannot read lands
no row. `--n` repeats the whole corpus N times (default 1: every row counts once). Rows that land: those a preview
would import (valid, and — where the code has them — drafts to complete); the denominator is every row the corpus
holds, as corpus_expected.json lists them, beside the share that can become records at all (no valid NIK, a person
the list marks dead or moved: refused). The desa of the one-desa OpenSID export is given where the code takes it.
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
import tempfile
from pathlib import Path

from _common import ADMIN, LOGIN, OFFICE, note, report
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.intake import importer
from pekerja_desktop.services.setup.office import setup_office

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "intake" / "corpus"
LANDING = ("valid", "incomplete")


def _preview(ctx, path: Path, options: dict):
    if "options" in inspect.signature(importer.preview_intake).parameters:
        return importer.preview_intake(ctx, path, importer.IntakeOptions(**options))
    return importer.preview_intake(ctx, path)  # an older release: no whole-file desa


def landed(ctx, name: str, options: dict) -> int:
    try:
        counts = _preview(ctx, CORPUS / name, options).counts()
    except PekerjaError as exc:
        note(f"{name}: not read ({exc.message('en')})")
        return 0
    return sum(counts.get(outcome, 0) for outcome in LANDING)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1, help="how many times the corpus is read (default 1)")
    args = parser.parse_args(argv)
    expected = json.loads((CORPUS / "corpus_expected.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="bench-intake-corpus-") as tmp:
        setup_office(Path(tmp) / "data", OFFICE, ADMIN)
        ctx = open_context(Path(tmp) / "data", *LOGIN)
        try:
            total_rows = total_landed = recordable = 0
            for name, entry in sorted(expected.items()):
                rows = len(entry["rows"]) * args.n
                recordable += sum(1 for e in entry["rows"].values() if e["outcome"] in LANDING) * args.n
                got = sum(landed(ctx, name, entry["options"]) for _ in range(args.n))
                report(f"intake_corpus_landed_{Path(name).stem}", 100 * got / rows, "%")
                total_rows, total_landed = total_rows + rows, total_landed + got
        finally:
            ctx.close()
    report("intake_corpus_rows", total_rows, "rows")
    report("intake_corpus_landed", 100 * total_landed / total_rows, "%")
    report("intake_corpus_can_become_records", 100 * recordable / total_rows, "%")  # the ceiling: the rest is refused
    report("intake_corpus_landed_of_those", 100 * total_landed / recordable, "%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
