#!/usr/bin/env bash
# Run every benchmark in this folder. Each prints `name: value unit` lines; notes go to stderr. Full sizes: README.md.
# Usage: bench/run_all.sh [N]       modest sizes (N participants for the size-dependent ones, default 20000): a few
#                                   minutes on a 2-core laptop
#        bench/run_all.sh --smoke   every benchmark once at a tiny size (.ci/run): proves that each still runs and
#                                   prints its lines; the figures mean nothing at that size
# Exits non-zero if one of them failed, printed no figure, or has no row in bench/README.md.
set -uo pipefail
cd "$(dirname "$0")/.."
smoke=""
if [ "${1:-}" = "--smoke" ]; then
  smoke=1
  n=300
else
  n="${1:-20000}"
fi
small=$([ -n "$smoke" ] && echo "$n" || echo 5000)  # --n for the benchmarks of other parts of the application
failed=()

run() {
  echo "# $*" >&2
  local output
  output=$(python "$@") || { failed+=("$1"); return; }
  echo "$output"
  # A benchmark that exits 0 without a single figure is broken as well.
  grep -Eq '^[a-z0-9_]+: ' <<<"$output" || failed+=("$1 (no figures)")
}

# Extra arguments that keep a smoke run short (fewer repetitions, fewer offices); none in a measuring run.
quick() {
  [ -n "$smoke" ] || return 0
  case "$1" in
    bench/bench_search.py|bench/bench_scale.py) echo --queries 8 ;;
    bench/bench_audit.py|bench/bench_billing.py|bench/bench_dashboard.py|bench/bench_gui_start.py) echo --runs 1 ;;
    bench/bench_trust.py) echo --saves 5 --queries 5 ;;
    bench/bench_sync.py) echo --offices 2 ;;
  esac
}

if [ -n "$smoke" ]; then
  run bench/bench_demo.py --n "$n"
  run bench/bench_enrol.py --n 20 --base "$n"
  run bench/bench_audit.py --n 2000 $(quick bench/bench_audit.py)
else
  run bench/bench_demo.py --n "$n"
  run bench/bench_enrol.py --n 200 --base 5000
  run bench/bench_audit.py --n 100000
fi
run bench/bench_search.py --n "$n" $(quick bench/bench_search.py)
run bench/bench_size.py --n "$n"
run bench/bench_backup.py --n "$n"
# Benchmarks of other parts of the application, when present.
for script in bench/bench_*.py; do
  case "$script" in
    bench/bench_demo.py|bench/bench_enrol.py|bench/bench_search.py|bench/bench_size.py|bench/bench_audit.py|\
    bench/bench_backup.py) ;;
    bench/bench_server_import.py)  # needs a PostgreSQL server
      if [ -n "${PEKERJA_BENCH_POSTGRES_URL:-}${PEKERJA_TEST_POSTGRES_URL:-}" ]; then run "$script" --n "$small"
      else echo "# $script skipped: no PostgreSQL server (PEKERJA_BENCH_POSTGRES_URL)" >&2; fi ;;
    bench/bench_frozen_start.py)  # needs the one-folder build (python packaging/build.py)
      if [ -e dist/pekerja-desktop ]; then run "$script" $([ -n "$smoke" ] && echo --runs 1 --no-dev)
      else echo "# $script skipped: no build in dist/ (python packaging/build.py)" >&2; fi ;;
    *) run "$script" --n "$small" $(quick "$script") ;;
  esac
done

# Every script has its row (what it measures, its full-size command) in bench/README.md.
for script in bench/bench_*.py; do
  grep -q "^| \`$(basename "$script")\` |" bench/README.md || failed+=("$script (no row in bench/README.md)")
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "failed: ${failed[*]}" >&2
  exit 1
fi
