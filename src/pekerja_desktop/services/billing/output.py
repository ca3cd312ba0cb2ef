"""(hub) The monthly bill as a file, in Indonesian only, through the report writers: as a PDF (A4 upright, a
table per funding source with its subtotal, the grand total, the signatures) or as an XLSX (one line per funding
source and kabupaten/kota, numbers as numbers), chosen by the file's suffix."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pekerja_desktop.documents.formatting import rupiah
from pekerja_desktop.documents.report_pdf import write_report_pdf
from pekerja_desktop.documents.report_table import Column, Kind, Level, Masthead, Report, Row, Section, Signatory
from pekerja_desktop.documents.report_xlsx import write_report_xlsx
from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.billing.compute import Billing, BillingLine, compute_billing
from pekerja_desktop.services.billing.signer import Signer, load_signer
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.state import require_hub

LANGUAGE = "id"
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember")
TITLE = "REKAPITULASI IURAN BPJS KETENAGAKERJAAN (JKK + JKM)"
SHEET = "Rekap Iuran"
GRAND_TOTAL = "JUMLAH SELURUHNYA"
NOTHING_BILLED = "Tidak ada peserta aktif yang ditagih pada bulan ini."
PRINT_WIDTH_MM = 174  # an upright A4 page inside its margins
COUNT_MM, TOTAL_MM = 20, 38


def month_name(month: dt.date) -> str:
    return f"{MONTHS_ID[month.month - 1]} {month.year}"


def _rate_text(billing: Billing) -> str:
    parts = []
    for programme in billing.programmes:
        rate = billing.rates.get(programme)
        if rate is None:
            continue
        if rate.fixed_amount:
            text = f"{programme} {rupiah(rate.fixed_amount, LANGUAGE)}"
        else:
            text = f"{programme} {rate.percent_bp / 100:g}% penghasilan, min. {rupiah(rate.min_amount, LANGUAGE)}"
        parts.append(f"{text} (berlaku sejak {format_date(rate.valid_from)})")
    return "Tarif per pekerja per bulan: " + "; ".join(parts)


def _figures(billing: Billing, lines: list[BillingLine]) -> tuple[int, ...]:
    """Workers, each programme's contributions, all contributions."""
    return (sum(x.workers for x in lines), *(sum(x.amounts[p] for x in lines) for p in billing.programmes),
            sum(x.total for x in lines))


def _print_columns(billing: Billing, first: str) -> tuple[Column, ...]:
    money = 35 if len(billing.programmes) <= 2 else 25
    name = PRINT_WIDTH_MM - COUNT_MM - TOTAL_MM - money * len(billing.programmes)
    return (Column(first, name), Column("Jumlah pekerja", COUNT_MM, Kind.COUNT),
            *(Column(f"Iuran {p}", money, Kind.MONEY) for p in billing.programmes),
            Column("Jumlah iuran", TOTAL_MM, Kind.MONEY))


def _funding_section(billing: Billing, code: str, name: str, lines: list[BillingLine]) -> Section:
    rows = [Row((f"{x.regency_name} ({x.regency_code})" if x.regency_code else x.regency_name,
                 *_figures(billing, [x]))) for x in lines]
    rows.append(Row((f"Jumlah {name}", *_figures(billing, lines)), Level.SUBTOTAL))
    return Section(f"Sumber dana: {name} ({code})", SHEET, _print_columns(billing, "Kabupaten/Kota"), rows)


def _print_sections(billing: Billing) -> list[Section]:
    """A table per funding source, then the grand total."""
    sections = [_funding_section(billing, code, name, lines) for code, name, lines in billing.by_funding_source()]
    if not sections:
        sections.append(Section("Sumber dana", SHEET, _print_columns(billing, "Kabupaten/Kota"), [],
                                NOTHING_BILLED))
    total = Row((GRAND_TOTAL, *_figures(billing, billing.lines)), Level.TOTAL)
    return [*sections, Section("Seluruh sumber dana", SHEET, _print_columns(billing, "Sumber dana"), [total])]


def _sheet_section(billing: Billing) -> Section:
    """Every line with its codes, for sorting and summing in a spreadsheet; the grand total last."""
    columns = (Column("Kode sumber dana", 34, Kind.CODE), Column("Sumber dana", 50),
               Column("Kode kabupaten/kota", 38, Kind.CODE), Column("Kabupaten/kota", 59),
               Column("Jumlah pekerja", 32, Kind.COUNT),
               *(Column(f"Iuran {p} (Rp)", 38, Kind.MONEY) for p in billing.programmes),
               Column("Jumlah iuran (Rp)", 38, Kind.MONEY))
    rows = [Row((x.funding_source, x.funding_name, x.regency_code, x.regency_name, *_figures(billing, [x])))
            for x in billing.lines]
    rows.append(Row(("", GRAND_TOTAL, "", "", *_figures(billing, billing.lines)), Level.TOTAL))
    return Section("Per sumber dana dan kabupaten/kota", SHEET, columns, rows, NOTHING_BILLED)


def _signatories(office_name: str, prepared_by: str, signer: Signer, printed_on: dt.date) -> tuple[Signatory, ...]:
    return (Signatory(("Mengetahui,", *signer.heading(office_name)), signer.name, (f"NIP. {signer.nip}",)),
            Signatory((f"Tanggal {format_date(printed_on)}", "Dibuat oleh,"), prepared_by))


def _bill(billing: Billing, sections: list[Section], *, office_name: str, prepared_by: str,
          printed_at: dt.datetime | None, signer: Signer | None) -> Report:
    printed_at = printed_at or dt.datetime.now().astimezone()
    return Report(TITLE, Masthead(office_name, "", prepared_by, printed_at), sections,
                  subtitle=f"Pekerja rentan — bulan {month_name(billing.month)}", notes=(_rate_text(billing),),
                  signatures=_signatories(office_name, prepared_by, signer or Signer(), printed_at.date()),
                  portrait=True, language=LANGUAGE)


def write_billing_pdf(billing: Billing, path: Path, *, office_name: str, prepared_by: str,
                      printed_at: dt.datetime | None = None, signer: Signer | None = None) -> None:
    write_report_pdf(_bill(billing, _print_sections(billing), office_name=office_name, prepared_by=prepared_by,
                           printed_at=printed_at, signer=signer), path)


def write_billing_xlsx(billing: Billing, path: Path, *, office_name: str, prepared_by: str,
                       printed_at: dt.datetime | None = None, signer: Signer | None = None) -> None:
    write_report_xlsx(_bill(billing, [_sheet_section(billing)], office_name=office_name, prepared_by=prepared_by,
                            printed_at=printed_at, signer=signer), path)


def write_billing_report(ctx: AppContext, month: dt.date, out: Path) -> Billing:
    """The month's billing as PDF or XLSX (by the file's suffix), by a supervisor, audited."""
    require_hub(ctx)
    ctx.require(Permission.HUB_REPORTS)
    with ctx.db.session() as session:
        billing = compute_billing(session, month)
        signer = load_signer(session)
    write = write_billing_pdf if out.suffix.lower() == ".pdf" else write_billing_xlsx
    write(billing, out, office_name=ctx.office.name, prepared_by=ctx.operator.display_name or ctx.actor,
          signer=signer)
    ctx.audit("report.billing", out.name, month=month.isoformat(), workers=billing.workers, total=billing.total)
    return billing
