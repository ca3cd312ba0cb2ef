"""What the heirs' claim checklist prints, kept in the `setting` table (JSON values) — facts to confirm with BPJS
([U] in domain.md), so settings, never code:

- `jkm_benefits`: the JKM amounts (PP 82/2019: lump sum Rp20 jt, periodic 24 × Rp500.000, funeral Rp10 jt; the
  scholarship up to Rp174 jt for 2 children) and `scholarship_min_years` (3) — provincial policy: the hub's values
  reach the offices in reference bundles;
- `claim_documents`: the documents the heirs bring (the packaged list until set);
- `claim_bpjs_office`: the BPJS Ketenagakerjaan office the heirs go to — each office's own (it never travels).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlmodel import Session

from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.reference.data import get_setting, set_setting
from pekerja_desktop.store import audit_chain as audit

JKM_BENEFITS = "jkm_benefits"
SCHOLARSHIP_YEARS = "scholarship_min_years"
CLAIM_DOCUMENTS = "claim_documents"
CLAIM_BPJS_OFFICE = "claim_bpjs_office"
MAX_AMOUNT = 10_000_000_000
DEFAULT_DOCUMENTS = {
    "id": ["Kartu peserta atau nomor KPJ", "Akta kematian atau surat keterangan kematian dari desa/kelurahan",
           "KTP dan Kartu Keluarga peserta", "KTP dan Kartu Keluarga ahli waris",
           "Surat keterangan ahli waris dari desa/kelurahan", "Buku tabungan atas nama ahli waris",
           "Untuk beasiswa: akta kelahiran dan surat keterangan sekolah anak"],
    "en": ["The membership card or the KPJ number", "The death certificate or the village's statement of death",
           "The participant's identity card and family card", "The heirs' identity cards and family card",
           "The village's statement naming the heirs", "A savings book in the heir's name",
           "For the scholarship: the children's birth certificates and school statements"],
}
DEFAULT_BPJS_OFFICE = {"id": "Kantor BPJS Ketenagakerjaan terdekat (tanyakan kepada petugas kami)",
                       "en": "The nearest BPJS Ketenagakerjaan office (ask our officer)"}


@dataclass(frozen=True)
class JkmBenefits:
    lump_sum: int = 20_000_000
    periodic_count: int = 24
    periodic_amount: int = 500_000
    funeral: int = 10_000_000
    scholarship_max: int = 174_000_000

    @property
    def periodic_total(self) -> int:
        return self.periodic_count * self.periodic_amount

    @property
    def total(self) -> int:
        return self.lump_sum + self.periodic_total + self.funeral


@dataclass(frozen=True)
class ClaimSettings:
    benefits: JkmBenefits
    scholarship_min_years: int
    documents: list[str]
    bpjs_office: str
    documents_set: bool  # False: the packaged list is printed


def load_claim_settings(session: Session, language: str | None = None) -> ClaimSettings:
    language = language or current_language()
    stored = get_setting(session, JKM_BENEFITS, {}) or {}
    benefits = JkmBenefits(**{k: int(v) for k, v in stored.items() if k in JkmBenefits.__dataclass_fields__})
    documents = get_setting(session, CLAIM_DOCUMENTS, None)
    office = (get_setting(session, CLAIM_BPJS_OFFICE, "") or "").strip()
    return ClaimSettings(benefits, int(get_setting(session, SCHOLARSHIP_YEARS, 3) or 3),
                         list(documents) if documents else list(DEFAULT_DOCUMENTS[language]),
                         office or DEFAULT_BPJS_OFFICE[language], bool(documents))


def _amount(value: int, name: str) -> int:
    if not 0 <= int(value) <= MAX_AMOUNT:
        raise PekerjaError("argument.invalid", reason=f"{name}: {value}")
    return int(value)


def save_claim_settings(ctx: AppContext, *, benefits: dict[str, int] | None = None, min_years: int | None = None,
                        documents: list[str] | None = None, bpjs_office: str | None = None) -> ClaimSettings:
    """Change what was given (admin); returns the settings now in force."""
    ctx.require(Permission.SETTINGS)
    if min_years is not None and not 0 <= min_years <= 30:
        raise PekerjaError("argument.invalid", reason=f"scholarship years: {min_years}")
    cleaned = [" ".join(d.split()) for d in documents or [] if d.strip()]
    with ctx.db.write() as session:
        changed = []
        if benefits:
            current = asdict(load_claim_settings(session).benefits)
            current.update({k: _amount(v, k) for k, v in benefits.items() if k in current})
            set_setting(session, JKM_BENEFITS, current)
            changed.append(JKM_BENEFITS)
        if min_years is not None:
            set_setting(session, SCHOLARSHIP_YEARS, min_years)
            changed.append(SCHOLARSHIP_YEARS)
        if documents is not None:
            set_setting(session, CLAIM_DOCUMENTS, cleaned)
            changed.append(CLAIM_DOCUMENTS)
        if bpjs_office is not None:
            set_setting(session, CLAIM_BPJS_OFFICE, " ".join(bpjs_office.split()))
            changed.append(CLAIM_BPJS_OFFICE)
        if changed:
            audit.record(session, ctx.actor, "settings.claims", ",".join(changed))
        return load_claim_settings(session)
