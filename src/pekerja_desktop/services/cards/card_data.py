"""What one card shows, read from the register in chunks (35,000 cards never sit in memory as ORM objects)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlmodel import Session, col

from pekerja_desktop.domain.card_qr import CardClaim, encode_payload
from pekerja_desktop.domain.identity.nik import mask_nik
from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.store.card_models import CardState
from pekerja_desktop.store.models import Participant

# The fields a card shows: a change to any of them since the last print puts the participant in the queue.
PRINTED_FIELDS = ("full_name", "nik", "birth_date", "village_code", "kpj", "coverage_start", "programmes")
CHUNK = 500

ROW_COLUMNS = tuple(col(column) for column in (Participant.id, Participant.uuid, Participant.registration_number,
                                               Participant.status,
                                               *(getattr(Participant, name) for name in PRINTED_FIELDS)))


@dataclass(frozen=True)
class CardRow:
    participant_id: int
    uuid: str
    registration_number: str
    status: str
    full_name: str
    nik: str
    birth_date: dt.date | None
    village_code: str
    kpj: str | None
    coverage_start: dt.date | None
    programmes: str
    card_version: int = 0  # the version last printed, 0 = never


@dataclass(frozen=True)
class CardFacts:
    """Everything printed on one card, in display form."""
    participant_id: int
    uuid: str
    registration_number: str
    full_name: str
    masked_nik: str
    birth_date: dt.date | None
    village_name: str
    regency_name: str
    kpj: str | None
    programmes: str
    coverage_start: dt.date | None
    issue_date: dt.date
    card_version: int
    payload: str
    fingerprint: str


def printed_fingerprint(values) -> str:
    """sha256 over the printed fields of a row or participant (no personal data is stored, only the hash)."""
    data = [_plain(getattr(values, name)) for name in PRINTED_FIELDS]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()


def _plain(value):
    return value.isoformat() if isinstance(value, dt.date) else (value or "")


def load_card_rows(session: Session, ids: Sequence[int]) -> list[CardRow]:
    """Rows for these participant ids, in the order given (unknown ids are skipped)."""
    query = (select(*ROW_COLUMNS, func.coalesce(col(CardState.card_version), 0))
             .outerjoin(CardState, col(CardState.participant_id) == Participant.id)
             .where(col(Participant.id).in_(list(ids))))
    found = {row[0]: CardRow(*row) for row in session.execute(query)}
    return [found[i] for i in ids if i in found]


def iter_card_rows(session: Session, ids: Sequence[int], chunk: int = CHUNK) -> Iterator[CardRow]:
    for start in range(0, len(ids), chunk):
        yield from load_card_rows(session, ids[start:start + chunk])


class RegionNames:
    """Village and kabupaten/kota names for a village code, memoised (cards of one village repeat them)."""

    def __init__(self, regions: RegionIndex):
        self._regions = regions
        self._cache: dict[str, tuple[str, str]] = {}

    def __call__(self, village_code: str) -> tuple[str, str]:
        if village_code not in self._cache:
            village = self._regions.get(village_code)
            regency = self._regions.ancestors(village_code).get("kabupaten") if village else None
            self._cache[village_code] = (village.name if village else village_code,
                                         regency.name if regency else "")
        return self._cache[village_code]


def build_facts(row: CardRow, names: RegionNames, key: Ed25519PrivateKey, issue_date: dt.date,
                card_version: int) -> CardFacts:
    village, regency = names(row.village_code)
    claim = CardClaim(row.registration_number, card_version, row.coverage_start)
    return CardFacts(
        participant_id=row.participant_id, uuid=row.uuid, registration_number=row.registration_number,
        full_name=row.full_name, masked_nik=mask_nik(row.nik), birth_date=row.birth_date,
        village_name=village, regency_name=regency, kpj=row.kpj, programmes=row.programmes,
        coverage_start=row.coverage_start, issue_date=issue_date, card_version=card_version,
        payload=encode_payload(claim, key), fingerprint=printed_fingerprint(row))


def participant_ids(items: Iterable) -> list[int]:
    """Accept participant ids, queue entries or anything with a `participant_id` or `id`."""
    ids = []
    for item in items:
        if isinstance(item, int):
            ids.append(item)
        else:
            ids.append(getattr(item, "participant_id", None) or item.id)
    return list(dict.fromkeys(ids))
