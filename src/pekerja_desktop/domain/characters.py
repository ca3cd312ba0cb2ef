"""Characters no text field may hold, whatever door it came through: control characters, bidirectional
embeddings, overrides, isolates and marks, zero-width and other invisible format characters, line and
paragraph separators, lone surrogates and non-characters.

They cannot be typed on a KTP and do no good in a record: a U+0001 pasted into an address makes a spreadsheet
writer fail, a right-to-left override makes a name read differently from what is stored, a zero-width space
makes two equal NIKs or names compare different. Three uses:

- `clean_text` at every entry point (form, village list, `enrol --json`): whitespace among them becomes a
  space (a line break where lines are allowed), the rest is removed;
- `first_unsafe` where text is checked rather than cleaned (the hub's re-check of a received record): the first
  offending character as U+XXXX, for the reason given back;
- `visible_text` in every writer (XLSX, CSV, PDF): each one becomes U+FFFD (�), so a file is always written,
  shows where something was, and loses nothing silently.

The ranges are the Unicode categories Cc, Cf, Cs, Zl and Zp (tests/domain/test_characters.py holds them to the
running Python's `unicodedata`) plus the non-characters U+FFFE and U+FFFF; they are spelled out so that
importing this module costs nothing at start-up.
"""

from __future__ import annotations

import re

_RANGES = (
    "\x00-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb\ufffe\uffff"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
UNSAFE = re.compile(f"[{_RANGES}]")
_SPACES = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]")  # what str.split() takes for white space
_LINE_BREAKS = re.compile("\r\n|[\n\x0b\x0c\r\x1c-\x1e\x85\u2028\u2029]")
_UNSAFE_BUT_NEW_LINE = re.compile(f"(?!\n)[{_RANGES}]")
_UNSAFE_FOR_WRITERS = re.compile(f"(?![\t\n\r])[{_RANGES}]")
REPLACEMENT = "\ufffd"


def _plainly_safe(text: str) -> bool:
    """True for printable ASCII (the usual text), which holds none of them: among ASCII characters only the
    control characters U+0000–U+001F and U+007F are unsafe, and they are exactly the ones `isprintable` refuses.
    Two C calls instead of a search through the ranges (five times the cost); other text is searched."""
    return text.isascii() and text.isprintable()


def clean_text(value: str | None, *, lines: bool = False) -> str:
    """`value` without unsafe characters: tabs and line breaks become spaces (line breaks stay one line feed
    each when `lines`), every other one is removed."""
    if not value:
        return ""
    text = str(value)
    if _plainly_safe(text) or UNSAFE.search(text) is None:
        return text
    if not lines:
        return UNSAFE.sub("", _SPACES.sub(" ", text))
    text = _SPACES.sub(lambda match: match.group() if match.group() == "\n" else " ", _LINE_BREAKS.sub("\n", text))
    return _UNSAFE_BUT_NEW_LINE.sub("", text)


def first_unsafe(value: str | None) -> str | None:
    """The first unsafe character of `value` as U+XXXX, or None when it has none."""
    if not value or _plainly_safe(value):
        return None
    match = UNSAFE.search(value)
    return f"U+{ord(match.group()):04X}" if match else None


def visible_text(value: str) -> str:
    """For writers: each unsafe character but tab, line feed and carriage return shown as U+FFFD."""
    if _plainly_safe(value) or not UNSAFE.search(value):
        return value
    return _UNSAFE_FOR_WRITERS.sub(REPLACEMENT, value)
