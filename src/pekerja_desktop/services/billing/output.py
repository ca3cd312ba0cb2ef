"""(hub) The monthly bill as a file, in Indonesian only, through the report writers: as a PDF (A4 upright, a
table per funding source with its subtotal, the corrections of earlier closed months, the grand total, the
signatures) or as an XLSX (one line per funding source and kabupaten/kota, numbers as numbers; the corrections on
a sheet of their own), chosen by the file's suffix. A closed bill says when and by whom it was closed; an open one
that its figures may still change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from pekerja_desktop.documents.formatting import rupiah
from pekerja_desktop.documents.report_pdf import write_report_pdf
from pekerja_desktop.documents.report_table import Column, Kind, Level, Masthead, Report, Row, Section, Signatory
from pekerja_desktop.documents.report_xlsx import write_report_xlsx
from pekerja_desktop.domain.dates import format_date, format_datetime_local
from pekerja_desktop.domain.months import month_label
from pekerja_desktop.services.billing.compute import Billing, BillingLine, CorrectionLine
from pekerja_desktop.services.billing.signer import Signer

LANGUAGE = "id"
TITLE = "REKAPITULASI IURAN BPJS KETENAGAKERJAAN (JKK + JKM)"
SHEET = "Rekap Iuran"
GRAND_TOTAL = "JUMLAH SELURUHNYA"
MONTH_TOTAL = "Iuran bulan ini"
CORRECTION_TOTAL = "Koreksi bulan yang sudah ditutup"
CORRECTIONS_SHEET = "Koreksi"
NOTHING_BILLED = "Tidak ada peserta aktif yang ditagih pada bulan ini."
CLOSED_NOTE = "Tagihan ini ditutup pada {moment} oleh {name}: angka dan daftar pesertanya tidak berubah lagi."
OPEN_NOTE = ("Tagihan ini belum ditutup: angkanya dapat berubah sampai bulan ini ditutup "
             "(report billing --close).")
CORRECTION_NOTE = ("Perubahan sesudah bulan itu ditutup (KPJ yang terlambat, berakhirnya kepesertaan yang "
                   "dicatat mundur): tunggakan positif, pengembalian negatif.")
PRINT_WIDTH_MM = 174  # an upright A4 page inside its margins
COUNT_MM, TOTAL_MM = 20, 38


def month_name(month: dt.date) -> str:
    return month_label(month, LANGUAGE)


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


def _status_note(billing: Billing) -> str:
    if billing.closed_at is None:
        return OPEN_NOTE
    return CLOSED_NOTE.format(moment=format_datetime_local(billing.closed_at), name=billing.closed_by)


def _figures(billing: Billing, lines: Sequence[BillingLine]) -> tuple[int, ...]:
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


def _correction_label(line: CorrectionLine) -> str:
    regency = f"{line.regency_name} ({line.regency_code})" if line.regency_code else line.regency_name
    kind = "pengembalian" if line.total < 0 else "tunggakan"
    return f"{month_name(line.for_month)}, {kind} — {line.funding_name} — {regency}"


def _correction_section(billing: Billing) -> Section:
    rows = [Row((_correction_label(x), *_figures(billing, [x]))) for x in billing.corrections]
    rows.append(Row((f"Jumlah {CORRECTION_TOTAL.lower()}", *_figures(billing, billing.corrections)), Level.SUBTOTAL))
    return Section(CORRECTION_TOTAL, SHEET, _print_columns(billing, "Bulan — sumber dana — kabupaten/kota"), rows,
                   note=CORRECTION_NOTE)


def _total_rows(billing: Billing) -> list[Row]:
    """The month, its corrections, and what the bill comes to (counting the month's workers, not the lines)."""
    _, *amounts = _figures(billing, [*billing.lines, *billing.corrections])
    total = Row((GRAND_TOTAL, billing.workers, *amounts), Level.TOTAL)
    if not billing.corrections:
        return [total]
    return [Row((MONTH_TOTAL, *_figures(billing, billing.lines))),
            Row((CORRECTION_TOTAL, *_figures(billing, billing.corrections))), total]


def _print_sections(billing: Billing) -> list[Section]:
    """A table per funding source, the corrections, then the grand total."""
    sections = [_funding_section(billing, code, name, lines) for code, name, lines in billing.by_funding_source()]
    if not sections:
        sections.append(Section("Sumber dana", SHEET, _print_columns(billing, "Kabupaten/Kota"), [],
                                NOTHING_BILLED))
    if billing.corrections:
        sections.append(_correction_section(billing))
    return [*sections, Section("Seluruh sumber dana", SHEET, _print_columns(billing, "Sumber dana"),
                               _total_rows(billing))]


def _sheet_section(billing: Billing) -> Section:
    """Every line with its codes, for sorting and summing in a spreadsheet; the grand total last."""
    columns = (Column("Kode sumber dana", 34, Kind.CODE), Column("Sumber dana", 50),
               Column("Kode kabupaten/kota", 38, Kind.CODE), Column("Kabupaten/kota", 59),
               Column("Jumlah pekerja", 32, Kind.COUNT),
               *(Column(f"Iuran {p} (Rp)", 38, Kind.MONEY) for p in billing.programmes),
               Column("Jumlah iuran (Rp)", 38, Kind.MONEY))
    rows = [Row((x.funding_source, x.funding_name, x.regency_code, x.regency_name, *_figures(billing, [x])))
            for x in billing.lines]
    for total in _total_rows(billing):
        label, *figures = total.values
        rows.append(Row(("", label, "", "", *figures), total.level))
    return Section("Per sumber dana dan kabupaten/kota", SHEET, columns, rows, NOTHING_BILLED)


def _sheet_corrections(billing: Billing) -> Section:
    columns = (Column("Bulan yang dikoreksi", 34), Column("Kode sumber dana", 34, Kind.CODE),
               Column("Sumber dana", 50), Column("Kode kabupaten/kota", 38, Kind.CODE), Column("Kabupaten/kota", 59),
               Column("Jumlah pekerja", 32, Kind.COUNT),
               *(Column(f"Koreksi {p} (Rp)", 38, Kind.MONEY) for p in billing.programmes),
               Column("Jumlah koreksi (Rp)", 38, Kind.MONEY))
    rows = [Row((month_name(x.for_month), x.funding_source, x.funding_name, x.regency_code, x.regency_name,
                 *_figures(billing, [x]))) for x in billing.corrections]
    return Section(CORRECTION_TOTAL, CORRECTIONS_SHEET, columns, rows, note=CORRECTION_NOTE)


def signatories(office_name: str, prepared_by: str, signer: Signer, printed_on: dt.date) -> tuple[Signatory, ...]:
    return (Signatory(("Mengetahui,", *signer.heading(office_name)), signer.name, (f"NIP. {signer.nip}",)),
            Signatory((f"Tanggal {format_date(printed_on)}", "Dibuat oleh,"), prepared_by))


def _bill(billing: Billing, sections: list[Section], *, office_name: str, prepared_by: str,
          printed_at: dt.datetime | None, signer: Signer | None) -> Report:
    printed_at = printed_at or dt.datetime.now().astimezone()
    return Report(TITLE, Masthead(office_name, "", prepared_by, printed_at), sections,
                  subtitle=f"Pekerja rentan — bulan {month_name(billing.month)}",
                  notes=(_status_note(billing), _rate_text(billing)),
                  signatures=signatories(office_name, prepared_by, signer or Signer(), printed_at.date()),
                  portrait=True, language=LANGUAGE)


def write_billing_pdf(billing: Billing, path: Path, *, office_name: str, prepared_by: str,
                      printed_at: dt.datetime | None = None, signer: Signer | None = None) -> None:
    write_report_pdf(_bill(billing, _print_sections(billing), office_name=office_name, prepared_by=prepared_by,
                           printed_at=printed_at, signer=signer), path)


def write_billing_xlsx(billing: Billing, path: Path, *, office_name: str, prepared_by: str,
                       printed_at: dt.datetime | None = None, signer: Signer | None = None) -> None:
    sections = [_sheet_section(billing), *([_sheet_corrections(billing)] if billing.corrections else [])]
    write_report_xlsx(_bill(billing, sections, office_name=office_name, prepared_by=prepared_by,
                            printed_at=printed_at, signer=signer), path)
