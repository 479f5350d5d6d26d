"""The window's navigation: which pages a role sees, in which order, by what name.

The reports list, the map and the attention page are built by the window; the
role pages (walk-in desk, unit queue, validation, dashboard, audit log) come from
``extra_pages`` (imported only for the roles that see them).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from crm_shared.domain import Role


@dataclass(frozen=True)
class NavEntry:
    key: str
    icon: str
    roles: frozenset[Role]


# In the order the navigation lists them (DESIGN.md "Screens"); Ctrl+1… follow it.
ENTRIES: tuple[NavEntry, ...] = (
    NavEntry(
        "reports",
        "file-document-multiple-outline",
        frozenset({Role.FIELD_OFFICER, Role.SUPERVISOR, Role.VALIDATOR}),
    ),
    NavEntry("validation", "clipboard-check-outline", frozenset({Role.VALIDATOR})),
    NavEntry("map", "map-outline", frozenset({Role.FIELD_OFFICER, Role.SUPERVISOR})),
    NavEntry("desk", "account-tie", frozenset({Role.DESK})),
    NavEntry("mine", "account-outline", frozenset({Role.DESK})),
    NavEntry("queue", "account-group", frozenset({Role.SUPERVISOR})),
    NavEntry("dashboard", "chart-box-outline", frozenset({Role.SUPERVISOR})),
    NavEntry("audit", "history", frozenset({Role.SUPERVISOR})),
    NavEntry("attention", "alert-circle-outline", frozenset(Role)),
)

NAV_ROLES: dict[str, frozenset[Role]] = {e.key: e.roles for e in ENTRIES}


def entries_for(role: Role) -> list[NavEntry]:
    return [e for e in ENTRIES if role in e.roles]


def nav_title(key: str) -> str:
    return {
        "reports": QCoreApplication.translate("MainWindow", "Laporan"),
        "validation": QCoreApplication.translate("MainWindow", "Validasi"),
        "map": QCoreApplication.translate("MainWindow", "Peta"),
        "desk": QCoreApplication.translate("MainWindow", "Meja Pengaduan"),
        "mine": QCoreApplication.translate("MainWindow", "Laporan saya"),
        "queue": QCoreApplication.translate("MainWindow", "Antrian unit"),
        "dashboard": QCoreApplication.translate("MainWindow", "Dasbor"),
        "audit": QCoreApplication.translate("MainWindow", "Log audit"),
        "attention": QCoreApplication.translate("MainWindow", "Perlu perhatian"),
    }[key]
