"""Protocol v1 over HTTP(S): one ``requests.Session`` (keep-alive), timeouts everywhere.

Transport rules (``TransportPolicy``): TLS certificates are always verified
(against the system/certifi roots, or a configured CA bundle such as a
government PKI); plain ``http://`` is refused unless the server is on this
computer (loopback) or a setting explicitly allows it; redirects are not
followed (a redirect could downgrade to http or leave the server); every request
has a connect and a read timeout.

No automatic retries here (no urllib3 ``Retry``): the engine decides when to
try again, with jittered backoff, for every request alike. This module only
classifies what happened (see ``backend``) and validates every answer with the
wire schemas before anyone uses it.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Sequence
from concurrent.futures import Future
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import requests
from pydantic import BaseModel, ConfigDict, StrictBool, StrictInt, ValidationError

from crm_shared.protocol.wire import (
    API_PREFIX,
    ActionIn,
    ActionResult,
    ActionsRequest,
    ActionsResponse,
    AuditEntryOut,
    AuditPage,
    ChangesResponse,
    ErrorResponse,
    ExportNotice,
    Id,
    LeaseRequest,
    LeaseResponse,
    LeaseReturn,
    MediaOut,
    ReferenceData,
    ReportOut,
    TokenRequest,
    TokenResponse,
)
from officer_app import __version__

from .backend import (
    SAFE_ID,
    AuthError,
    ChangesPage,
    MediaRejectedError,
    ProtocolError,
    SetAside,
    TransientError,
)
from .transport import (  # noqa: F401 - re-exported: the backend's public names
    InsecureTransportError,
    TransportPolicy,
    device_name,
    is_loopback,
)

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)

MAX_MEDIA_BYTES = 25 * 1024 * 1024  # a photo larger than this is not one we sent
CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 60.0
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})

UNREACHABLE_MESSAGE = "Server tidak dapat dihubungi."
TLS_UNTRUSTED_MESSAGE = (
    "Sertifikat server tidak tepercaya. Periksa alamat server atau pasang berkas "
    "sertifikat CA instansi di pengaturan."
)


SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class _ChangesEnvelope(BaseModel):
    """A change-feed page with its reports still unchecked (checked one by one)."""

    model_config = ConfigDict(extra="ignore")
    reports: list[Any]
    removed: list[Id]
    cursor: StrictInt
    has_more: StrictBool
    total_visible: StrictInt


def _reason(exc: ValidationError) -> str:
    """Where and what kind of error, never the value (it may be a citizen's words)."""
    parts = []
    for err in exc.errors(include_url=False, include_input=False)[:3]:
        loc = ".".join(str(p) for p in err["loc"]) or "report"
        parts.append(f"{loc[:80]}: {err['type']}")
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f" (+{more} more)" if more > 0 else "")


def _safe_id_of(raw: Any) -> str | None:
    rid = raw.get("id") if isinstance(raw, dict) else None
    return rid if isinstance(rid, str) and SAFE_ID.fullmatch(rid) else None


def parse_changes(content: bytes) -> ChangesResponse:
    """A change-feed page: the envelope strictly, each report on its own.

    The usual page is parsed in one pass. When that fails, the envelope is checked
    (a wrong one raises ``ProtocolError``: nothing of the page is used) and the
    reports one by one: the bad ones come back in ``ChangesPage.set_aside``.
    """
    try:
        return ChangesResponse.model_validate_json(content, strict=True)
    except ValidationError as exc:
        if any(err["type"] == "json_invalid" for err in exc.errors()):
            raise TransientError("bad_json", UNREACHABLE_MESSAGE) from exc
    try:
        envelope = _ChangesEnvelope.model_validate_json(content)
    except ValidationError as exc:
        log.warning("change feed page refused: %s", _reason(exc))
        raise ProtocolError("bad_answer", "Jawaban server tidak sesuai protokol.") from exc
    good: list[ReportOut] = []
    aside: list[SetAside] = []
    for position, raw in enumerate(envelope.reports):
        try:
            good.append(ReportOut.model_validate(raw))
        except ValidationError as exc:
            aside.append(SetAside(position, _reason(exc), _safe_id_of(raw)))
    return ChangesPage.model_construct(
        reports=good,
        removed=envelope.removed,
        cursor=envelope.cursor,
        has_more=envelope.has_more,
        total_visible=envelope.total_visible,
        set_aside=aside,
    )


class HttpBackend:
    """``SyncBackend`` for our own protocol v1."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        connect_timeout: float = CONNECT_TIMEOUT_S,
        read_timeout: float = READ_TIMEOUT_S,
        session: requests.Session | None = None,
        transport: TransportPolicy | None = None,
    ) -> None:
        self.transport = transport or TransportPolicy()
        self.transport.check_url(base_url)
        if connect_timeout <= 0 or read_timeout <= 0:
            raise ValueError("timeouts must be positive")
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = (connect_timeout, read_timeout)
        self.http = session or requests.Session()
        self.http.verify = self.transport.verify()
        self.http.headers["User-Agent"] = f"crm-officer-workstation/{__version__}"
        # Which PC this is, recorded by the server with each sign-in: after a leak the
        # province can ask which identities this PC received (docs/privacy.md).
        self.http.headers["X-CRM-Device"] = device_name()
        self.http.headers["Accept"] = "application/json"
        self._bytes = 0
        self._bytes_lock = threading.Lock()  # a prefetch may answer beside another request
        self._prefetched: tuple[tuple[int, int], Future[tuple[ChangesResponse, int]]] | None = None

    @property
    def bytes_received(self) -> int:
        return self._bytes

    def close(self) -> None:
        self.http.close()

    # --- SyncBackend ------------------------------------------------------------------

    def login(self, officer_id: str, password: str) -> TokenResponse:
        body = TokenRequest(officer_id=officer_id, password=password)
        try:
            resp = self._request("POST", "/auth/token", json=body.model_dump(), auth=False)
        except TransientError as exc:
            # 429 too_many_attempts is the sign-in throttle, not an unreachable server:
            # a person must wait, and must not be sent to offline sign-in instead.
            if exc.code.endswith(":too_many_attempts"):
                raise AuthError("too_many_attempts", exc.message, exc.retry_after) from None
            raise
        token = self._parse(resp, TokenResponse)
        self.token = token.token
        return token

    def reference(self, etag: str | None) -> tuple[ReferenceData | None, str | None]:
        headers = {"If-None-Match": etag} if etag else {}
        resp = self._request("GET", "/reference", headers=headers)
        if resp.status_code == 304:
            return None, etag
        return self._parse(resp, ReferenceData), resp.headers.get("ETag")

    def changes(self, cursor: int, limit: int) -> ChangesResponse:
        ahead, self._prefetched = self._prefetched, None
        if ahead is not None and ahead[0] == (cursor, limit):
            page, size = ahead[1].result()  # its failure is raised here, as a fetch's would be
            self._count(size)
            return page
        page, _ = self._fetch_changes(cursor, limit, count_bytes=True)
        return page

    def prefetch_changes(self, cursor: int, limit: int) -> None:
        """Start downloading the change-feed page ``(cursor, limit)`` in a thread now;
        the next ``changes(cursor, limit)`` takes its answer (or its error). For a new
        profile's first page, while the profile is made and the reference data read
        (issue 22): nothing waits to be sent from a profile that did not exist. Its
        bytes count when the page is taken."""
        future: Future[tuple[ChangesResponse, int]] = Future()

        def fetch() -> None:
            try:
                future.set_result(self._fetch_changes(cursor, limit, count_bytes=False))
            except BaseException as exc:  # noqa: BLE001 - handed to whoever takes the page
                future.set_exception(exc)

        self._prefetched = ((cursor, limit), future)
        threading.Thread(target=fetch, name="sync-prefetch", daemon=True).start()

    def _fetch_changes(
        self, cursor: int, limit: int, *, count_bytes: bool
    ) -> tuple[ChangesResponse, int]:
        params = {"cursor": cursor, "limit": limit}
        resp = self._request("GET", "/sync/changes", params=params, count_bytes=count_bytes)
        if resp.status_code >= 300:
            self._raise_for(resp)
        return parse_changes(resp.content), len(resp.content)

    def push(self, actions: Sequence[ActionIn]) -> list[ActionResult]:
        body = ActionsRequest(actions=list(actions)).model_dump(mode="json")
        resp = self._request("POST", "/sync/actions", json=body)
        results = self._parse(resp, ActionsResponse).results
        if [r.action_id for r in results] != [a.action_id for a in actions]:
            raise ProtocolError("results_mismatch", "Jawaban server tidak sesuai dengan kiriman.")
        return results

    def media_head(self, sha256: str) -> bool:
        resp = self._request("HEAD", f"/media/{sha256}")
        if resp.status_code == 404:
            return False
        if resp.status_code == 200:
            return True
        self._raise_for(resp)
        return False

    def media_put(self, sha256: str, data: bytes, content_type: str) -> None:
        resp = self._request(
            "PUT", f"/media/{sha256}", data=data, headers={"Content-Type": content_type}
        )
        if resp.status_code in (200, 201):
            stored = self._parse(resp, MediaOut)  # not just any 200 (captive portals)
            if stored.sha256 != sha256:
                raise ProtocolError("media_mismatch", "Server menyimpan foto yang lain.")
            return
        if resp.status_code in (413, 415, 422):
            code, message = _error_of(resp)
            raise MediaRejectedError(code, message)
        self._raise_for(resp)

    def media_get(self, sha256: str) -> bytes:
        """A photo's bytes from the server, refused unless they hash to ``sha256``."""
        if not SHA256_HEX.fullmatch(sha256):
            raise ValueError("not a sha256 hex digest")
        resp = self._request("GET", f"/media/{sha256}", headers={"Accept": "image/*"})
        if resp.status_code != 200:
            self._raise_for(resp)
        data = resp.content
        if len(data) > MAX_MEDIA_BYTES:
            raise ProtocolError("media_too_large", "Foto dari server terlalu besar.")
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ProtocolError("media_mismatch", "Foto dari server tidak sesuai sidiknya.")
        return data

    def lease_numbers(self, count: int) -> LeaseResponse:
        body = LeaseRequest(count=count).model_dump()
        return self._parse(self._request("POST", "/numbers/lease", json=body), LeaseResponse)

    def return_lease(self, lease_id: str, unused: Sequence[str]) -> None:
        if not SAFE_ID.fullmatch(lease_id):
            raise ValueError("not a lease id")
        body = LeaseReturn(unused=list(unused)).model_dump()
        resp = self._request("POST", f"/numbers/lease/{lease_id}/return", json=body)
        if resp.status_code not in (200, 204):
            self._raise_for(resp)

    # --- plumbing --------------------------------------------------------------------

    def _count(self, size: int) -> None:
        with self._bytes_lock:
            self._bytes += size

    def _request(
        self, method: str, path: str, *, auth: bool = True, count_bytes: bool = True, **kwargs: Any
    ) -> requests.Response:
        headers = dict(kwargs.pop("headers", {}) or {})
        if auth and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        url = f"{self.base_url}{API_PREFIX}{path}"
        try:
            resp = self.http.request(
                method,
                url,
                headers=headers,
                timeout=self.timeout,
                verify=self.http.verify,
                allow_redirects=False,
                **kwargs,
            )
            body = resp.content  # read it all here: a cut body raises here, not later
        except requests.exceptions.SSLError as exc:
            # Not transient: retrying will not make an untrusted certificate trusted.
            log.warning("TLS verification failed for the server: %s", type(exc).__name__)
            raise ProtocolError("tls_untrusted", TLS_UNTRUSTED_MESSAGE) from exc
        except requests.Timeout as exc:
            raise TransientError("timeout", UNREACHABLE_MESSAGE) from exc
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
            raise TransientError("connection", UNREACHABLE_MESSAGE) from exc
        except requests.RequestException as exc:
            raise TransientError("http", UNREACHABLE_MESSAGE) from exc
        if count_bytes:
            self._count(len(body))
        if resp.status_code in TRANSIENT_STATUSES:
            code, _ = _error_of(resp)
            raise TransientError(
                f"http_{resp.status_code}:{code}",
                UNREACHABLE_MESSAGE,
                retry_after=parse_retry_after(resp.headers.get("Retry-After")),
            )
        if resp.status_code in (401, 423):
            code, message = _error_of(resp)
            raise AuthError(code, message, parse_retry_after(resp.headers.get("Retry-After")))
        return resp

    def _parse(self, resp: requests.Response, model: type[M]) -> M:
        if resp.status_code >= 300:
            self._raise_for(resp)
        try:
            # pydantic parses the bytes itself: faster than json.loads + validate.
            return model.model_validate_json(resp.content)
        except ValidationError as exc:
            if any(err["type"] == "json_invalid" for err in exc.errors()):
                # Most likely a body cut short that the transport did not notice.
                raise TransientError("bad_json", UNREACHABLE_MESSAGE) from exc
            log.warning("server answer does not match %s: %s", model.__name__, exc.error_count())
            raise ProtocolError("bad_answer", "Jawaban server tidak sesuai protokol.") from exc

    def _raise_for(self, resp: requests.Response) -> None:
        code, message = _error_of(resp)
        raise ProtocolError(code, message)

    # --- the audit log (supervisors; not part of SyncBackend) ------------------------

    def audit(self, cursor: int, limit: int) -> AuditPage:
        """One page of the unit's audit log, oldest first, after the entry id ``cursor``."""
        resp = self._request("GET", "/audit", params={"cursor": cursor, "limit": limit})
        return self._parse(resp, AuditPage)

    def notice_export(self, notice: ExportNotice) -> AuditEntryOut:
        """Tell the server a supervisor exported figures (it appends an audit entry)."""
        resp = self._request("POST", "/audit/exports", json=notice.model_dump(mode="json"))
        return self._parse(resp, AuditEntryOut)


def _error_of(resp: requests.Response) -> tuple[str, str]:
    try:
        err = ErrorResponse.model_validate_json(resp.content).error
        return err.code, err.message
    except (ValidationError, ValueError):
        return f"http_{resp.status_code}", f"Server menjawab {resp.status_code}."
