"""Trust between an office and the hub: key files exchanged once, checked by a fingerprint read over the phone.

A key file (`office-file`, `hub-file`) is JSON: code, name, region, role, the Ed25519 public key, the age
recipient, and an Ed25519 signature by that key over the other fields (so the age recipient is covered by the
fingerprint of the signing key, which both sides compare by phone).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import delete
from sqlmodel import Session, col

from pekerja_desktop.domain.characters import first_unsafe
from pekerja_desktop.domain.identity.regnum import is_valid_office_code
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.fileio import atomic_writer, open_regular
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.identity import parse_recipient
from pekerja_desktop.services.sync.office_keys import office_keys
from pekerja_desktop.services.sync.signing_key import fingerprint
from pekerja_desktop.services.sync.state import require_field, require_hub, trusted_hub
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.models import Office, OfficeRole
from pekerja_desktop.store.sync_models import SyncPeer

KEY_FILE_FORMAT = "pekerja-office-key"
MAX_KEY_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class OfficeCard:
    code: str
    name: str
    region_code: str
    role: str
    public_key: str
    age_recipient: str
    created_at: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def _signed_bytes(fields: dict) -> bytes:
    return json.dumps({"format": KEY_FILE_FORMAT, "format_version": 1, **fields}, sort_keys=True,
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def own_card(ctx: AppContext) -> OfficeCard:
    office = ctx.office
    return OfficeCard(office.code, office.name, office.region_code, office.role, office.public_key,
                      office_keys(ctx).recipient, dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat())


def write_key_file(ctx: AppContext, target: Path) -> OfficeCard:
    """This office's public keys, signed, for the other side (`office-file` / `hub-file`)."""
    card = own_card(ctx)
    fields = asdict(card)
    signature = office_keys(ctx).signing.sign(_signed_bytes(fields)).hex()
    document = {"format": KEY_FILE_FORMAT, "format_version": 1, **fields, "signature": signature}
    with atomic_writer(Path(target)) as handle:
        json.dump(document, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return card


def _invalid(path: Path, reason: str) -> SyncError:
    return SyncError("trust.file_invalid", path=str(path), reason=reason)


def read_key_file(path: Path) -> OfficeCard:
    """Only a regular file of at most 64 KiB, strict JSON (nested too deeply is refused as such)."""
    path = Path(path)
    try:
        with open_regular(path, MAX_KEY_FILE_BYTES) as handle:
            document = json.loads(handle.read().decode("utf-8"))
    except RecursionError:
        raise _invalid(path, "JSON nested too deeply") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise _invalid(path, str(exc)) from exc
    if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
        raise _invalid(path, "not a Pekerja Desktop key file")
    try:
        card = OfficeCard(**{name: str(document[name]) for name in OfficeCard.__dataclass_fields__})
    except KeyError as exc:
        raise _invalid(path, f"missing {exc.args[0]}") from exc
    _check_card(path, card, str(document.get("signature", "")))
    return card


def _check_card(path: Path, card: OfficeCard, signature: str) -> None:
    if not is_valid_office_code(card.code) or card.role not in {r.value for r in OfficeRole}:
        raise _invalid(path, "invalid office code or role")
    if any(first_unsafe(text) for text in (card.name, card.region_code)) or len(card.name) > 200:
        raise _invalid(path, "the office name holds a control or invisible character, or is too long")
    try:
        parse_recipient(card.age_recipient)
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(card.public_key))
        key.verify(bytes.fromhex(signature), _signed_bytes(asdict(card)))
    except (InvalidSignature, ValueError) as exc:
        raise _invalid(path, "the signature or a key does not check out") from exc


def _require_role(path: Path, card: OfficeCard, expected: str, ctx: AppContext) -> None:
    if card.role != expected:
        raise SyncError("trust.wrong_role", path=str(path), found=card.role, expected=expected)
    if card.code == ctx.office.code:
        raise SyncError("trust.self", path=str(path), office_code=card.code)


def _store(session: Session, card: OfficeCard, actor: str, replace: bool) -> None:
    office = session.get(Office, card.code)
    if office is not None and office.public_key != card.public_key and session.get(SyncPeer, card.code) is not None \
            and not replace:
        raise SyncError("trust.key_changed", office_code=card.code, old=fingerprint(office.public_key))
    if office is None:
        office = Office(code=card.code, name=card.name, region_code=card.region_code, role=card.role,
                        public_key=card.public_key, is_self=False)
    office.name, office.region_code, office.role, office.public_key = (card.name, card.region_code, card.role,
                                                                        card.public_key)
    session.add(office)
    found = session.get(SyncPeer, card.code) or SyncPeer(office_code=card.code, role=card.role, age_recipient="")
    found.role, found.age_recipient, found.registered_by = card.role, card.age_recipient, actor
    found.registered_at = dt.datetime.now(dt.UTC)
    session.add(found)


def register_office(ctx: AppContext, path: Path, *, replace: bool = False) -> OfficeCard:
    """(hub) Register a field office from its key file."""
    require_hub(ctx)
    ctx.require(Permission.SETTINGS)
    card = read_key_file(path)
    _require_role(path, card, OfficeRole.FIELD.value, ctx)
    with ctx.db.write() as session:
        _store(session, card, ctx.actor, replace)
        audit.record(session, ctx.actor, "settings.trust", card.code, role=card.role, replace=replace)
    return card


def trust_hub(ctx: AppContext, path: Path, *, replace: bool = False) -> OfficeCard:
    """(field office) Trust the hub from its key file; one hub at a time."""
    require_field(ctx)
    ctx.require(Permission.SETTINGS)
    card = read_key_file(path)
    _require_role(path, card, OfficeRole.HUB.value, ctx)
    with ctx.db.write() as session:
        _forget_other_hub(session, card.code, replace)
        _store(session, card, ctx.actor, replace)
        audit.record(session, ctx.actor, "settings.trust", card.code, role=card.role, replace=replace)
    return card


def _forget_other_hub(session: Session, code: str, replace: bool) -> None:
    try:
        hub, _ = trusted_hub(session)
    except SyncError:
        return
    if hub.code == code:
        return
    if not replace:
        raise SyncError("trust.other_hub", office_code=hub.code)
    session.execute(delete(SyncPeer).where(col(SyncPeer.office_code) == hub.code))
