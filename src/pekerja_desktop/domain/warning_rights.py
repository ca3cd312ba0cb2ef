"""Who may confirm which warning. A supervisor confirms any; a petugas only those the setting
`petugas_confirmable_warnings` lists — by default the ones that do not change who is covered (a missing heir can
be added later). Other features add their warning codes to `WARNING_CODES` and may list them in the default."""

from __future__ import annotations

from collections.abc import Iterable

from pekerja_desktop.domain.i18n import render

PETUGAS_CONFIRMABLE_SETTING = "petugas_confirmable_warnings"

# Every warning a record can carry, in the order a settings screen lists them.
WARNING_CODES: tuple[str, ...] = (
    "heir.missing",
    "nik.birth_date_mismatch",
    "nik.sex_mismatch",
    "nik.outside_maluku",
    "nik.region_unknown",
    "age.too_old",
    "covered.elsewhere",  # #12: the NIK stands on one of the hub's lists of people already covered
    "duplicate.likely",  # #12: likely the same person as another record (the desk's duplicate check)
)
WARNING_NAMES: dict[str, dict[str, str]] = {
    "heir.missing": {"id": "belum ada ahli waris", "en": "no heir recorded"},
    "nik.birth_date_mismatch": {"id": "tanggal lahir berbeda dengan NIK", "en": "date of birth differs from the NIK"},
    "nik.sex_mismatch": {"id": "jenis kelamin berbeda dengan NIK", "en": "sex differs from the NIK"},
    "nik.outside_maluku": {"id": "NIK terbit di luar Maluku", "en": "NIK issued outside Maluku"},
    "nik.region_unknown": {"id": "wilayah NIK tidak ada di daftar wilayah", "en": "NIK region not in the region list"},
    "age.too_old": {"id": "usia di atas batas", "en": "age above the limit"},
    "covered.elsewhere": {"id": "sudah terlindungi di tempat lain", "en": "already covered elsewhere"},
    "duplicate.likely": {"id": "mungkin orang yang sama dengan data lain", "en": "likely the same person as another "
                                                                                  "record"},
}
# Confirming these does not change who is covered: a petugas may, unless the setting says otherwise.
PETUGAS_CONFIRMABLE_DEFAULT: frozenset[str] = frozenset({"heir.missing"})


def petugas_confirmable(setting_value: object) -> frozenset[str]:
    """The setting's stored list as a set of known codes (the default when it was never set)."""
    if not isinstance(setting_value, list):
        return PETUGAS_CONFIRMABLE_DEFAULT
    return frozenset(code for code in setting_value if code in WARNING_CODES)


def warning_name(code: str, language: str | None = None) -> str:
    return render(WARNING_NAMES, code, {}, language) if code in WARNING_NAMES else code


def unknown_codes(codes: Iterable[str]) -> list[str]:
    return sorted(set(codes) - set(WARNING_CODES))


def needing_supervisor(new_codes: Iterable[str], allowed_for_petugas: frozenset[str]) -> list[str]:
    """The newly confirmed codes a petugas may not confirm, sorted."""
    return sorted(set(new_codes) - allowed_for_petugas)
