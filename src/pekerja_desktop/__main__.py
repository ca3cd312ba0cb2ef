"""Composition root: `pekerja-desktop` with a command runs it headless; with none, opens the window.

Only the parser is imported at start (cli/parser.py); the chosen command's module is imported when it runs, Qt
only for the window, and the self-test only when asked for.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from pekerja_desktop.cli.parser import read_command_line
from pekerja_desktop.console import ensure_standard_streams


def _self_test() -> int:
    from pekerja_desktop.selftest import run_self_test  # lazily: it imports every layer

    def window_step(data_dir):
        from pekerja_desktop.ui.selftest_window import show_main_window  # Qt only for this step

        return show_main_window(data_dir)

    return run_self_test(window_step)


def main(argv: Sequence[str] | None = None) -> int:
    ensure_standard_streams()  # the windowed build has none (console.py)
    argv = list(sys.argv[1:] if argv is None else argv)
    args = read_command_line(argv)
    if args.self_test:  # an installed or frozen build checks itself (packaging/README.md)
        return _self_test()
    if args.command is None:
        from pekerja_desktop.ui.app import run_gui  # Qt is loaded only for the window

        return run_gui(args)
    return args.handler(args)  # guarded where the command set it (cli/common.set_handler): errors are one line


if __name__ == "__main__":
    sys.exit(main())
