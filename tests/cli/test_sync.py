"""The sync commands end to end, as a clerk runs them."""

from __future__ import annotations

from pekerja_desktop.__main__ import main
from tests.support.sites import enrol_many


def _run(site, *args) -> int:
    return main(["--data-dir", str(site.root), *args])


def test_commands_round_trip(sites, tmp_path, capsys):
    hub, ambon, _ = sites
    keys = tmp_path / "k"
    keys.mkdir()
    assert _run(ambon, "office-file", "--out", str(keys / "office.json")) == 0
    assert "Sidik jari" in capsys.readouterr().out
    assert _run(hub, "register-office", str(keys / "office.json")) == 0
    assert _run(hub, "hub-file", "--out", str(keys / "hub.json")) == 0
    assert _run(ambon, "trust-hub", str(keys / "hub.json")) == 0
    capsys.readouterr()
    enrol_many(ambon, range(2))
    usb = tmp_path / "usb"
    assert _run(ambon, "export", "--to", str(usb)) == 0
    bundle = next(usb.glob("pekerja-data-*.pekerja"))
    captured = capsys.readouterr()
    assert captured.out.strip() == str(bundle), "stdout is the bundle's path alone, for scripts"
    assert "diperiksa ulang" in captured.err
    assert _run(hub, "verify", str(bundle)) == 0
    assert "isi didekripsi dan diperiksa" in capsys.readouterr().out
    assert _run(ambon, "export", "--to", str(tmp_path / "again"), "--resend", "1") == 0
    assert (tmp_path / "again" / bundle.name).read_bytes() == bundle.read_bytes()
    assert capsys.readouterr().out.strip() == str(tmp_path / "again" / bundle.name)
    assert _run(hub, "import", str(bundle), "--ack-to", str(usb)) == 0
    captured = capsys.readouterr()
    ack = next(usb.glob("pekerja-ack-*.pekerja"))
    assert captured.out.strip() == str(ack), "stdout is the ack's path alone"
    assert "2 baru" in captured.err and "Tanda terima" in captured.err
    assert _run(ambon, "--lang", "en", "import", str(ack)) == 0
    assert "2 accepted" in capsys.readouterr().out
    assert _run(ambon, "export", "--to", str(usb), "--resend", "1") == 1  # acknowledged: gone from the outbox
    assert _run(hub, "export", "--to", str(tmp_path / "ref")) == 0
    reference = next((tmp_path / "ref").glob("pekerja-reference-MALUKU-8171A-*.pekerja"))
    assert _run(ambon, "import", str(reference)) == 0
    assert _run(hub, "--lang", "id", "import", str(bundle)) == 0
    captured = capsys.readouterr()
    assert "sudah pernah diimpor" in captured.err and captured.out.strip().endswith(".pekerja")


def test_bundles_are_pekerja_files_and_older_zip_bundles_still_import(sites, tmp_path, capsys):
    hub, ambon, _ = sites
    enrol_many(ambon, range(1))
    usb = tmp_path / "usb"
    assert _run(ambon, "export", "--to", str(usb)) == 0
    [bundle] = usb.iterdir()
    assert bundle.name == "pekerja-data-8171A-MALUKU-000001.pekerja"
    older = bundle.rename(usb / "pekerja-data-8171A-MALUKU-000001.zip")  # as older releases named it
    capsys.readouterr()
    assert _run(hub, "import", str(older), "--ack-to", str(usb)) == 0
    assert "1 baru" in capsys.readouterr().err
    assert (usb / "pekerja-ack-MALUKU-8171A-000001.pekerja").is_file()


def test_a_bad_bundle_is_one_line_on_stderr(sites, tmp_path, capsys):
    hub, _, _ = sites
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert _run(hub, "import", str(bad)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bukan paket sinkronisasi yang utuh" in err


def test_role_checks(sites, tmp_path, capsys):
    hub, ambon, _ = sites
    assert _run(hub, "office-file", "--out", str(tmp_path / "x.json")) == 1
    assert "kantor lapangan" in capsys.readouterr().err
    assert _run(ambon, "hub-file", "--out", str(tmp_path / "x.json")) == 1
