"""Cards across the lifecycle: an ended participant's genuine card verifies as ended; a transferred participant
keeps a valid card, and the receiving office continues its card versions and signs the next one."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pekerja_desktop.domain.card_qr import CardClaim, CardStatus, ForgeryReason, encode_payload
from pekerja_desktop.services.cards.queue import card_queue
from pekerja_desktop.services.cards.render import office_signing_key, render_cards
from pekerja_desktop.services.cards.verify import verify_card
from pekerja_desktop.services.enrolment.enrol import enrol, update_participant
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, to_data
from pekerja_desktop.services.lifecycle.end import end_participation, reactivate_participation
from pekerja_desktop.services.lifecycle.transfer import transfer_participant
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.hub.reference_bundle import export_reference
from pekerja_desktop.services.sync.importing import import_bundle
from tests.support.sites import enrol_many

TODAY = dt.date(2027, 3, 20)


def _payload(ctx, number: str, version: int) -> str:
    with ctx.db.session() as session:
        start = find_participant(session, number).coverage_start
    return encode_payload(CardClaim(number, version, start), office_signing_key(ctx))


def _verify(ctx, payload: str):
    with ctx.db.session() as session:
        return verify_card(session, payload)


def _print(ctx, number: str, path) -> None:
    with ctx.db.session() as session:
        participant_id = find_participant(session, number).id
    render_cards(ctx, [participant_id], path, "single")


def test_a_genuine_card_of_an_ended_participation_verifies_as_ended(ctx, participant_factory, tmp_path):
    number = enrol(ctx, participant_factory(), final=True).registration_number
    _print(ctx, number, tmp_path / "card.pdf")
    payload = _payload(ctx, number, 1)
    assert _verify(ctx, payload).status == CardStatus.VALID
    end_participation(ctx, number, "died", dt.date(2027, 3, 14), today=TODAY)
    verdict = _verify(ctx, payload)
    assert verdict.status == CardStatus.ENDED
    assert verdict.as_dict()["coverage_end"] == "2027-03-14" and verdict.as_dict()["end_reason"] == "died"
    reactivate_participation(ctx, number, "keliru")
    assert _verify(ctx, payload).status == CardStatus.VALID


def test_the_receiving_office_continues_the_cards_of_a_transferred_participant(sites, tmp_path):
    hub, ambon, tual = sites
    usb = tmp_path / "usb"
    (number,) = enrol_many(ambon, [7])
    _print(ambon.ctx, number, tmp_path / "ambon.pdf")
    (bundle,) = export_bundles(ambon.ctx, usb)
    import_bundle(ambon.ctx, import_bundle(hub.ctx, bundle.path).ack_path)
    old_card = _payload(ambon.ctx, number, 1)

    transfer_participant(hub.ctx, number, "8172A")
    (reference,) = export_reference(hub.ctx, usb, office="8172A")
    import_bundle(tual.ctx, reference.path)
    with tual.ctx.db.session() as session:
        assert card_queue(session) == []  # the card in the worker's hand stays valid
        participant = find_participant(session, number)
        data = to_data(participant, heirs_of(session, participant.id))
    assert _verify(tual.ctx, old_card).status == CardStatus.VALID

    update_participant(tual.ctx, number, replace(data, village_code="81.72.01.2001"), expected_version=None,
                       final=True)
    with tual.ctx.db.session() as session:
        assert [(e.reason.value, e.card_version) for e in card_queue(session)] == [("changed", 1)]
    _print(tual.ctx, number, tmp_path / "tual.pdf")
    new_card = _payload(tual.ctx, number, 2)
    at_tual = _verify(tual.ctx, new_card)
    assert at_tual.status == CardStatus.VALID and at_tual.office.code == "8172A"
    assert _verify(tual.ctx, old_card).status == CardStatus.SUPERSEDED
    assert _verify(hub.ctx, new_card).check.reason != ForgeryReason.BAD_SIGNATURE

    (bundle,) = export_bundles(ambon.ctx, usb)  # Ambon learns of the transfer from its next ack
    assert import_bundle(ambon.ctx, import_bundle(hub.ctx, bundle.path).ack_path).counts["transferred_out"] == 1
    (reference,) = export_reference(hub.ctx, usb, office="8171A")  # and Tual's key from a reference bundle
    import_bundle(ambon.ctx, reference.path)
    assert _verify(ambon.ctx, new_card).status == CardStatus.VALID
