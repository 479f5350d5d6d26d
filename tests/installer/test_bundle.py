"""The built program (dist/officer-app) starts and passes its smoke test offscreen.

Runs only under ``make bundle-check`` (which builds first and sets
``CRM_BUNDLE_CHECK=1``): building takes about a minute and needs the ``bundle``
extra, so ``make test`` skips these.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from officer_app import __version__

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("CRM_BUNDLE_DIR") or ROOT / "dist" / "officer-app")
PROGRAM = BUNDLE / ("officer-app.exe" if os.name == "nt" else "officer-app")

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(
        os.environ.get("CRM_BUNDLE_CHECK") != "1", reason="bundle tests run in make bundle-check"
    ),
]


def run(*args: str, tmp_path: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QTWEBENGINE_DISABLE_SANDBOX": "1",
        "HOME": str(tmp_path / "home"),  # never the real user's profile
    }
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(PROGRAM), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=tmp_path,
    )


def test_built_program_reports_its_version(tmp_path: Path) -> None:
    assert PROGRAM.is_file(), f"build first: {PROGRAM}"
    result = run("--version", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"officer-app {__version__}"


def test_built_program_passes_the_demo_smoke_run_in_both_languages(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    result = run(
        "--demo",
        "--smoke",
        "--lang",
        "all",
        "--screenshot",
        str(shots),
        "--data-dir",
        str(tmp_path / "data"),
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    names = {p.name for p in shots.glob("*.png")}
    for lang in ("id", "en"):
        for view in ("reports", "map", "about"):
            assert f"{lang}-{view}.png" in names, sorted(names)
    # a rendered map is a real picture, not an empty page
    assert (shots / "id-map.png").stat().st_size > 20_000


def test_bundle_carries_its_data_and_no_unused_qt() -> None:
    internal = BUNDLE / "_internal"
    assert (internal / "resources" / "i18n" / "officer_app_en.qm").is_file()
    assert (internal / "resources" / "map" / "map.js").is_file()
    leaflet = internal / "js_lib_leaflet" / "static" / "js_lib_leaflet" / "leaflet.js"
    assert leaflet.is_file()
    assert (
        internal / "officer_app" / "store" / "migrations" / "versions" / "0001_initial.py"
    ).is_file()
    qt = internal / "PySide6" / "Qt"
    assert list(qt.glob("lib/libQt6WebEngineCore*")) or list(BUNDLE.rglob("Qt6WebEngineCore*"))
    assert not (qt / "qml").exists()
    assert not list(qt.rglob("*Qt6Quick3D*"))
    assert not list(qt.rglob("*Qt63D*"))
