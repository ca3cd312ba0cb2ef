"""Demo data: many realistic synthetic participants, stored as finished enrolments through the bulk path.

The people come from `demo_people` (deterministic for a seed). They are written in chunks, one write
transaction each: progress can be reported between chunks, memory and the WAL stay bounded by a
chunk, and an interruption keeps whole chunks only. NIKs already in the database, including rows
another process adds meanwhile, are read at the start of every chunk inside its transaction, so a
demo NIK never repeats one that exists.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.demo.people import PersonFactory, build_material, creation_times
from pekerja_desktop.services.enrolment.enrol import PreparedEnrolment, insert_prepared
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.models import Participant, ParticipantStatus

MAX_COUNT = 1_000_000
CHUNK_SIZE = 20_000
SOURCE = "demo"


@dataclass(frozen=True)
class DemoResult:
    count: int
    first_registration_number: str | None
    last_registration_number: str | None
    seconds: float


class _TakenNiks:
    """Every participant NIK in the database, kept up to date by reading only the rows added since."""

    def __init__(self) -> None:
        self.niks: set[str] = set()
        self._seen_up_to = 0

    def refresh(self, session: Session) -> None:
        rows = session.execute(select(Participant.id, Participant.nik).where(col(Participant.id) > self._seen_up_to))
        for row_id, nik in rows:
            self.niks.add(nik)
            self._seen_up_to = max(self._seen_up_to, row_id)


def check_count(count: int) -> int:
    if not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
        raise PekerjaError("argument.invalid", reason=f"count {count!r}: 1 … {MAX_COUNT:,}")
    return count


def home_regency(ctx: AppContext) -> str | None:
    """A field office's kabupaten/kota ("81.71" of any region code within it); None at the hub."""
    if ctx.office.role == "hub":
        return None
    return ctx.office.region_code[:5] or None


def generate_demo(ctx: AppContext, count: int, seed: int = 1, *,
                  progress: Callable[[int, int], None] | None = None) -> DemoResult:
    """Add `count` demo participants (status active, source "demo"); the same seed gives the same people. An
    office's people live in its own kabupaten/kota, the hub's across the province."""
    check_count(count)
    ctx.require(Permission.SETTINGS)
    started = time.perf_counter()
    today = dt.date.today()
    taken = _TakenNiks()
    factory = PersonFactory(build_material(ctx.reference, home_regency(ctx)), seed, dt.date(today.year, 1, 1),
                            taken.niks)
    moments = creation_times(f"demo-created-{seed}", count, today)
    first = last = None
    for start in range(0, count, CHUNK_SIZE):
        with ctx.db.write() as session:
            taken.refresh(session)
            batch = [PreparedEnrolment(factory.person(at, today), status=ParticipantStatus.ACTIVE.value,
                                       source=SOURCE, created_at=at) for at in moments[start:start + CHUNK_SIZE]]
            numbers = insert_prepared(session, ctx.office.code, ctx.actor, batch)
            audit.record(session, ctx.actor, "demo.generate", "", count=len(numbers))
        first, last = first or numbers[0], numbers[-1]
        if progress is not None:
            progress(min(start + CHUNK_SIZE, count), count)
    return DemoResult(count, first, last, time.perf_counter() - started)

