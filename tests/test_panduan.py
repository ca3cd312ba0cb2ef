"""The user guide (docs/panduan/) stays true to the application: its pictures and links exist, and every command it
tells a clerk to type is one the application has, with options it accepts."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from pekerja_desktop.cli.parser import parser_with_every_command as build_parser

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "panduan"
CHAPTERS = sorted(GUIDE.glob("*.md"))
LINK = re.compile(r"\]\(([^)#\s]+)")
# On Windows a clerk types the console companion, pekerja-desktop-cli (pekerja-desktop.exe is the window and shows
# nothing of a command); the program's own messages, quoted in italics, still say pekerja-desktop.
PROGRAMS = ("pekerja-desktop ", "pekerja-desktop-cli ")
INLINE_CODE = re.compile(r"`([^`]+)`")
CODE_BLOCK = re.compile(r"^[ ]*```[^\n]*\n(.*?)^[ ]*```", re.MULTILINE | re.DOTALL)
QUOTED_MESSAGE = re.compile(r"(?<![*\w])\*[^*]+\*(?![*\w])")


def typed_commands(text: str) -> list[str]:
    """What the guide tells a clerk to type: inline code, and lines of code blocks, that start with the program."""
    in_blocks = [line.strip() for block in CODE_BLOCK.findall(text) for line in block.splitlines()]
    inline = INLINE_CODE.findall(CODE_BLOCK.sub("", text))
    return [code for code in inline + in_blocks if code.startswith(PROGRAMS)]


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices) if actions else {}


def test_the_guide_has_its_chapters():
    assert (GUIDE / "README.md").exists() and len(CHAPTERS) >= 8
    index = (GUIDE / "README.md").read_text(encoding="utf-8")
    assert all(chapter.name in index for chapter in CHAPTERS if chapter.name != "README.md")


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda path: path.name)
def test_every_picture_and_link_of_a_chapter_exists(chapter):
    text = chapter.read_text(encoding="utf-8")
    missing = [target for target in LINK.findall(text)
               if not target.startswith("http") and not (chapter.parent / target).exists()]
    assert not missing, missing


def _option_names(parser: argparse.ArgumentParser) -> set[str]:
    return {name for action in parser._actions for name in action.option_strings}


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda path: path.name)
def test_every_command_in_a_chapter_exists_with_its_options(chapter):
    commands = subcommands(build_parser())
    problems = []
    for command in typed_commands(chapter.read_text(encoding="utf-8")):
        line = command.split(" ", 1)[1]
        words = shlex.split(line.replace("\\", "/"))
        if not words[0][0].isalpha():  # `pekerja-desktop --self-test`, `pekerja-desktop …`
            continue
        parser = commands.get(words[0])
        if parser is None:
            problems.append(f"unknown command: {line}")
            continue
        nested = subcommands(parser)
        if nested and len(words) > 1 and words[1] in nested:
            parser = nested[words[1]]
        unknown = [w.split("=")[0] for w in words[1:] if w.startswith("--") and w.split("=")[0]
                   not in _option_names(parser)]
        if unknown:
            problems.append(f"{line}: unknown options {unknown}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda path: path.name)
def test_the_guide_sends_clerks_to_the_console_companion(chapter):
    text = QUOTED_MESSAGE.sub("", chapter.read_text(encoding="utf-8"))
    assert [command for command in typed_commands(text) if not command.startswith("pekerja-desktop-cli ")] == []
