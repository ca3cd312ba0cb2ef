#!/usr/bin/env bash
# Run every benchmark in this folder with modest sizes (a few minutes on a 2-core laptop).
# Each prints `name: value unit` lines; notes go to stderr. Full sizes: see README.md.
# Usage: bench/run_all.sh [N]   (N: participants for the size-dependent benchmarks, default 20000)
set -uo pipefail
cd "$(dirname "$0")/.."
n="${1:-20000}"
failed=()

run() {
  echo "# $*" >&2
  python "$@" || failed+=("$1")
}

run bench/bench_demo.py --n "$n"
run bench/bench_enrol.py --n 200 --base 5000
run bench/bench_search.py --n "$n"
run bench/bench_size.py --n "$n"
run bench/bench_audit.py --n 100000
run bench/bench_backup.py --n "$n"
# Benchmarks of other parts of the application, when present.
for script in bench/bench_*.py; do
  case "$script" in
    bench/bench_demo.py|bench/bench_enrol.py|bench/bench_search.py|bench/bench_size.py|bench/bench_audit.py|\
    bench/bench_backup.py) ;;
    bench/bench_server_import.py)  # needs a PostgreSQL server
      if [ -n "${PEKERJA_BENCH_POSTGRES_URL:-}${PEKERJA_TEST_POSTGRES_URL:-}" ]; then run "$script" --n 5000
      else echo "# $script skipped: no PostgreSQL server (PEKERJA_BENCH_POSTGRES_URL)" >&2; fi ;;
    *) run "$script" --n 5000 ;;
  esac
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "failed: ${failed[*]}" >&2
  exit 1
fi
