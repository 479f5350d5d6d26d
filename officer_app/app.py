"""Composition root: builds the services over the store and the sync engine,
signs the person in, and opens the window.

``WorkstationServices`` implements ``views.services.Services`` (what the window
needs) over the Qt-free core: ``Store`` + ``LocalActions`` + ``PhotoStore`` +
``SyncEngine``. ``StoreReportSource`` turns the filter bar's ``ListQuery`` into
SQL (count + one page at a time).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from crm_shared.domain import ActionType, Channel, PhotoKind, ReportClock, Role, SlaRule, Status
from crm_shared.domain import deadlines as domain_deadlines
from crm_shared.domain.deadlines import has_running_deadline, next_deadline_span
from crm_shared.protocol.wire import StatsSummary
from officer_app.maps.payload import report_points
from officer_app.profile import Profile
from officer_app.session import SyncSession, profile_copies_key
from officer_app.store import NotFoundError, Store, outbox, pulled_aside
from officer_app.store import queries as q
from officer_app.store.actions import ActionOutcome, Actor, LocalActions
from officer_app.store.bulk_actions import BulkOutcome, record_bulk
from officer_app.store.desk import (
    Filed,
    Filing,
    ReceiptData,
    keep_rating_code,
    receipt_for,
    record_receipt,
    todays_filings,
)
from officer_app.store.names import DisplayNames, display_names
from officer_app.store.photos import process_photo
from officer_app.store.records import ChangeSet, sla_policy
from officer_app.store.schema import Category, Report, SyncState, Unit, UploadedMedia
from officer_app.store.search import corrected_text
from officer_app.store.state import reference_data, sync_state
from officer_app.store.unit_queue import QueueData, load_queue
from officer_app.store.validation_queue import ValidationItem, load_validation
from officer_app.views.dialogs import PHOTO_SOURCES
from officer_app.views.report_list.model import ListQuery, ReportRow
from officer_app.views.services import (
    AboutInfo,
    AttentionItem,
    Choice,
    DeadlineView,
    OfficerView,
    OutboxSummary,
    PhotoRef,
    PhotoView,
    ReportDetail,
    SyncOutcome,
    SyncProgress,
    TimelineItem,
)

if TYPE_CHECKING:
    from officer_app.store.duplicates import DuplicateCandidate

log = logging.getLogger(__name__)


# --- who signed in (for an offline sign-in) -------------------------------------------


def save_officer(profile: Profile, officer: OfficerView) -> None:
    """Keep who signed in, encrypted in the (unlocked) profile (``Profile.save_officer``).

    No password check of its own: the profile's key is the one check (issue 18)."""
    profile.save_officer(
        {
            "id": officer.id,
            "name": officer.name,
            "role": officer.role.value,
            "unit_id": officer.unit_id,
            "unit_name": officer.unit_name,
        }
    )


def load_officer(profile: Profile) -> OfficerView | None:
    """Who signed in on this (unlocked) profile before; None if unknown.

    ``officer.bin`` first; a profile made by ``officer-app sync`` has none, but its
    database knows who synced it (kept in officer.bin from then on)."""
    o = profile.load_officer() or _officer_in_store(profile)
    if not o:
        return None
    try:
        officer = OfficerView(o["id"], o["name"], Role(o["role"]), o["unit_id"], o["unit_name"])
    except (KeyError, ValueError):
        return None
    if not profile.officer_file.exists():
        save_officer(profile, officer)
    return officer


def _officer_in_store(profile: Profile) -> dict[str, str] | None:
    if not profile.exists():
        return None
    with profile.open_store() as store, store.read() as session:
        state = session.get(SyncState, 1)
        if state is None:
            return None
        fields = {
            "id": state.officer_id,
            "name": state.officer_name,
            "role": state.role,
            "unit_id": state.unit_id,
            "unit_name": state.unit_name,
        }
    if not fields["id"] or not fields["role"]:
        return None
    return {k: v or "" for k, v in fields.items()}


# --- the report list in SQL --------------------------------------------------------------


class StoreReportSource:
    """``ListQuery`` -> SQL over the profile (count, then pages)."""

    def __init__(self, store: Store, officer_id: str) -> None:
        self.store = store
        self.officer_id = officer_id
        self._names_lock = threading.Lock()
        self._categories: dict[str, str] | None = None
        self._kelurahan: dict[str, str] | None = None
        self._policy: Any = None

    def invalidate(self) -> None:
        with self._names_lock:
            self._categories = self._kelurahan = None
            self._policy = None

    def _names(self) -> tuple[dict[str, str], dict[str, str], Any]:
        with self._names_lock:
            if self._categories is None or self._kelurahan is None:
                with self.store.read() as s:
                    self._categories = dict(
                        s.execute(select(Category.id, Category.name)).tuples().all()
                    )
                    self._kelurahan = {
                        code: name
                        for code, name in s.execute(
                            select(Unit.code, Unit.name).where(
                                Unit.kind == "kelurahan", Unit.code.is_not(None)
                            )
                        )
                        .tuples()
                        .all()
                        if code
                    }
                    ref, _etag = reference_data(s)
                    self._policy = sla_policy(ref)
            return self._categories, self._kelurahan, self._policy

    def _filter(self, query: ListQuery, session: Any) -> q.ReportFilter:
        # A misspelt word (one no indexed word starts with) would empty the list:
        # search for the closest indexed word instead, the same in every query.
        text = corrected_text(session, query.text) or query.text if query.text else ""
        return q.ReportFilter(
            statuses=[s.value for s in query.statuses],
            category_ids=[query.category_id] if query.category_id else [],
            kelurahan_codes=[query.kelurahan_code] if query.kelurahan_code else [],
            overdue_only=query.overdue_only,
            text=text,
            include_out_of_scope=query.needs_attention,
            assignee_id=self.officer_id if query.mine else None,
            needs_attention=query.needs_attention,
            open_only=query.open_only,
        )

    @staticmethod
    def _order(query: ListQuery) -> q.ReportOrder:
        return q.ReportOrder(query.sort, query.descending)

    def count(self, query: ListQuery) -> int:
        with self.store.read() as s:
            return q.count_reports(s, self._filter(query, s))

    def position(self, query: ListQuery, report_id: str) -> int | None:
        """The row of a report in the list of ``query`` (None: not in it)."""
        with self.store.read() as s:
            return q.report_position(s, report_id, self._filter(query, s), order=self._order(query))

    def map_points(self, query: ListQuery) -> Any:
        """The map's payload: every report of ``query`` with a location (unpaged)."""
        with self.store.read() as s:
            rows = q.map_points(s, self._filter(query, s))
        return report_points(rows)

    def page(self, query: ListQuery, offset: int, limit: int) -> Sequence[ReportRow]:
        now = datetime.now(UTC)
        categories, kelurahan, policy = self._names()
        with self.store.read() as s:
            rids = q.page_rids(
                s,
                self._filter(query, s),
                limit=limit,
                offset=offset,
                now=now,
                order=self._order(query),
            )
            # The listed columns only, through the driver (docs/performance.md,
            # "Search at 100k: fourth pass").
            reports = q.list_rows(s, rids)
        deadline = _PageDeadlines(policy)
        rows = []
        for r in reports:
            status = _STATUSES.get(r.status) or Status(r.status)
            span = deadline(r, status)
            rows.append(
                ReportRow(
                    id=r.id,
                    number=r.number,
                    category=categories.get(r.category_id, r.category_id),
                    kelurahan=kelurahan.get(r.kelurahan_code or "", r.kelurahan_code or ""),
                    status=status,
                    created_at=q.utc_datetime(r.created_at),
                    due_at=span[1] if span else _utc_or_none(r.due_at),
                    due_start=span[0] if span else None,
                    pending=r.pending_count,
                    attention=r.attention,
                )
            )
        return rows


_STATUSES = {s.value: s for s in Status}
_CHANNELS = {c.value: c for c in Channel}


def _utc_or_none(stored: str | None) -> datetime | None:
    return None if stored is None else q.utc_datetime(stored)


class _PageDeadlines:
    """The next running deadline of each row of a page, as ``_next_deadline`` gives it
    for the whole report: (start, due), or None. Only rows whose status has a running
    deadline parse their clock's columns, and the rule of each category and channel is
    looked up once per page."""

    def __init__(self, policy: Any) -> None:
        self._policy = policy
        self._rules: dict[tuple[str, str], SlaRule] = {}

    def __call__(self, r: q.ListRow, status: Status) -> tuple[datetime, datetime] | None:
        if not has_running_deadline(status):
            return None
        key = (r.category_id, r.channel)
        rule = self._rules.get(key)
        channel = _CHANNELS.get(r.channel) or Channel(r.channel)
        if rule is None:
            rule = self._rules[key] = self._policy.rule_for(r.category_id, channel)
        return next_deadline_span(
            status,
            channel,
            q.utc_datetime(r.created_at),
            q.utc_datetime(r.landed_at),
            _utc_or_none(r.first_response_at),
            None if r.estimated_completion is None else date.fromisoformat(r.estimated_completion),
            rule,
        )


def _clock(r: Any) -> ReportClock:
    """The deadline clock of a ``Report`` (the detail; a list page uses ``_PageDeadlines``)."""
    return ReportClock(
        status=Status(r.status),
        channel=Channel(r.channel),
        created_at=r.created_at,
        landed_at=r.landed_at,
        first_response_at=r.first_response_at,
        followup_at=r.followup_at,
        estimated_completion=r.estimated_completion,
    )


def _next_deadline(r: Any, policy: Any) -> Any:
    running = domain_deadlines(_clock(r), policy.rule_for(r.category_id, Channel(r.channel)))
    return running[0] if running else None


# --- the walk-in desk's identity vault ---------------------------------------------------

DESK_LEASE_BATCH = 50  # report numbers the desk keeps for offline receipts
DESK_LEASE_LOW_WATER = 20  # lease more below this


def _desk_vault(store: Store, role: Role, password: str) -> Any:
    """The desk's identity vault, unlocked with the password of this sign-in (None for
    other roles, or without a password: identities then cannot be recorded)."""
    if role is not Role.DESK or not password:
        return None
    from officer_app.store.crypto import CryptoError
    from officer_app.store.identity_vault import IdentityVault

    try:
        return IdentityVault.unlock(store, password)
    except CryptoError:
        log.warning("identity vault does not open with this password")
        return None


# --- the services the window uses ---------------------------------------------------------


@dataclass
class Connection:
    """What a sign-in produced: who, where, and a backend (None when offline)."""

    officer: OfficerView
    profile: Profile
    server_url: str
    backend: Any = None
    password: str = ""
    # What the integrity check at sign-in found wrong with the database (None: sound).
    damage: list[str] | None = None


class WorkstationServices:
    """``views.services.Services`` over the Qt-free core."""

    def __init__(
        self,
        connection: Connection,
        *,
        make_backend: Callable[[str], Any] | None = None,
        deadline_warning_hours: int = 4,
        tracking_url: str = "",
    ) -> None:
        self.connection = connection
        # The machine's tracking base URL (settings.TRACKING_URL), when the server
        # publishes none: the receipt's QR code and short URL.
        self.tracking_url = tracking_url
        self.officer = connection.officer
        self.profile = connection.profile
        # Held while the store is in use by a sync cycle or being closed (lock/sign-out).
        self._open_lock = threading.RLock()
        self._open(connection.password)
        self.report_source = StoreReportSource(self.store, self.officer.id)
        self._make_backend = make_backend
        self._backend = connection.backend
        self._password = connection.password
        self.deadline_warning_hours = deadline_warning_hours
        self._notified_due: set[str] = set()
        self._known_assigned: set[str] | None = None
        with self.store.write() as s:
            state = sync_state(s)
            state.server_url = connection.server_url
            state.officer_id = self.officer.id
            state.officer_name = self.officer.name
            state.role = self.officer.role.value
            state.unit_id = self.officer.unit_id
            state.unit_name = self.officer.unit_name

    # --- reference lists ------------------------------------------------------------

    def categories(self) -> Sequence[Choice]:
        with self.store.read() as s:
            rows = s.scalars(select(Category).order_by(Category.name))
            return [Choice(c.id, c.name, c.agency_unit_id) for c in rows]

    def suggest_model(self) -> dict[str, Any] | None:
        """The category suggestion model of the stored reference data (None: word rules)."""
        with self.store.read() as s:
            data, _etag = reference_data(s)
        model = (data or {}).get("suggest_model")
        return model if isinstance(model, dict) else None

    def kelurahan(self) -> Sequence[Choice]:
        with self.store.read() as s:
            used = select(Report.kelurahan_code).distinct()
            rows = s.scalars(
                select(Unit)
                .where(Unit.kind == "kelurahan", Unit.code.in_(used))
                .order_by(Unit.name)
            )
            return [Choice(u.code or "", u.name) for u in rows if u.code]

    def units(self) -> Sequence[Choice]:
        with self.store.read() as s:
            rows = s.scalars(
                select(Unit)
                .where(Unit.kind.in_(["dinas", "sudin", "kecamatan", "kelurahan", "kota", "biro"]))
                .order_by(Unit.name)
            )
            return [Choice(u.id, u.name, u.kind) for u in rows]

    # --- one report -----------------------------------------------------------------

    def load_detail(self, report_id: str) -> ReportDetail | None:
        try:
            with self.store.read() as s:
                d = q.get_report(s, report_id)
                r = d.report
                category = s.get(Category, r.category_id)
                kel = (
                    s.scalar(select(Unit.name).where(Unit.code == r.kelurahan_code).limit(1))
                    if r.kelurahan_code
                    else None
                )
                names = {u.id: u.name for u in s.scalars(select(Unit))}
                ref, _ = reference_data(s)
                uploaded = set(
                    s.scalars(
                        select(UploadedMedia.sha256).where(
                            UploadedMedia.sha256.in_([a.sha256 for a in d.attachments])
                        )
                    )
                )
        except NotFoundError:
            return None
        policy = sla_policy(ref)
        rule = policy.rule_for(r.category_id, Channel(r.channel))
        deadlines = [
            DeadlineView(x.kind, x.start, x.due) for x in domain_deadlines(_clock(r), rule)
        ]
        photos = []
        for a in d.attachments:
            load = partial(self.photos.read, a.sha256) if self.photos.has(a.sha256) else None
            photos.append(PhotoView(a.sha256, a.kind, load, a.captured_at, a.pending, a.reused))
        timeline = [
            TimelineItem(
                type=e.type,
                at=e.at,
                actor=e.actor_name or e.actor_id or "",
                from_status=Status(e.from_status) if e.from_status else None,
                to_status=Status(e.to_status) if e.to_status else None,
                note=e.note,
                reason=e.reason,
                target=names.get(e.target_unit_id or "", e.target_unit_id),
                pending=e.pending,
                rating=e.rating,
            )
            for e in d.events
        ]
        del uploaded
        reporter = r.reporter or {}
        return ReportDetail(
            id=r.id,
            number=r.number,
            category=category.name if category else r.category_id,
            category_id=r.category_id,
            channel=r.channel,
            status=Status(r.status),
            description=r.description,
            address=r.address,
            kelurahan=kel or (r.kelurahan_code or ""),
            lat=r.lat,
            lon=r.lon,
            created_at=r.created_at,
            is_private=r.is_private,
            reporter_hidden=bool(reporter.get("hidden", True)),
            deadlines=deadlines,
            photos=photos,
            timeline=timeline,
            pending=r.pending_count,
            estimated_completion=r.estimated_completion,
            priority=r.priority,
            in_scope=r.in_scope,
        )

    # --- photos and actions ------------------------------------------------------------

    def import_photo(self, path: Path) -> PhotoRef:
        processed = process_photo(path)  # PhotoError (a ValueError with a code) refuses it
        reused = self.photos.has(processed.meta.original_sha256, original=True)
        return PhotoRef(processed.sha256, path, processed.meta.captured_at, reused)

    def act(self, report_id: str, action: ActionType, payload: dict[str, Any]) -> ChangeSet:
        payload = dict(payload)
        sources: dict[str, Path] = payload.pop(PHOTO_SOURCES, {}) or {}
        photos_in = payload.pop("photos", None) or []
        photos: list[tuple[PhotoKind, Path]] = [
            (PhotoKind(p["kind"]), Path(sources[p["sha256"]]))
            for p in photos_in
            if p["sha256"] in sources
        ]
        return self.actions.record(report_id, action, payload, photos).changes

    def record_bulk(
        self, action: ActionType, report_ids: Sequence[str], payload: dict[str, Any]
    ) -> BulkOutcome:
        return record_bulk(self.store, self.actions.actor, action, report_ids, payload)

    # --- the walk-in desk -------------------------------------------------------------

    def all_kelurahan(self) -> Sequence[Choice]:
        """Every kelurahan with a code (the desk files reports anywhere), by name."""
        with self.store.read() as s:
            rows = s.execute(
                select(Unit.code, Unit.name)
                .where(Unit.kind == "kelurahan", Unit.code.is_not(None))
                .order_by(Unit.name)
            ).tuples()
            return [Choice(code, name) for code, name in rows if code]

    def find_duplicates(
        self,
        *,
        category_id: str | None,
        lat: float | None,
        lon: float | None,
        kelurahan_code: str | None,
        text: str,
    ) -> list[DuplicateCandidate]:
        from officer_app.store.duplicates import find_duplicates  # rapidfuzz: desk only

        with self.store.read() as s:
            return find_duplicates(
                s,
                category_id=category_id,
                lat=lat,
                lon=lon,
                kelurahan_code=kelurahan_code,
                text=text,
            )

    def support(
        self, report_id: str, *, channel: str, reporter: dict[str, Any], note: str | None
    ) -> ActionOutcome:
        return self.actions.support(report_id, channel=channel, reporter=reporter, note=note)

    def file_report(
        self, payload: dict[str, Any], photos: Sequence[Path], nik: str | None
    ) -> Filed:
        outcome = self.actions.create(payload, photos)
        if payload.get("rating_code"):
            keep_rating_code(self.store, outcome.report_id, str(payload["rating_code"]))
        receipt = receipt_for(
            self.store, outcome.report_id, nik=nik, tracking_fallback=self.tracking_url
        )
        return Filed(outcome.changes, receipt)

    def receipt(self, report_id: str) -> ReceiptData:
        return receipt_for(self.store, report_id, tracking_fallback=self.tracking_url)

    def record_receipt(self, data: ReceiptData) -> None:
        record_receipt(self.store, data)

    def todays_filings(self) -> Sequence[Filing]:
        return todays_filings(self.store, self.officer.id)

    # --- the supervisor's pages ------------------------------------------------------

    def unit_queue(self) -> QueueData:
        return load_queue(self.store, self.officer.unit_id)

    def validation_items(self) -> list[ValidationItem]:
        return load_validation(self.store, self.photos)

    def photo_bytes(self, sha256: str) -> bytes:
        """A photo: from the profile's (encrypted) photo store, or the server (worker).

        A photo fetched from the server is hash-checked by ``media_get`` and kept only
        in memory: never written to a plain cache on disk. OSError when not to be had.
        """
        from officer_app.sync.backend import BackendError

        if self.photos.has(sha256):
            return bytes(self.photos.read(sha256))  # decrypted in memory
        backend = self._ensure_backend()
        if backend is None:
            raise OSError("offline")
        try:
            return bytes(backend.media_get(sha256))
        except BackendError as exc:
            raise OSError(f"media {exc.code}") from exc

    def dashboard(self, month: str | None) -> tuple[StatsSummary, list[str]]:
        from officer_app.store import dashboard

        with self.store.read() as s:
            return dashboard.summary(s, month=month), dashboard.months(s)

    # --- the map -------------------------------------------------------------------

    def map_points(self, query: ListQuery) -> Any:
        """Every in-scope report of the list's query with a location (worker)."""
        return self.report_source.map_points(query)

    # --- about ---------------------------------------------------------------------

    def about(self) -> AboutInfo:
        from importlib.metadata import PackageNotFoundError, version

        from officer_app.store.integrity import head_revision, schema_revision

        try:
            app_version = version("crm-officer-workstation")
        except PackageNotFoundError:
            from officer_app import __version__

            app_version = __version__
        revision = schema_revision(self.store)
        with self.store.read() as s:
            last = sync_state(s).last_sync_at
        return AboutInfo(
            app_version=app_version,
            schema_version=revision,
            schema_head=head_revision(),
            server_url=self.connection.server_url,
            last_sync_at=last,
            profile_path=str(self.profile.root),
        )

    # --- outbox --------------------------------------------------------------------

    def outbox_summary(self) -> OutboxSummary:
        with self.store.read() as s:
            counts = outbox.count_by_state(s)
            aside = pulled_aside.count(s)  # listed in "Perlu perhatian" too
        return OutboxSummary(
            counts.get(outbox.PENDING, 0) + counts.get(outbox.SENDING, 0),
            counts.get(outbox.NEEDS_ATTENTION, 0) + aside,
        )

    def attention_items(self) -> Sequence[AttentionItem]:
        """Refused or conflicting actions, then the reports a pull set aside."""
        with self.store.read() as s:
            items = outbox.items(s, [outbox.NEEDS_ATTENTION])
            aside = pulled_aside.listing(s)
            ids = [i.report_id for i in items] + [a.report_id for a in aside]
            numbers = dict(
                s.execute(select(Report.id, Report.number).where(Report.id.in_(ids))).tuples().all()
            )
        return [
            AttentionItem(
                i.action_id,
                i.report_id,
                numbers.get(i.report_id, i.report_id),
                i.type,
                "conflict" if outbox.is_conflict(i.last_error_code) else "rejected",
                i.last_error_code,
                i.last_error_message,
                i.happened_at,
                can_resend=outbox.resend_may_succeed(i.last_error_code),
            )
            for i in items
        ] + [
            AttentionItem(
                "",
                a.report_id,
                numbers.get(a.report_id, a.report_id),
                "",
                "set_aside",
                "pulled_aside",
                a.reason,
                a.last_at,
                can_resend=False,
            )
            for a in aside
        ]

    def resend(self, action_id: str) -> ChangeSet:
        return self.actions.resend(action_id).changes

    def discard(self, action_id: str) -> ChangeSet:
        return self.actions.discard(action_id)

    # --- sync ----------------------------------------------------------------------

    def set_server_url(self, url: str) -> None:
        """Talk to another server address from the next cycle on (signs in again)."""
        self.connection.server_url = url
        self._backend = None

    def last_sync_at(self) -> datetime | None:
        with self.store.read() as s:
            return sync_state(s).last_sync_at

    def server(self) -> Any:
        """This sign-in's server session (None: offline); signs in again when needed."""
        return self._ensure_backend()

    def display_names(self, report_ids: Collection[str]) -> DisplayNames:
        return display_names(self.store, report_ids)

    def _ensure_backend(self) -> Any:
        if self._backend is None and self._make_backend is not None:
            backend = self._make_backend(self.connection.server_url)
            backend.login(self.officer.id, self._password)
            self._backend = backend
        return self._backend

    def sync(
        self, progress: Callable[[SyncProgress], None], cancelled: Callable[[], bool]
    ) -> SyncOutcome:
        with self._open_lock:
            if self.locked:  # the window stops syncing while locked; a late tick does nothing
                return SyncOutcome(online=False)
            return self._sync_open(progress, cancelled)

    def _sync_open(
        self, progress: Callable[[SyncProgress], None], cancelled: Callable[[], bool]
    ) -> SyncOutcome:
        from officer_app.sync.backend import AuthError, BackendError, ProtocolError
        from officer_app.sync.engine import Outcome

        try:
            backend = self._ensure_backend()
        except AuthError:
            return SyncOutcome(online=True, login_needed=True)
        except ProtocolError as exc:
            # The server answered and refused (e.g. an Open311 jurisdiction IT changed):
            # not "unreachable, sent later", which would wait for nothing.
            log.warning("server refused the sign-in of a sync: %s", exc.code)
            return SyncOutcome(online=True, outcome=Outcome.FAILED.value, message=exc.message)
        except (BackendError, OSError) as exc:
            log.info("server unreachable at login: %s", type(exc).__name__)
            return SyncOutcome(online=False)
        if backend is None:
            return SyncOutcome(online=False)

        def on_progress(p: Any) -> None:
            if p.phase == "pull":
                progress(SyncProgress("pull", p.reports, p.expected))
            elif p.phase == "push":
                progress(SyncProgress("push", p.pushed, None))
            elif p.phase == "media":
                progress(SyncProgress("media", p.media, None))

        # The cycle and its follow-up steps, exactly as ``officer-app sync`` runs them.
        result = self._session().sync(backend, on_progress=on_progress, cancel=cancelled)
        self.report_source.invalidate()
        if result.outcome is Outcome.LOGIN_NEEDED and self._make_backend is not None:
            self._backend = None  # a fresh login on the next cycle
        new_assigned, due_soon = self._notable()
        online = result.outcome not in (Outcome.UNREACHABLE,)
        return SyncOutcome(
            online=online,
            changes=result.changes,
            pushed=result.pushed,
            applied=result.applied,
            # Refused and conflicting actions, and the reports the pull set aside: all
            # wait in "Perlu perhatian".
            attention=result.conflicts + result.rejected + result.set_aside,
            new_assigned=new_assigned,
            due_soon=due_soon,
            login_needed=result.outcome is Outcome.LOGIN_NEEDED,
            message=result.message if result.outcome is not Outcome.OK else None,
            outcome=result.outcome.value,
            finished_at=datetime.now(UTC),
            extra=result.summary(),
        )

    # --- exports (supervisors): the server audits them ------------------------------

    def record_export(self, fmt: str, what: str, rows: int) -> bool:
        """Note an export just made and tell the server (worker); True when it knows.

        The notice is kept in the profile first; offline (or if the server cannot
        be reached now) it is sent at the end of the next successful sync.
        """
        from crm_shared.protocol.wire import ExportNotice
        from officer_app.store import export_notices
        from officer_app.sync.backend import BackendError

        if self.officer.role is not Role.SUPERVISOR:
            return False
        notice = ExportNotice(
            format=fmt,
            what=what[:200] or "-",
            rows=max(0, rows),
            happened_at=datetime.now(UTC),
            notice_id=uuid.uuid4().hex,  # sent again after a lost answer: recorded once
        )
        with self._open_lock:
            if self.locked:
                return False
            export_notices.keep(self.store, notice)
            try:
                backend = self._ensure_backend()
            except (BackendError, OSError) as exc:
                log.info("export notice kept for the next sync: %s", type(exc).__name__)
                return False
            return backend is not None and self._session().send_export_notices(backend)

    def _notable(self) -> tuple[list[str], list[str]]:
        """Reports newly assigned to this officer, and deadlines within the warning hours."""
        now = datetime.now(UTC)
        with self.store.read() as s:
            assigned = dict(
                s.execute(
                    select(Report.id, Report.number).where(
                        Report.assignee_id == self.officer.id, Report.in_scope.is_(True)
                    )
                )
                .tuples()
                .all()
            )
            soon = dict(
                s.execute(
                    select(Report.id, Report.number).where(
                        Report.in_scope.is_(True),
                        Report.due_at.is_not(None),
                        Report.due_at >= now,
                        Report.due_at <= now + timedelta(hours=self.deadline_warning_hours),
                    )
                )
                .tuples()
                .all()
            )
        if self._known_assigned is None:
            new: list[str] = []  # the first sync of a session announces nothing as "new"
        else:
            new = [n for rid, n in assigned.items() if rid not in self._known_assigned]
        self._known_assigned = set(assigned)
        due = [n for rid, n in soon.items() if rid not in self._notified_due]
        self._notified_due |= set(soon)
        return new, due

    def verify_password(self, password: str) -> bool:
        """Unlock (the lock page): the profile's key must open with ``password``."""
        return self.unlock(password)

    # --- lock, unlock, sign-out ---------------------------------------------------------

    def _open(self, password: str) -> None:
        """Open the store, photos, actions and desk vault of the (unlocked) profile."""
        # Encrypted profile: unlocked with the sign-in's password (unless already open).
        self.store = self.profile.open_store(password or None)
        self.photos = self.profile.photo_store()
        self.actions = LocalActions(
            self.store,
            self.photos,
            Actor(self.officer.id, self.officer.role, self.officer.unit_id, self.officer.name),
        )
        self.identity_vault = _desk_vault(self.store, self.officer.role, password)
        self.actions.vault = self.identity_vault

    @property
    def locked(self) -> bool:
        return not self.profile.unlocked

    def lock(self) -> None:
        """Idle lock: close the store, drop the keys, the password and the session (worker).

        Waits for a running sync cycle to end (the window cancels it first).
        """
        with self._open_lock:
            self.identity_vault = None
            self.actions.vault = None
            self._backend = None
            self._password = ""
            self.connection.password = ""
            self.connection.backend = None
            self.profile.lock()
        log.info("profile locked")

    def unlock(self, password: str) -> bool:
        """Open the profile again with ``password``; False (nothing changed) when wrong.

        ``TooManyAttemptsError`` (the lock page says how long to wait) while the delay
        after wrong passwords runs.
        """
        from officer_app.store.attempts import TooManyAttemptsError
        from officer_app.store.errors import StoreError

        with self._open_lock:
            if self.profile.unlocked:
                # Not locked (e.g. a stale lock page): the password must still be right
                # (the profile's one check, with its delays).
                try:
                    return bool(self.profile.verify_password(password))
                except TooManyAttemptsError:
                    raise
                except StoreError:
                    return False
            try:
                self.profile.unlock(password, create=False)
            except TooManyAttemptsError:
                log.info("unlock refused: waiting after wrong passwords")
                raise
            except StoreError:
                log.info("unlock refused")
                return False
            self._open(password)
            self.report_source.store = self.store
            self.report_source.invalidate()
            self._password = password
            self.connection.password = password
        log.info("profile unlocked")
        return True

    def _session(self) -> SyncSession:
        """The sync of this open profile (the same steps as ``officer-app sync``)."""
        from officer_app.sync.engine import SyncConfig

        return SyncSession(
            self.store,
            self.photos,
            # A window retries little and soon: the next cycle comes in a few minutes.
            config=SyncConfig(
                max_retries=1,
                backoff_base=0.2,
                backoff_max=1.0,
                lease_batch=DESK_LEASE_BATCH,
                lease_low_water=DESK_LEASE_LOW_WATER,
            ),
            identity=self.identity_vault,
            copies_key=profile_copies_key(self.profile),
        )

    def release_numbers(self) -> int:
        """The desk's end of shift: unused leased numbers go back to the server
        (worker). Offline, they stay here and expire at the end of the day."""
        from officer_app.sync.backend import BackendError
        from officer_app.sync.engine import SyncStopped

        if self.officer.role is not Role.DESK:
            return 0
        try:
            backend = self._ensure_backend()
            if backend is None:
                return 0
            return int(self._session().engine(backend).release_numbers())
        except (SyncStopped, BackendError, OSError) as exc:
            log.info("leased numbers kept (server not told): %s", type(exc).__name__)
            return 0

    def sign_out(self) -> None:
        """Forget the saved server token of this officer, then lock (worker)."""
        if self.profile.unlocked:
            self.release_numbers()
        with self._open_lock:
            if self.profile.unlocked:
                try:
                    self.profile.token_store().forget(self.connection.server_url, self.officer.id)
                except Exception as exc:  # noqa: BLE001 - sign out all the same
                    log.warning("saved token not removed: %s", type(exc).__name__)
            backend = self._backend
            close = getattr(backend, "close", None)
            if callable(close):
                close()
        self.lock()
        log.info("signed out")

    def close(self) -> None:
        with self._open_lock:
            self.store.close()
