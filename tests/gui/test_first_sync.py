"""The first sync says what is happening and how far it is (issue 20, #9).

Before: an empty table, "Pilih laporan di daftar…" and a small spinner. Now the
status bar counts "Mengunduh laporan: N dari ~M" from the server's own count, and the
empty list and detail say that the first sync is running and that nothing needs doing.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from central_server.testing import LiveServer
from officer_app import workers
from officer_app.views.main_window import MainWindow
from officer_app.views.services import SyncProgress
from tests.gui.gui_support import sign_in

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _drain() -> Iterator[None]:
    yield
    workers.cancel_all()
    workers.wait_for_all(20_000)


def test_first_sync_shows_how_far_it_is(qtbot, server_factory, tmp_path: Path) -> None:
    server: LiveServer = server_factory(n_reports=80, seed=5)
    services = sign_in(qtbot, server.url, tmp_path)
    window = MainWindow(services, auto_sync_minutes=0, tray=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.model.loading, timeout=20_000)
    assert window.model.rowCount() == 0
    seen: list[tuple[SyncProgress, str, str, str]] = []

    def record(p: SyncProgress) -> None:  # runs after the window's own slots
        seen.append(
            (
                p,
                window.status.sync_message.text(),
                window.table.empty_hint.text(),
                window.detail.empty.text(),
            )
        )

    window.sync.progress.connect(record)
    cycles = window.sync.cycles
    window.sync_action.trigger()
    # At once, before any page arrived: the list says a first sync is running.
    assert window.table.empty_hint.isVisible()
    assert "Sinkronisasi pertama" in window.table.empty_hint.text()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    pulls = [s for s in seen if s[0].phase == "pull"]
    assert pulls, "no pull progress reached the window"
    progress, status, hint, detail = pulls[-1]
    assert progress.total is not None
    assert progress.total >= progress.done > 0
    expected = re.compile(r"Mengunduh laporan: [\d.]+ dari ~[\d.]+")
    assert expected.fullmatch(status), status
    assert expected.search(hint), hint
    assert "Pilih laporan" not in detail
    assert "sinkronisasi pertama" in detail
    # Once the list is filled, the hints give way to the reports.
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=20_000)
    assert not window.table.empty_hint.isVisible()
    assert window.detail.empty.text().startswith("Pilih laporan")
