"""`pekerja-desktop demo --count N [--seed S]`: add synthetic participants for demonstrations and tests."""

from __future__ import annotations

import argparse
import sys

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.documents.formatting import decimal_text
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.demo.generate import MAX_COUNT, DemoResult, generate_demo

MESSAGES = {
    "done": {
        "id": "{count} peserta demo ditambahkan ({first} s.d. {last}) dalam {seconds} detik.",
        "en": "{count} demo participants added ({first} to {last}) in {seconds} s.",
    },
    "count.invalid": {
        "id": "jumlah harus bilangan bulat 1 sampai {max}, bukan '{value}'",
        "en": "the count must be a whole number from 1 to {max}, not '{value}'",
    },
    "seed.invalid": {
        "id": "seed harus bilangan bulat, bukan '{value}'",
        "en": "the seed must be a whole number, not '{value}'",
    },
    "progress": {"id": "\r{done} / {total} peserta", "en": "\r{done} / {total} participants"},
}
HELP = {
    "count": {"id": "jumlah peserta, 1–{max}", "en": "how many participants, 1–{max}"},
    "seed": {"id": "seed yang sama menghasilkan orang yang sama (bawaan 1)",
             "en": "the same seed makes the same people (default 1)"},
}


def parse_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_COUNT:
        raise argparse.ArgumentTypeError(
            render(MESSAGES, "count.invalid", {"max": decimal_text(MAX_COUNT, 0), "value": text}))
    return value


def parse_seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(render(MESSAGES, "seed.invalid", {"value": text})) from None


def build_demo(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--count", required=True, type=parse_count, metavar="N",
                        help=render(HELP, "count", {"max": MAX_COUNT}))
    parser.add_argument("--seed", default=1, type=parse_seed, metavar="S", help=render(HELP, "seed"))
    set_handler(parser, run)


BUILDERS = {"demo": build_demo}


def _show_progress(done: int, total: int) -> None:
    params = {"done": decimal_text(done, 0), "total": decimal_text(total, 0)}
    print(render(MESSAGES, "progress", params), end="", file=sys.stderr, flush=True)


def summary(result: DemoResult) -> str:
    return render(MESSAGES, "done", {
        "count": decimal_text(result.count, 0), "first": result.first_registration_number,
        "last": result.last_registration_number, "seconds": decimal_text(result.seconds, 1)})


def run(args: argparse.Namespace) -> int:
    interactive = sys.stderr.isatty()
    with context_from(args) as ctx:
        try:
            result = generate_demo(ctx, args.count, args.seed, progress=_show_progress if interactive else None)
        finally:
            if interactive:
                print(file=sys.stderr)  # end the progress line
    print(summary(result))
    return 0
