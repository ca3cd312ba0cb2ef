"""(hub) Applying a data bundle's records chunk by chunk as they stream, idempotently, by uuid + version, each
verdict decided before its row is written:

- unknown uuid → stored (new); higher version → applied (newer); same version and the same line → nothing;
- lower version → skipped (the ack returns the hub's newer copy); same version, another line → conflict
  recorded (the hub keeps what it has; the office is told to correct and save again);
- a uuid held for another office (but a record the hub transferred away from the office: ignored as older,
  hub/decisions.py), a registration number already used by another record, or a record that fails the rules
  (services/sync/received.py: the desk's, run again here) → never stored, rejected with the reasons.

A stored record alone with its NIK is accepted there and then; one sharing its NIK with another record waits for
the end of the import, where its group is settled once (`verdicts.refresh_verdicts`: duplicates, the review list).
Every outcome decided here goes to the ack's spool at once. The hub owns `kpj`: an office's copy never overwrites
it. Two copies of one version are "the same" when their lines are byte-identical (as one office's exports make
them); rows stored before this release hold the hash of the record's fields (`records.content_hash`) instead,
which is compared when the bytes differ.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy
from sqlmodel import Session, col, select

from pekerja_desktop.services.sync.bundle.incoming import CheckedLine
from pekerja_desktop.services.sync.bundle.records import content_hash
from pekerja_desktop.services.sync.bundle.reference_lines import outcome_line
from pekerja_desktop.services.sync.hub import decisions
from pekerja_desktop.services.sync.hub.import_pass import CLASSES, ImportPass
from pekerja_desktop.services.sync.hub.verdicts import NikGroups, niks_of
from pekerja_desktop.services.sync.participant_lines import replace_existing, store_new
from pekerja_desktop.services.sync.received import refusal
from pekerja_desktop.store.bulk import insert_rows
from pekerja_desktop.store.dialect import among, upsert
from pekerja_desktop.store.models import Participant, table_of, utcnow
from pekerja_desktop.store.sync_models import SyncConflict, SyncHubRecord, Verdict

NEW, NEWER, SAME, OLDER, CONFLICT, REFUSED, REJECTED = CLASSES
VERDICT_COLUMNS = ("status", "reason", "detail", "duplicate_of")
ACCEPTED = (Verdict.ACCEPTED.value, "", "", None)
UNDECIDED = ("", "", "", None)  # a new record sharing its NIK, until the end of the import


@dataclass(frozen=True, slots=True)
class HubRow:
    """What the hub holds of a uuid, read once per chunk."""
    uuid: str
    kind: str
    office_code: str
    registration_number: str
    version: int
    content_hash: str
    status: str
    reason: str
    detail: str
    duplicate_of: str | None
    conflict: bool
    state_serial: int
    kpj: str | None
    nik: str | None

    @property
    def verdict(self) -> tuple:
        return self.status, self.reason, self.detail, self.duplicate_of


def hub_rows(session: Session, uuids: list[str]) -> dict[str, HubRow]:
    table = table_of(SyncHubRecord)
    columns = [table.c[name] for name in HubRow.__slots__ if name not in ("kpj", "nik")]
    found: dict[str, HubRow] = {}
    for among_uuids in among(session, table.c.uuid, uuids):
        query = (sqlalchemy.select(*columns, col(Participant.kpj), col(Participant.nik))
                 .outerjoin(Participant, col(Participant.uuid) == table.c.uuid).where(among_uuids))
        found.update((row[0], HubRow(*row)) for row in session.execute(query).all())
    return found


def classify(line: CheckedLine, hub: HubRow | None, office_code: str) -> str:
    if hub is None:
        return NEW
    version = line.record["version"]
    if hub.office_code != office_code:
        return REFUSED
    if version > hub.version:
        return NEWER
    if version < hub.version:
        return OLDER
    same = line.digest == hub.content_hash or content_hash(line.record) == hub.content_hash
    return SAME if same else CONFLICT


def hub_outcome(row: HubRow) -> dict:
    """The outcome line of what the hub holds (its version, verdict and KPJ number)."""
    return outcome_line(row.kind, row.uuid, row.version, row.status, reason=row.reason, detail=row.detail,
                        duplicate_of=row.duplicate_of, kpj=row.kpj, registration_number=row.registration_number)


def rejected_outcome(line: CheckedLine, reason: str, detail: str) -> dict:
    record = line.record
    return outcome_line(record["type"], record["uuid"], record["version"], Verdict.REJECTED.value, reason=reason,
                        detail=detail, registration_number=record.get("registration_number", ""))


class ParticipantChunk:
    """One chunk of participant lines, applied in a handful of statements."""

    def __init__(self, run: ImportPass, lines: list[CheckedLine]):
        self.run, self.session = run, run.session
        self.lines = lines
        self.existing = hub_rows(self.session, [line.record["uuid"] for line in lines])
        elsewhere = [uuid for uuid, row in self.existing.items() if row.office_code != run.office_code]
        self.moved = decisions.transferred_away(self.session, run.office_code, elsewhere) if elsewhere else set()
        foreign = [line.record["uuid"] for line in lines  # numbered by another office: transferred in?
                   if not str(line.record.get("registration_number", "")).startswith(f"{run.office_code}-")]
        self.arrived = decisions.transferred_in(self.session, run.office_code, foreign) if foreign else set()
        self.stored: list[tuple[CheckedLine, HubRow | None]] = []  # new and newer, passing the rules

    def apply(self) -> None:
        for line in self.lines:
            self._sort(line)
        self._refuse_taken_numbers()
        new = [line.parts for line, row in self.stored if row is None]
        newer = [line.parts for line, row in self.stored if row is not None]
        store_new(self.session, new, keep_kpj=False)  # type: ignore[arg-type]
        replace_existing(self.session, newer, keep_kpj=False)  # type: ignore[arg-type]
        self._write_hub_rows(niks_of(self.session, self._niks()))
        if self.stored:  # the ends and reactivations the office had not applied when it made these versions
            decisions.reassert_pending(self.session, self.run.office_code, self.run.applied_sequence,
                                       [line.record["uuid"] for line, _ in self.stored])

    def _sort(self, line: CheckedLine) -> None:
        run, row = self.run, self.existing.get(line.record["uuid"])
        kind = classify(line, row, run.office_code)
        if kind == REFUSED and line.record["uuid"] in self.moved:  # sent before the office learnt of the transfer
            kind = OLDER
        if kind in (NEW, NEWER):
            refused = refusal(line.parts, run.office_code, run.ref, run.today,  # type: ignore[arg-type]
                              transferred_in=line.record["uuid"] in self.arrived)
            if refused is not None:
                run.reject(line, REJECTED, *refused)
                return
            self.stored.append((line, row))
            return
        run.count(kind)
        if kind == REFUSED:
            run.reject(line, REFUSED, "uuid_other_office", row.office_code if row else "")
        elif kind == CONFLICT and row is not None:
            run.spool.add(self._conflict(line, row))
        elif row is not None:  # same or older: what the hub holds; an older copy also gets the hub's record back
            run.spool.add(hub_outcome(row))
            if kind == OLDER:
                run.older.add(row.uuid)

    def _refuse_taken_numbers(self) -> None:
        numbers = [line.record["registration_number"] for line, _ in self.stored]
        taken: dict[str, str] = {}
        for among_numbers in among(self.session, col(Participant.registration_number), numbers):
            taken.update(self.session.execute(select(Participant.registration_number, Participant.uuid)
                                              .where(among_numbers)).all())
        kept = []
        for line, row in self.stored:
            number, uuid = line.record["registration_number"], line.record["uuid"]
            if taken.get(number, uuid) != uuid:
                self.run.reject(line, REFUSED, "registration_number_taken", number)
            else:
                taken[number] = uuid
                kept.append((line, row))
        self.stored = kept

    def _niks(self) -> set[str]:
        niks = set()
        for line, row in self.stored:
            nik = line.parts.columns["nik"]  # type: ignore[union-attr]
            niks.add(nik)
            if row is not None and row.nik and row.nik != nik:  # it left a group: that group is settled at the end
                self.run.groups.add(row.nik)
                self.run.moved.add(row.uuid)
        return niks

    def _write_hub_rows(self, groups: NikGroups) -> None:
        fresh: list[dict] = []
        replaced: list[dict] = []
        waiting: list[dict] = []
        for line, row in self.stored:
            self.run.count(NEW if row is None else NEWER)
            nik = line.parts.columns["nik"]  # type: ignore[union-attr]
            if len(groups.get(nik, ())) <= 1:
                (fresh if row is None else replaced).append(self._accepted(line, row))
                continue
            self.run.groups.add(nik)  # it shares its NIK: settled at the end
            self.run.late.add(line.record["uuid"])
            if row is None:
                fresh.append(self._hub_row(line, UNDECIDED, 0))
            else:
                waiting.append(self._hub_row(line, row.verdict, row.state_serial))
        store_hub_rows(self.session, fresh, replaced)
        store_hub_rows(self.session, [], waiting, keep=(*VERDICT_COLUMNS, "state_serial"))

    def _accepted(self, line: CheckedLine, row: HubRow | None) -> dict:
        """A record alone with its NIK: accepted now, its outcome spooled."""
        record = line.record
        self.run.spool.add(outcome_line("participant", record["uuid"], record["version"], ACCEPTED[0],
                                        kpj=row.kpj if row else None,
                                        registration_number=record["registration_number"]))
        return self._hub_row(line, ACCEPTED, self.run.serial_for(row, ACCEPTED))

    def _hub_row(self, line: CheckedLine, verdict: tuple, serial: int) -> dict:
        record = line.record
        return {"uuid": record["uuid"], "kind": "participant", "office_code": self.run.office_code,
                "registration_number": record["registration_number"], "version": record["version"],
                "content_hash": line.digest, **dict(zip(VERDICT_COLUMNS, verdict, strict=True)),
                "invalid_reason": "", "invalid_detail": "", "review_reason": "", "conflict": False,
                "state_serial": serial, "updated_at": self.run.now}

    def _conflict(self, line: CheckedLine, row: HubRow) -> dict:
        """The hub keeps its copy; the record is rejected (conflict) until the office saves a new version."""
        self.session.execute(upsert(self.session, SyncConflict).values(
            uuid=row.uuid, office_code=self.run.office_code, version=row.version, existing_hash=row.content_hash,
            incoming_hash=line.digest, bundle_hash=self.run.bundle_hash, detected_at=utcnow())
            .on_conflict_do_nothing())
        verdict = (Verdict.REJECTED.value, "conflict", "", None)
        if not row.conflict:
            serial = self.run.serial_for(row, verdict)
            self.session.execute(table_of(SyncHubRecord).update().where(col(SyncHubRecord.uuid) == row.uuid).values(
                conflict=True, state_serial=serial, updated_at=self.run.now,
                **dict(zip(VERDICT_COLUMNS, verdict, strict=True))))
        return outcome_line("participant", row.uuid, row.version, verdict[0], reason=verdict[1], kpj=row.kpj,
                            registration_number=row.registration_number)


def store_hub_rows(session: Session, fresh: list[dict], replaced: list[dict], keep: tuple[str, ...] = ()) -> None:
    """Write hub records: `fresh` ones (uuids the hub does not hold) inserted in bulk, `replaced` ones keeping
    their columns in `keep`."""
    connection = session.connection()
    insert_rows(connection, table_of(SyncHubRecord), fresh)
    if not replaced:
        return
    insert = upsert(connection, SyncHubRecord)
    updated = {name: insert.excluded[name] for name in replaced[0] if name not in keep and name != "uuid"}
    connection.execute(insert.on_conflict_do_update(index_elements=["uuid"], set_=updated), replaced)
