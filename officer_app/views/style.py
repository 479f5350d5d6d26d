"""Status colours, icons and texts shared by the list, the detail and the map.

One palette (``Status.colour`` from the domain), one icon family (qtawesome's
``mdi6``), and never colour alone: every colour comes with a text and an icon.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from crm_shared.domain import ActionType, Role, Status
from crm_shared.domain.deadlines import DeadlineKind, describe_left_en
from crm_shared.domain.deadlines import describe_left as describe_left_id
from crm_shared.domain.rating import RATING_EVENT
from officer_app import i18n

ICON_FAMILY = "mdi6"

STATUS_ICONS: dict[Status, str] = {
    Status.MENUNGGU: "clock-alert-outline",
    Status.KOORDINASI: "swap-horizontal",
    Status.DISPOSISI: "call-split",
    Status.PROSES: "progress-wrench",
    Status.MENUNGGU_VALIDASI: "clipboard-check-outline",
    Status.SELESAI: "check-circle",
    Status.TL_DITOLAK: "undo-variant",
    Status.DITOLAK: "cancel",
}

ACTION_ICONS: dict[ActionType, str] = {
    ActionType.ACCEPT: "check",
    ActionType.FOLLOWUP: "camera-plus",
    ActionType.NOTE: "note-plus-outline",
    ActionType.FORWARD: "share-outline",
    ActionType.DISPOSE: "call-split",
    ActionType.REASSIGN: "account-switch-outline",
    ActionType.REJECT: "cancel",
    ActionType.MARK_DUPLICATE: "content-duplicate",
    ActionType.SET_PRIORITY: "flag-outline",
    ActionType.VALIDATE: "check-decagram-outline",
    ActionType.REJECT_FOLLOWUP: "undo-variant",
    ActionType.SUPPORT: "account-multiple-plus-outline",
}

# Text colours: each at least 4.5:1 (WCAG AA) on white, the tables' alternate rows and
# the window's grey (tests/gui/test_contrast.py computes it).
OVERDUE_COLOUR = "#c62828"  # red
CLOSE_COLOUR = "#8a5a00"  # dark amber: "nearly due", "waiting to be sent"
OK_COLOUR = "#1b5e20"  # dark green
MUTED_TEXT_COLOUR = "#5f6368"  # hints, "not connected", placeholder text
# A status's colour as text: the map and chart colours where they read, darker where not.
STATUS_TEXT_COLOURS: dict[Status, str] = {
    **{status: status.colour for status in Status},
    Status.MENUNGGU: OVERDUE_COLOUR,
    Status.PROSES: "#8a5a00",
    Status.SELESAI: OK_COLOUR,
    Status.TL_DITOLAK: "#a84300",
    Status.DITOLAK: "#616161",
}


def icon(name: str, colour: str | None = None) -> QIcon:
    """An icon of our one family: ``icon("sync")``."""
    if colour is None:
        return qta.icon(f"{ICON_FAMILY}.{name}")
    return qta.icon(f"{ICON_FAMILY}.{name}", color=colour)


@cache
def status_icon(status: Status) -> QIcon:
    return icon(STATUS_ICONS[status], status.colour)


def status_colour(status: Status) -> QColor:
    return QColor(status.colour)


def status_text_colour(status: Status) -> QColor:
    """The status's colour for text (list rows, the detail's badge): 4.5:1 or more."""
    return QColor(STATUS_TEXT_COLOURS[status])


def apply_readable_palette(app: QCoreApplication | None) -> None:
    """Placeholder text (the search boxes' only label) dark enough to read: 4.5:1."""
    if not isinstance(app, QApplication):
        return
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(MUTED_TEXT_COLOUR))
    app.setPalette(palette)


def status_text(status: Status) -> str:
    """The status as people read it, in the current language."""
    texts = {
        Status.MENUNGGU: QCoreApplication.translate("Status", "Menunggu"),
        Status.KOORDINASI: QCoreApplication.translate("Status", "Koordinasi"),
        Status.DISPOSISI: QCoreApplication.translate("Status", "Disposisi"),
        Status.PROSES: QCoreApplication.translate("Status", "Proses"),
        Status.MENUNGGU_VALIDASI: QCoreApplication.translate("Status", "Menunggu Validasi"),
        Status.SELESAI: QCoreApplication.translate("Status", "Selesai"),
        Status.TL_DITOLAK: QCoreApplication.translate("Status", "TL Ditolak"),
        Status.DITOLAK: QCoreApplication.translate("Status", "Ditolak"),
    }
    return texts[status]


def action_text(action: ActionType) -> str:
    texts = {
        ActionType.CREATE: QCoreApplication.translate("Action", "Laporan baru"),
        ActionType.ACCEPT: QCoreApplication.translate("Action", "Terima dan proses"),
        ActionType.FOLLOWUP: QCoreApplication.translate("Action", "Catat tindak lanjut"),
        ActionType.NOTE: QCoreApplication.translate("Action", "Tambah catatan"),
        ActionType.FORWARD: QCoreApplication.translate("Action", "Teruskan ke unit lain"),
        ActionType.DISPOSE: QCoreApplication.translate("Action", "Disposisi ke Suku Dinas"),
        ActionType.REASSIGN: QCoreApplication.translate("Action", "Alihkan ke petugas lain"),
        ActionType.REJECT: QCoreApplication.translate("Action", "Tolak laporan"),
        ActionType.MARK_DUPLICATE: QCoreApplication.translate("Action", "Tandai duplikat"),
        ActionType.SET_PRIORITY: QCoreApplication.translate("Action", "Atur prioritas"),
        ActionType.VALIDATE: QCoreApplication.translate("Action", "Setujui tindak lanjut"),
        ActionType.REJECT_FOLLOWUP: QCoreApplication.translate("Action", "Tolak tindak lanjut"),
        ActionType.SUPPORT: QCoreApplication.translate("Action", "Dukung laporan"),
    }
    return texts[action]


def event_text(event_type: str) -> str:
    """A timeline event type (an action, or a server event) as a short phrase."""
    try:
        return action_text(ActionType(event_type))
    except ValueError:
        pass
    texts = {
        "created": QCoreApplication.translate("Event", "Laporan masuk"),
        "routed": QCoreApplication.translate("Event", "Diteruskan otomatis ke unit"),
        RATING_EVENT: QCoreApplication.translate("Event", "Penilaian warga"),
    }
    return texts.get(event_type, event_type)


def deadline_kind_text(kind: DeadlineKind) -> str:
    texts = {
        DeadlineKind.RESPONSE: QCoreApplication.translate("Deadline", "Respons"),
        DeadlineKind.ANSWER: QCoreApplication.translate("Deadline", "Jawaban pengaduan"),
        DeadlineKind.FOLLOWUP: QCoreApplication.translate("Deadline", "Tindak lanjut"),
    }
    return texts[kind]


def role_text(role: Role) -> str:
    """A role's name in the interface language (the domain keeps the Indonesian one)."""
    return {
        Role.FIELD_OFFICER: QCoreApplication.translate("Role", "Petugas lapangan"),
        Role.DESK: QCoreApplication.translate("Role", "Petugas meja pengaduan"),
        Role.SUPERVISOR: QCoreApplication.translate("Role", "Pimpinan unit"),
        Role.VALIDATOR: QCoreApplication.translate("Role", "Validator (Biro Pemerintahan)"),
        Role.PRIVACY_OFFICER: QCoreApplication.translate(
            "Role", "Pejabat Pelindungan Data Pribadi"
        ),
    }[role]


def describe_left(left: timedelta) -> str:
    """ "sisa 3 jam" / "lewat 2 hari" in the current language."""
    if i18n.current_language() == "en":
        return describe_left_en(left)
    return describe_left_id(left)


def deadline_colour(due: datetime, start: datetime, now: datetime) -> str | None:
    """Red when overdue, amber when less than a quarter of the time is left."""
    if now > due:
        return OVERDUE_COLOUR
    if due - now < (due - start) / 4:
        return CLOSE_COLOUR
    return None


def deadline_flag(due: datetime, start: datetime, now: datetime) -> tuple[QIcon, str] | None:
    """The shape and the words beside the deadline's colour (never colour alone)."""
    colour = deadline_colour(due, start, now)
    if colour == OVERDUE_COLOUR:
        return icon("alert-octagon", colour), QCoreApplication.translate(
            "Deadline", "Lewat tenggat"
        )
    if colour == CLOSE_COLOUR:
        return icon("timer-sand", colour), QCoreApplication.translate("Deadline", "Hampir lewat")
    return None


class Age(QObject):
    """The plural texts of ages (context "Age").

    A QObject so that they go through ``self.tr(text, "", n)``: pyside6-lupdate
    records plural forms only for ``tr`` calls, not for ``QCoreApplication.translate``.
    """

    def minutes(self, n: int) -> str:
        return self.tr("%n mnt", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%n jam", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n hari", "", n)


_age: Age | None = None


def describe_age(created: datetime, now: datetime) -> str:
    """How long ago a report came in: "3 hari", "5 jam"."""
    global _age
    if _age is None:
        _age = Age()
    seconds = max(0.0, (now - created).total_seconds())
    if seconds < 3600:
        return _age.minutes(max(1, int(seconds // 60)))
    if seconds < 2 * 86400:
        return _age.hours(int(seconds // 3600))
    return _age.days(int(seconds // 86400))


def describe_ago(when: datetime | None, now: datetime) -> str:
    """ "2 mnt lalu" for the status bar."""
    if when is None:
        return QCoreApplication.translate("Age", "belum pernah")
    seconds = max(0.0, (now - when).total_seconds())
    if seconds < 60:
        return QCoreApplication.translate("Age", "baru saja")
    return QCoreApplication.translate("Age", "%1 lalu").replace("%1", describe_age(when, now))
