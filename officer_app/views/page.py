"""What a page of the window may use (``PageHost``) and what every page does (``Page``).

A page is built with its host (the main window), never with ``Any``: it reads the
services, the settings and the change bus from it, and asks it to open another
view or a report. ``Page`` gives each page:

* ``on_changes(changes, initiator)``: called for every change on the bus; the
  page decides whether it concerns it and calls ``refresh_when_visible()``;
* ``refresh_when_visible()``: a shown page refreshes now, a hidden one marks
  itself stale and refreshes when it is shown again;
* ``track_signal(signal, slot)``: connections to objects that outlive the page
  (the bus, the sync controller) are released when the page goes (as Vorta's
  ``track_signal``), so a closed page is never called again nor kept alive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from officer_app.store.records import ChangeSet
from officer_app.views.changes import ChangeBus

if TYPE_CHECKING:
    from officer_app.settings import Settings
    from officer_app.views.services import Services
    from officer_app.views.sync_controller import SyncController


class PageHost(Protocol):
    """The window, as the pages see it."""

    @property
    def services(self) -> Services: ...

    @property
    def settings(self) -> Settings | None: ...  # the typed settings (None: defaults)

    @property
    def change_bus(self) -> ChangeBus: ...

    @property
    def sync(self) -> SyncController: ...

    @property
    def data_dir(self) -> Path | None: ...  # the boundary data (None: found at run time)

    def open_view(self, key: str) -> bool: ...

    def select_report(self, report_id: str) -> None: ...

    def update_status_bar(self) -> None: ...


Connection = tuple[SignalInstance, Callable[..., Any]]


def _release(connections: list[Connection]) -> None:
    for signal, slot in connections:
        try:
            signal.disconnect(slot)
        except (RuntimeError, TypeError, SystemError):  # sender or receiver gone already
            pass
    connections.clear()


class Page(QWidget):
    """Base of the window's pages."""

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.services: Services = host.services
        self.needs_refresh = False  # hidden when a change concerned it
        self._connections: list[Connection] = []
        # A module-level function over the list: it runs when the C++ page is gone.
        connections = self._connections
        self.destroyed.connect(lambda *_: _release(connections))
        self.track_signal(host.change_bus.changed, self._on_bus)

    def track_signal(self, signal: SignalInstance, slot: Callable[..., Any]) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def release_signals(self) -> None:
        _release(self._connections)

    @property
    def tracked_connections(self) -> int:
        return len(self._connections)

    def _on_bus(self, changes: ChangeSet, initiator: object) -> None:
        self.on_changes(changes, initiator)

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """A local write or a sync changed ``changes``: redraw what concerns this page."""
        if changes:
            self.refresh_when_visible()

    def refresh(self) -> None:
        """Load the page's data again (in a worker)."""

    def refresh_when_visible(self) -> None:
        if self.isVisible():
            self.needs_refresh = False
            self.refresh()
        else:
            self.needs_refresh = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.needs_refresh:
            self.needs_refresh = False
            self.refresh()
