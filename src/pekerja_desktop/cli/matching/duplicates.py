"""(hub) `possible-duplicates [--format table|json] [--min-score S]`: likely duplicates across every office, with
their score and reasons; `resolve-duplicate A B --same|--different [--keep A]` (supervisor): a verdict on a pair."""

from __future__ import annotations

import argparse

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.cli.output import print_json, print_table
from pekerja_desktop.cli.programme.lifecycle import date_argument
from pekerja_desktop.documents.formatting import number_text
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.domain.likeness.reasons import reasons_in_words
from pekerja_desktop.domain.likeness.score import DEFAULT_MIN_SCORE
from pekerja_desktop.services.duplicates.resolve import Resolution, resolve_duplicate
from pekerja_desktop.services.duplicates.search import LikelyPair, SearchResult, possible_duplicates

MESSAGES = {
    "summary": {"id": "{pairs} pasangan kemungkinan ganda dengan skor ≥ {min_score} di antara {people} peserta aktif "
                      "({compared} pasangan dinilai).",
                "en": "{pairs} likely duplicate pairs scoring ≥ {min_score} among {people} active participants "
                      "({compared} pairs scored)."},
    "different": {"id": "{a} dan {b} dicatat sebagai dua orang berbeda; pasangan ini tidak ditampilkan lagi.",
                  "en": "{a} and {b} are recorded as two different people; the pair is not shown again."},
    "same": {"id": "{a} dan {b} orang yang sama: {ended} diakhiri (alasan: terdaftar ganda), {kept} tetap.",
             "en": "{a} and {b} are the same person: {ended} ended (reason: duplicate), {kept} kept."},
    "decided": {"id": "Keputusan hub: kantor {office} menerapkannya dari balasan atau paket referensi berikutnya.",
                "en": "A hub decision: office {office} applies it from its next ack or reference bundle."},
}
HELP = {
    "format": {"id": "keluaran: tabel (bawaan) atau JSON", "en": "output: a table (default) or JSON"},
    "min_score": {"id": "skor minimum 0–1 (bawaan: ambang yang disetel, {default})",
                  "en": "minimum score 0–1 (default: the tuned threshold, {default})"},
    "same": {"id": "orang yang sama: yang terdaftar belakangan diakhiri", "en": "the same person: the later one ends"},
    "different": {"id": "dua orang berbeda: tidak ditampilkan lagi", "en": "two different people: never shown again"},
    "keep": {"id": "(dengan --same) rekaman yang dipertahankan; yang lain diakhiri",
             "en": "(with --same) the record to keep; the other ends"},
    "date": {"id": "hari terakhir ditanggung bagi yang diakhiri (bawaan: hari ini)",
             "en": "the last covered day of the one ended (default: today)"},
    "note": {"id": "keterangan", "en": "a note"},
    "format_text": {"id": "keluaran: kalimat (bawaan) atau JSON", "en": "output: a sentence (default) or JSON"},
}
COLUMNS = ("score", "a", "name_a", "office_a", "b", "name_b", "office_b", "reasons_text")
HEADERS = {"id": ("Skor", "A", "Nama A", "Kantor A", "B", "Nama B", "Kantor B", "Alasan"),
           "en": ("Score", "A", "Name A", "Office A", "B", "Name B", "Office B", "Reasons")}


def build_possible(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("table", "json"), default="table", help=render(HELP, "format"))
    parser.add_argument("--min-score", default=None, metavar="S",
                        help=render(HELP, "min_score", {"default": DEFAULT_MIN_SCORE}))
    set_handler(parser, run_possible)


def build_resolve(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("a", metavar="A")
    parser.add_argument("b", metavar="B")
    verdict = parser.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--same", action="store_true", help=render(HELP, "same"))
    verdict.add_argument("--different", action="store_true", help=render(HELP, "different"))
    parser.add_argument("--keep", default=None, metavar="REGISTRATION_NUMBER", help=render(HELP, "keep"))
    parser.add_argument("--date", default=None, type=date_argument, metavar="YYYY-MM-DD", help=render(HELP, "date"))
    parser.add_argument("--note", default="", metavar="TEXT", help=render(HELP, "note"))
    parser.add_argument("--format", choices=("text", "json"), default="text", help=render(HELP, "format_text"))
    set_handler(parser, run_resolve)


BUILDERS = {"possible-duplicates": build_possible, "resolve-duplicate": build_resolve}


def pair_json(pair: LikelyPair) -> dict:
    return {"a": pair.a, "b": pair.b, "score": pair.score, "reasons": list(pair.reasons),
            "reasons_text": reasons_in_words(pair.reasons), "office_a": pair.office_a, "office_b": pair.office_b}


def _print_table(result: SearchResult) -> None:
    rows = [{**pair_json(p), "score": _score_text(p.score), "name_a": p.name_a, "name_b": p.name_b}
            for p in result.pairs]
    if rows:
        print_table(rows, COLUMNS, HEADERS[current_language()])
    print(render(MESSAGES, "summary", {
        "pairs": number_text(len(result.pairs)), "min_score": _score_text(result.min_score),
        "people": number_text(result.participants), "compared": number_text(result.compared)}))


def _score_text(score: float) -> str:
    text = f"{score:.2f}"
    return text.replace(".", ",") if current_language() == "id" else text


def run_possible(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        result = possible_duplicates(ctx, args.min_score)
    if args.format == "json":
        print_json([pair_json(p) for p in result.pairs])
    else:
        _print_table(result)
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        outcome = resolve_duplicate(ctx, args.a, args.b, same=args.same, keep=args.keep, note=args.note,
                                    end_date=args.date)
    if args.format == "json":
        print_json({**outcome.__dict__, "reasons": list(outcome.reasons)})
        return 0
    print(_sentence(outcome))
    return 0


def _sentence(outcome: Resolution) -> str:
    params = {"a": outcome.a, "b": outcome.b, "kept": outcome.kept, "ended": outcome.ended}
    text = render(MESSAGES, outcome.verdict, params)
    if outcome.decided_at_hub:
        text += " " + render(MESSAGES, "decided", {"office": outcome.ended_office})
    return text
