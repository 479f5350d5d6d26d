"""Request bodies are limited by the bytes actually received, not by what a header says.

An ASGI middleware in front of every route, authenticated or not:

- a ``Content-Length`` over the route's limit is answered ``413`` before a byte
  of the body is read; an unreadable one is ``400``;
- without ``Content-Length`` (chunked) or with a lying one, the bytes are counted
  as they arrive and reading stops at the limit: the route's read raises
  ``413`` (a Starlette HTTPException, so the API and the Open311 face each answer
  it in their own error form). At most the limit is ever held in memory;
- a body that stalls (no byte for ``body_idle_timeout_s``) or drags on (longer
  than ``body_timeout_s`` in all) is ``408``: a slow client cannot hold a worker.

Limits: ``media_max_bytes`` for ``PUT /api/v1/media/...`` (photos), ``json_max_bytes``
for everything else (JSON bodies, Open311 forms). Starlette's own
RequestBodyLimitMiddleware is not used: it answers in plain text, not in the error
forms of our two faces, and has no timeouts.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crm_shared.protocol.wire import API_PREFIX

from .config import ServerConfig
from .errors import error_response

_MEDIA_PREFIX = f"{API_PREFIX}/media/"
_CLOSE = {"Connection": "close"}  # the rest of the body is not wanted


class BodyTooLarge(HTTPException):
    def __init__(self) -> None:
        super().__init__(413, "Request body too large.", headers=_CLOSE)


class BodyTimeout(HTTPException):
    def __init__(self) -> None:
        super().__init__(408, "Request body too slow.", headers=_CLOSE)


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, config: ServerConfig) -> None:
        self.app = app
        self.config = config

    def limit_for(self, scope: Scope) -> int:
        if scope.get("method") == "PUT" and str(scope.get("path", "")).startswith(_MEDIA_PREFIX):
            return self.config.media_max_bytes
        return self.config.json_max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope)
        declared = _content_length(scope)
        if declared == -1:
            await _refuse(scope, send, 400, "bad_request", "Content-Length tidak valid.")
            return
        if declared is not None and declared > limit:
            photo = limit == self.config.media_max_bytes and scope.get("method") == "PUT"
            await _refuse(scope, send, 413, "too_large", _too_large_message(limit, photo))
            return
        await self.app(scope, self._counting(receive, limit), send)

    def _counting(self, receive: Receive, limit: int) -> Receive:
        received = 0
        idle = self.config.body_idle_timeout_s
        deadline = time.monotonic() + self.config.body_timeout_s
        done = False

        async def counted() -> Message:
            nonlocal received, done
            if done:  # the body is read: what is left to wait for is a disconnect
                return await receive()
            left = deadline - time.monotonic()
            try:
                message = await asyncio.wait_for(receive(), timeout=max(0.0, min(idle, left)))
            except TimeoutError:
                raise BodyTimeout() from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge()
                done = not message.get("more_body", False)
            return message

        return counted


def _content_length(scope: Scope) -> int | None:
    """The declared length; None when absent, -1 when unreadable."""
    values = [v for k, v in scope.get("headers", ()) if k == b"content-length"]
    if not values:
        return None
    text = values[0].decode("latin-1").strip()
    if len(values) > 1 or not text.isdigit() or len(text) > 18:
        return -1
    return int(text)


def _too_large_message(limit: int, photo: bool) -> str:
    what = "Foto" if photo else "Isi permintaan"
    if limit >= 1024 * 1024:
        return f"{what} terlalu besar (batas {limit // (1024 * 1024)} MB)."
    return f"{what} terlalu besar (batas {limit} byte)."


async def _refuse(scope: Scope, send: Send, status: int, code: str, message: str) -> None:
    path = str(scope.get("path", ""))
    response: Any
    if path.startswith("/open311/"):
        # Open311 clients expect the spec's error array, in the format of the suffix.
        from .open311.formats import Fmt
        from .open311.formats import error_response as open311_error

        fmt = Fmt.XML if path.endswith(".xml") else Fmt.JSON
        text = "Request body too large." if status == 413 else "Invalid Content-Length."
        response = open311_error(fmt, status, text, _CLOSE)
    else:
        response = error_response(status, code, message, _CLOSE)

    async def no_body() -> Message:
        return {"type": "http.disconnect"}

    await response(scope, no_body, send)
