"""The simulated people: valid synthetic workers of each office's kabupaten/kota (the demo generator's, one seeded
stream per office, no NIK twice in the province), and the village lists a desa hands over, written in the
project's own intake template."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from openpyxl import load_workbook

from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.participant import ParticipantData
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.demo.people import PersonFactory, build_material
from pekerja_desktop.services.intake.template import COLUMNS, write_template
from pekerja_desktop.services.reference.data import heir_relationships, occupations

LIST_SHEET = "Daftar"


class Population:
    """Where each office's new workers come from; the same seed gives the same people."""

    def __init__(self, seed: int, year: int):
        self.seed = seed
        self.anchor = dt.date(year, 1, 1)
        self.taken: set[str] = set()  # every NIK handed out, across offices
        self._factories: dict[str, PersonFactory] = {}

    def person(self, ctx: AppContext, coverage_start: dt.date) -> ParticipantData:
        factory = self._factory(ctx)
        made = factory.person(dt.datetime.combine(coverage_start, dt.time(9)), coverage_start)
        return replace(made, coverage_start=coverage_start, consent_given=True)

    def _factory(self, ctx: AppContext) -> PersonFactory:
        code = ctx.office.code
        if code not in self._factories:
            material = build_material(ctx.reference, ctx.office.region_code[:5])
            self._factories[code] = PersonFactory(material, f"{self.seed}-{code}", self.anchor, self.taken)
        return self._factories[code]


def write_village_list(ctx: AppContext, people: list[ParticipantData], path: Path) -> Path:
    """The people as a desa's list: the intake template (`intake --template`) filled in, one row a worker."""
    write_template(ctx, path)
    with ctx.db.session() as session:
        jobs = {o.code: o.name_id for o in occupations(session)}
        relations = {r.code: r.name_id for r in heir_relationships(session)}
    book = load_workbook(path)
    sheet = book[LIST_SHEET]
    sheet.delete_rows(2, max(sheet.max_row - 1, 0))
    headers = [column.header for column in COLUMNS]
    for data in people:
        row = _row(data, jobs, relations)
        sheet.append([row.get(header, "") for header in headers])
    book.save(path)
    return path


def _row(data: ParticipantData, jobs: dict[str, str], relations: dict[str, str]) -> dict[str, str]:
    rt, _, rw = data.rt_rw.partition("/")
    heir = data.heirs[0] if data.heirs else None
    return {"NIK": data.nik, "Nama Lengkap": data.full_name, "Tempat Lahir": data.birth_place,
            "Tanggal Lahir": format_date(data.birth_date), "Jenis Kelamin": data.sex or "", "Alamat": data.address,
            "RT": rt, "RW": rw, "Desa/Kelurahan": data.village_code, "Pekerjaan": jobs.get(data.occupation, ""),
            "No HP": data.phone or "", "Nama Ibu Kandung": data.mother_name or "",
            "Ahli Waris": heir.full_name if heir else "",
            "Hubungan Ahli Waris": relations.get(heir.relationship, "") if heir else ""}
