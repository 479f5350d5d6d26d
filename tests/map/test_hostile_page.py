"""The map page as an untrusted document, attacked for real (QtWebEngine offscreen).

Hostile text goes in where outsiders can put it: the tile credit line (IT's config
or the user's settings.ini), the tile address template, and report fields from the
server. Nothing of it may run, become markup, read a local file, or make the app
fetch a tile the map itself did not ask for (tile coordinates can carry data out).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QMetaMethod

from officer_app.maps.page import PageOptions, content_security_policy, render_page
from officer_app.maps.tiles import TileConfig, TileStore, check_source, source_url
from officer_app.views.map_bridge import PageEndpoint

from .helpers import demo_rows, js, stats
from .test_tiles import BLUE, TileServer

# A tile the page would fetch if markup ran: z19 coordinates far from the map's view.
EXFIL_TILE = "/19/100000/83"
HOSTILE_ATTRIBUTION = (
    '<img src=x onerror="window.__pwned=1">'
    "<script>window.__pwned=2</script>"
    f'<img src="crmmap://app/tiles{EXFIL_TILE}.png">'
    '<iframe src="file:///etc/passwd"></iframe>'
    '<a href="file:///etc/passwd" id="crm-evil-link">peta</a>'
    "<h1>BESAR</h1>"
)
HOSTILE_TEXTS = {
    "kelurahan": '<img src=x onerror="window.__pwned=4">Batas kelurahan',
    "legend_title": "<b onmouseover=window.__pwned=5>Status</b>",
}
NOTHING_RAN = "typeof window.__pwned"


@pytest.fixture
def tile_server() -> Any:
    server = TileServer(BLUE)
    yield server
    server.stop()


def test_hostile_config_and_reports_run_nothing_and_fetch_nothing_extra(
    qtbot, make_map, profile, boundaries, tmp_path, tile_server, monkeypatch
):
    profile.set_tiles(
        TileConfig(
            source=tile_server.template,
            cache_dir=tmp_path / "tiles",
            attribution=HOSTILE_ATTRIBUTION,
        )
    )
    from officer_app.views.map_view import MapView

    original = MapView.page_options

    def hostile_options(self: Any) -> PageOptions:
        options = original(self)
        texts = {**dict(options.texts), **HOSTILE_TEXTS}
        return PageOptions(
            texts=texts,
            status_labels=["<img src=x onerror=window.__pwned=6>Menunggu"],
            tile_attribution=options.tile_attribution,
            picker=options.picker,
            show_legend=options.show_legend,
        )

    monkeypatch.setattr(MapView, "page_options", hostile_options)
    view = make_map()
    # Hostile report fields (from a server): ids, numbers, popup title and text.
    rows = demo_rows(boundaries, 30, seed=3)
    rows[0]["number"] = '<img src=x onerror="window.__pwned=7">'
    view.set_points(rows)
    qtbot.waitUntil(lambda: stats(qtbot, view)["points"] == 30, timeout=15_000)
    view.show_report_info(
        "r0", "<script>window.__pwned=8</script>", '<img src=x onerror="window.__pwned=9">'
    )
    qtbot.waitUntil(lambda: "onerror" in (stats(qtbot, view)["info"] or ""), timeout=5_000)
    qtbot.wait(1000)  # every chance for an injected handler or a tile request to happen

    # Nothing ran...
    assert js(qtbot, view, NOTHING_RAN) == "undefined"
    # ...the credit line is the configured text, shown as text, not markup...
    credits = js(qtbot, view, "document.querySelector('.crm-credits').textContent")
    assert HOSTILE_ATTRIBUTION in credits
    hostile_nodes = "img:not(.leaflet-tile), iframe, h1, #crm-evil-link, .leaflet-container script"
    found = js(
        qtbot,
        view,
        f"Array.from(document.querySelectorAll('{hostile_nodes}'))"
        ".map(function(n){ return n.outerHTML.slice(0, 80); }).join(' | ')",
    )
    assert found == ""
    assert js(qtbot, view, "document.querySelector('.crm-credits').children.length") == 0
    # ...no tile was fetched but those of the map's own view (zoom <= 13 here)...
    assert tile_server.requests, "the map should have asked for background tiles"
    assert not any(EXFIL_TILE in path for path in tile_server.requests)
    for path in tile_server.requests:
        match = re.fullmatch(r"/(\d+)/(\d+)/(\d+)\.png", path)
        assert match is not None, path
        assert int(match.group(1)) <= 13, path
    # ...and nothing tried another scheme.
    assert profile.guard.blocked == []


def test_the_page_holds_no_qt_object_and_no_file_access(qtbot, make_map, profile):
    view = make_map()
    # Served through the app's own scheme, never from a file.
    assert view.page.url().scheme() == "crmmap"
    # The page's own world sees neither the channel nor the transport.
    assert js(qtbot, view, "typeof qt + ',' + typeof QWebChannel + ',' + typeof bridge") == (
        "undefined,undefined,undefined"
    )
    # A script that would read local files is refused by the policy before any request.
    script = (
        "window.__read = 'no';"
        "fetch('file:///etc/passwd').then(function(r){ return r.text(); })"
        ".then(function(t){ window.__read = t.slice(0, 20); }).catch(function(){});"
        "var x = new XMLHttpRequest();"
        "try { x.open('GET', 'file:///etc/hostname', false); x.send();"
        " window.__read = x.responseText; } catch (e) {}"
        "1"
    )
    js(qtbot, view, script)
    qtbot.wait(500)
    assert js(qtbot, view, "window.__read") == "no"
    assert profile.guard.blocked == []
    # Whatever the page posts goes through Python's checks: an unknown id is refused.
    before = view.bridge.rejected
    js(
        qtbot,
        view,
        "window.postMessage({crm: 'cmd', name: 'select', arg: 'not-a-report'}, '*');"
        "window.postMessage({crm: 'cmd', name: 'deleteLater', arg: ''}, '*'); 1",
    )
    qtbot.waitUntil(lambda: view.bridge.rejected >= before + 2, timeout=5_000)


def test_the_channel_object_has_one_slot_and_one_signal_of_its_own():
    meta = PageEndpoint.staticMetaObject
    own = [
        (bytes(meta.method(i).name().data()).decode(), meta.method(i).methodType())
        for i in range(meta.methodOffset(), meta.methodCount())
    ]
    assert sorted(own) == [
        ("cmd", QMetaMethod.MethodType.Slot),
        ("post", QMetaMethod.MethodType.Signal),
    ]


def test_the_page_carries_no_configured_markup_and_a_strict_policy(boundaries):
    html = render_page(
        boundaries,
        PageOptions(
            tile_attribution=HOSTILE_ATTRIBUTION,
            texts={"kelurahan": HOSTILE_TEXTS["kelurahan"]},
        ),
    )
    for tag in ("<img", "<iframe", "<h1"):
        assert tag not in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?file:""", html)
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert meta is not None
    policy = meta.group(1).replace("&#x27;", "'")
    assert policy == content_security_policy(html.replace(meta.group(0), ""))
    assert "'unsafe-inline'" not in policy
    assert "'unsafe-eval'" not in policy
    assert "connect-src 'none'" in policy
    assert "file:" not in policy


@pytest.mark.parametrize(
    "template",
    [
        'https://tiles.example/{z}/{x}/{y}.png"><script>alert(1)</script>',
        "https://{z}.tiles.example/{x}/{y}.png",  # the host would vary with the tile
        "https://tiles.example/{z}/{x}/{y}/{apikey}.png",
        "https://tiles.example/{z}/{x}.png",
        "file:///etc/{z}/{x}/{y}",
        "javascript:alert(1)//{z}/{x}/{y}",
        "https://user:pw@tiles.example/{z}/{x}/{y}.png",
        "https://tiles.example/{z}/{x}/{y}.png {s}",
        "https://tiles.example/{{z}}/{x}/{y}.png",
    ],
)
def test_hostile_tile_templates_are_refused(template, tmp_path):
    with pytest.raises(ValueError, match="tile source"):
        check_source(template)
    with pytest.raises(ValueError, match="tile source"):
        TileStore(TileConfig(source=template, cache_dir=tmp_path))


def test_tile_urls_come_from_the_template_and_checked_integers():
    template = "https://{s}.tiles.example/base/{z}/{x}/{y}.png?v=2"
    assert source_url(template, 12, 3285, 2121) == (
        "https://a.tiles.example/base/12/3285/2121.png?v=2"
    )
    for bad in ((12, 3285.0, 2121), (12, True, 2121), (12, "3285", 2121)):
        with pytest.raises(TypeError):
            source_url(template, *bad)  # type: ignore[arg-type]
    for bad in ((20, 0, 0), (12, 4096, 0), (12, -1, 0)):
        with pytest.raises(ValueError, match="no such tile"):
            source_url(template, *bad)


def test_a_hostile_tile_template_never_reaches_the_page_nor_the_network(
    qtbot, make_map, profile, tile_server
):
    hostile = (
        f"http://127.0.0.1:{tile_server.port}/{{z}}/{{x}}/{{y}}.png"
        '"><img src=x onerror="window.__pwned=1">'
    )
    profile.set_tiles(TileConfig(source=hostile))
    assert profile.tiles.store is None  # refused: the map shows no background tiles
    view = make_map(boundaries=False)
    js(qtbot, view, "CrmMap.setView(-6.2, 106.83, 13); 1")
    qtbot.wait(800)
    assert js(qtbot, view, NOTHING_RAN) == "undefined"
    html = js(qtbot, view, "document.documentElement.outerHTML")
    assert "127.0.0.1" not in html
    assert "onerror" not in html
    assert tile_server.requests == []
    assert profile.tiles.served["empty"] > 0  # the page asked its own scheme, got nothing
    assert profile.guard.blocked == []
