"""``SyncBackend`` for an Open311 GeoReport v2 server with FixMyStreet's updates.

The workstation as an officer client of any GeoReport v2 server (docs/open311.md):

- reference data: ``services`` (and each service's definition, its attributes)
  become our categories, refreshed when discovery's ``changeset`` moves;
- pull: ``GET requests`` with ``updated_after`` and ``page``/``page_size`` where
  the server honours them (probed once per backend), oldest change first; the
  cursor packs the last ``updated_datetime`` seen (epoch seconds) and a page
  number into the engine's int (``seconds << 20 | page``). Elsewhere the spec's
  default window (90 days, 1000 requests) plus a re-check of every request this
  profile holds (``service_request_id`` lists, then one by one). The last
  ``servicerequestupdates`` status of each request refines open/closed into our
  statuses and gives the timeline;
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
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

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

from .backend import AuthError, MediaRejectedError, ProtocolError, TransientError
from .http_backend import (
    CONNECT_TIMEOUT_S,
    READ_TIMEOUT_S,
    TRANSIENT_STATUSES,
    UNREACHABLE_MESSAGE,
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

log = logging.getLogger(__name__)

PAGE_BITS = 20
PAGE_MASK = (1 << PAGE_BITS) - 1
MAX_PAGE = 1000  # the spec's 1000 records
ID_CHUNK = 50  # service_request_id values per GET
ROOT_UNIT = "open311"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_KEMENDAGRI = re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")
_SLUG = re.compile(r"[^a-z0-9]+")

NO_MEDIA_MESSAGE = (
    "Server Open311 tidak menerima unggahan foto; tindakan dengan foto tidak dapat "
    "dikirim lewat Open311. Batalkan atau kirim lewat server CRM."
)


class _Refused(Exception):
    """One action refused by the server (4xx): becomes a conflict or rejected result."""

    def __init__(self, status: str, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


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
    ) -> None:
        if fmt not in ("json", "xml"):
            raise ValueError("fmt must be json or xml")
        self.endpoint = endpoint.rstrip("/")
        self.api_key = api_key
        self.to_category = dict(service_map or {})
        self.to_service = {v: k for k, v in self.to_category.items()}
        self.jurisdiction_id = jurisdiction_id
        self.fmt = fmt
        self.role = role
        self.timeout = (connect_timeout, read_timeout)
        self.http = session or requests.Session()
        self.http.headers["User-Agent"] = f"crm-officer-workstation/{__version__} (open311)"
        self._bytes = 0
        self._caps: Capabilities | None = None
        self._answered: dict[str, ActionResult] = {}  # action id -> result, this process
        self.state_path = state_path
        self.state: dict[str, Any] = self._load_state()

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
        for key in ("created", "local_ids", "creates", "definitions"):
            if not isinstance(state.get(key), dict):
                state[key] = {}
        if not isinstance(state.get("known"), list):
            state["known"] = []
        return state

    def _save_state(self) -> None:
        if self.state_path is None:
            return
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
        self._get("services", {})
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

    def reference(self, etag: str | None) -> tuple[ReferenceData | None, str | None]:
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

    def changes(self, cursor: int, limit: int) -> ChangesResponse:
        caps = self.capabilities()
        if caps.updated_after:
            return self._changes_since(cursor, limit, caps)
        return self._changes_window()

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

    # --- pull -------------------------------------------------------------------------

    def _changes_since(self, cursor: int, limit: int, caps: Capabilities) -> ChangesResponse:
        after_s, page = cursor >> PAGE_BITS, (cursor & PAGE_MASK) or 1
        size = max(1, min(limit, MAX_PAGE))
        params = {"updated_after": w3c(datetime.fromtimestamp(after_s, UTC))}
        if caps.paging:
            params.update(page=str(page), page_size=str(size))
        items, more = self._get_with_next("requests", params)
        items.sort(key=lambda r: _ts(r.get("updated_datetime")))
        cap = size if caps.paging else MAX_PAGE
        has_more = more or len(items) >= cap
        last_s = max((_ts(r.get("updated_datetime")) for r in items), default=0)
        if has_more:
            if last_s - 1 > after_s:
                next_cursor = ((last_s - 1) << PAGE_BITS) | 1  # keyset: robust to changes
            elif caps.paging:
                next_cursor = (after_s << PAGE_BITS) | (page + 1)  # one busy second
            else:
                log.warning("open311: more than one page in one second and no paging")
                has_more, next_cursor = False, (after_s << PAGE_BITS) | 1
        else:
            # One second of overlap: updates within the last second are read again.
            next_cursor = (max(after_s, last_s - 1) << PAGE_BITS) | 1
        reports = self._reports(items)
        self._remember(r.number for r in reports)
        self._save_state()
        return ChangesResponse(
            reports=reports,
            removed=[],
            cursor=next_cursor,
            has_more=has_more,
            total_visible=len(self.known),
        )

    def _changes_window(self) -> ChangesResponse:
        """The spec's default window, plus a re-check of every request held here."""
        items, _ = self._get_with_next("requests", {})
        seen = {text(r.get("service_request_id")) for r in items}
        missing = [i for i in sorted(self.known) if i not in seen]
        removed_numbers: list[str] = []
        for start in range(0, len(missing), ID_CHUNK):
            chunk = missing[start : start + ID_CHUNK]
            try:
                found, _ = self._get_with_next("requests", {"service_request_id": ",".join(chunk)})
            except _Refused:
                found = []
            found = [r for r in found if text(r.get("service_request_id")) in chunk]
            items.extend(found)
            got = {text(r.get("service_request_id")) for r in found}
            for number in chunk:
                if number in got:
                    continue
                try:  # one by one: a server without comma lists, or really gone
                    items.extend(as_list(self._get(f"requests/{number}", {}), "requests"))
                except _Refused as refused:
                    if refused.code == "not_found":
                        removed_numbers.append(number)
        reports = self._reports(items)
        self._remember((r.number for r in reports), forget=removed_numbers)
        self._save_state()
        now_s = int(datetime.now(UTC).timestamp())
        return ChangesResponse(
            reports=reports,
            removed=[self._local_id(n) for n in removed_numbers],
            cursor=(now_s << PAGE_BITS) | 1,
            has_more=False,
            total_visible=len(self.known),
        )

    def _updates_of(self, numbers: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """The servicerequestupdates of these requests, oldest first (empty when the
        server has none, or refuses the question)."""
        out: dict[str, list[dict[str, Any]]] = {}
        if not numbers or not self.capabilities().updates:
            return out
        end = w3c(datetime.now(UTC) + timedelta(days=1))
        for start in range(0, len(numbers), ID_CHUNK):
            chunk = list(numbers[start : start + ID_CHUNK])
            params = {
                "service_request_id": ",".join(chunk),
                "start_date": w3c(EPOCH),
                "end_date": end,
            }
            try:
                items, _ = self._get_with_next("servicerequestupdates", params)
            except _Refused:
                continue
            wanted = set(chunk)
            for item in items:
                number = text(item.get("service_request_id"))
                if number in wanted:
                    out.setdefault(number, []).append(item)
        for updates in out.values():
            updates.sort(key=lambda u: _ts(u.get("updated_datetime")))
        return out

    def _reports(self, items: Sequence[Mapping[str, Any]]) -> list[ReportOut]:
        numbers = [n for n in (text(r.get("service_request_id")) for r in items) if n]
        updates = self._updates_of(sorted(set(numbers)))
        out: dict[str, ReportOut] = {}
        for item in items:
            try:
                report = self._report(item, updates)
            except ValueError as exc:  # a request we cannot read: skip it, say so
                log.warning("open311: unreadable service request skipped (%s)", exc)
                continue
            if report is not None:
                out[report.id] = report
        return list(out.values())

    def _report(
        self, item: Mapping[str, Any], updates: Mapping[str, list[dict[str, Any]]]
    ) -> ReportOut | None:
        number = text(item.get("service_request_id"))
        if not number:
            return None
        now = datetime.now(UTC)
        requested = parse_datetime(item.get("requested_datetime"))
        updated = parse_datetime(item.get("updated_datetime")) or requested or now
        created = requested or updated
        history = updates.get(number, [])
        last_status = text(history[-1].get("status")) if history else None
        status = st.our_status(text(item.get("status")), last_status)
        events = [
            EventOut(id=f"{number}:created", type="created", at=created, to_status=Status.MENUNGGU)
        ]
        before: Status | None = Status.MENUNGGU
        first_response: datetime | None = None
        for update in history:
            at = parse_datetime(update.get("updated_datetime")) or updated
            after = st.status_after_update(text(update.get("status"))) or before or status
            kind = st.event_type(before, after)
            if kind != ActionType.NOTE.value and first_response is None:
                first_response = at
            uid = text(update.get("update_id")) or f"{number}:{_ts(update.get('updated_datetime'))}"
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
        if not st.expressible(action.type):
            raise _Refused(
                "rejected",
                "open311_unsupported",
                st.UNSUPPORTED_MESSAGE.format(label=action.type.label),
            )
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
        if payload.get("target_unit_id"):
            form["target_unit_id"] = str(payload["target_unit_id"])
        if payload.get("duplicate_of"):
            form["duplicate_of"] = self._number(str(payload["duplicate_of"]))
        resp_headers: dict[str, str] = {}
        self._post("servicerequestupdates", form, headers_out=resp_headers)
        replay = resp_headers.get("x-open311-duplicate", "").lower() == "true"
        report = self._fetch_report(number)
        return ActionResult(
            action_id=action.action_id,
            status="duplicate" if replay else "applied",
            report=report,
        )

    def _current_status(self, number: str) -> str:
        """The status a note must carry to change nothing: the server's own last one."""
        updates = self._updates_of([number]).get(number, [])
        if updates and text(updates[-1].get("status")):
            return str(text(updates[-1].get("status"))).upper()
        items = as_list(self._get(f"requests/{number}", {}), "requests")
        closed = bool(items) and (text(items[0].get("status")) or "").lower() == "closed"
        return st.CLOSED if closed else st.OPEN

    def _fetch_report(self, number: str) -> ReportOut | None:
        try:
            items = as_list(self._get(f"requests/{number}", {}), "requests")
        except _Refused:
            return None
        reports = self._reports([i for i in items if text(i.get("service_request_id")) == number])
        return reports[0] if reports else None

    # --- ids and codes ----------------------------------------------------------------

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
    ) -> tuple[Any, requests.Response]:
        query = dict(params or {})
        if jurisdiction and self.jurisdiction_id:
            target = query if method == "GET" else None
            if target is not None:
                target["jurisdiction_id"] = self.jurisdiction_id
            elif data is not None:
                data = {**data, "jurisdiction_id": self.jurisdiction_id}
        try:
            resp = self.http.request(
                method, self._url(resource), params=query, data=data, timeout=self.timeout
            )
            content = resp.content
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
        if resp.status_code < 300:
            if body is None:
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
                "conflict", "not_found", f"Tidak ditemukan di server Open311: {description}"
            )
        if status in TRANSIENT_STATUSES or status >= 500:
            raise TransientError(
                f"http_{status}",
                UNREACHABLE_MESSAGE,
                retry_after=parse_retry_after(resp.headers.get("Retry-After")),
            )
        if status in (401, 403):
            raise AuthError("open311_api_key", f"Kunci API Open311 ditolak: {description}")
        if status == 409:
            raise _Refused("conflict", "open311_conflict", description)
        if status in (405, 501):
            raise _Refused(
                "rejected",
                "open311_unsupported",
                f"Server Open311 tidak mendukung ini: {description}",
            )
        raise _Refused("rejected", f"open311_{status}", description)


def _ts(value: Any) -> int:
    when = parse_datetime(value)
    return int(when.timestamp()) if when else 0


def _looks_like_action_id(value: str) -> bool:
    return bool(re.fullmatch(r"[0-9a-fA-F-]{32,36}", value))
