"""Normalisation of names and phone numbers as they appear on the KTP and in village lists."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u2010": "-",
                              "\u2011": "-", "\u2013": "-", "\u2014": "-"})
_NAME_ALLOWED = re.compile(r"^[A-Z .,'\-]+$")
_PLACE_ALLOWED = re.compile(r"^[A-Z0-9 .,'\-/()]+$")
# The same for ASCII text as typed (either case, any white space), checked without folding it first
_NAME_ALLOWED_ASCII = re.compile(r"[A-Za-z\s.,'\-]+")
_PLACE_ALLOWED_ASCII = re.compile(r"[A-Za-z0-9\s.,'\-/()]+")
_FORMULA_STARTS = ("=", "+", "@")
NAME_MAX_LENGTH = 100


def normalise_name(raw: str | None) -> str:
    """Trim, collapse spaces, upper case as on the KTP; apostrophes and hyphens kept."""
    if not raw:
        return ""
    text = unicodedata.normalize("NFC", str(raw)).translate(_APOSTROPHES)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s*-\s*", "-", text)
    return text.upper()


def fold_for_search(text: str | None) -> str:
    """Lower case without accents, for case- and accent-insensitive search."""
    if not text:
        return ""
    text = str(text)
    if text.isascii():  # the usual case, and what the slow path gives for it
        return " ".join(text.split()).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped).strip().casefold()


def name_has_valid_characters(name: str) -> bool:
    """Letters (accented ones too), spaces, full stops, commas, apostrophes and hyphens."""
    if not name:
        return False
    if name.isascii():  # the usual case: folding would only lower-case it and make its white space single spaces
        return _NAME_ALLOWED_ASCII.fullmatch(name) is not None and not name.isspace()
    return bool(_NAME_ALLOWED.match(fold_for_search(name).upper()))


def place_has_valid_characters(place: str) -> bool:
    """A place name as the region list writes them: letters, digits, spaces, . , ' - / ( )."""
    if not place:
        return False
    if place.isascii():
        return _PLACE_ALLOWED_ASCII.fullmatch(place) is not None and not place.isspace()
    return bool(_PLACE_ALLOWED.match(fold_for_search(place).upper()))


def starts_like_formula(text: str | None) -> bool:
    """Text a spreadsheet would run as a formula (=…, +…, @…): no address begins that way."""
    return bool(text) and str(text).lstrip().startswith(_FORMULA_STARTS)


_PHONE_SEPARATORS = re.compile(r"[\s\-.()/]")


def normalise_phone(raw: str | None) -> str | None:
    """Canonical 08… form of an Indonesian mobile or landline number, or None if not a phone number.

    Accepts 08…, +62 8…, 62 8…, 8…, with spaces, dashes, dots or brackets. Landlines (0911…) stay
    with their area code.
    """
    if raw is None:
        return None
    raw = str(raw)
    if raw.isdigit() and raw.isascii() and raw.startswith("0") and not raw.startswith("00"):  # stored form
        return raw if 9 <= len(raw) <= 13 else None
    text = _PHONE_SEPARATORS.sub("", raw.strip())
    if text.startswith(("+62", "62")):
        rest = text.removeprefix("+").removeprefix("62")
        text = rest if rest.startswith("0") else "0" + rest  # "+62 0812…" is a common way of writing it
    elif text.startswith("8"):
        text = "0" + text
    if not (text.isascii() and text.isdigit()) or not text.startswith("0") or text.startswith("00"):
        return None
    return text if 9 <= len(text) <= 13 else None


def normalise_rt_rw(raw: str | None) -> str | None:
    """'1/2', '001 / 002', '01-02' → '001/002'; None when it is not RT/RW."""
    if raw is None or not str(raw).strip():
        return ""
    match = re.fullmatch(r"\s*(\d{1,3})\s*[/\-.]\s*(\d{1,3})\s*", str(raw))
    if not match:
        return None
    return f"{int(match.group(1)):03d}/{int(match.group(2)):03d}"
