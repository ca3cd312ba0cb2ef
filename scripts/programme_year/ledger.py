"""What the simulation itself did, kept apart from the databases: who belongs to which office, who BPJS has
registered, who ended and who moved. The first five invariants never read it; the sixth holds the sites to it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

FILE_NAME = "ledger.json"  # beside the sites of a kept world, for `--check`


@dataclass
class Ledger:
    owner: dict[str, str] = field(default_factory=dict)  # registration number → the office that owns it now
    nik: dict[str, str] = field(default_factory=dict)  # registration number → NIK
    number_of_nik: dict[str, str] = field(default_factory=dict)
    registered: set[str] = field(default_factory=set)  # KPJ returned by BPJS
    registered_in: dict[str, dt.date] = field(default_factory=dict)  # → the month BPJS returned its KPJ
    late_niks: list[str] = field(default_factory=list)  # uploaded; BPJS returns their KPJ a month late
    ended: dict[str, tuple[dt.date, str]] = field(default_factory=dict)  # → (last covered day, reason)
    transfers: list[tuple[str, str, str]] = field(default_factory=list)  # (number, from office, to office)
    listed: int = 0  # enrolled from village lists
    lists: int = 0
    lookalikes: int = 0  # desk warnings `duplicate.likely` the clerk confirmed as a different person
    cards: int = 0

    def enrolled(self, number: str, nik: str, office: str) -> None:
        self.owner[number] = office
        self.nik[number] = nik
        self.number_of_nik[nik] = number

    def in_programme(self, office: str | None = None) -> list[str]:
        """Registered at BPJS and not ended, owned by `office` (any office without it), in number order."""
        return sorted(number for number in self.registered
                      if number not in self.ended and (office is None or self.owner[number] == office))

    def save(self, folder: Path) -> None:
        (folder / FILE_NAME).write_text(json.dumps({
            "owner": self.owner, "registered": sorted(self.registered),
            "ended": {number: [day.isoformat(), reason] for number, (day, reason) in self.ended.items()},
            "transfers": self.transfers}), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Ledger:
        data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
        ended = {number: (dt.date.fromisoformat(day), reason) for number, (day, reason) in data["ended"].items()}
        return cls(owner=data["owner"], registered=set(data["registered"]), ended=ended,
                   transfers=[tuple(move) for move in data["transfers"]])
