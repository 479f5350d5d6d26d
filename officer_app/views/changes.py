"""The change bus: one signal that says what a local write or a sync changed.

    bus.changed(changes: ChangeSet, initiator: object)

Every local write runs through ``run_local_op`` (the write lane): the function
returns the ``ChangeSet`` of its transaction (or a result that carries one in
``.changes``, like ``BulkOutcome``), and the bus tells every screen. A sync
cycle's changes go out the same way, with the sync controller as initiator.
Each screen redraws only what concerns it (Anki's ``OpChanges`` and
``operation_did_execute(changes, initiator)``); a hidden one marks itself stale.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from officer_app.store.records import ChangeSet
from officer_app.workers import FailureHandler, Task, run_in_worker


class HasChanges(Protocol):
    """A result that carries the changes of its operation (e.g. ``BulkOutcome``)."""

    @property
    def changes(self) -> ChangeSet: ...


R = TypeVar("R", bound="ChangeSet | HasChanges")


def changes_of(result: ChangeSet | HasChanges) -> ChangeSet:
    return result if isinstance(result, ChangeSet) else result.changes


class ChangeBus(QObject):
    """Owned by the window; pages listen through ``Page.track_signal``."""

    changed = Signal(object, object)  # ChangeSet, initiator (the object that caused it)

    def publish(self, changes: ChangeSet, initiator: object) -> None:
        self.changed.emit(changes, initiator)


def run_local_op(
    bus: ChangeBus,
    fn: Callable[[], R],
    *,
    initiator: object,
    on_success: Callable[[R], None] | None = None,
    on_failure: FailureHandler | None = None,
    name: str = "",
    owner: QObject | None = None,
) -> Task[R]:
    """Run a store write on the write lane; publish its changes, then call back.

    The changes are published even when ``owner`` (the page that asked) is gone by
    then: the write happened and the other screens must show it.
    """

    def done(result: R) -> None:
        if shiboken6.isValid(bus):
            bus.publish(changes_of(result), initiator)
        if on_success is not None and (owner is None or shiboken6.isValid(owner)):
            on_success(result)

    def failed(exc: BaseException) -> None:
        if on_failure is not None and (owner is None or shiboken6.isValid(owner)):
            on_failure(exc)

    def work(_ctx: Any) -> R:
        return fn()

    return run_in_worker(
        work,
        on_success=done,
        on_failure=failed if on_failure is not None else None,
        lane="write",
        name=name or getattr(fn, "__name__", "local-op"),
    )
