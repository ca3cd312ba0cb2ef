"""The signed payload in a membership card's QR code (format in docs/card-qr-format.md).

    PKJ1.<registration number>.<card version>.<coverage start YYYYMMDD, or 0>.<signature>

Every character is in the QR alphanumeric set (0-9, A-Z, '-', '.'), so the code is encoded in alphanumeric mode
(5.5 bits a character) and stays at QR version 6 (41 × 41 modules) at error correction M. The signature is
Ed25519 over the ASCII bytes of everything before the last '.', written in RFC 4648 base32 without padding
(103 characters). No NIK, no name: the card identifies itself by its registration number, whose office code
names the key to verify with.

Pure: keys are passed in; the database lookups (office key, current card version) are the caller's.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pekerja_desktop.domain.identity.regnum import RegistrationNumber, parse_registration_number

PREFIX = "PKJ1"
SEPARATOR = "."
SIGNATURE_BYTES = 64
SIGNATURE_CHARS = 103  # base32 of 64 bytes, no padding
NO_DATE = "0"
MAX_CARD_VERSION = 99_999


class CardStatus(StrEnum):
    VALID = "valid"
    SUPERSEDED = "superseded"  # a newer card version was printed
    ENDED = "ended"  # genuine, but the participation has ended: the card gives no cover any more
    FORGED = "forged"  # not signed by the office, malformed, or never issued
    NOT_YET_RECEIVED = "not_yet_received"  # genuinely signed by another office, printed after its last bundle


class ForgeryReason(StrEnum):
    MALFORMED = "malformed"
    UNKNOWN_OFFICE = "unknown_office"
    BAD_SIGNATURE = "bad_signature"
    NOT_ISSUED = "not_issued"  # signed, but that card version was never recorded as printed


@dataclass(frozen=True)
class CardClaim:
    """What a card says about itself."""
    registration_number: str
    card_version: int
    coverage_start: dt.date | None

    @property
    def office_code(self) -> str:
        parsed = parse_registration_number(self.registration_number)
        return parsed.office_code if parsed else ""


@dataclass(frozen=True)
class SignedPayload:
    claim: CardClaim
    message: bytes  # the signed bytes
    signature: bytes


@dataclass(frozen=True)
class CardCheck:
    status: CardStatus
    claim: CardClaim | None = None
    reason: ForgeryReason | None = None
    current_version: int | None = None


class PayloadError(ValueError):
    """The text is not a card payload of this format."""


def _date_field(day: dt.date | None) -> str:
    return day.strftime("%Y%m%d") if day else NO_DATE


def _parse_date_field(text: str) -> dt.date | None:
    if text == NO_DATE:
        return None
    if len(text) != 8 or not text.isdigit():
        raise PayloadError("coverage start")
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError as exc:
        raise PayloadError("coverage start") from exc


def claim_message(claim: CardClaim) -> bytes:
    """The exact bytes that are signed."""
    fields = (PREFIX, claim.registration_number, str(claim.card_version), _date_field(claim.coverage_start))
    return SEPARATOR.join(fields).encode("ascii")


def encode_signature(signature: bytes) -> str:
    return base64.b32encode(signature).decode("ascii").rstrip("=")


def decode_signature(text: str) -> bytes:
    if len(text) != SIGNATURE_CHARS:
        raise PayloadError("signature length")
    try:
        return base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError) as exc:
        raise PayloadError("signature encoding") from exc


def encode_payload(claim: CardClaim, private_key: Ed25519PrivateKey) -> str:
    if parse_registration_number(claim.registration_number) is None:
        raise ValueError(f"not a registration number: {claim.registration_number}")
    if not 1 <= claim.card_version <= MAX_CARD_VERSION:
        raise ValueError(f"card version out of range: {claim.card_version}")
    message = claim_message(claim)
    return message.decode("ascii") + SEPARATOR + encode_signature(private_key.sign(message))


def _registration(text: str) -> RegistrationNumber:
    parsed = parse_registration_number(text)
    if parsed is None or str(parsed) != text:
        raise PayloadError("registration number")
    return parsed


def _card_version(text: str) -> int:
    if not text.isdigit() or text.startswith("0") or int(text) > MAX_CARD_VERSION:
        raise PayloadError("card version")
    return int(text)


def parse_payload(text: str) -> SignedPayload:
    """Split and check the structure (not the signature). Raises PayloadError."""
    parts = text.strip().split(SEPARATOR)
    if len(parts) != 5 or parts[0] != PREFIX:
        raise PayloadError("structure")
    _, number, version, coverage, signature = parts
    claim = CardClaim(str(_registration(number)), _card_version(version), _parse_date_field(coverage))
    return SignedPayload(claim, claim_message(claim), decode_signature(signature))


def public_key_from_hex(public_hex: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))


def signature_holds(payload: SignedPayload, public_key: Ed25519PublicKey) -> bool:
    try:
        public_key.verify(payload.signature, payload.message)
    except InvalidSignature:
        return False
    return True


def check_card(payload: SignedPayload, public_key: Ed25519PublicKey | None, current_version: int | None) -> CardCheck:
    """valid / superseded / forged, given the issuing office's key and the version on record.

    `current_version` None means the participant is not in this database: the signature alone decides.
    """
    claim = payload.claim
    if public_key is None:
        return CardCheck(CardStatus.FORGED, claim, ForgeryReason.UNKNOWN_OFFICE)
    if not signature_holds(payload, public_key):
        return CardCheck(CardStatus.FORGED, claim, ForgeryReason.BAD_SIGNATURE)
    if current_version is None:
        return CardCheck(CardStatus.VALID, claim)
    if claim.card_version > current_version:
        return CardCheck(CardStatus.FORGED, claim, ForgeryReason.NOT_ISSUED, current_version)
    if claim.card_version < current_version:
        return CardCheck(CardStatus.SUPERSEDED, claim, current_version=current_version)
    return CardCheck(CardStatus.VALID, claim, current_version=current_version)
