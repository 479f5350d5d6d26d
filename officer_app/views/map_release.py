"""Release a map's heavy part while the map is not shown (issue 22).

Shared by the map inside the window (``MapView``: its web view is deleted) and the
map in its own process (``RemoteMapView``: the process is ended). Hidden for
``release_delay_ms`` (the person went to another page; not a minimised window,
whose hide is spontaneous), ``release_web_view`` runs; shown again,
``restore_web_view``. Each view says what releasing and restoring mean.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget


class ReleasedWhenHidden(QWidget):
    release_delay_ms = 60_000  # hidden this long: release (benchmarks set 0)

    def _init_release(self) -> None:
        self._released = False
        self._release_timer = QTimer(self)
        self._release_timer.setSingleShot(True)
        self._release_timer.timeout.connect(self.release_web_view)

    @property
    def released(self) -> bool:
        return self._released

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt)
        super().hideEvent(event)
        if not event.spontaneous() and not self._released:
            self._release_timer.start(max(0, self.release_delay_ms))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        self._release_timer.stop()
        if self._released:
            self.restore_web_view()

    def release_web_view(self) -> None:
        raise NotImplementedError

    def restore_web_view(self) -> None:
        raise NotImplementedError
