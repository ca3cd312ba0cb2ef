"""What travels in a month: data bundles from every office to the hub and the acks back (`export`, `import`), the
upload file to BPJS and its KPJ return (`bpjs-export`, `kpj-import`), and the cards each office prints
(`cards`)."""

from __future__ import annotations

import csv
import datetime as dt

from pekerja_desktop.services.cards.queue import card_queue
from pekerja_desktop.services.cards.render import render_cards
from pekerja_desktop.services.hub.bpjs_export import export_bpjs
from pekerja_desktop.services.hub.kpj_import import import_kpj
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle

from .ledger import Ledger
from .world import Site, World

FIRST_KPJ = 40_000_000_000  # BPJS's numbers in this simulation: 11 digits, counted up
LATE_EVERY = 50  # one upload row in LATE_EVERY gets its KPJ in the next month's return, after this month closed


def exchange(world: World) -> int:
    """Every office sends what changed; the hub imports it; the office imports the ack. Records sent."""
    sent = 0
    for site in world.offices:
        for bundle in export_bundles(site.ctx, world.usb):
            result = import_bundle(world.hub.ctx, bundle.path)
            sent += sum(result.counts.get(key, 0) for key in ("new", "newer"))
            import_bundle(site.ctx, result.ack_path)
    return sent


def bpjs_round(world: World, month: dt.date, ledger: Ledger) -> int:
    """The hub uploads its new participants; BPJS answers with a KPJ number for most of them, and for those it
    held back the month before (their month is closed by then: the next close carries their arrears). Numbers
    assigned."""
    stem = f"{month:%Y-%m}"
    upload = export_bpjs(world.hub.ctx, world.bpjs / f"unggah-{stem}.csv")
    uploaded = _upload_niks(upload.path) if upload.path is not None else []
    niks = ledger.late_niks + [nik for index, nik in enumerate(uploaded) if index % LATE_EVERY != LATE_EVERY - 1]
    ledger.late_niks = [nik for index, nik in enumerate(uploaded) if index % LATE_EVERY == LATE_EVERY - 1]
    if not niks:
        return 0
    answer = world.bpjs / f"balasan-{stem}.csv"
    first = FIRST_KPJ + len(ledger.registered)
    with answer.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("NIK", "KPJ", "Status", "Keterangan"))
        writer.writerows((nik, f"{first + index:011d}", "Terdaftar", "") for index, nik in enumerate(niks))
    result = import_kpj(world.hub.ctx, answer)
    for nik in niks:
        ledger.registered.add(ledger.number_of_nik[nik])
        ledger.registered_in[ledger.number_of_nik[nik]] = month
    return int(result.counts.get("assigned", 0))


def _upload_niks(path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=_delimiter(path)))
    return ["".join(ch for ch in row["NIK"] if ch.isdigit()) for row in rows]


def _delimiter(path) -> str:
    first = path.read_text(encoding="utf-8-sig").split("\n", 1)[0]
    return ";" if first.count(";") > first.count(",") else ","


def print_cards(site: Site, month: dt.date, world: World) -> int:
    """The office prints every card its queue holds (new participants, numbers that arrived). Cards printed."""
    with site.ctx.db.session() as session:
        queue = card_queue(session)
    if not queue:
        return 0
    result = render_cards(site.ctx, queue, world.folder("kartu") / f"{site.code}-{month:%Y-%m}.pdf", "sheet")
    return result.cards
