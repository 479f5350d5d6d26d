"""The fault proxy itself, against a tiny stdlib HTTP/1.1 server on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from .proxy import FaultProxy

ACTIONS = "/api/v1/sync/actions"
BIG_BODY = bytes(range(256)) * 400  # 100 kB


class _Upstream(ThreadingHTTPServer):
    # Handler threads are joined on server_close(): nothing outlives a test.
    daemon_threads = False
    block_on_close = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.seen: list[tuple[str, str, bytes]] = []
        self.seen_lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def requests_to(self, path: str) -> list[tuple[str, str, bytes]]:
        with self.seen_lock:
            return [entry for entry in self.seen if entry[1] == path]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Upstream

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    return body
                body += self.rfile.read(size)
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length", "0")))

    def _answer(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _note(self, body: bytes) -> None:
        with self.server.seen_lock:
            self.server.seen.append((self.command, self.path.split("?")[0], body))

    def do_GET(self) -> None:
        self._note(b"")
        if self.path == "/big":
            self._answer(200, BIG_BODY, "application/octet-stream")
        elif self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (b"satu ", b"dua ", b"tiga"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self._answer(200, json.dumps({"path": self.path}).encode())

    def do_HEAD(self) -> None:
        self._note(b"")
        self._answer(200, b'{"size": 1234567}')

    def do_POST(self) -> None:
        body = self._body()
        self._note(body)
        self._answer(200, json.dumps({"received": body.decode(), "path": self.path}).encode())


@pytest.fixture
def upstream() -> Iterator[_Upstream]:
    server = _Upstream()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def proxy(upstream: _Upstream) -> Iterator[FaultProxy]:
    with FaultProxy(upstream.url, io_timeout=30.0) as running:
        yield running
    leftover = [t.name for t in threading.enumerate() if t.name.startswith("FaultProxy")]
    assert leftover == []


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as client:
        yield client


def test_passes_requests_through_on_one_kept_alive_connection(
    upstream: _Upstream, proxy: FaultProxy, session: requests.Session
) -> None:
    hello = session.get(f"{proxy.url}/hello?x=1", timeout=30)
    posted = session.post(f"{proxy.url}/echo", data=b"laporan warga", timeout=30)
    chunked = session.get(f"{proxy.url}/chunked", timeout=30)
    head = session.head(f"{proxy.url}/hello", timeout=30)
    streamed = session.post(f"{proxy.url}/echo", data=iter([b"potong", b"an"]), timeout=30)
    big = session.get(f"{proxy.url}/big", timeout=30)

    assert hello.json() == {"path": "/hello?x=1"}
    assert posted.json()["received"] == "laporan warga"
    assert chunked.text == "satu dua tiga"
    assert head.status_code == 200
    assert head.headers["Content-Length"] == "17"
    assert streamed.json()["received"] == "potongan"  # chunked request body
    assert big.content == BIG_BODY
    assert proxy.connections_accepted == 1  # keep-alive held across all six
    assert proxy.received() == proxy.forwarded() == 6
    assert proxy.received_by_path()["/echo"] == 2
    assert [entry[0] for entry in upstream.seen] == ["GET", "POST", "GET", "HEAD", "POST", "GET"]


def test_drop_response_after_the_server_applied_it(
    upstream: _Upstream, proxy: FaultProxy, session: requests.Session
) -> None:
    fault = proxy.drop_response(path_prefix=ACTIONS)

    with pytest.raises(requests.ConnectionError):
        session.post(f"{proxy.url}{ACTIONS}", json={"actions": ["a1"]}, timeout=30)

    assert upstream.requests_to(ACTIONS) == [("POST", ACTIONS, b'{"actions": ["a1"]}')]
    assert proxy.forwarded(ACTIONS) == 1
    assert fault.used == 1
    # Used once: the retry goes through on a new connection.
    again = session.post(f"{proxy.url}{ACTIONS}", json={"actions": ["a1"]}, timeout=30)
    assert again.status_code == 200
    assert len(upstream.requests_to(ACTIONS)) == 2
    assert proxy.connections_accepted == 2


def test_cut_response_in_the_middle_of_the_body(
    upstream: _Upstream, proxy: FaultProxy, session: requests.Session
) -> None:
    proxy.cut_response(after_bytes=5000, path_prefix="/big")

    with pytest.raises((requests.exceptions.ChunkedEncodingError, requests.ConnectionError)):
        session.get(f"{proxy.url}/big", timeout=30)

    assert len(upstream.requests_to("/big")) == 1
    assert session.get(f"{proxy.url}/big", timeout=30).content == BIG_BODY


def test_cut_response_inside_the_status_line(proxy: FaultProxy, session: requests.Session) -> None:
    proxy.cut_response(after_bytes=5)

    with pytest.raises(requests.ConnectionError):
        session.get(f"{proxy.url}/hello", timeout=30)
    assert proxy.forwarded("/hello") == 1


def test_status_429_with_retry_after_never_reaches_the_server(
    upstream: _Upstream, proxy: FaultProxy, session: requests.Session
) -> None:
    proxy.status(429, headers={"Retry-After": "7"}, path_prefix=ACTIONS)

    refused = session.post(f"{proxy.url}{ACTIONS}", json={"actions": []}, timeout=30)
    accepted = session.post(f"{proxy.url}{ACTIONS}", json={"actions": []}, timeout=30)

    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "7"
    assert refused.json()["error"]["code"] == "http_429"
    assert accepted.status_code == 200
    assert len(upstream.requests_to(ACTIONS)) == 1
    assert (proxy.received(ACTIONS), proxy.forwarded(ACTIONS)) == (2, 1)
    assert proxy.connections_accepted == 1  # the made-up answer kept the connection


def test_status_used_n_times_then_passes(proxy: FaultProxy, session: requests.Session) -> None:
    proxy.status(503, body="sedang perawatan", headers={"Content-Type": "text/plain"}, times=2)

    codes = [session.get(f"{proxy.url}/hello", timeout=30).status_code for _ in range(3)]

    assert codes == [503, 503, 200]
    assert proxy.pending_faults() == []


def test_rule_matches_method_and_path_only(
    upstream: _Upstream, proxy: FaultProxy, session: requests.Session
) -> None:
    proxy.status(500, path_prefix=ACTIONS, method="POST", times=None)

    other_path = session.post(f"{proxy.url}/echo", data=b"x", timeout=30)
    other_method = session.get(f"{proxy.url}{ACTIONS}", timeout=30)
    hits = [session.post(f"{proxy.url}{ACTIONS}", data=b"x", timeout=30) for _ in range(3)]

    assert (other_path.status_code, other_method.status_code) == (200, 200)
    assert [hit.status_code for hit in hits] == [500, 500, 500]
    assert upstream.requests_to(ACTIONS) == [("GET", ACTIONS, b"")]


def test_faults_apply_in_the_order_they_were_added(
    proxy: FaultProxy, session: requests.Session
) -> None:
    proxy.status(503)
    proxy.status(429, headers={"Retry-After": "1"})

    codes = [session.get(f"{proxy.url}/hello", timeout=30).status_code for _ in range(3)]

    assert codes == [503, 429, 200]
    assert [e.fault for e in proxy.exchanges] == ["status", "status", None]


def test_stall_until_stop_makes_the_client_time_out(
    upstream: _Upstream, session: requests.Session
) -> None:
    proxy = FaultProxy(upstream.url).start()
    try:
        proxy.stall(path_prefix=ACTIONS)
        started = time.monotonic()
        with pytest.raises(requests.exceptions.ReadTimeout):
            session.post(f"{proxy.url}{ACTIONS}", data=b"batch", timeout=0.3)
        assert time.monotonic() - started < 30  # the client's timeout, not an endless stall
        assert upstream.requests_to(ACTIONS) == [("POST", ACTIONS, b"batch")]  # applied
    finally:
        started = time.monotonic()
        proxy.stop()
    # The stalled thread was woken, not waited out (stop() raises when a thread does
    # not end within its join timeout); the bound is generous for a loaded machine.
    assert time.monotonic() - started < 30
    assert not [t for t in threading.enumerate() if t.name.startswith("FaultProxy")]


def test_stall_for_a_while_then_answer(proxy: FaultProxy, session: requests.Session) -> None:
    proxy.stall(0.4)

    started = time.monotonic()
    answer = session.get(f"{proxy.url}/hello", timeout=30)

    assert answer.json() == {"path": "/hello"}
    assert time.monotonic() - started >= 0.4


def test_stall_without_forwarding_keeps_the_server_unaware(
    upstream: _Upstream, proxy: FaultProxy, session: requests.Session
) -> None:
    proxy.stall(forward=False)  # until stop: the client's timeout comes first, however loaded

    with pytest.raises(requests.exceptions.ReadTimeout):
        session.post(f"{proxy.url}{ACTIONS}", data=b"batch", timeout=0.2)

    assert proxy.wait_until_received(1, ACTIONS)
    assert upstream.requests_to(ACTIONS) == []
    assert proxy.forwarded() == 0


def test_refuse_closes_without_forwarding(
    upstream: _Upstream, proxy: FaultProxy, session: requests.Session
) -> None:
    proxy.refuse()

    with pytest.raises(requests.ConnectionError):
        session.get(f"{proxy.url}/hello", timeout=30)

    assert upstream.seen == []
    assert (proxy.received(), proxy.forwarded()) == (1, 0)
    assert session.get(f"{proxy.url}/hello", timeout=30).status_code == 200


def test_upstream_down_gives_bad_gateway(session: requests.Session) -> None:
    with socket.socket() as placeholder:
        placeholder.bind(("127.0.0.1", 0))
        dead_port = placeholder.getsockname()[1]
    with FaultProxy(f"http://127.0.0.1:{dead_port}") as proxy:
        answer = session.get(f"{proxy.url}/hello", timeout=30)

    assert answer.status_code == 502
    assert proxy.forwarded() == 0


def test_stop_closes_the_port_and_idle_connections(
    upstream: _Upstream, session: requests.Session
) -> None:
    proxy = FaultProxy(upstream.url).start()
    session.get(f"{proxy.url}/hello", timeout=30)  # leaves an idle kept-alive connection

    started = time.monotonic()
    proxy.stop()

    assert time.monotonic() - started < 30  # (stop() raises when a thread will not end)
    assert not [t for t in threading.enumerate() if t.name.startswith("FaultProxy")]
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{proxy.url}/hello", timeout=2)


def test_rejects_bad_arguments(upstream: _Upstream) -> None:
    with pytest.raises(ValueError, match="upstream"):
        FaultProxy("https://example.org")
    proxy = FaultProxy(upstream.url)
    try:
        with pytest.raises(ValueError, match="times"):
            proxy.drop_response(times=0)
        with pytest.raises(ValueError, match="999"):
            proxy.status(999)
    finally:
        proxy.stop()
