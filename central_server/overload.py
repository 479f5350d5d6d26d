"""Graceful overload: a bounded number of requests per worker, the rest told to come back.

Without a bound every request that arrives is started: under a morning rush they
all wait for the same few database connections, each gets slower, and in the end
pool timeouts fail them all (throughput collapses instead of levelling off). Here
at most ``ServerConfig.max_concurrent`` requests of one worker run at once; a
request beyond that waits up to ``queue_wait_s`` for a turn and is then answered
``503`` with ``Retry-After`` and the usual JSON error body (the sync engine honours
Retry-After). Health and readiness probes are never queued.

A request gives its turn back when its answer starts: by then the handler has
done its database work and the body is built (our answers are whole; a file is
read from disk), and what remains is writing bytes to a reader that may be slow.
Holding the turn while a busy PC takes a 4 MB page would let slow readers, not
the database, set the throughput.

The bound is per process: with N workers the server runs at most N times as many
requests at once, which is what the database pool of each worker is sized for.
"""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crm_shared.protocol.wire import API_PREFIX

from .errors import error_response

# Probes are answered even when the worker is saturated.
_EXEMPT = (f"{API_PREFIX}/health", f"{API_PREFIX}/ready")
# More waiting than this many times the limit: refuse at once instead of queueing.
_MAX_QUEUE_FACTOR = 4

BUSY_MESSAGE = "Server sedang sibuk. Silakan coba lagi sebentar lagi."


class AdmissionControl:
    """ASGI middleware: admit ``limit`` requests at once; 503 + Retry-After beyond."""

    def __init__(self, app: ASGIApp, limit: int, queue_wait_s: float, retry_after_s: int) -> None:
        self.app = app
        self.limit = max(1, limit)
        self.queue_wait_s = queue_wait_s
        self.retry_after_s = max(1, retry_after_s)
        self._slots: asyncio.Semaphore | None = None
        self._waiting = 0
        self.refused = 0  # counted for tests and logs

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path", "") in _EXEMPT:
            await self.app(scope, receive, send)
            return
        if self._slots is None:  # created inside the worker's event loop
            self._slots = asyncio.Semaphore(self.limit)
        if not await self._admit(self._slots):
            self.refused += 1
            await self._busy(scope)(scope, receive, send)
            return
        slots = self._slots
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                slots.release()

        async def send_and_release(message: Message) -> None:
            if message["type"] == "http.response.start":
                release()
            await send(message)

        try:
            await self.app(scope, receive, send_and_release)
        finally:
            release()

    async def _admit(self, slots: asyncio.Semaphore) -> bool:
        if not slots.locked():
            await slots.acquire()
            return True
        if self._waiting >= self.limit * _MAX_QUEUE_FACTOR:
            return False
        self._waiting += 1
        try:
            await asyncio.wait_for(slots.acquire(), timeout=self.queue_wait_s)
        except TimeoutError:
            return False
        finally:
            self._waiting -= 1
        return True

    def _busy(self, scope: Scope) -> Any:
        headers = {"Retry-After": str(self.retry_after_s)}
        path = str(scope.get("path", ""))
        if path.startswith("/open311/"):
            # Open311 clients expect the spec's error list, in the format of the suffix.
            from .open311.formats import Fmt
            from .open311.formats import error_response as open311_error

            fmt = Fmt.XML if path.endswith(".xml") else Fmt.JSON
            response = open311_error(fmt, 503, "Server is busy; retry later.")
            response.headers.update(headers)
            return response
        return error_response(503, "overloaded", BUSY_MESSAGE, headers)
