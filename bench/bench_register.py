"""The register page at scale: keystroke-to-rows in the search box, GUI-thread stalls, memory with every row loaded.

    python bench/bench_register.py --n 200000

Fills a data directory with N demo participants (a fresh temporary one unless --data-dir), shows the
RegisterPage offscreen with the real thread pool, then:

* types 49 single characters into the search box (names, NIK prefixes, a registration number), each time
  waiting until the first page is in the model and painted: `search_*` is measured from the start of the
  query (after the 120 ms debounce), `keystroke_*` from the key press (the debounce included);
* scrolls the table to the end until every row is fetched, then reads VmRSS from /proc/self/status;
* a 5 ms heartbeat timer on the GUI thread records the longest gap (`gui_max_stall_*`).

Prints `name: value unit` lines (notes on stderr).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import _common
from pekerja_desktop.ui.pages.register.page import SEARCH_DELAY_MS, RegisterPage
from pekerja_desktop.ui.tasks import TaskRunner

# Typed one character at a time, results awaited after each: 49 searches in all.
TYPED = ("maria", "latu", "pattinama", "ohorella", "8171", "810101", "8171a-26-0001")
BURST_KEY_MS = 60


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Heartbeat:
    """The longest time the GUI thread went without running its timers."""

    def __init__(self, interval_ms: int = 5):
        self.worst = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst, self._last = 0.0, time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last)
        self._last = now


def wait_for(signal, timeout_ms: int = 30_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def pause(msecs: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def measure_searches(page: RegisterPage) -> tuple[list[float], list[float]]:
    """Seconds from query start and from key press to the first page painted, one per typed character;
    each key comes after a pause (the user looks at the rows before typing on)."""
    started: list[float] = []
    search = page.loader.search

    def timed_search(query) -> None:
        started.append(time.perf_counter())
        search(query)

    page.loader.search = timed_search
    from_query, from_key = [], []
    for text in TYPED:
        page.search_box.clear()
        wait_for(page.loader.results_shown)
        for char in text:
            pause(SEARCH_DELAY_MS + 30)
            pressed = time.perf_counter()
            QTest.keyClick(page.search_box, char)
            wait_for(page.loader.results_shown)
            page.view.viewport().repaint()
            shown = time.perf_counter()
            from_query.append(shown - started[-1])
            from_key.append(shown - pressed)
    del page.loader.search
    return from_query, from_key


def measure_bursts(page: RegisterPage) -> list[float]:
    """Seconds from the last key of a word typed fast (one key every 60 ms) to its rows painted."""
    seconds, shown = [], [""]
    page.loader.results_shown.connect(lambda: shown.append(page.loader.query.text))
    for text in TYPED:
        page.search_box.clear()
        wait_for(page.loader.results_shown)
        pause(SEARCH_DELAY_MS + 30)
        for char in text:
            QTest.keyClick(page.search_box, char)
            last = time.perf_counter()
            pause(BURST_KEY_MS)
        while shown[-1] != text:
            wait_for(page.loader.results_shown, 2_000)
        page.view.viewport().repaint()
        seconds.append(time.perf_counter() - last)
    return seconds


def load_everything(page: RegisterPage) -> float:
    """Scroll to the end until every row is fetched; returns the seconds it took."""
    page.search_box.clear()
    wait_for(page.loader.results_shown)
    model, view = page.model, page.view
    started = time.perf_counter()
    while not model.exhausted:
        view.scrollToBottom()  # the view asks for the next page when it reaches the end
        if model.canFetchMore():
            model.fetchMore()
        wait_for(model.rowsInserted, 10_000)
    return time.perf_counter() - started


def show_page(ctx) -> tuple[RegisterPage, float, int]:
    """The page shown at 1366×768: seconds to its first rows painted, and the total it counts."""
    started = time.perf_counter()
    page = RegisterPage(ctx, TaskRunner())
    totals: list[int] = []
    page.loader.counted.connect(totals.append)
    page.resize(1366, 768)
    page.show()
    wait_for(page.loader.results_shown)
    page.view.viewport().repaint()
    seconds = time.perf_counter() - started
    if not totals:
        wait_for(page.loader.counted)
    return page, seconds, totals[0]


def fill(root, n: int, seed: int) -> None:
    """In a child process, so that the memory the demo generator used is not counted here."""
    with _common.context(root) as ctx:
        _common.fill(ctx, n, seed)


def main() -> int:
    args = _common.parser(__doc__.splitlines()[0], 200_000).parse_args()
    app = QApplication.instance() or QApplication([])
    with _common.data_dir(args.data_dir) as root:
        child = multiprocessing.get_context("spawn").Process(target=fill, args=(root, args.n, args.seed))
        child.start()
        child.join()
        if child.exitcode != 0:
            return child.exitcode or 1
        with _common.context(root) as ctx:
            return measure(app, ctx)


def measure(app: QApplication, ctx) -> int:
    """Everything timed and weighed in this process, which never held the demo generator."""
    gc.collect()
    before = rss_mb()
    page, first_rows, total = show_page(ctx)
    _common.report("participants", total, "rows")
    _common.report("page_first_rows", first_rows * 1000, "ms")
    heartbeat = Heartbeat()
    heartbeat.start()
    from_query, from_key = measure_searches(page)
    _common.report("searches", len(from_query), "count")
    _common.report_latencies("search", from_query)
    _common.report("search_max", max(from_query) * 1000, "ms")
    _common.report_latencies("keystroke", from_key)
    _common.report_latencies("burst_last_key", measure_bursts(page))
    _common.report("gui_max_stall_search", heartbeat.worst * 1000, "ms")
    heartbeat.start()
    seconds = load_everything(page)
    _common.report("fetch_all", seconds, "s")
    _common.report("rows_loaded", page.model.rowCount(), "rows")
    _common.report("gui_max_stall_fetch", heartbeat.worst * 1000, "ms")
    page.view.viewport().repaint()
    gc.collect()
    after = rss_mb()
    _common.report("rss_before_page", before, "MB")
    _common.report("rss_all_loaded", after, "MB")
    _common.report("rss_growth", after - before, "MB")
    heartbeat.stop()
    page.loader.wait_idle()  # no worker may outlive the page
    page.close()
    page.deleteLater()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
