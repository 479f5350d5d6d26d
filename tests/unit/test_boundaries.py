"""Jakarta boundaries: point lookup, names, codes and sampling against the real data."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from crm_shared.geo import datadir
from crm_shared.geo.boundaries import Boundaries, load_boundaries, name_key


def _require_data_dir() -> Path:
    found = datadir.find_data_dir()
    if found is not None:
        return found
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("no data dir (CRM_DATA_DIR or ../shared/data), but CI=true: must run")
    pytest.skip("no data dir (set CRM_DATA_DIR or lay shared/data beside the clone)")


@pytest.fixture(scope="module")
def boundaries() -> Boundaries:
    return load_boundaries(_require_data_dir())


# --- data dir -----------------------------------------------------------------------


def test_explicit_dir_wins_and_incomplete_dir_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in datadir.REQUIRED_FILES:
        (tmp_path / name).write_text("{}")
    monkeypatch.setenv(datadir.ENV_VAR, "/nonexistent/elsewhere")
    assert datadir.find_data_dir(tmp_path) == tmp_path.resolve()

    (tmp_path / datadir.KOTA_GEOJSON).unlink()
    with pytest.raises(datadir.DataDirError, match=datadir.KOTA_GEOJSON):
        datadir.find_data_dir(tmp_path)


def test_env_var_is_used_and_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(datadir.ENV_VAR, str(tmp_path))
    with pytest.raises(datadir.DataDirError):
        datadir.find_data_dir()
    for name in datadir.REQUIRED_FILES:
        (tmp_path / name).write_text("{}")
    assert datadir.find_data_dir() == tmp_path.resolve()


def test_default_location_only_when_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(datadir.ENV_VAR, raising=False)
    monkeypatch.setattr(datadir, "DEFAULT_DATA_DIR", tmp_path)
    assert datadir.find_data_dir() is None
    for name in datadir.REQUIRED_FILES:
        (tmp_path / name).write_text("{}")
    assert datadir.find_data_dir() == tmp_path.resolve()


# --- boundaries -----------------------------------------------------------------------


def test_counts_match_the_administrative_tree(boundaries: Boundaries) -> None:
    kelurahan = boundaries.kelurahan_list()
    assert len(kelurahan) == 267
    assert len(boundaries.kecamatan_list()) == 44
    assert len(boundaries.kota_list()) == 6
    assert len(boundaries.all_polygons()) == 270
    assert sum(not p.is_admin_unit for p in boundaries.all_polygons()) == 3
    kecamatan_codes = {k.code for k in boundaries.kecamatan_list()}
    kota_codes = {k.code for k in boundaries.kota_list()}
    for info in kelurahan:
        assert info.kecamatan_code in kecamatan_codes
        assert info.kota_code in kota_codes
        assert info.code is not None
        assert info.code.startswith(f"{info.kecamatan_code}.")
        assert info.kecamatan_code is not None
        assert info.kecamatan_code.startswith(f"{info.kota_code}.")


def test_every_polygon_locates_to_itself(boundaries: Boundaries) -> None:
    for info in boundaries.all_polygons():
        point = boundaries.polygon_geometry(info).representative_point()
        assert boundaries.locate(point.y, point.x) == info, info


def test_points_outside_jakarta(boundaries: Boundaries) -> None:
    assert boundaries.locate(-6.9175, 107.6191) is None  # Bandung
    assert boundaries.locate(-5.95, 106.95) is None  # Java Sea, north of Tanjung Priok
    assert boundaries.locate(-6.4025, 106.7942) is None  # Depok


def test_known_places(boundaries: Boundaries) -> None:
    monas = boundaries.locate(-6.1754, 106.8272)
    assert monas is not None
    assert (monas.code, monas.name, monas.display_name) == ("31.71.01.1001", "GAMBIR", "Gambir")
    assert (monas.kecamatan_name, monas.kota_name) == ("Gambir", "Jakarta Pusat")
    # BPS numbers Jakarta Pusat 3173, Kemendagri 31.71: the two are kept apart.
    assert monas.bps_code.startswith("3173")
    assert boundaries.kota("31.71").bps_code == "3173"

    bundaran_hi = boundaries.locate(-6.1950, 106.8230)
    assert bundaran_hi is not None
    assert bundaran_hi.kecamatan_name == "Menteng"


def test_non_admin_polygons_are_flagged_inside_jakarta(boundaries: Boundaries) -> None:
    lake = next(p for p in boundaries.all_polygons() if not p.is_admin_unit)
    point = boundaries.polygon_geometry(lake).representative_point()
    found = boundaries.locate(point.y, point.x)
    assert found is not None
    assert not found.is_admin_unit
    assert found.code is None
    assert found.kota_code is not None  # still inside a kota of Jakarta


def test_lookup_by_code(boundaries: Boundaries) -> None:
    info = boundaries.kelurahan("31.71.01.1002")
    assert info.display_name == "Cideng"
    with pytest.raises(KeyError):
        boundaries.kelurahan("3173080001")  # a BPS code is not one of our ids


@pytest.mark.parametrize(
    "written", ["KELURAHAN KALI BARU", "kali  baru", "Kalibaru", "Kel. Kali Baru", " KALIBARU "]
)
def test_names_match_case_and_space_insensitively(boundaries: Boundaries, written: str) -> None:
    found = boundaries.find_by_name(written)
    assert found is not None
    assert found.code == "31.72.04.1004"


def test_name_lookup_misses_and_prefix_rules(boundaries: Boundaries) -> None:
    assert boundaries.find_by_name("Atlantis") is None
    # "Kel" is a prefix only as a separate word: Kelapa Gading keeps its name.
    found = boundaries.find_by_name("KELAPA GADING TIMUR")
    assert found is not None
    assert found.display_name == "Kelapa Gading Timur"
    assert name_key("Kelurahan Kelapa Gading Timur") == "kelapagadingtimur"


def test_every_name_finds_its_kelurahan(boundaries: Boundaries) -> None:
    for info in boundaries.kelurahan_list():
        assert boundaries.find_by_name(f"KELURAHAN {info.name}") == info


def test_random_points_fall_inside_their_kelurahan(boundaries: Boundaries) -> None:
    rng = random.Random(42)
    codes = [k.code for k in boundaries.kelurahan_list() if k.code]
    for code in codes:
        for _ in range(3):
            lat, lon = boundaries.random_point_in(code, rng)
            found = boundaries.locate(lat, lon)
            assert found is not None
            assert found.code == code


def test_random_points_are_deterministic_and_spread(boundaries: Boundaries) -> None:
    first = [boundaries.random_point_in("31.71.01.1001", random.Random(5)) for _ in range(2)]
    assert first[0] == first[1]
    rng = random.Random(5)
    points = {boundaries.random_point_in("31.71.01.1001", rng) for _ in range(50)}
    assert len(points) == 50


def test_island_kelurahan_sample_without_stalling(boundaries: Boundaries) -> None:
    islands = [k for k in boundaries.kelurahan_list() if k.kota_code == "31.01"]
    assert islands
    rng = random.Random(3)
    for info in islands:
        assert info.code is not None
        for _ in range(100):
            lat, lon = boundaries.random_point_in(info.code, rng)
            assert boundaries.contains(info.code, lat, lon)


def test_loaded_once_per_directory() -> None:
    path = _require_data_dir()
    assert load_boundaries(path) is load_boundaries(str(path))
