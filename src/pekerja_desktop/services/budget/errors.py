"""Errors of the budget year, with their messages."""

from __future__ import annotations

from pekerja_desktop.errors import PekerjaError

BUDGET_MESSAGES: dict[str, dict[str, str]] = {
    "budget.bad_year": {
        "id": "Tahun anggaran '{value}' tidak valid: tulis empat angka, mis. 2027.",
        "en": "Invalid budget year '{value}': write four digits, e.g. 2027.",
    },
    "budget.bad_amount": {
        "id": "Pagu '{value}' tidak valid: tulis rupiah tanpa desimal, mis. 7056000000 atau 7.056.000.000.",
        "en": "Invalid ceiling '{value}': write whole rupiah, e.g. 7056000000 or 7.056.000.000.",
    },
    "budget.unknown_source": {
        "id": "Sumber dana '{value}' tidak dikenal. Yang ada: {known}.",
        "en": "Unknown funding source '{value}'. Known: {known}.",
    },
    "budget.bad_tranche": {
        "id": "Tahap anggaran '{value}' tidak valid: murni atau perubahan.",
        "en": "Invalid budget tranche '{value}': murni or perubahan.",
    },
}


class BudgetError(PekerjaError):
    catalogue = BUDGET_MESSAGES
