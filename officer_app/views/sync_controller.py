"""The QObject adapter around the Qt-free sync: one cycle at a time, in a worker.

It starts a cycle on request (F5), every few minutes, and — while offline —
retries every ``offline_retry_ms`` so the outbox goes out as soon as the
connection is back. Progress and the outcome arrive as signals on the GUI thread.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from officer_app.views.services import Services, SyncOutcome, SyncProgress
from officer_app.workers import Task, WorkContext, run_in_worker

log = logging.getLogger(__name__)


class SyncController(QObject):
    started = Signal()
    progress = Signal(object)  # SyncProgress
    finished = Signal(object)  # SyncOutcome
    online_changed = Signal(bool)

    def __init__(
        self,
        services: Services,
        auto_minutes: int = 5,
        offline_retry_ms: int = 30_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._task: Task[SyncOutcome] | None = None
        self._again = False
        self.online: bool | None = None
        self.last_success: datetime | None = services.last_sync_at()
        self.last_outcome: SyncOutcome | None = None
        self.cycles = 0
        self._auto = QTimer(self)
        self._auto.timeout.connect(self.sync_now)
        self.set_auto_minutes(auto_minutes)
        self._retry = QTimer(self)
        self._retry.setInterval(offline_retry_ms)
        self._retry.timeout.connect(self.sync_now)

    @property
    def running(self) -> bool:
        return self._task is not None

    def set_auto_minutes(self, minutes: int) -> None:
        self._auto.stop()
        if minutes > 0:
            self._auto.start(minutes * 60_000)

    def sync_now(self) -> None:
        """Start a cycle; if one is running, run one more right after it."""
        if self._task is not None:
            self._again = True
            return
        self.started.emit()
        services = self._services

        def work(ctx: WorkContext) -> SyncOutcome:
            return services.sync(ctx.progress, lambda: ctx.cancelled)

        self._task = run_in_worker(
            work,
            on_success=self._done,
            on_failure=self._failed,
            on_progress=self._progress,
            name="sync",
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def stop(self) -> None:
        self._auto.stop()
        self._retry.stop()
        self.cancel()

    def _progress(self, value: object) -> None:
        if isinstance(value, SyncProgress):
            self.progress.emit(value)

    def _done(self, outcome: SyncOutcome) -> None:
        self._task = None
        self.cycles += 1
        self.last_outcome = outcome
        if outcome.online and not outcome.login_needed:
            self.last_success = outcome.finished_at or datetime.now(UTC)
        self._set_online(outcome.online)
        self.finished.emit(outcome)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.cycles += 1
        log.error("sync cycle failed: %s", type(exc).__name__, exc_info=exc)
        outcome = SyncOutcome(online=False, message=self.tr("Sinkronisasi gagal."))
        self.last_outcome = outcome
        self._set_online(False)
        self.finished.emit(outcome)
        self._next()

    def _set_online(self, online: bool) -> None:
        if online:
            self._retry.stop()
        elif not self._retry.isActive():
            self._retry.start()
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    def _next(self) -> None:
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.sync_now)
