"""The one way the views run background work.

    run_in_worker(fn, on_success=..., on_failure=..., on_progress=..., lane=...)

``fn`` runs on a pool thread and receives a ``WorkContext``: it reports progress
with ``ctx.progress(value)`` and checks ``ctx.cancelled`` (or calls
``ctx.check_cancelled()``) between steps — cancellation is cooperative. The
callbacks run on the GUI thread: the runnable's signals live on a separate
QObject created on the GUI thread, so its signals are queued there.

Two lanes (like Anki's task manager): ``"write"`` runs one task at a time, in
order (store writes: local actions, photo imports), ``"io"`` runs in parallel
(network, heavy reads). Widgets are never touched from ``fn``.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, Literal, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")
Lane = Literal["io", "write"]


class Cancelled(Exception):
    """Raised by ``WorkContext.check_cancelled`` when the task was cancelled."""


class WorkContext:
    """What a background function may use: progress and the cancel flag."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, value: object) -> None:
        self._signals.progress.emit(value)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(object)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[WorkContext], Any], ctx: WorkContext, signals: _Signals):
        super().__init__()
        self._fn = fn
        self._ctx = ctx
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(self._ctx)
        except BaseException as exc:  # noqa: BLE001 - handed to on_failure on the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)
        finally:
            self._signals.finished.emit()


class Task(Generic[T]):
    """Handle on a running background function (lives on the GUI thread)."""

    def __init__(self, ctx: WorkContext, signals: _Signals, name: str) -> None:
        self.ctx = ctx
        self.signals = signals
        self.name = name
        self.done = False
        self.error: BaseException | None = None
        self.result: T | None = None

    def cancel(self) -> None:
        self.ctx.cancel()


FailureHandler = Callable[[BaseException], None]

_tasks: set[Task[Any]] = set()
_pools: dict[Lane, QThreadPool] = {}
_default_failure: FailureHandler | None = None


def set_default_failure_handler(handler: FailureHandler | None) -> None:
    """Where failures go when a caller gives no ``on_failure`` (the error hook)."""
    global _default_failure
    _default_failure = handler


def pool(lane: Lane) -> QThreadPool:
    if lane not in _pools:
        if lane == "io":
            _pools[lane] = QThreadPool.globalInstance()
        else:
            p = QThreadPool()
            p.setMaxThreadCount(1)
            _pools[lane] = p
    return _pools[lane]


def run_in_worker(
    fn: Callable[[WorkContext], T],
    on_success: Callable[[T], None] | None = None,
    on_failure: FailureHandler | None = None,
    on_progress: Callable[[Any], None] | None = None,
    *,
    lane: Lane = "io",
    name: str = "",
    owner: QObject | None = None,
) -> Task[T]:
    """Run ``fn(ctx)`` on a pool thread; call back on the GUI thread.

    With ``owner`` (the widget or model the callbacks update), a result that lands
    after the owner was deleted (a closed window) is dropped instead of touching it.
    """
    signals = _Signals()
    ctx = WorkContext(signals)
    task: Task[T] = Task(ctx, signals, name or getattr(fn, "__name__", "task"))

    def owner_gone() -> bool:
        if owner is not None and not shiboken6.isValid(owner):
            log.debug("task %s: its owner is gone; result dropped", task.name)
            return True
        return False

    def succeeded(result: T) -> None:
        task.result = result
        if on_success is not None and not owner_gone():
            on_success(result)

    def failed(exc: BaseException) -> None:
        task.error = exc
        if owner_gone():
            return
        if isinstance(exc, Cancelled):
            log.info("task %s cancelled", task.name)
            return
        if on_failure is not None:
            on_failure(exc)
        elif _default_failure is not None:
            _default_failure(exc)
        else:
            log.error("task %s failed", task.name, exc_info=(type(exc), exc, exc.__traceback__))

    def finished() -> None:
        task.done = True
        _tasks.discard(task)

    signals.succeeded.connect(succeeded)
    signals.failed.connect(failed)
    if on_progress is not None:
        signals.progress.connect(on_progress)
    signals.finished.connect(finished)
    _tasks.add(task)
    pool(lane).start(_Runnable(fn, ctx, signals))
    return task


def running_tasks() -> int:
    return len(_tasks)


def cancel_all() -> None:
    for task in list(_tasks):
        task.cancel()


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Cancel nothing; wait until the pools are idle (used at shutdown and in tests)."""
    ok = True
    for p in _pools.values():
        ok = p.waitForDone(timeout_ms) and ok
    return ok


def report_exception(exc: BaseException) -> None:
    """Hand an unexpected exception to ``sys.excepthook`` (the error hook)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)
