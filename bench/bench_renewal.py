"""The yearly renewal at an office with N participants: the re-verification list and the answers taken back.

    python bench/bench_renewal.py --n 35000

Measured in one run, each beside its anchor: the list as XLSX (the file the desa fill in) and as PDF (each desa
on pages of its own); the answers read back from the filled XLSX and applied — 95 % continued, 5 % ended — in
one transaction (`renewal-import`), beside the data bundle export that then carries every changed record to the
hub; peak memory of the whole run.
"""

from __future__ import annotations

import datetime as dt
import resource
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook

import _common
from pekerja_desktop.services.lifecycle.renewal_file import import_renewal_file, write_renewal_list
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.trust import register_office, trust_hub, write_key_file

ENDED_EVERY = 20  # one participant in twenty stops: moved away


def fill_answers(path: Path) -> int:
    """Every row answered: yes/yes, but every twentieth moved away. Returns the rows answered."""
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    header = next(row for row in range(1, 10) if sheet.cell(row, 1).value == "Tahun")
    for offset, row in enumerate(range(header + 1, sheet.max_row + 1)):
        sheet.cell(row, 9).value = "tidak" if offset % ENDED_EVERY == 0 else "ya"
        sheet.cell(row, 10).value = "ya"
    workbook.save(path)
    return sheet.max_row - header


def connect_a_hub(ctx, temp: Path) -> None:
    """The office trusts a hub (an export needs one)."""
    hub_root = temp / "hub"
    setup_office(hub_root, OfficeSetup("MALUKU", "Disnakertrans Provinsi Maluku", "81.71", "hub"), _common.ADMIN)
    with _common.context(hub_root) as hub:
        write_key_file(ctx, temp / "office.json")
        write_key_file(hub, temp / "hub.json")
        register_office(hub, temp / "office.json")
    trust_hub(ctx, temp / "hub.json")


def main(argv: list[str] | None = None) -> int:
    args = _common.parser(__doc__.splitlines()[0], 35_000).parse_args(argv)
    with _common.data_dir(args.data_dir) as root, tempfile.TemporaryDirectory(prefix="pekerja-bench-") as temp_name:
        temp = Path(temp_name)
        with _common.context(root) as ctx:
            _common.fill(ctx, args.n, args.seed)
            connect_a_hub(ctx, temp)
            year = dt.date.today().year + 1
            xlsx, info = _common.timed(lambda: write_renewal_list(ctx, year, temp / "list.xlsx"))
            pdf, _ = _common.timed(lambda: write_renewal_list(ctx, year, temp / "list.pdf"))
            answered = fill_answers(temp / "list.xlsx")
            applied, result = _common.timed(lambda: import_renewal_file(ctx, temp / "list.xlsx"))
            exported, _ = _common.timed(lambda: export_bundles(ctx, temp / "usb"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    _common.note(f"{info.participants:,} participants in {info.villages:,} villages; {answered:,} answered: "
                 f"{result.continued:,} continued, {result.ended:,} ended")
    _common.report("renewal_list_xlsx", xlsx, "s")
    _common.report("renewal_list_pdf", pdf, "s")
    _common.report("renewal_import", applied, "s")
    _common.report("export_of_the_changes", exported, "s")
    _common.report("renewal_import_rate", answered / applied, "answers/s")
    _common.report("peak_memory", peak, "MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
