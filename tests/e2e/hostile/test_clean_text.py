"""Control, bidirectional and zero-width characters: removed at every door of the desk, refused by the hub in what
arrives (an earlier release let them in), and shown — never a reason to fail — by every writer."""

from __future__ import annotations

import json

from openpyxl import load_workbook
from sqlalchemy import select, update

from pekerja_desktop.__main__ import main
from pekerja_desktop.services.enrolment.enrol import update_participant
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, to_data
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.models import Participant
from tests.support.hub import add_people  # a hub's records inserted directly, as an earlier release kept them
from tests.support.sites import enrol_many, person


def _cli(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_enrol_json_stores_the_text_without_the_characters(sites, tmp_path, capsys):
    _, ambon, _ = sites
    data = person(1)
    record = {"nik": "\u200b" + data.nik, "full_name": "MARIA\u202e LATU\x00CONSINA", "birth_place": "AMBON",
              "birth_date": data.birth_date.strftime("%d/%m/%Y"), "sex": data.sex, "mother_name": "IBU\ufeff KANDUNG",
              "address": "Jl. Pattimura\x01 No. 5", "rt_rw": "001/002", "village_code": "81.71.01.1007",
              "occupation": "PDP", "funding_source": "APBD_PROV", "coverage_start": "2026-11-01",
              "consent_given": True, "heirs": [{"full_name": "YOHANIS\u2066", "relationship": "SUAMI"}]}
    source = tmp_path / "orang.json"
    source.write_text(json.dumps(record), encoding="utf-8")
    ambon.ctx.close()
    code, _out, err = _cli(capsys, "--data-dir", str(ambon.root), "enrol", "--json", str(source),
                          "--confirm", "heir.missing", "--confirm", "nik.region_unknown")
    assert code == 0, err
    with ambon.reopen().db.session() as session:
        stored = session.scalars(select(Participant)).one()
    assert (stored.nik, stored.full_name, stored.address) == (data.nik, "MARIA LATUCONSINA", "Jl. Pattimura No. 5")
    assert stored.mother_name == "IBU KANDUNG"


def test_a_record_an_earlier_release_let_in_is_refused_then_corrected(sites, tmp_path):
    hub, ambon, _ = sites
    (number,) = enrol_many(ambon, [1])
    with ambon.ctx.db.write() as session:  # what release 0.2 stored from its form
        session.execute(update(Participant).values(address="Jl. Pattimura\x01 No. 5"))
    (sent,) = export_bundles(ambon.ctx, tmp_path / "usb")
    result = import_bundle(hub.ctx, sent.path, tmp_path / "acks")
    assert result.counts["rejected"] == 1
    assert import_bundle(ambon.ctx, result.ack_path).counts["rejected"] == 1

    with ambon.ctx.db.session() as session:  # the clerk opens it and saves: the form cleans the address
        record = find_participant(session, number)
        data = to_data(record, heirs_of(session, record.id))
    update_participant(ambon.ctx, number, data, expected_version=None, final=True,
                       confirmed={"nik.region_unknown"})
    (again,) = export_bundles(ambon.ctx, tmp_path / "usb")
    second = import_bundle(hub.ctx, again.path, tmp_path / "acks")
    assert second.counts["new"] == 1 and second.counts["rejected"] == 0
    with hub.ctx.db.session() as session:
        assert session.scalar(select(Participant.address)) == "Jl. Pattimura No. 5"


def test_the_hub_writes_its_files_whatever_character_a_stored_record_holds(sites, tmp_path, capsys):
    hub, _, _ = sites
    numbers = add_people(hub.ctx, 30, kpj=False, accepted=True)
    with hub.ctx.db.write() as session:
        session.execute(update(Participant).where(Participant.registration_number == numbers[7])
                        .values(address="Jl. Baru\x01\u202e 7", full_name="SITI\x1b AMINAH"))
    hub.ctx.close()
    for argv, out in ((["bpjs-export", "--out"], "unggah.xlsx"), (["report", "recap", "--out"], "rekap.xlsx"),
                      (["report", "rejected", "--out"], "tolak.pdf")):
        code, _, err = _cli(capsys, "--data-dir", str(hub.root), *argv, str(tmp_path / out))
        assert code == 0 and (tmp_path / out).stat().st_size > 0, err
    cells = {str(cell) for row in load_workbook(tmp_path / "unggah.xlsx").active.iter_rows(values_only=True)
             for cell in row}
    assert "SITI\ufffd AMINAH" in cells and len([c for c in cells if c.startswith("8171")]) >= 30
    hub.reopen()
