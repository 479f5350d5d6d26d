"""Pages of the main window that live in their own packages.

Each role-specific page (walk-in desk, unit queue, validation, dashboard) is a
``QWidget`` subclass whose constructor takes the main window. The window asks
this module for the page of a navigation key; while a page's module does not
exist yet the window shows its placeholder. Keeping the list here means the
main window does not import every page's dependencies at start-up.
"""

from __future__ import annotations

import importlib
import importlib.util
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


def make_page(key: str, host: PageHost) -> QWidget | None:
    """The page for ``key``, or None when its module is not part of this build."""
    target = PAGES.get(key)
    if target is None:
        return None
    module_name, class_name = target.split(":")
    if importlib.util.find_spec(module_name.rsplit(".", 1)[0]) is None:
        return None
    if importlib.util.find_spec(module_name) is None:
        return None
    module = importlib.import_module(module_name)
    page: QWidget = getattr(module, class_name)(host)
    return page
