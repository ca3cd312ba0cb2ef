"""What `audit verify` says: an intact chain and the copies it was checked against, or the first broken link and
what is wrong with it, in both languages."""

from __future__ import annotations

REPORT_TEXTS: dict[str, dict[str, str]] = {
    "broken": {"id": "Jejak audit rusak pada peristiwa no. {seq} ({action}, oleh {actor}, {time}): {what}.",
               "en": "Audit trail broken at event no. {seq} ({action}, by {actor}, {time}): {what}."},
    "broken_empty": {"id": "Jejak audit rusak: {what}.", "en": "Audit trail broken: {what}."},
    "broken_office": {"id": "Jejak audit kantor {office} rusak pada peristiwa no. {seq} ({action}, oleh {actor}, "
                      "{time}): {what}.",
                      "en": "The audit trail of office {office} is broken at event no. {seq} ({action}, by {actor}, "
                      "{time}): {what}."},
    "intact": {"id": "Jejak audit utuh: {events} peristiwa (no. 1–{head}), hash terakhir {hash}; dicocokkan dengan "
               "{anchors}.{gaps}",
               "en": "Audit trail intact: {events} events (no. 1–{head}), last hash {hash}; checked against "
               "{anchors}.{gaps}"},
    "intact_office": {"id": "Jejak audit kantor {office} yang diterima hub utuh: {events} peristiwa (no. 1–{head}), "
                      "hash terakhir {hash}.{gaps}",
                      "en": "The audit trail of office {office} received at the hub is intact: {events} events "
                      "(no. 1–{head}), last hash {hash}.{gaps}"},
    "none_office": {"id": "Hub belum menerima peristiwa audit dari kantor {office}.",
                    "en": "The hub has not received any audit event from office {office} yet."},
    "no_anchor": {"id": "tidak ada salinan di luar basis data (belum ada login atau sinkronisasi yang tercatat)",
                  "en": "no copy outside the database (no login or sync recorded yet)"},
    "and": {"id": " dan ", "en": " and "},
    "gap": {"id": " Celah yang dinyatakan saat pemulihan dari cadangan: peristiwa no. {range} ({time}).",
            "en": " Gap declared at a restore from a backup: events no. {range} ({time})."},
}

ANCHOR_LABELS: dict[str, dict[str, str]] = {
    "login": {"id": "jangkar login (audit-anchor.json)", "en": "the login anchor (audit-anchor.json)"},
    "sync": {"id": "catatan sinkronisasi (sync-state.json)", "en": "the sync record (sync-state.json)"},
}

ANCHOR_CHECKED: dict[str, dict[str, str]] = {
    "anchor": {"id": "{label}: peristiwa no. {seq} ({time})", "en": "{label}: event no. {seq} ({time})"},
}

BREAK_REASONS: dict[str, dict[str, str]] = {
    "edited": {"id": "isinya diubah setelah dicatat (hash tidak cocok)",
               "en": "its content was changed after it was recorded (hash mismatch)"},
    "missing": {"id": "peristiwa no. {range} sebelumnya hilang (dihapus)",
                "en": "events no. {range} before it are missing (deleted)"},
    "missing_received": {"id": "peristiwa no. {range} sebelumnya tidak ada di hub (belum diterima, atau dihapus di "
                         "kantor sebelum dikirim)",
                         "en": "events no. {range} before it are not at the hub (not received yet, or deleted at "
                         "the office before they were sent)"},
    "link": {"id": "tidak menyambung ke peristiwa no. {previous}: peristiwa itu diubah atau diganti, atau ada "
             "peristiwa yang dihapus di antaranya",
             "en": "it does not link to event no. {previous}: that event was changed or replaced, or an event "
             "between them was removed"},
    "reordered": {"id": "urutannya ditukar: peristiwa ini menyambung ke peristiwa yang kini bernomor {follows}",
                  "en": "the order was changed: this event links to the event now numbered {follows}"},
    "sequence": {"id": "nomornya berulang atau mundur (seharusnya no. {expected})",
                 "en": "its number repeats or goes back (expected no. {expected})"},
    "truncated": {"id": "rantai berakhir di sini, padahal {anchor} mencatat peristiwa no. {anchor_seq} "
                  "({anchor_time}): peristiwa no. {range} telah dihapus",
                  "en": "the chain ends here, but {anchor} recorded event no. {anchor_seq} ({anchor_time}): events "
                  "no. {range} were deleted"},
    "rewritten": {"id": "berbeda dari salinan di {anchor} ({anchor_time}): rantai ditulis ulang",
                  "en": "it differs from the copy in {anchor} ({anchor_time}): the chain was rewritten"},
    "fork": {"id": "berbeda dari peristiwa no. {seq} yang sudah diterima hub (paket {bundle}): jejak kantor diubah "
             "setelah dikirim",
             "en": "it differs from event no. {seq} the hub already received (bundle {bundle}): the office's trail "
             "was changed after it was sent"},
}
