"""The bill as a PDF (A4, the bundled font) and as an XLSX (same figures, numbers as numbers)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pekerja_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from pekerja_desktop.documents.formatting import number_text, rupiah
from pekerja_desktop.documents.spreadsheet import neutralise_formula
from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.fileio import atomic_path
from pekerja_desktop.services.hub.billing import Billing
from pekerja_desktop.services.hub.billing_signer import Signer, load_signer

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember")


def _money(amount: int) -> str:
    return rupiah(amount, "id")  # the bill is written in Indonesian only


def _count(count: int) -> str:
    return number_text(count, "id")


def month_name(month: dt.date) -> str:
    return f"{MONTHS_ID[month.month - 1]} {month.year}"


def _rate_text(billing: Billing) -> str:
    parts = []
    for programme in billing.programmes:
        rate = billing.rates.get(programme)
        if rate is None:
            continue
        if rate.fixed_amount:
            text = f"{programme} {_money(rate.fixed_amount)}"
        else:
            text = f"{programme} {rate.percent_bp / 100:g}% penghasilan, min. {_money(rate.min_amount)}"
        parts.append(f"{text} (berlaku sejak {format_date(rate.valid_from)})")
    return "Tarif per pekerja per bulan: " + "; ".join(parts)


def write_billing_report(ctx, month: dt.date, out: Path) -> Billing:
    """The month's billing as PDF or XLSX (by the file's suffix), by a supervisor, audited."""
    from pekerja_desktop.services.hub.billing import compute_billing
    from pekerja_desktop.services.sync.state import require_hub

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


def write_billing_pdf(billing: Billing, path: Path, *, office_name: str, prepared_by: str,
                      printed_on: dt.date | None = None, signer: Signer | None = None) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_fonts()
    printed_on = printed_on or dt.date.today()
    title = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18, alignment=1)
    subtitle = ParagraphStyle("subtitle", fontName=REGULAR, fontSize=10, leading=13, alignment=1)
    heading = ParagraphStyle("heading", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    small = ParagraphStyle("small", fontName=REGULAR, fontSize=8, leading=10)
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12)
    strong = ParagraphStyle("strong", fontName=BOLD, fontSize=9, leading=11)
    sign = ParagraphStyle("sign", fontName=REGULAR, fontSize=10, leading=13, alignment=1)

    story = [Paragraph("REKAPITULASI IURAN BPJS KETENAGAKERJAAN (JKK + JKM)", title),
             Paragraph(f"Pekerja Rentan — {_escape(office_name)}", subtitle),
             Paragraph(f"Bulan {month_name(billing.month)}", subtitle), Spacer(0, 3 * mm),
             Paragraph(_escape(_rate_text(billing)), small)]
    header = ["Kabupaten/Kota", "Jumlah\npekerja", *(f"Iuran {p}" for p in billing.programmes), "Jumlah iuran"]
    money_width = 35 * mm if len(billing.programmes) <= 2 else 25 * mm
    widths = [48 * mm, 20 * mm] + [money_width] * len(billing.programmes) + [40 * mm]
    base = [("FONT", (0, 0), (-1, -1), REGULAR, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a99a8")),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    total_style = [("FONT", (0, -1), (-1, -1), BOLD, 9), ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f0f0f0"))]
    if not billing.lines:
        story.append(Paragraph("Tidak ada peserta aktif yang ditagih pada bulan ini.", body))
    for code, name, lines in billing.by_funding_source():
        rows = [header]
        for line in lines:
            rows.append([Paragraph(_escape(f"{line.regency_name} ({line.regency_code})" if line.regency_code
                                           else line.regency_name), body),
                         _count(line.workers), *(_money(line.amounts[p]) for p in billing.programmes),
                         _money(line.total)])
        rows.append([Paragraph(_escape(f"Jumlah {name}"), strong), _count(sum(x.workers for x in lines)),
                     *(_money(sum(x.amounts[p] for x in lines)) for p in billing.programmes),
                     _money(sum(x.total for x in lines))])
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(base + total_style))
        story += [Paragraph(_escape(f"Sumber dana: {name} ({code})"), heading), table]
    grand = Table([["JUMLAH SELURUHNYA", _count(billing.workers),
                    *(_money(billing.programme_total(p)) for p in billing.programmes), _money(billing.total)]],
                  colWidths=widths)
    grand.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), BOLD, 9), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#dde6f0")),
                               ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                               ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a99a8"))]))
    story += [Spacer(0, 5 * mm), grand, Spacer(0, 10 * mm)]
    signer = signer or Signer()
    signature = Table([
        [Paragraph("Mengetahui,<br/>" + "<br/>".join(map(_escape, signer.heading(office_name))), sign),
         Paragraph(f"Tanggal {format_date(printed_on)}<br/>Dibuat oleh,<br/>&nbsp;", sign)],
        ["", ""],
        [Paragraph(f"({_escape(signer.name) or '.' * 48})<br/>NIP. {_escape(signer.nip)}", sign),
         Paragraph(f"({_escape(prepared_by)})", sign)],
    ], colWidths=[85 * mm, 85 * mm], rowHeights=[None, 22 * mm, None])
    story.append(KeepTogether([signature]))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(15 * mm, 10 * mm, f"Rekap iuran {month_name(billing.month)} — dicetak "
                          f"{format_date(printed_on)} oleh Pekerja Desktop")
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Halaman {doc.page}")
        canvas.restoreState()

    with atomic_path(Path(path)) as temporary:
        document = SimpleDocTemplate(str(temporary), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                                     topMargin=15 * mm, bottomMargin=18 * mm,
                                     title=f"Rekap iuran {month_name(billing.month)}", author=office_name)
        document.build(story, onFirstPage=footer, onLaterPages=footer)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_billing_xlsx(billing: Billing, path: Path, *, office_name: str, prepared_by: str,
                       printed_on: dt.date | None = None, signer: Signer | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    printed_on = printed_on or dt.date.today()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Rekap Iuran"
    bold = Font(bold=True)
    money = '"Rp"#,##0'

    def put(values, *, font=None):
        sheet.append([neutralise_formula(v) for v in values])
        row = sheet.max_row
        for index, value in enumerate(values, start=1):
            cell = sheet.cell(row, index)
            if font:
                cell.font = font
            if isinstance(value, int) and index > 5:
                cell.number_format = money

    put([f"Rekap iuran BPJS Ketenagakerjaan {month_name(billing.month)}"], font=bold)
    put([office_name])
    put([_rate_text(billing)])
    put([])
    put(["Kode sumber dana", "Sumber dana", "Kode kabupaten/kota", "Kabupaten/kota", "Jumlah pekerja",
         *(f"Iuran {p} (Rp)" for p in billing.programmes), "Jumlah iuran (Rp)"], font=bold)
    for line in billing.lines:
        put([line.funding_source, line.funding_name, line.regency_code, line.regency_name, line.workers,
             *(line.amounts[p] for p in billing.programmes), line.total])
    put(["", "JUMLAH SELURUHNYA", "", "", billing.workers, *(billing.programme_total(p) for p in billing.programmes),
         billing.total], font=bold)
    put([])
    put([f"Dibuat oleh: {prepared_by}", "", "", f"Tanggal: {format_date(printed_on)}"])
    signer = signer or Signer()
    put([f"Mengetahui: {' '.join(signer.heading(office_name))}", "", "", signer.name,
         f"NIP. {signer.nip}" if signer.nip else ""])
    for column, width in zip("ABCDEFGHIJ", (16, 24, 18, 28, 15, 18, 18, 18, 18, 18), strict=False):
        sheet.column_dimensions[column].width = width
    with atomic_path(Path(path)) as temporary:
        workbook.save(temporary)
