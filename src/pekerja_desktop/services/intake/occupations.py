"""What a list's occupation cell means: a programme occupation (code or name, as clerks write them) or one of
Dukcapil's 89 occupations (by code, as OpenSID exports it, or by name, as the KTP writes it) mapped onto the
programme's list by the hub's mapping. Built once per file from the reference data; no database access per row.

Order: a Dukcapil code, a Dukcapil name in full, a programme code/name/variant, one half of a Dukcapil name with a
slash. The clerk's choices (for the file, then the office's aliases) settle what none of these recognise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pekerja_desktop.domain.findings import Finding
from pekerja_desktop.services.intake.cells import term
from pekerja_desktop.services.intake.messages import intake_error, intake_warning

OCCUPATION_SYNONYMS = {"tani": "PTN", "ojek": "OJK", "ojek motor": "OJK", "supir angkot": "SPA", "umkm": "UMK",
                       "lain lain": "LNN", "nelayan tradisional": "NLY", "buruh harian": "BHL", "art": "PRT"}
MAP, CONFIRM, ASK = "map", "confirm", "ask"
RULES = (MAP, CONFIRM, ASK)


@dataclass(frozen=True)
class Dukcapil:
    code: int
    name: str
    rule: str
    programme_code: str | None


@dataclass(frozen=True)
class OccupationReading:
    code: str  # the programme occupation, "" when none could be given
    ktp: int | None  # the Dukcapil occupation the cell names, if any
    finding: Finding | None
    unresolved: bool = False  # a value for the clerk to settle (kind "occupation")


def name_variants(name: str) -> set[str]:
    """'Penyadap nira/aren' -> {'penyadap nira aren', 'penyadap nira', 'aren', 'penyadap aren'};
    'Pekebun (cengkih, pala)' -> also 'pekebun'."""
    variants = {term(name)}
    base = re.sub(r"\(.*?\)", " ", name)
    variants.add(term(base))
    parts = [term(p) for p in base.split("/") if term(p)]
    if len(parts) > 1:
        variants.update(parts)
        prefix = parts[0].split()[:-1]
        variants.update(" ".join([*prefix, p]) for p in parts[1:] if prefix and len(p.split()) == 1)
    return {v for v in variants if v}


def alias_map(rows: list[tuple[str, str, str]], synonyms: dict[str, str]) -> dict[str, str]:
    """Folded name or code -> code, from (code, name_id, name_en) rows; synonyms only for codes that exist."""
    codes = {code for code, _, _ in rows}
    found = {term(s): c for s, c in synonyms.items() if c in codes}
    for code, name_id, name_en in rows:
        for name in (name_en, name_id):
            found.update(dict.fromkeys(name_variants(name), code))
        found[term(code)] = code
    return found


def dukcapil_code(text: str) -> int | None:
    """'9', '09', '9.0' (a number cell) -> 9 when it is one of the 89 codes."""
    match = re.fullmatch(r"0*(\d{1,2})(?:[.,]0+)?", text.strip())
    if match and 1 <= int(match.group(1)) <= 89:
        return int(match.group(1))
    return None


class OccupationResolver:
    def __init__(self, programme: list[tuple[str, str, str]], dukcapil: list[Dukcapil],
                 choices: dict[str, str] | None = None):
        self.programme = alias_map(programme, OCCUPATION_SYNONYMS)
        self.codes = {code for code, _, _ in programme}
        self.dukcapil = {d.code: d for d in dukcapil}
        self.full_names = {term(d.name): d for d in dukcapil}
        self.halves = {half: d for d in dukcapil for half in name_variants(d.name) if half not in self.full_names}
        self.choices = choices or {}  # folded text -> programme code: the file's choices over the office's aliases

    def read(self, text: str) -> OccupationReading:
        if not text:
            return OccupationReading("", None, None)
        key = term(text)
        number = dukcapil_code(text)
        dukcapil = self.dukcapil.get(number) if number is not None else self.full_names.get(key)
        if dukcapil is not None:
            return self._dukcapil(dukcapil)
        if key in self.programme:
            return OccupationReading(self.programme[key], None, None)
        half = self.halves.get(key)
        if half is not None:
            return self._dukcapil(half)
        chosen = self.choices.get(key)
        if chosen in self.codes:
            return OccupationReading(chosen, None, None)
        return OccupationReading("", None, intake_error("intake.occupation_unresolved", "occupation", text=text),
                                 unresolved=True)

    def _dukcapil(self, entry: Dukcapil) -> OccupationReading:
        shown = f"{entry.name} ({entry.code})"
        if entry.rule == CONFIRM:  # the domain's occupation.ktp_confirm warning comes with the KTP occupation
            return OccupationReading("", entry.code, None)
        if entry.rule == ASK:
            return OccupationReading("", entry.code, intake_warning("intake.occupation_ask", "occupation", ktp=shown))
        if entry.programme_code in self.codes:
            return OccupationReading(entry.programme_code or "", entry.code, None)
        return OccupationReading("", entry.code, intake_warning("intake.occupation_unmapped", "occupation",
                                                                ktp=shown, code=entry.programme_code or "-"))
