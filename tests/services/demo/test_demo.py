"""Demo data: deterministic, valid without a single finding, unique NIKs, stored like real enrolments."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from pekerja_desktop.__main__ import main
from pekerja_desktop.assets import packaged_reference_data, packaged_region_index
from pekerja_desktop.domain.participant import normalise_participant
from pekerja_desktop.domain.validation import ReferenceSets, validate_participant
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.demo.generate import generate_demo
from pekerja_desktop.services.demo.people import PersonFactory, build_material, creation_times
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.enrolment.participants import heirs_of, to_data
from pekerja_desktop.services.register.search import ParticipantQuery, count_participants, search_participants
from pekerja_desktop.services.setup.office import setup_office
from pekerja_desktop.store.models import ChangeHistory, Participant
from tests.conftest import ADMIN, LOGIN, OFFICE

TODAY = dt.date.today()


def _fresh_context(root: Path):
    setup_office(root, OFFICE, ADMIN)
    return open_context(root, *LOGIN)


def _people(ctx) -> list[Participant]:
    with ctx.db.session() as session:
        return list(session.scalars(select(Participant).order_by(Participant.id)))


@pytest.fixture(scope="module")
def reference() -> ReferenceSets:
    """The reference sets a new office starts with, without building a database."""
    data = packaged_reference_data()
    return ReferenceSets(packaged_region_index(), *(frozenset(row[0] for row in data[key])
                         for key in ("occupations", "funding_sources", "heir_relationships")))


@pytest.fixture(scope="module")
def people(reference) -> list:
    factory = PersonFactory(build_material(reference), 11, dt.date(TODAY.year, 1, 1), set())
    return [factory.person(at, TODAY) for at in creation_times(11, 5000, TODAY)]


def test_the_same_seed_gives_the_same_people(tmp_path):
    runs = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        ctx = _fresh_context(tmp_path / name)
        try:
            generate_demo(ctx, 120, seed)
            runs.append([(p.nik, p.full_name, p.birth_date, p.village_code) for p in _people(ctx)])
        finally:
            ctx.close()
    assert runs[0] == runs[1]
    assert runs[0] != runs[2]
    assert len(runs[0]) == 120


def test_every_stored_record_is_valid_without_any_finding(ctx):
    result = generate_demo(ctx, 300, seed=5)
    assert result.count == 300
    with ctx.db.session() as session:
        people = list(session.scalars(select(Participant)))
        for person in people:
            data = to_data(person, heirs_of(session, person.id))
            assert normalise_participant(data) == data, person.registration_number
            assert validate_participant(data, ctx.reference, final=True) == [], person.registration_number
    assert len(people) == 300


def test_demo_records_are_finished_enrolments_with_history(ctx):
    result = generate_demo(ctx, 200, seed=2)
    people = _people(ctx)
    assert (result.first_registration_number, result.last_registration_number) == (
        people[0].registration_number, people[-1].registration_number)
    now = dt.datetime.now(dt.UTC)
    for person in people:
        assert (person.status, person.source, person.consent_given) == ("active", "demo", True)
        assert person.finished_at == person.created_at == person.consent_at
        assert person.created_at < now and person.coverage_start <= TODAY
    assert len({p.created_at.date() for p in people}) > 30  # spread over months
    assert [p.created_at for p in people] == sorted(p.created_at for p in people)  # numbers follow time
    with ctx.db.session() as session:
        created = session.scalars(select(ChangeHistory.participant_id).where(ChangeHistory.field == "*")).all()
    assert sorted(created) == [p.id for p in people]


def test_niks_never_repeat_within_a_run_or_with_existing_rows(ctx, participant_factory):
    existing = enrol(ctx, participant_factory(), final=True)
    generate_demo(ctx, 400, seed=9)
    generate_demo(ctx, 400, seed=9)  # the same people again: their NIKs must move to free serials
    niks = [p.nik for p in _people(ctx)]
    assert len(niks) == 801 and len(set(niks)) == 801
    assert niks.count(participant_factory().nik) == 1 and existing.status == "active"


def test_niks_match_birth_date_and_sex_and_mostly_the_home_district(people):
    own_district = sum(p.nik[:6] == p.village_code.replace(".", "")[:6] for p in people)
    assert 0.8 < own_district / len(people) < 0.95
    assert all(p.nik[:2] == "81" for p in people)
    for p in people[:200]:
        day = p.birth_date.day + (40 if p.sex == "P" else 0)
        assert p.nik[6:12] == f"{day:02d}{p.birth_date:%m%y}"


def test_heirs_are_plausible_family_members(people):
    assert all(p.heirs for p in people)
    relationships = Counter(h.relationship for p in people for h in p.heirs)
    assert {"ISTRI", "SUAMI", "ANAK", "IBU", "AYAH"} <= relationships.keys()
    for p in people:
        for heir in p.heirs:
            if heir.relationship == "ANAK":
                assert heir.birth_date.year - p.birth_date.year >= 12
            if heir.relationship in ("ISTRI", "SUAMI"):
                assert {heir.relationship, p.sex} in ({"ISTRI", "L"}, {"SUAMI", "P"})


def test_villages_follow_the_population(people):
    by_regency = Counter(p.village_code[:5] for p in people)
    assert by_regency["81.01"] > 3 * by_regency["81.72"]  # Maluku Tengah 432,361 vs Kota Tual 90,470
    assert by_regency["81.71"] > by_regency["81.06"] > by_regency["81.09"]
    assert 0.19 < by_regency["81.01"] / len(people) < 0.26  # 22.3 % of Maluku
    assert len({p.village_code for p in people}) > 600


def test_names_mix_faiths_and_maluku_families(people):
    names = " ".join(p.full_name for p in people).split()
    for family in ("LATUCONSINA", "PATTIMURA", "RAHAYAAN", "RENWARIN", "OHORELLA"):
        assert family in names
    assert {"MUHAMMAD", "SITI", "YOHANIS", "MARIA"} & set(names)
    assert any("'" in p.full_name or "-" in p.full_name for p in people)
    assert Counter(p.occupation for p in people).most_common(1)[0][0] == "NLY"


def test_demo_names_are_found_by_the_name_search(ctx):
    generate_demo(ctx, 150, seed=4)
    target = _people(ctx)[42]
    fragment = target.full_name.split()[-1][:5].lower()
    with ctx.db.session() as session:
        hits = search_participants(session, ParticipantQuery(text=fragment), limit=None)
        assert target.id in {row.id for row in hits}
        assert count_participants(session, ParticipantQuery(text=fragment)) == len(hits)


def test_bulk_rows_are_stored_exactly_like_form_rows(ctx, participant_factory):
    enrol(ctx, participant_factory(), final=True)
    generate_demo(ctx, 3, seed=1)
    connection = ctx.db.raw_connection()
    try:
        rows = connection.execute("SELECT birth_date, coverage_start, created_at, finished_at, consent_given, "
                                  "typeof(consent_given) FROM participant ORDER BY id").fetchall()
    finally:
        connection.close()
    shapes = {tuple(len(str(v)) for v in row[:4]) + row[4:] for row in rows}
    assert shapes == {(10, 10, 26, 26, 1, "integer")}


def test_a_count_out_of_range_is_refused(ctx):
    for count in (0, -1, 1_000_001):
        with pytest.raises(PekerjaError):
            generate_demo(ctx, count)


def test_cli_adds_people_and_prints_one_line(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "demo", "--count", "50", "--seed", "3"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    assert out[0].startswith("50 peserta demo ditambahkan (8171A-") and "detik" in out[0]
    assert main(["--data-dir", str(data_dir), "--lang", "en", "demo", "--count", "1200"]) == 0
    assert capsys.readouterr().out.startswith("1,200 demo participants added (8171A-")


def test_cli_refuses_a_bad_count_with_one_line_and_exit_2(data_dir, capsys):
    for count in ("0", "-5", "abc", "1000001", "2.5"):
        with pytest.raises(SystemExit) as stopped:
            main(["--data-dir", str(data_dir), "demo", "--count", count])
        assert stopped.value.code == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "--count" in err[0] and count in err[0]
    ctx = open_context(data_dir, *LOGIN)
    try:
        assert _people(ctx) == []
    finally:
        ctx.close()


def test_an_offices_demo_people_live_in_its_own_kabupaten_kota(ctx):
    generate_demo(ctx, 200, 5)
    assert {p.village_code[:5] for p in _people(ctx)} == {"81.71"}  # the fixture office is in Kota Ambon


def test_the_hubs_demo_people_live_across_the_province(reference):
    factory = PersonFactory(build_material(reference, None), 3, dt.date(TODAY.year, 1, 1), set())
    regencies = {factory.person(at, TODAY).village_code[:5] for at in creation_times(3, 500, TODAY)}
    assert len(regencies) == 11
