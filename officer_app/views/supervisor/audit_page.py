"""Log audit (supervisor): the server's append-only audit log of the unit subtree.

    [Jenis: Semua jenis v]  [Muat ulang]        312 entri · terbaru di atas
    +------------------+--------------+----------------+-------------+--------+-----------+
    | Waktu (WIB)      | Pelaku       | Jenis          | No. laporan | Unit   | Keterangan|
    | 05-01-2026 08:00 | Camat Demo   | Pengalihan     | JK...       | Gambir | ke ...    |
    +------------------+--------------+----------------+-------------+--------+-----------+
    [Muat lagi (yang lebih lama)]

Read-only: the table cannot be edited and nothing here changes an entry (the
server has no endpoint that could). Only online: the log lives on the server.

The server pages the log oldest first by entry id (``GET /api/v1/audit``,
keyset ``cursor``). The page walks that cursor in a worker, keeps the entries in
memory, and on the next refresh asks only for entries after the last one it has.
It shows them newest first, ``PAGE_ROWS`` at a time; "Muat lagi" shows the next
older ones.

Names of officers and units come from the profile's copy of the reference data,
read with each fetch. On a first sign-in the window (and this page's first fetch)
comes before the first sync has brought that data, so after every sync the page
fetches again: at once when it is on screen, otherwise when it is next shown.

An entry carries who, what and when, never a reporter's identity: of the
``detail`` object only known harmless fields are shown (statuses, units, the
assignee, the kind of login failure); everything else the server might add is
ignored, so a future field cannot leak onto this screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from crm_shared.domain import ActionType, Status
from crm_shared.protocol.wire import AuditEntryOut
from officer_app.store.records import ChangeSet
from officer_app.sync.backend import AuthError, ProtocolError, TransientError
from officer_app.views import keyboard, style
from officer_app.views.detail import local_time
from officer_app.views.page import Page, PageHost
from officer_app.views.services import Services

PAGE_ROWS = 200  # rows added by one "Muat lagi"
FETCH_LIMIT = 500  # entries per request (the server's maximum)
MAX_TEXT = 120  # a detail value longer than this is cut (hostile or broken data)

# The kinds the server writes (central_server.audit.AuditKind), in filter order.
KINDS = (
    "identity_view",
    "status_change",
    "reassign",
    "forward",
    "create",
    "login",
    "login_failed",
    "logout",
    "export",
)

COLUMNS = 6


def kind_text(kind: str) -> str:
    """An audit kind in words; an unknown kind as it came (plain text)."""
    return {
        "identity_view": QCoreApplication.translate("Audit", "Identitas pelapor dilihat"),
        "status_change": QCoreApplication.translate("Audit", "Perubahan status"),
        "reassign": QCoreApplication.translate("Audit", "Pengalihan petugas"),
        "forward": QCoreApplication.translate("Audit", "Penerusan ke unit lain"),
        "create": QCoreApplication.translate("Audit", "Laporan dibuat"),
        "login": QCoreApplication.translate("Audit", "Masuk"),
        "login_failed": QCoreApplication.translate("Audit", "Gagal masuk"),
        "logout": QCoreApplication.translate("Audit", "Keluar"),
        "export": QCoreApplication.translate("Audit", "Ekspor"),
    }.get(kind, kind[:MAX_TEXT])


class AuditOffline(Exception):
    """The server cannot be reached (or there is no server in this session)."""


@dataclass
class AuditBatch:
    """What one fetch brought: new entries (oldest first) and names to show them with."""

    entries: list[AuditEntryOut]
    cursor: int
    officers: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, str] = field(default_factory=dict)


def fetch_audit(services: Services, cursor: int, cancelled: Callable[[], bool]) -> AuditBatch:
    """Every entry after ``cursor`` (worker), plus local names for officers, units, reports.

    Raises ``AuditOffline`` when there is no server to ask; ``AuthError`` and
    ``ProtocolError`` pass through (the page says what they mean).
    """
    try:
        backend = services.server()
    except TransientError as exc:
        raise AuditOffline() from exc
    except OSError as exc:
        raise AuditOffline() from exc
    if backend is None or not hasattr(backend, "audit"):
        raise AuditOffline()
    entries: list[AuditEntryOut] = []
    while not cancelled():
        try:
            page = backend.audit(cursor, FETCH_LIMIT)
        except TransientError as exc:
            raise AuditOffline() from exc
        entries.extend(page.entries)
        if page.next_cursor <= cursor and page.has_more:
            raise ProtocolError("bad_cursor", "Jawaban server tidak sesuai protokol.")
        cursor = max(cursor, page.next_cursor)
        if not page.has_more:
            break
    report_ids = {e.report_id for e in entries if e.report_id}
    names = services.display_names(report_ids)
    return AuditBatch(entries, cursor, names.officers, names.units, names.numbers)


def _short(value: object) -> str:
    text = "".join(ch for ch in str(value) if ch.isprintable())
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def _status_text(value: object) -> str:
    try:
        return style.status_text(Status(str(value)))
    except ValueError:
        return _short(value)


def _action_text(value: object) -> str:
    try:
        return style.action_text(ActionType(str(value)))
    except ValueError:
        return _short(value)


class AuditLogPage(Page):
    """The unit's audit log, read-only, newest first, filtered by kind."""

    loaded = Signal()
    failed = Signal(str)  # the sentence shown

    def __init__(self, host: PageHost) -> None:
        super().__init__(host)
        self.entries: list[AuditEntryOut] = []  # oldest first, as the server pages them
        self.audit_cursor = 0
        self.shown = PAGE_ROWS
        self.officers: dict[str, str] = {}
        self.units: dict[str, str] = {}
        self.numbers: dict[str, str] = {}
        self.busy = False
        self.stale = False  # a sync ended since the last fetch began (names, new entries)
        self._generation = 0

        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Jenis kejadian"))
        self.kind_filter.addItem(self.tr("Semua jenis"), None)
        for kind in KINDS:
            self.kind_filter.addItem(kind_text(kind), kind)
        self.kind_filter.currentIndexChanged.connect(self._filter_changed)
        self.refresh_button = QPushButton(style.icon("refresh"), self.tr("Muat ulang"))
        self.refresh_button.clicked.connect(self.refresh)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Jenis:")))
        top.addWidget(self.kind_filter)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.table = QTableWidget(0, COLUMNS)
        self.table.setAccessibleName(self.tr("Log audit"))
        keyboard.tab_leaves(self.table)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Waktu (WIB)"),
                self.tr("Pelaku"),
                self.tr("Jenis"),
                self.tr("No. laporan"),
                self.tr("Unit"),
                self.tr("Keterangan"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.more_button = QPushButton(self.tr("Muat lagi (yang lebih lama)"))
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()
        # The log is the server's: any sync cycle may have brought entries or names.
        self.track_signal(host.sync.finished, lambda _o: self._after_sync())

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """Local changes are not in the server's log until a sync (``_after_sync``)."""

    # --- loading ------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask the server for the entries after the newest one here (worker)."""
        from officer_app.workers import run_in_worker

        self._generation += 1
        generation = self._generation
        self.busy = True
        self.stale = False
        self.refresh_button.setEnabled(False)
        if not self.entries:
            self.count_label.setText(self.tr("Memuat log audit…"))
        services, cursor = self.services, self.audit_cursor
        run_in_worker(
            lambda ctx: fetch_audit(services, cursor, lambda: ctx.cancelled),
            on_success=lambda batch: self._loaded(generation, batch),
            on_failure=lambda exc: self._failed(generation, exc),
            name="audit-log",
        )

    def _after_sync(self) -> None:
        """A sync may have brought reference data (the names) and new entries."""
        self.stale = True
        if not self.busy and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale and not self.busy:
            self.refresh()

    def _loaded(self, generation: int, batch: AuditBatch) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self.refresh_button.setEnabled(True)
        known = self.entries[-1].id if self.entries else 0
        self.entries.extend(e for e in batch.entries if e.id > known)
        self.audit_cursor = max(self.audit_cursor, batch.cursor)
        self.officers.update(batch.officers)
        self.units.update(batch.units)
        self.numbers.update(batch.numbers)
        self.status_label.hide()
        self.table.setEnabled(True)
        self._fill()
        self.loaded.emit()
        if self.stale and self.isVisible():  # a sync ended during the fetch: names may be new
            self.refresh()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self.refresh_button.setEnabled(True)
        if isinstance(exc, AuditOffline):
            text = self.tr("Log audit hanya tersedia saat daring.")
        elif isinstance(exc, AuthError):
            text = self.tr("Sesi di server berakhir: masuk ulang untuk melihat log audit.")
        elif isinstance(exc, ProtocolError) and exc.code == "role_forbidden":
            text = self.tr("Log audit hanya untuk pimpinan unit.")
        else:
            text = self.tr("Log audit tidak dapat dimuat. Coba lagi nanti.")
        self.status_label.setText(text)
        self.status_label.show()
        if not self.entries:
            self.count_label.setText("")
            self.table.setRowCount(0)
            self.more_button.hide()
        self.failed.emit(text)

    # --- showing --------------------------------------------------------------------

    def visible_entries(self) -> list[AuditEntryOut]:
        """The entries that pass the kind filter, newest first."""
        kind = self.kind_filter.currentData()
        picked = [e for e in reversed(self.entries) if kind is None or e.kind == kind]
        return picked

    def _filter_changed(self) -> None:
        self.shown = PAGE_ROWS
        self._fill()

    def load_more(self) -> None:
        self.shown += PAGE_ROWS
        self._fill()

    def _fill(self) -> None:
        matching = self.visible_entries()
        rows = matching[: self.shown]
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            for col, text in enumerate(self.row_texts(entry)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, item)
        self.table.setUpdatesEnabled(True)
        self.more_button.setVisible(len(matching) > len(rows))
        self.count_label.setText(
            self.tr("%n entri · terbaru di atas", "", len(matching))
            if matching
            else self.tr("Belum ada entri.")
        )

    def row_texts(self, entry: AuditEntryOut) -> list[str]:
        """Time (WIB), actor, kind, report number, unit, details — all plain text."""
        return [
            local_time(entry.at),
            self.actor_text(entry),
            kind_text(entry.kind),
            self.number_text(entry),
            self.units.get(entry.unit_id, _short(entry.unit_id)) if entry.unit_id else "—",
            self.detail_text(entry),
        ]

    def actor_text(self, entry: AuditEntryOut) -> str:
        if entry.actor_id is None:
            return self.tr("(akun tidak dikenal)")
        name = self.officers.get(entry.actor_id)
        return f"{_short(name)} ({entry.actor_id})" if name else _short(entry.actor_id)

    def number_text(self, entry: AuditEntryOut) -> str:
        if not entry.report_id:
            return "—"
        number = self.numbers.get(entry.report_id) or entry.detail.get("number")
        return _short(number) if number else self.tr("(di luar unit ini)")

    def detail_text(self, entry: AuditEntryOut) -> str:
        """Only known harmless detail fields, in words; the rest is never shown.

        A failed login by an unknown account id is not echoed (people type
        passwords into the id field); only a real officer's count is.
        """
        d = entry.detail if isinstance(entry.detail, dict) else {}
        parts: list[str] = []
        if entry.kind == "status_change" and "from" in d and "to" in d:
            parts.append(f"{_status_text(d['from'])} → {_status_text(d['to'])}")
        if entry.kind == "forward" and d.get("to_unit"):
            unit = str(d["to_unit"])
            parts.append(self.tr("ke %1").replace("%1", _short(self.units.get(unit, unit))))
        if entry.kind == "reassign" and "assignee_id" in d:
            who = d.get("assignee_id")
            if who:
                name = self.officers.get(str(who))
                text = f"{_short(name)} ({_short(who)})" if name else _short(who)
            else:
                text = self.tr("belum ada petugas")
            parts.append(self.tr("kepada %1").replace("%1", text))
        action = d.get("type")
        if entry.kind in ("status_change", "forward") and action:
            parts.append(_action_text(action))
        if entry.kind == "login_failed":
            reason = d.get("reason")
            if reason == "wrong_password":
                parts.append(self.tr("kata sandi salah"))
                count = d.get("count")
                if isinstance(count, int) and not isinstance(count, bool):
                    parts.append(self.tr("percobaan ke-%1").replace("%1", str(count)))
            elif reason == "unknown_or_inactive":
                parts.append(self.tr("akun tidak dikenal atau nonaktif"))
        if entry.kind == "export":
            fmt, what, rows = d.get("format"), d.get("what"), d.get("rows")
            if fmt in ("csv", "pdf"):
                parts.append(str(fmt).upper())
            if isinstance(what, str) and what:
                parts.append(_short(what))
            if isinstance(rows, int) and not isinstance(rows, bool):
                parts.append(self.tr("%1 baris").replace("%1", str(rows)))
        if d.get("via") == "open311":
            parts.append(self.tr("lewat Open311"))
        return " · ".join(parts)
