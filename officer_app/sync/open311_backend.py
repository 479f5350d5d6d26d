"""``SyncBackend`` for an Open311 GeoReport v2 server with FixMyStreet's updates.

The workstation as an officer client of any GeoReport v2 server (docs/open311.md):

- reference data: ``services`` (and each service's definition, its attributes)
  become our categories, refreshed when discovery's ``changeset`` moves;
- pull: date windows (``start_date``/``end_date``) over the whole range, each
  read completely whatever the server does with paging (``open311_windows``):
  paging hints are followed, an answer that may have been cut is split, and what
  cannot be read whole is a gap that fails the cycle (never "ok" with a known
  gap) and is read again first in the next one. Then FixMyStreet's
  ``servicerequestupdates`` by date window (statuses and timeline), or
  ``updated_after`` windows, or (a plain server) a re-check of every request held
  here by id. A request the server fails on (a 500 on that id) is set aside and
  the sync goes on;
- push: a new walk-in report is ``POST requests`` (``api_key``, ``attribute[...]``,
  a location); every other action is ``POST servicerequestupdates`` with
  ``update_id`` = our action id, so a retry can never apply it twice;
- photos cannot travel over GeoReport v2 (no upload): an action with photos goes
  to "needs attention" with that reason, never silently without them.

Reports pulled over Open311 have the ``service_request_id`` as id and number; a
report filed here keeps its local id (the mapping is kept in the state file, with
the service definitions and the ids this profile holds).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests

from crm_shared.domain import ActionType, Channel, Role, Status
from crm_shared.protocol import open311_status as st
from crm_shared.protocol.wire import (
    ActionIn,
    ActionResult,
    CategoryOut,
    ChangesResponse,
    EventOut,
    LeaseResponse,
    OfficerInfo,
    ReferenceData,
    ReportOut,
    TokenResponse,
    UnitOut,
)
from officer_app import __version__

from .backend import (
    AuthError,
    ChangesPage,
    MediaRejectedError,
    ProtocolError,
    SetAside,
    TransientError,
)
from .http_backend import (
    CONNECT_TIMEOUT_S,
    READ_TIMEOUT_S,
    TLS_UNTRUSTED_MESSAGE,
    TRANSIENT_STATUSES,
    UNREACHABLE_MESSAGE,
    TransportPolicy,
    parse_retry_after,
)
from .open311_format import (
    BodyError,
    as_bool,
    as_float,
    as_list,
    error_of,
    parse_body,
    parse_datetime,
    text,
    w3c,
)
from .open311_windows import (
    Answer,
    DatesIgnored,
    Gap,
    Sizes,
    WindowReader,
    WindowRefused,
    WindowResult,
)

log = logging.getLogger(__name__)

PAGE_BITS = 20
PAGE_MASK = (1 << PAGE_BITS) - 1
SEEN_KEYS = 20  # update keys remembered per request (updates applied, not again)
DONE = PAGE_MASK  # the step of a cursor whose cycle finished
GAPS_LEFT = PAGE_MASK - 1  # ... finished with gaps (the next call fails the cycle)
MAX_PAGE = 1000  # the spec's 1000 records
WINDOW_S = 30 * 86_400  # a window of the pull (servers limit spans, often to 90 days)
OVERLAP_S = 3_600  # each cycle reads the last hour of the previous one again
END_SLACK_S = 900  # windows end this far after our "now" (the server's clock may lead)
DISCOVER_EMPTY = 12  # a first pull goes back until this many empty windows in a row...
DISCOVER_MAX_S = 20 * 365 * 86_400  # ... or this far
ID_CHUNK = 50  # service_request_id values per GET
ROOT_UNIT = "open311"
_KEMENDAGRI = re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")
_SLUG = re.compile(r"[^a-z0-9]+")

NO_MEDIA_MESSAGE = (
    "Server Open311 tidak menerima unggahan foto; tindakan dengan foto tidak dapat "
    "dikirim lewat Open311. Batalkan atau kirim lewat server CRM."
)


SERVER_ERROR_MESSAGE = (
    "Server Open311 gagal memproses tindakan ini (kesalahan server 500), padahal "
    "permintaan lain dijawab. Periksa laporannya, lalu kirim ulang atau batalkan."
)


class _Refused(Exception):
    """One action refused by the server (4xx): becomes a conflict or rejected result."""

    def __init__(
        self, status: str, code: str, message: str, http_status: int = 400, words: str = ""
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.http_status = http_status
        self.words = words or message  # the server's own words (every error item)


class Open311Refusal(ProtocolError):
    """The Open311 server refused a request outside an action (4xx): its HTTP status
    and its own words kept apart, so the window can put them in its sentence."""

    def __init__(self, code: str, message: str, http_status: int, words: str) -> None:
        super().__init__(code, message)
        self.http_status = http_status
        self.words = words


class Open311KeyRefused(AuthError):
    """401/403 from the Open311 server: the API key (or the lack of one) is refused."""

    def __init__(self, message: str, http_status: int, words: str) -> None:
        super().__init__("open311_api_key", message)
        self.http_status = http_status
        self.words = words


_Step = tuple[str, str, int, int]  # (what, kind, start, end)


@dataclass
class _Cycle:
    """One pull cycle in progress (this process only; the cursor says where it is)."""

    end: int
    initial: bool
    sizes: Sizes
    start: int | None = None
    step: int = 0
    cursor: int = -1
    steps: list[_Step] = field(default_factory=list)
    items: dict[str, dict[str, Any]] = field(default_factory=dict)
    updates: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    updates_by_date: bool = True
    gaps: list[Gap] = field(default_factory=list)
    aside: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    pending_ids: list[str] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)
    emitting: bool = False
    to_emit: list[str] = field(default_factory=list)
    empty_run: int = 0
    earliest: int | None = None
    failed: bool = False  # ended with gaps: the next call fails the cycle


@dataclass
class Capabilities:
    updated_after: bool = False
    paging: bool = False
    updates: bool = False


def load_service_map(path: Path) -> dict[str, str]:
    """A mapping file: JSON ``{"service_code": "category_id"}`` or TOML with a
    ``[services]`` table (or top-level keys). Raises ValueError with a clear message."""
    raw = path.read_bytes()
    try:
        if path.suffix.lower() == ".toml":
            data: Any = tomllib.loads(raw.decode("utf-8"))
            data = data.get("services", data)
        else:
            data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path.name}: not valid JSON/TOML ({exc})") from None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k and v for k, v in data.items()
    ):
        raise ValueError(f"{path.name}: expected service_code = category_id pairs of text")
    return dict(data)


def _slug(name: str) -> str:
    return _SLUG.sub("-", name.lower()).strip("-")[:80] or "unit"


class Open311Backend:
    """``SyncBackend`` over Open311 GeoReport v2 (+ FixMyStreet's servicerequestupdates)."""

    def __init__(
        self,
        endpoint: str,
        *,
        api_key: str | None = None,
        service_map: Mapping[str, str] | None = None,
        jurisdiction_id: str | None = None,
        state_path: Path | None = None,
        fmt: str = "json",
        role: Role = Role.FIELD_OFFICER,
        connect_timeout: float = CONNECT_TIMEOUT_S,
        read_timeout: float = READ_TIMEOUT_S,
        session: requests.Session | None = None,
        transport: TransportPolicy | None = None,
        since: datetime | None = None,
        answer_cap: int | None = None,
    ) -> None:
        if fmt not in ("json", "xml"):
            raise ValueError("fmt must be json or xml")
        # The native backend's transport rules: no plain http off this computer, TLS
        # verified (against --ca-bundle when given), no redirects.
        self.transport = transport or TransportPolicy()
        self.transport.check_url(endpoint)
        self.since = int(since.timestamp()) if since is not None else None
        self.answer_cap = answer_cap  # a cap the server's operator states
        self.last_problem: str | None = None  # the last refusal, for people (the CLI)
        self.last_pull: dict[str, Any] | None = None  # what the last cycle held
        self._cycle: _Cycle | None = None
        self.endpoint = endpoint.rstrip("/")
        self.api_key = api_key
        self.to_category = dict(service_map or {})
        self.to_service = {v: k for k, v in self.to_category.items()}
        self.jurisdiction_id = jurisdiction_id
        self.fmt = fmt
        self.role = role
        self.timeout = (connect_timeout, read_timeout)
        self.http = session or requests.Session()
        self.http.verify = self.transport.verify()
        self.http.headers["User-Agent"] = f"crm-officer-workstation/{__version__} (open311)"
        self._bytes = 0
        self._caps: Capabilities | None = None
        self._answered: dict[str, ActionResult] = {}  # action id -> result, this process
        self.state_path = state_path
        self.state: dict[str, Any] = self._load_state()
        # jurisdiction_id is remembered with the profile (given once, like --server).
        if jurisdiction_id:
            self.state["jurisdiction_id"] = jurisdiction_id
        elif isinstance(self.state.get("jurisdiction_id"), str):
            self.jurisdiction_id = self.state["jurisdiction_id"]

    # --- state file -------------------------------------------------------------------

    def _load_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {}
        if self.state_path is not None and self.state_path.exists():
            try:
                loaded = json.loads(self.state_path.read_text("utf-8"))
                if isinstance(loaded, dict):
                    state = loaded
            except (OSError, ValueError):
                log.warning("open311 state file unreadable; starting afresh")
        for key in ("created", "local_ids", "creates", "definitions", "ext"):
            if not isinstance(state.get(key), dict):
                state[key] = {}
        if not isinstance(state.get("known"), list):
            state["known"] = []
        return state

    def _save_state(self) -> None:
        if self.state_path is None:
            return
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.state, ensure_ascii=False), "utf-8")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.state_path)

    @property
    def known(self) -> set[str]:
        return set(self.state["known"])

    def _remember(self, ids: Iterable[str], forget: Iterable[str] = ()) -> None:
        known = self.known | set(ids)
        known -= set(forget)
        self.state["known"] = sorted(known)

    def service_definitions(self) -> dict[str, list[dict[str, Any]]]:
        """The attributes of each service (by service_code), from the last refresh."""
        return dict(self.state["definitions"])

    # --- SyncBackend ------------------------------------------------------------------

    @property
    def bytes_received(self) -> int:
        return self._bytes

    def close(self) -> None:
        self.http.close()

    def login(self, officer_id: str, password: str) -> TokenResponse:
        """Open311 has no login: check that the endpoint answers, and name the profile."""
        self._refusal_as_error(lambda: self._get("services", {}))
        return TokenResponse(
            token="open311",
            expires_at=datetime.now(UTC) + timedelta(days=365),
            officer=OfficerInfo(
                id=officer_id,
                name=officer_id,
                role=self.role,
                unit_id=ROOT_UNIT,
                unit_name=self.jurisdiction_id or self.endpoint,
            ),
        )

    def _refusal_as_error(self, call: Any) -> Any:
        """A refusal outside an action (services, definitions, windows) stops the
        cycle with the server's words: ProtocolError, never a traceback."""
        try:
            return call()
        except _Refused as refused:
            status = refused.http_status
            message = f"Server Open311 menolak permintaan ({status}): {refused.message}"
            self.last_problem = message
            raise Open311Refusal(refused.code, message, status, refused.words) from None

    def reference(self, etag: str | None) -> tuple[ReferenceData | None, str | None]:
        result: tuple[ReferenceData | None, str | None] = self._refusal_as_error(
            lambda: self._reference(etag)
        )
        return result

    def _reference(self, etag: str | None) -> tuple[ReferenceData | None, str | None]:
        changeset = None
        try:
            discovery = self._get("discovery", {}, jurisdiction=False)
            if isinstance(discovery, dict):
                changeset = text(discovery.get("changeset"))
        except _Refused:
            changeset = None  # discovery is optional
        if changeset and etag == f"open311:{changeset}":
            return None, etag
        services = as_list(self._get("services", {}), "services")
        new_etag = (
            f"open311:{changeset}"
            if changeset
            else "open311:sha:"
            + hashlib.sha256(json.dumps(services, sort_keys=True).encode()).hexdigest()[:32]
        )
        definitions: dict[str, list[dict[str, Any]]] = {}
        for service in services:
            code = text(service.get("service_code"))
            if code and as_bool(service.get("metadata")):
                try:
                    definition = self._get(f"services/{code}", {})
                except _Refused:
                    continue
                if isinstance(definition, dict):
                    attributes = definition.get("attributes") or []
                    if isinstance(attributes, dict):
                        attributes = [attributes]
                    definitions[code] = [a for a in attributes if isinstance(a, dict)]
        self.state["definitions"] = definitions
        self._save_state()
        if etag == new_etag:
            return None, etag
        return self._reference_data(services), new_etag

    def _reference_data(self, services: Sequence[Mapping[str, Any]]) -> ReferenceData:
        units = {
            ROOT_UNIT: UnitOut(
                id=ROOT_UNIT, name=self.jurisdiction_id or "Open311", kind="provinsi"
            )
        }
        categories: dict[str, CategoryOut] = {}
        for service in services:
            code = text(service.get("service_code"))
            if not code:
                continue
            group = text(service.get("group"))
            unit_id = None
            if group:
                unit_id = self._unit_id(group)
                units.setdefault(
                    unit_id,
                    UnitOut(id=unit_id, name=group[:300], kind="dinas", parent_id=ROOT_UNIT),
                )
            category_id = self.category_of(code)
            categories[category_id] = CategoryOut(
                id=category_id,
                name=(text(service.get("service_name")) or code)[:300],
                agency_unit_id=unit_id,
            )
        return ReferenceData(
            categories=list(categories.values()),
            units=list(units.values()),
            officers=[],
            sla_rules=[],
            channels=list(Channel),
        )

    def push(self, actions: Sequence[ActionIn]) -> list[ActionResult]:
        results = []
        for action in actions:
            cached = self._answered.get(action.action_id)
            if cached is not None:
                results.append(cached)
                continue
            try:
                if action.type is ActionType.CREATE:
                    result = self._create(action)
                else:
                    result = self._update(action)
            except _Refused as refused:
                result = ActionResult(
                    action_id=action.action_id,
                    status="conflict" if refused.status == "conflict" else "rejected",
                    code=refused.code,
                    message=refused.message,
                )
            except TransientError as exc:
                # A 500 on this one action while the server answers others: it goes
                # to "Perlu perhatian" (a person may send it again) and the rest goes on.
                if exc.code != "http_500" or not self._alive():
                    raise
                log.warning("open311: action %s set aside: server error", action.action_id)
                result = ActionResult(
                    action_id=action.action_id,
                    status="rejected",
                    code="open311_server_error",
                    message=SERVER_ERROR_MESSAGE,
                )
            self._answered[action.action_id] = result
            results.append(result)
        return results

    def media_head(self, sha256: str) -> bool:
        return False

    def media_put(self, sha256: str, data: bytes, content_type: str) -> None:
        raise MediaRejectedError("open311_no_media", NO_MEDIA_MESSAGE)

    def media_get(self, sha256: str) -> bytes:
        raise ProtocolError("open311_no_media", NO_MEDIA_MESSAGE)

    def return_lease(self, lease_id: str, unused: Sequence[str]) -> None:
        """No leases with Open311 (see ``lease_numbers``): nothing to give back."""

    def lease_numbers(self, count: int) -> LeaseResponse:
        """Open311 servers hand out their own ids when a request is filed: no leases."""
        return LeaseResponse(lease_id="open311", numbers=[], expires_at=datetime.now(UTC))

    # --- capabilities -----------------------------------------------------------------

    def capabilities(self) -> Capabilities:
        """Which extensions the server honours, probed once (a server that ignores an
        unknown parameter answers as if it were not there)."""
        if self._caps is not None:
            return self._caps
        caps = Capabilities()
        future = w3c(datetime.now(UTC) + timedelta(days=3650))
        try:
            body = self._get("requests", {"updated_after": future, "page_size": "1"})
            caps.updated_after = len(as_list(body, "requests")) == 0
        except _Refused:
            caps.updated_after = False
        try:
            body = self._get("requests", {"page": "1", "page_size": "1"})
            caps.paging = len(as_list(body, "requests")) <= 1
        except _Refused:
            caps.paging = False
        now = datetime.now(UTC)
        try:
            self._get(
                "servicerequestupdates",
                {"start_date": w3c(now - timedelta(hours=1)), "end_date": w3c(now)},
            )
            caps.updates = True
        except _Refused:
            caps.updates = False
        log.info("open311 capabilities: %s", caps)
        self._caps = caps
        return caps

    # --- pull: one cycle of windows -----------------------------------------------------
    #
    # The cursor is ``T << 20 | step``: T the end (epoch s) of the cycle's windows,
    # step counting the calls of the cycle; a finished cycle ends with step DONE.
    # Each call reads one window (or fetches one batch of ids); the reports of the
    # cycle are emitted at its end, each once, with the status and timeline its
    # updates give it.

    def changes(self, cursor: int, limit: int) -> ChangesResponse:
        page: ChangesResponse = self._refusal_as_error(lambda: self._changes(cursor, limit))
        return page

    def _changes(self, cursor: int, limit: int) -> ChangesResponse:
        caps = self.capabilities()
        if self._cycle is not None and self._cycle.failed and cursor == self._cycle.cursor:
            gaps = self._cycle.gaps
            self._cycle = None
            raise ProtocolError("open311_gaps", self._gap_message(gaps))
        if self._cycle is None or cursor != self._cycle.cursor:
            self._cycle = self._plan(cursor, caps)
        cycle = self._cycle
        while cycle.steps:
            step = cycle.steps.pop(0)
            try:
                talked = self._run_step(cycle, step, caps)
            except Exception:
                # Not done: the engine retries this call (same cursor) and the step
                # runs again; a window is never skipped because one answer failed.
                cycle.steps.insert(0, step)
                raise
            if talked:
                return self._page(cycle, [], more=True)
        # Emission: the cycle's reports, ``limit`` at a time.
        if not cycle.emitting:
            cycle.emitting = True
            cycle.to_emit = sorted(cycle.items)
        size = max(1, min(limit, MAX_PAGE))
        batch, cycle.to_emit = cycle.to_emit[:size], cycle.to_emit[size:]
        reports = self._reports([cycle.items[n] for n in batch], cycle.updates, fresh=cycle.initial)
        self._remember((r.number for r in reports), forget=cycle.removed)
        if cycle.to_emit:
            self._save_state()
            return self._page(cycle, reports, more=True)
        # The end of the cycle.
        cycle.gaps = _merged(cycle.gaps)
        self.state["gaps"] = [g.as_dict() for g in cycle.gaps]
        self.state["aside"] = sorted(cycle.aside)
        self.state["sizes"] = cycle.sizes.as_dict()
        self.state["cycle_done"] = cycle.end
        self._save_state()
        self.last_pull = self._pull_report(cycle)
        if cycle.gaps:
            # Apply what arrived, then fail the cycle on the next call: never "ok"
            # with a known gap. The gaps are read again first in the next cycle.
            cycle.failed = True
            return self._page(cycle, reports, more=True, step=GAPS_LEFT)
        page = self._page(cycle, reports, more=False, step=DONE)
        self._cycle = None
        return page

    def _page(
        self, cycle: _Cycle, reports: list[ReportOut], *, more: bool, step: int | None = None
    ) -> ChangesResponse:
        if step is None:
            cycle.step += 1
            step = min(cycle.step, GAPS_LEFT - 1)
        cursor = (cycle.end << PAGE_BITS) | step
        cycle.cursor = cursor
        final = not more or step == GAPS_LEFT
        # Set aside and removed once, with the last page (the engine counts them).
        aside = (
            [
                SetAside(position=i, reason=reason, report_id=self._local_id(number))
                for i, (number, reason) in enumerate(sorted(cycle.aside.items()))
            ]
            if final
            else []
        )
        return ChangesPage.model_construct(
            reports=reports,
            removed=[self._local_id(n) for n in cycle.removed] if final else [],
            cursor=cursor,
            has_more=more,
            total_visible=len(self.known) + len(aside),
            set_aside=aside,
        )

    def _plan(self, cursor: int, caps: Capabilities) -> _Cycle:
        """The windows of a new cycle (or of one interrupted in another process)."""
        now = int(datetime.now(UTC).timestamp())
        end = now + END_SLACK_S
        step = cursor & PAGE_MASK
        initial = cursor == 0
        if initial:
            start = self.since if self.since is not None else self.state.get("since")
        elif step in (DONE, GAPS_LEFT):
            start = (cursor >> PAGE_BITS) - END_SLACK_S - OVERLAP_S
        else:  # interrupted: the start that cycle had
            start = self.state.get("cycle_start")
            initial = bool(self.state.get("cycle_initial"))
        end = max(end, (cursor >> PAGE_BITS) + 1)  # the cursor never goes back
        sizes = Sizes.from_dict(self.state.get("sizes") or {}, self.answer_cap)
        cycle = _Cycle(end=end, initial=initial, sizes=sizes)
        self.state["cycle_start"] = start
        self.state["cycle_initial"] = initial
        self._save_state()
        dates = self.state.get("dates", True)
        for raw in self.state.get("gaps") or []:
            # (An undated answer's gap starts at 0: the undated read below retries it.)
            if (
                isinstance(raw, dict)
                and raw.get("kind") in ("requests", "updates", "changed")
                and raw.get("start")
            ):
                cycle.steps.append(("window", str(raw["kind"]), int(raw["start"]), int(raw["end"])))
        if not dates:
            cycle.steps.append(("undated", "requests", 0, 0))
        elif isinstance(start, int):
            cycle.steps += self._windows("requests", start, end)
        else:
            cycle.steps.append(("discover", "requests", end - WINDOW_S, end))
        cycle.start = start if isinstance(start, int) else None
        cycle.steps.append(("after_requests", "", 0, 0))
        return cycle

    def _windows(self, kind: str, start: int, end: int) -> list[_Step]:
        out: list[_Step] = []
        b = end
        while b > start:  # newest first: order does not matter, items are keyed
            a = max(start, b - WINDOW_S)
            out.append(("window", kind, a, b))
            b = a
        return out

    def _run_step(self, cycle: _Cycle, step: _Step, caps: Capabilities) -> bool:
        """Run one step; True when it talked to the server (a page goes back)."""
        what, kind, a, b = step
        if what == "after_requests":
            self._after_requests(cycle, caps)
            return False
        if what == "ids":
            cycle.pending_ids = self._ids_to_fetch(cycle, caps)
            if cycle.pending_ids:
                cycle.steps.insert(0, ("fetch_ids", "", 0, 0))
            return False
        if what == "fetch_ids":
            self._fetch_ids(cycle, cycle.pending_ids[:ID_CHUNK])
            cycle.pending_ids = cycle.pending_ids[ID_CHUNK:]
            if cycle.pending_ids:
                cycle.steps.insert(0, ("fetch_ids", "", 0, 0))
            return True
        reader = self._reader(kind, cycle.sizes, caps)
        try:
            result = reader.read_undated() if what == "undated" else reader.read(a, b)
        except DatesIgnored:
            if kind == "updates":
                log.warning("open311: the updates feed ignores start_date/end_date")
                cycle.updates_by_date = False
                cycle.steps = [s for s in cycle.steps if s[1] != "updates"]
                return True
            log.warning("open311: the server ignores start_date/end_date")
            self.state["dates"] = False
            cycle.steps = [s for s in cycle.steps if s[0] not in ("window", "discover")]
            if kind == "requests":
                cycle.steps.insert(0, ("undated", "requests", 0, 0))
            return True
        except TransientError as exc:
            if exc.code != "http_500" or not self._alive():
                raise
            # The server answers others but not this window: a gap, the sync goes on.
            result = WindowResult(gaps=[Gap(kind, a, b, "server error (5xx)")])
        cycle.gaps += result.gaps
        cycle.log.append(
            {
                "kind": kind,
                "start": a,
                "end": b,
                "held": len(result.items),
                "requests": result.requests,
                "complete": not result.gaps,
            }
        )
        if kind == "updates":
            for item in result.items.values():
                number = text(item.get("service_request_id"))
                if number:
                    cycle.updates.setdefault(number, {})[_update_key(item) or ""] = item
        else:
            cycle.items.update(result.items)
        if what == "discover":
            if result.items or result.gaps:
                cycle.empty_run = 0
                cycle.earliest = a
            else:
                cycle.empty_run += 1
            if cycle.empty_run < DISCOVER_EMPTY and cycle.end - a < DISCOVER_MAX_S:
                cycle.steps.insert(0, ("discover", "requests", a - WINDOW_S, a))
            else:
                found = cycle.earliest if cycle.earliest is not None else a
                self.state["since"] = found
                cycle.start = found
        return True

    def _after_requests(self, cycle: _Cycle, caps: Capabilities) -> None:
        """Plan what follows the request windows: the updates (timeline and statuses)
        or the requests changed since the last cycle, then the requests to read by id."""
        start = cycle.start if cycle.start is not None else cycle.end - WINDOW_S
        steps: list[_Step] = []
        if caps.updates and cycle.updates_by_date:
            steps += self._windows("updates", start, cycle.end)
        elif caps.updated_after and not cycle.initial and self.state.get("dates", True):
            steps += self._windows("changed", start, cycle.end)
        steps.append(("ids", "", 0, 0))
        cycle.steps = steps + cycle.steps

    def _ids_to_fetch(self, cycle: _Cycle, caps: Capabilities) -> list[str]:
        """Requests to read by id: those with updates but outside the windows, those
        set aside before, and (where the server offers no way to learn what changed)
        every request this profile holds."""
        wanted = set(cycle.updates) | {str(n) for n in self.state.get("aside") or []}
        plain = not (caps.updates and cycle.updates_by_date) and not (
            caps.updated_after and self.state.get("dates", True)
        )
        if not cycle.initial and (plain or not self.state.get("dates", True)):
            wanted |= self.known
        return sorted(wanted - set(cycle.items))

    def _fetch_ids(self, cycle: _Cycle, chunk: list[str]) -> None:
        """These requests by id: a comma list first, then one by one; a 404 removes
        one, a 5xx on one (while the server answers others) sets it aside."""
        if not chunk:
            return
        try:
            found, _ = self._get_with_next("requests", {"service_request_id": ",".join(chunk)})
        except (_Refused, TransientError):
            found = []
        got = {}
        for item in found:
            number = text(item.get("service_request_id"))
            if number in chunk:
                got[number] = item
        for number in chunk:
            if number in got:
                continue
            try:
                items = as_list(self._get(f"requests/{number}", {}), "requests")
            except _Refused as refused:
                if refused.code == "not_found":
                    cycle.removed.append(number)
                else:
                    cycle.aside[number] = f"open311 {refused.code}"
                continue
            except TransientError:
                if not self._alive():
                    raise
                cycle.aside[number] = "open311 server error (5xx) for this request"
                log.warning("open311: request %s set aside: the server fails on it", number)
                continue
            for item in items:
                if text(item.get("service_request_id")) == number:
                    got[number] = item
        cycle.items.update(got)

    def _reader(self, kind: str, sizes: Sizes, caps: Capabilities) -> WindowReader:
        if kind == "updates":
            return WindowReader(
                fetch=self._fetch,
                resource="servicerequestupdates",
                kind=kind,
                key_of=_update_key,
                time_field="updated_datetime",
                sizes=Sizes(stated_cap=self.answer_cap),  # updates are cut on their own
                paging=caps.paging,
            )
        if kind == "changed":
            return WindowReader(
                fetch=self._fetch,
                resource="requests",
                kind=kind,
                key_of=_request_key,
                time_field="updated_datetime",
                params=("updated_after", "updated_before"),
                sizes=sizes,
                paging=caps.paging,
            )
        return WindowReader(
            fetch=self._fetch,
            resource="requests",
            kind=kind,
            key_of=_request_key,
            time_field="requested_datetime",
            sizes=sizes,
            paging=caps.paging,
        )

    def _alive(self) -> bool:
        """Whether the server answers at all (a failure is then about one question)."""
        try:
            self._get("services", {})
            return True
        except (_Refused, TransientError):
            return False

    def _gap_message(self, gaps: Sequence[Gap]) -> str:
        shown = "; ".join(g.label() for g in gaps[:5])
        more = f" (+{len(gaps) - 5} lagi)" if len(gaps) > 5 else ""
        message = (
            f"Data dari server Open311 belum lengkap: {len(gaps)} jendela waktu tidak "
            f"terbaca utuh: {shown}{more}. Jendela ini dibaca lagi pada sinkronisasi berikutnya."
        )
        self.last_problem = message
        return message

    def _pull_report(self, cycle: _Cycle) -> dict[str, Any]:
        return {
            "windows": cycle.log,
            "held": len(cycle.items),
            "updates": sum(len(v) for v in cycle.updates.values()),
            "set_aside": dict(cycle.aside),
            "removed": list(cycle.removed),
            "missing": [g.as_dict() for g in cycle.gaps],
        }

    def _reports(
        self,
        items: Sequence[Mapping[str, Any]],
        updates: Mapping[str, Mapping[str, dict[str, Any]]] | None = None,
        *,
        fresh: bool = False,
    ) -> list[ReportOut]:
        out: dict[str, ReportOut] = {}
        for item in items:
            number = text(item.get("service_request_id"))
            history = sorted(
                (updates or {}).get(number or "", {}).values(),
                key=lambda u: _ts(u.get("updated_datetime")),
            )
            try:
                report = self._report(item, history, fresh=fresh)
            except ValueError as exc:  # a request we cannot read: skip it, say so
                log.warning("open311: unreadable service request skipped (%s)", exc)
                continue
            if report is not None:
                out[report.id] = report
        return list(out.values())

    def _report(
        self, item: Mapping[str, Any], history: list[dict[str, Any]], *, fresh: bool = False
    ) -> ReportOut | None:
        """One request as our report. Its extended status is the last one this profile
        has seen in an update (kept in the state file), refreshed by ``history`` (the
        updates read in this cycle, oldest first); open/closed from the request wins
        when they disagree."""
        number = text(item.get("service_request_id"))
        if not number:
            return None
        now = datetime.now(UTC)
        requested = parse_datetime(item.get("requested_datetime"))
        updated = parse_datetime(item.get("updated_datetime")) or requested or now
        created = requested or updated
        # A full pull replays the whole history; later cycles go on from what was seen.
        prior_status, prior_ts, prior_first, seen = (None, 0, 0, []) if fresh else self._ext(number)
        # Updates already applied (read in an earlier cycle's overlap, or sent from
        # here) are not applied again: their events would lose their transition.
        history = [u for u in history if (_update_key(u) or "") not in seen]
        last_status = prior_status
        last_ts = prior_ts
        for update in history:
            word = text(update.get("status"))
            when = _ts(update.get("updated_datetime"))
            if word and when >= last_ts:
                last_status, last_ts = st.normalise(word), when
        status = st.our_status(text(item.get("status")), last_status)
        events = [
            EventOut(id=f"{number}:created", type="created", at=created, to_status=Status.MENUNGGU)
        ]
        before: Status | None = st.status_after_update(prior_status) or Status.MENUNGGU
        first_response: datetime | None = (
            datetime.fromtimestamp(prior_first, UTC) if prior_first else None
        )
        for update in history:
            at = parse_datetime(update.get("updated_datetime")) or updated
            after = st.status_after_update(text(update.get("status"))) or before or status
            kind = st.event_type(before, after)
            if kind != ActionType.NOTE.value and first_response is None:
                first_response = at
            uid = _update_key(update) or f"{number}:{_ts(update.get('updated_datetime'))}"
            events.append(
                EventOut(
                    id=uid[:100],
                    type=kind,
                    at=at,
                    from_status=before if before is not after else None,
                    to_status=after if before is not after else None,
                    note=(text(update.get("description")) or None),
                    action_id=uid if _looks_like_action_id(uid) else None,
                )
            )
            before = after
        if last_status:
            keys = [_update_key(u) or "" for u in history]
            self.state["ext"][number] = [
                last_status,
                last_ts,
                int(first_response.timestamp()) if first_response else 0,
                (seen + [k for k in keys if k])[-SEEN_KEYS:],
            ]
        if first_response is None and status is not Status.MENUNGGU:
            first_response = updated
        created_here = self.state["created"].get(number) or {}
        try:
            channel = Channel(created_here.get("channel", Channel.JAKI.value))
        except ValueError:
            channel = Channel.JAKI
        expected = parse_datetime(item.get("expected_datetime"))
        address_id = text(item.get("address_id"))
        agency = text(item.get("agency_responsible"))
        service_code = text(item.get("service_code")) or "open311"
        seq = int(updated.timestamp())
        return ReportOut(
            id=self._local_id(number),
            number=number[:300],
            category_id=self.category_of(service_code),
            channel=channel,
            status=status,
            description=(text(item.get("description")) or text(item.get("service_name")) or "")[
                :8000
            ],
            address=(text(item.get("address")) or "")[:300],
            lat=as_float(item.get("lat")),
            lon=as_float(item.get("long")),
            kelurahan_code=address_id if address_id and _KEMENDAGRI.match(address_id) else None,
            unit_id=self._unit_id(agency) if agency else ROOT_UNIT,
            is_private=True,
            created_at=created,
            landed_at=created,
            first_response_at=first_response,
            completed_at=updated if not status.is_open else None,
            estimated_completion=expected.date() if expected else None,
            version=seq,
            seq=seq,
            events=events,
        )

    # --- push -------------------------------------------------------------------------

    def _create(self, action: ActionIn) -> ActionResult:
        done = self.state["creates"].get(action.action_id)
        if done:  # filed before (an answer this process never passed on): same answer
            report = self._fetch_report(done)
            return ActionResult(action_id=action.action_id, status="duplicate", report=report)
        if not self.api_key:
            raise _Refused("rejected", "api_key_missing", "Kunci API Open311 belum diatur.")
        payload = action.payload
        category = str(payload.get("category_id") or "")
        code = self.service_of(category)
        form: dict[str, str] = {"service_code": code}
        if payload.get("lat") is not None and payload.get("lon") is not None:
            form["lat"], form["long"] = str(payload["lat"]), str(payload["lon"])
        elif payload.get("kelurahan_code"):
            form["address_id"] = str(payload["kelurahan_code"])
        if payload.get("address"):
            form["address_string"] = str(payload["address"])
        if payload.get("description"):
            form["description"] = str(payload["description"])
        attributes = payload.get("attributes") or {}
        if isinstance(attributes, Mapping):
            for key, value in attributes.items():
                form[f"attribute[{key}]"] = str(value)
        for attribute in self.state["definitions"].get(code, []):
            name = text(attribute.get("code"))
            if name and as_bool(attribute.get("required")) and f"attribute[{name}]" not in form:
                label = text(attribute.get("description")) or name
                raise _Refused(
                    "rejected",
                    "attribute_missing",
                    f"Server Open311 mewajibkan isian '{label}' untuk kategori ini.",
                )
        reporter = payload.get("reporter") or {}
        if isinstance(reporter, Mapping) and not reporter.get("anonymous"):
            name = str(reporter.get("name") or "").strip()
            if name:
                first, _, last = name.rpartition(" ")
                form["first_name"], form["last_name"] = (first or last), (last if first else "")
            if reporter.get("phone"):
                form["phone"] = str(reporter["phone"])
        body = self._post("requests", form)
        created = as_list(body, "requests")
        number = text(created[0].get("service_request_id")) if created else None
        if not number:
            token = text(created[0].get("token")) if created else None
            log.warning("open311: request filed with token %s, no id yet", token)
            return ActionResult(
                action_id=action.action_id,
                status="applied",
                message="Laporan diterima server Open311; nomornya menyusul.",
            )
        self.state["created"][number] = {
            "id": action.report_id,
            "channel": str(payload.get("channel") or Channel.JAKI.value),
        }
        self.state["local_ids"][action.report_id] = number
        self.state["creates"][action.action_id] = number
        self._remember([number])
        self._save_state()
        report = self._fetch_report(number)
        return ActionResult(action_id=action.action_id, status="applied", report=report)

    def _update(self, action: ActionIn) -> ActionResult:
        photos = bool(action.payload.get("photos"))
        refusal = st.local_refusal(action.type, has_photos=photos)
        if refusal is not None:  # queued before the profile knew its server: never sent
            raise _Refused("rejected", refusal[0], refusal[1])
        if not self.api_key:
            raise _Refused("rejected", "api_key_missing", "Kunci API Open311 belum diatur.")
        number = self._number(action.report_id)
        payload = action.payload
        status = st.update_status(action.type) or self._current_status(number)
        description = str(payload.get("note") or payload.get("reason") or "").strip()
        if not description:
            description = f"{action.type.label}."
        form = {
            "service_request_id": number,
            "update_id": action.action_id,
            "status": status,
            "description": description,
            "updated_datetime": w3c(action.happened_at),
        }
        if payload.get("duplicate_of"):
            form["duplicate_of"] = self._number(str(payload["duplicate_of"]))
        resp_headers: dict[str, str] = {}
        self._post("servicerequestupdates", form, headers_out=resp_headers)
        replay = resp_headers.get("x-open311-duplicate", "").lower() == "true"
        _, _, first, seen = self._ext(number)
        seen = (seen + [action.action_id])[-SEEN_KEYS:]  # its copy in the feed: ours
        self.state["ext"][number] = [status, int(datetime.now(UTC).timestamp()), first, seen]
        self._save_state()
        try:
            report = self._fetch_report(number)
        except TransientError:
            report = None  # applied; the next pull brings the report
        return ActionResult(
            action_id=action.action_id,
            status="duplicate" if replay else "applied",
            report=report,
        )

    def _current_status(self, number: str) -> str:
        """The status a note must carry to change nothing: the one the server holds
        now, read just before sending. The request gives open/closed; the updates
        since the last status this profile knows (by date window, as FixMyStreet
        takes them) give the extended one. A status the client cannot know to be
        current is never sent: the note is refused instead."""
        items = as_list(self._get(f"requests/{number}", {}), "requests")
        item = next((i for i in items if text(i.get("service_request_id")) == number), None)
        if item is None:
            raise _Refused("conflict", "not_found", f"Tidak ditemukan di server Open311: {number}")
        closed = st.normalise(text(item.get("status"))) == st.CLOSED
        plain = st.CLOSED if closed else st.OPEN
        known, since, _, _ = self._ext(number)
        caps = self.capabilities()
        if caps.updates:
            if not since:
                requested = parse_datetime(item.get("requested_datetime"))
                since = int(requested.timestamp()) if requested else 0
            if not since:
                raise _Refused(
                    "rejected",
                    "open311_status_unknown",
                    "Status terkini laporan di server Open311 tidak dapat dipastikan; "
                    "catatan tidak dikirim agar status tidak berubah.",
                )
            end = int(datetime.now(UTC).timestamp()) + END_SLACK_S
            reader = self._reader("updates", Sizes(), caps)
            history: list[dict[str, Any]] = []
            for _, _, a, b in self._windows("updates", since - 1, end):
                try:
                    result = reader.read(a, b)
                except DatesIgnored:
                    result = WindowResult(gaps=[Gap("updates", a, b, "dates ignored")])
                if result.gaps:
                    raise _Refused(
                        "rejected",
                        "open311_status_unknown",
                        "Status terkini laporan di server Open311 tidak dapat dipastikan; "
                        "catatan tidak dikirim agar status tidak berubah.",
                    )
                history += [
                    u
                    for u in result.items.values()
                    if text(u.get("service_request_id")) == number and text(u.get("status"))
                ]
            history.sort(key=lambda u: _ts(u.get("updated_datetime")))
            if history:
                known = st.normalise(text(history[-1].get("status")))
        if known is None:
            return plain  # no update since it was filed: open/closed is all there is
        ours = st.status_after_update(known)
        if ours is None or ours.is_open == closed:
            return plain  # unknown word, or it disagrees with the fresh open/closed
        return known

    def _fetch_report(self, number: str) -> ReportOut | None:
        try:
            items = as_list(self._get(f"requests/{number}", {}), "requests")
        except _Refused:
            return None
        reports = self._reports([i for i in items if text(i.get("service_request_id")) == number])
        return reports[0] if reports else None

    # --- ids and codes ----------------------------------------------------------------

    def _ext(self, number: str) -> tuple[str | None, int, int, list[str]]:
        """(last extended status, its time, first response time, keys of the updates
        applied) this profile has seen for a request."""
        raw = self.state["ext"].get(number)
        if not isinstance(raw, list) or len(raw) < 3:
            return None, 0, 0, []
        seen = raw[3] if len(raw) > 3 and isinstance(raw[3], list) else []
        try:
            return (
                (str(raw[0]) if raw[0] else None),
                int(raw[1] or 0),
                int(raw[2] or 0),
                [str(k) for k in seen],
            )
        except (TypeError, ValueError):
            return None, 0, 0, []

    def category_of(self, service_code: str) -> str:
        return self.to_category.get(service_code, service_code)[:100]

    def service_of(self, category_id: str) -> str:
        return self.to_service.get(category_id, category_id)

    def _local_id(self, number: str) -> str:
        created = self.state["created"].get(number)
        return str(created["id"]) if created else number[:100]

    def _number(self, report_id: str) -> str:
        return str(self.state["local_ids"].get(report_id, report_id))

    def _unit_id(self, agency: str) -> str:
        return f"{ROOT_UNIT}:{_slug(agency)}"

    # --- HTTP ---------------------------------------------------------------------------

    def _url(self, resource: str) -> str:
        return f"{self.endpoint}/{resource}.{self.fmt}"

    def _get(self, resource: str, params: Mapping[str, str], *, jurisdiction: bool = True) -> Any:
        body, _ = self._request("GET", resource, params=params, jurisdiction=jurisdiction)
        return body

    def _get_with_next(
        self, resource: str, params: Mapping[str, str]
    ) -> tuple[list[dict[str, Any]], bool]:
        body, resp = self._request("GET", resource, params=params)
        return as_list(body), "next" in resp.links

    def _fetch(self, resource: str | None, params: Mapping[str, str], url: str | None) -> Answer:
        """One answer of a collection with its paging hints (for ``WindowReader``)."""
        try:
            if url is not None:
                body, resp = self._request("GET", "", params={}, url=url)
            else:
                body, resp = self._request("GET", str(resource), params=params)
        except _Refused as refused:
            raise WindowRefused(refused.http_status, refused.message) from None
        return Answer(items=as_list(body), **self._hints(resp))

    def _hints(self, resp: requests.Response) -> dict[str, Any]:
        """Paging hints: ``Link: <...>; rel="next"``, or a header of the server's own
        whose name says "next" (a URL or a page number), and a stated total."""
        next_url: str | None = None
        next_page: int | None = None
        link = resp.links.get("next", {}).get("url")
        if link:
            next_url = urljoin(resp.url, link)
        for name, value in resp.headers.items():
            lowered = name.lower()
            if next_url is None and "next" in lowered and lowered != "link":
                value = value.strip()
                if value.isdigit():
                    next_page = int(value)
                elif value.startswith(("http://", "https://", "/", "?")):
                    next_url = urljoin(resp.url, value)
        total = None
        for name in ("X-Total-Count", "X-Total", "X-Total-Results"):
            raw = resp.headers.get(name, "").strip()
            if raw.isdigit():
                total = int(raw)
                break
        if next_url is not None and not self._same_origin(next_url):
            log.warning("open311: a next-page link to another server is not followed")
            raise WindowRefused(0, "next-page link points to another server")
        return {"next_url": next_url, "next_page": next_page, "total": total}

    def _same_origin(self, url: str) -> bool:
        ours, theirs = urlsplit(self.endpoint), urlsplit(url)
        return (ours.scheme, ours.hostname, ours.port) == (
            theirs.scheme,
            theirs.hostname,
            theirs.port,
        )

    def _post(
        self,
        resource: str,
        form: Mapping[str, str],
        *,
        headers_out: dict[str, str] | None = None,
    ) -> Any:
        data = dict(form)
        data["api_key"] = self.api_key or ""
        body, resp = self._request("POST", resource, data=data)
        if headers_out is not None:
            headers_out.update({k.lower(): v for k, v in resp.headers.items()})
        return body

    def _request(
        self,
        method: str,
        resource: str,
        *,
        params: Mapping[str, str] | None = None,
        data: Mapping[str, str] | None = None,
        jurisdiction: bool = True,
        url: str | None = None,
    ) -> tuple[Any, requests.Response]:
        query = dict(params or {})
        if jurisdiction and self.jurisdiction_id and url is None:
            if method == "GET":
                query["jurisdiction_id"] = self.jurisdiction_id
            elif data is not None:
                data = {**data, "jurisdiction_id": self.jurisdiction_id}
        try:
            resp = self.http.request(
                method,
                url or self._url(resource),
                params=query,
                data=data,
                timeout=self.timeout,
                allow_redirects=False,
            )
            content = resp.content
        except requests.exceptions.SSLError as exc:
            log.warning("TLS verification failed for the Open311 server")
            raise ProtocolError("tls_untrusted", TLS_UNTRUSTED_MESSAGE) from exc
        except requests.Timeout as exc:
            raise TransientError("timeout", UNREACHABLE_MESSAGE) from exc
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
            raise TransientError("connection", UNREACHABLE_MESSAGE) from exc
        except requests.RequestException as exc:
            raise TransientError("http", UNREACHABLE_MESSAGE) from exc
        self._bytes += len(content)
        try:
            body = parse_body(content)
        except BodyError:
            body = None
            if resp.status_code < 300:
                if resp.headers.get("content-type", "").startswith(
                    ("application/json", "text/xml")
                ):
                    raise TransientError("bad_body", UNREACHABLE_MESSAGE) from None
                raise ProtocolError(
                    "bad_answer", "Jawaban server Open311 tidak dapat dibaca."
                ) from None
        if 300 <= resp.status_code < 400:
            raise ProtocolError(
                "open311_redirect",
                f"Server Open311 mengalihkan ke alamat lain ({resp.status_code}); "
                "periksa alamat server.",
            )
        if resp.status_code < 300:
            if body is None:
                if method == "GET" and not content.strip():
                    return [], resp  # an empty answer: an empty list
                raise ProtocolError("bad_answer", "Jawaban server Open311 kosong.")
            return body, resp
        self._raise_for(resp, body)
        raise AssertionError("unreachable")

    def _raise_for(self, resp: requests.Response, body: Any) -> None:
        status = resp.status_code
        found = error_of(body)
        code, description = found if found else (None, "")
        description = description or f"Server Open311 menjawab {status}."
        not_found = status == 404 or (
            status >= 500 and (code == 404 or "not found" in description.lower())
        )
        if not_found:  # some servers answer 500 for what is a 404
            raise _Refused(
                "conflict",
                "not_found",
                f"Tidak ditemukan di server Open311: {description}",
                404,
                words=description,
            )
        if status in TRANSIENT_STATUSES or status >= 500:
            raise TransientError(
                f"http_{status}",
                UNREACHABLE_MESSAGE,
                retry_after=parse_retry_after(resp.headers.get("Retry-After")),
            )
        if status in (401, 403):
            raise Open311KeyRefused(
                f"Kunci API Open311 ditolak: {description}", status, description
            )
        if status == 409:
            raise _Refused("conflict", "open311_conflict", description, status)
        if status in (405, 501):
            raise _Refused(
                "rejected",
                "open311_unsupported",
                f"Server Open311 tidak mendukung ini: {description}",
                status,
                words=description,
            )
        raise _Refused("rejected", f"open311_{status}", description, status)


def _ts(value: Any) -> int:
    when = parse_datetime(value)
    return int(when.timestamp()) if when else 0


def _looks_like_action_id(value: str) -> bool:
    return bool(re.fullmatch(r"[0-9a-fA-F-]{32,36}", value))


def _merged(gaps: Sequence[Gap]) -> list[Gap]:
    """Gaps of one kind that touch or overlap become one (split windows share bounds)."""
    out: list[Gap] = []
    for gap in sorted(gaps, key=lambda g: (g.kind, g.start, g.end)):
        last = out[-1] if out else None
        if last is not None and last.kind == gap.kind and gap.start <= last.end:
            last.end = max(last.end, gap.end)
            continue
        out.append(Gap(gap.kind, gap.start, gap.end, gap.reason))
    return out


def _request_key(item: Mapping[str, Any]) -> str | None:
    return text(item.get("service_request_id"))


def _update_key(item: Mapping[str, Any]) -> str | None:
    """An update's identity: its ``update_id``, or (servers without one) the request,
    time, status and text together."""
    uid = text(item.get("update_id"))
    if uid:
        return uid
    number = text(item.get("service_request_id"))
    if not number:
        return None
    raw = "|".join(
        str(text(item.get(k)) or "") for k in ("updated_datetime", "status", "description")
    )
    return f"{number}:" + hashlib.sha256(raw.encode()).hexdigest()[:16]
