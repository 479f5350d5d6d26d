"""Duplicate suggestions: 149 m found, 151 m not; the last 14 days only; open
reports only; similar text nearby; linking as a supporter end to end."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from central_server.testing import LiveServer, server_rows
from officer_app.store import Store
from officer_app.store.duplicates import EARTH_RADIUS_M, find_duplicates, haversine_m
from officer_app.store.schema import Report

from .conftest import CITIZENS, Station, leaks, secrets_of

CENTRE = (-6.1815, 106.8285)


def destination(lat: float, lon: float, bearing_deg: float, metres: float) -> tuple[float, float]:
    """The point ``metres`` away on a great circle (the direct problem on a sphere)."""
    d = metres / EARTH_RADIUS_M
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(
        math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2)
    )
    return math.degrees(p2), math.degrees(l2)


def _report(rid: str, lat: float, lon: float, **kw: object) -> Report:
    now = datetime.now(UTC)
    values: dict[str, object] = {
        "id": rid,
        "number": f"JK2501{len(rid):02d}{abs(hash(rid)) % 10000:04d}",
        "category_id": "cat-jalan",
        "channel": "jaki",
        "status": "menunggu",
        "description": "Jalan berlubang di depan sekolah",
        "address": "",
        "lat": lat,
        "lon": lon,
        "kelurahan_code": "31.71.01.1001",
        "unit_id": "kel-gambir",
        "created_at": now - timedelta(days=1),
        "landed_at": now - timedelta(days=1),
        "reporter": {"hidden": True},
        "server_status": "menunggu",
        "in_scope": True,
    }
    values.update(kw)
    return Report(**values)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "profile")


def _ids(store: Store, **kw: object) -> set[str]:
    with store.read() as s:
        return {c.report_id for c in find_duplicates(s, **kw)}  # type: ignore[arg-type]


@pytest.mark.parametrize("bearing", [0.0, 90.0, 135.0, 270.0])
def test_149_m_is_a_candidate_and_151_m_is_not(store: Store, bearing: float) -> None:
    near = destination(*CENTRE, bearing, 149.0)
    far = destination(*CENTRE, bearing, 151.0)
    assert haversine_m(*CENTRE, *near) == pytest.approx(149.0, abs=0.01)
    with store.write() as s:
        s.add_all([_report("near", *near), _report("far", *far)])
    assert _ids(store, category_id="cat-jalan", lat=CENTRE[0], lon=CENTRE[1]) == {"near"}


def test_only_open_reports_of_the_same_category_from_the_last_14_days(store: Store) -> None:
    p = destination(*CENTRE, 45.0, 50.0)
    old = datetime.now(UTC) - timedelta(days=15)
    with store.write() as s:
        s.add_all(
            [
                _report("fresh", *p),
                _report("old", *p, created_at=old, landed_at=old),
                _report("done", *p, status="selesai"),
                _report("other", *p, category_id="cat-sampah", description="Sampah numpuk"),
            ]
        )
    assert _ids(store, category_id="cat-jalan", lat=CENTRE[0], lon=CENTRE[1]) == {"fresh"}


def test_similar_text_nearby_in_another_category(store: Store) -> None:
    p = destination(*CENTRE, 200.0, 250.0)  # beyond 150 m, within the text radius
    with store.write() as s:
        s.add(
            _report(
                "similar",
                *p,
                category_id="cat-trotoar",
                description="Lubang besar di jalan depan SDN 03, sudah dua minggu",
            )
        )
    found = _ids(
        store,
        category_id="cat-jalan",
        lat=CENTRE[0],
        lon=CENTRE[1],
        text="lubang besar di jalan depan SDN 03 belum diperbaiki",
    )
    assert found == {"similar"}
    assert _ids(store, category_id="cat-jalan", lat=CENTRE[0], lon=CENTRE[1], text="x") == set()


def test_a_report_without_a_point_matches_on_its_kelurahan(store: Store) -> None:
    with store.write() as s:
        s.add(_report("kel", None, None))  # type: ignore[arg-type]
    assert _ids(store, category_id="cat-jalan", kelurahan_code="31.71.01.1001") == {"kel"}
    assert _ids(store, category_id="cat-jalan", kelurahan_code="31.71.01.1002") == set()


@pytest.mark.slow
def test_linking_as_duplicate_adds_a_supporter_on_the_server(
    server_factory: Callable[..., LiveServer], tmp_path: Path
) -> None:
    server = server_factory(n_reports=40, seed=9)
    desk = Station(tmp_path / "desk", server, "desk.demo")
    assert desk.sync().ok
    made = desk.actions.create(
        {
            "channel": "pendopo",
            "category_id": desk.category_id(),
            "description": "Jalan berlubang besar di depan pasar, bahaya untuk motor",
            "address": "Jl. Medan Merdeka Selatan",
            "lat": CENTRE[0],
            "lon": CENTRE[1],
            "reporter": {"anonymous": True},
        }
    )
    assert desk.sync().applied == 1
    # A second citizen, 100 m away, same complaint: the desk sees the first report.
    here = destination(*CENTRE, 30.0, 100.0)
    assert made.report_id in _ids(desk.store, category_id=desk.category_id(), lat=here[0],
                                  lon=here[1])  # fmt: skip
    supporter = CITIZENS[1]
    desk.actions.support(made.report_id, channel="pendopo", reporter=supporter, note="Sama")
    result = desk.sync()
    assert result.applied == 1, result.summary()

    [row] = server_rows(server, "SELECT supporters FROM reports WHERE id = :id", id=made.report_id)
    assert row.supporters == 1
    [who] = server_rows(
        server, "SELECT name, nik, anonymous FROM report_supporters WHERE report_id = :id",
        id=made.report_id,
    )  # fmt: skip
    assert (who.name, who.nik, bool(who.anonymous)) == (supporter["name"], supporter["nik"], False)
    with desk.store.read() as s:
        assert s.query(Report).filter_by(id=made.report_id).one().supporters == 1
    desk.store.close()
    assert leaks(desk.root, secrets_of([supporter])) == {}
    desk.backend.close()
