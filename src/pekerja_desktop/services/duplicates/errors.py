"""Errors of the likely-duplicates search and its verdicts, with their messages."""

from __future__ import annotations

from pekerja_desktop.domain.i18n import render
from pekerja_desktop.errors import PekerjaError

VERDICT_WORDS: dict[str, dict[str, str]] = {
    "same": {"id": "orang yang sama", "en": "the same person"},
    "different": {"id": "dua orang berbeda", "en": "two different people"},
}

DUPLICATES_MESSAGES: dict[str, dict[str, str]] = {
    "duplicates.min_score": {
        "id": "Skor minimum '{value}' tidak sah: isi angka dari 0 sampai 1 (mis. 0,5).",
        "en": "Minimum score '{value}' is not valid: give a number from 0 to 1 (e.g. 0.5).",
    },
    "duplicates.same_record": {
        "id": "{registration_number} disebut dua kali: sebutkan dua rekaman yang berbeda.",
        "en": "{registration_number} is named twice: name two different records.",
    },
    "duplicates.not_active": {
        "id": "{registration_number} tidak aktif (status {status}): hanya pasangan peserta aktif yang diputuskan.",
        "en": "{registration_number} is not active (status {status}): only pairs of active participants are decided.",
    },
    "duplicates.already_decided": {
        "id": "Pasangan {a} dan {b} sudah diputuskan ({verdict}) oleh {by} pada {date}.",
        "en": "The pair {a} and {b} was already decided ({verdict}) by {by} on {date}.",
    },
    "duplicates.keep_outside": {
        "id": "--keep {keep}: harus salah satu dari pasangan ({a} atau {b}).",
        "en": "--keep {keep}: must be one of the pair ({a} or {b}).",
    },
    "duplicates.keep_with_different": {
        "id": "--keep hanya berlaku dengan --same.",
        "en": "--keep applies only with --same.",
    },
}


class DuplicatesError(PekerjaError):
    catalogue = DUPLICATES_MESSAGES


def verdict_words(verdict: str, language: str | None = None) -> str:
    return render(VERDICT_WORDS, verdict, language=language)
