"""What the window needs from the rest of the workstation, as plain data.

``app.py`` implements ``Services`` over the store, the photo store and the sync
engine; the views see only these shapes. Methods marked *worker* are slow (disk,
network, photo processing) and are only ever called through ``run_in_worker``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from crm_shared.domain import ActionType, Role, Status
from crm_shared.domain.deadlines import DeadlineKind
from crm_shared.protocol.wire import StatsSummary
from officer_app.store.actions import ActionOutcome
from officer_app.store.bulk_actions import BulkOutcome
from officer_app.store.desk import Filed, Filing, ReceiptData
from officer_app.store.names import DisplayNames
from officer_app.store.records import ChangeSet
from officer_app.store.unit_queue import QueueData
from officer_app.store.validation_queue import ValidationItem
from officer_app.views.report_list.model import ReportSource

if TYPE_CHECKING:
    from officer_app.store.duplicates import DuplicateCandidate  # rapidfuzz: not at start-up


@dataclass(frozen=True)
class OfficerView:
    id: str
    name: str
    role: Role
    unit_id: str
    unit_name: str


@dataclass(frozen=True)
class Choice:
    """An item of a picker: id and the name shown."""

    id: str
    name: str
    hint: str | None = None  # e.g. the category's usual agency unit id


@dataclass(frozen=True)
class DeadlineView:
    kind: DeadlineKind
    start: datetime
    due: datetime


@dataclass(frozen=True)
class PhotoView:
    sha256: str
    kind: str  # PhotoKind value: before / after / evidence
    # Reads the photo's bytes (decrypted from the profile); None: not on this computer yet.
    load: Callable[[], bytes] | None
    captured_at: datetime | None = None
    pending: bool = False
    reused: bool = False


@dataclass(frozen=True)
class TimelineItem:
    type: str
    at: datetime
    actor: str
    from_status: Status | None = None
    to_status: Status | None = None
    note: str | None = None
    reason: str | None = None
    target: str | None = None
    pending: bool = False  # local, not yet confirmed by the server
    rating: int | None = None  # a citizen's rating event: the score 1-5


@dataclass(frozen=True)
class ReportDetail:
    id: str
    number: str
    category: str
    category_id: str
    channel: str  # a Channel value (views.texts.channel_text names it)
    status: Status
    description: str
    address: str
    kelurahan: str
    lat: float | None
    lon: float | None
    created_at: datetime
    is_private: bool
    reporter_hidden: bool
    deadlines: Sequence[DeadlineView]
    photos: Sequence[PhotoView]
    timeline: Sequence[TimelineItem]
    pending: int
    estimated_completion: date | None = None
    priority: str = "normal"
    in_scope: bool = True


@dataclass(frozen=True)
class PhotoRef:
    """A photo processed and stored locally, ready to be attached to an action."""

    sha256: str  # of the processed JPEG that will be uploaded
    source: Path  # the file the person chose (recorded with the action)
    captured_at: datetime | None = None
    reused: bool = False  # the same original was used before


@dataclass(frozen=True)
class AttentionItem:
    action_id: str
    report_id: str
    report_number: str
    type: str
    state: str  # conflict / rejected (an action) / set_aside (a report a pull left out)
    code: str | None
    message: str | None
    happened_at: datetime
    can_resend: bool = True  # the stored error code says a resend may succeed


@dataclass(frozen=True)
class OutboxSummary:
    waiting: int
    attention: int


@dataclass(frozen=True)
class AboutInfo:
    """What the About dialog shows."""

    app_version: str
    schema_version: str | None  # the profile's Alembic revision
    schema_head: str  # the revision this app knows as newest
    server_url: str
    last_sync_at: datetime | None
    profile_path: str = ""


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # "push" / "pull" / "media"
    done: int
    total: int | None


@dataclass(frozen=True)
class SyncOutcome:
    online: bool
    changes: ChangeSet = field(default_factory=ChangeSet)  # what the cycle changed here
    pushed: int = 0
    applied: int = 0
    attention: int = 0  # refused/conflicting actions and reports the pull set aside
    new_assigned: Sequence[str] = ()  # numbers of reports newly assigned to this officer
    due_soon: Sequence[str] = ()  # numbers of reports with a deadline within the warning hours
    login_needed: bool = False
    message: str | None = None  # the core's words (logs); the screen shows ``outcome``'s text
    outcome: str = ""  # officer_app.sync.engine.Outcome value ("": the cycle did not run)
    finished_at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)


ProgressFn = Callable[[SyncProgress], None]
CancelFn = Callable[[], bool]


class Services(Protocol):
    @property
    def officer(self) -> OfficerView: ...

    @property
    def report_source(self) -> ReportSource: ...

    def categories(self) -> Sequence[Choice]: ...

    def kelurahan(self) -> Sequence[Choice]: ...

    def units(self) -> Sequence[Choice]: ...

    def load_detail(self, report_id: str) -> ReportDetail | None: ...  # worker

    def import_photo(self, path: Path) -> PhotoRef: ...  # worker; raises ValueError

    def act(self, report_id: str, action: ActionType, payload: dict[str, Any]) -> ChangeSet:
        """Record a local action (worker, write lane); raises DomainError.

        Returns what it changed (``run_local_op`` publishes it on the change bus)."""
        ...

    def record_bulk(
        self, action: ActionType, report_ids: Sequence[str], payload: dict[str, Any]
    ) -> BulkOutcome: ...  # worker, write lane: one action on many reports, all or none

    # The walk-in desk.
    def all_kelurahan(self) -> Sequence[Choice]: ...  # worker: every kelurahan, by name

    def suggest_model(self) -> dict[str, Any] | None: ...  # worker: the server's trained model

    def find_duplicates(
        self,
        *,
        category_id: str | None,
        lat: float | None,
        lon: float | None,
        kelurahan_code: str | None,
        text: str,
    ) -> list[DuplicateCandidate]: ...  # worker

    def support(
        self, report_id: str, *, channel: str, reporter: dict[str, Any], note: str | None
    ) -> ActionOutcome: ...  # worker, write lane: the citizen supports an open report

    def file_report(
        self, payload: dict[str, Any], photos: Sequence[Path], nik: str | None
    ) -> Filed: ...  # worker, write lane: a walk-in complaint and its receipt

    def receipt(self, report_id: str) -> ReceiptData: ...  # worker

    def record_receipt(self, data: ReceiptData) -> None: ...  # worker, write lane

    def todays_filings(self) -> Sequence[Filing]: ...  # worker

    # The supervisor's and validator's pages.
    def unit_queue(self) -> QueueData: ...  # worker: the supervisor's unit queue

    def validation_items(self) -> list[ValidationItem]: ...  # worker: the validator's queue

    def photo_bytes(self, sha256: str) -> bytes: ...  # worker; OSError when not to be had

    def dashboard(self, month: str | None) -> tuple[StatsSummary, list[str]]: ...  # worker

    def record_export(self, fmt: str, what: str, rows: int) -> bool: ...  # worker

    def map_points(self, query: Any) -> Any: ...  # worker: ListQuery -> PointsPayload / rows

    def about(self) -> AboutInfo: ...  # worker: versions, server, last sync

    def outbox_summary(self) -> OutboxSummary: ...

    def attention_items(self) -> Sequence[AttentionItem]: ...  # worker

    def resend(self, action_id: str) -> ChangeSet: ...  # worker, write lane

    def discard(self, action_id: str) -> ChangeSet: ...  # worker, write lane

    def sync(self, progress: ProgressFn, cancelled: CancelFn) -> SyncOutcome: ...  # worker

    def server(self) -> Any: ...  # worker: the sign-in's server session (None: offline)

    def display_names(self, report_ids: Collection[str]) -> DisplayNames: ...  # worker

    def lock(self) -> None: ...  # worker: close the profile (idle lock)

    def sign_out(self) -> None: ...  # worker: forget the saved session, then lock

    def last_sync_at(self) -> datetime | None: ...

    def verify_password(self, password: str) -> bool: ...  # worker

    def close(self) -> None: ...
