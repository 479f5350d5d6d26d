"""GeoReport v2 servers that behave the way real ones do, not the way ours does.

One configurable stdlib HTTP server on 127.0.0.1 (``VariantServer``) with its own
data set of N requests spread over months, and the behaviours found in the wild
(docs/open311.md, "Real servers"):

- ``cap``: at most this many items per answer, the newest ones, whatever was asked;
- ``paging``: None (``page``/``page_size`` ignored), ``"page"`` (honoured, page size
  capped at ``cap``, no hint), ``"link"`` (also ``Link: <...>; rel="next"``),
  ``"header"`` (its own ``X-Next-Page`` header holding the next page's URL);
- ``newest_first``: the answer's order;
- ``dates``: whether ``start_date``/``end_date`` are honoured;
- ``updates``: FixMyStreet's ``servicerequestupdates`` (by date window only; a
  ``service_request_id`` parameter is a 400, as there);
- ``jurisdiction``: required ``jurisdiction_id`` (400 without it);
- ``formats``: e.g. XML only (JSON is a 404), with ``xml_root``/``xml_item`` names
  that need not be the spec's;
- ``fail_ids``: requests whose ``requests/{id}`` answer is a 500;
- ``same_second``: this many extra requests filed in one second (more than ``cap``
  there makes a window that cannot be read whole);
- ``fail_calls``: these GETs of ``requests`` answer 503 (a passing outage).
"""

from __future__ import annotations

import json
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

NOW = datetime.now(UTC).replace(microsecond=0)


@dataclass
class Variant:
    n: int = 1234
    span_days: int = 300
    cap: int | None = None
    paging: str | None = None  # None, "page", "link", "header"
    newest_first: bool = False
    dates: bool = True
    updates: bool = False
    update_ids: bool = True  # updates carry an update_id
    jurisdiction: str | None = None
    formats: tuple[str, ...] = ("json", "xml")
    xml_root: str = "service_requests"
    xml_item: str = "request"
    fail_ids: frozenset[str] = frozenset()
    same_second: int = 0
    fail_calls: frozenset[int] = frozenset()  # these GETs of requests (1-based) answer 503
    updated_after: bool = False  # Chicago's updated_after/updated_before extension
    services_status: int = 200  # another status: GET services answers it (an error)


def w3c(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


def _parse(value: str) -> datetime:
    value = value.replace(" ", "+")
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    out = datetime.fromisoformat(value)
    return out if out.tzinfo else out.replace(tzinfo=UTC)


@dataclass
class Data:
    requests: dict[str, dict[str, Any]] = field(default_factory=dict)
    updates: list[dict[str, Any]] = field(default_factory=list)


def make_data(v: Variant) -> Data:
    data = Data()
    start = NOW - timedelta(days=v.span_days)
    step = (v.span_days - 1) * 86_400 / max(v.n, 1)
    for i in range(v.n):
        at = start + timedelta(seconds=int(i * step))
        number = str(100_000 + i)
        closed = i % 7 == 0
        data.requests[number] = {
            "service_request_id": number,
            "status": "closed" if closed else "open",
            "service_code": "001" if i % 2 else "002",
            "service_name": "Lampu jalan" if i % 2 else "Sampah",
            "description": f"Laporan nomor {i}",
            "requested_datetime": w3c(at),
            "updated_datetime": w3c(at + timedelta(hours=2 if closed or i % 3 == 0 else 0)),
            "address": f"Jl. Contoh {i}",
            "lat": -6.2 + (i % 100) / 1000,
            "long": 106.8 + (i % 50) / 1000,
        }
        if closed:
            data.updates.append(_update(number, "investigating", at + timedelta(hours=1), v))
            data.updates.append(_update(number, "closed", at + timedelta(hours=2), v))
        elif i % 3 == 0:
            data.updates.append(_update(number, "in_progress", at + timedelta(hours=2), v))
    packed = NOW - timedelta(days=3)
    for j in range(v.same_second):
        number = str(900_000 + j)
        data.requests[number] = {
            "service_request_id": number,
            "status": "open",
            "service_code": "001",
            "service_name": "Lampu jalan",
            "description": "Impor massal",
            "requested_datetime": w3c(packed),
            "updated_datetime": w3c(packed),
        }
    return data


def _update(number: str, status: str, at: datetime, v: Variant) -> dict[str, Any]:
    item = {
        "service_request_id": number,
        "status": status,
        "updated_datetime": w3c(at),
        "description": f"Status {status}",
        "media_url": None,
    }
    if v.update_ids:
        item["update_id"] = f"u-{number}-{status}"
    return item


SERVICES = [
    {
        "service_code": "001",
        "service_name": "Lampu jalan",
        "metadata": False,
        "type": "realtime",
        "group": "Penerangan",
    },
    {
        "service_code": "002",
        "service_name": "Sampah",
        "metadata": True,
        "type": "realtime",
        "group": "Kebersihan",
    },
]
DEFINITION = {
    "service_code": "002",
    "attributes": [
        {"code": "jenis", "datatype": "string", "required": False, "description": "Jenis"}
    ],
}


class VariantServer:
    """A running variant (``with VariantServer(Variant(...)) as srv``)."""

    def __init__(self, variant: Variant) -> None:
        self.variant = variant
        self.data = make_data(variant)
        self.calls: list[tuple[str, str, dict[str, list[str]]]] = []
        self.posts: list[dict[str, str]] = []
        self.request_gets = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                return

            def do_GET(self) -> None:  # noqa: N802
                outer._get(self)

            def do_POST(self) -> None:  # noqa: N802
                outer._post(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/open311/v2"

    def __enter__(self) -> VariantServer:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # --- answers ------------------------------------------------------------------

    def _send(
        self,
        h: BaseHTTPRequestHandler,
        status: int,
        body: Any,
        fmt: str,
        *,
        root: str = "",
        item: str = "",
        headers: dict[str, str] | None = None,
    ) -> None:
        if fmt == "xml":
            raw = self._xml(body, root, item)
            ctype = "text/xml; charset=utf-8"
        else:
            raw = json.dumps(body).encode()
            ctype = "application/json; charset=utf-8"
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(raw)))
        for name, value in (headers or {}).items():
            h.send_header(name, value)
        h.end_headers()
        h.wfile.write(raw)

    def _xml(self, body: Any, root: str, item: str) -> bytes:
        top = ET.Element(root or "response")
        rows = body if isinstance(body, list) else [body]
        for row in rows:
            el = ET.SubElement(top, item or "item")
            for key, value in row.items():
                child = ET.SubElement(el, key)
                if isinstance(value, list):
                    for entry in value:
                        sub = ET.SubElement(child, key.rstrip("s"))
                        for k2, v2 in entry.items():
                            ET.SubElement(sub, k2).text = "" if v2 is None else str(v2)
                elif value is not None:
                    child.text = str(value).lower() if isinstance(value, bool) else str(value)
        return ET.tostring(top, encoding="utf-8", xml_declaration=True)

    def _error(self, h: BaseHTTPRequestHandler, status: int, fmt: str, *texts: str) -> None:
        body = [{"code": status, "description": t} for t in texts]
        self._send(
            h, status, body, fmt if fmt in ("json", "xml") else "json", root="errors", item="error"
        )

    def _get(self, h: BaseHTTPRequestHandler) -> None:
        v = self.variant
        url = urlsplit(h.path)
        query = {k: vs[0] for k, vs in parse_qs(url.query).items()}
        self.calls.append(("GET", url.path, parse_qs(url.query)))
        path, _, fmt = url.path.removeprefix("/open311/v2/").rpartition(".")
        if fmt not in v.formats:
            return self._error(h, 404, "json" if fmt != "xml" else "xml", f"format {fmt} unknown")
        if v.jurisdiction and query.get("jurisdiction_id") != v.jurisdiction:
            return self._error(h, 400, fmt, "jurisdiction_id is required", "use 'kota.test'")
        if path == "services":
            if v.services_status != 200:
                return self._error(h, v.services_status, fmt, "services unavailable")
            return self._send(h, 200, SERVICES, fmt, root="services", item="service")
        if path.startswith("services/"):
            return self._send(h, 200, DEFINITION, fmt, root="service_definition", item="x")
        if path == "requests":
            self.request_gets += 1
            if self.request_gets in v.fail_calls:
                return self._error(h, 503, fmt, "Service Unavailable")
            return self._requests(h, query, fmt)
        if path.startswith("requests/"):
            number = path.split("/", 1)[1]
            if number in v.fail_ids:
                return self._error(h, 500, fmt, "Internal Server Error")
            found = self.data.requests.get(number)
            if found is None:
                return self._error(h, 404, fmt, "not found")
            return self._send(h, 200, [found], fmt, root=v.xml_root, item=v.xml_item)
        if path == "servicerequestupdates" and v.updates:
            if "service_request_id" in query:
                return self._error(h, 400, fmt, "Invalid parameter: service_request_id")
            return self._updates(h, query, fmt)
        return self._error(h, 404, fmt, "not found")

    def _window(self, items: list[dict[str, Any]], query: dict[str, str], key: str) -> Any:
        if not self.variant.dates:
            return items
        start = _parse(query["start_date"]) if "start_date" in query else None
        end = _parse(query["end_date"]) if "end_date" in query else None
        if start is None and end is None:  # the spec's default: the last 90 days
            start = NOW - timedelta(days=90)
        out = []
        for item in items:
            at = _parse(item[key])
            if (start is None or at >= start) and (end is None or at <= end):
                out.append(item)
        return out

    def _requests(self, h: BaseHTTPRequestHandler, query: dict[str, str], fmt: str) -> None:
        v = self.variant
        if "service_request_id" in query:
            wanted = query["service_request_id"].split(",")
            if set(wanted) & v.fail_ids:  # it fails rendering that one, in any list
                return self._error(h, 500, fmt, "Internal Server Error")
            found = [self.data.requests[n] for n in wanted if n in self.data.requests]
            return self._send(h, 200, found, fmt, root=v.xml_root, item=v.xml_item)
        items = list(self.data.requests.values())
        if v.updated_after and ("updated_after" in query or "updated_before" in query):
            after = _parse(query["updated_after"]) if "updated_after" in query else None
            before = _parse(query["updated_before"]) if "updated_before" in query else None
            items = [
                r
                for r in items
                if (after is None or _parse(r["updated_datetime"]) > after)
                and (before is None or _parse(r["updated_datetime"]) <= before)
            ]
        else:
            items = self._window(items, query, "requested_datetime")
        self._paged(h, items, query, fmt, "requested_datetime", v.xml_root, v.xml_item)
        return None

    def _updates(self, h: BaseHTTPRequestHandler, query: dict[str, str], fmt: str) -> None:
        items = self._window(list(self.data.updates), query, "updated_datetime")
        self._paged(
            h, items, query, fmt, "updated_datetime", "service_request_updates", "request_update"
        )

    def _paged(
        self,
        h: BaseHTTPRequestHandler,
        items: list[dict[str, Any]],
        query: dict[str, str],
        fmt: str,
        key: str,
        root: str,
        item: str,
    ) -> None:
        v = self.variant
        items = sorted(items, key=lambda r: (r[key], r["service_request_id"]), reverse=True)
        headers: dict[str, str] = {}
        if v.paging is None:
            if v.cap is not None:
                items = items[: v.cap]  # its newest, whatever was asked
        else:
            size = min(int(query.get("page_size") or v.cap or 1000), v.cap or 1000)
            page = max(1, int(query.get("page") or 1))
            more = len(items) > page * size
            items = items[(page - 1) * size : page * size]
            if more:
                nxt = {**query, "page": str(page + 1), "page_size": str(size)}
                url = f"{self.url}/{urlsplit(h.path).path.rsplit('/', 1)[1]}?{urlencode(nxt)}"
                if v.paging == "link":
                    headers["Link"] = f'<{url}>; rel="next"'
                elif v.paging == "header":
                    headers["X-Next-Page"] = url
        if not v.newest_first:
            items = list(reversed(items))
        self._send(h, 200, items, fmt, root=root, item=item, headers=headers)

    def _post(self, h: BaseHTTPRequestHandler) -> None:
        url = urlsplit(h.path)
        length = int(h.headers.get("Content-Length") or 0)
        form = {k: vs[0] for k, vs in parse_qs(h.rfile.read(length).decode()).items()}
        self.calls.append(("POST", url.path, {k: [x] for k, x in form.items()}))
        path, _, fmt = url.path.removeprefix("/open311/v2/").rpartition(".")
        if path != "servicerequestupdates" or not self.variant.updates:
            return self._error(h, 404, fmt, "not found")
        self.posts.append(form)
        number = form.get("service_request_id", "")
        if number in self.variant.fail_ids:
            return self._error(h, 500, fmt, "Internal Server Error")
        if number not in self.data.requests:
            return self._error(h, 404, fmt, "not found")
        allowed = {
            k
            for k in (
                "service_request_id",
                "update_id",
                "status",
                "description",
                "updated_datetime",
                "api_key",
                "jurisdiction_id",
                "media_url",
            )
        }
        extra = sorted(set(form) - allowed)
        if extra:
            return self._error(h, 400, fmt, *[f"Unknown parameter: {k}" for k in extra])
        update = {
            "service_request_id": number,
            "update_id": form.get("update_id"),
            "status": form.get("status", "").lower(),
            "updated_datetime": w3c(datetime.now(UTC).replace(microsecond=0)),
            "description": form.get("description"),
        }
        self.data.updates.append(update)
        self._send(h, 200, [update], fmt, root="service_request_updates", item="request_update")
        return None

    # --- for the tests --------------------------------------------------------------

    def add_requests(self, count: int) -> list[str]:
        """File ``count`` new requests now; their ids."""
        now = w3c(datetime.now(UTC).replace(microsecond=0))
        out = []
        for j in range(count):
            number = str(500_000 + len(self.data.requests) + j)
            self.data.requests[number] = {
                "service_request_id": number,
                "status": "open",
                "service_code": "001",
                "service_name": "Lampu jalan",
                "description": "Baru",
                "requested_datetime": now,
                "updated_datetime": now,
            }
            out.append(number)
        return out

    def last_status(self, number: str) -> str | None:
        mine = [u for u in self.data.updates if u["service_request_id"] == number]
        return mine[-1]["status"] if mine else None
