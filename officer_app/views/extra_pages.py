"""Pages of the main window that live in their own packages.

Each role-specific page (walk-in desk, unit queue, validation, dashboard, audit
log) is a ``Page`` whose constructor takes its ``PageHost`` (the main window). The
window asks this module for the page of a navigation key; keeping the list here
means the main window does not import every page's dependencies at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from officer_app.views.page import PageHost

# navigation key -> "module:ClassName"
PAGES: dict[str, str] = {
    "desk": "officer_app.views.desk.intake_page:DeskIntakePage",
    "mine": "officer_app.views.desk.queue_page:DeskQueuePage",
    "queue": "officer_app.views.supervisor.queue_page:UnitQueuePage",
    "dashboard": "officer_app.views.supervisor.dashboard_page:DashboardPage",
    "validation": "officer_app.views.supervisor.validation_page:ValidationPage",
    "audit": "officer_app.views.supervisor.audit_page:AuditLogPage",
}


def make_page(key: str, host: PageHost) -> QWidget:
    """The role page of navigation ``key`` (its module is imported now, not at start-up)."""
    module_name, class_name = PAGES[key].split(":")
    page: QWidget = getattr(importlib.import_module(module_name), class_name)(host)
    return page
