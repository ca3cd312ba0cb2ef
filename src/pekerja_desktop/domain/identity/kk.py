"""The KK number (Nomor Kartu Keluarga): 16 digits whose region prefix is written like a NIK's (province, kabupaten/
kota, kecamatan). It links the members of one household; it is checked, never required."""

from __future__ import annotations

from pekerja_desktop.domain.findings import Finding, error
from pekerja_desktop.domain.identity.nik import NIK_LENGTH, PROVINCE_CODES, clean_nik

KK_FIELD = "kk_number"


def clean_kk(raw: str | None) -> str:
    """Spaces, dots and dashes removed, as for a NIK."""
    return clean_nik(raw)


def kk_findings(raw: str | None) -> list[Finding]:
    """Errors of a KK number as written (none for an empty one): 16 digits and a region prefix like a NIK's."""
    kk = clean_kk(raw)
    if not kk:
        return []
    if not kk.isascii() or not kk.isdigit():
        return [error("kk.not_digits", KK_FIELD)]
    if len(kk) != NIK_LENGTH:
        return [error("kk.not_16_digits", KK_FIELD, length=len(kk))]
    if kk[0:2] not in PROVINCE_CODES:
        return [error("kk.province_unknown", KK_FIELD, province=kk[0:2])]
    if kk[2:4] == "00" or kk[4:6] == "00":
        return [error("kk.region_zero", KK_FIELD, prefix=kk[0:6])]
    return []
