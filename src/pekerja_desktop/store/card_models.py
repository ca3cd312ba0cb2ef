"""Tables for membership cards: what was last printed for each participant, reprint requests, print log.

Design: "needs a card" is derived, not stored. No triggers, no flags to keep in sync.

- `card_state` (one row per participant that ever had a card printed): the current `card_version` (1 for the
  first card; 0 or no row = never printed), the fingerprint of the printed fields at the last print
  (`printed_fingerprint`: sha256 over name, birth date, NIK, village, KPJ, coverage start, programmes…) and the
  KPJ number that was printed (`printed_kpj`, to tell "KPJ newly known" from other changes).
- `card_reprint_request`: a reprint asked for (reason lost/damaged, who, when); pending while
  `fulfilled_batch_id` is NULL.
- `card_print_batch` + `card_print_item`: the print log. A batch is recorded in the same transaction that bumps
  the card versions, and only once the PDF is complete. Items keep the participant uuid and registration number
  as text so that the log survives the deletion of a draft.

The queue (services.cards.queue) compares each finished participant with its `card_state`: no state → new;
pending request → reprint; a KPJ now known but not printed → kpj; another fingerprint → changed.

Every recorded print issues a new card version; the card with the older version then verifies as superseded.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from pekerja_desktop.store.models import utcnow


class QueueReason(StrEnum):
    NEW = "new"  # finished enrolment, never printed
    CHANGED = "changed"  # a printed field changed since the last print
    KPJ = "kpj"  # the KPJ number became known after the last print
    REPRINT = "reprint"  # a reprint was asked for (lost, damaged)


class ReprintReason(StrEnum):
    LOST = "lost"
    DAMAGED = "damaged"


class CardState(SQLModel, table=True):
    __tablename__ = "card_state"
    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True))
    card_version: int = 0
    printed_fingerprint: str = ""
    printed_kpj: str | None = None
    printed_at: dt.datetime | None = None
    batch_id: int | None = None


class CardReprintRequest(SQLModel, table=True):
    __tablename__ = "card_reprint_request"
    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("participant.id", ondelete="CASCADE"), nullable=False, index=True))
    reason: str
    requested_by: str
    requested_at: dt.datetime = Field(default_factory=utcnow)
    fulfilled_batch_id: int | None = Field(default=None, index=True)


class CardPrintBatch(SQLModel, table=True):
    __tablename__ = "card_print_batch"
    id: int | None = Field(default=None, primary_key=True)
    printed_at: dt.datetime = Field(default_factory=utcnow, index=True)
    printed_by: str
    layout: str
    card_count: int = 0
    file_name: str = ""


class CardPrintItem(SQLModel, table=True):
    __tablename__ = "card_print_item"
    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(
        sa_column=Column(Integer, ForeignKey("card_print_batch.id", ondelete="CASCADE"), nullable=False,
                         index=True))
    participant_uuid: str = Field(index=True, max_length=32)
    registration_number: str = Field(index=True)
    card_version: int
    reason: str = ""  # the queue reason, or "" when printed on demand (--all)
