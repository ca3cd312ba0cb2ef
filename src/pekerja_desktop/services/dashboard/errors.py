"""Errors of editing the enrolment targets, with their messages."""

from __future__ import annotations

from pekerja_desktop.errors import PekerjaError

TARGET_MESSAGES = {
    "targets.unknown_region": {
        "id": "Kode {code} bukan kabupaten/kota di Maluku; target tidak disimpan.",
        "en": "Code {code} is not a regency or city of Maluku; the targets were not saved.",
    },
    "targets.bad_value": {
        "id": "Target {code} harus bilangan bulat 0 … 1.000.000 (tertulis: {value}); target tidak disimpan.",
        "en": "The target for {code} must be a whole number 0 … 1,000,000 (given: {value}); "
              "the targets were not saved.",
    },
}


class TargetError(PekerjaError):
    catalogue = TARGET_MESSAGES
