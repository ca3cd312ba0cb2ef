"""Message catalogue for texts produced outside the Qt layer (domain, services, CLI).

The Qt interface translates its own strings with Qt Linguist; messages that originate in the
core carry a stable code and are rendered here, Bahasa Indonesia first, English available.
"""

from __future__ import annotations

import os

DEFAULT_LANGUAGE = "id"
SUPPORTED_LANGUAGES = ("id", "en")

_language = os.environ.get("PEKERJA_LANG", DEFAULT_LANGUAGE)


def set_language(language: str) -> None:
    global _language
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language: {language}")
    _language = language


def current_language() -> str:
    return _language if _language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def render(catalogue: dict[str, dict[str, str]], code: str, params: dict | None = None,
           language: str | None = None) -> str:
    texts = catalogue.get(code)
    if texts is None:
        return code
    language = language or current_language()
    template = texts.get(language) or texts[DEFAULT_LANGUAGE]
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return template
