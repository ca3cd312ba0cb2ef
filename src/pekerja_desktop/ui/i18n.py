"""Qt Linguist catalogues: English source strings in the code, Bahasa Indonesia from `resources/i18n/*_id.ts`,
one catalogue per ui package (`shell_id.ts` for the modules at the top of `ui/`, `widgets_id.ts`, and one per
page package, e.g. `enrolment_id.ts`) plus `qtbase_id.ts`, Qt's own standard texts (Qt does not ship them in
Indonesian), written by hand.

All `*_<lang>.ts` files are compiled together into one `pekerja_<lang>.qm`:

* a wheel or an editable install gets it from the build (setup.py runs lrelease into
  `pekerja_desktop/resources/i18n/`);
* running from a source tree whose `.ts` files are newer than that (or where it is missing), it is
  compiled on first use into a cache folder with the lrelease shipped inside PySide6.

`PEKERJA_PSEUDO_LOCALE=1` wraps and lengthens every translated string to find clipped layouts.
After changing strings, `python scripts/update_translations.py` regenerates every catalogue with pyside6-lupdate
(translations made are kept, even when a text moves to another package; new texts come out unfinished, to be
translated in Qt Linguist).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6
from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from pekerja_desktop import APP_NAME
from pekerja_desktop.assets import asset_path

LANGUAGES = ("id", "en")
SOURCE_LANGUAGE = "en"
CATALOGUE = "pekerja"
PSEUDO_ENV = "PEKERJA_PSEUDO_LOCALE"
CACHE_ENV = "PEKERJA_CACHE_DIR"
REPO_TS_DIR = Path(__file__).resolve().parents[3] / "resources" / "i18n"

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


# --- finding or building the catalogue ---------------------------------------------------------

def source_ts_files(language: str, ts_dir: Path = REPO_TS_DIR) -> list[Path]:
    return sorted(ts_dir.glob(f"*_{language}.ts")) if ts_dir.is_dir() else []


def packaged_catalogue(language: str) -> Path:
    return asset_path("i18n") / f"{CATALOGUE}_{language}.qm"


def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_ENV) or user_cache_dir(APP_NAME, appauthor=False)) / "i18n"


def lrelease_command() -> list[str] | None:
    """The lrelease binary shipped inside PySide6, else one on PATH."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).resolve().parent / name
    if bundled.exists():
        return [str(bundled)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_catalogue(ts_files: list[Path], target: Path) -> Path:
    """Run lrelease over all `ts_files` into one `.qm`, written under a temporary name then renamed."""
    command = lrelease_command()
    if command is None:
        raise FileNotFoundError("lrelease")
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(suffix=".qm", dir=target.parent)
    os.close(handle)
    try:
        subprocess.run([*command, "-silent", *map(str, ts_files), "-qm", partial], check=True,
                       capture_output=True, timeout=120)
        os.replace(partial, target)
    finally:
        Path(partial).unlink(missing_ok=True)
    return target


def _digest(files: list[Path]) -> str:
    hasher = hashlib.sha256()
    for path in files:
        hasher.update(path.name.encode())
        hasher.update(path.read_bytes())
    return hasher.hexdigest()[:16]


def catalogue_path(language: str, ts_dir: Path = REPO_TS_DIR) -> Path | None:
    """The `.qm` to load: the packaged one unless the source `.ts` files are newer."""
    sources = source_ts_files(language, ts_dir)
    packaged = packaged_catalogue(language)
    if not sources:
        return packaged if packaged.exists() else None
    if packaged.exists() and packaged.stat().st_mtime >= max(p.stat().st_mtime for p in sources):
        return packaged
    cached = cache_dir() / f"{CATALOGUE}_{language}-{_digest(sources)}.qm"
    if cached.exists():
        return cached
    try:
        return compile_catalogue(sources, cached)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot compile translations for %s: %s", language, exc)
        return packaged if packaged.exists() else None


# --- pseudo-localisation ---------------------------------------------------------------------

_KEEP = re.compile(r"(%L?\d+|%n|\{[^}]*\}|<[^>]+>|&&|&[A-Za-z]|\n)")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnsCNS", "áéíóúýÅÉÎÓÜÝçñšÇÑŠ")


def pseudo_localise(text: str) -> str:
    """'Save' → '[Sávé ~~]': accented and about 40 % longer, placeholders and markup untouched."""
    if not text:
        return text
    parts = _KEEP.split(text)
    body = "".join(part if _KEEP.fullmatch(part) else part.translate(_ACCENTED) for part in parts)
    return f"[{body} {'~' * max(2, len(text) * 2 // 5)}]"


def pseudo_enabled() -> bool:
    return os.environ.get(PSEUDO_ENV, "").strip() not in ("", "0", "false", "no")


class PseudoTranslator(QTranslator):
    """Wraps every string after the real translation (if any) has been applied."""

    def __init__(self, inner: QTranslator | None, parent=None):
        super().__init__(parent)
        self._inner = inner

    def translate(self, context, source_text, disambiguation=None, n=-1):
        translated = self._inner.translate(context, source_text, disambiguation, n) if self._inner else ""
        return pseudo_localise(translated or source_text)

    def isEmpty(self) -> bool:
        return False


# --- installing --------------------------------------------------------------------------------

def _locale_for(language: str) -> QLocale:
    if language == "id":
        return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _load(language: str, parent) -> QTranslator | None:
    if language == SOURCE_LANGUAGE:
        return None
    path = catalogue_path(language)
    translator = QTranslator(parent)
    if path is None or not translator.load(str(path)):
        log.warning("no translation catalogue for %s", language)
        return None
    return translator


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the catalogue for `language` ('id' or 'en'), replacing any installed before."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language: {language}")
    remove_translators(app)
    translator = _load(language, app)
    chosen = [translator] if translator else []
    if pseudo_enabled():
        chosen = [PseudoTranslator(translator, app)]
    for item in chosen:
        app.installTranslator(item)
    _installed.extend(chosen)
    QLocale.setDefault(_locale_for(language))
    return list(chosen)
