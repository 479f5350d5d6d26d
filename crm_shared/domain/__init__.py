"""The rules of the Jakarta CRM: plain Python, no I/O, shared by client and server."""

from .actions import (
    RULES,
    ActionType,
    CheckedAction,
    PhotoKind,
    Priority,
    allowed_actions,
    check_action,
    check_payload,
    check_transition,
    is_valid_transition,
)
from .channels import Channel
from .deadlines import (
    JAKARTA_TZ,
    Deadline,
    DeadlineKind,
    ReportClock,
    SlaPolicy,
    SlaRule,
    deadlines,
    describe_left,
    next_deadline,
)
from .errors import DomainError
from .intake import check_new_report
from .numbers import ReportNumber, format_number, is_report_number
from .roles import Role, may_enter_identity, may_see_identity, may_serve_data_rights
from .statuses import CLOSED_STATUSES, Status
from .validation import check_location, check_nik, check_phone, check_text, clean_text, mask_nik

__all__ = [
    "CLOSED_STATUSES",
    "JAKARTA_TZ",
    "RULES",
    "ActionType",
    "Channel",
    "CheckedAction",
    "Deadline",
    "DeadlineKind",
    "DomainError",
    "PhotoKind",
    "Priority",
    "ReportClock",
    "ReportNumber",
    "Role",
    "SlaPolicy",
    "SlaRule",
    "Status",
    "allowed_actions",
    "check_action",
    "check_location",
    "check_new_report",
    "check_nik",
    "check_payload",
    "check_phone",
    "check_text",
    "check_transition",
    "clean_text",
    "deadlines",
    "describe_left",
    "format_number",
    "is_report_number",
    "is_valid_transition",
    "mask_nik",
    "may_enter_identity",
    "may_see_identity",
    "may_serve_data_rights",
    "next_deadline",
]
