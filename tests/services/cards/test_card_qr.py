"""The signed card payload: format, size, signature, and the valid / superseded / forged verdicts."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import segno
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pekerja_desktop.domain.card_qr import (
    SIGNATURE_CHARS,
    CardClaim,
    CardStatus,
    ForgeryReason,
    PayloadError,
    check_card,
    encode_payload,
    parse_payload,
)
from pekerja_desktop.domain.identity.regnum import format_registration_number
from pekerja_desktop.services.cards.qr_draw import VERSION, make_code, qr_matrix

KEY = Ed25519PrivateKey.generate()
CLAIM = CardClaim(format_registration_number("8171A", 2026, 1), 1, dt.date(2026, 11, 1))
QR_ALPHANUMERIC = re.compile(r"^[0-9A-Z $%*+\-./:]+$")


def test_payload_round_trips_and_verifies():
    payload = encode_payload(CLAIM, KEY)
    parsed = parse_payload(payload)
    assert parsed.claim == CLAIM
    assert parsed.claim.office_code == "8171A"
    check = check_card(parsed, KEY.public_key(), current_version=1)
    assert check.status == CardStatus.VALID


def test_payload_is_readable_and_documented_layout():
    payload = encode_payload(CLAIM, KEY)
    head, signature = payload.rsplit(".", 1)
    assert head == "PKJ1.8171A-26-000001-5.1.20261101"
    assert len(signature) == SIGNATURE_CHARS


def test_longest_payload_stays_alphanumeric_and_fits_version_6():
    claim = CardClaim(format_registration_number("ABCDEFGHIJ", 2099, 999_999), 99_999, dt.date(2099, 12, 31))
    payload = encode_payload(claim, KEY)
    assert len(payload) == 146
    assert QR_ALPHANUMERIC.match(payload)
    read = zxingcpp.read_barcode(make_code(payload).to_image(scale=4, add_quiet_zones=True))
    assert read.text == payload
    assert read.extra["Version"] == str(VERSION) == "6" and read.extra["ECLevel"] == "M"


def test_a_payload_too_long_for_version_6_is_refused_not_drawn_larger():
    with pytest.raises(ValueError, match="Version 6-M"):
        make_code("PKJ1." + "A" * 160)


@pytest.mark.parametrize("number", [1, 42, 999_999])
def test_the_encoder_s_codes_decode_to_their_payload_as_segno_s_did(number):
    """The encoder changed from segno to zxing-cpp: the modules differ (another mask), what a reader gets does not."""
    claim = CardClaim(format_registration_number("8171A", 2026, number), number % 7 + 1, dt.date(2026, 11, 1))
    payload = encode_payload(claim, KEY)
    ours = zxingcpp.read_barcode(make_code(payload).to_image(scale=4, add_quiet_zones=True))
    theirs = zxingcpp.read_barcode(_segno_image(payload))
    assert ours.text == theirs.text == payload
    assert (ours.extra["Version"], ours.extra["ECLevel"]) == (theirs.extra["Version"], theirs.extra["ECLevel"])
    assert len(qr_matrix(payload)) == len(segno.make(payload, error="m", version=6, micro=False).matrix) == 41


def _segno_image(payload: str):
    from PIL import Image

    code = segno.make(payload, error="m", boost_error=False, micro=False, version=6, mode="alphanumeric")
    rows = [[0 if dark else 255 for dark in row] for row in code.matrix]
    size, quiet, scale = len(rows), 4, 4
    image = Image.new("L", ((size + 2 * quiet) * scale,) * 2, 255)
    for y, row in enumerate(rows):
        for x, value in enumerate(row):
            if not value:
                image.paste(0, ((x + quiet) * scale, (y + quiet) * scale, (x + quiet + 1) * scale,
                                (y + quiet + 1) * scale))
    return image


def test_payload_carries_no_nik():
    payload = encode_payload(CLAIM, KEY)
    assert not re.search(r"\d{16}", payload)


def test_unknown_coverage_start_is_zero():
    claim = CardClaim(CLAIM.registration_number, 3, None)
    payload = encode_payload(claim, KEY)
    assert ".3.0." in payload
    assert parse_payload(payload).claim.coverage_start is None


def _flip(payload: str, index: int) -> str:
    replacement = "A" if payload[index] != "A" else "B"
    return payload[:index] + replacement + payload[index + 1:]


def test_a_flipped_signature_character_is_forged():
    payload = encode_payload(CLAIM, KEY)
    check = check_card(parse_payload(_flip(payload, len(payload) - 10)), KEY.public_key(), 1)
    assert (check.status, check.reason) == (CardStatus.FORGED, ForgeryReason.BAD_SIGNATURE)


def test_a_changed_card_version_is_forged():
    payload = encode_payload(CLAIM, KEY)
    tampered = payload.replace(".1.20261101.", ".2.20261101.")
    check = check_card(parse_payload(tampered), KEY.public_key(), 2)
    assert check.reason == ForgeryReason.BAD_SIGNATURE


def test_a_flipped_signature_byte_is_forged():
    parsed = parse_payload(encode_payload(CLAIM, KEY))
    signature = bytearray(parsed.signature)
    signature[5] ^= 0x01
    tampered = type(parsed)(parsed.claim, parsed.message, bytes(signature))
    assert check_card(tampered, KEY.public_key(), 1).reason == ForgeryReason.BAD_SIGNATURE


def test_another_office_key_is_forged():
    other = Ed25519PrivateKey.generate()
    check = check_card(parse_payload(encode_payload(CLAIM, other)), KEY.public_key(), 1)
    assert check.status == CardStatus.FORGED


def test_unknown_office_is_forged():
    check = check_card(parse_payload(encode_payload(CLAIM, KEY)), None, 1)
    assert check.reason == ForgeryReason.UNKNOWN_OFFICE


def test_older_version_is_superseded_newer_never_issued():
    parsed = parse_payload(encode_payload(CLAIM, KEY))
    assert check_card(parsed, KEY.public_key(), 2).status == CardStatus.SUPERSEDED
    check = check_card(parsed, KEY.public_key(), 0)
    assert (check.status, check.reason) == (CardStatus.FORGED, ForgeryReason.NOT_ISSUED)


def test_signature_alone_decides_when_the_participant_is_not_here():
    assert check_card(parse_payload(encode_payload(CLAIM, KEY)), KEY.public_key(), None).status == CardStatus.VALID


@pytest.mark.parametrize("text", [
    "", "PKJ1", "PKJ2.8171A-26-000001-5.1.20261101.AAAA", "PKJ1.8171A-26-000001-4.1.20261101." + "A" * 103,
    "PKJ1.8171A-26-000001-5.0.20261101." + "A" * 103, "PKJ1.8171A-26-000001-5.01.20261101." + "A" * 103,
    "PKJ1.8171A-26-000001-5.1.20261301." + "A" * 103, "PKJ1.8171A-26-000001-5.1.20261101." + "A" * 102,
    "PKJ1.8171A-26-000001-5.1.20261101." + "1" * 103,
])
def test_malformed_payloads_are_refused(text):
    with pytest.raises(PayloadError):
        parse_payload(text)


def test_encoding_refuses_what_it_could_not_verify():
    with pytest.raises(ValueError):
        encode_payload(CardClaim("8171A-26-000001-4", 1, None), KEY)
    with pytest.raises(ValueError):
        encode_payload(CardClaim(CLAIM.registration_number, 0, None), KEY)


def test_qr_bits_pack_rows_white_as_one():
    from pekerja_desktop.services.cards.qr_draw import module_bytes, pixel_bits, qr_bits

    matrix = qr_matrix(encode_payload(CLAIM, KEY))
    packed = qr_bits(matrix)
    width = (len(matrix) + 7) // 8
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            bit = packed[y * width + x // 8] >> (7 - x % 8) & 1
            assert bit == (0 if dark else 1)
    assert pixel_bits(module_bytes(encode_payload(CLAIM, KEY))) == packed
