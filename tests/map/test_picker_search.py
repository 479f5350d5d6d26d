"""The location picker's search: kelurahan and kecamatan offline, addresses from IT's geocoder.

The geocoder is a small fake Nominatim on 127.0.0.1 written here; it records what it gets.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from officer_app import workers
from officer_app.maps.geocode import GeocodeError, Geocoder, parse_places
from officer_app.maps.tiles import USER_AGENT
from officer_app.views.location_picker import LocationPicker

from .helpers import stats

KEBON_SIRIH = {"lat": "-6.18394", "lon": "106.82762", "display_name": "Jalan Kebon Sirih, Menteng"}
BANDUNG = {"lat": "-6.9175", "lon": "107.6191", "display_name": "Jalan Kebon Sirih, Bandung"}


class FakeNominatim:
    """``/search`` answering a fixed list (or an error status, or slowly)."""

    def __init__(self, answer: Any = None, status: int = 200, delay_s: float = 0.0) -> None:
        self.answer = [KEBON_SIRIH, BANDUNG] if answer is None else answer
        self.status = status
        self.delay_s = delay_s
        self.requests: list[tuple[str, dict[str, list[str]], dict[str, str]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                parts = urlsplit(self.path)
                outer.requests.append((parts.path, parse_qs(parts.query), dict(self.headers)))
                if outer.delay_s:
                    time.sleep(outer.delay_s)
                body = (
                    outer.answer
                    if isinstance(outer.answer, bytes)
                    else json.dumps(outer.answer).encode()
                )
                self.send_response(outer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/search"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def made() -> Iterator[list[QWidget]]:
    widgets: list[QWidget] = []
    yield widgets
    workers.wait_for_all(30_000)  # the map page built in a worker: not left to the exit
    for widget in widgets:
        widget.close()
        shiboken6.delete(widget)


def _picker(made, profile, boundaries, tmp_path, data_dir, geocoder=None) -> LocationPicker:
    picker = LocationPicker(
        data_dir=data_dir,
        cache_dir=tmp_path / "map",
        profile=profile,
        boundaries=boundaries,
        geocoder=geocoder,
    )
    made.append(picker)
    return picker


# --- offline: names from the boundary data --------------------------------------------------


def test_a_kecamatan_name_centres_the_map_on_it(
    qtbot, made, profile, boundaries, tmp_path, data_dir
):
    picker = _picker(made, profile, boundaries, tmp_path, data_dir)
    with qtbot.waitSignal(picker.map.ready, timeout=45_000):
        picker.show()
    assert picker.search_place("kecamatan tanah abang") == "kecamatan"
    assert picker.location is None  # an area, not a point: the officer clicks in it
    assert "Tanah Abang" in picker.message.text()
    assert "Klik" in picker.message.text()
    kec = next(k for k in boundaries.kecamatan_list() if k.display_name == "Tanah Abang")
    centre = boundaries.kecamatan_geometry(kec.code).centroid
    qtbot.waitUntil(
        lambda: (
            abs(stats(qtbot, picker.map)["lat"] - centre.y) < 0.01
            and abs(stats(qtbot, picker.map)["lon"] - centre.x) < 0.01
        ),
        timeout=10_000,
    )
    assert stats(qtbot, picker.map)["zoom"] >= 12  # closer than the whole city (11)


def test_the_completer_offers_kelurahan_and_kecamatan(
    qtbot, made, profile, boundaries, tmp_path, data_dir
):
    picker = _picker(made, profile, boundaries, tmp_path, data_dir)
    names = picker.completer.model().stringList()
    assert any(n.startswith("Kecamatan Gambir") for n in names)
    assert any(n.startswith("Gambir — Kec. Gambir") for n in names)
    assert picker.search_place("Gambir — Kec. Gambir, Jakarta Pusat") == "kelurahan"
    assert picker.location.kelurahan.display_name == "Gambir"


def test_without_a_geocoder_an_unknown_name_says_what_to_do(
    qtbot, made, profile, boundaries, tmp_path, data_dir
):
    picker = _picker(made, profile, boundaries, tmp_path, data_dir)
    assert picker.geocoder is None
    assert picker.search_place("Jalan Kebon Sirih 12") == "none"
    assert "tidak ditemukan" in picker.message.text()
    assert "klik lokasinya di peta" in picker.message.text()


# --- the geocoder -----------------------------------------------------------------------------


def test_places_from_the_geocoder_are_listed_and_picked(
    qtbot, made, profile, boundaries, tmp_path, data_dir
):
    server = FakeNominatim()
    try:
        picker = _picker(
            made, profile, boundaries, tmp_path, data_dir, geocoder=Geocoder(server.url)
        )
        with qtbot.waitSignal(picker.searchFinished, timeout=15_000):
            assert picker.search_place("Jalan Kebon Sirih") == "address"
        path, query, headers = server.requests[0]
        assert path == "/search"
        assert query["q"] == ["Jalan Kebon Sirih"]
        assert query["format"] == ["jsonv2"]
        assert query["bounded"] == ["1"]
        assert headers["User-Agent"] == USER_AGENT
        # Bandung's Kebon Sirih is outside Jakarta: not offered.
        assert picker.results.count() == 1
        assert not picker.results.isHidden()
        item = picker.results.item(0)
        assert "Jalan Kebon Sirih, Menteng" in item.text()
        assert "(Kel. Kebon Sirih)" in item.text()  # the kelurahan it falls in
        with qtbot.waitSignal(picker.locationChanged) as picked:
            picker.results.itemActivated.emit(item)
        assert picked.args[0].kelurahan.display_name == "Kebon Sirih"
        assert picked.args[0].kelurahan.kecamatan_name == "Menteng"
        assert abs(picker.location.lat - float(KEBON_SIRIH["lat"])) < 1e-6
    finally:
        server.stop()


@pytest.mark.parametrize(
    ("server_kwargs", "words"),
    [
        ({"status": 500}, "kode 500"),
        ({"answer": b"<html>busy</html>"}, "tidak dapat dibaca"),
        ({"answer": []}, "tidak ditemukan di DKI Jakarta"),
    ],
)
def test_geocoder_problems_are_a_clear_sentence(
    qtbot, made, profile, boundaries, tmp_path, data_dir, server_kwargs, words
):
    server = FakeNominatim(**server_kwargs)
    try:
        picker = _picker(
            made, profile, boundaries, tmp_path, data_dir, geocoder=Geocoder(server.url)
        )
        with qtbot.waitSignal(picker.searchFinished, timeout=15_000) as finished:
            picker.search_place("Jalan Kebon Sirih")
        assert words in finished.args[0]
        assert words in picker.message.text()
        assert picker.location is None
        assert picker.results.isHidden()
    finally:
        server.stop()


def test_an_unreachable_or_slow_geocoder_never_freezes_the_picker(
    qtbot, made, profile, boundaries, tmp_path, data_dir
):
    closed = Geocoder("http://127.0.0.1:9/search", timeout=(1.0, 1.0))
    picker = _picker(made, profile, boundaries, tmp_path, data_dir, geocoder=closed)
    with qtbot.waitSignal(picker.searchFinished, timeout=15_000) as finished:
        picker.search_place("Jalan Kebon Sirih")
    assert "tidak dapat dihubungi" in finished.args[0]
    assert "klik lokasinya di peta" in finished.args[0]

    slow = FakeNominatim(delay_s=3.0)
    try:
        picker.geocoder = Geocoder(slow.url, timeout=(1.0, 1.0))
        started = time.monotonic()
        assert picker.search_place("Jalan Kebon Sirih") == "address"
        assert time.monotonic() - started < 0.5  # the search runs in a worker
        assert picker.message.text().startswith("Mencari alamat")
        # Meanwhile the picker answers: a kelurahan found by name, a point picked.
        assert picker.search_place("Gambir") == "kelurahan"
        assert picker.location is not None
        qtbot.wait(2_500)  # the slow answer comes back: the newer search is not undone
        assert picker.location.kelurahan.display_name == "Gambir"
        assert picker.results.isHidden()
        assert "Gambir" in picker.kelurahan_label.text()
    finally:
        slow.stop()


def test_parse_places_keeps_only_usable_places() -> None:
    places = parse_places([KEBON_SIRIH, {"lat": "x", "lon": "1"}, {"lat": "nan", "lon": "1"}, 3])
    assert [p.name for p in places] == ["Jalan Kebon Sirih, Menteng"]
    with pytest.raises(GeocodeError):
        parse_places({"error": "no"})


def test_the_app_gives_the_picker_its_geocoder(qtbot, profile, boundaries, tmp_path) -> None:
    from officer_app import machine_config as mc
    from officer_app import settings
    from officer_app.gui_main import make_geocoder

    assert make_geocoder(settings.Settings(tmp_path / "a")) is None
    path = tmp_path / "config.toml"
    path.write_text("[enforced]\ngeocoder_url = 'http://127.0.0.1:7070/search'\n")
    geocoder = make_geocoder(settings.Settings(tmp_path / "b", mc.load(path)))
    assert geocoder is not None
    assert geocoder.url == "http://127.0.0.1:7070/search"
    profile.set_geocoder(geocoder)
    try:
        picker = LocationPicker(cache_dir=tmp_path / "map", profile=profile, boundaries=boundaries)
        assert picker.geocoder is geocoder
        workers.wait_for_all(30_000)
        picker.close()
        shiboken6.delete(picker)
    finally:
        profile.set_geocoder(None)
