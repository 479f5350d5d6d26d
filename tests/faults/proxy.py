"""A real HTTP/1.1 proxy on 127.0.0.1 that misbehaves on request.

Fault tests put it between the sync client and the reference server::

    with FaultProxy(server_url) as proxy:
        proxy.drop_response(path_prefix="/api/v1/sync/actions")
        client = SyncClient(proxy.url)
        ...
        assert proxy.forwarded("/api/v1/sync/actions") == 1

It parses the framing of each request and response (Content-Length, chunked,
read-until-close) so that it can act per request while the client keeps its
connection alive. Faults are kept in the order they were added; each request
uses the first one whose rule matches it, and a fault is used ``times`` times
(``None``: until cleared). Requests without a fault pass through unchanged.

Standard library only. One accepting thread plus one thread per client
connection; every socket has a timeout, stalls wait on the stop event, and
:meth:`FaultProxy.stop` shuts every socket down and joins every thread.
"""

from __future__ import annotations

import itertools
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from urllib.parse import urlsplit

_MAX_HEAD_BYTES = 64 * 1024
_MAX_LINE_BYTES = 8 * 1024
_MAX_BODY_BYTES = 64 * 1024 * 1024
_ACCEPT_POLL_SECONDS = 0.05


class _ProtocolError(Exception):
    """The peer sent something that is not HTTP/1.x, or closed mid-message."""


class _Stopping(Exception):
    """The proxy is stopping: drop what this connection was doing."""


# --- faults ---------------------------------------------------------------------------


@dataclass
class Fault:
    """One programmed misbehaviour and the rule that selects its requests."""

    kind: str  # "cut", "drop", "status", "stall" or "refuse"
    path_prefix: str | None = None
    method: str | None = None
    times: int | None = 1
    after_bytes: int = 0
    status_code: int = 0
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float | None = None
    forward: bool = True
    used: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.times is not None and self.used >= self.times:
            return False
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path_prefix is None or path.startswith(self.path_prefix)

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.used >= self.times


@dataclass(frozen=True)
class Exchange:
    """What happened to one request that reached the proxy."""

    method: str
    path: str
    fault: str | None
    forwarded: bool
    status: int | None  # the status the upstream answered, if it was asked


# --- HTTP framing ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Message:
    start_line: str
    headers: list[tuple[str, str]]  # names lower-cased, in order
    raw: bytes  # the whole message as it came, head and body
    close_after: bool  # the connection ends with this message

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key == name:
                return value
        return None

    def tokens(self, name: str) -> set[str]:
        values = [value for key, value in self.headers if key == name]
        return {token.strip().lower() for value in values for token in value.split(",")}


class _Reader:
    """Buffered reads from a socket, raising on EOF in the middle of a message."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._buffer = bytearray()

    def _fill(self) -> bool:
        chunk = self._sock.recv(65536)
        if not chunk:
            return False
        self._buffer += chunk
        return True

    def _take(self, count: int) -> bytes:
        data = bytes(self._buffer[:count])
        del self._buffer[:count]
        return data

    def head(self) -> bytes | None:
        """Up to and including the blank line; None on a clean EOF before a message."""
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end >= 0:
                return self._take(end + 4)
            if len(self._buffer) > _MAX_HEAD_BYTES:
                raise _ProtocolError("header too long")
            if not self._fill():
                if not self._buffer:
                    return None
                raise _ProtocolError("connection closed inside a header")

    def line(self) -> bytes:
        while True:
            end = self._buffer.find(b"\n")
            if end >= 0:
                return self._take(end + 1)
            if len(self._buffer) > _MAX_LINE_BYTES:
                raise _ProtocolError("line too long")
            if not self._fill():
                raise _ProtocolError("connection closed inside a chunk")

    def exact(self, count: int) -> bytes:
        while len(self._buffer) < count:
            if not self._fill():
                raise _ProtocolError("connection closed inside a body")
        return self._take(count)

    def to_eof(self) -> bytes:
        while self._fill():
            if len(self._buffer) > _MAX_BODY_BYTES:
                raise _ProtocolError("body too long")
        return self._take(len(self._buffer))


def _parse_head(head: bytes) -> tuple[str, list[tuple[str, str]]]:
    lines = head.decode("latin-1").split("\r\n")
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep or not name.strip():
            raise _ProtocolError(f"bad header line {line!r}")
        headers.append((name.strip().lower(), value.strip()))
    return lines[0], headers


def _chunked_body(reader: _Reader) -> bytes:
    raw = bytearray()
    while True:
        size_line = reader.line()
        raw += size_line
        try:
            size = int(size_line.split(b";", 1)[0].strip(), 16)
        except ValueError as exc:
            raise _ProtocolError("bad chunk size") from exc
        if size == 0:
            break
        raw += reader.exact(size + 2)
        if len(raw) > _MAX_BODY_BYTES:
            raise _ProtocolError("body too long")
    while True:  # trailers, then the blank line
        trailer = reader.line()
        raw += trailer
        if trailer in (b"\r\n", b"\n"):
            return bytes(raw)


def _content_length(headers: list[tuple[str, str]]) -> int | None:
    values = {value for key, value in headers if key == "content-length"}
    if not values:
        return None
    if len(values) > 1 or not next(iter(values)).isdigit():
        raise _ProtocolError("bad Content-Length")
    length = int(next(iter(values)))
    if length > _MAX_BODY_BYTES:
        raise _ProtocolError("body too long")
    return length


def _wants_keep_alive(version: str, connection: set[str]) -> bool:
    if "close" in connection:
        return False
    return version == "HTTP/1.1" or "keep-alive" in connection


@dataclass(frozen=True)
class _Request:
    message: _Message
    method: str
    path: str


def _read_request(reader: _Reader) -> _Request | None:
    head = reader.head()
    if head is None:
        return None
    start, headers = _parse_head(head)
    parts = start.split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise _ProtocolError(f"bad request line {start!r}")
    method, target, version = parts
    probe = _Message(start, headers, b"", close_after=False)
    if "chunked" in probe.tokens("transfer-encoding"):
        body = _chunked_body(reader)
    else:
        body = reader.exact(_content_length(headers) or 0)
    keep = _wants_keep_alive(version, probe.tokens("connection"))
    message = _Message(start, headers, head + body, close_after=not keep)
    return _Request(message, method.upper(), urlsplit(target).path or "/")


def _read_response(reader: _Reader, request_method: str) -> tuple[_Message, int]:
    """The final response (with any 1xx before it) and its status code."""
    interim = b""
    while True:
        head = reader.head()
        if head is None:
            raise _ProtocolError("upstream closed without answering")
        start, headers = _parse_head(head)
        parts = start.split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not parts[1].isdigit():
            raise _ProtocolError(f"bad status line {start!r}")
        version, code = parts[0], int(parts[1])
        if 100 <= code < 200 and code != 101:
            interim += head
            continue
        break
    probe = _Message(start, headers, b"", close_after=False)
    close_after = not _wants_keep_alive(version, probe.tokens("connection"))
    if request_method == "HEAD" or code in (204, 304) or 100 <= code < 200:
        body = b""
    elif "chunked" in probe.tokens("transfer-encoding"):
        body = _chunked_body(reader)
    else:
        length = _content_length(headers)
        if length is None:
            body, close_after = reader.to_eof(), True
        else:
            body = reader.exact(length)
    return _Message(start, headers, interim + head + body, close_after), code


def _made_up_response(fault: Fault, request: _Request) -> tuple[bytes, bool]:
    """The bytes of the answer and whether the connection stays open after it."""
    status = HTTPStatus(fault.status_code)
    headers = {name.lower(): (name, value) for name, value in fault.headers.items()}
    body = fault.body
    if not body and "content-type" not in headers:
        error = {"code": f"http_{status.value}", "message": f"{status.phrase} (FaultProxy)"}
        body = json.dumps({"error": error}).encode()
        headers["content-type"] = ("Content-Type", "application/json")
    headers["content-length"] = ("Content-Length", str(len(body)))
    keep = not request.message.close_after
    if "connection" in headers:
        keep = keep and headers["connection"][1].strip().lower() != "close"
    else:
        headers["connection"] = ("Connection", "keep-alive" if keep else "close")
    lines = [f"HTTP/1.1 {status.value} {status.phrase}"]
    lines += [f"{name}: {value}" for name, value in headers.values()]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return (head if request.method == "HEAD" else head + body), keep


# --- the proxy ----------------------------------------------------------------------------


class FaultProxy:
    """Forwards HTTP/1.1 from ``url`` to ``upstream``, applying programmed faults."""

    _ids = itertools.count(1)

    def __init__(
        self,
        upstream: str,
        *,
        io_timeout: float = 10.0,
        join_timeout: float = 5.0,
    ) -> None:
        parts = urlsplit(upstream)
        if parts.scheme != "http" or not parts.hostname or parts.port is None:
            raise ValueError(f"upstream must look like http://127.0.0.1:PORT, not {upstream!r}")
        self._upstream = (parts.hostname, parts.port)
        self._io_timeout = io_timeout
        self._join_timeout = join_timeout
        self._name = f"FaultProxy-{next(self._ids)}"

        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._faults: list[Fault] = []
        self._exchanges: list[Exchange] = []
        self._connections = 0
        self._live_sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._accept_thread: threading.Thread | None = None

        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(_ACCEPT_POLL_SECONDS)
        self.port: int = self._listener.getsockname()[1]

    # lifecycle ----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        if self._accept_thread is None:
            self._accept_thread = threading.Thread(
                target=self._accept_loop, name=f"{self._name}-accept", daemon=True
            )
            self._accept_thread.start()
        return self

    def stop(self) -> None:
        """Close every connection and join every thread; raise if one will not end."""
        self._stopping.set()
        if self._accept_thread is not None:
            self._accept_thread.join(self._join_timeout)
        self._listener.close()
        with self._lock:
            sockets = list(self._live_sockets)
            threads = list(self._threads)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)  # wakes a thread blocked in recv
            except OSError:
                pass
        deadline = time.monotonic() + self._join_timeout
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        stuck = [t.name for t in [*threads, self._accept_thread] if t is not None and t.is_alive()]
        if stuck:
            raise RuntimeError(f"FaultProxy threads did not stop: {stuck}")

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # programming faults ---------------------------------------------------------------------

    def cut_response(
        self,
        after_bytes: int,
        *,
        path_prefix: str | None = None,
        method: str | None = None,
        times: int | None = 1,
    ) -> Fault:
        """Forward, then send only the first ``after_bytes`` of the response and close."""
        return self._add(Fault("cut", path_prefix, method, times, after_bytes=after_bytes))

    def drop_response(
        self, *, path_prefix: str | None = None, method: str | None = None, times: int | None = 1
    ) -> Fault:
        """Forward (the server applies it), then close without sending any of the answer."""
        return self._add(Fault("drop", path_prefix, method, times))

    def status(
        self,
        code: int,
        *,
        body: bytes | str = b"",
        headers: dict[str, str] | None = None,
        path_prefix: str | None = None,
        method: str | None = None,
        times: int | None = 1,
    ) -> Fault:
        """Answer ``code`` without asking the server (JSON error body unless given)."""
        HTTPStatus(code)  # refuse unknown codes now, not inside a connection thread
        data = body.encode() if isinstance(body, str) else body
        fault = Fault("status", path_prefix, method, times, status_code=code, body=data)
        fault.headers = dict(headers or {})
        return self._add(fault)

    def stall(
        self,
        seconds: float | None = None,
        *,
        forward: bool = True,
        path_prefix: str | None = None,
        method: str | None = None,
        times: int | None = 1,
    ) -> Fault:
        """Hold the response ``seconds`` (None: until stop) before sending it.

        With ``forward=False`` the server never sees the request and the
        connection is closed once the stall ends.
        """
        fault = Fault("stall", path_prefix, method, times, seconds=seconds, forward=forward)
        return self._add(fault)

    def refuse(
        self, *, path_prefix: str | None = None, method: str | None = None, times: int | None = 1
    ) -> Fault:
        """Close the connection at once, without forwarding."""
        return self._add(Fault("refuse", path_prefix, method, times))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def pending_faults(self) -> list[Fault]:
        with self._lock:
            return [fault for fault in self._faults if not fault.exhausted]

    # counters ------------------------------------------------------------------------------

    @property
    def exchanges(self) -> list[Exchange]:
        with self._lock:
            return list(self._exchanges)

    @property
    def connections_accepted(self) -> int:
        with self._lock:
            return self._connections

    def received(self, path_prefix: str = "") -> int:
        """Requests that arrived (fully read) whose path starts with ``path_prefix``."""
        return sum(1 for e in self.exchanges if e.path.startswith(path_prefix))

    def forwarded(self, path_prefix: str = "") -> int:
        """Requests sent on to the upstream whose path starts with ``path_prefix``."""
        return sum(1 for e in self.exchanges if e.forwarded and e.path.startswith(path_prefix))

    def received_by_path(self) -> Counter[str]:
        return Counter(e.path for e in self.exchanges)

    def forwarded_by_path(self) -> Counter[str]:
        return Counter(e.path for e in self.exchanges if e.forwarded)

    def wait_until_received(self, count: int, path_prefix: str = "", timeout: float = 5.0) -> bool:
        """Wait (bounded) until ``count`` matching requests have arrived."""
        deadline = time.monotonic() + timeout
        while self.received(path_prefix) < count:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)
        return True

    # internals ------------------------------------------------------------------------------

    def _add(self, fault: Fault) -> Fault:
        if fault.times is not None and fault.times < 1:
            raise ValueError("times must be at least 1 (or None for every matching request)")
        with self._lock:
            self._faults.append(fault)
        return fault

    def _take_fault(self, request: _Request) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(request.method, request.path):
                    fault.used += 1
                    return fault
        return None

    def _record(
        self, request: _Request, fault: Fault | None, forwarded: bool, status: int | None
    ) -> None:
        exchange = Exchange(
            request.method, request.path, fault.kind if fault else None, forwarded, status
        )
        with self._lock:
            self._exchanges.append(exchange)

    @contextmanager
    def _tracked(self, sock: socket.socket) -> Iterator[socket.socket]:
        with self._lock:
            if self._stopping.is_set():
                sock.close()
                raise _Stopping
            self._live_sockets.add(sock)
        try:
            yield sock
        finally:
            with self._lock:
                self._live_sockets.discard(sock)
            sock.close()

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # listener closed
            client.settimeout(self._io_timeout)
            with self._lock:
                self._connections += 1
                self._threads = [t for t in self._threads if t.is_alive()]
                thread = threading.Thread(
                    target=self._serve_client,
                    args=(client,),
                    name=f"{self._name}-conn-{self._connections}",
                    daemon=True,
                )
                self._threads.append(thread)
            thread.start()

    def _serve_client(self, client: socket.socket) -> None:
        try:
            with self._tracked(client):
                reader = _Reader(client)
                while not self._stopping.is_set():
                    request = _read_request(reader)
                    if request is None or not self._handle(client, request):
                        return
        except (_Stopping, _ProtocolError, OSError):
            return  # the peer went away, timed out, or we are stopping

    def _handle(self, client: socket.socket, request: _Request) -> bool:
        """Serve one request; True if the client connection stays open."""
        fault = self._take_fault(request)
        kind = fault.kind if fault else None
        if fault is not None and kind == "refuse":
            self._record(request, fault, forwarded=False, status=None)
            return False
        if fault is not None and kind == "status":
            self._record(request, fault, forwarded=False, status=None)
            answer, keep = _made_up_response(fault, request)
            client.sendall(answer)
            return keep
        if fault is not None and kind == "stall" and not fault.forward:
            self._record(request, fault, forwarded=False, status=None)
            self._stopping.wait(fault.seconds)
            return False

        response, status, forwarded = self._ask_upstream(request)
        self._record(request, fault, forwarded=forwarded, status=status)
        if fault is not None and kind == "drop":
            return False
        if fault is not None and kind == "cut":
            client.sendall(response.raw[: fault.after_bytes])
            return False
        if fault is not None and kind == "stall" and self._stopping.wait(fault.seconds):
            return False  # stopped while stalling: the client never gets an answer
        client.sendall(response.raw)
        return not (response.close_after or request.message.close_after)

    def _ask_upstream(self, request: _Request) -> tuple[_Message, int | None, bool]:
        """The upstream's answer, or a 502 of our own; and whether it was forwarded."""
        # A fresh connection per request: never a stale keep-alive socket, and a
        # closed upstream connection cannot be mistaken for a fault of ours.
        forwarded = False
        try:
            sock = socket.create_connection(self._upstream, timeout=self._io_timeout)
            with self._tracked(sock):
                sock.sendall(request.message.raw)
                forwarded = True
                response, status = _read_response(_Reader(sock), request.method)
                return response, status, True
        except (_ProtocolError, OSError):
            if self._stopping.is_set():
                raise _Stopping from None
        bad_gateway = Fault("status", status_code=502, headers={"Connection": "close"})
        raw, _ = _made_up_response(bad_gateway, request)
        return _Message("HTTP/1.1 502 Bad Gateway", [], raw, close_after=True), None, forwarded
