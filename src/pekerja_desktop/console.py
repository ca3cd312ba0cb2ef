"""Standard streams for a program started without a console.

The Windows build's windowed `pekerja-desktop.exe`, and pip's `pekerja-desktop-gui` launcher (run by pythonw),
start with `sys.stdin`, `sys.stdout` and `sys.stderr` set to None. The first `isatty()`, `print()` or `input()`
on one of them raised AttributeError, so `pekerja-desktop.exe setup …` ended in "Kesalahan tak terduga". With
an empty stream in each place instead, a command behaves as it does when its input is not a terminal: a prompt
is refused with its usual message (give PEKERJA_PASSWORD, or run the console companion `pekerja-desktop-cli`),
and what it writes is discarded, since no console exists to show it.
"""

from __future__ import annotations

import os
import sys

# What stands in for each missing stream, and how it is opened (tests point them at files).
SINKS = {"stdin": os.devnull, "stdout": os.devnull, "stderr": os.devnull}
MODES = {"stdin": "r", "stdout": "w", "stderr": "w"}


def ensure_standard_streams() -> None:
    """Replace each missing standard stream with an empty one: reading gives end of file, writing is discarded,
    `isatty()` is False. Streams that exist (a console, or output redirected to a file) are left alone."""
    for name, mode in MODES.items():
        if getattr(sys, name) is None:
            setattr(sys, name, open(SINKS[name], mode, encoding="utf-8"))  # noqa: SIM115 (kept for the process's life)
