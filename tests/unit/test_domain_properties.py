"""Properties of the workflow over random histories (hypothesis)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from crm_shared.domain import (
    CLOSED_STATUSES,
    ActionType,
    Channel,
    DomainError,
    Role,
    Status,
    allowed_actions,
    check_action,
    check_new_report,
    check_transition,
    clean_text,
)

WORKFLOW_ACTIONS = [a for a in ActionType if a is not ActionType.CREATE]
PHOTO = st.sampled_from(["0" * 64, "f" * 64, "0123456789abcdef" * 4])
TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=5, max_size=60).filter(
    lambda t: len(clean_text(t)) >= 5
)


def valid_payload(action: ActionType) -> st.SearchStrategy[dict[str, Any]]:
    """A payload that satisfies what ``action`` needs (not necessarily clean)."""
    if action is ActionType.FOLLOWUP:
        return st.fixed_dictionaries(
            {
                "note": TEXT,
                "photos": st.tuples(PHOTO, PHOTO).map(
                    lambda p: [
                        {"sha256": p[0], "kind": "before"},
                        {"sha256": p[1], "kind": "after"},
                    ]
                ),
            }
        )
    if action is ActionType.NOTE:
        return st.fixed_dictionaries({"note": TEXT})
    if action in (ActionType.FORWARD, ActionType.DISPOSE):
        return st.fixed_dictionaries({"target_unit_id": st.just("unit-2"), "reason": TEXT})
    if action is ActionType.REASSIGN:
        return st.fixed_dictionaries({"assignee_id": st.just("officer-2"), "reason": TEXT})
    if action in (ActionType.REJECT, ActionType.REJECT_FOLLOWUP):
        return st.fixed_dictionaries({"reason": TEXT})
    if action is ActionType.MARK_DUPLICATE:
        return st.fixed_dictionaries({"duplicate_of": st.just("report-1")})
    if action is ActionType.SET_PRIORITY:
        return st.fixed_dictionaries(
            {"priority": st.sampled_from(["normal", "tinggi", "mendesak"])}
        )
    if action is ActionType.SUPPORT:
        return st.fixed_dictionaries(
            {"channel": st.just("pendopo"), "reporter": st.just({"anonymous": True})}
        )
    return st.just({})  # accept, validate


# Whatever a JSON body can carry: the server hands action payloads to the domain as parsed.
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["sha256", "kind", "name"]), inner, max_size=3)
    ),
    max_leaves=6,
)

STEP = st.tuples(st.sampled_from(list(Role)), st.sampled_from(WORKFLOW_ACTIONS)).flatmap(
    lambda ra: st.tuples(st.just(ra[0]), st.just(ra[1]), valid_payload(ra[1]))
)
HISTORY = st.lists(STEP, max_size=40)


def outcome(fn: Callable[..., Any], *args: Any) -> Any:
    """What ``fn`` returns, or the DomainError it raises (any other error propagates)."""
    try:
        return fn(*args)
    except DomainError as refused:
        return refused


def replay(start: Status, history: list[tuple[Role, ActionType, dict[str, Any]]]) -> list[Any]:
    """Apply what the rules allow; record each outcome (new status or refusal code)."""
    status = start
    trace: list[Any] = []
    for role, action, payload in history:
        try:
            checked = check_action(action, role, status, payload)
        except DomainError as refused:
            trace.append(("refused", refused.code))
            continue
        status = checked.new_status
        trace.append(("applied", status, checked.payload))
    trace.append(status)
    return trace


@settings(max_examples=300)
@given(start=st.sampled_from(list(Status)), history=HISTORY)
def test_random_histories_stay_inside_the_workflow(
    start: Status, history: list[tuple[Role, ActionType, dict[str, Any]]]
) -> None:
    status = start
    for role, action, payload in history:
        allowed = action in allowed_actions(role, status)
        checked = outcome(check_action, action, role, status, payload)
        if isinstance(checked, DomainError):
            # With a valid payload only the transition itself can be refused.
            assert not allowed
            assert checked.code in {"role_forbidden", "invalid_transition"}
            continue
        assert allowed
        previous, status = status, checked.new_status
        assert isinstance(status, Status)
        if previous in CLOSED_STATUSES:
            # A closed report only takes notes, and stays closed.
            assert action is ActionType.NOTE
            assert status is previous
        if checked.new_status is not previous:
            assert check_transition(action, role, previous) is status


@settings(max_examples=200)
@given(start=st.sampled_from(list(Status)), history=HISTORY)
def test_replaying_a_history_gives_the_same_result(
    start: Status, history: list[tuple[Role, ActionType, dict[str, Any]]]
) -> None:
    assert replay(start, history) == replay(start, history)


@given(
    role=st.sampled_from(list(Role)),
    action=st.sampled_from(WORKFLOW_ACTIONS),
    status=st.sampled_from(list(Status)),
    payload=st.dictionaries(
        st.sampled_from(
            [
                "note",
                "reason",
                "photos",
                "target_unit_id",
                "assignee_id",
                "duplicate_of",
                "priority",
                "estimated_completion",
                "x",
            ]
        ),
        JSON_VALUES,
    ),
)
def test_arbitrary_json_payloads_are_refused_with_a_domain_error_or_accepted(
    role: Role, action: ActionType, status: Status, payload: dict[str, Any]
) -> None:
    checked = outcome(check_action, action, role, status, payload)
    if isinstance(checked, DomainError):
        assert checked.code
        assert checked.message
    else:
        assert checked.new_status in set(Status)


def test_every_status_is_reachable_from_menunggu() -> None:
    seen = {Status.MENUNGGU}
    queue = deque(seen)
    while queue:
        status = queue.popleft()
        for role in Role:
            for action in allowed_actions(role, status):
                after = check_transition(action, role, status)
                if after not in seen:
                    seen.add(after)
                    queue.append(after)
    assert seen == set(Status)


@given(st.lists(st.tuples(st.sampled_from(list(Role)), st.sampled_from(WORKFLOW_ACTIONS))))
def test_a_closed_report_never_reopens(steps: list[tuple[Role, ActionType]]) -> None:
    for closed in CLOSED_STATUSES:
        status = closed
        for role, action in steps:
            if action in allowed_actions(role, status):
                status = check_transition(action, role, status)
        assert status is closed


@given(
    payload=st.dictionaries(
        st.sampled_from(
            [
                "channel",
                "category_id",
                "description",
                "address",
                "lat",
                "lon",
                "kelurahan_code",
                "number",
                "is_private",
                "photos",
                "reporter",
            ]
        ),
        JSON_VALUES,
    )
)
def test_arbitrary_walk_in_reports_are_refused_with_a_domain_error_or_accepted(
    payload: dict[str, Any],
) -> None:
    valid = {
        "channel": "pendopo",
        "category_id": "sampah",
        "description": "Sampah menumpuk di pinggir jalan.",
        "kelurahan_code": "31.71.01.1001",
    }
    # Each generated field replaces a valid one, so every field's check is reached.
    report = outcome(check_new_report, Role.DESK, {**valid, **payload})
    if isinstance(report, DomainError):
        assert report.code
        assert report.message
    else:
        assert report["channel"] in {c.value for c in Channel if c.is_face_to_face}
