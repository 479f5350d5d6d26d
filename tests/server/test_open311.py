"""The Open311 GeoReport v2 face against a real server process on 127.0.0.1.

Every method in both formats (XML parsed with ElementTree), the spec's shapes
and error forms, the default window, the 1000-record cap, the page/page_size and
updated_after extensions, privacy of private reports, and a scan of every body
this module received for every reporter identity stored on the server.

Test data that the seed does not have (old reports, public reports with photos,
a thousand reports of one service) is written straight into the server's
database; each test uses its own service code so that tests do not disturb
each other.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from central_server.media_store import media_path
from central_server.models import (
    ApiKey,
    Attachment,
    Category,
    Counter,
    Event,
    Media,
    Report,
    ReporterIdentity,
    Unit,
)
from central_server.numbering import CHANGE_SEQ, take, take_numbers
from central_server.open311 import create_api_key
from central_server.open311.intake import forget_reporter_emails
from central_server.testing import LiveServer, find_data_dir
from crm_shared.domain import JAKARTA_TZ

W3C = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
NUMBER = re.compile(r"^JK\d{10}$")
REQUEST_FIELDS = {
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "address_id",
    "zipcode",
    "lat",
    "long",
    "media_url",
}
# Inside Kelurahan Gambir (Monas), Jakarta Pusat.
GAMBIR = {"lat": "-6.1754", "long": "106.8272"}

# Every response body this module received: the last test scans them all.
BODIES: list[str] = []

# Identity sent by the tests themselves: distinctive, so a leak cannot hide.
FIRST, LAST = "Kartikasari", "Wiraatmadja"
EMAIL = "kartikasari.rahasia@example.org"
PHONE = "0813-9988-7766"
PHONE_NORMALISED = "+6281399887766"


# --- fixtures and helpers -----------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    srv = LiveServer(
        tmp_path_factory.mktemp("open311"), data_dir=find_data_dir(), n_reports=200, seed=11
    )
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def engine(server: LiveServer) -> Iterator[Engine]:
    eng = create_engine(server.database_url)
    yield eng
    eng.dispose()


@pytest.fixture(scope="module")
def api_key(engine: Engine) -> str:
    with Session(engine) as session, session.begin():
        return create_api_key(session, "JAKI (test)")


def base(server: LiveServer) -> str:
    return f"{server.url}/open311/v2"


def get(server: LiveServer, path: str, **params: Any) -> requests.Response:
    resp = requests.get(f"{base(server)}/{path}", params=params, timeout=60)
    BODIES.append(resp.text)
    return resp


def post(server: LiveServer, path: str, data: dict[str, str]) -> requests.Response:
    resp = requests.post(f"{base(server)}/{path}", data=data, timeout=60)
    BODIES.append(resp.text)
    return resp


def xml(resp: requests.Response) -> ET.Element:
    assert resp.headers["content-type"].startswith("text/xml"), resp.headers
    assert resp.text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(resp.content)


def assert_json_error(resp: requests.Response, status: int) -> str:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert isinstance(body, list), body
    assert len(body) == 1, body
    assert body[0]["code"] == status
    assert isinstance(body[0]["description"], str)
    assert body[0]["description"]
    return str(body[0]["description"])


def assert_xml_error(resp: requests.Response, status: int) -> None:
    assert resp.status_code == status, resp.text
    root = xml(resp)
    assert root.tag == "errors"
    errors = root.findall("error")
    assert len(errors) == 1
    assert errors[0].findtext("code") == str(status)
    assert errors[0].findtext("description")


def new_category(engine: Engine, name: str) -> str:
    category_id = f"cat-test-{uuid.uuid4().hex[:10]}"
    with Session(engine) as session, session.begin():
        session.add(
            Category(id=category_id, name=name, agency_unit_id=None, handled_by_kelurahan=True)
        )
    return category_id


def kelurahan_unit(session: Session) -> Unit:
    return session.execute(
        select(Unit).where(Unit.kind == "kelurahan").order_by(Unit.id).limit(1)
    ).scalar_one()


def insert_reports(engine: Engine, category_id: str, count: int = 1, **fields: Any) -> list[str]:
    """Insert reports straight into the database (seq and numbers from the counters)."""
    now = datetime.now(UTC)
    created = fields.pop("created_at", now - timedelta(days=1))
    updated = fields.pop("updated_at", created)
    with Session(engine) as session, session.begin():
        unit = kelurahan_unit(session)
        high = take(session, CHANGE_SEQ, count)
        day = created.astimezone(JAKARTA_TZ).date()
        numbers = take_numbers(session, day, count)
        for i in range(count):
            row = {
                "id": str(uuid.uuid4()),
                "number": numbers[i],
                "category_id": category_id,
                "channel": "jaki",
                "status": "menunggu",
                "description": "Saluran air tersumbat sampah di depan sekolah.",
                "address": "Jl. Percobaan No. 1",
                "lat": -6.2,
                "lon": 106.8,
                "kelurahan_code": unit.code,
                "unit_id": unit.id,
                "is_private": True,
                "priority": "normal",
                "created_at": created - timedelta(seconds=i),
                "landed_at": created - timedelta(seconds=i),
                "version": 1,
                "seq": high - count + 1 + i,
                "updated_at": updated - timedelta(seconds=i),
                "supporters": 0,
            }
            row.update(fields)
            session.add(Report(**row))
    return numbers


def report_by_number(engine: Engine, number: str) -> Report:
    with Session(engine) as session:
        return session.execute(select(Report).where(Report.number == number)).scalar_one()


# --- discovery, services, service definitions ------------------------------------------


def test_discovery_in_both_formats(server: LiveServer) -> None:
    resp = get(server, "discovery.json")
    assert resp.status_code == 200
    body = resp.json()
    assert W3C.match(body["changeset"])
    [endpoint] = body["endpoints"]
    assert endpoint["specification"] == "http://wiki.open311.org/GeoReport_v2"
    assert endpoint["url"] == f"{server.url}/open311/v2"
    assert endpoint["type"] in ("production", "test")
    assert set(endpoint["formats"]) == {"text/xml", "application/json"}
    assert W3C.match(endpoint["changeset"])

    root = xml(get(server, "discovery.xml"))
    assert root.tag == "discovery"
    assert root.findtext("changeset") == body["changeset"]
    formats = [f.text for f in root.findall("endpoints/endpoint/formats/format")]
    assert set(formats) == {"text/xml", "application/json"}
    assert root.findtext("endpoints/endpoint/url") == endpoint["url"]


def test_services_list_in_both_formats(server: LiveServer, engine: Engine) -> None:
    with Session(engine) as session:
        ids = set(session.execute(select(Category.id)).scalars())
    resp = get(server, "services.json")
    assert resp.status_code == 200
    services = resp.json()
    assert {s["service_code"] for s in services} >= ids - {None}
    for service in services:
        assert set(service) == {
            "service_code",
            "service_name",
            "description",
            "metadata",
            "type",
            "keywords",
            "group",
        }
        assert service["metadata"] is True
        assert service["type"] == "realtime"
        assert service["service_name"]
        assert service["group"]

    root = xml(get(server, "services.xml"))
    assert root.tag == "services"
    items = root.findall("service")
    assert [s.findtext("service_code") for s in items] == [s["service_code"] for s in services]
    assert {s.findtext("metadata") for s in items} == {"true"}
    assert {s.findtext("type") for s in items} == {"realtime"}


def test_service_definition_in_both_formats(server: LiveServer, engine: Engine) -> None:
    code = new_category(engine, "Definisi Uji")
    body = get(server, f"services/{code}.json").json()
    assert body["service_code"] == code
    [attribute] = body["attributes"]
    assert attribute["code"] == "detail"
    assert attribute["variable"] is True
    assert attribute["required"] is False
    assert attribute["datatype"] in (
        "string",
        "number",
        "datetime",
        "text",
        "singlevaluelist",
        "multivaluelist",
    )
    assert attribute["order"] == 1
    assert attribute["description"]

    root = xml(get(server, f"services/{code}.xml"))
    assert root.tag == "service_definition"
    assert root.findtext("service_code") == code
    assert root.findtext("attributes/attribute/code") == "detail"
    assert root.findtext("attributes/attribute/required") == "false"


def test_unknown_service_and_format_are_404(server: LiveServer) -> None:
    assert "not found" in assert_json_error(get(server, "services/no-such-service.json"), 404)
    assert_xml_error(get(server, "services/no-such-service.xml"), 404)
    assert_json_error(get(server, "services.csv"), 404)
    assert_json_error(get(server, "requests.html"), 404)
    assert_json_error(get(server, "no-such-resource.json"), 404)
    assert_json_error(get(server, "services.json", jurisdiction_id="somewhere.else"), 404)
    assert_xml_error(get(server, "requests.xml", jurisdiction_id="somewhere.else"), 404)
    # Known resource, wrong method: 405 in the spec's form, not the native error object.
    resp = requests.delete(f"{base(server)}/requests.json", timeout=30)
    assert_json_error(resp, 405)
    assert resp.headers["Allow"] == "GET, POST"
    resp = requests.put(f"{base(server)}/services.xml", timeout=30)
    assert_xml_error(resp, 405)
    assert resp.headers["Allow"] == "GET"


# --- POST requests ------------------------------------------------------------------


def _counts(engine: Engine) -> tuple[int, int, int]:
    with Session(engine) as session:
        reports = session.execute(select(func.count()).select_from(Report)).scalar_one()
        identities = session.execute(
            select(func.count()).select_from(ReporterIdentity)
        ).scalar_one()
        seq = session.execute(select(Counter.value).where(Counter.name == CHANGE_SEQ)).scalar()
    return reports, identities, int(seq or 0)


def test_post_creates_a_private_waiting_report(
    server: LiveServer, engine: Engine, api_key: str
) -> None:
    code = new_category(engine, "Saluran Tersumbat Uji")
    _, _, seq_before = _counts(engine)
    form = {
        "api_key": api_key,
        "service_code": code,
        **GAMBIR,
        "description": "Saluran air di depan pasar tersumbat <sampah> & berbau.",
        "attribute[detail]": "Dekat halte bus, sejak tiga hari.",
        "attribute[unknown_code]": "ignored",
        "media_url": "https://example.org/foto/123.jpg",
        "email": EMAIL,
        "first_name": FIRST,
        "last_name": LAST,
        "phone": PHONE,
        "device_id": "device-1",
        "account_id": "acc-1",
    }
    resp = post(server, "requests.json", form)
    assert resp.status_code == 200, resp.text
    [created] = resp.json()
    assert set(created) == {"service_request_id", "service_notice", "account_id"}
    number = created["service_request_id"]
    assert NUMBER.match(number)
    assert number[2:8] == datetime.now(JAKARTA_TZ).strftime("%y%m%d")
    assert created["service_notice"]
    assert created["account_id"] is None

    report = report_by_number(engine, number)
    assert report.status == "menunggu"
    assert report.channel == "jaki"
    assert report.is_private is True
    assert report.seq == seq_before + 1 == _counts(engine)[2]  # the next change seq
    assert "Dekat halte bus" in report.description
    assert "https://example.org/foto/123.jpg" in report.description
    assert report.lat == pytest.approx(-6.1754)
    assert report.lon == pytest.approx(106.8272)
    with Session(engine) as session:
        identity = session.get(ReporterIdentity, report.id)
        unit = session.get(Unit, report.unit_id)
        events = session.execute(select(Event).where(Event.report_id == report.id)).scalars().all()
    assert identity is not None
    assert identity.anonymous is False
    assert identity.name == f"{FIRST} {LAST}"
    assert identity.phone == PHONE_NORMALISED
    assert [e.type for e in events] == ["create"]
    assert unit is not None
    if find_data_dir() is not None:  # routed by the point, like a walk-in report
        assert unit.kind == "kelurahan"
        assert unit.name.endswith("Gambir")
        assert report.kelurahan_code == unit.code

    # The public view of it: no description, no photo, no identity.
    [shown] = get(server, f"requests/{number}.json").json()
    assert set(shown) == REQUEST_FIELDS
    assert shown["service_request_id"] == number
    assert shown["status"] == "open"
    assert shown["service_code"] == code
    assert shown["description"] is None
    assert shown["media_url"] is None
    assert shown["agency_responsible"] == unit.name
    assert shown["requested_datetime"].endswith("+07:00")
    assert W3C.match(shown["expected_datetime"])
    for secret in (FIRST, LAST, EMAIL, PHONE_NORMALISED, "sampah"):
        assert secret not in get(server, f"requests/{number}.xml").text


def test_post_in_xml_and_channel_from_the_key(server: LiveServer, engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        key = create_api_key(session, "LAPOR! 1708 (test)", channel="lapor_1708")
    code = new_category(engine, "Kanal Uji")
    resp = post(
        server,
        "requests.xml",
        {"api_key": key, "service_code": code, "address_string": "Jl. Medan Merdeka Barat No. 9"},
    )
    assert resp.status_code == 200, resp.text
    root = xml(resp)
    assert root.tag == "service_requests"
    number = root.findtext("request/service_request_id")
    assert number
    assert NUMBER.match(number)
    assert root.findtext("request/service_notice")
    assert root.find("request/account_id") is not None
    report = report_by_number(engine, number)
    assert report.channel == "lapor_1708"
    assert report.address == "Jl. Medan Merdeka Barat No. 9"
    assert report.lat is None
    shown = xml(get(server, f"requests/{number}.xml"))
    assert shown.findtext("request/address") == "Jl. Medan Merdeka Barat No. 9"
    assert shown.findtext("request/status") == "open"


def test_post_by_address_id_routes_to_that_kelurahan(
    server: LiveServer, engine: Engine, api_key: str
) -> None:
    with Session(engine) as session:
        unit = kelurahan_unit(session)
    code = new_category(engine, "Alamat Uji")
    resp = post(
        server,
        "requests.json",
        {"api_key": api_key, "service_code": code, "address_id": str(unit.code)},
    )
    assert resp.status_code == 200, resp.text
    report = report_by_number(engine, resp.json()[0]["service_request_id"])
    assert report.unit_id == unit.id
    assert report.kelurahan_code == unit.code


def test_post_errors_store_nothing(server: LiveServer, engine: Engine, api_key: str) -> None:
    code = new_category(engine, "Galat Uji")
    with Session(engine) as session, session.begin():
        revoked = create_api_key(session, "revoked (test)")
        row = session.execute(select(ApiKey).where(ApiKey.label == "revoked (test)")).scalar_one()
        row.revoked_at = datetime.now(UTC)
    before = _counts(engine)
    good = {
        "api_key": api_key,
        "service_code": code,
        **GAMBIR,
        "description": "Lampu jalan mati total sejak kemarin malam.",
    }

    assert "api_key" in assert_json_error(
        post(server, "requests.json", {**good, "api_key": ""}), 403
    )
    assert_json_error(
        post(server, "requests.json", {k: v for k, v in good.items() if k != "api_key"}), 403
    )
    assert_json_error(post(server, "requests.json", {**good, "api_key": "wrong"}), 403)
    assert_xml_error(post(server, "requests.xml", {**good, "api_key": "wrong"}), 403)
    assert_json_error(post(server, "requests.json", {**good, "api_key": revoked}), 403)
    assert_json_error(post(server, "requests.json", {**good, "service_code": ""}), 400)
    assert_json_error(post(server, "requests.json", {**good, "service_code": "nope"}), 404)
    assert_xml_error(post(server, "requests.xml", {**good, "service_code": "nope"}), 404)
    no_location = {k: v for k, v in good.items() if k not in ("lat", "long")}
    assert "location" in assert_json_error(post(server, "requests.json", no_location), 400)
    assert_xml_error(post(server, "requests.xml", no_location), 400)
    assert_json_error(post(server, "requests.json", {**no_location, "lat": "-6.17"}), 400)
    assert_json_error(post(server, "requests.json", {**good, "lat": "abc"}), 400)
    assert_json_error(post(server, "requests.json", {**good, "lat": "nan"}), 400)
    assert_json_error(post(server, "requests.json", {**good, "lat": "51.5", "long": "-0.1"}), 400)
    assert_json_error(post(server, "requests.json", {**no_location, "address_id": "99.99"}), 400)
    assert_json_error(post(server, "requests.json", {**good, "phone": "12"}), 400)
    assert_json_error(post(server, "requests.json", {**good, "description": "x" * 4001}), 400)
    assert_json_error(post(server, "requests.json", {**good, "attribute[detail]": "y" * 1001}), 400)
    assert_json_error(post(server, "requests.json", {**good, "media_url": "javascript:x"}), 400)
    assert_json_error(post(server, "requests.json", {**good, "jurisdiction_id": "x.gov"}), 404)
    resp = requests.post(f"{base(server)}/requests.json", json=good, timeout=30)
    BODIES.append(resp.text)
    assert_json_error(resp, 400)
    resp = requests.post(
        f"{base(server)}/requests.json",
        data=b"\xff\xfe garbage",
        headers={"Content-Type": "multipart/form-data; boundary=zz"},
        timeout=30,
    )
    BODIES.append(resp.text)
    assert resp.status_code == 400, resp.text

    huge = {**good, "description": "x" * (5 * 1024 * 1024)}
    resp = requests.post(f"{base(server)}/requests.xml", data=huge, timeout=30)
    BODIES.append(resp.text)
    assert_xml_error(resp, 413)  # the body limit answers in the spec's form too

    assert _counts(engine) == before  # no report, no identity, no change seq taken


# --- GET requests -------------------------------------------------------------------


def test_get_requests_in_both_formats(server: LiveServer) -> None:
    resp = get(server, "requests.json")
    assert resp.status_code == 200
    body = resp.json()
    assert body, "the seeded server has recent reports"
    for item in body:
        assert set(item) == REQUEST_FIELDS
        assert item["status"] in ("open", "closed")
        assert item["requested_datetime"].endswith("+07:00")
        assert item["updated_datetime"].endswith("+07:00")
        assert NUMBER.match(item["service_request_id"])
    root = xml(get(server, "requests.xml"))
    assert root.tag == "service_requests"
    requests_xml = root.findall("request")
    assert [r.findtext("service_request_id") for r in requests_xml] == [
        b["service_request_id"] for b in body
    ]
    for element, item in zip(requests_xml, body, strict=True):
        assert {child.tag for child in element} == REQUEST_FIELDS
        assert element.findtext("status") == item["status"]
        if item["lat"] is not None:
            assert float(element.findtext("lat") or "nan") == pytest.approx(item["lat"])


def test_unknown_request_is_404(server: LiveServer) -> None:
    assert_json_error(get(server, "requests/JK0101010001.json"), 404)
    assert_xml_error(get(server, "requests/JK0101010001.xml"), 404)
    assert_json_error(get(server, "requests/JK0101010001.txt"), 404)


def test_status_mapping_and_filter(server: LiveServer, engine: Engine) -> None:
    code = new_category(engine, "Status Uji")
    statuses = [
        "menunggu",
        "koordinasi",
        "disposisi",
        "proses",
        "menunggu_validasi",
        "selesai",
        "tl_ditolak",
        "ditolak",
    ]
    numbers = {s: insert_reports(engine, code, status=s)[0] for s in statuses}
    body = get(server, "requests.json", service_code=code).json()
    shown = {item["service_request_id"]: item["status"] for item in body}
    for status, number in numbers.items():
        expected = "closed" if status in ("selesai", "ditolak") else "open"
        assert shown[number] == expected, status
    closed = get(server, "requests.json", service_code=code, status="closed").json()
    assert {i["service_request_id"] for i in closed} == {numbers["selesai"], numbers["ditolak"]}
    both = get(server, "requests.xml", service_code=code, status="open,closed")
    assert len(xml(both).findall("request")) == len(statuses)
    # service_request_id overrides every other filter, and keeps the order asked.
    wanted = [numbers["selesai"], numbers["menunggu"]]
    by_id = get(server, "requests.json", service_request_id=",".join(wanted), status="open")
    assert [i["service_request_id"] for i in by_id.json()] == wanted


def test_default_window_is_90_days(server: LiveServer, engine: Engine) -> None:
    code = new_category(engine, "Jendela Uji")
    old_time = datetime.now(UTC) - timedelta(days=120)
    [old] = insert_reports(engine, code, created_at=old_time)
    [recent] = insert_reports(engine, code)
    listed = {
        i["service_request_id"] for i in get(server, "requests.json", service_code=code).json()
    }
    assert recent in listed
    assert old not in listed
    start = (old_time - timedelta(days=5)).astimezone(JAKARTA_TZ).isoformat(timespec="seconds")
    end = (old_time + timedelta(days=5)).isoformat(timespec="seconds")  # UTC offset +00:00
    ranged = get(server, "requests.json", service_code=code, start_date=start, end_date=end)
    assert [i["service_request_id"] for i in ranged.json()] == [old]
    # The single request is always there, however old.
    assert get(server, f"requests/{old}.json").json()[0]["service_request_id"] == old


def test_bad_parameters_are_400(server: LiveServer) -> None:
    now = datetime.now(JAKARTA_TZ)
    cases: list[dict[str, str]] = [
        {"start_date": "yesterday"},
        {"end_date": "2024-13-45T00:00:00+07:00"},
        {"updated_after": "not-a-date"},
        {"start_date": now.isoformat(), "end_date": (now - timedelta(days=1)).isoformat()},
        {"start_date": (now - timedelta(days=200)).isoformat(), "end_date": now.isoformat()},
        {"status": "pending"},
        {"page": "0"},
        {"page": "two"},
        {"page_size": "1001"},
        {"page_size": "-5"},
    ]
    for params in cases:
        assert_json_error(get(server, "requests.json", **params), 400)
        assert_xml_error(get(server, "requests.xml", **params), 400)


def test_at_most_1000_requests_and_paging(server: LiveServer, engine: Engine) -> None:
    code = new_category(engine, "Banyak Uji")
    numbers = set(insert_reports(engine, code, count=1100))
    resp = get(server, "requests.json", service_code=code)
    body = resp.json()
    assert len(body) == 1000
    assert 'rel="next"' in resp.headers.get("Link", "")
    seen: list[str] = []
    for page in (1, 2, 3):
        resp = get(server, "requests.json", service_code=code, page=str(page), page_size="400")
        items = [i["service_request_id"] for i in resp.json()]
        assert len(items) == (400 if page < 3 else 300)
        assert ("Link" in resp.headers) == (page < 3)
        seen += items
    assert len(seen) == len(set(seen)) == 1100
    assert set(seen) == numbers
    # Newest first: page 1 starts with the most recent request.
    times = [i["requested_datetime"] for i in body]
    assert times == sorted(times, reverse=True)
    assert (
        xml(get(server, "requests.xml", service_code=code, page="4", page_size="400")).findall(
            "request"
        )
        == []
    )


def test_updated_after(server: LiveServer, engine: Engine) -> None:
    code = new_category(engine, "Perubahan Uji")
    now = datetime.now(UTC)
    [quiet] = insert_reports(engine, code, updated_at=now - timedelta(days=3))
    [changed] = insert_reports(engine, code, updated_at=now - timedelta(hours=2))
    # Created long ago (outside the default window) but changed recently.
    [revived] = insert_reports(
        engine, code, created_at=now - timedelta(days=200), updated_at=now - timedelta(hours=1)
    )
    cursor = (now - timedelta(days=1)).astimezone(JAKARTA_TZ).isoformat(timespec="seconds")
    body = get(server, "requests.json", service_code=code, updated_after=cursor).json()
    assert [i["service_request_id"] for i in body] == [changed, revived]  # oldest change first
    assert quiet not in {i["service_request_id"] for i in body}
    # An unencoded '+' arrives as a space: still read as the offset.
    raw = requests.get(
        f"{base(server)}/requests.json?service_code={code}&updated_after="
        + cursor.replace("+", "%20"),
        timeout=30,
    )
    BODIES.append(raw.text)
    assert [i["service_request_id"] for i in raw.json()] == [changed, revived]
    paged = get(server, "requests.xml", service_code=code, updated_after=cursor, page_size="1")
    assert [r.findtext("service_request_id") for r in xml(paged).findall("request")] == [changed]


def _photo(engine: Engine, server: LiveServer, report_number: str, data: bytes) -> str:
    import hashlib

    sha = hashlib.sha256(data).hexdigest()
    path = media_path(server.media_dir, sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    now = datetime.now(UTC)
    with Session(engine) as session, session.begin():
        report = session.execute(select(Report).where(Report.number == report_number)).scalar_one()
        if session.get(Media, sha) is None:
            session.add(
                Media(
                    sha256=sha,
                    size=len(data),
                    content_type="image/jpeg",
                    uploaded_by=None,
                    created_at=now,
                )
            )
            session.flush()
        session.add(Attachment(report_id=report.id, sha256=sha, kind="evidence"))
        session.add(
            Event(
                id=str(uuid.uuid4()),
                report_id=report.id,
                type="accept",
                at=now,
                from_status="menunggu",
                to_status="proses",
                note="Petugas PPSU dijadwalkan besok pagi.",
            )
        )
    return sha


def test_public_and_private_reports(server: LiveServer, engine: Engine) -> None:
    code = new_category(engine, "Privasi Uji")
    public_text = "Trotoar rusak <b>parah</b> & \"licin\" di depan 'kantor'\x07 pos."
    private_text = "Tetangga saya membuang sampah di kali setiap malam, tolong ditindak."
    [public] = insert_reports(engine, code, is_private=False, description=public_text)
    [private] = insert_reports(engine, code, is_private=True, description=private_text)
    public_sha = _photo(engine, server, public, b"\xff\xd8\xff public photo")
    private_sha = _photo(engine, server, private, b"\xff\xd8\xff private photo")

    body = {
        i["service_request_id"]: i for i in get(server, "requests.json", service_code=code).json()
    }
    shown = body[public]
    assert shown["description"] == public_text  # JSON carries the text as stored
    assert shown["media_url"] == f"{server.url}/open311/v2/media/{public_sha}"
    assert shown["status_notes"] == "Petugas PPSU dijadwalkan besok pagi."
    hidden = body[private]
    assert hidden["description"] is None
    assert hidden["media_url"] is None
    assert hidden["status_notes"] is None

    root = xml(get(server, "requests.xml", service_code=code))  # well-formed despite markup
    by_id = {r.findtext("service_request_id"): r for r in root.findall("request")}
    assert by_id[public].findtext("description") == public_text.replace("\x07", "")
    assert by_id[private].findtext("description") in (None, "")
    assert by_id[private].findtext("media_url") in (None, "")
    for resp in (
        get(server, "requests.json", service_code=code),
        get(server, "requests.xml", service_code=code),
        get(server, f"requests/{private}.xml"),
    ):
        assert "Tetangga saya" not in resp.text
        assert private_sha not in resp.text

    photo = requests.get(shown["media_url"], timeout=30)
    assert photo.status_code == 200
    assert photo.content == b"\xff\xd8\xff public photo"
    assert photo.headers["X-Content-Type-Options"] == "nosniff"
    refused = requests.get(f"{server.url}/open311/v2/media/{private_sha}", timeout=30)
    assert_json_error(refused, 404)
    # HEAD says what GET would: no existence leak for the private photo.
    head = requests.head(shown["media_url"], timeout=30)
    assert (head.status_code, head.content) == (200, b"")
    assert head.headers["Content-Length"] == str(len(b"\xff\xd8\xff public photo"))
    assert (
        requests.head(f"{server.url}/open311/v2/media/{private_sha}", timeout=30).status_code == 404
    )


# --- identities never leave through this face -------------------------------------------


def test_no_reporter_identity_in_any_response(
    server: LiveServer, engine: Engine, api_key: str
) -> None:
    # Make sure identified reports exist and are fetched in every way, both formats.
    code = new_category(engine, "Identitas Uji")
    form = {
        "api_key": api_key,
        "service_code": code,
        **GAMBIR,
        "first_name": FIRST,
        "last_name": LAST,
        "email": EMAIL,
        "phone": PHONE,
        "description": "Pohon tumbang menutup jalan lingkungan.",
    }
    number = post(server, "requests.json", form).json()[0]["service_request_id"]
    with Session(engine) as session, session.begin():
        report = session.execute(select(Report).where(Report.number == number)).scalar_one()
        report.is_private = False  # even a public report shows no identity
    with Session(engine) as session:
        identities = session.execute(select(ReporterIdentity)).scalars().all()
        identified = [i.report_id for i in identities if not i.anonymous]
        numbers = (
            session.execute(select(Report.number).where(Report.id.in_(identified))).scalars().all()
        )
    assert len(identities) > 0
    assert numbers
    for fmt in ("json", "xml"):
        get(server, f"requests.{fmt}")
        get(server, f"requests.{fmt}", service_request_id=",".join(numbers))
        get(server, f"requests.{fmt}", updated_after="2000-01-01T00:00:00+07:00", page_size="1000")
        for n in numbers[:20]:
            get(server, f"requests/{n}.{fmt}")

    secrets: set[str] = {FIRST, LAST, EMAIL, PHONE, PHONE_NORMALISED, PHONE.replace("-", "")}
    for identity in identities:
        for value in (
            identity.name,
            identity.nik,
            identity.phone,
            identity.address,
            getattr(identity, "email", None),
        ):
            if value and len(value) >= 5:
                secrets.add(value)
                if value.startswith("+62"):
                    secrets.add("0" + value[3:])
    assert len(BODIES) > 50
    for body in BODIES:
        for secret in secrets:
            assert secret not in body, f"identity value leaked: {secret[:3]}..."


def test_reporter_email_is_never_stored(server: LiveServer, engine: Engine, api_key: str) -> None:
    # Nothing on the server writes to a reporter: an e-mail is one more copy of who
    # reported for no use, so it is dropped on arrival (docs/open311.md).
    code = new_category(engine, "Surel Uji")
    form = {"api_key": api_key, "service_code": code, **GAMBIR}
    only_email = post(server, "requests.json", {**form, "email": EMAIL})
    assert only_email.status_code == 200, only_email.text
    named = post(server, "requests.json", {**form, "email": "bukan surel", "first_name": FIRST})
    assert named.status_code == 200, named.text  # not checked either: it is not kept
    with engine.connect() as connection:
        rows = [
            " ".join(str(v) for v in row)
            for table in ("reporter_identities", "reports", "events", "audit_log")
            for row in connection.execute(text(f"SELECT * FROM {table}"))
        ]
    assert not [row for row in rows if EMAIL in row or "bukan surel" in row]
    assert "email" not in ReporterIdentity.__table__.c
    first = report_by_number(engine, only_email.json()[0]["service_request_id"])
    with Session(engine) as session:
        identity = session.get(ReporterIdentity, first.id)
    assert identity is not None
    assert identity.anonymous is True  # an e-mail alone names nobody


def test_a_lone_cr_in_a_posted_text_is_a_line_break(
    server: LiveServer, engine: Engine, api_key: str
) -> None:
    code = new_category(engine, "Baris Uji")
    form = {"api_key": api_key, "service_code": code, **GAMBIR}
    resp = post(
        server, "requests.json", {**form, "description": "Got mampet\rdi RT 05\r\nsejak Senin"}
    )
    assert resp.status_code == 200, resp.text
    report = report_by_number(engine, resp.json()[0]["service_request_id"])
    assert report.description == "Got mampet\ndi RT 05\nsejak Senin"  # no merged words


def test_emails_an_older_version_stored_are_forgotten(tmp_path: Path) -> None:
    old = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with old.begin() as connection:
        connection.execute(
            text("CREATE TABLE reporter_identities (report_id TEXT PRIMARY KEY, email TEXT)")
        )
        connection.execute(
            text("INSERT INTO reporter_identities VALUES ('r1', :e), ('r2', NULL)"), {"e": EMAIL}
        )
    assert forget_reporter_emails(old) == 1
    with old.connect() as connection:
        assert connection.execute(text("SELECT email FROM reporter_identities")).all() == [
            (None,),
            (None,),
        ]
    assert forget_reporter_emails(old) == 0


@pytest.mark.postgres
def test_post_and_get_on_postgresql(server_factory: Any, postgres_url: str) -> None:
    srv = server_factory(database_url=postgres_url, n_reports=50)
    eng = create_engine(srv.database_url)
    try:
        with Session(eng) as session, session.begin():
            key = create_api_key(session, "JAKI (postgres test)")
            code = session.execute(select(Category.id).limit(1)).scalar_one()
        resp = post(srv, "requests.xml", {"api_key": key, "service_code": code, **GAMBIR})
        assert resp.status_code == 200, resp.text
        number = xml(resp).findtext("request/service_request_id")
        assert number
        assert NUMBER.match(number)
        [shown] = get(srv, f"requests/{number}.json").json()
        assert shown["status"] == "open"
        assert shown["description"] is None
        listed = get(srv, "requests.json", updated_after="2000-01-01T00:00:00Z").json()
        assert number in {i["service_request_id"] for i in listed}
        assert_json_error(get(srv, "requests.json", start_date="bad"), 400)
    finally:
        eng.dispose()
