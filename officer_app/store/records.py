"""Which fields local work protects, deadlines of a row, and change sets.

A field that a pending local action changed is "protected": the server's value
does not replace it until the action is answered (the screen keeps showing what
the person did). Server bookkeeping (version, seq, server status) always updates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from crm_shared.domain import ActionType, Channel, ReportClock, SlaPolicy, SlaRule, Status
from crm_shared.domain import next_deadline as domain_next_deadline

# Columns of `reports` that come from the server, in the order of ReportOut.
SERVER_FIELDS: tuple[str, ...] = (
    "number",
    "category_id",
    "channel",
    "status",
    "description",
    "address",
    "lat",
    "lon",
    "kelurahan_code",
    "unit_id",
    "assignee_id",
    "is_private",
    "priority",
    "created_at",
    "landed_at",
    "first_response_at",
    "followup_at",
    "completed_at",
    "estimated_completion",
    "duplicate_of",
    "supporters",
    "reporter",
)
BOOKKEEPING_FIELDS: tuple[str, ...] = ("version", "seq", "server_status")

# What each action type changes on the report locally, so a pull leaves it alone.
PROTECTED_FIELDS: dict[ActionType, frozenset[str]] = {
    ActionType.ACCEPT: frozenset({"status", "first_response_at"}),
    ActionType.FOLLOWUP: frozenset(
        {"status", "first_response_at", "followup_at", "estimated_completion"}
    ),
    ActionType.NOTE: frozenset(),
    ActionType.FORWARD: frozenset({"status", "first_response_at"}),
    ActionType.DISPOSE: frozenset({"status", "first_response_at"}),
    ActionType.REASSIGN: frozenset({"assignee_id"}),
    ActionType.REJECT: frozenset({"status", "first_response_at"}),
    ActionType.MARK_DUPLICATE: frozenset({"status", "first_response_at", "duplicate_of"}),
    ActionType.SET_PRIORITY: frozenset({"priority"}),
    ActionType.VALIDATE: frozenset({"status", "completed_at"}),
    ActionType.REJECT_FOLLOWUP: frozenset({"status"}),
    ActionType.CREATE: frozenset(SERVER_FIELDS),
}


def protected_fields(action_types: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for name in action_types:
        out |= PROTECTED_FIELDS.get(ActionType(name), frozenset())
    return frozenset(out)


def sla_policy(reference: Mapping[str, Any] | None) -> SlaPolicy:
    """The SLA rules of the server's reference data (defaults when none yet)."""
    if not reference:
        return SlaPolicy()
    rules = []
    for raw in reference.get("sla_rules", []):
        channel = raw.get("channel")
        rules.append(
            SlaRule(
                response_hours=float(raw.get("response_hours", 24.0)),
                followup_days=float(raw.get("followup_days", 7.0)),
                answer_days=float(raw.get("answer_days", 3.0)),
                category_id=raw.get("category_id"),
                channel=Channel(channel) if channel else None,
            )
        )
    return SlaPolicy(rules)


def due_at(values: Mapping[str, Any], policy: SlaPolicy) -> datetime | None:
    """The next deadline of a report (None when nothing is running)."""
    channel = Channel(values["channel"])
    estimate = values.get("estimated_completion")
    if isinstance(estimate, str):
        estimate = date.fromisoformat(estimate)
    clock = ReportClock(
        status=Status(values["status"]),
        channel=channel,
        created_at=values["created_at"],
        landed_at=values["landed_at"],
        first_response_at=values.get("first_response_at"),
        followup_at=values.get("followup_at"),
        estimated_completion=estimate,
    )
    rule: SlaRule = policy.rule_for(values["category_id"], channel)
    deadline = domain_next_deadline(clock, rule)
    return None if deadline is None else deadline.due


@dataclass
class ChangeSet:
    """What an operation changed: report id -> names of the fields that changed.

    ``"*"`` means a report new to this profile; ``removed`` lists reports gone
    from it. Screens redraw only these rows.
    """

    changed: dict[str, set[str]] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)

    def mark(self, report_id: str, fields: Iterable[str]) -> None:
        self.changed.setdefault(report_id, set()).update(fields)
        self.removed.discard(report_id)

    def drop(self, report_id: str) -> None:
        self.changed.pop(report_id, None)
        self.removed.add(report_id)

    def update(self, other: ChangeSet) -> None:
        for rid, fields in other.changed.items():
            self.mark(rid, fields)
        for rid in other.removed:
            self.drop(rid)

    def __bool__(self) -> bool:
        return bool(self.changed or self.removed)
