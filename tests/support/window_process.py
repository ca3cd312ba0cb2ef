"""The window program in a process of its own, for the tests of one window per data folder: `pekerja-desktop`'s
own `main()`, which also prints a line on stdout when its main window opens ("window <pid>") and for each bundle the
window is asked to preview ("preview <path>"), so that the test can follow it from outside.

    python -m tests.support.window_process --data-dir DIR [FILE]   (PEKERJA_USER/PEKERJA_PASSWORD sign in)
"""

from __future__ import annotations

import os
import sys

from pekerja_desktop.__main__ import main
from pekerja_desktop.ui import app
from pekerja_desktop.ui.pages.sync.page import SyncPage


def _say(line: str) -> None:
    print(line, flush=True)


def _reporting_open_window(open_window):
    def opened(*args, **kwargs):
        window = open_window(*args, **kwargs)
        _say(f"window {os.getpid()}")
        return window
    return opened


def _reporting_preview(preview_file):
    def preview(self, path):
        _say(f"preview {path}")
        return preview_file(self, path)
    return preview


if __name__ == "__main__":
    app.open_window = _reporting_open_window(app.open_window)
    SyncPage.preview_file = _reporting_preview(SyncPage.preview_file)
    sys.exit(main(sys.argv[1:]))
