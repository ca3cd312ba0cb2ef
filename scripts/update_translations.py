"""Regenerate the Qt Linguist catalogues: one `resources/i18n/<package>_<lang>.ts` per ui package, each extracted by
pyside6-lupdate from that package's files, every translation already made kept.

    python scripts/update_translations.py

The packages: `shell` (the modules at the top of `ui/`), `widgets`, and each `ui/pages/<feature>/`. Before lupdate
runs, each catalogue is seeded with the translations of every catalogue, so a text that moves to another package
keeps its translation; lupdate then drops what its package's files do not say (`-no-obsolete`) and marks new
texts unfinished, for Qt Linguist. Catalogues of no package left are removed. `qtbase_<lang>.ts` (Qt's own standard
texts, which Qt does not ship in Indonesian) is written by hand and left alone.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "pekerja_desktop" / "ui"
TS_DIR = ROOT / "resources" / "i18n"
LANGUAGES = {"id": "id_ID"}  # file suffix: the language lupdate writes into a new catalogue
HAND_WRITTEN = ("qtbase",)

MessageKey = tuple[str, str, str]  # context, source, disambiguation comment


def package_sources() -> dict[str, list[Path]]:
    """The files lupdate reads for each catalogue, by catalogue name."""
    sources = {"shell": sorted(UI.glob("*.py")), "widgets": sorted((UI / "widgets").rglob("*.py"))}
    for package in sorted((UI / "pages").iterdir()):
        if (package / "__init__.py").exists():
            sources[package.name] = sorted(package.rglob("*.py"))
    return sources


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate not found: install PySide6 in this environment")
    return found


def _key(context: ET.Element, message: ET.Element) -> MessageKey:
    return context.findtext("name", ""), message.findtext("source", ""), message.findtext("comment", "")


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None


def translation_memory(catalogues: list[Path]) -> dict[MessageKey, ET.Element]:
    """Every finished translation of `catalogues`, the message element by (context, source, comment)."""
    memory: dict[MessageKey, ET.Element] = {}
    for path in catalogues:
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                if _finished(message):
                    memory.setdefault(_key(context, message), message)
    return memory


def seed(target: Path, language: str, memory: dict[MessageKey, ET.Element]) -> None:
    """Write `target` with its own messages and every other known translation (lupdate drops the strangers)."""
    root = ET.parse(target).getroot() if target.exists() else ET.Element("TS", version="2.1", language=language)
    contexts = {context.findtext("name", ""): context for context in root.iter("context")}
    present = {_key(context, message) for context in contexts.values() for message in context.iter("message")}
    for key, message in memory.items():
        if key in present:
            continue
        context = contexts.get(key[0])
        if context is None:
            context = contexts[key[0]] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = key[0]
        copy = ET.SubElement(context, "message", message.attrib)
        copy.extend(child for child in message if child.tag != "location")
    ET.ElementTree(root).write(target, encoding="utf-8", xml_declaration=True)


def extract(target: Path, files: list[Path], language: str) -> None:
    command = [lupdate(), "-silent", "-no-obsolete", "-locations", "none", "-target-language", language,
               *map(str, files), "-ts", str(target)]
    subprocess.run(command, check=True)


def unfinished(target: Path) -> int:
    return sum(not _finished(m) for m in ET.parse(target).getroot().iter("message"))


def update(language: str, locale: str) -> list[str]:
    """Regenerate every catalogue of `language`; one line per catalogue for the log."""
    existing = sorted(TS_DIR.glob(f"*_{language}.ts"))
    memory = translation_memory(existing)
    sources = package_sources()
    lines = []
    for name, files in sources.items():
        target = TS_DIR / f"{name}_{language}.ts"
        seed(target, locale, memory)
        extract(target, files, locale)
        lines.append(f"{target.relative_to(ROOT)}: {unfinished(target)} unfinished")
    for path in existing:
        name = path.stem.rsplit("_", 1)[0]
        if name not in sources and name not in HAND_WRITTEN:
            path.unlink()
            lines.append(f"{path.relative_to(ROOT)}: removed (no ui package of that name)")
    return lines


def main() -> int:
    for language, locale in LANGUAGES.items():
        for line in update(language, locale):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
