"""The walk-in desk's location picker: points checked against the kelurahan polygons."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from officer_app.views.location_picker import LocationPicker, LocationPickerDialog

from .helpers import js

MONAS = (-6.1754, 106.8272)
BANDUNG = (-6.9175, 107.6191)


@pytest.fixture
def made() -> Iterator[list[QWidget]]:
    """Widgets deleted at teardown (before the session's web profile)."""
    widgets: list[QWidget] = []
    yield widgets
    for widget in widgets:
        widget.close()
        shiboken6.delete(widget)


def _picker(made, profile, boundaries, tmp_path, data_dir):
    picker = LocationPicker(
        data_dir=data_dir, cache_dir=tmp_path / "map", profile=profile, boundaries=boundaries
    )
    made.append(picker)
    return picker


def test_monas_is_in_gambir(qtbot, made, profile, boundaries, tmp_path, data_dir):
    picker = _picker(made, profile, boundaries, tmp_path, data_dir)
    with qtbot.waitSignal(picker.locationChanged) as signal:
        assert picker.pick(*MONAS)
    location = signal.args[0]
    assert location.kelurahan.display_name == "Gambir"
    assert location.kelurahan.kecamatan_name == "Gambir"
    assert location.kelurahan.kota_name == "Jakarta Pusat"
    assert location.kelurahan_code == boundaries.find_by_name("Gambir").code
    assert picker.kelurahan_label.text() == "Gambir"
    assert picker.kota_label.text() == "Jakarta Pusat"


def test_known_points_land_in_their_kelurahan(qtbot, made, profile, boundaries, tmp_path, data_dir):
    picker = _picker(made, profile, boundaries, tmp_path, data_dir)
    for info in boundaries.kelurahan_list()[::40]:
        point = boundaries.kelurahan_geometry(info.code).representative_point()
        assert picker.pick(point.y, point.x)
        assert picker.location.kelurahan.code == info.code


def test_bandung_is_refused_in_indonesian(qtbot, made, profile, boundaries, tmp_path, data_dir):
    picker = _picker(made, profile, boundaries, tmp_path, data_dir)
    assert picker.pick(*MONAS)
    with qtbot.waitSignal(picker.locationChanged) as signal:
        assert not picker.pick(*BANDUNG)
    assert signal.args == [None]
    assert picker.location is None
    assert "di luar DKI Jakarta" in picker.message.text()
    assert picker.kelurahan_label.text() == "–"


def test_search_by_name_fills_the_kelurahan(qtbot, made, profile, boundaries, tmp_path, data_dir):
    picker = _picker(made, profile, boundaries, tmp_path, data_dir)
    assert picker.search_kelurahan("KELURAHAN KALI BARU")
    assert picker.location.kelurahan.display_name.replace(" ", "").lower() == "kalibaru"
    assert not picker.search_kelurahan("Kota Bandung")
    assert "tidak ditemukan" in picker.message.text()


def test_a_click_on_the_map_picks(qtbot, made, profile, boundaries, tmp_path, data_dir):
    dialog = LocationPickerDialog(
        data_dir=data_dir, cache_dir=tmp_path / "map", profile=profile, boundaries=boundaries
    )
    made.append(dialog)
    view = dialog.picker.map
    with qtbot.waitSignal(view.ready, timeout=45_000):
        dialog.show()
    js(qtbot, view, f"CrmMap.setView({MONAS[0]}, {MONAS[1]}, 15); 1")
    assert json.loads(js(qtbot, view, "CrmMap.stats()"))["zoom"] == 15  # set at once
    where = json.loads(js(qtbot, view, f"CrmMap.pixelOfLatLng({MONAS[0]}, {MONAS[1]})"))
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    pos = QPoint(round(where["x"]), round(where["y"]))
    with qtbot.waitSignal(dialog.picker.locationChanged, timeout=30_000) as signal:
        QTest.mouseClick(
            view.view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos
        )
    assert signal.args[0].kelurahan.display_name == "Gambir"
    assert abs(dialog.location.lat - MONAS[0]) < 1e-3
    assert ok.isEnabled()
