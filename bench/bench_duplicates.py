"""Likely duplicates at the hub on the planted-duplicate corpus: precision and recall of `possible-duplicates` at
the tuned default threshold, and the whole command's time and peak memory.

    python bench/bench_duplicates.py --n 35000      # precision and recall (goal: recall ≥ 95 % at precision ≥ 90 %)
    python bench/bench_duplicates.py --n 500000     # the full pass (goal: < 60 s and < 500 MB)

A hub is set up in a temporary folder (or `--data-dir`) and filled with the corpus of services/demo/planted.py:
`--n` records across the eleven kabupaten/kota offices, 2 % of them a second enrolment of an earlier record typed
otherwise, 1 % twins. The command runs as a clerk would run it (`pekerja-desktop possible-duplicates --format
json`, sign-in included) in a child process, whose wall time and peak resident memory are reported. Anchors in the
same run: what finding duplicates by exact NIK alone recalls on the same corpus (`exact_nik_*`, the state before
#12); a plain-SQL read of the compared columns of every active participant (`read_columns_seconds`: the floor of
any pass over them); and `list --limit 1` run the same way (`list_one_*`: sign-in, start-up and the field-strength
argon2id's memory, which every command pays).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy import text

import _common
from pekerja_desktop.services.demo.planted import PlantedCorpus, planted_corpus, store_planted
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office

HUB = OfficeSetup("MALUKU", "Disnakertrans Provinsi Maluku", "81.71", "hub")
COLUMNS_SQL = ("SELECT uuid, registration_number, office_code, created_at, nik, full_name, birth_date, sex, "
               "village_code, kk_number, mother_name FROM participant WHERE status = 'active'")


def build(root: Path, n: int, seed: int) -> tuple[PlantedCorpus, list[str]]:
    setup_office(root, HUB, _common.ADMIN)
    with _common.context(root) as ctx:
        _common.note(f"planting {n:,} records…")
        corpus = planted_corpus(ctx.reference, n, seed=seed)
        seconds, numbers = _common.timed(lambda: store_planted(ctx, corpus))
        _common.note(f"  stored in {seconds:.1f} s")
        return corpus, numbers


# Runs the command in this child and, last on stderr, its own peak resident memory: VmHWM, which starts afresh at
# exec (ru_maxrss would carry over the parent's peak at fork).
CHILD = ("import re\nimport sys\n"
         "from pekerja_desktop.__main__ import main\n"
         "try:\n    code = main(sys.argv[1:])\nexcept SystemExit as exc:\n    code = exc.code\n"
         "sys.stdout.flush()\n"
         "status = open('/proc/self/status').read()\n"
         "print('peak_kib=' + re.search(r'VmHWM:\\s*(\\d+)', status).group(1), file=sys.stderr)\n"
         "sys.exit(code)\n")


def run_command(root: Path, *argv: str) -> tuple[float, float, str]:
    """Seconds, peak resident MB and the output of a `pekerja-desktop` command run in a child process."""
    env = {**os.environ, "PEKERJA_USER": _common.ACTOR, "PEKERJA_PASSWORD": _common.ADMIN.password}
    command = [sys.executable, "-c", CHILD, "--data-dir", str(root), *argv]
    seconds, done = _common.timed(lambda: subprocess.run(command, env=env, capture_output=True, text=True,
                                                         check=True))
    peak_kib = int(done.stderr.strip().splitlines()[-1].removeprefix("peak_kib="))
    return seconds, peak_kib / 1024, done.stdout


def read_columns(root: Path) -> float:
    with _common.context(root) as ctx, ctx.db.session() as session:
        seconds, _ = _common.timed(lambda: sum(1 for _ in session.execute(text(COLUMNS_SQL))))
    return seconds


def quality(found: set[frozenset], truth: set[frozenset]) -> tuple[float, float]:
    right = len(found & truth)
    return 100 * right / max(1, len(found)), 100 * right / max(1, len(truth))


def report_quality(corpus: PlantedCorpus, numbers: list[str], pairs: list[dict]) -> None:
    truth = {frozenset(numbers[i] for i in pair) for pair in corpus.same}
    twins = {frozenset(numbers[i] for i in pair) for pair in corpus.twins}
    found = {frozenset((p["a"], p["b"])) for p in pairs}
    niks = [record.data.nik for record in corpus.records]
    exact = {frozenset(numbers[i] for i in pair) for pair in corpus.same if niks[min(pair)] == niks[max(pair)]}
    precision, recall = quality(found, truth)
    exact_precision, exact_recall = quality(exact, truth)
    _common.report("planted_duplicates", len(truth), "pairs")
    _common.report("recall", recall, "%")
    _common.report("precision", precision, "%")
    _common.report("exact_nik_recall", exact_recall, "%")
    _common.report("exact_nik_precision", exact_precision, "%")
    _common.report("pairs_reported", len(found), "pairs")
    _common.report("twins_reported", len(found & twins), f"of {len(twins)} pairs")


def main(argv: list[str] | None = None) -> int:
    parser = _common.parser(__doc__.splitlines()[0], 35_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pekerja-bench-") as temp:
        root = args.data_dir or Path(temp) / "hub"
        if (root / "pekerja.sqlite").exists():
            parser.error("--data-dir: this benchmark plants its own corpus in a new folder")
        corpus, numbers = build(root, args.n, args.seed)
        read_seconds = read_columns(root)
        seconds, peak_mb, output = run_command(root, "possible-duplicates", "--format", "json")
        list_seconds, list_peak_mb, _ = run_command(root, "list", "--limit", "1", "--format", "json")
    _common.report("participants", args.n, "records")
    report_quality(corpus, numbers, json.loads(output))
    _common.report("pass_seconds", seconds, "s")
    _common.report("read_columns_seconds", read_seconds, "s")
    _common.report("list_one_seconds", list_seconds, "s")
    _common.report("pass_peak_memory", peak_mb, "MB")
    _common.report("list_one_peak_memory", list_peak_mb, "MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
