"""The workflow table (crm_shared.domain.RULES) against the rules of DOMAIN.md/DESIGN.md.

EXPECTED below is written from the documents, in plain strings, not from the
code: who may take each action, from which statuses, and to which status. The
tests walk the complete cross product action x role x status and compare.
"""

from __future__ import annotations

import itertools

import pytest

from crm_shared.domain import (
    CLOSED_STATUSES,
    RULES,
    ActionType,
    DomainError,
    Role,
    Status,
    allowed_actions,
    check_action,
    check_payload,
    check_transition,
    is_valid_transition,
)

F, D, S, V = "field_officer", "desk", "supervisor", "validator"
ALL_STATUSES = {
    "menunggu",
    "koordinasi",
    "disposisi",
    "proses",
    "menunggu_validasi",
    "selesai",
    "tl_ditolak",
    "ditolak",
}
# Before the unit's first response: waiting, or passed on by another unit/agency.
BEFORE_RESPONSE = {"menunggu", "koordinasi", "disposisi"}

# action -> (roles, from statuses, to status or None when the status stays)
EXPECTED: dict[str, tuple[set[str], set[str], str | None]] = {
    # Terima/Proses: the unit takes the report up; a rejected follow-up is redone.
    "accept": ({F, S}, BEFORE_RESPONSE | {"tl_ditolak"}, "proses"),
    # Since CRM v2.0 a follow-up goes to Menunggu Validasi (also after TL Ditolak).
    "followup": ({F, S}, {"proses", "tl_ditolak"}, "menunggu_validasi"),
    # Notes are append-only and always possible, for everybody.
    "note": ({F, D, S, V}, ALL_STATUSES, None),
    # Koordinasi: a unit passes the report to the responsible unit.
    "forward": ({F, S}, BEFORE_RESPONSE | {"proses"}, "koordinasi"),
    # Disposisi: the head of an agency instructs its city branch.
    "dispose": ({S}, BEFORE_RESPONSE, "disposisi"),
    # Assignment is the supervisors' decision, on reports still being worked.
    "reassign": ({S}, BEFORE_RESPONSE | {"proses", "tl_ditolak"}, None),
    # Ditolak: not a valid report / a duplicate, decided by the head of the unit.
    "reject": ({S}, BEFORE_RESPONSE | {"proses"}, "ditolak"),
    "mark_duplicate": ({S}, BEFORE_RESPONSE | {"proses"}, "ditolak"),
    "set_priority": ({S}, ALL_STATUSES - {"selesai", "ditolak"}, None),
    # Biro Pemerintahan checks the follow-up: Selesai or TL Ditolak.
    "validate": ({V}, {"menunggu_validasi"}, "selesai"),
    "reject_followup": ({V}, {"menunggu_validasi"}, "tl_ditolak"),
    # Walk-in desk, "link as duplicate": a citizen supports an open report.
    "support": ({D}, ALL_STATUSES - {"selesai", "ditolak"}, None),
}

CROSS = list(
    itertools.product(sorted(EXPECTED), sorted(r.value for r in Role), sorted(ALL_STATUSES))
)


def test_expectation_covers_every_action_and_status() -> None:
    assert set(EXPECTED) == {a.value for a in ActionType} - {"create"}
    assert {s.value for s in Status} == ALL_STATUSES
    assert {s.value for s in CLOSED_STATUSES} == {"selesai", "ditolak"}


@pytest.mark.parametrize(("action", "role", "status"), CROSS)
def test_transition_allowed_or_refused(action: str, role: str, status: str) -> None:
    roles, from_statuses, to_status = EXPECTED[action]
    act, who, now = ActionType(action), Role(role), Status(status)
    if role in roles and status in from_statuses:
        assert check_transition(act, who, now) == Status(to_status or status)
        assert is_valid_transition(act, who, now)
        assert act in allowed_actions(who, now)
    else:
        with pytest.raises(DomainError) as refused:
            check_transition(act, who, now)
        # A role that may never do this hears so; otherwise the status is the reason.
        expected_code = "role_forbidden" if role not in roles else "invalid_transition"
        assert refused.value.code == expected_code
        assert refused.value.message  # a sentence a person can read
        assert not is_valid_transition(act, who, now)
        assert act not in allowed_actions(who, now)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("status", list(Status))
def test_allowed_actions_is_exactly_the_expected_set(role: Role, status: Status) -> None:
    expected = {
        action
        for action, (roles, from_statuses, _) in EXPECTED.items()
        if role.value in roles and status.value in from_statuses
    }
    assert {a.value for a in allowed_actions(role, status)} == expected


@pytest.mark.parametrize("status", sorted(CLOSED_STATUSES))
@pytest.mark.parametrize("role", [r for r in Role if r is not Role.PRIVACY_OFFICER])
def test_closed_reports_only_take_notes(role: Role, status: Status) -> None:
    assert allowed_actions(role, status) == [ActionType.NOTE]


@pytest.mark.parametrize("status", sorted(s.value for s in Status))
def test_the_data_protection_officer_works_on_no_report(status: str) -> None:
    # It serves citizens' rights through /api/v1/privacy, not through actions.
    assert allowed_actions(Role.PRIVACY_OFFICER, Status(status)) == []


def test_create_is_not_a_transition() -> None:
    with pytest.raises(DomainError) as refused:
        check_transition(ActionType.CREATE, Role.DESK, Status.MENUNGGU)
    assert refused.value.code == "create_not_transition"
    with pytest.raises(DomainError) as unknown:
        check_payload(ActionType.CREATE, {})
    assert unknown.value.code == "unknown_action"


def test_response_clock_stops_on_the_unit_s_own_actions_only() -> None:
    stops = {a.value for a, rule in RULES.items() if rule.counts_as_response}
    # The unit's own first moves stop the 24-hour clock; the validator's and the
    # supervisor's bookkeeping (assignment, priority, notes) do not.
    assert stops == {"accept", "followup", "forward", "dispose", "reject", "mark_duplicate"}


# --- what each action needs ------------------------------------------------------

BEFORE = {"sha256": "a" * 64, "kind": "before"}
AFTER = {"sha256": "b" * 64, "kind": "after"}
EVIDENCE = {"sha256": "c" * 64, "kind": "evidence"}


def refused_code(action: ActionType, payload: dict[str, object]) -> str:
    with pytest.raises(DomainError) as refused:
        check_payload(action, payload)
    assert refused.value.message
    return refused.value.code


def test_followup_with_everything_is_accepted_and_cleaned() -> None:
    checked = check_action(
        ActionType.FOLLOWUP,
        Role.FIELD_OFFICER,
        Status.PROSES,
        {
            "note": "  Saluran sudah dibersihkan.\u202e ",
            "photos": [BEFORE, AFTER],
            "estimated_completion": "2024-03-01",
        },
    )
    assert checked.new_status is Status.MENUNGGU_VALIDASI
    assert checked.payload["note"] == "Saluran sudah dibersihkan."
    assert [p["kind"] for p in checked.payload["photos"]] == ["before", "after"]
    assert checked.payload["estimated_completion"] == "2024-03-01"
    assert checked.counts_as_response


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"note": "Sudah ditangani."}, "photo_before_missing"),
        ({"note": "Sudah ditangani.", "photos": []}, "photo_before_missing"),
        ({"note": "Sudah ditangani.", "photos": [AFTER]}, "photo_before_missing"),
        ({"note": "Sudah ditangani.", "photos": [BEFORE]}, "photo_after_missing"),
        ({"note": "Sudah ditangani.", "photos": [BEFORE, EVIDENCE]}, "photo_after_missing"),
        ({"photos": [BEFORE, AFTER]}, "note_too_short"),
        ({"note": "   ", "photos": [BEFORE, AFTER]}, "note_too_short"),
        (
            {"note": "ok", "photos": [BEFORE, AFTER], "estimated_completion": "besok"},
            "estimate_invalid",
        ),
        ({"note": "ok", "photos": [{"sha256": "xyz", "kind": "before"}, AFTER]}, "photo_hash"),
        ({"note": "ok", "photos": [{"sha256": "A" * 64, "kind": "before"}, AFTER]}, "photo_hash"),
        ({"note": "ok", "photos": [{"sha256": "a" * 64, "kind": "selfie"}, AFTER]}, "photo_kind"),
        ({"note": "ok", "photos": "a" * 64}, "photos_invalid"),
        ({"note": "ok", "photos": ["a" * 64]}, "photos_invalid"),
        ({"note": "ok", "photos": [BEFORE, AFTER] + [EVIDENCE] * 19}, "photos_too_many"),
    ],
)
def test_followup_needs_before_and_after_photos_and_a_note(
    payload: dict[str, object], code: str
) -> None:
    assert refused_code(ActionType.FOLLOWUP, payload) == code


@pytest.mark.parametrize("action", [ActionType.FORWARD, ActionType.DISPOSE])
def test_forward_needs_a_target_and_a_reason(action: ActionType) -> None:
    reason = "Bukan kewenangan kelurahan."
    assert refused_code(action, {"reason": reason}) == "target_unit_id_missing"
    assert (
        refused_code(action, {"target_unit_id": "  ", "reason": reason}) == "target_unit_id_missing"
    )
    assert (
        refused_code(action, {"target_unit_id": 17, "reason": reason}) == "target_unit_id_missing"
    )
    assert refused_code(action, {"target_unit_id": "u-1"}) == "reason_too_short"
    assert refused_code(action, {"target_unit_id": "u-1", "reason": "ya"}) == "reason_too_short"
    ok = check_payload(action, {"target_unit_id": " u-1 ", "reason": reason})
    assert ok == {"target_unit_id": "u-1", "reason": reason}


@pytest.mark.parametrize("action", [ActionType.REJECT, ActionType.REJECT_FOLLOWUP])
def test_rejecting_needs_a_reason(action: ActionType) -> None:
    assert refused_code(action, {}) == "reason_too_short"
    assert refused_code(action, {"reason": ""}) == "reason_too_short"
    assert refused_code(action, {"reason": "x" * 1001}) == "reason_too_long"
    assert check_payload(action, {"reason": "Laporan spam."}) == {"reason": "Laporan spam."}


def test_reassign_duplicate_and_priority_needs() -> None:
    assert refused_code(ActionType.REASSIGN, {"reason": "Cuti."}) == "assignee_id_missing"
    assert refused_code(ActionType.REASSIGN, {"assignee_id": "o-2"}) == "reason_too_short"
    assert refused_code(ActionType.MARK_DUPLICATE, {}) == "duplicate_of_missing"
    assert check_payload(ActionType.MARK_DUPLICATE, {"duplicate_of": "r-9"}) == {
        "duplicate_of": "r-9"
    }
    assert refused_code(ActionType.SET_PRIORITY, {}) == "priority_invalid"
    assert refused_code(ActionType.SET_PRIORITY, {"priority": "urgent"}) == "priority_invalid"
    assert check_payload(ActionType.SET_PRIORITY, {"priority": "mendesak"}) == {
        "priority": "mendesak"
    }


def test_note_needs_text_and_may_carry_evidence() -> None:
    assert refused_code(ActionType.NOTE, {}) == "note_too_short"
    assert refused_code(ActionType.NOTE, {"note": "x" * 4001}) == "note_too_long"
    assert check_payload(ActionType.NOTE, {"note": "Dicek besok."}) == {"note": "Dicek besok."}
    with_photo = check_payload(ActionType.NOTE, {"note": "Foto warga.", "photos": [EVIDENCE]})
    assert with_photo["photos"] == [{"sha256": "c" * 64, "kind": "evidence"}]


def test_check_action_reports_the_transition_before_the_payload() -> None:
    # A desk may not forward; it hears that, not that the target is missing.
    with pytest.raises(DomainError) as refused:
        check_action(ActionType.FORWARD, Role.DESK, Status.MENUNGGU, {})
    assert refused.value.code == "role_forbidden"
