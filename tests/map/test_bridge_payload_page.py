"""The narrow bridge, the compact payload and the page built from local files."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest

from crm_shared.domain import Status
from officer_app.maps.page import BOUNDARY_ATTRIBUTION, PageOptions, build_page, render_page
from officer_app.maps.payload import STATUS_ORDER, build_points_payload, report_points
from officer_app.views.map_bridge import MapBridge


def test_bridge_accepts_only_whitelisted_commands(qtbot):
    bridge = MapBridge()
    bridge.set_known_ids(["r1", "JK2311270012"])
    with qtbot.waitSignal(bridge.selected) as signal:
        bridge.cmd("select", "r1")
    assert signal.args == ["r1"]
    with qtbot.waitSignal(bridge.picked) as picked:
        bridge.cmd("pick", "-6.175400,106.827200")
    assert picked.args == [pytest.approx(-6.1754), pytest.approx(106.8272)]
    with qtbot.assertNotEmitted(bridge.selected), qtbot.assertNotEmitted(bridge.picked):
        bridge.cmd("select", "r2")  # not an id the page was given
        bridge.cmd("select", "r1' OR 1=1")
        bridge.cmd("select", "r1" * 200)
        bridge.cmd("eval", "alert(1)")
        bridge.cmd("pick", "1e400,2")
        bridge.cmd("pick", "-95.0,10.0")
        bridge.cmd("pick", "abc")
        bridge.cmd("drawn", "-1")
        bridge.cmd("ready", "now")
    assert bridge.rejected == 9
    with pytest.raises(ValueError, match="not a page message"):
        bridge.send("eval", {})


def test_payload_is_compact_parallel_arrays():
    rows = [
        {
            "id": "a",
            "lat": -6.1754321,
            "lon": 106.8272123,
            "status": Status.PROSES,
            "overdue": True,
            "number": "JK2311270012",
        },
        {"id": "b", "lat": None, "lon": 106.8, "status": "menunggu"},  # no location
        {"id": "c", "lat": -6.9, "lon": 107.6, "status": "menunggu"},  # Bandung: far away
        {"id": "d", "lat": -6.2, "lon": 106.8, "status": "nonsense"},
        {"id": "e", "lat": "-6.3", "lon": "106.9", "status": "selesai"},
    ]
    payload = build_points_payload(rows)
    assert payload.ids == ("a", "e")
    assert payload.skipped == 3
    data = json.loads(payload.to_json())
    assert data == {
        "ids": ["a", "e"],
        "lat": [-6.17543, -6.3],
        "lon": [106.82721, 106.9],
        "s": [STATUS_ORDER.index(Status.PROSES), STATUS_ORDER.index(Status.SELESAI)],
        "o": [1, 0],
        "n": ["JK2311270012", ""],
    }


def test_report_points_mark_open_reports_past_their_deadline():
    now = datetime(2024, 5, 1, 12, tzinfo=UTC)

    class Row:
        def __init__(self, rid: str, status: str, due: datetime | None) -> None:
            self.id, self.number, self.lat, self.lon = rid, rid.upper(), -6.2, 106.8
            self.status, self.due_at = status, due

    payload = report_points(
        [
            Row("late", "proses", now - timedelta(hours=1)),
            Row("early", "proses", now + timedelta(hours=1)),
            Row("done", "selesai", now - timedelta(days=3)),
            Row("naive", "menunggu", (now - timedelta(hours=2)).replace(tzinfo=None)),
        ],
        now,
    )
    assert payload.overdue == (1, 0, 0, 1)


def test_page_loads_nothing_from_the_network(boundaries, tmp_path):
    html = render_page(boundaries, PageOptions())
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources, "the page must link its scripts"
    # Only the app's own scheme: no CDN, and no file:// either.
    assert all(s.startswith("crmmap://app/") for s in sources)
    assert "leaflet.js" in html
    assert not any("cdn" in s.lower() for s in sources)
    assert BOUNDARY_ATTRIBUTION in html
    assert len(html.encode()) < 2_000_000  # boundaries simplified


def test_page_is_written_once_per_content(boundaries, tmp_path):
    first = build_page(tmp_path, boundaries)
    second = build_page(tmp_path, boundaries)
    assert first == second
    other = build_page(tmp_path, None, PageOptions(picker=True))
    assert other != first
    assert "Gambir" in first.read_text()
    assert "Gambir" not in other.read_text()


def test_report_points_skip_rows_that_cannot_be_drawn():
    now = datetime(2024, 5, 1, 12, tzinfo=UTC)

    class Row:
        def __init__(self, rid: str, lat: float | None, lon: float | None, status: str) -> None:
            self.id, self.number, self.lat, self.lon = rid, rid, lat, lon
            self.status, self.due_at = status, None

    payload = report_points(
        [
            Row("ok", -6.17, 106.83, "menunggu"),
            Row("no-place", None, None, "menunggu"),
            Row("nan", float("nan"), 106.8, "proses"),
            Row("bandung", -6.91, 107.61, "proses"),
            Row("unknown-status", -6.2, 106.8, "hilang"),
        ],
        now,
    )
    assert payload.ids == ("ok",)
    assert payload.skipped == 4
    assert payload.lat == (-6.17,)
