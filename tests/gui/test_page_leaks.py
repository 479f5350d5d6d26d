"""No leftovers when a page or the window goes (as napari checks after each test):
no widget of a closed window stays alive, and every connection a page made to an
object that outlives it (the change bus, the sync controller) is released."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import shiboken6
from gui_support import sign_in
from page_host import StubHost
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from officer_app import workers
from officer_app.views.main_window import MainWindow
from officer_app.views.page import Page

BUS_SIGNAL = SIGNAL("changed(PyObject,PyObject)")
SYNC_SIGNAL = SIGNAL("finished(PyObject)")


def _delete(widget: Any) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _alive() -> set[int]:
    return {shiboken6.getCppPointer(w)[0] for w in QApplication.allWidgets()}


def test_a_deleted_page_is_never_called_again(qapp: object) -> None:
    host = StubHost(SimpleNamespace())
    calls: list[object] = []
    page = Page(host)
    page.track_signal(host.sync.finished, calls.append)
    assert host.change_bus.receivers(BUS_SIGNAL) == 1
    assert host.sync.receivers(SYNC_SIGNAL) == 1
    host.sync.finished.emit("one")
    assert calls == ["one"]
    _delete(page)
    assert not shiboken6.isValid(page)
    assert host.change_bus.receivers(BUS_SIGNAL) == 0
    assert host.sync.receivers(SYNC_SIGNAL) == 0
    host.sync.finished.emit("two")
    assert calls == ["one"]


@pytest.mark.slow
def test_a_closed_window_leaves_no_widgets_and_no_connections(
    qtbot: Any, server_factory: Any, tmp_path: Path
) -> None:
    server = server_factory(n_reports=200, seed=11)
    services = sign_in(qtbot, server.url, tmp_path, officer="supervisor.demo")
    before = _alive()
    window = MainWindow(services, auto_sync_minutes=0, tray=False)
    window.show()
    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    for key in window.page_keys:
        if key != "map":  # QtWebEngine is the map suite's business
            assert window.open_view(key)
    pages = [p for p in window.page_for.values() if isinstance(p, Page)]
    assert len(pages) >= 4  # queue, dashboard, audit, attention
    connections = [p._connections for p in pages]
    assert all(connections)
    assert window.change_bus.receivers(BUS_SIGNAL) >= len(pages)

    window.close()
    workers.cancel_all()
    workers.wait_for_all(20_000)
    QCoreApplication.processEvents()  # the results of the last tasks land (and are dropped)
    _delete(window)
    assert not shiboken6.isValid(window)
    assert not any(connections), "a page kept a connection after the window went"
    leftover = [
        type(w).__name__
        for w in QApplication.allWidgets()
        if shiboken6.getCppPointer(w)[0] not in before
    ]
    assert leftover == []
    services.close()
