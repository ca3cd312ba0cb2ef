"""Enrolment through the service: validation, duplicates, confirmations, history, versions."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pekerja_desktop.domain.identity.regnum import parse_registration_number
from pekerja_desktop.domain.participant import HeirData
from pekerja_desktop.services.context import Operator
from pekerja_desktop.services.enrolment.enrol import assess, enrol, update_participant
from pekerja_desktop.services.enrolment.errors import EnrolmentError
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, history_of


def _load(ctx, key):
    with ctx.db.session() as session:
        participant = find_participant(session, key)
        return participant, heirs_of(session, participant.id), history_of(session, participant.id)


def test_enrol_stores_the_normalised_record_heirs_and_history(ctx, participant_factory):
    outcome = enrol(ctx, participant_factory(full_name="  maria   latuconsina ", phone="+62 812-3456-7890"),
                    final=True)
    participant, heirs, history = _load(ctx, outcome.registration_number)
    assert participant.full_name == "MARIA LATUCONSINA"
    assert participant.phone == "081234567890"
    assert participant.status == "active" and participant.finished_at is not None
    assert participant.consent_given and participant.consent_by == "admin" and participant.consent_at
    assert participant.created_by == participant.updated_by == "admin"
    assert participant.version == 1 and len(participant.uuid) == 32
    assert [(h.full_name, h.relationship) for h in heirs] == [("YOHANIS LATUCONSINA", "SUAMI")]
    assert [(h.field, h.new_value, h.by) for h in history] == [("*", "active", "admin")]
    assert parse_registration_number(outcome.registration_number).office_code == "8171A"


def test_registration_numbers_are_unique_and_sequential(ctx, participant_factory):
    names = ("Maria Latuconsina", "Siti Ohorella", "Novi Wattimena", "Lina Sahetapy", "Ona Talaohu")
    numbers = [enrol(ctx, participant_factory(nik=f"81710145088500{i:02d}", full_name=names[i - 1]),
                     final=True).registration_number for i in range(1, 6)]
    assert len(set(numbers)) == 5
    assert [parse_registration_number(n).serial for n in numbers] == [1, 2, 3, 4, 5]


def test_errors_block_the_save(ctx, participant_factory):
    with pytest.raises(EnrolmentError) as exc:
        enrol(ctx, participant_factory(nik="8171013208850001", village_code="81.71.99.9999"), final=True)
    codes = {f.code for f in exc.value.findings}
    assert codes == {"nik.day_invalid", "village.unknown"}
    assert "Data belum benar" in exc.value.message()
    assert _count(ctx) == 0


def _count(ctx) -> int:
    from pekerja_desktop.services.register.search import ParticipantQuery, count_participants

    with ctx.db.session() as session:
        return count_participants(session, ParticipantQuery())


def test_duplicate_nik_is_refused_naming_the_existing_record(ctx, participant_factory):
    first = enrol(ctx, participant_factory(), final=True)
    with pytest.raises(EnrolmentError) as exc:
        enrol(ctx, participant_factory(full_name="Other Person"), final=False)
    message = exc.value.message()
    assert first.registration_number in message and "MARIA LATUCONSINA" in message and "8171A" in message
    assert _count(ctx) == 1


def test_warnings_need_a_confirmation_which_is_recorded(ctx, participant_factory):
    data = participant_factory(birth_date=dt.date(1985, 8, 6))  # the NIK says 05/08/1985
    with pytest.raises(EnrolmentError) as exc:
        enrol(ctx, data, final=True)
    assert [f.code for f in exc.value.findings] == ["nik.birth_date_mismatch"]
    outcome = enrol(ctx, data, final=True, confirmed={"nik.birth_date_mismatch"})
    participant, _, history = _load(ctx, outcome.registration_number)
    assert participant.confirmed_warnings == "nik.birth_date_mismatch"
    assert ("confirmed_warnings", "nik.birth_date_mismatch") in [(h.field, h.new_value) for h in history]


def test_a_draft_needs_no_confirmation_and_may_be_incomplete(ctx, participant_factory):
    outcome = enrol(ctx, participant_factory(birth_date=dt.date(1985, 8, 6), village_code="", heirs=[],
                                              consent_given=False), final=False)
    participant, _, _ = _load(ctx, outcome.registration_number)
    assert participant.status == "draft" and participant.finished_at is None and participant.consent_at is None


def test_update_records_each_changed_field_and_bumps_the_version(ctx, participant_factory):
    outcome = enrol(ctx, participant_factory(), final=True)
    changed = participant_factory(address="Jl. Baru 7", heirs=[
        HeirData("Yohanis Latuconsina", "SUAMI", dt.date(1980, 1, 2), "081298765432"),
        HeirData("Anna Latuconsina", "ANAK", dt.date(2010, 3, 4))])
    ctx.operator = Operator("supervisor1", "supervisor")
    result = update_participant(ctx, outcome.registration_number, changed, expected_version=1, final=True)
    assert result.version == 2
    participant, heirs, history = _load(ctx, outcome.registration_number)
    assert participant.updated_by == "supervisor1"
    assert len(heirs) == 2
    entries = {h.field: h for h in history}
    assert (entries["address"].old_value, entries["address"].new_value) == ("Jl. Sultan Hairun No. 5", "Jl. Baru 7")
    assert len(json.loads(entries["heirs"].new_value)) == 2
    assert entries["address"].by == "supervisor1"


def test_saving_without_changes_keeps_the_version(ctx, participant_factory):
    outcome = enrol(ctx, participant_factory(), final=True)
    result = update_participant(ctx, outcome.registration_number, participant_factory(), expected_version=1,
                                final=True)
    assert result.version == 1
    assert len(_load(ctx, outcome.registration_number)[2]) == 1


def test_a_stale_edit_is_refused(ctx, participant_factory):
    outcome = enrol(ctx, participant_factory(), final=True)
    update_participant(ctx, outcome.registration_number, participant_factory(address="A"), expected_version=1,
                       final=True)
    with pytest.raises(EnrolmentError) as exc:
        update_participant(ctx, outcome.registration_number, participant_factory(address="B"),
                           expected_version=1, final=True)
    assert exc.value.code == "enrolment.stale"


def test_finishing_a_draft_sets_status_and_history(ctx, participant_factory):
    outcome = enrol(ctx, participant_factory(consent_given=False), final=False)
    result = update_participant(ctx, outcome.registration_number, participant_factory(), expected_version=1,
                                final=True)
    participant, _, history = _load(ctx, outcome.registration_number)
    assert result.status == "active" and participant.finished_at is not None
    assert ("status", "draft", "active") in [(h.field, h.old_value, h.new_value) for h in history]
    assert participant.consent_at is not None


def test_assess_reports_the_duplicate_record(ctx, participant_factory):
    enrol(ctx, participant_factory(), final=True)
    with ctx.db.session() as session:
        assessment = assess(session, ctx.reference, participant_factory(), final=True)
    assert assessment.duplicate is not None and assessment.duplicate.full_name == "MARIA LATUCONSINA"
    assert [f.code for f in assessment.errors] == ["nik.duplicate"]
