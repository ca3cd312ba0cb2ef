"""What the simulation itself did, kept apart from the databases: who belongs to which office, who BPJS has
registered, who ended and who moved. The invariants never read it; the summary prints it beside them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Ledger:
    owner: dict[str, str] = field(default_factory=dict)  # registration number → the office that owns it now
    nik: dict[str, str] = field(default_factory=dict)  # registration number → NIK
    number_of_nik: dict[str, str] = field(default_factory=dict)
    registered: set[str] = field(default_factory=set)  # KPJ returned by BPJS
    ended: dict[str, tuple[dt.date, str]] = field(default_factory=dict)  # → (last covered day, reason)
    transfers: list[tuple[str, str, str]] = field(default_factory=list)  # (number, from office, to office)
    listed: int = 0  # enrolled from village lists
    lists: int = 0
    cards: int = 0

    def enrolled(self, number: str, nik: str, office: str) -> None:
        self.owner[number] = office
        self.nik[number] = nik
        self.number_of_nik[nik] = number

    def in_programme(self, office: str | None = None) -> list[str]:
        """Registered at BPJS and not ended, owned by `office` (any office without it), in number order."""
        return sorted(number for number in self.registered
                      if number not in self.ended and (office is None or self.owner[number] == office))
