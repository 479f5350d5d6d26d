"""A page's host for tests that build one page on its own (importable as ``page_host``).

It offers what ``officer_app.views.page.PageHost`` declares: the services, the
settings, a real change bus, a sync stand-in with the controller's ``finished``
signal, and it records which views and reports the page asked to open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from officer_app.views.changes import ChangeBus


class SyncSignals(QObject):
    """The part of ``SyncController`` a page listens to."""

    finished = Signal(object)  # SyncOutcome


class StubHost:
    def __init__(self, services: Any, settings: Any = None, data_dir: Any = None) -> None:
        self.services = services
        self.settings = settings
        self.data_dir = data_dir
        self.change_bus = ChangeBus()
        self.sync = SyncSignals()
        self.opened: list[str] = []
        self.selected: list[str] = []
        self.status_updates = 0

    def open_view(self, key: str) -> bool:
        self.opened.append(key)
        return True

    def select_report(self, report_id: str) -> None:
        self.selected.append(report_id)

    def update_status_bar(self) -> None:
        self.status_updates += 1
