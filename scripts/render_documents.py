"""Render the printed documents to PNG for review: an A4 card sheet (front and back), a single CR80 card (front
and back), the duplex alignment test and a registration receipt, the central office's reports and the programme's
money documents, into docs/img/.

    python scripts/render_documents.py [--out docs/img] [--dpi 150] [--lang id|en] [--pdfs DIR]

Uses a throwaway office with sample participants (long names, an apostrophe, a KPJ already known), and a
throwaway hub with two offices for the central office's reports (recap.png, duplicates.png, rejected.png,
billing.png, coverage.png) and the office's personal-data documents (person-export.png, breach-list.png), and the
programme year's (claim-letter.png, renewal-list.png, ending.png, benefits.png).
A third hub closes three months of a small register (a KPJ that came late, an end recorded back-dated) for the
closed bill with its corrections (billing-closed.png), its reconciliation with a BPJS invoice
(reconciliation.png) and the budget year (budget.png). With --pdfs, every PDF is also kept there, to look at
all its pages. Needs pdftoppm (poppler-utils).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy import update

from pekerja_desktop.domain.i18n import set_language
from pekerja_desktop.domain.participant import HeirData, ParticipantData
from pekerja_desktop.services.accounts.manage import NewAccount
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.cards.queue import card_queue
from pekerja_desktop.services.cards.receipt import render_receipt
from pekerja_desktop.services.cards.render import render_alignment_test, render_cards
from pekerja_desktop.services.cards.settings import save_office_address
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.store.models import Participant

OFFICE = OfficeSetup(office_code="8171A", office_name="Dinas Tenaga Kerja Kota Ambon", region_code="81.71",
                     role="field")
ADMIN = NewAccount("admin", "dokumentasi-1", "admin", "Admin Dokumentasi")
LOGIN = (ADMIN.username, ADMIN.password)
ADDRESS = "Jl. Sultan Hairun No. 12, Kel. Honipopu, Sirimau, Kota Ambon 97126 · (0911) 312 345"
PEOPLE = [
    ("MUHAMMAD ABDURRAHMAN AL-HABSYI BIN SAYYID ALWI ASSEGAF LATUCONSINA", "L", "81.71.01.1007"),
    ("D'COSTA-DE FRETES", "P", "81.71.02.1010"),
    ("Maria Latuconsina", "P", "81.71.01.1007"),
    ("Abdul Karim Tuasikal", "L", "81.71.03.2001"),
    ("Welhelmina Pattiradjawane", "P", "81.71.04.2001"),
    ("Yo", "L", "81.71.01.1007"),
    ("Ongky Saimima", "L", "81.71.02.1010"),
    ("Nona Rumkabu", "P", "81.71.03.2001"),
    ("Piet Matulessy", "L", "81.71.04.2001"),
    ("Fransiskus Xaverius Wattimena", "L", "81.71.01.1007"),
]


def _person(index: int, name: str, sex: str, village: str) -> ParticipantData:
    day = 5 + (40 if sex == "P" else 0)
    return ParticipantData(
        nik=f"817101{day:02d}0885{index + 1:04d}", full_name=name, birth_place="Ambon",
        birth_date=dt.date(1985, 8, 5), sex=sex, mother_name="Yuliana Pattinama", address="Jl. Sultan Hairun No. 5",
        rt_rw="001/002", village_code=village, phone="0812-3456-7890", occupation="NLY",
        funding_source="APBD_PROV", coverage_start=dt.date(2026, 11, 1), consent_given=True,
        heirs=[HeirData("Yohanis Latuconsina", "ANAK", dt.date(2010, 1, 2), None, None)])


def _populate(ctx: AppContext) -> list[str]:
    numbers = [enrol(ctx, _person(i, *person), final=True, confirmed={"nik.sex_mismatch"}).registration_number
               for i, person in enumerate(PEOPLE)]
    with ctx.db.write() as session:
        session.execute(update(Participant).where(Participant.registration_number == numbers[2])
                        .values(kpj="23041987001"))
    save_office_address(ctx, ADDRESS)
    return numbers


def _png(pdf: Path, out_dir: Path, name: str, dpi: int, pages: dict[int, str]) -> list[Path]:
    written = []
    for page, suffix in pages.items():
        target = out_dir / f"{name}-{suffix}"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l", str(page),
                        str(pdf), str(target)], check=True)
        written.append(target.with_suffix(".png"))
    return written


def _keep(pdfs: Path | None, *paths: Path) -> None:
    for path in paths if pdfs is not None else ():
        shutil.copy(path, pdfs / path.name)


def render_all(out_dir: Path, dpi: int, pdfs: Path | None = None) -> list[Path]:
    with tempfile.TemporaryDirectory(prefix="pekerja-docs-") as temp:
        root = Path(temp)
        setup_office(root / "data", OFFICE, ADMIN)
        ctx = open_context(root / "data", *LOGIN)
        try:
            numbers = _populate(ctx)
            with ctx.db.session() as session:
                queue = card_queue(session)
            render_cards(ctx, queue, root / "sheet.pdf", "sheet")
            render_cards(ctx, [e for e in queue if e.registration_number == numbers[0]], root / "single.pdf",
                         "single")  # a reprint: version 2
            render_alignment_test(ctx, root / "align.pdf")
            render_receipt(ctx, numbers[1], root / "receipt.pdf", "a4")
            render_receipt(ctx, numbers[0], root / "receipt-a5.pdf", "a5")
        finally:
            ctx.close()
        _keep(pdfs, *(root / name for name in ("sheet.pdf", "single.pdf", "align.pdf", "receipt.pdf",
                                                "receipt-a5.pdf")))
        return [*_png(root / "sheet.pdf", out_dir, "card-sheet", dpi, {1: "front", 2: "back"}),
                *_png(root / "single.pdf", out_dir, "card-single", dpi * 2, {1: "front", 2: "back"}),
                *_png(root / "align.pdf", out_dir, "alignment-test", dpi, {1: "front", 2: "back"}),
                *_png(root / "receipt.pdf", out_dir, "receipt", dpi, {1: "a4"}),
                *_png(root / "receipt-a5.pdf", out_dir, "receipt", dpi, {1: "a5-page1", 2: "a5-page2"})]


HUB = OfficeSetup("MALUKU", "Dinas Tenaga Kerja dan Transmigrasi Provinsi Maluku", "81.71", "hub")
TUAL = OfficeSetup("8172A", "Dinas Tenaga Kerja Kota Tual", "81.72", "field")
TUAL_PEOPLE = [("Agustina Renwarin", "P", "81.72.01.2001"), ("Hasan Rahayaan", "L", "81.72.01.2002"),
               ("Maria Latuconsina", "P", "81.72.01.2003"), ("Welhelmina Pattiradjawane", "P", "81.72.02.2001")]


HUB_DOCUMENTS = ("recap", "duplicates", "rejected", "billing", "coverage", "person-export", "breach-list")


def render_hub_reports(out_dir: Path, dpi: int, pdfs: Path | None = None) -> list[Path]:
    """The central office's recap, duplicates list, rejected records, bill and coverage after two offices sent
    their records: Tual enrolled two people Ambon already has (one pair left open, one settled by rejecting Tual's
    copy). Then Ambon's answer to an access request and the list of persons in the bundle it sent."""
    from pekerja_desktop.services.privacy.breach_output import write_breach_list
    from pekerja_desktop.services.privacy.person_export import export_person
    from pekerja_desktop.services.reports.coverage import write_coverage_report
    from pekerja_desktop.services.reports.files import (
        write_duplicates_report,
        write_recap_report,
        write_rejected_report,
    )
    from pekerja_desktop.services.sync.export import export_bundles
    from pekerja_desktop.services.sync.hub.verdicts import reject_record
    from pekerja_desktop.services.sync.importing import import_bundle
    from pekerja_desktop.services.sync.trust import register_office, trust_hub, write_key_file

    with tempfile.TemporaryDirectory(prefix="pekerja-hub-docs-") as temp:
        root = Path(temp)
        sites = {}
        for setup in (HUB, OFFICE, TUAL):
            setup_office(root / setup.office_code, setup, ADMIN)
            sites[setup.office_code] = open_context(root / setup.office_code, *LOGIN)
        hub, ambon, tual = sites.values()
        try:
            write_key_file(hub, root / "hub.json")
            for office in (ambon, tual):
                write_key_file(office, root / f"{office.office.code}.json")
                register_office(hub, root / f"{office.office.code}.json")
                trust_hub(office, root / "hub.json")
            confirm = {"nik.sex_mismatch", "nik.region_outside", "nik.region_unknown"}
            ambon_numbers = _populate(ambon)
            tual_numbers = [enrol(tual, _person(index, *person), final=True, confirmed=confirm).registration_number
                            for index, person in zip((20, 21, 2, 4), TUAL_PEOPLE, strict=True)]
            sent = [export_bundles(office, root / "usb")[0].path for office in (ambon, tual)]
            for path in sent:
                import_bundle(hub, path)
            reject_record(hub, ambon_numbers[5], "Foto KTP tidak terbaca; mohon kirim ulang")
            reject_record(hub, tual_numbers[3], f"NIK sudah terdaftar di Kota Ambon ({ambon_numbers[4]})")
            _bill(hub, root / "billing.pdf")
            for name, write in (("recap", write_recap_report), ("duplicates", write_duplicates_report),
                                ("rejected", write_rejected_report), ("coverage", write_coverage_report)):
                write(hub, root / f"{name}.pdf")
            export_person(ambon, ambon_numbers[0], root / "person-export.pdf")
            write_breach_list(ambon, sent[0].name, root / "breach-list.pdf")
            for name in HUB_DOCUMENTS:
                subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", "1", "-l", "1",
                                str(root / f"{name}.pdf"), str(out_dir / name)], check=True)
            _keep(pdfs, *(root / f"{name}.pdf" for name in HUB_DOCUMENTS))
        finally:
            for ctx in sites.values():
                ctx.close()
    return [out_dir / f"{name}.png" for name in HUB_DOCUMENTS]


def _bill(hub: AppContext, out: Path) -> None:
    """The Rekap Iuran once BPJS returned KPJ numbers for the accepted records, with its signer set."""
    from sqlalchemy import func, select, update

    from pekerja_desktop.services.billing.bill import write_billing_report
    from pekerja_desktop.services.billing.signer import save_signer
    from pekerja_desktop.store.models import Participant

    with hub.db.write() as session:
        for index, pid in enumerate(session.scalars(select(Participant.id).order_by(Participant.id)).all()):
            session.execute(update(Participant).where(Participant.id == pid).values(kpj=f"{26110000001 + index}"))
        month = session.scalar(select(func.max(Participant.coverage_start))).replace(day=1)
    save_signer(hub, "Kepala Dinas Tenaga Kerja dan Transmigrasi Provinsi Maluku", "Dr. Yohanis Pattinama, M.Si",
                "197001011995031001")
    write_billing_report(hub, month, out)


PROGRAMME_DOCUMENTS = ("claim-letter", "renewal-list", "ending", "benefits")


def render_programme_year(out_dir: Path, dpi: int, pdfs: Path | None = None) -> list[Path]:
    """The programme year's documents at an office: the heirs' claim checklist of a participant who died (a JKM
    claim recorded), the renewal list's first desa, the age-limit list and the benefits report."""
    from pekerja_desktop.domain.identity.nik import encode_nik
    from pekerja_desktop.services.lifecycle.benefits import write_benefits_report
    from pekerja_desktop.services.lifecycle.claim_letter import write_claim_letter
    from pekerja_desktop.services.lifecycle.claim_settings import save_claim_settings
    from pekerja_desktop.services.lifecycle.claims import record_claim
    from pekerja_desktop.services.lifecycle.end import end_participation
    from pekerja_desktop.services.lifecycle.ending import write_ending_report
    from pekerja_desktop.services.lifecycle.renewal_file import write_renewal_list

    today = dt.date.today()
    with tempfile.TemporaryDirectory(prefix="pekerja-year-docs-") as temp:
        root = Path(temp)
        setup_office(root / "data", OFFICE, ADMIN)
        ctx = open_context(root / "data", *LOGIN)
        try:
            numbers = _populate(ctx)
            save_office_address(ctx, ADDRESS)
            save_claim_settings(ctx, bpjs_office="BPJS Ketenagakerjaan Kantor Cabang Ambon, Jl. Diponegoro No. 8, "
                                                 "Ambon (Senin–Jumat 08.00–15.00)")
            for serial, born in enumerate((dt.date(today.year - 66, today.month, 1), dt.date(today.year - 65, 3, 3),
                                           dt.date(today.year - 65, 3, 28)), start=90):
                person = _person(serial, ("Agustina Lewerissa", "Ruth Latumahina", "Welhelmina Siahaya")[serial - 90],
                                 "P", "81.71.01.1007")
                person.nik, person.birth_date = encode_nik("817101", born, "P", serial), born
                enrol(ctx, person, final=True, confirmed={"age.too_old", "nik.region_outside"})
            died = dt.date(today.year, today.month, 1)
            end_participation(ctx, numbers[2], "died", died, "Akta kematian No. 8171-KM-0012", today=today)
            record_claim(ctx, numbers[2], "jkm", died + dt.timedelta(days=3), today=max(today, died + dt.timedelta(3)))
            write_claim_letter(ctx, numbers[2], root / "claim-letter.pdf")
            write_renewal_list(ctx, today.year + 1, root / "renewal-list.pdf")
            write_ending_report(ctx, dt.date(today.year + 1, 3, 1), root / "ending.pdf")
            write_benefits_report(ctx, today.year, root / "benefits.pdf")
        finally:
            ctx.close()
        for name in PROGRAMME_DOCUMENTS:
            subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", "1", "-l", "1",
                            str(root / f"{name}.pdf"), str(out_dir / name)], check=True)
        _keep(pdfs, *(root / f"{name}.pdf" for name in PROGRAMME_DOCUMENTS))
    return [out_dir / f"{name}.png" for name in PROGRAMME_DOCUMENTS]


MONEY_DOCUMENTS = ("billing-closed", "reconciliation", "budget")
MONEY_PEOPLE = (("APBD_PROV", "81.71.01.1007", 12), ("APBD_PROV", "81.01.01.2001", 7), ("APBD_KAB", "81.72.01.1001", 5),
                ("APBDES", "81.05.01.2001", 3))


def render_money_documents(out_dir: Path, dpi: int, pdfs: Path | None = None) -> list[Path]:
    """A hub that closes September to November 2026: November's bill carries a late KPJ's arrears and the refund of
    an end recorded back-dated; BPJS's invoice for November disagrees on three lines; the 2026 budget passes one
    ceiling."""
    from pekerja_desktop.services.billing.bill import close_month
    from pekerja_desktop.services.billing.reconcile_output import write_reconciliation
    from pekerja_desktop.services.billing.signer import save_signer
    from pekerja_desktop.services.budget.ceilings import save_ceiling
    from pekerja_desktop.services.budget.output import write_budget_report

    with tempfile.TemporaryDirectory(prefix="pekerja-money-docs-") as temp:
        root = Path(temp)
        setup_office(root / "hub", HUB, ADMIN)
        with open_context(root / "hub", *LOGIN) as hub:
            late, died = _money_register(hub)
            save_signer(hub, "Kepala Dinas Tenaga Kerja dan Transmigrasi Provinsi Maluku",
                        "Dr. Yohanis Pattinama, M.Si", "197001011995031001")
            close_month(hub, dt.date(2026, 9, 1), root / "september.pdf")
            close_month(hub, dt.date(2026, 10, 1), root / "october.pdf")
            _set(hub, late, kpj="26110009999")
            _set(hub, died, coverage_end=dt.date(2026, 9, 20), end_reason="died", status="ended")
            close_month(hub, dt.date(2026, 11, 1), root / "billing-closed.pdf")
            _invoice(hub, root / "tagihan-bpjs.xlsx")
            write_reconciliation(hub, dt.date(2026, 11, 1), root / "tagihan-bpjs.xlsx", root / "reconciliation.pdf")
            for source, tranche, amount in (("APBD_PROV", "murni", 3_000_000), ("APBD_PROV", "perubahan", 500_000),
                                            ("APBD_KAB", "murni", 300_000)):
                save_ceiling(hub, 2026, source, tranche, amount)
            write_budget_report(hub, 2026, root / "budget.pdf")
        for name in MONEY_DOCUMENTS:
            subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", "1", "-l", "1",
                            str(root / f"{name}.pdf"), str(out_dir / name)], check=True)
        _keep(pdfs, *(root / f"{name}.pdf" for name in MONEY_DOCUMENTS))
    return [out_dir / f"{name}.png" for name in MONEY_DOCUMENTS]


def _money_register(hub: AppContext) -> tuple[str, str]:
    """MONEY_PEOPLE covered from September, all with a KPJ but the first; returns (the late KPJ, one who died)."""
    from pekerja_desktop.services.enrolment.enrol import PreparedEnrolment, insert_prepared

    batch = []
    for funding, village, count in MONEY_PEOPLE:
        for _ in range(count):
            person = _person(60 + len(batch), f"Peserta Contoh {len(batch) + 1}", "L", village)
            person.funding_source, person.coverage_start = funding, dt.date(2026, 9, 1)
            batch.append(PreparedEnrolment(person, status="active", source="docs"))
    with hub.db.write() as session:
        numbers = insert_prepared(session, hub.office.code, hub.actor, batch)
    for index, number in enumerate(numbers[1:], start=1):
        _set(hub, number, kpj=f"{26110000000 + index}")
    return numbers[0], numbers[5]


def _set(hub: AppContext, number: str, **values) -> None:
    with hub.db.write() as session:
        session.execute(update(Participant).where(Participant.registration_number == number).values(**values))


def _invoice(hub: AppContext, path: Path) -> None:
    """BPJS's list for November: one participant missing, one amount lower, one KPJ the hub does not know."""
    from openpyxl import Workbook
    from sqlalchemy import select

    with hub.db.session() as session:
        known = session.execute(select(Participant.kpj, Participant.full_name).where(Participant.kpj.is_not(None))
                                .order_by(Participant.registration_number)).all()
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DAFTAR TAGIHAN IURAN BPU — WADAH PEMDA PROVINSI MALUKU — NOVEMBER 2026"])
    sheet.append(["No. KPJ", "Nama Peserta", "Jumlah Iuran"])
    for index, (kpj, name) in enumerate(known[2:]):
        sheet.append([kpj, name, "Rp10.000" if index == 3 else "Rp16.800"])
    sheet.append(["26119999999", "PESERTA TIDAK DIKENAL", "Rp16.800"])
    workbook.save(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "docs" / "img")
    parser.add_argument("--dpi", type=int, default=150)
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--pdfs", type=Path, help="also keep every PDF in this folder")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    set_language(args.lang)
    for folder in (args.out, args.pdfs):
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
    for path in [*render_all(args.out, args.dpi, args.pdfs), *render_hub_reports(args.out, args.dpi, args.pdfs),
                 *render_programme_year(args.out, args.dpi, args.pdfs),
                 *render_money_documents(args.out, args.dpi, args.pdfs)]:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
