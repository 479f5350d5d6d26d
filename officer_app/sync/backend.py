"""The small interface the sync engine talks to a server through.

Our protocol v1 over HTTP is one implementation (``http_backend.HttpBackend``);
an Open311 + FixMyStreet backend can be another without touching the engine,
the store or the views. Tests use ``fake.FakeServer``.

Failures are reported with the exceptions below, so the engine can decide:
transient ones are retried with backoff, ``AuthError`` stops the cycle with
"login needed", everything else stops it keeping all local work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from crm_shared.protocol.wire import (
    ActionIn,
    ActionResult,
    ChangesResponse,
    LeaseResponse,
    ReferenceData,
    TokenResponse,
)

# What an id from a server may look like: letters, digits and ``_ . : @ -``, not
# starting with a dot. Nothing that could be a path, markup or hidden text.
SAFE_ID = re.compile(r"[A-Za-z0-9_:@-][A-Za-z0-9_.:@-]{0,99}")


class BackendError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class TransientError(BackendError):
    """Timeouts, refused or cut connections, 5xx, 429: worth trying again later."""

    def __init__(self, code: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(code, message)
        self.retry_after = retry_after


class AuthError(BackendError):
    """401 (bad or expired token, wrong password) or 423 (locked): a person must log in.

    ``retry_after``: seconds the server asks to wait before the next sign-in attempt
    (sign-in throttling: 423 ``account_locked``, 429 ``too_many_attempts``).
    """

    THROTTLED = frozenset({"account_locked", "too_many_attempts"})

    def __init__(self, code: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(code, message)
        self.retry_after = retry_after


class MediaRejectedError(BackendError):
    """The server refused a photo (wrong hash 422, not an image 415, too large 413)."""


class ProtocolError(BackendError):
    """The server answered something we cannot use (a 4xx we did not expect,
    a body that does not match the protocol)."""


@dataclass(frozen=True)
class SetAside:
    """A record of a change-feed page that could not be used, and why.

    ``reason`` names fields and error kinds only (never the record's values, which
    may hold a citizen's words); ``report_id`` is given only when it is a safe id.
    """

    position: int  # index in the page's ``reports``
    reason: str
    report_id: str | None = None


class ChangesPage(ChangesResponse):
    """A change-feed page whose envelope was valid, with the reports that were not.

    The envelope (cursor, has_more, total, removed) is validated strictly: a page
    whose envelope is wrong is refused whole. Reports are validated one by one:
    a bad one is set aside here and the rest of the page is applied.
    """

    set_aside: list[SetAside] = []


class SyncBackend(Protocol):
    """What the engine needs from a server."""

    @property
    def bytes_received(self) -> int:
        """Bytes of response bodies read so far (for progress reporting)."""
        ...

    def login(self, officer_id: str, password: str) -> TokenResponse: ...

    def reference(self, etag: str | None) -> tuple[ReferenceData | None, str | None]:
        """New reference data and its ETag, or (None, etag) when unchanged."""
        ...

    def changes(self, cursor: int, limit: int) -> ChangesResponse: ...

    def push(self, actions: Sequence[ActionIn]) -> list[ActionResult]:
        """Results in the order of ``actions``."""
        ...

    def media_head(self, sha256: str) -> bool: ...

    def media_put(self, sha256: str, data: bytes, content_type: str) -> None: ...

    def media_get(self, sha256: str) -> bytes:
        """A photo's bytes, checked against ``sha256`` (ProtocolError when they differ)."""
        ...

    def lease_numbers(self, count: int) -> LeaseResponse: ...

    def return_lease(self, lease_id: str, unused: Sequence[str]) -> None:
        """Give the server back the unused numbers of a lease (they are released)."""
        ...
