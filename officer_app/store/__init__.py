"""The offline-first local store of one user profile (SQLite, no Qt).

Entry points: ``Store.open(profile_dir)``, ``LocalActions`` for what a person
does, ``queries`` for what the screens show, ``outbox`` for unsent work.

The names below are loaded when first used (PEP 562): importing one submodule
(``officer_app.store.db`` for a headless sync, say) does not import them all.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .actions import ActionOutcome, Actor, LocalActions
    from .db import Store
    from .errors import NotFoundError, SchemaTooNewError, StoreError
    from .queries import ReportDetail, ReportFilter, count_reports, get_report, list_reports
    from .records import ChangeSet

_WHERE = {
    "ActionOutcome": "actions",
    "Actor": "actions",
    "LocalActions": "actions",
    "ChangeSet": "records",
    "NotFoundError": "errors",
    "ReportDetail": "queries",
    "ReportFilter": "queries",
    "SchemaTooNewError": "errors",
    "Store": "db",
    "StoreError": "errors",
    "count_reports": "queries",
    "get_report": "queries",
    "list_reports": "queries",
}

__all__ = [
    "ActionOutcome",
    "Actor",
    "LocalActions",
    "ChangeSet",
    "NotFoundError",
    "ReportDetail",
    "ReportFilter",
    "SchemaTooNewError",
    "Store",
    "StoreError",
    "count_reports",
    "get_report",
    "list_reports",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # once is enough
    return value
