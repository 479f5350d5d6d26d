"""An independent Open311 client against OUR face: ``georeport`` (PyPI, 0.3.1, a thin
GeoReport v2 wrapper on requests + xmltodict) reads services, service definitions
and service requests in JSON and XML from a real server process on 127.0.0.1.
Whatever it reads must agree with the database and between the two formats."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from georeport import GeoReport
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from central_server.models import Category, Report
from central_server.testing import LiveServer, find_data_dir

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    srv = LiveServer(
        tmp_path_factory.mktemp("georeport"), data_dir=find_data_dir(), n_reports=120, seed=5
    )
    srv.start()
    yield srv
    srv.stop()


def client(server: LiveServer, fmt: str, **kw: Any) -> GeoReport:
    return GeoReport(f"{server.url}/open311/v2", output_format=fmt, **kw)


def as_list(value: Any) -> list[Any]:
    """xmltodict gives one child as a dict, several as a list."""
    return value if isinstance(value, list) else [value]


def db_reports(server: LiveServer) -> list[Report]:
    engine = create_engine(server.database_url)
    try:
        with Session(engine) as s:
            return list(s.scalars(select(Report)))
    finally:
        engine.dispose()


def test_services_and_definitions_json_and_xml(server: LiveServer) -> None:
    engine = create_engine(server.database_url)
    with Session(engine) as s:
        categories = {c.id for c in s.scalars(select(Category))}
    engine.dispose()
    services = {
        fmt: {str(x["service_code"]): x for x in as_list(client(server, fmt).get_service_list())}
        for fmt in ("json", "xml")
    }
    assert set(services["json"]) == set(services["xml"]) == categories
    code = sorted(categories)[0]
    assert services["xml"][code]["service_name"] == services["json"][code]["service_name"]
    assert services["xml"][code]["metadata"] == "true"
    assert services["json"][code]["metadata"] is True
    for fmt in ("json", "xml"):
        definition = client(server, fmt).get_service_definition(code)
        assert str(definition["service_code"]) == code
        attributes = definition["attributes"]
        if fmt == "xml":
            attributes = as_list(attributes["attribute"])
        assert [a["code"] for a in attributes] == ["detail"]
    with_jurisdiction = client(server, "json", jurisdiction="jakarta.go.id")
    assert {str(x["service_code"]) for x in with_jurisdiction.get_service_list()} == categories


def test_service_requests_json_and_xml(server: LiveServer) -> None:
    now = datetime.now(UTC)
    start = (now - timedelta(days=89)).isoformat(timespec="seconds")
    end = (now + timedelta(minutes=5)).isoformat(timespec="seconds")
    in_window = {
        r.number
        for r in db_reports(server)
        if r.created_at.replace(tzinfo=r.created_at.tzinfo or UTC) >= now - timedelta(days=89)
    }
    assert in_window
    got: dict[str, dict[str, dict[str, Any]]] = {}
    for fmt in ("json", "xml"):
        items = as_list(client(server, fmt).get_service_requests(start_date=start, end_date=end))
        got[fmt] = {str(i["service_request_id"]): i for i in items}
    assert set(got["json"]) == set(got["xml"]) == in_window
    number = sorted(in_window)[0]
    j, x = got["json"][number], got["xml"][number]
    for key in ("status", "service_code", "requested_datetime", "address_id"):
        expected = "" if j[key] is None else str(j[key])  # XML: an empty element
        assert (x[key] or "") == expected, key
    assert j["status"] in ("open", "closed")
    # No reporter identity on this public face, in either format.
    for fmt in ("json", "xml"):
        for item in got[fmt].values():
            assert not {"first_name", "last_name", "email", "phone"} & set(item)
    # One request, both formats.
    one_json = client(server, "json").get_service_request(number)
    one_xml = client(server, "xml").get_service_request(number)
    assert str(one_json["service_request_id"]) == one_xml["service_request_id"] == number
    closed = as_list(client(server, "xml").get_service_requests(status="closed"))
    assert closed
    assert all(i["status"] == "closed" for i in closed)
