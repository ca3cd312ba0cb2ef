"""The print queue (new, changed, KPJ newly known, reprint), the print log, card versions and verification,
and the guarantees of a run: cancelled or failed, nothing under the final name and nothing recorded."""

from __future__ import annotations

import dataclasses
import errno

import pytest
from sqlalchemy import func, select, update

from pekerja_desktop.documents.pdf_canvas import PagePackingCanvas
from pekerja_desktop.domain.card_qr import CardStatus
from pekerja_desktop.errors import OperationCancelled, PekerjaError
from pekerja_desktop.services.cards.errors import CardError
from pekerja_desktop.services.cards.queue import card_queue, print_batches, printed_cards, request_reprint
from pekerja_desktop.services.cards.render import render_cards
from pekerja_desktop.services.cards.verify import verify_card
from pekerja_desktop.services.enrolment.enrol import enrol, update_participant
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, to_data
from pekerja_desktop.store.card_models import CardPrintBatch, CardReprintRequest, CardState, QueueReason
from pekerja_desktop.store.models import Participant
from tests.support.cards import decode_qr_codes, enrol_many, render_png

NAMES = ["Maria Latuconsina", "Abdul Karim Tuasikal", "Welhelmina de Fretes"]


@pytest.fixture
def numbers(ctx, participant_factory):
    return enrol_many(ctx, participant_factory, NAMES)


def _queue(ctx, **filters):
    with ctx.db.session() as session:
        return card_queue(session, **filters)


def _reasons(ctx) -> dict[str, QueueReason]:
    return {entry.registration_number: entry.reason for entry in _queue(ctx)}


def _print(ctx, tmp_path, entries=None, name="cards.pdf"):
    return render_cards(ctx, entries if entries is not None else _queue(ctx), tmp_path / name, "single")


def _count(ctx, model) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_finished_enrolments_are_new_drafts_are_not(ctx, numbers, participant_factory):
    enrol(ctx, participant_factory(nik="8171014508850999", full_name="Draf Saja"), final=False)
    assert _reasons(ctx) == {n: QueueReason.NEW for n in numbers}


def test_printing_empties_the_queue_and_logs_the_batch(ctx, numbers, tmp_path):
    result = _print(ctx, tmp_path)
    assert _queue(ctx) == []
    with ctx.db.session() as session:
        batch = print_batches(session)[0]
        items = printed_cards(session, batch.id)
    assert (batch.id, batch.card_count, batch.layout, batch.printed_by) == (result.batch_id, 3, "single", "admin")
    assert batch.file_name == "cards.pdf"
    assert [(i.registration_number, i.card_version, i.reason) for i in items] == [(n, 1, "new") for n in numbers]


def test_a_changed_printed_field_queues_the_card(ctx, numbers, tmp_path):
    _print(ctx, tmp_path)
    with ctx.db.session() as session:
        participant = find_participant(session, numbers[0])
        data = to_data(participant, heirs_of(session, participant.id))
    update_participant(ctx, numbers[0], dataclasses.replace(data, full_name="Maria Latuconsina-Pattinama"),
                       expected_version=None, final=True)
    assert _reasons(ctx) == {numbers[0]: QueueReason.CHANGED}


def test_a_change_that_is_not_printed_does_not(ctx, numbers, tmp_path):
    _print(ctx, tmp_path)
    with ctx.db.session() as session:
        participant = find_participant(session, numbers[1])
        data = to_data(participant, heirs_of(session, participant.id))
    update_participant(ctx, numbers[1], dataclasses.replace(data, phone="081377788899"), expected_version=None,
                       final=True)
    assert _queue(ctx) == []


def test_a_kpj_newly_known_queues_the_card(ctx, numbers, tmp_path):
    _print(ctx, tmp_path)
    with ctx.db.write() as session:
        session.execute(update(Participant).where(Participant.registration_number == numbers[2])
                        .values(kpj="12345678901"))
    assert _reasons(ctx) == {numbers[2]: QueueReason.KPJ}
    _print(ctx, tmp_path, name="kpj.pdf")
    assert _queue(ctx) == []


def _payloads(pdf, tmp_path, prefix) -> dict[str, str]:
    from pekerja_desktop.domain.card_qr import parse_payload

    found = {}
    for png in render_png(pdf, tmp_path / prefix):
        for text in decode_qr_codes(png):
            found[parse_payload(text).claim.registration_number] = text
    return found


def test_a_reprint_raises_the_version_and_supersedes_the_old_card(ctx, numbers, tmp_path):
    first = _print(ctx, tmp_path, name="first.pdf")
    old = _payloads(first.path, tmp_path, "first")[numbers[0]]
    entry = request_reprint(ctx, numbers[0], "lost")
    assert (entry.reason, entry.reprint_reason, entry.requested_by) == (QueueReason.REPRINT, "lost", "admin")
    assert _reasons(ctx) == {numbers[0]: QueueReason.REPRINT}
    second = _print(ctx, tmp_path, name="second.pdf")
    assert second.cards == 1 and _queue(ctx) == []
    new = _payloads(second.path, tmp_path, "second")[numbers[0]]
    with ctx.db.session() as session:
        assert session.get(CardState, find_participant(session, numbers[0]).id).card_version == 2
        assert session.scalar(select(CardReprintRequest.fulfilled_batch_id)) == second.batch_id
        old_verdict, new_verdict = verify_card(session, old), verify_card(session, new)
    assert old_verdict.status == CardStatus.SUPERSEDED and old_verdict.check.current_version == 2
    assert new_verdict.status == CardStatus.VALID
    assert new_verdict.as_dict()["office_name"] == "Disnaker Kota Ambon"


def test_verify_forged_cards(ctx, numbers, tmp_path):
    payload = _payloads(_print(ctx, tmp_path).path, tmp_path, "p")[numbers[1]]
    flipped = payload[:-5] + ("A" if payload[-5] != "A" else "B") + payload[-4:]
    with ctx.db.write() as session:
        assert verify_card(session, flipped).as_dict()["reason"] == "bad_signature"
        assert verify_card(session, "hello").as_dict()["reason"] == "malformed"
        session.execute(update(ctx.office.__class__).values(public_key="00" * 32))
    with ctx.db.session() as session:
        assert verify_card(session, payload).status == CardStatus.FORGED


def test_reprint_needs_a_known_reason_and_an_active_participant(ctx, numbers, participant_factory):
    with pytest.raises(CardError) as exc:
        request_reprint(ctx, numbers[0], "stolen")
    assert exc.value.code == "cards.reprint_reason"
    draft = enrol(ctx, participant_factory(nik="8171014508850998"), final=False)
    with pytest.raises(CardError) as exc:
        request_reprint(ctx, draft.registration_number, "damaged")
    assert exc.value.code == "cards.not_active"


def test_queue_filters(ctx, numbers):
    assert len(_queue(ctx, region_code="81.71")) == 3
    assert len(_queue(ctx, region_code="81.71.01.1007")) == 3
    assert _queue(ctx, region_code="81.01") == []
    assert len(_queue(ctx, reason="new")) == 3 and _queue(ctx, reason="reprint") == []


def test_cancel_mid_render_leaves_nothing(ctx, numbers, tmp_path):
    calls = []
    out = tmp_path / "cards.pdf"
    with pytest.raises(OperationCancelled):
        render_cards(ctx, _queue(ctx), out, "sheet", progress=lambda done, total: calls.append((done, total)),
                     cancelled=lambda: len(calls) >= 2)
    assert calls == [(1, 3), (2, 3)]
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert _count(ctx, CardPrintBatch) == 0 and _count(ctx, CardState) == 0


def test_a_full_disk_leaves_nothing(ctx, numbers, tmp_path, monkeypatch):
    def full(self):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PagePackingCanvas, "save", full)
    with pytest.raises(PekerjaError) as exc:
        render_cards(ctx, _queue(ctx), tmp_path / "cards.pdf", "sheet")
    assert exc.value.code == "file.disk_full" and str(tmp_path / "cards.pdf") in exc.value.message()
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert _count(ctx, CardPrintBatch) == 0


def test_a_failed_recording_leaves_no_file(ctx, numbers, tmp_path, monkeypatch):
    from pekerja_desktop.services.cards import render as render_module

    def refuse(*args, **kwargs):
        raise CardError("cards.concurrent_print", registration_number=numbers[0])

    monkeypatch.setattr(render_module, "record_print_batch", refuse)
    with pytest.raises(CardError):
        render_cards(ctx, _queue(ctx), tmp_path / "cards.pdf", "sheet")
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_a_print_recorded_meanwhile_is_refused(ctx, numbers, tmp_path, monkeypatch):
    """Another clerk recorded a print of the first card while this run was rendering: the versions read at
    recording time no longer follow the ones rendered, so nothing is recorded and no file is left."""
    from pekerja_desktop.services.cards import queue as queue_module

    entries = _queue(ctx)
    monkeypatch.setattr(queue_module, "current_card_versions", lambda session, ids: {entries[0].participant_id: 1})
    with pytest.raises(CardError) as exc:
        render_cards(ctx, entries, tmp_path / "late.pdf", "single")
    assert exc.value.code == "cards.concurrent_print"
    assert not (tmp_path / "late.pdf").exists() and _count(ctx, CardPrintBatch) == 0


def test_nothing_to_print_and_missing_folder(ctx, numbers, tmp_path):
    with pytest.raises(CardError) as exc:
        render_cards(ctx, [], tmp_path / "none.pdf", "sheet")
    assert exc.value.code == "cards.nothing" and not (tmp_path / "none.pdf").exists()
    with pytest.raises(CardError) as exc:
        render_cards(ctx, _queue(ctx), tmp_path / "absent" / "x.pdf", "sheet")
    assert exc.value.code == "cards.out_dir_missing"
