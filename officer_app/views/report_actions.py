"""The actions on one report (accept, follow-up, note, forward…): their QActions with
shortcuts, and the dialog each one asks for. The window wires them to the shown report.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from crm_shared.domain import ActionType
from officer_app.views import style
from officer_app.views.dialogs import (
    ActionDialog,
    FollowupDialog,
    ForwardDialog,
    NoteDialog,
    ReasonDialog,
    Submit,
    suggested_unit,
)
from officer_app.views.services import OfficerView, ReportDetail, Services

SHORTCUTS: dict[ActionType, str] = {
    ActionType.ACCEPT: "Ctrl+T",
    ActionType.FOLLOWUP: "Ctrl+L",
    ActionType.NOTE: "Ctrl+N",
    ActionType.FORWARD: "Ctrl+U",
    ActionType.DISPOSE: "Ctrl+D",
    ActionType.REJECT: "Ctrl+Shift+X",
    ActionType.VALIDATE: "Ctrl+Shift+V",
    ActionType.REJECT_FOLLOWUP: "Ctrl+Shift+R",
}


def make_report_actions(
    parent: QWidget, trigger: Callable[[ActionType], None]
) -> dict[ActionType, QAction]:
    """One disabled QAction per action with a shortcut (the window enables what the
    shown report allows); ``trigger(kind)`` runs when one is chosen."""
    actions: dict[ActionType, QAction] = {}
    for kind, keys in SHORTCUTS.items():
        action = QAction(style.icon(style.ACTION_ICONS[kind]), style.action_text(kind), parent)
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(f"{style.action_text(kind)} ({keys})")
        action.triggered.connect(lambda _checked=False, k=kind: trigger(k))
        action.setEnabled(False)
        parent.addAction(action)
        actions[kind] = action
    return actions


def action_dialog(
    kind: ActionType,
    detail: ReportDetail,
    services: Services,
    officer: OfficerView,
    submit: Submit,
    parent: QWidget,
) -> ActionDialog | None:
    """The dialog for ``kind`` on ``detail`` (None: the action needs none)."""
    if kind is ActionType.FOLLOWUP:
        return FollowupDialog(detail.number, services.import_photo, submit, parent)
    if kind is ActionType.NOTE:
        return NoteDialog(detail.number, submit, parent)
    if kind in (ActionType.FORWARD, ActionType.DISPOSE):
        suggested = suggested_unit(services.categories(), detail.category_id)
        units = [u for u in services.units() if u.id != officer.unit_id]
        return ForwardDialog(detail.number, units, suggested, submit, parent, action=kind)
    if kind in (ActionType.REJECT, ActionType.REJECT_FOLLOWUP):
        return ReasonDialog(kind, detail.number, submit, parent)
    if kind is ActionType.VALIDATE:
        return ReasonDialog(kind, detail.number, submit, parent, reason_required=False)
    return None
