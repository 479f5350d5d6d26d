"""The small interface the sync engine talks to a server through.

Our protocol v1 over HTTP is one implementation (``http_backend.HttpBackend``);
an Open311 + FixMyStreet backend can be another without touching the engine,
the store or the views. Tests use ``fake.FakeServer``.

Failures are reported with the exceptions below, so the engine can decide:
transient ones are retried with backoff, ``AuthError`` stops the cycle with
"login needed", everything else stops it keeping all local work.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .wire import (
    ActionIn,
    ActionResult,
    ChangesResponse,
    LeaseResponse,
    ReferenceData,
    TokenResponse,
)


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
    """401 (bad or expired token, wrong password) or 423 (locked): a person must log in."""


class MediaRejectedError(BackendError):
    """The server refused a photo (wrong hash 422, not an image 415, too large 413)."""


class ProtocolError(BackendError):
    """The server answered something we cannot use (a 4xx we did not expect,
    a body that does not match the protocol)."""


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

    def lease_numbers(self, count: int) -> LeaseResponse: ...
