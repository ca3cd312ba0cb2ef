"""Reading and checking a village list without writing anything: `preview_intake` reads the file and checks every
row; `settle` applies the clerk's choice for one group of unresolved values and checks those rows again;
`recheck` applies new whole-file defaults (funding source, coverage start, desa, kecamatan) without reading the
file again. NIKs already registered and repeated in the file are decided here, for the whole file at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, col, select

from pekerja_desktop.assets import packaged_former_district_names
from pekerja_desktop.domain.coverage_start import SETTING, default_coverage_start
from pekerja_desktop.domain.findings import Finding, warning
from pekerja_desktop.domain.identity.names import same_person_name
from pekerja_desktop.domain.participant import ParticipantData
from pekerja_desktop.domain.validation import ReferenceSets
from pekerja_desktop.progress import Progress
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.intake.candidates import PlaceCandidates
from pekerja_desktop.services.intake.choices import (
    VILLAGE,
    Choice,
    Choices,
    check_choice,
    choice_key,
    keep_aliases,
    normal_code,
    office_choices,
)
from pekerja_desktop.services.intake.errors import IntakeError
from pekerja_desktop.services.intake.groups import Group, GroupedRow, add_candidates, collect_groups
from pekerja_desktop.services.intake.likely_rows import flag_likely, likely_findings
from pekerja_desktop.services.intake.messages import intake_warning
from pekerja_desktop.services.intake.occupations import Dukcapil, OccupationResolver
from pekerja_desktop.services.intake.outcome import (
    ALREADY_PRESENT,
    DUPLICATE_IN_FILE,
    INVALID,
    LANDING,
    OUTCOMES,
    decide,
)
from pekerja_desktop.services.intake.places import PlaceIndex
from pekerja_desktop.services.intake.reading.read import CHECK_EVERY, RawRow, Watch, read_sheet
from pekerja_desktop.services.intake.reading.source import read_list_bytes
from pekerja_desktop.services.intake.rows import RowContext, convert_row, relationship_map
from pekerja_desktop.services.matching.lookup import covered_niks
from pekerja_desktop.services.reference.data import get_setting, heir_relationships, occupations
from pekerja_desktop.store.models import DukcapilOccupation, Participant

DEFAULT_FUNDING_SOURCE = "APBD_PROV"
COVERED = "covered.elsewhere"
NIK_QUERY_CHUNK = 500
REGISTER_CODES = ("intake.already_present", "intake.already_present_other_name", "intake.duplicate_in_file",
                  "intake.duplicate_in_file_other_name", COVERED)


@dataclass
class IntakeOptions:
    """What the list does not say, for every row: the funding source, the coverage start (None: the setting's
    rule), the desa of a list of one desa, the kecamatan of a list of one kecamatan, and the clerk's choices."""
    funding_source: str = DEFAULT_FUNDING_SOURCE
    coverage_start: dt.date | None = None
    village: str | None = None
    district: str | None = None
    choices: list[Choice] = field(default_factory=list)


@dataclass
class IntakeRow:
    row_number: int  # the row number as the spreadsheet shows it
    values: dict[str, str]  # raw cell texts by canonical column key (nik, full_name, birth_place, ...)
    data: ParticipantData | None  # normalised, None when the row could not be parsed at all
    findings: list[Finding]  # errors (a refused row) and warnings
    outcome: str  # valid | incomplete (a draft to complete) | invalid | already_present | duplicate_in_file
    carried: list[Finding] = field(default_factory=list)  # what the draft keeps of its findings
    unresolved: list[tuple[str, str]] = field(default_factory=list)
    raw: RawRow | None = field(default=None, repr=False)


@dataclass
class Lookups:
    """Reference data read once per list (the database is not asked again while the clerk settles groups)."""
    places: PlaceIndex
    programme: list[tuple[str, str, str]]
    dukcapil: list[Dukcapil]
    relationships: dict[str, str]
    office: dict[tuple[str, str], str]
    rule: object  # the coverage-start setting
    existing: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    covered: dict[str, list[str]] = field(default_factory=dict)  # NIK -> the covered lists it stands on (#12)
    likely: dict[int, Finding] = field(default_factory=dict)  # row number -> duplicate.likely (#12)
    candidates: PlaceCandidates | None = None


@dataclass
class IntakePreview:
    path: Path
    sha256: str
    columns: dict[str, str]  # canonical key -> header as written in the file
    unknown_headers: list[str]
    rows: list[IntakeRow]
    sheet_name: str | None = None
    not_stored: list[str] = field(default_factory=list)  # religion, marital status: read past, never stored
    options: IntakeOptions = field(default_factory=IntakeOptions)
    groups: list[Group] = field(default_factory=list)
    lookups: Lookups | None = field(default=None, repr=False)

    def counts(self) -> dict[str, int]:
        """Rows per outcome (every outcome present, zero when none)."""
        found = Counter(row.outcome for row in self.rows)
        return {outcome: found.get(outcome, 0) for outcome in OUTCOMES}

    @property
    def landing(self) -> int:
        counts = self.counts()
        return sum(counts[o] for o in LANDING)

    @property
    def needs_report(self) -> bool:
        """True when some row was refused (invalid or repeated in the file)."""
        counts = self.counts()
        return counts[INVALID] + counts[DUPLICATE_IN_FILE] > 0


# --- reading ---------------------------------------------------------------------------------------

def preview_intake(ctx: AppContext, path: Path, options: IntakeOptions | None = None, *,
                   progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> IntakePreview:
    """Read and check a village list; nothing is written. Raises IntakeError, FileProblem, OperationCancelled."""
    path, options = Path(path), options or IntakeOptions()
    _check_options(ctx.reference, options)
    content = read_list_bytes(path)
    sheet = read_sheet(path, content, Watch(_first_half(progress), cancelled))
    preview = IntakePreview(path, hashlib.sha256(content).hexdigest(), sheet.columns, sheet.unknown_headers,
                            [IntakeRow(r.row_number, {}, None, [], INVALID, raw=r) for r in sheet.rows],
                            sheet.sheet_name, sheet.not_stored, options, lookups=_lookups(ctx))
    _check_rows(ctx, preview, preview.rows, Watch(progress, cancelled))
    with ctx.db.session() as session:
        preview.lookups.existing = existing_niks(session, _niks_of(preview.rows))  # type: ignore[union-attr]
        preview.lookups.covered = covered_niks(session, _niks_of(preview.rows))  # type: ignore[union-attr]
        preview.lookups.likely = likely_findings(session, preview.rows, LANDING)  # type: ignore[union-attr]
    _finish(ctx, preview)
    return preview


def recheck(ctx: AppContext, preview: IntakePreview, options: IntakeOptions, *, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> IntakePreview:
    """Check every row again with new whole-file values (the file is not read again)."""
    _check_options(ctx.reference, options)
    preview.options = options
    _check_rows(ctx, preview, preview.rows, Watch(progress, cancelled), total_steps=1)
    _finish(ctx, preview)
    return preview


def settle(ctx: AppContext, preview: IntakePreview, choice: Choice, *, keep: bool = False) -> IntakePreview:
    """The clerk's choice for one group (kind, text) applied to every row that writes it; with `keep`, also kept as
    this office's alias (audited). A village chosen for the rows without any ("" as text) is the file's desa."""
    choice = normal_code(choice, ctx.reference)
    check_choice(choice, ctx.reference)
    if choice.kind == VILLAGE and not choice.text:
        return recheck(ctx, preview, dataclasses.replace(preview.options, village=choice.code))
    if keep:
        keep_aliases(ctx, [choice])
        preview.lookups.office = _office_aliases(ctx)  # type: ignore[union-attr]
    preview.options.choices = [c for c in preview.options.choices if (c.kind, choice_key(c.kind, c.text))
                               != (choice.kind, choice_key(choice.kind, choice.text))] + [choice]
    key = (choice.kind, choice_key(choice.kind, choice.text))
    affected = [r for r in preview.rows if any((k, choice_key(k, t)) == key for k, t in r.unresolved)]
    _check_rows(ctx, preview, affected, Watch())
    _finish(ctx, preview)
    return preview


def _check_options(ref: ReferenceSets, options: IntakeOptions) -> None:
    normal = (options.funding_source or "").strip().upper()
    if normal not in ref.funding_sources:
        raise IntakeError("intake.funding_source_unknown", code=options.funding_source,
                          choices=", ".join(sorted(ref.funding_sources)))
    options.funding_source = normal
    options.village = _region_code(ref, options.village, ("desa", "kelurahan"), "desa/kelurahan")
    options.district = _region_code(ref, options.district, ("kecamatan",), "kecamatan")
    options.choices = [normal_code(c, ref) for c in options.choices]
    for choice in options.choices:
        check_choice(choice, ref)


def _region_code(ref: ReferenceSets, code: str | None, levels: tuple[str, ...], level: str) -> str | None:
    if not code:
        return None
    region = ref.regions.get(code)
    if region is None or region.level not in levels:
        raise IntakeError("intake.default_invalid", code=code, level=level)
    return region.code


def _first_half(progress: Progress | None) -> Progress | None:
    """Reading the file is the first half of the work, checking the rows the second."""
    if progress is None:
        return None
    return lambda done, total: progress(done, 2 * total)


# --- reference lookups ------------------------------------------------------------------------------

def _lookups(ctx: AppContext) -> Lookups:
    with ctx.db.session() as session:
        programme = [(o.code, o.name_id, o.name_en) for o in occupations(session)]
        relations = [(r.code, r.name_id, r.name_en) for r in heir_relationships(session)]
        dukcapil = [Dukcapil(d.code, d.name, d.rule, d.programme_code) for d in session.scalars(
            select(DukcapilOccupation).order_by(col(DukcapilOccupation.code)))]
        office, rule = office_choices(session), get_setting(session, SETTING)
    places = PlaceIndex(ctx.reference.regions, packaged_former_district_names())
    return Lookups(places, programme, dukcapil, relationship_map(relations), office, rule)


def _office_aliases(ctx: AppContext) -> dict[tuple[str, str], str]:
    with ctx.db.session() as session:
        return office_choices(session)


def _row_context(ctx: AppContext, preview: IntakePreview) -> RowContext:
    lookups, options = preview.lookups, preview.options
    assert lookups is not None
    choices = Choices(office=dict(lookups.office))
    for choice in options.choices:
        choices.add(choice)
    today = dt.date.today()
    resolver = OccupationResolver(lookups.programme, lookups.dukcapil, choices.for_kind("occupation"))
    regions = ctx.reference.regions
    return RowContext(lookups.places, resolver, lookups.relationships, choices, options.funding_source,
                      options.coverage_start or default_coverage_start(lookups.rule, today), today,
                      regions.get(options.village), regions.get(options.district))


# --- checking rows ----------------------------------------------------------------------------------

def _check_rows(ctx: AppContext, preview: IntakePreview, rows: list[IntakeRow], watch: Watch,
                total_steps: int = 2) -> None:
    row_ctx, ref, total = _row_context(ctx, preview), ctx.reference, len(rows)
    base = total if total_steps == 2 else 0
    for index, row in enumerate(rows):
        if index % CHECK_EVERY == 0:
            watch.step(base + index, total_steps * total)
        _check_row(row, row_ctx, ref)
    watch.step(total_steps * total, total_steps * total)


def _check_row(row: IntakeRow, row_ctx: RowContext, ref: ReferenceSets) -> None:
    assert row.raw is not None
    reading = convert_row(row.raw, row_ctx)
    decision = decide(reading, ref, row_ctx.today)
    row.values, row.data, row.findings, row.outcome = reading.values, decision.data, decision.findings, \
        decision.outcome
    row.carried, row.unresolved = decision.carried, reading.unresolved


def _finish(ctx: AppContext, preview: IntakePreview) -> None:
    """NIKs registered or repeated, then the groups left for the clerk with their candidates."""
    lookups = preview.lookups
    assert lookups is not None
    _classify(preview.rows, lookups.existing)
    _flag_covered(preview.rows, lookups.covered)
    flag_likely(preview.rows, lookups.likely, LANDING)
    grouped = (GroupedRow(r.row_number, r.unresolved, *_context_of(r, lookups.places))
               for r in preview.rows if r.outcome in LANDING and r.unresolved)
    groups, contexts = collect_groups(grouped)
    if groups:
        lookups.candidates = lookups.candidates or PlaceCandidates(lookups.places)
        names = _occupation_names(lookups)
        add_candidates(groups, contexts, lookups.candidates, names, _office_regency(ctx))
    preview.groups = groups


def _context_of(row: IntakeRow, places: PlaceIndex) -> tuple[str | None, str | None]:
    regency = places.regency(row.values.get("regency", ""))
    districts = places.district(row.values.get("district", ""), regency) if row.values.get("district") else []
    return (districts[0].code if len(districts) == 1 else None), (regency.code if regency else None)


def _occupation_names(lookups: Lookups) -> list[tuple[str, str]]:
    """Programme occupations by their names, and Dukcapil's names that map onto one."""
    names = [(code, f"{name_id} ({code})") for code, name_id, _en in lookups.programme]
    codes = {code for code, _label in names}
    names += [(d.programme_code, f"{d.name} \u2192 {d.programme_code}") for d in lookups.dukcapil
              if d.rule == "map" and d.programme_code in codes]
    return names


def _office_regency(ctx: AppContext) -> str | None:
    parts = (ctx.office.region_code or "").split(".")
    return ".".join(parts[:2]) if len(parts) >= 2 else None


# --- NIKs already registered or repeated ---------------------------------------------------------------

def _niks_of(rows: Iterable[IntakeRow]) -> set[str]:
    return {r.data.nik for r in rows if r.data is not None and len(r.data.nik) == 16 and not _nik_refused(r)}


def _nik_refused(row: IntakeRow) -> bool:
    return any(f.is_error and f.field == "nik" for f in row.findings)


def existing_niks(session: Session, niks: Iterable[str]) -> dict[str, tuple[str, str, str]]:
    """NIK -> (registration number, name, office) for those already registered, a few queries in all."""
    wanted = sorted(set(niks))
    found: dict[str, tuple[str, str, str]] = {}
    columns = (Participant.nik, Participant.registration_number, Participant.full_name, Participant.office_code)
    for start in range(0, len(wanted), NIK_QUERY_CHUNK):
        chunk = wanted[start:start + NIK_QUERY_CHUNK]
        for nik, number, name, office in session.execute(select(*columns).where(col(Participant.nik).in_(chunk))):
            found.setdefault(nik, (number, name, office))
    return found


def _classify(rows: list[IntakeRow], existing: dict[str, tuple[str, str, str]]) -> None:
    """Already registered first; then refusals; then repeats of a NIK landing from an earlier row."""
    first_rows: dict[str, IntakeRow] = {}
    for row in rows:
        nik = row.data.nik if row.data is not None else ""
        row.findings = [f for f in row.findings if f.code not in REGISTER_CODES]
        if nik in existing and not _nik_refused(row) and row.outcome != INVALID:
            mark_present(row, existing[nik])
        elif row.outcome == INVALID:
            continue
        elif nik in first_rows:
            first = first_rows[nik]
            row.outcome = DUPLICATE_IN_FILE
            if same_person_name(_name(first), _name(row)):  # titles and spelling case aside, the same person
                row.findings.append(intake_warning("intake.duplicate_in_file", "nik", first_row=first.row_number))
            else:
                row.findings.append(intake_warning("intake.duplicate_in_file_other_name", "nik",
                                                   first_row=first.row_number, first_name=_name(first)))
        else:
            first_rows[nik] = row


def _flag_covered(rows: list[IntakeRow], covered: dict[str, list[str]]) -> None:
    """A row that lands as a draft although its NIK stands on a covered list says so; the draft meets the same
    warning when it is finished (services/enrolment/enrol.py)."""
    for row in rows:
        nik = row.data.nik if row.data is not None else ""
        if row.outcome in LANDING and nik in covered:
            row.findings.append(warning(COVERED, "nik", lists="; ".join(covered[nik])))


def _name(row: IntakeRow) -> str:
    return row.data.full_name if row.data is not None else ""


def mark_present(row: IntakeRow, existing: tuple[str, str, str]) -> None:
    number, name, office = existing
    row.outcome = ALREADY_PRESENT
    if same_person_name(name, _name(row)):
        row.findings.append(intake_warning("intake.already_present", "nik", registration_number=number,
                                           full_name=name, office_code=office))
    else:
        row.findings.append(intake_warning("intake.already_present_other_name", "nik", registration_number=number,
                                           full_name=name, office_code=office, written=_name(row)))
