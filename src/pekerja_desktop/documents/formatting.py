"""How amounts, counts and shares are written in every document, message and screen, in the language given (the
language of the messages by default): Rupiah and counts grouped by thousands with the language's separator —
Rp16.800 and 200.000 in Indonesian, Rp16,800 and 200,000 in English — and shares with its decimal mark, 12,5 %
or 12.5 %. Dates are written by `domain.dates` (dd/MM/yyyy in both languages)."""

from __future__ import annotations

from pekerja_desktop.domain.i18n import current_language

NO_SHARE = "–"  # a share of nothing (no target set)


def _separators(language: str | None) -> tuple[str, str]:
    """(thousands, decimal) of the language."""
    return (".", ",") if (language or current_language()) == "id" else (",", ".")


def number_text(value: int, language: str | None = None) -> str:
    """35.000 (Indonesian) or 35,000 (English)."""
    thousands, _ = _separators(language)
    return f"{value:,}".replace(",", thousands)


def decimal_text(value: float, decimals: int = 1, language: str | None = None) -> str:
    """41,2 or 1.234,5 (Indonesian), 41.2 or 1,234.5 (English): grouped, with the language's decimal mark."""
    thousands, decimal = _separators(language)
    return f"{value:,.{decimals}f}".translate(str.maketrans(",.", thousands + decimal))


def rupiah(amount: int | None, language: str | None = None) -> str:
    """Rp16.800 (Indonesian) or Rp16,800 (English), no decimals, -Rp500 below zero; "" for no amount."""
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{number_text(abs(amount), language)}"


def percent_text(value: float | None, language: str | None = None) -> str:
    """12,5 % (Indonesian) or 12.5 % (English), one decimal; a dash when there is nothing to compare with."""
    if value is None:
        return NO_SHARE
    return decimal_text(value, 1, language) + " %"
