"""The offline-first local store of one user profile (SQLite, no Qt).

Entry points: ``Store.open(profile_dir)``, ``LocalActions`` for what a person
does, ``queries`` for what the screens show, ``outbox`` for unsent work.
"""

from .actions import ActionOutcome, Actor, LocalActions
from .db import Store
from .errors import NotFoundError, SchemaTooNewError, StoreError
from .queries import ReportDetail, ReportFilter, count_reports, get_report, list_reports
from .records import ChangeSet

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
