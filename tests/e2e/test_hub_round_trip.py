"""Office → hub → BPJS upload file → KPJ return → the next ack carries the KPJ numbers to the office."""

from __future__ import annotations

from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.services.hub.bpjs_export import export_bpjs
from pekerja_desktop.services.hub.kpj_import import import_kpj
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from tests.support.sites import enrol_many, nik_for, sites  # noqa: F401  (the `sites` fixture)


def test_kpj_numbers_reach_the_office(sites, tmp_path):  # noqa: F811
    hub, ambon, _ = sites
    usb = tmp_path / "usb"
    numbers = enrol_many(ambon, range(3))
    (bundle,) = export_bundles(ambon.ctx, usb)
    first = import_bundle(hub.ctx, bundle.path)
    import_bundle(ambon.ctx, first.ack_path)

    assert export_bpjs(hub.ctx, tmp_path / "unggah.csv").rows == 3
    answer = tmp_path / "balasan.csv"
    answer.write_text("NIK,KPJ,Status,Keterangan\n"
                      f"{nik_for(0)},40000000001,Terdaftar,\n"
                      f"{nik_for(1)},,DITOLAK,Data ahli waris tidak lengkap\n", encoding="utf-8")
    result = import_kpj(hub.ctx, answer)
    assert result.counts["assigned"] == 1 and result.counts["refused"] == 1

    (again,) = export_bundles(ambon.ctx, usb)
    ack = import_bundle(hub.ctx, again.path).ack_path
    outcome = import_bundle(ambon.ctx, ack)
    assert outcome.counts["kpj"] == 1
    with ambon.ctx.db.session() as session:
        assert find_participant(session, numbers[0]).kpj == "40000000001"
        assert find_participant(session, numbers[1]).kpj is None
