"""argparse's own words (usage, its section titles, its error phrases) and the placeholders of the commands' options
(FILE, NAME…) in the user's language.

argparse looks its words up through gettext (`argparse._`, `argparse.ngettext`), and Python ships no Indonesian
for it; `argparse_in_user_language()` hands argparse this small table instead while the command line is read.
The msgids are those of Python 3.11's argparse; a phrase missing here stays in English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from pekerja_desktop.domain.i18n import current_language

ARGPARSE_WORDS: dict[str, dict[str, str]] = {
    "usage: ": {"id": "penggunaan: ", "en": "usage: "},
    "positional arguments": {"id": "argumen posisional", "en": "positional arguments"},
    "options": {"id": "opsi", "en": "options"},
    "show this help message and exit": {"id": "tampilkan bantuan ini lalu keluar",
                                        "en": "show this help message and exit"},
    "argument %(argument_name)s: %(message)s": {"id": "argumen %(argument_name)s: %(message)s",
                                                "en": "argument %(argument_name)s: %(message)s"},
    "unknown parser %(parser_name)r (choices: %(choices)s)": {
        "id": "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)",
        "en": "unknown parser %(parser_name)r (choices: %(choices)s)"},
    "unrecognized arguments: %s": {"id": "argumen tidak dikenal: %s", "en": "unrecognized arguments: %s"},
    "not allowed with argument %s": {"id": "tidak boleh bersama argumen %s", "en": "not allowed with argument %s"},
    "ignored explicit argument %r": {"id": "nilai %r diabaikan", "en": "ignored explicit argument %r"},
    "the following arguments are required: %s": {"id": "argumen berikut wajib diisi: %s",
                                                  "en": "the following arguments are required: %s"},
    "one of the arguments %s is required": {"id": "salah satu argumen %s wajib diisi",
                                            "en": "one of the arguments %s is required"},
    "expected one argument": {"id": "memerlukan satu nilai", "en": "expected one argument"},
    "expected at most one argument": {"id": "memerlukan paling banyak satu nilai",
                                      "en": "expected at most one argument"},
    "expected at least one argument": {"id": "memerlukan paling sedikit satu nilai",
                                       "en": "expected at least one argument"},
    "expected %s argument": {"id": "memerlukan %s nilai", "en": "expected %s argument"},
    "expected %s arguments": {"id": "memerlukan %s nilai", "en": "expected %s arguments"},
    "ambiguous option: %(option)s could match %(matches)s": {
        "id": "opsi %(option)s ambigu: dapat berarti %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s"},
    "unexpected option string: %s": {"id": "opsi tak terduga: %s", "en": "unexpected option string: %s"},
    "invalid %(type)s value: %(value)r": {"id": "nilai %(type)s tidak valid: %(value)r",
                                          "en": "invalid %(type)s value: %(value)r"},
    "invalid choice: %(value)r (choose from %(choices)s)": {
        "id": "pilihan tidak valid: %(value)r (pilih dari %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)"},
    "%(prog)s: error: %(message)s\n": {"id": "%(prog)s: kesalahan: %(message)s\n",
                                      "en": "%(prog)s: error: %(message)s\n"},
}

METAVARS: dict[str, dict[str, str]] = {
    "COMMAND": {"id": "PERINTAH", "en": "COMMAND"},
    "FILE": {"id": "BERKAS", "en": "FILE"},
    "FILE.pdf": {"id": "BERKAS.pdf", "en": "FILE.pdf"},
    "FILE.json": {"id": "BERKAS.json", "en": "FILE.json"},
    "FILE.csv|.xlsx|.pdf": {"id": "BERKAS.csv|.xlsx|.pdf", "en": "FILE.csv|.xlsx|.pdf"},
    "OUT": {"id": "LAPORAN", "en": "OUT"},
    "DIR": {"id": "FOLDER", "en": "DIR"},
    "NAME": {"id": "NAMA", "en": "NAME"},
    "FULL_NAME": {"id": "NAMA_LENGKAP", "en": "FULL_NAME"},
    "NAME_ID": {"id": "NAMA_ID", "en": "NAME_ID"},
    "NAME_EN": {"id": "NAMA_EN", "en": "NAME_EN"},
    "CODE": {"id": "KODE", "en": "CODE"},
    "CODES": {"id": "KODE", "en": "CODES"},
    "TEXT": {"id": "TEKS", "en": "TEXT"},
    "KEY": {"id": "KUNCI", "en": "KEY"},
    "DATE": {"id": "TANGGAL", "en": "DATE"},
    "SEQ": {"id": "NOMOR", "en": "SEQ"},
    "REGISTRATION_NUMBER": {"id": "NOMOR_PENDAFTARAN", "en": "REGISTRATION_NUMBER"},
    "PAYLOAD": {"id": "ISI_QR", "en": "PAYLOAD"},
    "BUNDLE": {"id": "PAKET", "en": "BUNDLE"},
    "OFFICE_CODE": {"id": "KODE_KANTOR", "en": "OFFICE_CODE"},
    "FILE.pdf|.xlsx": {"id": "BERKAS.pdf|.xlsx", "en": "FILE.pdf|.xlsx"},
    "FILE.xlsx|.csv": {"id": "BERKAS.xlsx|.csv", "en": "FILE.xlsx|.csv"},
}


def _word(table: dict[str, dict[str, str]], text: str) -> str:
    texts = table.get(text)
    return texts.get(current_language(), text) if texts else text


def _gettext(message: str) -> str:
    return _word(ARGPARSE_WORDS, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return _gettext(singular if count == 1 else plural)


@contextmanager
def argparse_in_user_language() -> Iterator[None]:
    """While the parser is built and the command line read, argparse speaks the user's language."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def metavar(word: str) -> str:
    """FILE, NAME… as the user reads them (BERKAS, NAMA…)."""
    return _word(METAVARS, word)


def translate_metavars(parser: argparse.ArgumentParser) -> None:
    """The placeholders of a built command and of its subcommands, in the user's language. Safe to repeat on
    actions that parsers share (the global options): a translated word is not a key of the table."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for subparser in action.choices.values():
                translate_metavars(subparser)
        elif isinstance(action.metavar, tuple):
            action.metavar = tuple(metavar(word) for word in action.metavar)
        elif isinstance(action.metavar, str):
            action.metavar = metavar(action.metavar)
