"""Open311Backend against a plain GeoReport v2 server answering with the spec's own
examples (tests/data/open311/), in both formats, including the error forms."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_shared.domain import ActionType, Status
from crm_shared.protocol.wire import ActionIn
from officer_app.sync.backend import AuthError
from officer_app.sync.open311_backend import Open311Backend, load_service_map
from officer_app.sync.open311_format import error_of, parse_body

from .recorded import DATA, GOOD_KEY, RecordedOpen311, pull_cycle


@pytest.fixture
def server() -> Iterator[RecordedOpen311]:
    with RecordedOpen311() as srv:
        yield srv


def backend(server: RecordedOpen311, fmt: str, tmp_path: Path, **kw: object) -> Open311Backend:
    return Open311Backend(
        server.url,
        fmt=fmt,
        state_path=tmp_path / "state.json",
        api_key=GOOD_KEY,
        **kw,  # type: ignore[arg-type]
    )


def create(category: str = "001", **payload: object) -> ActionIn:
    body = {
        "channel": "pendopo",
        "category_id": category,
        "description": "Tong sampah",
        "address": "Jl. Merdeka",
        "lat": -6.1754,
        "lon": 106.8272,
        "reporter": {"anonymous": True},
        **payload,
    }
    return ActionIn(
        action_id=str(uuid.uuid4()),
        report_id=str(uuid.uuid4()),
        type=ActionType.CREATE,
        payload=body,
        happened_at=datetime.now(UTC),
    )


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_pull_of_the_spec_example(server: RecordedOpen311, fmt: str, tmp_path: Path) -> None:
    be = backend(server, fmt, tmp_path)
    caps = be.capabilities()
    # The recorded server ignores the extensions: the probes must notice.
    assert (caps.updated_after, caps.paging, caps.updates) == (False, False, False)
    page, reports = pull_cycle(be, 0)
    assert not page.has_more
    assert page.cursor != 0
    by_id = {r.id: r for r in reports}
    assert set(by_id) == {"638344", "638349"}  # ids as strings, also from JSON numbers
    closed, open_ = by_id["638344"], by_id["638349"]
    assert closed.status is Status.SELESAI
    assert open_.status is Status.MENUNGGU
    assert closed.number == "638344"
    assert closed.category_id == "006"
    # -08:00 read as such: 06:37:38-08:00 is 14:37:38 UTC.
    assert closed.created_at == datetime(2010, 4, 14, 14, 37, 38, tzinfo=UTC)
    assert closed.completed_at is not None
    assert open_.completed_at is None
    assert closed.lat == pytest.approx(37.762221815)
    assert open_.lon == pytest.approx(-122.4651145)
    assert closed.estimated_completion is not None
    assert closed.kelurahan_code is None  # 545483 is no Kemendagri code
    assert closed.description == "Sidewalk and Curb Issues"  # empty description: the service
    assert page.total_visible == 2


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_services_and_definitions_as_reference(
    server: RecordedOpen311, fmt: str, tmp_path: Path
) -> None:
    mapping = tmp_path / "map.json"
    mapping.write_text('{"001": "cat-sampah"}')
    be = backend(server, fmt, tmp_path, service_map=load_service_map(mapping))
    ref, etag = be.reference(None)
    assert ref is not None
    assert etag
    names = {c.id: c.name for c in ref.categories}
    assert names == {
        "cat-sampah": "Cans left out 24x7",  # mapped
        "002": "Construction plate shifted",  # identity
        "003": "Curb or curb ramp defect",
    }
    assert {u.name for u in ref.units} >= {"sanitation", "street"}
    defs = be.service_definitions()
    assert set(defs) == {"001", "002"}  # 003 has metadata false: no definition asked
    assert defs["001"][0]["code"] == "WHISHETN"
    assert len(defs["001"][0]["values"]) == 2
    # No discovery changeset: the services themselves are the fingerprint.
    assert be.reference(etag) == (None, etag)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_create_and_its_errors(server: RecordedOpen311, fmt: str, tmp_path: Path) -> None:
    be = backend(server, fmt, tmp_path)
    be.reference(None)
    # 001 requires the WHISHETN attribute: refused here, before anything is sent.
    missing = be.push([create("001")])[0]
    assert missing.status == "rejected"
    assert missing.code == "attribute_missing"
    assert not [c for c in server.calls if c[0] == "POST"]

    ok = be.push([create("001", attributes={"WHISHETN": "123"})])[0]
    assert ok.status == "applied"
    post = [c for c in server.calls if c[0] == "POST"][-1]
    assert post[2]["attribute[WHISHETN]"] == ["123"]
    assert post[2]["lat"] == ["-6.1754"]
    assert post[2]["api_key"] == [GOOD_KEY]

    bad = be.push([create("bad")])[0]  # the spec's error array, 400
    assert bad.status == "rejected"
    assert bad.message == "service_code was not found"

    no_place = create("003", lat=None, lon=None, address="", kelurahan_code="31.71.01.1001")
    single = be.push([no_place])[0]  # a single error object instead of the array
    assert single.status == "rejected"
    assert single.message == "lat/long or address_string is required"


def test_created_id_is_mapped_and_a_retry_is_not_filed_twice(
    server: RecordedOpen311, tmp_path: Path
) -> None:
    be = backend(server, "xml", tmp_path)
    action = create("002")
    first = be.push([action])[0]
    assert first.status == "applied"
    # A new process (the answer never reached the store): same state file, same action.
    again = backend(server, "xml", tmp_path).push([action])[0]
    assert again.status == "duplicate"
    assert len([c for c in server.calls if c[0] == "POST"]) == 1
    assert be.state["local_ids"][action.report_id] == "293944"


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_bad_api_key_is_a_login_problem(server: RecordedOpen311, fmt: str, tmp_path: Path) -> None:
    be = Open311Backend(server.url, fmt=fmt, api_key="wrong")
    with pytest.raises(AuthError) as info:
        be.push([create("002")])
    assert "Invalid api_key" in info.value.message


def test_held_request_gone_500_for_404_is_removed(server: RecordedOpen311, tmp_path: Path) -> None:
    be = backend(server, "json", tmp_path)
    be.state["known"] = ["638344", "999999"]  # 999999 left the window... and the server
    be.state["dates"] = False  # learned before: this server ignores start/end dates
    page, reports = pull_cycle(be, 1 << 20)
    assert page.removed == ["999999"]
    assert {r.id for r in reports} == {"638344", "638349"}
    assert "999999" not in be.known
    # The re-check asked the spec's comma list first, then the single request.
    paths = [(c[1], c[2].get("service_request_id")) for c in server.calls if c[0] == "GET"]
    assert ("/v2/requests.json", ["999999"]) in paths
    assert ("/v2/requests/999999.json", None) in paths


def test_actions_open311_cannot_express_are_refused_without_a_call(
    server: RecordedOpen311, tmp_path: Path
) -> None:
    be = backend(server, "json", tmp_path)
    action = ActionIn(
        action_id=str(uuid.uuid4()),
        report_id="638349",
        type=ActionType.SET_PRIORITY,
        payload={"priority": "tinggi"},
        happened_at=datetime.now(UTC) - timedelta(minutes=1),
    )
    result = be.push([action])[0]
    assert result.status == "rejected"
    assert result.code == "open311_no_priority"
    assert "prioritas" in (result.message or "")
    forward = action.model_copy(
        update={
            "action_id": str(uuid.uuid4()),
            "type": ActionType.FORWARD,
            "payload": {"target_unit_id": "x", "reason": "bukan wilayah kami"},
        }
    )
    refused = be.push([forward])[0]
    assert (refused.status, refused.code) == ("rejected", "open311_no_forward")
    assert "meneruskan" in (refused.message or "")
    assert not server.calls  # nothing was sent: no target_unit_id on the wire


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("error_403.xml", (403, "Invalid api_key received -- can't proceed with create_request.")),
        ("error_403.json", (403, "Invalid api_key received -- can't proceed with create_request.")),
        ("error_400.xml", (400, "service_code was not found")),
        ("error_single_object.json", (400, "lat/long or address_string is required")),
        ("error_500_not_found.json", (None, "Request not found")),
    ],
)
def test_error_forms(name: str, expected: tuple[int | None, str]) -> None:
    assert error_of(parse_body((DATA / name).read_bytes())) == expected


def test_xml_with_entities_is_refused() -> None:
    from officer_app.sync.open311_format import BodyError

    evil = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><services>&a;</services>'
    with pytest.raises(BodyError):
        parse_body(evil)


def test_service_map_file_errors(tmp_path: Path) -> None:
    bad = tmp_path / "m.json"
    bad.write_text("[1, 2]")
    with pytest.raises(ValueError, match="service_code = category_id"):
        load_service_map(bad)
    toml = tmp_path / "m.toml"
    toml.write_text('[services]\n"001" = "cat-sampah"\n')
    assert load_service_map(toml) == {"001": "cat-sampah"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"<service_requests/>", []),
        (b"<requests></requests>", []),  # an empty collection under any root
        (
            b"<requests><request><service_request_id>7</service_request_id></request></requests>",
            [{"service_request_id": "7"}],
        ),
        (
            b"<list><sr><service_request_id>1</service_request_id></sr>"
            b"<sr><service_request_id>2</service_request_id></sr></list>",
            [{"service_request_id": "1"}, {"service_request_id": "2"}],
        ),
    ],
)
def test_xml_any_list_root_and_empty_lists(body: bytes, expected: object) -> None:
    assert parse_body(body) == expected


def test_every_error_item_is_kept() -> None:
    body = parse_body(
        b"<errors><error><code>400</code><description>service_code missing</description>"
        b"</error><error><code>400</code><description>lat missing</description></error></errors>"
    )
    assert error_of(body) == (400, "service_code missing; lat missing")
