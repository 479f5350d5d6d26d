"""Wire schemas of the sync protocol, version 1 (docs/sync-protocol.md).

One definition for both peers: the reference central server validates requests
and serialises responses with these models, the workstation validates what it
receives with them. Every string has a size limit and unknown fields are refused
on requests, so hostile or malformed input fails validation instead of reaching
the store.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from crm_shared.domain import ActionType, Channel, PhotoKind, Priority, Role, Status

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"
MAX_ACTIONS_PER_BATCH = 200
MAX_PAGE_SIZE = 2000
DEFAULT_PAGE_SIZE = 500

Id = Annotated[str, StringConstraints(min_length=1, max_length=100)]
ShortText = Annotated[str, StringConstraints(max_length=300)]
LongText = Annotated[str, StringConstraints(max_length=8000)]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class _Request(BaseModel):
    # Built at import: FastAPI's OpenAPI generation warns about a deferred body model.
    model_config = ConfigDict(extra="forbid", str_max_length=8000)


class _Response(BaseModel):
    # A newer server may add fields; an older client ignores them. Each model's
    # validator is built when first used (a headless sync needs one or two of ~25).
    model_config = ConfigDict(extra="ignore", str_max_length=8000, defer_build=True)


# --- errors -------------------------------------------------------------------


class ErrorBody(_Response):
    code: ShortText
    message: LongText


class ErrorResponse(_Response):
    error: ErrorBody


# --- auth ---------------------------------------------------------------------


class TokenRequest(_Request):
    officer_id: Id
    password: Annotated[str, StringConstraints(min_length=1, max_length=200)]


class OfficerInfo(_Response):
    id: Id
    name: ShortText
    role: Role
    unit_id: Id
    unit_name: ShortText


class TokenResponse(_Response):
    token: ShortText
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime
    officer: OfficerInfo


# --- reference data -------------------------------------------------------------


class UnitOut(_Response):
    id: Id
    name: ShortText
    kind: Literal["provinsi", "kota", "kecamatan", "kelurahan", "dinas", "sudin", "biro", "desk"]
    parent_id: Id | None = None
    code: ShortText | None = None  # Kemendagri code for regions


class CategoryOut(_Response):
    id: Id
    name: ShortText
    agency_unit_id: Id | None = None  # the usual agency (routing suggestion)
    handled_by_kelurahan: bool = False


class OfficerOut(_Response):
    id: Id
    name: ShortText
    role: Role
    unit_id: Id


class SlaRuleOut(_Response):
    category_id: Id | None = None
    channel: Channel | None = None
    response_hours: float = 24.0
    followup_days: float = 7.0
    answer_days: float = 3.0


class SuggestCategoryWeights(_Response):
    """One category of the suggestion model: bias and its strongest feature weights."""

    category_id: Id
    reports: int = 0  # labelled reports of the category the model learned from
    bias: float = 0.0
    features: list[int] = Field(default_factory=list)  # indexes into SuggestModelOut.features
    weights: list[float] = Field(default_factory=list)  # same length as features


class SuggestModelOut(_Response):
    """The category suggestion model, trained on the server (docs/suggestion.md)."""

    version: ShortText  # hash of the content
    trained_at: datetime
    feature_version: int  # crm_shared.suggest_text.FEATURE_VERSION it was trained with
    reports: int  # labelled reports it learned from
    features: list[ShortText]
    idf: list[float]  # same length as features
    categories: list[SuggestCategoryWeights]


class ReferenceData(_Response):
    categories: list[CategoryOut]
    units: list[UnitOut]
    officers: list[OfficerOut]
    sla_rules: list[SlaRuleOut]
    channels: list[Channel]
    # Newer servers only; older clients ignore it, and without it the desk uses word rules.
    suggest_model: SuggestModelOut | None = None
    # Newer servers: where citizens follow a report (the receipt's QR code and short
    # URL: <tracking_base_url>/lacak/<number>); None: the workstation's own setting.
    tracking_base_url: Annotated[str, StringConstraints(max_length=300)] | None = None


# --- reports ------------------------------------------------------------------


class ReporterOut(_Response):
    """The reporter as the server may show it to this user.

    For field officers, supervisors and desks ``hidden`` is true and nothing else
    is sent ("Pelapor dirahasiakan"). Only validators receive identity fields.
    """

    hidden: bool = True
    anonymous: bool = False
    name: ShortText | None = None
    nik: ShortText | None = None
    phone: ShortText | None = None
    address: ShortText | None = None


class AttachmentOut(_Response):
    sha256: Sha256
    kind: PhotoKind
    event_id: Id | None = None
    content_type: ShortText = "image/jpeg"
    size: int = 0
    captured_at: datetime | None = None
    lat: float | None = None
    lon: float | None = None
    reused: bool = False  # the same bytes were already attached to another report


class EventOut(_Response):
    id: Id
    type: ShortText  # an ActionType value, or "created"/"routed" for server events
    actor_id: Id | None = None
    actor_name: ShortText | None = None
    at: datetime
    from_status: Status | None = None
    to_status: Status | None = None
    note: LongText | None = None
    reason: LongText | None = None
    target_unit_id: Id | None = None
    assignee_id: Id | None = None
    action_id: Id | None = None
    # Newer servers: the score (1-5) of a citizen's rating event (type "citizen_rating").
    rating: int | None = Field(default=None, ge=1, le=5)


class ReportOut(_Response):
    id: Id
    number: ShortText
    category_id: Id
    channel: Channel
    status: Status
    description: LongText
    address: ShortText = ""
    lat: float | None = None
    lon: float | None = None
    kelurahan_code: ShortText | None = None
    unit_id: Id
    assignee_id: Id | None = None
    is_private: bool = True
    priority: Priority = Priority.NORMAL
    created_at: datetime
    landed_at: datetime
    first_response_at: datetime | None = None
    followup_at: datetime | None = None
    completed_at: datetime | None = None
    estimated_completion: date | None = None
    duplicate_of: Id | None = None
    supporters: int = 0
    version: int
    seq: int
    reporter: ReporterOut = Field(default_factory=ReporterOut)
    attachments: list[AttachmentOut] = Field(default_factory=list)
    events: list[EventOut] = Field(default_factory=list)


class ChangesResponse(_Response):
    reports: list[ReportOut]
    removed: list[Id]
    cursor: int
    has_more: bool
    total_visible: int


# --- actions ------------------------------------------------------------------


class ActionIn(_Request):
    action_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-fA-F-]{32,36}$")]
    report_id: Id  # server id, or the client-generated id of a new walk-in report
    type: ActionType
    base_version: int | None = Field(default=None, ge=0)
    payload: dict[str, Any] = Field(default_factory=dict)
    happened_at: datetime


class ActionsRequest(_Request):
    actions: list[ActionIn] = Field(max_length=MAX_ACTIONS_PER_BATCH)


ActionStatus = Literal["applied", "duplicate", "conflict", "rejected"]


class ActionResult(_Response):
    action_id: ShortText
    status: ActionStatus
    report: ReportOut | None = None
    code: ShortText | None = None  # machine-readable reason for conflict/rejected
    message: LongText | None = None  # a sentence a person can read


class ActionsResponse(_Response):
    results: list[ActionResult]


# --- media --------------------------------------------------------------------


class MediaOut(_Response):
    sha256: Sha256
    size: int
    content_type: ShortText
    created: bool


# --- report-number leases (walk-in desk) ----------------------------------------


class LeaseRequest(_Request):
    count: int = Field(default=50, ge=1, le=200)


class LeaseResponse(_Response):
    lease_id: Id
    numbers: list[ShortText]
    expires_at: datetime


class LeaseReturn(_Request):
    unused: list[ShortText] = Field(default_factory=list, max_length=200)


# --- statistics (supervisor dashboard) -------------------------------------------


class StatsFigures(_Response):
    """Figures of one group of reports (a kelurahan, category, channel, month or unit)."""

    key: ShortText  # kelurahan code, category id, channel, YYYY-MM or unit id ("" = all)
    label: ShortText = ""
    total: int
    completed: int  # status Selesai
    rejected: int  # status Ditolak (not a valid report)
    open: int  # neither Selesai nor Ditolak
    overdue: int  # open, and the next deadline is before ``at``
    completion_rate: float | None = None  # completed / (total - rejected)
    median_response_hours: float | None = None  # created_at -> first_response_at
    median_followup_hours: float | None = None  # created_at -> followup_at
    rank: int | None = None  # only in ``by_unit``: the province's monthly ranking
    # Citizens' ratings (1-5) of the group's reports; newer servers only.
    rating_count: int = 0
    average_rating: float | None = None
    # The province's targets (``crm_shared.stats``): the share of the group's reports
    # answered within 24 hours, and of its valid reports followed up within 7 days,
    # over those whose window had passed at ``at`` (None: none had); newer peers only.
    response_on_time_rate: float | None = None
    followup_on_time_rate: float | None = None


class StatsSummary(_Response):
    at: datetime  # the moment "overdue" refers to
    month: ShortText | None = None  # YYYY-MM (Jakarta time of created_at), None = all
    overall: StatsFigures
    by_kelurahan: list[StatsFigures] = Field(default_factory=list)
    by_category: list[StatsFigures] = Field(default_factory=list)
    by_channel: list[StatsFigures] = Field(default_factory=list)
    by_month: list[StatsFigures] = Field(default_factory=list)
    by_unit: list[StatsFigures] = Field(default_factory=list)


# --- audit log (supervisors, their unit subtree) ---------------------------------


class AuditEntryOut(_Response):
    """One row of the server's append-only audit log (read-only through the API)."""

    id: int
    at: datetime
    actor_id: Id | None = None
    kind: ShortText
    report_id: Id | None = None
    unit_id: Id | None = None
    detail: dict[str, Any] = Field(default_factory=dict)


class AuditPage(_Response):
    entries: list[AuditEntryOut]
    next_cursor: int  # the id of the last entry given; pass it back as ``cursor``
    has_more: bool


class ExportNotice(_Request):
    """A supervisor exported figures on the workstation (CSV/PDF): the server audits it."""

    format: Literal["csv", "pdf"]
    what: Annotated[str, StringConstraints(min_length=1, max_length=200)]  # "dasbor 2026-11"
    rows: Annotated[int, Field(ge=0)]
    happened_at: datetime
    # The workstation's id of this notice: sent again (its answer lost), it is
    # recorded once. Optional for older workstations.
    notice_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")] | None = None
