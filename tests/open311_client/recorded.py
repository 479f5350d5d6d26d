"""A tiny stdlib HTTP server on 127.0.0.1 that answers like a plain GeoReport v2 server,
from the spec's own examples in tests/data/open311/ (no extensions: it ignores
updated_after/page/page_size, has no discovery and no servicerequestupdates, and
answers 500 for an unknown request id, as some real servers do)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from crm_shared.protocol.wire import ChangesResponse, ReportOut
from officer_app.sync.open311_backend import Open311Backend

DATA = Path(__file__).resolve().parents[1] / "data" / "open311"
KNOWN_IDS = {"638344", "638349"}
GOOD_KEY = "spec-example-key"
CONTENT_TYPES = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}


class RecordedOpen311:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, dict[str, list[str]]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                return

            def _send(self, status: int, body: bytes, fmt: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", CONTENT_TYPES.get(fmt, "application/json"))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _file(self, status: int, name: str, fmt: str) -> None:
                self._send(status, (DATA / name).read_bytes(), fmt)

            def _not_found(self, fmt: str) -> None:
                if fmt == "xml":
                    body = (
                        b"<errors><error><code>404</code>"
                        b"<description>Not found</description></error></errors>"
                    )
                else:
                    body = b'[{"code":404,"description":"Not found"}]'
                self._send(404, body, fmt)

            def do_GET(self) -> None:  # noqa: N802
                url = urlsplit(self.path)
                query = parse_qs(url.query)
                outer.calls.append(("GET", url.path, query))
                path, _, fmt = url.path.rpartition(".")
                if path == "/v2/services":
                    return self._file(200, f"services.{fmt}", fmt)
                if path.startswith("/v2/services/"):
                    return self._file(200, f"service_definition.{fmt}", fmt)
                if path == "/v2/requests":
                    return self._file(200, f"requests.{fmt}", fmt)
                if path.startswith("/v2/requests/"):
                    if path.rsplit("/", 1)[1] in KNOWN_IDS:
                        return self._file(200, f"requests.{fmt}", fmt)
                    return self._file(500, "error_500_not_found.json", "json")
                return self._not_found(fmt)

            def do_POST(self) -> None:  # noqa: N802
                url = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode())
                outer.calls.append(("POST", url.path, form))
                path, _, fmt = url.path.rpartition(".")
                if path != "/v2/requests":
                    return self._not_found(fmt)
                if form.get("api_key") != [GOOD_KEY]:
                    return self._file(403, f"error_403.{fmt}", fmt)
                if form.get("service_code") == ["bad"]:
                    return self._file(400, f"error_400.{fmt}", fmt)
                if "lat" not in form and "address_string" not in form:
                    return self._file(400, "error_single_object.json", "json")
                return self._file(200, f"post_request.{fmt}", fmt)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v2"

    def __enter__(self) -> RecordedOpen311:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def pull_cycle(
    backend: Open311Backend, cursor: int, limit: int = 500
) -> tuple[ChangesResponse, list[ReportOut]]:
    """Call ``changes`` as the engine does until the cycle ends: the last page and
    every report of the cycle."""
    reports: list[ReportOut] = []
    for _ in range(100_000):
        page = backend.changes(cursor, limit)
        assert page.cursor >= cursor  # the engine refuses a cursor that goes back
        reports += page.reports
        if not page.has_more or page.cursor == cursor:
            return page, reports
        cursor = page.cursor
    raise AssertionError("the cycle never ended")
