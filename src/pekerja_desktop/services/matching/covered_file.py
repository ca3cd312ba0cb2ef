"""(hub) Reading a list of people already covered (e.g. BPJS's active members in Maluku) from CSV/XLSX through the
village lists' readers (services/intake/reading/): a header naming the NIK column is all it needs; names and birth
dates are kept where the file has them. A row without a readable 16-digit NIK is left out and counted, by its row
number; a NIK twice is kept once. The file is read, never copied: the list lives only in the encrypted database."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from pekerja_desktop.services.intake.cells import cell_text, parse_intake_date, read_nik
from pekerja_desktop.services.intake.reading.read import RawRow, Watch, read_sheet
from pekerja_desktop.services.intake.reading.source import read_list_bytes
from pekerja_desktop.services.matching.errors import MatchingError

NIK_LENGTH = 16
NAME_LENGTH = 200


@dataclass(frozen=True)
class CoveredPerson:
    nik: str
    full_name: str
    birth_date: dt.date | None


@dataclass(frozen=True)
class CoveredFile:
    path: Path
    sha256: str
    people: list[CoveredPerson]
    skipped_rows: list[int]  # rows of the file without a readable NIK


def read_covered_file(path: Path, watch: Watch | None = None, today: dt.date | None = None) -> CoveredFile:
    path = Path(path)
    content = read_list_bytes(path)
    sheet = read_sheet(path, content, watch, required=("nik",))
    today = today or dt.date.today()
    people: dict[str, CoveredPerson] = {}
    skipped = []
    for row in sheet.rows:
        person = _person(row, today)
        if person is None:
            skipped.append(row.row_number)
        else:
            people.setdefault(person.nik, person)
    if not people:
        raise MatchingError("covered.no_nik", path=str(path))
    return CoveredFile(path, hashlib.sha256(content).hexdigest(), list(people.values()), skipped)


def _person(row: RawRow, today: dt.date) -> CoveredPerson | None:
    text, problem = read_nik(row.cells.get("nik"))
    nik = text.replace(" ", "").replace(".", "")
    if problem is not None or len(nik) != NIK_LENGTH or not nik.isdigit():
        return None
    birth = row.cells.get("birth_date")
    return CoveredPerson(nik, cell_text(row.cells.get("full_name"))[:NAME_LENGTH],
                         parse_intake_date(birth, today) if birth is not None else None)
