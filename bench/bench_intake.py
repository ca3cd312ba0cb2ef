"""Village-list intake end to end: a realistic N-row XLSX read, checked and imported as drafts.

    python bench/bench_intake.py --n 35000

Creates a fresh data directory (an office in Kota Ambon), writes the list (valid Maluku NIKs matching the
birth date and sex, real village names with their Kecamatan and Kabupaten/Kota, occupation and relationship
names as clerks write them), then times `preview_intake` + `import_preview`. Prints `name: value unit` lines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from openpyxl import Workbook

from _common import ADMIN, LOGIN
from pekerja_desktop.domain.nik import encode_nik
from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.intake.importer import import_preview, preview_intake
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office

HEADER = ["No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tgl Lahir", "JK", "Alamat", "RT/RW", "Desa/Kelurahan",
          "Kecamatan", "Kabupaten/Kota", "Pekerjaan", "No HP", "Nama Ibu Kandung", "Ahli Waris",
          "Hubungan Ahli Waris"]
GIVEN_M = ["Yohanis", "Abdul", "Samuel", "Frans", "Ahmad", "Paulus", "Johan", "La Ode", "Markus", "Hasan", "Yakob",
           "Musa", "Daniel", "Ismail", "Stevanus", "Rudi", "Agus", "Marthen"]
GIVEN_F = ["Maria", "Siti", "Yuliana", "Fatima", "Nona", "Ance", "Magdalena", "Wa Ode", "Sarah", "Nurlela",
           "Ester", "Halima", "Debora", "Salma", "Agustina", "Rahma"]
FAMILY = ["Latuconsina", "Pattinama", "Titaley", "Huwae", "Leiwakabessy", "Sopacua", "Pattiasina", "Sahetapy",
          "Rumra", "Tahitu", "Pattinasarany", "Tuasikal", "Ohorella", "Matulessy", "Wattimena", "Lekransy",
          "Rahanra", "Renwarin", "Letsoin", "Kelirey"]
OCCUPATIONS = ["Nelayan", "petani", "Pekebun", "Penyadap nira", "Buruh tani", "Pedagang pasar", "Pedagang keliling",
               "Tukang ojek", "Sopir angkot", "Motoris", "Buruh pelabuhan", "Buruh bangunan", "Pengrajin", "NLY"]
PLACES = ["Ambon", "Masohi", "Tual", "Saparua", "Namlea", "Piru", "Bula", "Dobo", "Saumlaki", "Tulehu", "Langgur"]


def _village_rows(regions: RegionIndex) -> list[tuple[str, str, str, str]]:
    """(village name, kecamatan name, kabupaten/kota name, NIK district prefix) for every village.

    Where a kecamatan has a desa and a kelurahan of the same name (Nusaniwe, Urimessing), the clerk writes
    "Desa …" or "Kel. …"."""
    villages = regions.villages()
    pairs = Counter((v.name, v.parent_code) for v in villages)
    found = []
    for village in villages:
        above = regions.ancestors(village.code)
        district, regency = above["kecamatan"], above["kabupaten"]
        name = village.name
        if pairs[(name, village.parent_code)] > 1:
            name = f"{'Desa' if village.level == 'desa' else 'Kel.'} {name}"
        found.append((name, district.name, regency.name, district.plain_code))
    return found


def _person(rng: random.Random, index: int, village: tuple[str, str, str, str], serials: Counter) -> list:
    sex = rng.choice("LP")
    birth = dt.date(1961, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 44))
    key = (village[3], birth, sex)
    serials[key] += 1
    nik = encode_nik(village[3], birth, sex, serials[key])
    given = rng.choice(GIVEN_M if sex == "L" else GIVEN_F)
    family = rng.choice(FAMILY)
    spouse = rng.choice(GIVEN_F if sex == "L" else GIVEN_M)
    birth_cell = dt.datetime.combine(birth, dt.time()) if index % 3 else birth.strftime("%d-%m-%Y")
    address = f"Jl. {rng.choice(FAMILY)} No. {rng.randint(1, 99)}"
    rt_rw = f"{rng.randint(1, 20):03d}/{rng.randint(1, 9):03d}"
    phone = f"08{rng.randint(11, 59)}{rng.randint(10**7, 10**8 - 1)}"
    return [index, nik, f"{given} {family}", rng.choice(PLACES), birth_cell, sex, address, rt_rw,
            village[0], village[1], village[2], rng.choice(OCCUPATIONS), phone,
            f"{rng.choice(GIVEN_F)} {rng.choice(FAMILY)}", f"{spouse} {family}", "Istri" if sex == "L" else "Suami"]


def write_list(target: Path, n: int, regions: RegionIndex, seed: int = 7) -> None:
    rng = random.Random(seed)
    villages = _village_rows(regions)
    serials: Counter = Counter()
    workbook = Workbook()  # not write-only: shared strings and a <dimension>, as Excel saves them
    sheet = workbook.active
    sheet.title = "Daftar"
    sheet.append(["DAFTAR PEKERJA RENTAN - PROVINSI MALUKU"])
    sheet.append([])
    sheet.append(HEADER)
    for index in range(1, n + 1):
        sheet.append(_person(rng, index, rng.choice(villages), serials))
    workbook.save(target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=35_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-intake-") as tmp:
        root = Path(tmp)
        setup_office(root / "data", OfficeSetup("8171A", "Disnaker Kota Ambon", "81.71", "field"), ADMIN)
        ctx = open_context(root / "data", *LOGIN)
        try:
            source = root / "daftar.xlsx"
            started = time.perf_counter()
            write_list(source, args.n, ctx.reference.regions)
            written = time.perf_counter()
            preview = preview_intake(ctx, source)
            checked = time.perf_counter()
            result = import_preview(ctx, preview)
            done = time.perf_counter()
        finally:
            ctx.close()
    total = done - written
    print(f"intake_write_fixture_{args.n}_rows: {written - started:.2f} s")
    print(f"intake_preview_{args.n}_rows: {checked - written:.2f} s")
    print(f"intake_import_{args.n}_rows: {done - checked:.2f} s")
    print(f"intake_xlsx_{args.n}_rows: {total:.2f} s")
    print(f"intake_rows_per_s: {args.n / total:.0f} rows/s")
    print(f"intake_imported: {result.imported} rows")
    print(f"intake_rejected: {result.rejected} rows")
    return 0 if result.imported == args.n else 1


if __name__ == "__main__":
    sys.exit(main())
