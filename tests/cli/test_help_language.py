"""The commands' help in the user's language: every text through a catalogue with both languages, argparse's own
words included, and no English in the Indonesian help nor Indonesian in the English one."""

from __future__ import annotations

import argparse
import ast
import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

import pekerja_desktop.cli
from pekerja_desktop.__main__ import main
from pekerja_desktop.cli.parser import parser_with_every_command

CLI_DIR = Path(pekerja_desktop.cli.__file__).parent
LANGUAGES = {"id", "en"}
# Characteristic words, matched whole and case-insensitively in the help with its flags and choices taken out.
ENGLISH = ("usage", "options", "positional", "arguments", "default", "the", "and", "this", "exit", "only", "with",
           "file", "help")
INDONESIAN = ("penggunaan", "opsi", "argumen", "bawaan", "dan", "atau", "yang", "untuk", "tampilkan", "berkas",
              "peserta", "kantor", "tanpa")
FLAGS_AND_CHOICES = re.compile(r"(?<![\w-])--?[\w-]+|\{[^}]*\}|\b[a-z]+(?:\|[a-z-]+)+\b")
PRINTF_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[sdr]")


def _command_lines() -> list[list[str]]:
    """Every command, and every subcommand of a command group (`account add`, `report billing`…)."""
    lines = [[]]
    for name, parser in _subcommands(parser_with_every_command()).items():
        lines.append([name])
        lines.extend([name, nested] for nested in _subcommands(parser))
    return lines


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices) if actions else {}


def _help(capsys, language: str, words: list[str]) -> str:
    with pytest.raises(SystemExit):
        main(["--lang", language, *words, "--help"])
    return capsys.readouterr().out


def _words_found(text: str, words: tuple[str, ...]) -> set[str]:
    prose = FLAGS_AND_CHOICES.sub(" ", text)
    return {word for word in words if re.search(rf"(?<![\w-]){word}(?![\w-])", prose, re.IGNORECASE)}


@pytest.mark.parametrize("words", _command_lines(), ids=lambda words: " ".join(words) or "pekerja-desktop")
def test_the_help_speaks_one_language(capsys, words):
    indonesian, english = _help(capsys, "id", words), _help(capsys, "en", words)
    assert indonesian.startswith("penggunaan: ") and english.startswith("usage: ")
    assert _words_found(indonesian, ENGLISH) == set(), indonesian
    assert _words_found(english, INDONESIAN) == set(), english


def test_the_language_comes_from_the_environment_when_not_given(capsys, monkeypatch):
    monkeypatch.setenv("PEKERJA_LANG", "en")
    with pytest.raises(SystemExit):
        main(["cards", "--help"])
    assert capsys.readouterr().out.startswith("usage: ")
    monkeypatch.delenv("PEKERJA_LANG")
    with pytest.raises(SystemExit):
        main(["cards", "--help"])
    assert "tampilkan bantuan ini lalu keluar" in capsys.readouterr().out


@pytest.mark.parametrize(("language", "expected"), [
    ("id", "argumen berikut wajib diisi: BERKAS"),
    ("en", "the following arguments are required: FILE"),
])
def test_argparse_errors_speak_the_language_too(capsys, language, expected):
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", language, "restore"])
    assert exit_.value.code == 2 and expected in capsys.readouterr().err


def _catalogues() -> dict[str, dict]:
    """Every module-level dict of the cli package keyed by language, or by code then language."""
    found = {}
    for info in pkgutil.iter_modules([str(CLI_DIR)]):
        module = importlib.import_module(f"pekerja_desktop.cli.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, dict) and value and (set(value) == LANGUAGES or all(
                    isinstance(texts, dict) and set(texts) & LANGUAGES for texts in value.values())):
                found[f"{info.name}.{name}"] = value
    return found


def _placeholders(text: str) -> list[str]:
    named = sorted(field for _, field, _, _ in string.Formatter().parse(text) if field is not None)
    return named + sorted(match.group(0) for match in PRINTF_PLACEHOLDER.finditer(text))


def test_every_catalogue_has_both_languages_with_the_same_placeholders():
    catalogues = _catalogues()
    assert {"commands.COMMAND_HELP", "parser.GLOBAL_HELP", "argparse_text.ARGPARSE_WORDS", "cards.HELP",
            "sync.HELP", "report.HELP", "setup.HELP"} <= set(catalogues)
    for name, catalogue in catalogues.items():
        if set(catalogue) == LANGUAGES:  # column headers: one tuple per language
            assert len(catalogue["id"]) == len(catalogue["en"]), name
            continue
        for code, texts in catalogue.items():
            assert set(texts) == LANGUAGES and all(texts.values()), f"{name}[{code!r}]"
            assert _placeholders(texts["id"]) == _placeholders(texts["en"]), f"{name}[{code!r}]"


def _literal_help_texts(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            found.extend(f"{path.name}:{node.lineno} {keyword.arg}" for keyword in node.keywords
                         if keyword.arg in ("help", "description", "epilog")
                         and isinstance(keyword.value, ast.Constant | ast.JoinedStr))
    return found


def test_no_help_text_is_written_outside_a_catalogue():
    assert [text for path in sorted(CLI_DIR.glob("*.py")) for text in _literal_help_texts(path)] == []
