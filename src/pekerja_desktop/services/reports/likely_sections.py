"""(hub) The duplicates review list's likely pairs — beside the exact-NIK pairs — and the verdicts given on them,
laid out as report sections."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from pekerja_desktop.documents.report_table import Column, Kind, Row, Section, local_date
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.likeness.reasons import reasons_in_words
from pekerja_desktop.services.duplicates.search import LikelyPair
from pekerja_desktop.store.duplicate_models import DuplicateVerdict, PairVerdict

LIKELY_LABELS: dict[str, dict[str, str]] = {
    "likely": {"id": "Kemungkinan ganda", "en": "Likely duplicates"},
    "likely_note": {
        "id": "NIK tidak sama persis, tetapi data lain menunjukkan orang yang sama (skor ≥ {min_score}). Putuskan "
              "dengan resolve-duplicate A B --same (yang terdaftar belakangan diakhiri) atau --different.",
        "en": "Not the same NIK, but the other facts point to one person (score ≥ {min_score}). Decide with "
              "resolve-duplicate A B --same (the later-enrolled one ends) or --different."},
    "no_likely": {"id": "Tidak ada kemungkinan ganda yang belum diputuskan.", "en": "No undecided likely pair."},
    "decided": {"id": "Sudah diputuskan", "en": "Decided"},
    "no_decided": {"id": "Belum ada pasangan yang diputuskan.", "en": "No pair decided yet."},
    "score": {"id": "Skor", "en": "Score"},
    "reasons": {"id": "Alasan", "en": "Reasons"},
    "number_a": {"id": "A (lebih dulu)", "en": "A (earlier)"},
    "number_b": {"id": "B (belakangan)", "en": "B (later)"},
    "name_a": {"id": "Nama A", "en": "Name A"},
    "name_b": {"id": "Nama B", "en": "Name B"},
    "office": {"id": "Kantor", "en": "Office"},
    "verdict": {"id": "Putusan", "en": "Verdict"},
    "by": {"id": "Oleh", "en": "By"},
    "date": {"id": "Tanggal", "en": "Date"},
    "number_1": {"id": "No. pendaftaran (1)", "en": "Registration no. (1)"},
    "number_2": {"id": "No. pendaftaran (2)", "en": "Registration no. (2)"},
    "same": {"id": "Orang yang sama: {ended} diakhiri", "en": "Same person: {ended} ended"},
    "different": {"id": "Dua orang berbeda", "en": "Two different people"},
}


def _label(code: str, **params) -> str:
    return render(LIKELY_LABELS, code, params)


def decided_verdicts(session: Session) -> list[DuplicateVerdict]:
    return list(session.scalars(select(DuplicateVerdict).order_by(col(DuplicateVerdict.decided_at).desc(),
                                                                  col(DuplicateVerdict.id).desc())))


def _likely_row(pair: LikelyPair) -> Row:
    return Row((round(pair.score * 100, 1), pair.name_a, pair.office_a, pair.a, pair.name_b, pair.office_b, pair.b,
                reasons_in_words(pair.reasons)))


def _verdict_text(verdict: DuplicateVerdict) -> str:
    if verdict.verdict == PairVerdict.SAME.value:
        return _label("same", ended=verdict.ended)
    return _label("different")


def likely_sections(pairs: Sequence[LikelyPair], verdicts: Sequence[DuplicateVerdict],
                    min_score: float) -> list[Section]:
    likely_columns = (Column(_label("score"), 16, Kind.PERCENT), Column(_label("name_a"), 36),
                      Column(_label("office"), 15, Kind.CODE), Column(_label("number_a"), 33, Kind.CODE),
                      Column(_label("name_b"), 36), Column(_label("office"), 15, Kind.CODE),
                      Column(_label("number_b"), 33, Kind.CODE), Column(_label("reasons"), 83))
    decided_columns = (Column(_label("number_1"), 36, Kind.CODE), Column(_label("number_2"), 36, Kind.CODE),
                       Column(_label("verdict"), 62), Column(_label("by"), 30), Column(_label("date"), 23, Kind.DATE),
                       Column(_label("reasons"), 80))
    decided_rows = [Row((*sorted((v.registration_a, v.registration_b)), _verdict_text(v), v.decided_by,
                         local_date(v.decided_at), reasons_in_words(v.reasons.split(",") if v.reasons else ())))
                    for v in verdicts]
    return [Section(_label("likely"), _label("likely"), likely_columns, [_likely_row(p) for p in pairs],
                    _label("no_likely"), _label("likely_note", min_score=min_score)),
            Section(_label("decided"), _label("decided"), decided_columns, decided_rows, _label("no_decided"))]
