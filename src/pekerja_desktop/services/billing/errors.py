"""Errors of closed bills, their reconciliation with BPJS's invoice, and the budget year, with their messages."""

from __future__ import annotations

from pekerja_desktop.errors import PekerjaError

BILLING_MESSAGES: dict[str, dict[str, str]] = {
    "close.already": {
        "id": "Tagihan {month} sudah ditutup pada {date} oleh {by}; tagihan yang ditutup tidak dapat diubah.",
        "en": "The bill of {month} was already closed on {date} by {by}; a closed bill cannot be changed.",
    },
    "close.before_last": {
        "id": "Tagihan {month} tidak dapat ditutup: bulan itu sebelum {last}, bulan terakhir yang sudah ditutup.",
        "en": "The bill of {month} cannot be closed: that month comes before {last}, the last month closed.",
    },
    "close.gap": {
        "id": "Tutup dahulu tagihan {next}: bulan ditutup berurutan (terakhir ditutup: {last}).",
        "en": "Close the bill of {next} first: months are closed in order (last closed: {last}).",
    },
    "close.no_rate": {
        "id": "Tidak ada tarif iuran {programme} yang berlaku pada {month}; tagihan tidak ditutup.",
        "en": "No {programme} contribution rate is valid in {month}; the bill was not closed.",
    },
    "closed.not_closed": {
        "id": "Tagihan {month} belum ditutup. Tutup dahulu: pekerja-desktop report billing --month {key} --close "
              "--out BERKAS",
        "en": "The bill of {month} is not closed yet. Close it first: pekerja-desktop report billing --month {key} "
              "--close --out FILE",
    },
    "sealed.damaged": {
        "id": "Salinan tersegel tagihan {month} ({path}) rusak atau bukan milik kantor ini: pemulihan dibatalkan agar "
              "tagihan yang sudah ditutup tidak hilang. Bila tagihan itu memang harus dilepas, pindahkan berkas itu "
              "lalu ulangi.",
        "en": "The sealed copy of the bill of {month} ({path}) is damaged or not this office's: the restore was "
              "cancelled so that no closed bill is lost. If that bill must really be let go, move the file away "
              "and try again.",
    },
    "reconcile.missing_columns": {
        "id": "Berkas {path} tidak dapat dicocokkan: 10 baris pertamanya tidak memuat judul kolom NIK atau KPJ "
              "bersama kolom jumlah iuran (mis. Iuran, Jumlah, Tagihan).",
        "en": "The file {path} cannot be reconciled: its first 10 rows hold no NIK or KPJ column header together "
              "with an amount column (e.g. Iuran, Jumlah, Tagihan).",
    },
    "reconcile.empty": {
        "id": "Berkas {path} tidak berisi satu baris data pun di bawah judul kolomnya.",
        "en": "The file {path} holds no data row under its column headers.",
    },
    "reconcile.unreadable": {
        "id": "Berkas {path} tidak dapat dibaca: {reason}",
        "en": "The file {path} cannot be read: {reason}",
    },
}


class BillingError(PekerjaError):
    catalogue = BILLING_MESSAGES
