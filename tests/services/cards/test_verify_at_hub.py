"""A card printed at an office verifies at the provincial hub once the office's data bundle is imported (the print
record travels in it); a card printed after the last bundle is "not yet received" there, never "forged"."""

from __future__ import annotations

import datetime as dt

from pekerja_desktop.domain.card_qr import CardClaim, CardStatus, encode_payload
from pekerja_desktop.services.cards.queue import load_card_queue, request_reprint
from pekerja_desktop.services.cards.render import office_signing_key, render_cards
from pekerja_desktop.services.cards.verify import verify_card
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from tests.support.sites import enrol_many

COVERAGE = dt.date(2026, 11, 1)


def card_payload(office, number: str, version: int) -> str:
    """The QR text the office's card of that version carries (signed with the office's own key)."""
    return encode_payload(CardClaim(number, version, COVERAGE), office_signing_key(office.ctx))


def print_cards(office, tmp_path, name: str) -> None:
    render_cards(office.ctx, load_card_queue(office.ctx), tmp_path / f"{name}.pdf", "single")


def send_to_hub(office, hub, tmp_path) -> None:
    (exported,) = export_bundles(office.ctx, tmp_path / "usb")
    result = import_bundle(hub.ctx, exported.path, tmp_path / "acks")
    import_bundle(office.ctx, result.ack_path)


def verdict(site, payload: str):
    with site.ctx.db.session() as session:
        return verify_card(session, payload)


def test_a_card_printed_at_an_office_verifies_at_the_hub_after_its_bundle(sites, tmp_path):
    hub, ambon, _ = sites
    (number,) = enrol_many(ambon, [1], coverage_start=COVERAGE)
    print_cards(ambon, tmp_path, "first")
    first = card_payload(ambon, number, 1)
    assert verdict(ambon, first).status == CardStatus.VALID
    send_to_hub(ambon, hub, tmp_path)
    at_hub = verdict(hub, first)
    assert at_hub.status == CardStatus.VALID and at_hub.check.current_version == 1


def test_a_card_printed_after_the_last_bundle_is_not_yet_received_at_the_hub(sites, tmp_path):
    hub, ambon, _ = sites
    (number,) = enrol_many(ambon, [2], coverage_start=COVERAGE)
    print_cards(ambon, tmp_path, "first")
    send_to_hub(ambon, hub, tmp_path)
    request_reprint(ambon.ctx, number, "lost")
    print_cards(ambon, tmp_path, "reprint")
    second = card_payload(ambon, number, 2)
    assert verdict(ambon, second).status == CardStatus.VALID
    late = verdict(hub, second)
    assert late.status == CardStatus.NOT_YET_RECEIVED and late.check.current_version == 1
    assert verdict(hub, card_payload(ambon, number, 1)).status == CardStatus.VALID
    send_to_hub(ambon, hub, tmp_path)
    assert verdict(hub, second).status == CardStatus.VALID
    assert verdict(hub, card_payload(ambon, number, 1)).status == CardStatus.SUPERSEDED


def test_a_signature_that_does_not_hold_is_forged_at_the_hub_too(sites, tmp_path):
    hub, ambon, _ = sites
    (number,) = enrol_many(ambon, [3], coverage_start=COVERAGE)
    print_cards(ambon, tmp_path, "first")
    send_to_hub(ambon, hub, tmp_path)
    genuine = card_payload(ambon, number, 1)
    tampered = genuine[:-3] + ("Q" if genuine[-3] != "Q" else "R") + genuine[-2:]
    assert verdict(hub, tampered).status == CardStatus.FORGED
