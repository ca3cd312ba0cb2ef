"""Recognising the header of a village list: Indonesian or English names, any case, spacing or punctuation,
a group header merged over sub-headers, and the row of column numbers government tables put below it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pekerja_desktop.domain.text import fold_for_search

HEADER_SCAN_ROWS = 30
REQUIRED_KEYS = ("nik", "full_name")

COLUMN_LABELS: dict[str, tuple[str, str]] = {
    "nik": ("NIK", "NIK"),
    "full_name": ("Nama", "Name"),
}

# Normalised header (folded, letters and digits only) -> canonical key.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "nik": ("nik", "niktp", "nikktp", "noktp", "nomorktp", "nonik", "nomornik", "nomorindukkependudukan",
            "noindukkependudukan", "nationalid", "idnumber", "nationalidnumber"),
    "full_name": ("nama", "namalengkap", "namapeserta", "namapekerja", "namasesuaiktp", "namalengkapsesuaiktp",
                  "name", "fullname"),
    "birth_place": ("tempatlahir", "tmplahir", "tmptlahir", "tempatlhr", "tmplhr", "placeofbirth", "birthplace"),
    "birth_date": ("tanggallahir", "tgllahir", "tgllhr", "tanggallhr", "tgllahirddmmyyyy", "dateofbirth",
                   "birthdate", "dob"),
    "birth_place_date": ("tempattanggallahir", "tempattgllahir", "ttl", "tempattgllhr", "tmptgllahir",
                         "tmptgllhr", "tmpttgllahir", "placeanddateofbirth", "placedateofbirth"),
    "sex": ("jeniskelamin", "jk", "lp", "kelamin", "jeniskel", "sex", "gender", "sexid", "jeniskelaminid"),
    "address": ("alamat", "alamatlengkap", "alamatrumah", "alamattinggal", "address"),
    "rt_rw": ("rtrw",),
    "rt": ("rt",),
    "rw": ("rw",),
    "village": ("desa", "kelurahan", "desakelurahan", "desakel", "kelurahandesa", "keldesa", "negeri",
                "desanegeri", "namadesa", "kodedesa", "village", "villagecode", "ohoi", "desakelurahannegeri",
                "negeridesa", "desaohoi"),
    "district": ("kecamatan", "kec", "namakecamatan", "district", "subdistrict"),
    "regency": ("kabupatenkota", "kabkota", "kabupaten", "kota", "kab", "regency", "city", "regencycity"),
    "occupation": ("pekerjaan", "jenispekerjaan", "kodepekerjaan", "profesi", "occupation", "job", "pekerjaanid",
                   "pekerjaanktp", "pekerjaansesuaiktp"),
    "phone": ("nohp", "nomorhp", "hp", "telepon", "telp", "notelp", "notelepon", "nohptelp", "nohptelepon",
              "nomortelepon", "nowa", "nomorwa", "nohpwa", "kontak", "phone", "phonenumber", "mobile"),
    "mother_name": ("namaibukandung", "ibukandung", "namaibu", "mothername", "mothersname",
                    "mothersmaidenname"),
    "heir_name": ("ahliwaris", "namaahliwaris", "ahliwarisnama", "heir", "heirname", "nameofheir"),
    "heir_relationship": ("hubunganahliwaris", "ahliwarishubungan", "hubungan", "hubungankeluarga",
                          "hubahliwaris", "hubungandenganpeserta", "heirrelationship", "relationship"),
    # village lists as desa offices keep them (OpenSID's population export among them)
    "kk_number": ("nokk", "nomorkk", "kk", "nkk", "nokartukeluarga", "nomorkartukeluarga", "familycard",
                  "familycardnumber"),
    "dusun": ("dusun", "namadusun", "dusunlingkungan", "lingkungan", "hamlet"),
    "status": ("statusdasar", "status", "statushidup", "statuspenduduk", "keadaan", "lifestatus"),
    # read only to be left out: religion and marital status are not needed (UU 27/2022, data minimisation)
    "religion": ("agama", "agamaid", "religion"),
    "marital_status": ("statuskawin", "statusperkawinan", "statuskawinid", "kawin", "perkawinan",
                       "maritalstatus"),
}
NOT_STORED = frozenset({"religion", "marital_status"})
_ALIAS_TO_KEY = {alias: key for key, aliases in HEADER_ALIASES.items() for alias in aliases}
# Sub-headers under a merged group header, e.g. "Tempat/Tgl Lahir" over "Tempat" and "Tanggal".
_SUB_HEADERS: dict[str, dict[str, str]] = {
    "birth_place_date": {"tempat": "birth_place", "tmp": "birth_place", "tanggal": "birth_date", "tgl": "birth_date",
                         "place": "birth_place", "date": "birth_date"},
    "heir_name": {"nama": "heir_name", "name": "heir_name", "hubungan": "heir_relationship",
                  "relationship": "heir_relationship"},
    "address": {"rt": "rt", "rw": "rw", "rtrw": "rt_rw", "jalan": "address", "dusun": "dusun",
                "jalandusun": "address", "desa": "village", "kelurahan": "village", "desakelurahan": "village",
                "kecamatan": "district", "kabupatenkota": "regency"},
}
IGNORED_HEADERS = frozenset({"no", "nourut", "nomor", "nomorurut", "number"})


def header_key(text: object) -> str | None:
    """The canonical key of a header as written, or None."""
    normal = _normal(text)
    key = _ALIAS_TO_KEY.get(normal)
    if key is None and "(" in str(text):
        key = _ALIAS_TO_KEY.get(_normal(re.sub(r"\(.*?\)", " ", str(text))))
    return key


def _normal(text: object) -> str:
    return re.sub(r"[^a-z0-9]", "", fold_for_search(str(text))) if text is not None else ""


def plain_text(value: object) -> str:
    return "" if value is None else str(value).strip()


@dataclass(frozen=True)
class HeaderMatch:
    index: int  # of the (first) header row
    keys: list[str | None]  # canonical key per column
    height: int  # 1, or 2 for a group header over sub-headers

# --- header detection ------------------------------------------------------------------------------

def _single_keys(row: Sequence[object]) -> list[str | None]:
    return [header_key(cell) for cell in row]


def _combined_keys(top: Sequence[object], sub: Sequence[object]) -> list[str | None]:
    """Keys for a two-row header: a group header (merged, so only in its first cell) over sub-headers."""
    keys: list[str | None] = []
    group: object = None
    for index in range(max(len(top), len(sub))):
        upper = top[index] if index < len(top) else None
        lower = sub[index] if index < len(sub) else None
        group = upper if plain_text(upper) else group
        keys.append(_sub_key(group, lower) if plain_text(lower) else header_key(upper))
    return keys


def _sub_key(group: object, sub: object) -> str | None:
    group_key = header_key(group) if plain_text(group) else None
    known = _SUB_HEADERS.get(group_key or "", {}).get(_normal(sub))
    if known:
        return known
    for text in (f"{sub} {group}", f"{group} {sub}") if group_key else ():
        if header_key(text):
            return header_key(text)
    return header_key(sub)


def _score(keys: Iterable[str | None]) -> int:
    return len({k for k in keys if k})


def _looks_like_sub_header(row: Sequence[object]) -> bool:
    texts = [plain_text(c) for c in row if plain_text(c)]
    return len(texts) >= 2 and all(isinstance(c, str) for c in row if plain_text(c)) \
        and not any(ch.isdigit() for t in texts for ch in t)


def _header_at(rows: Sequence[Sequence[object]], index: int) -> tuple[list[str | None], int]:
    """Keys of the header starting at `index` and how many rows it takes (1 or 2)."""
    single = _single_keys(rows[index])
    if index + 1 < len(rows) and _looks_like_sub_header(rows[index + 1]):
        combined = _combined_keys(rows[index], rows[index + 1])
        if _score(combined) > _score(single):
            return combined, 2
    return single, 1


def find_header(rows: Sequence[Sequence[object]], minimum: int = 2) -> HeaderMatch | None:
    """The best-scoring header near the top (at least `minimum` known columns), or None."""
    best: tuple[int, HeaderMatch] | None = None
    for index in range(min(HEADER_SCAN_ROWS, len(rows))):
        keys, height = _header_at(rows, index)
        score = _score(keys)
        if score >= minimum and (best is None or score > best[0]):
            best = (score, HeaderMatch(index, keys, height))
    return best[1] if best else None


def header_texts(rows: Sequence[Sequence[object]], index: int, height: int) -> list[str]:
    top = [plain_text(c) for c in rows[index]]
    if height == 1:
        return top
    sub = [plain_text(c) for c in rows[index + 1]]
    texts, group = [], ""
    for i in range(max(len(top), len(sub))):
        upper, lower = (top[i] if i < len(top) else ""), (sub[i] if i < len(sub) else "")
        group = upper or group
        texts.append(f"{group} / {lower}" if lower and group else (lower or upper))
    return texts


def is_column_numbering(row: Sequence[object]) -> bool:
    """The row of column numbers government tables put under the header: 1 2 3 … or (1) (2) (3) …"""
    texts = [plain_text(c).strip("()") for c in row if plain_text(c)]
    if len(texts) < 3 or not all(t.replace(".0", "").isdigit() for t in texts):
        return False
    numbers = [int(float(t)) for t in texts]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 1


@dataclass(frozen=True)
class Columns:
    positions: dict[str, int]  # canonical key -> column index, for the columns read
    read: dict[str, str]  # canonical key -> header as written
    ignored: list[str]  # headers not recognised
    not_stored: list[str]  # headers recognised and left out on purpose (religion, marital status)


def assign_columns(keys: list[str | None], texts: list[str]) -> Columns:
    columns = Columns({}, {}, [], [])
    for i, text in enumerate(texts):
        key = keys[i] if i < len(keys) else None
        if key in NOT_STORED:
            columns.not_stored.append(text)
        elif key and key not in columns.positions:
            columns.positions[key], columns.read[key] = i, text
        elif text and _normal(text) not in IGNORED_HEADERS:
            columns.ignored.append(text)
    return columns
