"""The legend folds (remembered), covers no point, and every status has a shape besides colour."""

from __future__ import annotations

import json

import pytest

from crm_shared.domain import Status
from officer_app.maps.page import STATUS_SHAPES, status_palette

from .helpers import demo_rows, js, set_view, stats

# The map's share of the window at the design size (1366x768) and at 125 % scaling
# (1093x614 logical pixels): the map beside its detail panel, measured on the smoke run's
# screenshots (officer role), and a smaller one.
MAP_AREAS = [(790, 700), (610, 555), (520, 440)]
CORNER = ".leaflet-bottom.leaflet-left"


def _points_under_legend(qtbot, view) -> int:
    return int(js(qtbot, view, f"CrmMap.pointsUnder('{CORNER}')"))


def _fit(qtbot, view) -> None:
    before = stats(qtbot, view)["frames"]
    view.fit_points()
    qtbot.waitUntil(lambda: stats(qtbot, view)["frames"] > before, timeout=15_000)


@pytest.mark.parametrize("size", MAP_AREAS)
def test_the_legend_starts_folded_on_small_screens_and_covers_no_point(
    qtbot, make_map, profile, boundaries, size
):
    profile.legend_open = None
    view = make_map()
    view.resize(*size)
    qtbot.waitUntil(lambda: view.view.width() == size[0], timeout=5_000)
    with qtbot.waitSignal(view.pointsDrawn, timeout=15_000):
        view.set_points(demo_rows(boundaries, 800))
    # The page was made at 1000x700 (open); the window got smaller: folded to one line.
    qtbot.waitUntil(
        lambda: json.loads(js(qtbot, view, "CrmMap.rectOf('.crm-legend')"))["height"] < 40,
        timeout=10_000,
    )
    _fit(qtbot, view)
    assert _points_under_legend(qtbot, view) == 0
    # Opened by the person: the fitted points stay clear of it as well.
    js(qtbot, view, "document.querySelector('.crm-legend-toggle').click(); 1")
    qtbot.waitUntil(lambda: profile.legend_open is True, timeout=5_000)
    opened = json.loads(js(qtbot, view, "CrmMap.rectOf('.crm-legend')"))
    assert opened["height"] > 120
    _fit(qtbot, view)
    assert _points_under_legend(qtbot, view) == 0


def test_the_folded_state_is_remembered(qtbot, make_map, profile, tmp_path):
    from officer_app.views.map_view import _read_legend_state

    profile.legend_open = None
    view = make_map()  # 1000x700: room enough, it starts open
    assert stats(qtbot, view)["legendOpen"] is True
    toggle = "document.querySelector('.crm-legend-toggle')"
    assert js(qtbot, view, f"{toggle}.getAttribute('aria-expanded')") == "true"
    js(qtbot, view, f"{toggle}.click(); 1")
    qtbot.waitUntil(lambda: profile.legend_open is False, timeout=5_000)
    assert js(qtbot, view, f"{toggle}.getAttribute('aria-expanded')") == "false"
    assert _read_legend_state(tmp_path / "map-cache") is False  # kept for the next start
    # Another map of the app (and the same one after its page is made again): folded.
    other = make_map()
    qtbot.waitUntil(lambda: stats(qtbot, other)["legendOpen"] is False, timeout=5_000)
    assert json.loads(js(qtbot, other, "CrmMap.rectOf('.crm-legend')"))["height"] < 40
    profile.legend_open = None  # next start: read from the file
    third = make_map()
    assert third.profile.legend_open is False


def test_every_colour_has_its_own_shape_in_the_points_and_the_legend(qtbot, make_map):
    palette = status_palette()
    by_colour = {p["colour"]: p["shape"] for p in palette}
    assert len(set(by_colour.values())) == len(by_colour)  # one shape per colour, all differ
    assert set(STATUS_SHAPES) == set(Status)
    view = make_map()
    rows = js(qtbot, view, "document.querySelectorAll('.crm-legend-row canvas').length")
    assert rows == len(by_colour)


def _colour_at(view, x: int, y: int) -> tuple[int, int, int]:
    image = view.view.grab().toImage()
    ratio = image.width() / view.view.width()
    pixel = image.pixelColor(round(x * ratio), round(y * ratio))
    return pixel.red(), pixel.green(), pixel.blue()


def test_a_square_is_drawn_where_a_circle_would_not_be(qtbot, make_map):
    """The shapes reach the screen: a Proses point fills its corner, a Menunggu one does not."""
    view = make_map(boundaries=False)
    here = (-6.2, 106.83)
    rows = [
        {"id": "p", "lat": here[0], "lon": here[1], "status": Status.PROSES},
        {"id": "m", "lat": here[0], "lon": here[1] + 0.002, "status": Status.MENUNGGU},
    ]
    with qtbot.waitSignal(view.pointsDrawn, timeout=15_000):
        view.set_points(rows)
    set_view(qtbot, view, here[0], here[1] + 0.001, 17)

    def near(colour: tuple[int, int, int], hex_colour: str) -> bool:
        want = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
        return all(abs(a - b) <= 40 for a, b in zip(colour, want, strict=True))

    def reach(report_id: str, colour: str, dx: int, dy: int) -> int:
        """How many pixels from its centre the point keeps its colour in one direction."""
        where = json.loads(js(qtbot, view, f"CrmMap.pixelOf('{report_id}')"))
        x, y = round(where["x"]), round(where["y"])
        steps = 0
        while steps < 20 and near(
            _colour_at(view, x + dx * (steps + 1), y + dy * (steps + 1)), colour
        ):
            steps += 1
        return steps

    qtbot.waitUntil(lambda: reach("p", Status.PROSES.colour, 1, 0) >= 3, timeout=10_000)
    # A square reaches as far along its diagonal as along its side; a circle does not.
    square_side = reach("p", Status.PROSES.colour, 1, 0)
    square_diagonal = reach("p", Status.PROSES.colour, 1, 1)
    circle_side = reach("m", Status.MENUNGGU.colour, 1, 0)
    circle_diagonal = reach("m", Status.MENUNGGU.colour, 1, 1)
    assert circle_side >= 3
    assert square_diagonal >= square_side - 0.5
    assert circle_diagonal <= 0.8 * circle_side
