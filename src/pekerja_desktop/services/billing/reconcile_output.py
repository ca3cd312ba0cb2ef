"""(hub) The reconciliation of a closed bill with BPJS's file as a PDF or XLSX (by the suffix), in the user's
language: a summary per outcome with both sides' amounts, then the lines to look into (amounts that differ, only
ours, only theirs, unreadable rows); the XLSX also lists the matched participants."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pekerja_desktop.documents.report_files import write_report
from pekerja_desktop.documents.report_table import Column, Kind, Level, Masthead, Report, Row, Section
from pekerja_desktop.domain.dates import format_datetime_local
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.months import month_label
from pekerja_desktop.services.billing.closed import load_closed
from pekerja_desktop.services.billing.reconcile import Line, Reconciliation, reconcile_month
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.reports.files import check_report_path

TEXTS: dict[str, dict[str, str]] = {
    "title": {"id": "REKONSILIASI TAGIHAN IURAN DENGAN BPJS KETENAGAKERJAAN",
              "en": "RECONCILIATION OF THE CONTRIBUTION BILL WITH BPJS KETENAGAKERJAAN"},
    "subtitle": {"id": "Bulan {month} — berkas BPJS: {source}", "en": "Month {month} — BPJS file: {source}"},
    "closed": {"id": "Tagihan yang dicocokkan ditutup pada {moment} oleh {name}.",
               "en": "The bill reconciled was closed on {moment} by {name}."},
    "rule": {"id": "Dicocokkan menurut KPJ, bila tidak ada menurut NIK; jumlah kami = iuran bulan itu ditambah "
                   "koreksi pada tagihan itu.",
             "en": "Matched by KPJ, else by NIK; our amount = the month's contribution plus any correction on that "
                   "bill."},
    "summary": {"id": "Ringkasan", "en": "Summary"},
    "what": {"id": "Keterangan", "en": "Outcome"},
    "lines": {"id": "Peserta/baris", "en": "Participants/rows"},
    "ours": {"id": "Tagihan kami (Rp)", "en": "Our bill (Rp)"},
    "theirs": {"id": "Berkas BPJS (Rp)", "en": "BPJS file (Rp)"},
    "difference": {"id": "Selisih (Rp)", "en": "Difference (Rp)"},
    "total": {"id": "JUMLAH", "en": "TOTAL"},
    "matched": {"id": "Cocok", "en": "Matched"},
    "different": {"id": "Jumlah berbeda", "en": "Amounts that differ"},
    "ours_only": {"id": "Hanya pada tagihan kami", "en": "Only on our bill"},
    "theirs_only": {"id": "Hanya pada berkas BPJS", "en": "Only in the BPJS file"},
    "unreadable": {"id": "Baris berkas BPJS yang tidak terbaca", "en": "Rows of the BPJS file that cannot be read"},
    "number": {"id": "No. registrasi", "en": "Registration no."},
    "row": {"id": "Baris", "en": "Row"},
    "name": {"id": "Nama", "en": "Name"},
    "reason": {"id": "Alasan", "en": "Reason"},
    "no_key": {"id": "tanpa NIK (16 angka) atau KPJ (11 angka), mis. baris jumlah",
               "en": "no NIK (16 digits) or KPJ (11 digits), e.g. a total row"},
    "no_amount": {"id": "jumlah iuran tidak terbaca", "en": "the amount cannot be read"},
    "none": {"id": "Tidak ada.", "en": "None."},
}
DETAILS = ("different", "ours_only", "theirs_only", "unreadable")


def _t(key: str, **values) -> str:
    return render(TEXTS, key, values)


def _summary(result: Reconciliation) -> Section:
    columns = (Column(_t("what"), 70), Column(_t("lines"), 32, Kind.COUNT), Column(_t("ours"), 45, Kind.MONEY),
               Column(_t("theirs"), 45, Kind.MONEY), Column(_t("difference"), 45, Kind.MONEY))
    rows = []
    for outcome in ("matched", *DETAILS):
        lines = result.of(outcome)
        ours, theirs = sum(x.our_amount for x in lines), sum(x.their_amount for x in lines)
        rows.append(Row((_t(outcome), len(lines), ours, theirs, theirs - ours)))
    rows.append(Row((_t("total"), len(result.lines), result.our_total, result.their_total,
                     result.their_total - result.our_total), Level.TOTAL))
    return Section(_t("summary"), _t("summary"), columns, rows)


def _participant_row(line: Line) -> Row:
    """Our side's identity when we have the participant, else their first row's."""
    if line.ours is not None:
        number, kpj, nik, name = line.ours.registration_number, line.ours.kpj, line.ours.nik, line.ours.name
    else:
        first = line.theirs[0]
        number, kpj, nik, name = "", first.kpj, first.nik, first.name
    return Row((number, kpj, nik, name, line.our_amount, line.their_amount, line.their_amount - line.our_amount))


def _participants(outcome: str, lines: list[Line]) -> Section:
    columns = (Column(_t("number"), 40, Kind.CODE), Column("KPJ", 27, Kind.CODE), Column("NIK", 37, Kind.CODE),
               Column(_t("name"), 60), Column(_t("ours"), 30, Kind.MONEY), Column(_t("theirs"), 30, Kind.MONEY),
               Column(_t("difference"), 30, Kind.MONEY))
    return Section(_t(outcome), _t(outcome)[:31], columns, [_participant_row(x) for x in lines], _t("none"))


def _unreadable(lines: list[Line]) -> Section:
    columns = (Column(_t("row"), 18, Kind.COUNT), Column("KPJ", 30, Kind.CODE), Column("NIK", 40, Kind.CODE),
               Column(_t("name"), 60), Column(_t("theirs"), 35, Kind.MONEY), Column(_t("reason"), 70))
    rows = [Row((row.number, row.kpj, row.nik, row.name, row.amount, _t(row.problem)))
            for line in lines for row in line.theirs]
    return Section(_t("unreadable"), _t("unreadable")[:31], columns, rows, _t("none"))


def reconciliation_report(result: Reconciliation, masthead: Masthead, closed_note: str, *, xlsx: bool) -> Report:
    sections = [_summary(result)]
    sections += [_participants(outcome, result.of(outcome)) for outcome in DETAILS[:3]]
    sections.append(_unreadable(result.of("unreadable")))
    if xlsx:
        sections.append(_participants("matched", result.of("matched")))
    return Report(_t("title"), masthead, sections,
                  subtitle=_t("subtitle", month=month_label(result.month), source=result.source),
                  notes=(closed_note, _t("rule")))


def write_reconciliation(ctx: AppContext, month: dt.date, invoice: Path, out: Path) -> Reconciliation:
    """Reconcile the closed bill of `month` with BPJS's `invoice` and write the report to `out`, audited."""
    check_report_path(out)
    result = reconcile_month(ctx, month, invoice)
    with ctx.db.session() as session:
        row = load_closed(session, result.month)
    closed_note = _t("closed", moment=format_datetime_local(row.closed_at), name=row.closed_by) if row else ""
    masthead = Masthead(ctx.office.name, "", ctx.operator.display_name or ctx.actor, dt.datetime.now().astimezone())
    write_report(reconciliation_report(result, masthead, closed_note, xlsx=Path(out).suffix.lower() == ".xlsx"),
                 Path(out))
    ctx.audit("billing.reconcile", Path(out).name, month=result.month.isoformat(), source=result.source,
              **{outcome: result.count(outcome) for outcome in ("matched", *DETAILS)})
    return result
