"""`end`, `reactivate` and `transfer` from the command line: the contract (status `ended` in `list --format json`
and `show`), one-line errors in the user's language, nothing changed on bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pekerja_desktop.__main__ import main
from pekerja_desktop.domain.card_qr import CardClaim, encode_payload
from pekerja_desktop.services.cards.render import office_signing_key, render_cards
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.enrolment.participants import find_participant


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def number(ctx, participant_factory):
    return enrol(ctx, participant_factory(), final=True).registration_number  # coverage from 01/11/2026


def _show(data_dir, number, capsys) -> dict:
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "show", number)
    assert code == 0
    return json.loads(out)


def test_end_then_list_and_show_say_ended(data_dir, number, capsys):
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "end", number, "--reason", "died", "--date",
                          "2026-11-30", "--note", "akta kematian 81710-KM-12")
    assert code == 0 and err == ""
    assert out.strip() == (f"Kepesertaan {number} berakhir 30/11/2026 (Meninggal dunia); versi 2. "
                           "Terkirim ke kantor pusat dalam paket data berikutnya.")
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "list", "--format", "json")
    assert json.loads(out)[0]["status"] == "ended"
    record = _show(data_dir, number, capsys)
    assert (record["status"], record["coverage_end"], record["end_reason"], record["end_note"]) == (
        "ended", "2026-11-30", "died", "akta kematian 81710-KM-12")
    assert {"status", "coverage_end", "end_reason"} <= {h["field"] for h in record["history"]}


def test_reactivate_in_json_for_scripts(data_dir, number, capsys):
    _run(capsys, "--data-dir", str(data_dir), "end", number, "--reason", "moved", "--date", "2026-11-15")
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "reactivate", number, "--reason", "salah input",
                        "--format", "json")
    assert code == 0
    outcome = json.loads(out)
    assert (outcome["status"], outcome["coverage_end"], outcome["version"]) == ("active", None, 3)
    assert _show(data_dir, number, capsys)["end_reason"] is None


@pytest.mark.parametrize("argv,words", [
    (["--date", "2026-10-31", "--reason", "died"], "sebelum kepesertaan"),
    (["--date", f"{dt.date.today().year + 1}-01-01", "--reason", "died"], "akhir tahun anggaran"),
    (["--date", "31-02-2026", "--reason", "died"], "tidak valid"),
    (["--date", "2026-11-30", "--reason", "dead"], "pilihan tidak valid"),
])
def test_bad_input_is_one_line_and_changes_nothing(data_dir, number, capsys, argv, words):
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "end", number, *argv)
    assert code != 0 and out == "" and words in err and len(err.strip().splitlines()) == 1
    record = _show(data_dir, number, capsys)
    assert (record["status"], record["version"]) == ("active", 1)


def test_errors_follow_the_language(data_dir, number, capsys):
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "--lang", "en", "end", number, "--reason", "died",
                        "--date", "2026-10-31")
    assert code == 1 and "is before the coverage" in err


def test_transfer_is_for_the_hub(data_dir, number, capsys):
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "transfer", number, "--to", "8172A")
    assert code == 1 and out == "" and "hub" in err


def test_a_card_of_an_ended_participation_is_not_valid(ctx, data_dir, number, capsys, tmp_path):
    with ctx.db.session() as session:
        participant_id = find_participant(session, number).id
    render_cards(ctx, [participant_id], tmp_path / "card.pdf", "single")
    payload = encode_payload(CardClaim(number, 1, dt.date(2026, 11, 1)), office_signing_key(ctx))
    _run(capsys, "--data-dir", str(data_dir), "end", number, "--reason", "died", "--date", "2026-11-30")
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "verify-card", payload)
    assert code == 3
    assert out.strip() == (f"BERAKHIR: kartu {number} asli, tetapi kepesertaannya berakhir 30/11/2026 (Meninggal "
                           "dunia); kartu ini tidak lagi memberi perlindungan.")


def test_report_ending(data_dir, number, capsys, tmp_path):
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "report", "ending", "--month", "2027-03", "--out",
                          str(tmp_path / "batas.pdf"))
    assert code == 0 and err == ""
    assert out.strip() == (f"Batas usia Maret 2027: 0 peserta mencapainya, 0 sudah lewat dan masih aktif; ditulis ke "
                           f"{tmp_path / 'batas.pdf'}.")
    for bad in (["--month", "2027-13", "--out", str(tmp_path / "x.pdf")],
                ["--month", "2027-03", "--out", str(tmp_path / "x.docx")]):
        code, out, err = _run(capsys, "--data-dir", str(data_dir), "report", "ending", *bad)
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["batas.pdf"]


def test_renewal_list_and_import(data_dir, number, capsys, tmp_path):
    year = dt.date.today().year + 1
    out = tmp_path / "daftar.csv"
    code, stdout, err = _run(capsys, "--data-dir", str(data_dir), "renewal", "--year", str(year), "--out", str(out))
    assert code == 0 and err == "" and "1 peserta di 1 desa" in stdout
    text = out.read_text(encoding="utf-8-sig").splitlines()
    header = next(i for i, line in enumerate(text) if line.startswith("Tahun;"))
    cells = text[header + 1].split(";")
    cells[8:10] = ["ya", "tidak"]
    out.write_text("\n".join([*text[:header + 1], ";".join(cells)]) + "\n", encoding="utf-8-sig")
    code, stdout, _ = _run(capsys, "--data-dir", str(data_dir), "renewal-import", str(out), "--format", "json")
    assert code == 0 and json.loads(stdout)["ended"] == 1
    record = _show(data_dir, number, capsys)
    assert (record["status"], record["end_reason"], record["coverage_end"]) == (
        "ended", "wage-earner", f"{year - 1}-12-31")
    code, stdout, err = _run(capsys, "--data-dir", str(data_dir), "renewal-import", str(tmp_path / "none.xlsx"))
    assert code == 1 and stdout == "" and "tidak ditemukan" in err


def test_claims_from_the_command_line(data_dir, number, capsys, tmp_path):
    cli = ("--data-dir", str(data_dir))
    code, _, err = _run(capsys, *cli, "claim", number, "--kind", "jkm", "--submitted", "2026-12-01")
    assert code == 1 and "tidak tercatat meninggal" in err
    _run(capsys, *cli, "end", number, "--reason", "died", "--date", "2026-11-20")
    code, out, _ = _run(capsys, *cli, "claim", number, "--kind", "jkm", "--submitted", "2026-11-25")
    assert code == 0 and out.strip() == f"Klaim JKM {number} dicatat: diajukan 25/11/2026; versi 3."
    code, out, _ = _run(capsys, *cli, "claim", number, "--kind", "jkm", "--submitted", "2026-11-25", "--paid",
                        "2026-12-03", "--amount", "42000000")
    assert code == 0 and "dibayar 03/12/2026 sebesar Rp42.000.000" in out
    code, out, _ = _run(capsys, *cli, "claim-letter", number, "--out", str(tmp_path / "klaim.pdf"))
    assert code == 0 and "syarat beasiswa belum terpenuhi" in out and (tmp_path / "klaim.pdf").exists()
    code, out, _ = _run(capsys, *cli, "claim-settings", "--bpjs-office", "Kantor Cabang Ambon", "--jkm-periodic",
                        "24", "600000", "--format", "json")
    settings = json.loads(out)
    assert settings["bpjs_office"] == "Kantor Cabang Ambon" and settings["total"] == 44_400_000
    code, out, _ = _run(capsys, *cli, "report", "benefits", "--year", "2026", "--out", str(tmp_path / "m.pdf"))
    assert code == 0 and out.strip() == f"Manfaat 2026: 1 klaim, Rp42.000.000 dibayar; ditulis ke {tmp_path / 'm.pdf'}."
