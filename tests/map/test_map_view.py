"""The map widget for real: QtWebEngine offscreen, the folium page, the bridge."""

from __future__ import annotations

import json
from typing import Any

import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEngineSettings

from crm_shared.domain import Status
from officer_app.views.map_view import MapProfile

from .helpers import demo_rows, js, set_view, stats


def _grab(view: Any) -> QImage:
    return view.view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _colour_pixels(image: QImage, colour: str, tolerance: int = 12, step: int = 2) -> int:
    target = QColor(colour)
    hits = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - target.red()) <= tolerance
                and abs(c.green() - target.green()) <= tolerance
                and abs(c.blue() - target.blue()) <= tolerance
            ):
                hits += 1
    return hits


def _variance(image: QImage, step: int = 4) -> float:
    values = [
        image.pixelColor(x, y).lightness()
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    ]
    mean = sum(values) / len(values)
    return sum((v - mean) ** 2 for v in values) / len(values)


def _push(qtbot: Any, view: Any, rows: list[dict[str, Any]]) -> dict[str, Any]:
    view.set_points(rows)
    qtbot.waitUntil(lambda: stats(qtbot, view)["points"] == len(rows), timeout=15_000)
    return stats(qtbot, view)


def _hover(view: Any, where: dict[str, float]) -> bool:
    target = view.view.focusProxy()
    QTest.mouseMove(target, QPoint(round(where["x"]) + 1, round(where["y"])))
    QTest.mouseMove(target, QPoint(round(where["x"]), round(where["y"])))
    return True


def _click(view: Any, x: float, y: float) -> None:
    target = view.view.focusProxy()
    pos = QPoint(round(x), round(y))
    QTest.mouseMove(target, pos)
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def test_no_request_leaves_the_machine(qtbot, make_map, boundaries, profile):
    view = make_map()
    _push(qtbot, view, demo_rows(boundaries, 1000))
    view.select_report("r10")
    js(qtbot, view, "CrmMap.setView(-6.2, 106.83, 13); 1")
    js(qtbot, view, "CrmMap.panBy(200, 100); 1")
    # The page did load things (scripts, tiles) through the guard...
    qtbot.waitUntil(
        lambda: profile.guard.seen > 5 and profile.tiles.served["empty"] > 0, timeout=15_000
    )  # tiles asked through crmmap:, none available
    qtbot.wait(500)  # give any stray request the time to show up below
    # ...and none of them went anywhere but local schemes.
    assert profile.guard.blocked == []


def test_production_profile_keeps_remote_urls_off(qapp):
    profile = MapProfile()
    try:
        attr = QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls
        assert profile.profile.settings().testAttribute(attr) is False
        files = QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls
        assert profile.profile.settings().testAttribute(files) is False
        assert profile.profile.isOffTheRecord()
    finally:
        shiboken6.delete(profile)


def test_the_page_policy_stops_remote_requests_before_they_are_made(qtbot, make_map, profile):
    view = make_map()  # the test profile would let remote requests reach the guard
    js(
        qtbot,
        view,
        "var i = document.createElement('img'); i.src = 'https://tile.example.org/1/1/1.png';"
        "document.body.appendChild(i); fetch('http://example.com/x').catch(function(){}); 1",
    )
    qtbot.wait(500)
    # The Content-Security-Policy refused both inside the page: nothing reached the guard.
    assert profile.guard.blocked == []


def test_the_guard_blocks_and_counts_a_remote_request(qtbot, profile):
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage

    # A page without the map's policy, on the same web profile: the guard is the barrier.
    page = QWebEnginePage(profile.profile)
    try:
        with qtbot.waitSignal(page.loadFinished, timeout=20_000):
            page.setHtml(
                "<img src='https://tile.example.org/1/1/1.png'>",
                QUrl("https://page.example.org/"),
            )
        qtbot.waitUntil(lambda: len(profile.guard.blocked) >= 1, timeout=30_000)
        assert all(url.startswith(("http://", "https://")) for url in profile.guard.blocked)
    finally:
        shiboken6.delete(page)


def test_1000_points_drawn_and_screenshot_not_blank(qtbot, make_map, boundaries):
    view = make_map()
    before = _grab(view)
    assert _colour_pixels(before, Status.MENUNGGU.colour) == 0  # no report drawn yet
    result = _push(qtbot, view, demo_rows(boundaries, 1000))
    assert result["points"] == 1000
    assert result["drawn"] == 1000  # the view was fitted to the points: all of them drawn
    assert result["mode"] == "points"
    # The drawn frame reaches the widget's surface a little later: wait for it.
    qtbot.waitUntil(
        lambda: _colour_pixels(_grab(view), Status.MENUNGGU.colour) > 100, timeout=15_000
    )
    image = _grab(view)
    image.save(str(view._cache_dir / "map-1000.png"))
    assert _variance(image) > 50
    assert _colour_pixels(image, Status.MENUNGGU.colour) > 100
    assert _colour_pixels(image, Status.SELESAI.colour) > 100


def test_many_points_are_aggregated_at_low_zoom(qtbot, make_map, boundaries):
    view = make_map()
    result = _push(qtbot, view, demo_rows(boundaries, 5000, seed=2))
    assert result["mode"] == "cells"
    assert 0 < result["cells"] < 5000
    assert result["drawn"] == 5000
    js(qtbot, view, "CrmMap.setView(-6.2, 106.83, 17); 1")
    qtbot.waitUntil(lambda: stats(qtbot, view)["mode"] == "points", timeout=30_000)


def test_click_on_a_point_emits_report_clicked(qtbot, make_map, boundaries):
    view = make_map()
    rows = demo_rows(boundaries, 300, seed=3)
    _push(qtbot, view, rows)
    set_view(qtbot, view, rows[42]["lat"], rows[42]["lon"], 18)
    where = json.loads(js(qtbot, view, "CrmMap.pixelOf('r42')"))
    with qtbot.waitSignal(view.reportClicked, timeout=30_000) as signal:
        _click(view, where["x"], where["y"])
    assert signal.args == ["r42"]
    assert stats(qtbot, view)["selected"] == "r42"


def test_select_report_centres_the_map(qtbot, make_map, boundaries):
    view = make_map()
    rows = demo_rows(boundaries, 500, seed=4)
    _push(qtbot, view, rows)
    far = max(rows, key=lambda r: abs(r["lat"] + 6.2) + abs(r["lon"] - 106.83))
    before = stats(qtbot, view)
    view.select_report(far["id"])

    def centred() -> bool:
        now = stats(qtbot, view)
        return abs(now["lat"] - far["lat"]) < 1e-3 and abs(now["lon"] - far["lon"]) < 1e-3

    qtbot.waitUntil(centred, timeout=30_000)
    after = stats(qtbot, view)
    assert (after["lat"], after["lon"]) != (before["lat"], before["lon"])
    assert after["zoom"] >= 15
    assert after["selected"] == far["id"]


PAYLOADS = (
    "<img src=x onerror=window.__pwned=1>",
    "<script>window.__pwned=1</script>",
)


def test_citizen_text_never_runs(qtbot, make_map, boundaries):
    view = make_map()
    rows = demo_rows(boundaries, 50, seed=5)
    rows[0]["number"] = "<img src=y onerror=window.__pwned=2>"
    _push(qtbot, view, rows)
    for text in PAYLOADS:
        view.show_report_info("r0", "<b onmouseover=window.__pwned=3>JK</b>", text)
        qtbot.waitUntil(lambda t=text: t in (stats(qtbot, view)["info"] or ""), timeout=30_000)
        shown = js(qtbot, view, "document.querySelector('.crm-info-text').textContent")
        assert shown == text
    # The hover box shows the report number (also untrusted) as text.
    set_view(qtbot, view, rows[0]["lat"], rows[0]["lon"], 18)
    where = json.loads(js(qtbot, view, "CrmMap.pixelOf('r0')"))
    qtbot.waitUntil(
        lambda: (
            _hover(view, where)
            and "onerror" in js(qtbot, view, "document.querySelector('.crm-hover').textContent")
        ),
        timeout=15_000,
    )
    qtbot.wait(500)  # give an injected handler every chance to fire
    assert js(qtbot, view, "typeof window.__pwned") == "undefined"
    assert js(qtbot, view, "document.querySelectorAll('.crm-info img, .crm-hover img').length") == 0
    assert js(qtbot, view, "document.querySelectorAll('.crm-info script').length") == 0


TOOLTIP_TEXT = "(document.querySelector('.crm-tooltip') || {}).textContent || ''"


def test_boundary_names_on_hover_and_attribution(qtbot, make_map):
    view = make_map()
    set_view(qtbot, view, -6.1754, 106.8272, 15)  # Monas
    where = json.loads(js(qtbot, view, "CrmMap.pixelOfLatLng(-6.1754, 106.8272)"))
    # Hovered again until the boundary layer answers (it may draw after the points).
    qtbot.waitUntil(
        lambda: _hover(view, where) and "Gambir" in js(qtbot, view, TOOLTIP_TEXT),
        timeout=15_000,
    )
    attribution = js(
        qtbot, view, "document.querySelector('.leaflet-control-attribution').textContent"
    )
    assert "Batas administrasi: BPS / HDX COD-AB (CC BY-IGO)" in attribution


def test_legend_names_every_status_in_words(qtbot, make_map):
    view = make_map()
    legend = js(qtbot, view, "document.querySelector('.crm-legend').textContent")
    for status in Status:
        assert status.label in legend
    assert "Lewat tenggat" in legend


def test_hidden_map_releases_its_web_view_and_comes_back_with_points_and_selection(
    qtbot, make_map, boundaries
):
    from .conftest import READY_TIMEOUT_MS

    view = make_map()
    rows = demo_rows(boundaries, 300)
    _push(qtbot, view, rows)
    view.select_report("r5")
    qtbot.waitUntil(lambda: stats(qtbot, view)["selected"] == "r5", timeout=10_000)
    view.release_delay_ms = 0
    old = view.view
    view.hide()  # the person went to another page
    qtbot.waitUntil(lambda: view.released, timeout=10_000)
    assert not shiboken6.isValid(old)  # the web view (and its page) are gone
    view.set_points(rows[:100])  # the list changed meanwhile: the newer points win
    with qtbot.waitSignal(view.ready, timeout=READY_TIMEOUT_MS):
        view.show()
    assert not view.released
    assert view.view is not old
    qtbot.waitUntil(
        lambda: (lambda s: s["points"] == 100 and s["selected"] == "r5")(stats(qtbot, view)),
        timeout=15_000,
    )


def test_a_short_absence_keeps_the_web_view(qtbot, make_map, boundaries):
    view = make_map()
    _push(qtbot, view, demo_rows(boundaries, 50))
    old = view.view
    view.hide()  # back within release_delay_ms: nothing is released
    view.show()
    qtbot.wait(200)
    assert not view.released
    assert view.view is old
    assert stats(qtbot, view)["points"] == 50
