"""Village-list intake end to end: a realistic N-row list read, checked and imported as drafts, in two shapes.

    python bench/bench_intake.py --n 35000 [--shape ktp|opensid|both]

Creates a fresh data directory (an office in Kota Ambon) for each shape, writes the list, then times
`preview_intake` + `import_preview`:
- ktp: a KTP-style XLSX (valid Maluku NIKs matching the birth date and sex, real village names with their
  Kecamatan and Kabupaten/Kota, occupation and relationship names as clerks write them);
- opensid: OpenSID's population export of one desa (its own column names, sex 1/2, pekerjaan_id as Dukcapil
  codes, no_kk, dusun, status_dasar with a few dead and moved people, religion and marital status), imported with
  the desa given for the whole file (`--village`). The goal for 35,000 rows is < 20 s (issue #10), printed beside;
  then the export read alone by calamine (what intake uses) beside openpyxl's read-only parser.
Prints `name: value unit` lines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from openpyxl import Workbook, load_workbook

from _common import ADMIN, LOGIN
from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.intake.importer import IntakeOptions, import_preview, preview_intake
from pekerja_desktop.services.intake.reading.workbook import workbook_sheets
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


OPENSID_HEADER = ["id", "nik", "nama", "no_kk", "sex", "tempatlahir", "tanggallahir", "agama_id", "pendidikan_kk_id",
                  "pekerjaan_id", "status_kawin", "dusun", "rw", "rt", "alamat", "nama_ayah", "nama_ibu",
                  "status_dasar"]
OPENSID_VILLAGE, OPENSID_DISTRICT = "81.02.01.2014", "810201"  # Langgur, Kei Kecil
# Dukcapil codes as a Kei village's KTPs carry them: farmers, fishers, traders, WIRASWASTA, housewives, pupils…
DUKCAPIL_CODES = [9] * 30 + [11] * 20 + [84] * 8 + [88] * 12 + [2] * 10 + [3] * 6 + [19] * 6 + [15] * 3 + [65] * 2 \
    + [81] * 3
STATUS = ["1"] * 96 + ["2"] * 2 + ["3"] * 2  # a few dead and moved people the export still lists


def _opensid_person(rng: random.Random, index: int, serials: Counter) -> list:
    sex = rng.choice("LP")
    birth = dt.date(1961, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 44))
    serials[(birth, sex)] += 1
    nik = encode_nik(OPENSID_DISTRICT, birth, sex, serials[(birth, sex)])
    given = rng.choice(GIVEN_M if sex == "L" else GIVEN_F)
    family = rng.choice(FAMILY)
    kk = f"{OPENSID_DISTRICT}{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(10, 24):02d}" \
         f"{rng.randint(1, 9999):04d}"
    return [index, nik, f"{given} {family}".upper(), kk, 1 if sex == "L" else 2, rng.choice(PLACES),
            birth.isoformat(), rng.randint(1, 3), rng.randint(1, 8), rng.choice(DUKCAPIL_CODES), rng.randint(1, 4),
            f"Dusun {rng.randint(1, 6)}", f"{rng.randint(1, 9):03d}", f"{rng.randint(1, 20):03d}",
            f"Jl. {rng.choice(FAMILY)}", f"{rng.choice(GIVEN_M)} {family}".upper(),
            f"{rng.choice(GIVEN_F)} {rng.choice(FAMILY)}".upper(), rng.choice(STATUS)]


def write_opensid(target: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    serials: Counter = Counter()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Penduduk"
    sheet.append(OPENSID_HEADER)
    for index in range(1, n + 1):
        sheet.append(_opensid_person(rng, index, serials))
    workbook.save(target)


def _run(root: Path, shape: str, n: int) -> tuple[float, float, float, object, object]:
    setup_office(root / "data", OfficeSetup("8171A", "Disnaker Kota Ambon", "81.71", "field"), ADMIN)
    ctx = open_context(root / "data", *LOGIN)
    try:
        source = root / ("penduduk.xlsx" if shape == "opensid" else "daftar.xlsx")
        started = time.perf_counter()
        if shape == "opensid":
            write_opensid(source, n)
        else:
            write_list(source, n, ctx.reference.regions)
        written = time.perf_counter()
        options = IntakeOptions(village=OPENSID_VILLAGE) if shape == "opensid" else IntakeOptions()
        preview = preview_intake(ctx, source, options)
        checked = time.perf_counter()
        result = import_preview(ctx, preview)
        done = time.perf_counter()
        if shape == "opensid":
            reading_anchor(source, n)
    finally:
        ctx.close()
    return written - started, checked - written, done - checked, preview, result


def reading_anchor(source: Path, n: int) -> None:
    """The workbook read alone: calamine (what intake uses) beside openpyxl's read-only parser, same file."""
    content = source.read_bytes()
    started = time.perf_counter()
    for _title, _rows in workbook_sheets(source, content):
        break
    calamine = time.perf_counter() - started
    started = time.perf_counter()
    book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    sum(1 for _row in book.active.iter_rows(values_only=True))
    book.close()
    print(f"intake_opensid_read_{n}_rows_calamine: {calamine:.2f} s")
    print(f"intake_opensid_read_{n}_rows_openpyxl: {time.perf_counter() - started:.2f} s")


def _report(shape: str, n: int, timings: tuple[float, float, float, object, object]) -> None:
    fixture, preview_s, import_s, _preview, result = timings
    total = preview_s + import_s
    print(f"intake_{shape}_write_fixture_{n}_rows: {fixture:.2f} s")
    print(f"intake_{shape}_preview_{n}_rows: {preview_s:.2f} s")
    print(f"intake_{shape}_import_{n}_rows: {import_s:.2f} s")
    print(f"intake_{shape}_{n}_rows: {total:.2f} s")
    if shape == "opensid":
        print("intake_opensid_goal: 20 s")
    print(f"intake_{shape}_rows_per_s: {n / total:.0f} rows/s")
    print(f"intake_{shape}_imported: {result.imported} rows")  # type: ignore[attr-defined]
    print(f"intake_{shape}_to_complete: {result.incomplete} rows")  # type: ignore[attr-defined]
    print(f"intake_{shape}_rejected: {result.rejected} rows")  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=35_000)
    parser.add_argument("--shape", choices=("ktp", "opensid", "both"), default="both")
    args = parser.parse_args(argv)
    ok = True
    for shape in ("ktp", "opensid") if args.shape == "both" else (args.shape,):
        with tempfile.TemporaryDirectory(prefix=f"bench-intake-{shape}-") as tmp:
            timings = _run(Path(tmp), shape, args.n)
        _report(shape, args.n, timings)
        result = timings[4]
        ok = ok and result.imported + result.rejected + result.already_present == args.n  # type: ignore[attr-defined]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
