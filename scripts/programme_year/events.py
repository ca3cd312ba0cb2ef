"""What happens to participants during the year: exits recorded at the office that owns the record (`end`:
died, moved out of Maluku, became a wage earner, withdrew; a few recorded late, back-dated two months into a month
already closed and billed, which the next close refunds), moves within Maluku decided at the hub
(`transfer … --to`), and the year-end renewal each office runs on paper and brings back as a file (`renewal`,
`renewal-import`)."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import random

from pekerja_desktop.services.lifecycle.end import end_participation
from pekerja_desktop.services.lifecycle.renewal_file import HEADERS, import_renewal_file, write_renewal_list
from pekerja_desktop.services.lifecycle.transfer import transfer_participant

from .ledger import Ledger
from .world import World

END_SHARE = 0.008  # of those in the programme, each month
BACKDATED_SHARE = 0.001  # ends recorded two months late (at least one per office, from the third month)
TRANSFER_SHARE = 0.003
RENEWAL_END_SHARE = 0.03  # not renewed for next year (moved away, now a wage earner …)
REASONS = (("died", 0.35), ("moved", 0.25), ("wage-earner", 0.2), ("withdrew", 0.2))
YES, NO = "ya", "tidak"


def _pick(rng: random.Random, numbers: list[str], share: float) -> list[str]:
    count = min(len(numbers), round(len(numbers) * share))
    return rng.sample(numbers, count)


def end_some(world: World, month: dt.date, ledger: Ledger, rng: random.Random) -> int:
    """Some of each office's participants leave during `month`, their last covered day in it."""
    ended = 0
    for site in world.offices:
        for number in _pick(rng, ledger.in_programme(site.code), END_SHARE):
            reason = rng.choices([r for r, _ in REASONS], [w for _, w in REASONS])[0]
            day = month.replace(day=rng.randint(1, calendar.monthrange(month.year, month.month)[1]))
            end_participation(site.ctx, number, reason, day, "simulasi")
            ledger.ended[number] = (day, reason)
            ended += 1
    return ended + _end_back_dated(world, month, ledger, rng)


def _two_months_before(month: dt.date) -> dt.date:
    return dt.date(month.year - (month.month <= 2), (month.month - 3) % 12 + 1, 1)


def _end_back_dated(world: World, month: dt.date, ledger: Ledger, rng: random.Random) -> int:
    """Deaths the office learns of two months late: the last covered day lies before the month just closed, which
    billed them; the participant had its KPJ by then."""
    if month.month <= 2:
        return 0
    earlier = _two_months_before(month)
    ended = 0
    for site in world.offices:
        candidates = [number for number in ledger.in_programme(site.code) if ledger.registered_in[number] <= earlier]
        for number in rng.sample(candidates, min(len(candidates), max(1, round(len(candidates) * BACKDATED_SHARE)))):
            day = earlier.replace(day=rng.randint(1, calendar.monthrange(earlier.year, earlier.month)[1]))
            end_participation(site.ctx, number, "died", day, "simulasi: dilaporkan terlambat")
            ledger.ended[number] = (day, "died")
            ended += 1
    return ended


def transfer_some(world: World, ledger: Ledger, rng: random.Random) -> int:
    """The hub moves some participants to another office of the province (same number, same coverage)."""
    codes = [site.code for site in world.offices]
    if len(codes) < 2:
        return 0
    moved = 0
    for number in _pick(rng, ledger.in_programme(), TRANSFER_SHARE):
        source = ledger.owner[number]
        target = rng.choice([code for code in codes if code != source])
        transfer_participant(world.hub.ctx, number, target, "pindah domisili")
        ledger.owner[number] = target
        ledger.transfers.append((number, source, target))
        moved += 1
    return moved


def renew(world: World, year: int, ledger: Ledger, rng: random.Random) -> int:
    """Each office writes next year's re-verification list, the desa fills it in, the office imports it: most
    continue, a few stop (coverage ends on this year's last day)."""
    ended = 0
    for site in world.offices:
        path = world.folder("renewal") / f"{site.code}-{year + 1}.csv"
        write_renewal_list(site.ctx, year + 1, path)
        stopping = set(_pick(rng, ledger.in_programme(site.code), RENEWAL_END_SHARE))
        _answer(path, stopping)
        result = import_renewal_file(site.ctx, path, year + 1)
        for number in result.ended_numbers:
            ledger.ended[number] = (dt.date(year, 12, 31), "moved")
        ended += result.ended
    return ended


def _answer(path, stopping: set[str]) -> None:
    """Fill the list's yes/no columns as the desa would: those stopping no longer live there."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    number_header = HEADERS["registration_number"]["id"]
    header = next(i for i, line in enumerate(lines) if number_header in line)
    delimiter = ";" if lines[header].count(";") > lines[header].count(",") else ","
    rows = list(csv.reader(lines, delimiter=delimiter))
    at = {key: rows[header].index(HEADERS[key]["id"]) for key in ("registration_number", "living", "informal",
                                                                   "reason")}
    for row in rows[header + 1:]:
        if len(row) <= max(at.values()) or not row[at["registration_number"]]:
            continue
        leaving = row[at["registration_number"]] in stopping
        row[at["living"]], row[at["informal"]] = (NO, YES) if leaving else (YES, YES)
        row[at["reason"]] = "moved" if leaving else ""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
