"""Helpers for the card and receipt tests: making participants, reading PDFs back, decoding QR codes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from pekerja_desktop.services.enrolment.enrol import enrol

LONG_NAMES = (
    "MUHAMMAD ABDURRAHMAN AL-HABSYI BIN SAYYID ALWI ASSEGAF LATUCONSINA",
    "D'COSTA-DE FRETES",
    "FRANSISKUS XAVERIUS HENDRIKUS MARTHINUS WATTIMENA-PATTIRADJAWANE NANLOHY",
)
CONFIRM = {"nik.sex_mismatch", "nik.birth_date_mismatch", "full_name.long"}  # long names: the cards must fit them


def nik_for(index: int) -> str:
    """Valid NIKs of women born 05/08/1985 in Kota Ambon (serials from 0101)."""
    return f"8171014508850{101 + index:03d}"


def enrol_many(ctx, factory, names) -> list[str]:
    numbers = []
    for index, name in enumerate(names):
        outcome = enrol(ctx, factory(nik=nik_for(index), full_name=name), final=True, confirmed=CONFIRM)
        numbers.append(outcome.registration_number)
    return numbers


def words_of(pdf_path: Path) -> list[list[dict]]:
    """pdfplumber words per page, with PDF coordinates (y up) added as y0/y1."""
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            words = page.extract_words(keep_blank_chars=False, use_text_flow=True)
            for word in words:
                word["y0"], word["y1"] = page.height - word["bottom"], page.height - word["top"]
            pages.append(words)
    return pages


def page_sizes(pdf_path: Path) -> list[tuple[float, float]]:
    reader = PdfReader(pdf_path)
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def fonts_without_file(pdf_path: Path) -> list[str]:
    """Fonts used anywhere (pages and form XObjects) that are not embedded as TrueType (FontFile2)."""
    reader = PdfReader(pdf_path)
    missing = []
    for page in reader.pages:
        for font in _fonts_in(page.get("/Resources")):
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                missing.append(str(font.get("/BaseFont")))
    return missing


def _fonts_in(resources, seen=None) -> list:
    seen = set() if seen is None else seen
    if resources is None:
        return []
    resources = resources.get_object()
    fonts = [f.get_object() for f in (resources.get("/Font") or {}).values()]
    for xobject in (resources.get("/XObject") or {}).values():
        reference = getattr(xobject, "idnum", None)
        if reference in seen:
            continue
        seen.add(reference)
        fonts.extend(_fonts_in(xobject.get_object().get("/Resources"), seen))
    return fonts


def render_png(pdf_path: Path, out_prefix: Path, dpi: int = 300) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf_path), str(out_prefix)], check=True)
    return sorted(out_prefix.parent.glob(f"{out_prefix.name}-*.png"))


def decode_qr_codes(png: Path) -> list[str]:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    with Image.open(png) as image:
        results = zxingcpp.read_barcodes(image.convert("L"))
    return [r.text for r in results if r.format == zxingcpp.BarcodeFormat.QRCode]
