"""Nothing done in training reaches a real server or a real profile.

A real reference server is this PC's server (IT's machine config enforces its
address), and a real profile of the officer is on disk. A training session then
runs: its exercises, its syncs, even an attempt to point it at the real address.
The real server sees no request at all (its access log), and the real profile's
files are byte for byte and time for time what they were.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from central_server.testing import DEMO_PASSWORD, LiveServer
from crm_shared.domain import ActionType, Role
from officer_app import machine_config, settings
from officer_app.store.db import DB_FILENAME
from officer_app.training.sandbox import (
    TrainingBackends,
    TrainingIsolationError,
    TrainingPaths,
)

from .conftest import sync
from .test_field_officer import open_report_allowing

pytestmark = pytest.mark.slow


def files_of(root: Path) -> dict[str, tuple[str, int]]:
    """Every file under ``root``: its SHA-256 and modification time (ns)."""
    return {
        str(p.relative_to(root)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def requests_in(log_text: str) -> list[str]:
    """The HTTP requests of a uvicorn access log (``"GET /path HTTP/1.1" 200``)."""
    return [line for line in log_text.splitlines() if ' HTTP/1.1"' in line]


def real_profile(qapp: object, server: LiveServer, data_dir: Path) -> None:
    """The officer's real profile on this PC: signed in and synced once, then closed."""
    from officer_app.app import WorkstationServices
    from officer_app.gui_main import authenticator, make_backend

    connection = authenticator(data_dir / "profiles")(server.url, "officer.demo", DEMO_PASSWORD)
    services = WorkstationServices(connection, make_backend=make_backend)
    assert services.sync(lambda _p: None, lambda: False).online
    services.close()
    connection.profile.lock()


def test_training_never_reaches_the_real_server_nor_the_real_profile(
    qtbot: Any,
    qapp: object,
    server_factory: Callable[..., LiveServer],
    training: Any,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = server_factory(n_reports=40, seed=5, extra_args=["--log-level", "info"])
    real_profile(qapp, real, data_dir)
    config_file = tmp_path / "config.toml"
    config_file.write_text(f'[enforced]\nserver_url = "{real.url}"\n', encoding="utf-8")
    monkeypatch.setenv(machine_config.ENV_VAR, str(config_file))
    config = settings.Settings(data_dir, machine_config.load())
    assert config.get(settings.SERVER_URL) == real.url  # this PC's server is the real one
    profiles = data_dir / "profiles"
    before = files_of(profiles)
    assert any(name.endswith(".sqlite3") for name in before)  # a real, synced profile
    log_start = real.log_path.stat().st_size
    assert requests_in(real.log_path.read_text())  # the log does record requests

    launch = training(Role.FIELD_OFFICER, config)
    window = launch.window
    window.show()
    sync(qtbot, window)
    assert window.sync.online is True
    assert launch.services.connection.server_url == launch.server.url != real.url
    open_report_allowing(qtbot, window, ActionType.ACCEPT)
    window.actions_by_type[ActionType.ACCEPT].trigger()
    qtbot.waitUntil(lambda: launch.session.panel.run.results[0].done, timeout=30_000)
    sync(qtbot, window)
    assert window.sync.last_outcome.applied == 1  # the training server took the action

    # Pointed at the real address (as a settings change would): refused, no request.
    launch.services.set_server_url(real.url)
    sync(qtbot, window)
    assert window.sync.online is False
    assert launch.backends.refused == [real.url]
    assert launch.services.profile.root == launch.paths.profile
    assert (launch.paths.profile / DB_FILENAME).is_file()  # training wrote its own profile
    launch.close()

    with open(real.log_path, encoding="utf-8", errors="replace") as fh:
        fh.seek(log_start)
        assert requests_in(fh.read()) == []
    assert files_of(profiles) == before
    assert not (data_dir / "training").is_relative_to(profiles)


def test_the_walls_refuse_before_any_request(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with pytest.raises(TrainingIsolationError):
        TrainingPaths(data / "profiles" / "training", data / "profiles")
    with pytest.raises(TrainingIsolationError):
        TrainingPaths(data, data / "profiles")  # the profiles would lie inside training
    paths = TrainingPaths.under(data)
    assert paths.profile.parent == data / "training"
    with pytest.raises(TrainingIsolationError):
        TrainingBackends("https://crm.jakarta.go.id")
    backends = TrainingBackends("http://127.0.0.1:9")
    for other in ("https://crm.jakarta.go.id", "http://127.0.0.1:8765", "http://localhost:9"):
        with pytest.raises(TrainingIsolationError):
            backends(other)
    assert backends.refused == [
        "https://crm.jakarta.go.id",
        "http://127.0.0.1:8765",
        "http://localhost:9",
    ]
    assert backends("http://127.0.0.1:9/").base_url == "http://127.0.0.1:9"
