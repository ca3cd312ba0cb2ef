"""(hub) A sealed copy of every closed bill in the data folder (`closed-bills/YYYY-MM.bill`), so that restoring a
backup taken before a month was closed cannot lose that month's bill.

The database holds the closed bill (append-only, store/billing_models.py); the copy beside it is the bill's row
and its items (registration numbers, KPJ numbers, amounts), gzip-compressed and sealed with AES-256-GCM under a
key derived from the database key, the office code and month bound in as associated data: unreadable without
the key, and not movable to another office or month. It is written with the close: staged under a temporary
name before the commit and renamed over its final name after it, so a copy never stands for a close that did
not commit (a crash in between leaves the bill without its copy; the next close writes it).

A restore reinstates into the restored database every closed bill the data folder holds and the backup lacks
(checked against its digest), and forgets the billing facts the backup had: the next close then looks at
every participant again (corrections.py).
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import delete
from sqlmodel import Session, col, select

from pekerja_desktop.fileio import atomic_writer
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.billing.errors import BillingError
from pekerja_desktop.services.billing.freeze import ITEM_COLUMNS, canonical_items, month_text
from pekerja_desktop.store.billing_models import BillFact, ClosedBill, ClosedBillItem
from pekerja_desktop.store.bulk import insert_rows
from pekerja_desktop.store.db import DatabaseKey
from pekerja_desktop.store.models import table_of

FOLDER = "closed-bills"
SUFFIX = ".bill"
MAGIC = b"PEKERJA-CLOSED-BILL-1\n"
_INFO = b"pekerja-desktop closed bill v1"
ROW_FIELDS = ("month", "closed_at", "closed_by", "workers", "regular_total", "correction_total", "item_count",
              "digest", "summary")


@dataclass(frozen=True)
class SealedBill:
    row: dict  # the closed_bill row (dates and times as ISO text)
    items_text: str


def folder(layout: DataLayout) -> Path:
    return layout.root / FOLDER


def copy_path(layout: DataLayout, month: dt.date) -> Path:
    return folder(layout) / f"{month:%Y-%m}{SUFFIX}"


def _cipher(key: DatabaseKey) -> AESGCM:
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(key.raw))


def _bound(office_code: str, month: dt.date) -> bytes:
    return f"{office_code}/{month:%Y-%m}".encode("ascii")


def seal(row: ClosedBill, items_text: str, key: DatabaseKey, office_code: str) -> bytes:
    header = {name: _json_value(getattr(row, name)) for name in ROW_FIELDS}
    plain = gzip.compress((json.dumps(header) + "\n" + items_text).encode("utf-8"), compresslevel=1, mtime=0)
    nonce = os.urandom(12)
    return MAGIC + nonce + _cipher(key).encrypt(nonce, plain, _bound(office_code, row.month))


def unseal(data: bytes, key: DatabaseKey, office_code: str, month: dt.date) -> SealedBill:
    """The bill in a sealed copy; ValueError when it is not one of this office's for that month, or damaged."""
    if not data.startswith(MAGIC):
        raise ValueError("not a sealed closed bill")
    body = data[len(MAGIC):]
    try:
        plain = gzip.decompress(_cipher(key).decrypt(body[:12], body[12:], _bound(office_code, month)))
    except (InvalidTag, OSError, EOFError) as exc:
        raise ValueError("sealed closed bill damaged") from exc
    header, _, items_text = plain.decode("utf-8").partition("\n")
    row = json.loads(header)
    if hashlib.sha256(items_text.encode("utf-8")).hexdigest() != row["digest"]:
        raise ValueError("sealed closed bill damaged: digest")
    return SealedBill(row, items_text)


def write_copy(layout: DataLayout, row: ClosedBill, items_text: str, key: DatabaseKey, office_code: str) -> None:
    target = copy_path(layout, row.month)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with atomic_writer(target, "wb") as handle:
        handle.write(seal(row, items_text, key, office_code))


def write_missing_copies(session: Session, layout: DataLayout, key: DatabaseKey, office_code: str) -> list[dt.date]:
    """The copies of closed bills that have none (a crash between a close's commit and its copy's rename)."""
    written = []
    for row in session.scalars(select(ClosedBill).order_by(col(ClosedBill.month))):
        if not copy_path(layout, row.month).exists():
            write_copy(layout, row, canonical_items(session, row.month)[0], key, office_code)
            written.append(row.month)
    return written


def sealed_months(layout: DataLayout) -> list[dt.date]:
    months = []
    for path in sorted(folder(layout).glob(f"*{SUFFIX}")) if folder(layout).is_dir() else []:
        try:
            months.append(dt.datetime.strptime(path.stem, "%Y-%m").date())
        except ValueError:
            continue
    return months


def reinstate_closed_bills(session: Session, layout: DataLayout, key: DatabaseKey, office_code: str) -> list[dt.date]:
    """Into a restored database: every closed bill the folder holds and the database lacks. Returns their months;
    a copy that cannot be opened is refused with BillingError (the restore then does not happen)."""
    present = set(session.scalars(select(col(ClosedBill.month))))
    missing = [month for month in sealed_months(layout) if month not in present]
    for month in missing:
        path = copy_path(layout, month)
        try:
            sealed = unseal(path.read_bytes(), key, office_code, month)
        except ValueError as exc:
            raise BillingError("sealed.damaged", month=month_text(month), path=str(path)) from exc
        _insert(session, sealed)
    if missing:
        session.execute(delete(BillFact))
    return missing


def _insert(session: Session, sealed: SealedBill) -> None:
    row = dict(sealed.row)
    row["month"] = dt.date.fromisoformat(row["month"])
    row["closed_at"] = dt.datetime.fromisoformat(row["closed_at"])
    session.add(ClosedBill(**row))
    items = []
    for line in sealed.items_text.splitlines():
        number, for_month, kpj, funding, regency, jkk, jkm = line.split("\t")
        items.append(dict(zip(ITEM_COLUMNS, (row["month"], number, dt.date.fromisoformat(for_month), kpj, funding,
                                             regency, int(jkk), int(jkm)), strict=True)))
    session.flush()
    insert_rows(session.connection(), table_of(ClosedBillItem), items)


def _json_value(value):
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value
