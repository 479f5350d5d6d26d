"""One sync cycle between the local store and the server (plain Python, no Qt).

reference data (ETag) -> photos that waiting actions need (HEAD, then PUT) ->
the outbox in order, in batches -> the change feed page by page, each page
committed with its cursor (pages already downloaded join one transaction) ->
the local count against the server's count (one full re-pull when they differ)
-> a ``SyncResult`` with the change set.

Nothing a person did is lost: a cycle that stops (no network, login needed,
cancelled) leaves every unsent action in the outbox; an action the server
refuses moves to "needs attention" with the server's reason, and never blocks
the actions of other reports. Timing knobs and the sleep function are
injectable (``SyncConfig``) so that tests and the UI control waiting.
"""

from __future__ import annotations

import gc
import logging
import math
import random
import re
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, TypeVar, cast

from pydantic import ValidationError
from sqlalchemy import Table, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from crm_shared.domain import Role, SlaPolicy
from crm_shared.protocol.wire import (
    MAX_ACTIONS_PER_BATCH,
    MAX_PAGE_SIZE,
    ActionIn,
    ActionResult,
    ChangesResponse,
    ReportOut,
    TokenResponse,
)
from officer_app.store import outbox as ob
from officer_app.store import pulled_aside, search
from officer_app.store.crypto import CryptoError
from officer_app.store.db import Store
from officer_app.store.identity_vault import IdentityVault, sealed_ref, wipe_payload
from officer_app.store.photos import PhotoError, PhotoStore
from officer_app.store.queries import visible_server_count
from officer_app.store.records import ChangeSet, due_at, sla_policy
from officer_app.store.schema import (
    Event,
    LeasedNumber,
    OutboxItem,
    Report,
    SyncState,
    UploadedMedia,
)
from officer_app.store.state import reference_data, save_reference, sync_state

from . import merge
from .backend import (
    SAFE_ID,
    AuthError,
    BackendError,
    MediaRejectedError,
    ProtocolError,
    SetAside,
    SyncBackend,
    TransientError,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

MAX_SQL_INT = 2**63 - 1  # what SQLite's INTEGER holds
# A pull's commits leave the WAL's checkpoint to a helper thread while the WAL is
# smaller than this (issue 22); beyond it the commit checkpoints, as any commit does.
WAL_INLINE_BYTES = 64 * 1024 * 1024
MAX_VERSION = 2**53  # a version or sequence number beyond this is not a real one
# C0 controls other than tab/newline/return, DEL, and the bidirectional overrides
# and isolates that make text display differently from what it says.
_HOSTILE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


class Outcome(StrEnum):
    OK = "ok"
    LOGIN_NEEDED = "login_needed"
    UNREACHABLE = "unreachable"
    CANCELLED = "cancelled"
    FAILED = "failed"  # the server said something we cannot use; local work kept


MESSAGES = {
    Outcome.OK: "Sinkronisasi selesai.",
    Outcome.LOGIN_NEEDED: "Perlu masuk (login) lagi. Semua pekerjaan Anda tetap tersimpan.",
    Outcome.UNREACHABLE: (
        "Server tidak dapat dihubungi. Semua pekerjaan Anda tetap tersimpan dan akan "
        "dikirim pada sinkronisasi berikutnya."
    ),
    Outcome.CANCELLED: "Sinkronisasi dibatalkan. Semua pekerjaan Anda tetap tersimpan.",
    Outcome.FAILED: (
        "Server memberi jawaban yang tidak dapat dipakai. Semua pekerjaan Anda tetap tersimpan."
    ),
}


# The server's answers to a lease that mean "not now", not "something is wrong"
# (central_server.leases): the cycle goes on without new numbers.
LEASE_DECLINED = frozenset({"lease_quota", "numbers_exhausted"})


@dataclass
class SyncConfig:
    page_size: int = MAX_PAGE_SIZE
    batch_size: int = MAX_ACTIONS_PER_BATCH
    max_retries: int = 5  # per request, after the first try
    backoff_base: float = 0.5  # seconds; doubles per retry
    backoff_max: float = 30.0
    retry_after_max: float = 300.0  # a longer Retry-After stops the cycle instead
    recount: bool = True  # re-pull once when the local count differs from the server's
    lease_batch: int = 50  # walk-in desk: report numbers to lease at a time (0: never)
    lease_low_water: int = 10  # lease more when fewer unused numbers are left
    # Pages that are already downloaded commit together, up to this many reports or
    # this long a transaction: each commit rewrites every index page its rows touch
    # (and SQLCipher encrypts each one), so fewer, larger commits make an initial
    # sync faster. Never waits for the network inside a transaction.
    commit_reports: int = 10_000
    commit_seconds: float = 1.0
    prefetch: bool = True  # fetch the next page while writing this one (False: in turn)
    sleep: Callable[[float], None] = time.sleep
    random: Callable[[], float] = random.random


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # "reference" | "media" | "push" | "pull"
    pages: int = 0
    reports: int = 0
    bytes: int = 0
    pushed: int = 0
    media: int = 0
    # A full pull (the first sync, a re-pull): the reports the server says are
    # visible, so a person sees "2.000 of ~6.040" (approximate: the feed moves).
    expected: int | None = None


@dataclass
class SyncResult:
    outcome: Outcome = Outcome.OK
    message: str = MESSAGES[Outcome.OK]
    pulled: int = 0
    removed: int = 0
    pushed: int = 0
    applied: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    media_uploaded: int = 0
    duration_s: float = 0.0
    cursor: int = 0
    pages: int = 0
    bytes: int = 0
    recounted: bool = False
    set_aside: int = 0  # change-feed reports left out as unusable (each one logged)
    numbers_returned: int = 0  # unused leased numbers given back (expired leases)
    lease_declined: str = ""  # the server's code when it lent no numbers this cycle
    needs_attention: int = 0  # items waiting for a person after this cycle
    waiting: int = 0  # items still waiting to be sent after this cycle
    changes: ChangeSet = field(default_factory=ChangeSet)

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK

    def summary(self) -> dict[str, Any]:
        """The numbers the headless command prints (and a UI status line uses)."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "changes"}
        data["outcome"] = self.outcome.value
        data["duration_s"] = round(self.duration_s, 3)
        return data


class SyncStopped(Exception):
    """A cycle (or a login) could not go on; ``outcome`` says why."""

    def __init__(self, outcome: Outcome, detail: str = "") -> None:
        super().__init__(detail or outcome.value)
        self.outcome = outcome
        self.detail = detail
        self.message = MESSAGES[outcome]


def backoff_delay(attempt: int, retry_after: float | None, config: SyncConfig) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based).

    Exponential with "equal jitter" (half fixed, half random) so that many
    workstations coming back after an outage do not retry in step; never less
    than the server's Retry-After.
    """
    ceiling = min(config.backoff_max, config.backoff_base * 2 ** (attempt - 1))
    delay = ceiling / 2 + ceiling / 2 * config.random()
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay


def call_with_backoff(
    config: SyncConfig, cancel: Callable[[], bool], fn: Callable[..., T], *args: Any
) -> T:
    """Call a backend method; retry transient failures with jittered backoff.

    Raises SyncStopped: LOGIN_NEEDED on AuthError, UNREACHABLE when retries run
    out (or the server asks to wait longer than ``retry_after_max``), CANCELLED.
    """
    attempt = 0
    while True:
        try:
            return fn(*args)
        except AuthError as exc:
            raise SyncStopped(Outcome.LOGIN_NEEDED, exc.code) from exc
        except TransientError as exc:
            attempt += 1
            if attempt > config.max_retries:
                raise SyncStopped(Outcome.UNREACHABLE, exc.code) from exc
            if exc.retry_after is not None and exc.retry_after > config.retry_after_max:
                raise SyncStopped(Outcome.UNREACHABLE, f"retry-after {exc.retry_after}") from exc
            delay = backoff_delay(attempt, exc.retry_after, config)
            log.info("%s: retry %d in %.2fs (%s)", fn.__name__, attempt, delay, exc.code)
            if cancel():
                raise SyncStopped(Outcome.CANCELLED) from exc
            config.sleep(delay)
            if cancel():
                raise SyncStopped(Outcome.CANCELLED) from exc


def record_login(store: Store, server_url: str, token: TokenResponse) -> None:
    """Remember who this profile belongs to and where its server is."""
    with store.write() as session:
        state = sync_state(session)
        state.server_url = server_url
        state.officer_id = token.officer.id
        state.officer_name = token.officer.name
        state.role = token.officer.role.value
        state.unit_id = token.officer.unit_id
        state.unit_name = token.officer.unit_name


class SyncEngine:
    def __init__(
        self,
        store: Store,
        backend: SyncBackend,
        photos: PhotoStore,
        *,
        config: SyncConfig | None = None,
        on_progress: Callable[[SyncProgress], None] | None = None,
        identity: IdentityVault | None = None,
    ) -> None:
        self.identity = identity  # walk-in desk: reveals sealed reporters at push time
        self.store = store
        self.backend = backend
        self.photos = photos
        self.config = config or SyncConfig()
        self.on_progress = on_progress
        self._cancel: Callable[[], bool] = lambda: False
        self._bytes_at_start = 0
        self._expected: int | None = None  # reports a full pull will bring (server's count)

    # --- the cycle ----------------------------------------------------------------

    def run(self, cancel: Callable[[], bool] | None = None) -> SyncResult:
        self._cancel = cancel or (lambda: False)
        started = time.monotonic()
        self._bytes_at_start = self.backend.bytes_received
        result = SyncResult()
        try:
            with self.store.write() as session:
                ob.requeue_sending(session)  # left by an interrupted cycle
            policy = self._reference(result)
            self._push(result, policy)
            self._top_up_numbers(result)
            self._pull(result, policy)
        except SyncStopped as stop:
            result.outcome = stop.outcome
            result.message = MESSAGES[stop.outcome]
            log.info("sync stopped: %s (%s)", stop.outcome.value, stop.detail)
        except ProtocolError as exc:
            result.outcome, result.message = Outcome.FAILED, MESSAGES[Outcome.FAILED]
            log.warning("sync failed: server answered %s", exc.code)
        finally:
            self._finish(result, started)
        return result

    def _finish(self, result: SyncResult, started: float) -> None:
        # The cycle's last commits leave the WAL's checkpoint (and its fsyncs) to a
        # helper thread, after the result is known (``Store.checkpoint_soon``).
        with self.store.write(checkpoint=False) as session:
            ob.requeue_sending(session)
            state = sync_state(session)
            if result.ok:
                state.last_sync_at = datetime.now(UTC)
                state.last_error = None
            else:
                state.last_error = result.outcome.value
            result.cursor = state.cursor
            counts = ob.count_by_state(session)
        result.needs_attention = counts.get(ob.NEEDS_ATTENTION, 0)
        result.waiting = counts.get(ob.PENDING, 0) + counts.get(ob.SENDING, 0)
        result.bytes = self.backend.bytes_received - self._bytes_at_start
        result.duration_s = time.monotonic() - started
        self.store.checkpoint_soon()

    # --- requests with backoff ------------------------------------------------------

    def _check_cancel(self) -> None:
        if self._cancel():
            raise SyncStopped(Outcome.CANCELLED)

    def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return call_with_backoff(self.config, self._cancel, fn, *args)

    def _progress(self, phase: str, result: SyncResult) -> None:
        if self.on_progress is not None:
            self.on_progress(
                SyncProgress(
                    phase=phase,
                    pages=result.pages,
                    reports=result.pulled,
                    bytes=self.backend.bytes_received - self._bytes_at_start,
                    pushed=result.pushed,
                    media=result.media_uploaded,
                    expected=self._expected if phase == "pull" else None,
                )
            )

    # --- reference data -------------------------------------------------------------

    def _reference(self, result: SyncResult) -> SlaPolicy:
        with self.store.read() as session:
            data, etag = reference_data(session)
        new, new_etag = self._call(self.backend.reference, etag)
        if new is not None:
            raw = new.model_dump(mode="json")
            with self.store.write() as session:
                save_reference(session, raw, new_etag)
                # Category names are indexed and SLA rules set deadlines: refresh both
                # (reference data changes rarely; the first time there are no reports).
                search.rebuild(session)
                _refresh_all_deadlines(session, sla_policy(raw))
            data = raw
        self._progress("reference", result)
        return sla_policy(data)

    # --- push -----------------------------------------------------------------------

    def _push(self, result: SyncResult, policy: SlaPolicy) -> None:
        last_seq = 0  # each row goes out at most once per cycle (rows are in seq order)
        while True:
            self._check_cancel()
            size = min(self.config.batch_size, MAX_ACTIONS_PER_BATCH)
            with self.store.read() as session:
                rows = ob.next_pending(session, size, after_seq=last_seq)
            if not rows:
                return
            last_seq = rows[-1].seq
            batch = self._build_actions(self._upload_media(rows, result))
            if not batch:
                continue
            now = datetime.now(UTC)
            with self.store.write() as session:
                session.execute(
                    update(OutboxItem)
                    .where(OutboxItem.seq.in_([r.seq for r, _ in batch]))
                    .where(OutboxItem.state == ob.PENDING)
                    .values(state=ob.SENDING, attempts=OutboxItem.attempts + 1, updated_at=now)
                )
            answers = self._call(self.backend.push, [a for _, a in batch])
            self._apply_results([r for r, _ in batch], answers, result, policy)
            self._progress("push", result)

    def _build_actions(self, rows: Sequence[OutboxItem]) -> list[tuple[OutboxItem, ActionIn]]:
        out = []
        for row in rows:
            payload = self._unsealed(row)
            if payload is None:
                continue
            try:
                action = ActionIn(
                    action_id=row.action_id,
                    report_id=row.report_id,
                    type=row.type,
                    base_version=row.base_version,
                    payload=payload,
                    happened_at=row.happened_at,
                )
            except ValidationError:
                self._attention(row.seq, "invalid_local", "Tindakan ini tidak dapat dikirim.")
                continue
            out.append((row, action))
        return out

    def _unsealed(self, row: OutboxItem) -> dict[str, Any] | None:
        """The payload to send: a reporter sealed in the identity vault is revealed
        only here, in memory. None: held back (vault locked) or unusable."""
        if sealed_ref(row.payload) is None:
            return row.payload
        if self.identity is None:
            log.info("action %s held back: identity vault locked", row.action_id)
            return None
        try:
            with self.store.read() as session:
                return self.identity.fill(session, row.payload)
        except (KeyError, ValueError, CryptoError):
            self._attention(
                row.seq,
                "identity_missing",
                "Identitas pelapor untuk tindakan ini tidak dapat dibuka di komputer ini.",
            )
            return None

    def _attention(self, seq: int, code: str, message: str) -> None:
        with self.store.write() as session:
            item = session.get(OutboxItem, seq)
            if item is not None:
                ob.needs_attention(session, item, code, message)
                session.flush()
                ob.refresh_pending_counts(session, [item.report_id])

    def _apply_results(
        self,
        rows: Sequence[OutboxItem],
        answers: Sequence[ActionResult],
        result: SyncResult,
        policy: SlaPolicy,
    ) -> None:
        by_id = {a.action_id: a for a in answers}
        now = datetime.now(UTC)
        reports: list[ReportOut] = []
        with self.store.write() as session:
            for row in rows:
                item = session.get(OutboxItem, row.seq)
                answer = by_id.get(row.action_id)
                if item is None:
                    continue
                if answer is None:  # not answered: send again next time
                    item.state = ob.PENDING
                    continue
                result.pushed += 1
                if answer.status in ("applied", "duplicate"):
                    if answer.status == "applied":
                        result.applied += 1
                    else:
                        result.duplicates += 1
                    wipe_payload(session, item.payload)  # the server has the identity now
                    session.delete(item)
                    session.execute(
                        update(Event).where(Event.id == row.action_id).values(pending=False)
                    )
                else:
                    if answer.status == "conflict":
                        result.conflicts += 1
                    else:
                        result.rejected += 1
                    ob.needs_attention(
                        session,
                        item,
                        answer.code or answer.status,
                        answer.message or "Server menolak tindakan ini.",
                        now,
                    )
                    if answer.code == "photo_missing":
                        # We believed the server had these photos (a HEAD said so,
                        # perhaps a captive portal's): ask again before the resend.
                        shas = [str(p.get("sha256")) for p in row.payload.get("photos") or []]
                        session.execute(delete(UploadedMedia).where(UploadedMedia.sha256.in_(shas)))
                if answer.report is not None:
                    reports.append(answer.report)
            session.flush()
            changes = merge.apply_reports(session, reports, policy=policy, now=now)
            report_ids = {r.report_id for r in rows}
            ob.refresh_pending_counts(session, report_ids)
            for rid in report_ids:
                changes.mark(rid, {"pending_count", "timeline"})
        result.changes.update(changes)

    def _upload_media(self, rows: Sequence[OutboxItem], result: SyncResult) -> list[OutboxItem]:
        """Make sure the server holds every photo these actions refer to."""
        needed: dict[str, list[OutboxItem]] = {}
        for row in rows:
            for photo in row.payload.get("photos") or []:
                needed.setdefault(str(photo.get("sha256")), []).append(row)
        if not needed:
            return list(rows)
        with self.store.read() as session:
            known = set(
                session.scalars(
                    select(UploadedMedia.sha256).where(UploadedMedia.sha256.in_(list(needed)))
                )
            )
        failed: set[int] = set()
        for sha, users in needed.items():
            if sha in known:
                continue
            self._check_cancel()
            try:
                data = self.photos.read(sha)
            except (FileNotFoundError, PhotoError, ValueError):
                for row in users:
                    failed.add(row.seq)
                    self._attention(
                        row.seq,
                        "photo_missing",
                        "Foto untuk tindakan ini tidak ditemukan atau rusak di komputer ini.",
                    )
                continue
            try:
                if not self._call(self.backend.media_head, sha):
                    self._call(self.backend.media_put, sha, data, "image/jpeg")
                    result.media_uploaded += 1
            except MediaRejectedError as exc:
                for row in users:
                    failed.add(row.seq)
                    self._attention(row.seq, exc.code, exc.message)
                continue
            with self.store.write() as session:
                session.merge(UploadedMedia(sha256=sha, uploaded_at=datetime.now(UTC)))
            self._progress("media", result)
        return [r for r in rows if r.seq not in failed]

    # --- report numbers for the walk-in desk -------------------------------------------

    def _is_desk(self) -> bool:
        with self.store.read() as session:
            state = session.get(SyncState, 1)
            return state is not None and state.role == Role.DESK.value

    def _top_up_numbers(self, result: SyncResult | None = None) -> None:
        """Keep a block of official numbers so the desk can hand them out offline;
        give back the unused numbers of leases that have expired."""
        if not self._is_desk():
            return
        now = datetime.now(UTC)
        returned = self._return_leases(expired_only=True, now=now)
        if result is not None:
            result.numbers_returned += returned
        if self.config.lease_batch <= 0:
            return
        with self.store.read() as session:
            unused = session.scalar(
                select(func.count())
                .select_from(LeasedNumber)
                .where(LeasedNumber.report_id.is_(None), LeasedNumber.expires_at > now)
            )
        if (unused or 0) >= self.config.lease_low_water:
            return
        try:
            lease = self._call(self.backend.lease_numbers, self.config.lease_batch)
        except ProtocolError as exc:
            if exc.code not in LEASE_DECLINED:
                raise
            # "Not now" (the desk holds its quota, or the day's numbers are out): no
            # numbers this cycle, and nothing wrong with the sync. The desk goes on
            # with the numbers it holds, then with provisional codes (store.desk).
            log.info("numbers not leased this cycle: the server answered %s", exc.code)
            if result is not None:
                result.lease_declined = exc.code
            return
        with self.store.write() as session:
            for number in lease.numbers:
                session.merge(
                    LeasedNumber(
                        number=number, lease_id=lease.lease_id, expires_at=lease.expires_at
                    )
                )

    def release_numbers(self, cancel: Callable[[], bool] | None = None) -> int:
        """End every lease of this desk (sign-out, end of shift): the unused numbers
        go back to the server, then leave this profile. How many were returned.

        Numbers already written on a receipt are kept (their reports still go out).
        Raises ``SyncStopped`` when the server cannot be told (login needed,
        unreachable): the numbers then stay here, still usable until they expire.
        """
        self._cancel = cancel or (lambda: False)
        return self._return_leases(expired_only=False, now=datetime.now(UTC))

    def _return_leases(self, *, expired_only: bool, now: datetime) -> int:
        stmt = select(LeasedNumber.lease_id, LeasedNumber.number).where(
            LeasedNumber.report_id.is_(None)
        )
        if expired_only:
            stmt = stmt.where(LeasedNumber.expires_at <= now)
        with self.store.read() as session:
            by_lease: dict[str, list[str]] = {}
            for lease_id, number in session.execute(stmt.order_by(LeasedNumber.number)).tuples():
                by_lease.setdefault(lease_id, []).append(number)
        returned = 0
        for lease_id, numbers in by_lease.items():
            try:
                for start in range(0, len(numbers), 200):  # the server takes 200 at a time
                    self._call(self.backend.return_lease, lease_id, numbers[start : start + 200])
            except (ProtocolError, ValueError) as exc:
                # The server refuses (unknown lease, a number it says is used): for
                # an expired lease the numbers are of no use here any more.
                code = getattr(exc, "code", "invalid")
                log.warning("lease %s: return refused (%s)", lease_id[:40], code)
                if not expired_only:
                    continue
            else:
                returned += len(numbers)
                log.info("lease %s: %d unused number(s) returned", lease_id[:40], len(numbers))
            with self.store.write() as session:
                session.execute(
                    delete(LeasedNumber).where(
                        LeasedNumber.lease_id == lease_id,
                        LeasedNumber.report_id.is_(None),
                        LeasedNumber.number.in_(numbers),
                    )
                )
        return returned

    # --- pull -----------------------------------------------------------------------

    def _pull(self, result: SyncResult, policy: SlaPolicy) -> None:
        with self.store.read() as session:
            state = session.get(SyncState, 1)
            cursor = state.cursor if state is not None else 0
        before = result.set_aside
        total = self._pull_from(cursor, result, policy)
        if not self.config.recount:
            return
        with self.store.read() as session:
            local = visible_server_count(session)
        # Reports set aside are counted by the server but not held here.
        if total is not None and local + (result.set_aside - before) != total:
            log.info("local count %d != server count %d: full re-pull", local, total)
            result.recounted = True
            self._pull_from(0, result, policy)

    def _pull_from(self, cursor: int, result: SyncResult, policy: SlaPolicy) -> int | None:
        """Pull pages from ``cursor`` until the feed has no more; the server's count.
        The GC runs less often meanwhile, and the bulk writes' page cache is given
        back at the end, however the pull ends."""
        try:
            with _fewer_collections():
                return self._pull_pages(cursor, result, policy)
        finally:
            self.store.trim_memory()

    def _pull_pages(self, cursor: int, result: SyncResult, policy: SlaPolicy) -> int | None:
        """The pages of ``_pull_from``.

        The next page is fetched (and parsed) in a helper thread while this one
        writes the current page: the server's time and ours overlap. Only this
        thread writes to the store; pages commit with the cursor of the last one
        in the same transaction. When the next page is already here, it joins the
        open transaction (see ``SyncConfig.commit_reports``); a page that is not
        here yet, a refused page or a failed download is never waited for or
        raised inside it, so what was applied before commits.
        """
        full = cursor == 0
        pulled_before = result.pulled  # a re-pull counts on from the first pull
        seen: set[str] = set()
        size = self.config.page_size
        self._check_cancel()
        pool: ThreadPoolExecutor | _InTurn = (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-fetch")
            if self.config.prefetch
            else _InTurn()
        )
        with pool:
            ahead: Future[ChangesResponse] = pool.submit(
                self._call, self.backend.changes, cursor, size
            )
            while True:
                page = ahead.result()  # may wait for the network: no transaction is open
                _check_envelope(page, cursor)
                if full:  # what the server holds for us: the pull's expected size
                    self._expected = pulled_before + page.total_visible
                done: list[_PageOutcome] = []
                # More pages follow: a large pull, written with a large page cache. A
                # page's commit leaves the WAL's checkpoint (its copy and fsyncs) to a
                # helper thread, which works while the next page is applied; a WAL grown
                # past ``WAL_INLINE_BYTES`` (the helper behind) is checkpointed by the
                # commit again, as any commit does.
                inline = self.store.wal_bytes() > WAL_INLINE_BYTES
                with self.store.write(bulk=page.has_more, checkpoint=inline) as session:
                    opened = time.monotonic()
                    applied = 0
                    while True:
                        last = not page.has_more or page.cursor == cursor
                        if not last and not self._cancel():
                            ahead = pool.submit(self._call, self.backend.changes, page.cursor, size)
                        number = result.pages + len(done) + 1
                        done.append(self._apply_page(session, page, number, full, seen, policy))
                        applied += len(page.reports)
                        cursor = page.cursor
                        if last or self._cancel() or not self._joins(ahead, applied, opened):
                            break
                        page = ahead.result()
                        if _envelope_error(page, cursor) is not None:
                            break  # committed first; refused below by _check_envelope
                self.store.checkpoint_soon()
                for outcome in done:  # committed: now they count
                    outcome.count(result)
                    self._progress("pull", result)
                if last:
                    return page.total_visible
                self._check_cancel()

    def _joins(self, ahead: Future[ChangesResponse], applied: int, opened: float) -> bool:
        """Whether the next page may join the open transaction."""
        return (
            ahead.done()
            and ahead.exception() is None
            and applied < self.config.commit_reports
            and time.monotonic() - opened < self.config.commit_seconds
        )

    def _apply_page(
        self,
        session: Session,
        page: ChangesResponse,
        number: int,
        full: bool,
        seen: set[str],
        policy: SlaPolicy,
    ) -> _PageOutcome:
        """Apply one page (the ``number``th of this pull) in the caller's transaction."""
        now = datetime.now(UTC)
        aside: list[SetAside] = list(getattr(page, "set_aside", None) or [])
        reports: list[ReportOut] = []
        for position, report in enumerate(page.reports):
            problem = report_problem(report)
            if problem is None:
                reports.append(report)
            else:
                safe = report.id if SAFE_ID.fullmatch(report.id) else None
                aside.append(SetAside(position, problem, safe))
        for item in aside:
            # The reason names fields and error kinds, never values (no personal data).
            log.warning(
                "change feed: report %s at position %d of page %d set aside: %s",
                item.report_id or "<unsafe id>",
                item.position,
                number,
                item.reason,
            )
        removed = [rid for rid in page.removed if SAFE_ID.fullmatch(rid)]
        if len(removed) != len(page.removed):
            log.warning(
                "change feed: %d removed id(s) of page %d ignored: not valid ids",
                len(page.removed) - len(removed),
                number,
            )
        page_ids = {r.id for r in reports}
        # Kept for "Perlu perhatian" until a later pull brings the report.
        pulled_aside.clear(session, page_ids | set(removed))
        pulled_aside.record(session, ((a.report_id, a.reason) for a in aside if a.report_id), now)
        if full:
            seen |= page_ids
            # A report set aside is still on the server: never drop our copy for it.
            seen |= {a.report_id for a in aside if a.report_id is not None}
        changes = merge.apply_reports(session, reports, policy=policy, now=now)
        gone = merge.apply_removed(
            session,
            [rid for rid in removed if rid not in page_ids],
            now=now,
            changes=changes,
        )
        if full and not page.has_more:
            gone.deleted += merge.drop_unseen(session, seen, changes)
            pulled_aside.keep_only(session, seen)
        state = sync_state(session)
        state.cursor = page.cursor
        state.total_visible = page.total_visible
        return _PageOutcome(changes, len(reports), len(aside), gone.deleted + gone.kept_with_work)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the garbage collector's young generations less often during a pull.

    A pull allocates millions of short-lived objects (parsed models, row
    tuples) and makes no reference cycles that need collecting promptly; at
    CPython's default (a young collection every 700 allocations) 8-10 % of an
    initial sync went to ``gc_collect_main`` (perf). Restored afterwards.
    """
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], 20_000), max(before[1], 20), max(before[2], 20))
    try:
        yield
    finally:
        gc.set_threshold(*before)


class _InTurn:
    """Runs each fetch at once, in this thread (``SyncConfig.prefetch`` off)."""

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args))
        except Exception as exc:  # handed over as a thread pool would
            future.set_exception(exc)
        return future

    def __enter__(self) -> _InTurn:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


@dataclass
class _PageOutcome:
    """What one applied page adds to the result, once its transaction committed."""

    changes: ChangeSet
    pulled: int
    set_aside: int
    removed: int

    def count(self, result: SyncResult) -> None:
        result.changes.update(self.changes)
        result.pulled += self.pulled
        result.set_aside += self.set_aside
        result.removed += self.removed
        result.pages += 1


def _envelope_error(page: ChangesResponse, requested: int) -> ProtocolError | None:
    """Why a page whose cursor or count cannot be right is refused whole (None: it can)."""
    if not requested <= page.cursor <= MAX_SQL_INT:
        return ProtocolError("bad_cursor", "Jawaban server tidak sesuai protokol (kursor).")
    if not 0 <= page.total_visible <= MAX_SQL_INT:
        return ProtocolError("bad_total", "Jawaban server tidak sesuai protokol (jumlah).")
    return None


def _check_envelope(page: ChangesResponse, requested: int) -> None:
    """Refuse a page whose cursor or count cannot be right (nothing of it applied)."""
    error = _envelope_error(page, requested)
    if error is not None:
        log.warning(
            "change feed: page refused (%s): cursor %d -> %d, total %d",
            error.code,
            requested,
            page.cursor,
            page.total_visible,
        )
        raise error


def _text_problem(name: str, value: str | None) -> str | None:
    if value and _HOSTILE_CHARS.search(value):
        return f"{name}: control or direction-override character"
    return None


def _id_problem(name: str, value: str | None) -> str | None:
    if value is not None and not SAFE_ID.fullmatch(value):
        return f"{name}: not a valid id"
    return None


def _coord_problem(lat: float | None, lon: float | None) -> str | None:
    if lat is not None and not (math.isfinite(lat) and -90.0 <= lat <= 90.0):
        return "lat: out of range"
    if lon is not None and not (math.isfinite(lon) and -180.0 <= lon <= 180.0):
        return "lon: out of range"
    return None


# Every id of a report at once: SAFE_ID's ids joined by tabs (not in a valid id).
_SAFE_IDS = re.compile(rf"(?:{SAFE_ID.pattern})(?:\t(?:{SAFE_ID.pattern}))*")


def _plainly_fine(report: ReportOut) -> bool:
    """The same checks as ``report_problem`` in one regular-expression pass per kind
    (ids, texts): what nearly every report is, found without a call per field."""
    ids = [report.id, report.number, report.category_id, report.unit_id, report.assignee_id,
           report.duplicate_of, report.kelurahan_code]  # fmt: skip
    rep = report.reporter
    texts = [report.description, report.address, rep.name, rep.nik, rep.phone, rep.address]
    for att in report.attachments:
        if not 0 <= att.size <= MAX_SQL_INT or _coord_problem(att.lat, att.lon) is not None:
            return False
        ids.append(att.event_id)
    for ev in report.events:
        ids += (ev.id, ev.actor_id, ev.target_unit_id, ev.assignee_id, ev.action_id)
        texts += (ev.actor_name, ev.note, ev.reason)
    present = [i for i in ids if i is not None]
    joined = "\t".join(present)
    # A tab is not a hostile character, so joining texts with it finds what each
    # would; ids are split at their tabs only if none of them holds one itself.
    return (
        0 <= report.version <= MAX_VERSION
        and 0 <= report.seq <= MAX_VERSION
        and 0 <= report.supporters <= MAX_VERSION
        and _coord_problem(report.lat, report.lon) is None
        and joined.count("\t") == len(present) - 1
        and _SAFE_IDS.fullmatch(joined) is not None
        and _HOSTILE_CHARS.search("\t".join([t for t in texts if t])) is None
    )


def report_problem(report: ReportOut) -> str | None:
    """Why a report that matched the schema is still unusable, or None.

    Ids must be plain ids (no paths, markup, spaces or controls), numbers within
    what a real server gives, coordinates on Earth, and citizen text free of
    control characters and direction overrides. Markup inside text is fine: it
    is stored and shown as text.
    """
    if _plainly_fine(report):
        return None
    checks: list[str | None] = [
        _id_problem("id", report.id),
        _id_problem("number", report.number),
        _id_problem("category_id", report.category_id),
        _id_problem("unit_id", report.unit_id),
        _id_problem("assignee_id", report.assignee_id),
        _id_problem("duplicate_of", report.duplicate_of),
        _id_problem("kelurahan_code", report.kelurahan_code),
        None if 0 <= report.version <= MAX_VERSION else "version: out of range",
        None if 0 <= report.seq <= MAX_VERSION else "seq: out of range",
        None if 0 <= report.supporters <= MAX_VERSION else "supporters: out of range",
        _coord_problem(report.lat, report.lon),
        _text_problem("description", report.description),
        _text_problem("address", report.address),
        _text_problem("reporter", report.reporter.name),
        _text_problem("reporter", report.reporter.nik),
        _text_problem("reporter", report.reporter.phone),
        _text_problem("reporter", report.reporter.address),
    ]
    for i, att in enumerate(report.attachments):
        checks.append(_id_problem(f"attachments.{i}.event_id", att.event_id))
        checks.append(None if 0 <= att.size <= MAX_SQL_INT else f"attachments.{i}.size: range")
        checks.append(_coord_problem(att.lat, att.lon))
    for i, ev in enumerate(report.events):
        checks += [
            _id_problem(f"events.{i}.id", ev.id),
            _id_problem(f"events.{i}.actor_id", ev.actor_id),
            _id_problem(f"events.{i}.target_unit_id", ev.target_unit_id),
            _id_problem(f"events.{i}.assignee_id", ev.assignee_id),
            _id_problem(f"events.{i}.action_id", ev.action_id),
            _text_problem(f"events.{i}.actor_name", ev.actor_name),
            _text_problem(f"events.{i}.note", ev.note),
            _text_problem(f"events.{i}.reason", ev.reason),
        ]
    return next((c for c in checks if c is not None), None)


def _refresh_all_deadlines(session: Session, policy: SlaPolicy) -> None:
    """Recompute every report's next deadline (after the SLA rules changed)."""
    rows = session.execute(
        select(
            Report.id,
            Report.channel,
            Report.status,
            Report.created_at,
            Report.landed_at,
            Report.first_response_at,
            Report.followup_at,
            Report.estimated_completion,
            Report.category_id,
        )
    ).all()
    if not rows:
        return
    table = cast(Table, Report.__table__)
    stmt = update(table).where(table.c.id == bindparam("b_id")).values(due_at=bindparam("b_due"))
    session.execute(stmt, [{"b_id": r.id, "b_due": due_at(r._asdict(), policy)} for r in rows])


__all__ = [
    "BackendError",
    "SyncStopped",
    "call_with_backoff",
    "record_login",
    "Outcome",
    "SyncConfig",
    "SyncEngine",
    "SyncProgress",
    "SyncResult",
    "backoff_delay",
]
