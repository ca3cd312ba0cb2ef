from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import delete, func, select

from pekerja_desktop.__main__ import main
from pekerja_desktop.services.billing.compute import compute_billing
from pekerja_desktop.services.billing.output import write_billing_xlsx
from pekerja_desktop.services.hub.bpjs_export import DEFAULT_TEMPLATE, export_bpjs, pending
from pekerja_desktop.services.hub.kpj_import import import_kpj
from pekerja_desktop.services.reference.data import set_setting
from pekerja_desktop.store.account_models import AuditEvent
from pekerja_desktop.store.hub_models import BpjsSubmission
from pekerja_desktop.store.models import Participant
from pekerja_desktop.store.sync_models import SyncHubRecord
from tests.support.hub import add_people

EVIL = '=HYPERLINK("http://x","y")'


def _csv(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_export_writes_the_default_template_and_marks_the_rows_submitted(hub, tmp_path):
    add_people(hub, 3, kpj=False, accepted=True)
    add_people(hub, 1, start=10, kpj=False)  # no verdict at the hub yet: not sent
    add_people(hub, 1, start=20, kpj=True, accepted=True)  # already registered at BPJS
    out = tmp_path / "unggah.xlsx"
    result = export_bpjs(hub, out)
    assert result.rows == 3
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert list(rows[0]) == [c["header"] for c in DEFAULT_TEMPLATE["columns"]]
    first = dict(zip(rows[0], rows[1], strict=True))
    assert len(first["NIK"]) == 16 and isinstance(first["NIK"], str)
    assert first["TGL LAHIR"].count("-") == 2 and len(first["TGL LAHIR"]) == 10
    assert first["JENIS KELAMIN"] in ("L", "P")
    assert first["SEGMEN"] == "SG"
    assert first["KODE WILAYAH"] == "8171011007"
    assert first["SUMBER DANA"] == "APBD Provinsi"
    with hub.db.session() as session:
        assert session.scalar(select(func.count()).select_from(BpjsSubmission)) == 3
        assert pending(session) == []
    again = export_bpjs(hub, tmp_path / "lagi.xlsx")
    assert again.rows == 0 and not (tmp_path / "lagi.xlsx").exists()


def test_the_template_is_a_setting(hub, tmp_path):
    add_people(hub, 1, kpj=False, accepted=True)
    with hub.db.write() as session:
        set_setting(session, "bpjs_template", {"csv_delimiter": ";", "columns": [
            {"header": "No KTP", "field": "nik"},
            {"header": "Lahir", "field": "birth_date", "date_format": "yyyy/MM/dd"},
            {"header": "JK", "field": "sex", "map": {"L": "1", "P": "2"}}]})
    out = tmp_path / "unggah.csv"
    assert export_bpjs(hub, out).rows == 1
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["No KTP", "Lahir", "JK"]
    assert rows[1][1] == "1985/08/05" and rows[1][2] == "2"


def test_a_failed_write_marks_nothing(hub, tmp_path):
    add_people(hub, 2, kpj=False, accepted=True)
    with pytest.raises(OSError):
        export_bpjs(hub, tmp_path / "missing-folder" / "unggah.csv")
    with hub.db.session() as session:
        assert len(pending(session)) == 2


def test_formula_stays_text_in_every_file(hub, tmp_path):
    add_people(hub, 1, kpj=False, accepted=True, full_name=EVIL, address="+SUM(A1)")
    xlsx, csv_out = tmp_path / "u.xlsx", tmp_path / "u.csv"
    export_bpjs(hub, xlsx)
    with hub.db.write() as session:
        session.execute(delete(BpjsSubmission))
    export_bpjs(hub, csv_out)
    for cell in load_workbook(xlsx).active[2]:
        assert cell.data_type == "s" or cell.value is None
        assert not str(cell.value or "").startswith(("=", "+", "-", "@"))
    assert "'" + EVIL in _csv(csv_out)[1]
    # the KPJ report echoes file cells: neutralised too
    source = tmp_path / "kpj.csv"
    source.write_text(f'NIK,KPJ,Status,Keterangan\n{EVIL},12345678901,,\n', encoding="utf-8")
    report = import_kpj(hub, source).report
    assert all(not value.startswith(("=", "+", "@")) for row in _csv(report) for value in row)
    # the billing workbook
    with hub.db.session() as session:
        billing = compute_billing(session, dt.date(2026, 11, 1))
    write_billing_xlsx(billing, tmp_path / "b.xlsx", office_name=EVIL, prepared_by=EVIL)
    for row in load_workbook(tmp_path / "b.xlsx").active.iter_rows():
        for cell in row:
            assert cell.data_type in ("s", "n") or cell.value is None


def _kpj_book(path, rows, headers=("nik", " KPJ ", "STATUS", "keterangan")):
    book = Workbook()
    book.active.append(list(headers))
    for row in rows:
        book.active.append(list(row))
    book.save(path)


def test_kpj_import_outcomes(hub, tmp_path):
    numbers = add_people(hub, 6, kpj=False, accepted=True)
    export_bpjs(hub, tmp_path / "u.csv")
    with hub.db.session() as session:
        niks = dict(session.execute(select(Participant.registration_number, Participant.nik)).all())
    n = [niks[x] for x in numbers]
    source = tmp_path / "balasan.xlsx"
    _kpj_book(source, [
        (n[0], "20000000001", "Terdaftar", ""),
        (n[1], 20000000002, None, None),  # KPJ as a number: still 11 digits
        (n[2], "", "Ditolak", "NIK tidak padan Dukcapil"),
        (int(n[3]), "20000000004", "", ""),  # NIK turned into a number by Excel
        (n[4], "2000000000", "", ""),  # 10 digits
        (n[5], "20000000006", "", ""), (n[5], "20000000006", "", ""),  # the same NIK twice
        ("8171010101010001", "20000000009", "", ""),  # nobody
    ])
    result = import_kpj(hub, source)
    assert dict(result.counts) == {"assigned": 2, "refused": 1, "malformed": 2, "duplicate": 2, "unmatched": 1}
    with hub.db.session() as session:
        kpj = dict(session.execute(select(Participant.nik, Participant.kpj)).all())
        assert kpj[n[0]] == "20000000001" and kpj[n[1]] == "20000000002"
        assert kpj[n[3]] is None and kpj[n[5]] is None
        refused = session.scalar(select(BpjsSubmission).join(Participant, Participant.uuid == BpjsSubmission.uuid)
                                 .where(Participant.nik == n[2]))
        assert refused.refused_reason == "NIK tidak padan Dukcapil"
        serials = session.scalars(select(SyncHubRecord.state_serial).join(
            Participant, Participant.uuid == SyncHubRecord.uuid).where(Participant.nik.in_([n[0], n[1]]))).all()
        assert all(serial > 0 for serial in serials)  # the next ack/reference bundle carries them
    report = _csv(result.report)
    assert report[0][:3] == ["BARIS", "NIK", "KPJ"] and len(report) == 9
    again = import_kpj(hub, source)
    assert again.counts["unchanged"] == 2 and again.counts["assigned"] == 0


def test_kpj_import_csv_and_cli(hub, tmp_path):
    numbers = add_people(hub, 1, kpj=False, accepted=True)
    with hub.db.session() as session:
        nik = session.scalar(select(Participant.nik).where(Participant.registration_number == numbers[0]))
    hub.close()
    source = tmp_path / "kpj.csv"
    source.write_text(f"No. KPJ;NIK\n30000000001;{nik}\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pekerja_desktop", "kpj-import", str(source),
                           "--data-dir", str(tmp_path / "hub")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "KPJ dicatat 1" in done.stdout
    assert (tmp_path / "kpj-hasil-impor-kpj.csv").exists()
    export = subprocess.run([sys.executable, "-m", "pekerja_desktop", "bpjs-export", "--out",
                             str(tmp_path / "u.xlsx"), "--data-dir", str(tmp_path / "hub")],
                            capture_output=True, text=True)
    assert export.returncode == 0 and "Tidak ada peserta" in export.stdout


def _template_cli(root, *argv):
    return subprocess.run([sys.executable, "-m", "pekerja_desktop", "--data-dir", str(root), "bpjs-template", *argv],
                          capture_output=True, text=True)


def test_an_admin_edits_the_template_as_a_file_and_the_export_follows_it(hub, tmp_path):
    add_people(hub, 1, kpj=False, accepted=True)
    root = tmp_path / "hub"
    shown = _template_cli(root)
    assert shown.returncode == 0 and json.loads(shown.stdout) == DEFAULT_TEMPLATE
    edited = json.loads(shown.stdout)
    edited["csv_delimiter"] = ";"
    edited["columns"] = [*edited["columns"][:2], {"header": "KODE DESA", "field": "village_code"}]
    (tmp_path / "templat.json").write_text(json.dumps(edited), encoding="utf-8")
    saved = _template_cli(root, "--set", str(tmp_path / "templat.json"))
    assert saved.returncode == 0, saved.stderr
    out = tmp_path / "unggah.csv"
    assert export_bpjs(hub, out).rows == 1
    rows = [line.split(";") for line in out.read_text(encoding="utf-8-sig").splitlines()]
    assert rows[0] == ["NIK", "NAMA", "KODE DESA"] and rows[1][2] == "81.71.01.1007"
    with hub.db.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "settings.bpjs_template")) == 1
    assert json.loads(_template_cli(root, "--reset").stdout) == DEFAULT_TEMPLATE


@pytest.mark.parametrize("content, fragment", [
    ("{not json", "JSON"),
    ('{"columns": []}', "columns"),
    ('{"columns": [{"header": "X", "field": "salary"}]}', "salary"),
    ('{"columns": [{"header": "X", "field": "nik"}], "csv_delimiter": ";;"}', "csv_delimiter"),
])
def test_a_wrong_template_is_refused_and_the_old_one_kept(hub, tmp_path, content, fragment):
    (tmp_path / "templat.json").write_text(content, encoding="utf-8")
    refused = _template_cli(tmp_path / "hub", "--set", str(tmp_path / "templat.json"))
    assert refused.returncode == 1 and "bpjs_template tidak valid" in refused.stderr and fragment in refused.stderr
    assert json.loads(_template_cli(tmp_path / "hub").stdout) == DEFAULT_TEMPLATE


ODD_ADDRESS = "Jl. Pattimura\x01 No. 5"  # a control character, accepted at enrolment by earlier releases
ODD_NAME = "MARIA\u202eANISUMAL"  # a right-to-left override inside a name


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_one_odd_character_never_blocks_the_upload_file(hub, tmp_path, capsys, suffix):
    """#16: a control character in one address made the whole upload fail with IllegalCharacterError and left
    every participant unsubmitted; now the file is written, the character shown as U+FFFD, nobody skipped."""
    add_people(hub, 200, kpj=False, accepted=True)
    add_people(hub, 1, start=500, kpj=False, accepted=True, address=ODD_ADDRESS, full_name=ODD_NAME)
    hub.close()
    out = tmp_path / f"unggah{suffix}"
    assert main(["bpjs-export", "--out", str(out), "--data-dir", str(tmp_path / "hub")]) == 0, capsys.readouterr()
    if suffix == ".xlsx":
        rows = [[str(v or "") for v in row] for row in load_workbook(out).active.iter_rows(values_only=True)]
    else:
        rows = _csv(out)
    assert len(rows) == 1 + 201
    cells = [cell for row in rows for cell in row]
    assert "Jl. Pattimura\ufffd No. 5 RT/RW 001/002" in cells and "MARIA\ufffdANISUMAL" in cells
    assert not any("\x01" in cell or "\u202e" in cell for cell in cells)
