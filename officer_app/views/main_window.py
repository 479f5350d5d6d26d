"""The one window of the workstation, shaped by the signed-in person's role.

    +-------------------------------------------------------------------------+
    | [tampilan v] [cari...] [status v] [kategori v] [kelurahan v] [lewat] F5 |
    +------+-----------------------------------+------------------------------+
    | nav  | list (most urgent first)          | detail + action buttons      |
    +------+-----------------------------------+------------------------------+
    | daring · sinkron 2 mnt lalu · 3 menunggu dikirim · [progress]           |
    +-------------------------------------------------------------------------+

The map page (``map_page``) holds the map and a second detail panel: the map is
created the first time the page is shown (QtWebEngine costs start-up time), shows
the same set as the list (``query_changed``), centres on the selected report
(``report_selected``), and a click on a point selects the report in the list and
shows its detail beside the map (the officer keeps the map in view).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_shared.domain import ActionType, DomainError, Role, Status, allowed_actions
from officer_app.views import style
from officer_app.views.about import AboutDialog
from officer_app.views.attention import AttentionPage
from officer_app.views.detail import ReportDetailPanel
from officer_app.views.dialogs import (
    ActionDialog,
    FollowupDialog,
    ForwardDialog,
    NoteDialog,
    ReasonDialog,
    domain_message,
)
from officer_app.views.extra_pages import make_page
from officer_app.views.report_model import (
    COL_AGE,
    COL_CATEGORY,
    COL_DEADLINE,
    COL_KELURAHAN,
    COL_NUMBER,
    COL_PENDING,
    COL_STATUS,
    ListQuery,
    ReportIdRole,
    ReportListModel,
)
from officer_app.views.services import ReportDetail, Services, SyncOutcome, SyncProgress
from officer_app.views.signin import IdleWatcher, LockPage
from officer_app.views.sync_controller import SyncController
from officer_app.workers import report_exception, run_in_worker

log = logging.getLogger(__name__)

# Navigation entries: key -> roles that see it (DESIGN.md "Screens").
NAV_ROLES: dict[str, frozenset[Role]] = {
    "reports": frozenset({Role.FIELD_OFFICER, Role.SUPERVISOR, Role.VALIDATOR}),
    "map": frozenset({Role.FIELD_OFFICER, Role.SUPERVISOR}),
    "desk": frozenset({Role.DESK}),
    "mine": frozenset({Role.DESK}),
    "queue": frozenset({Role.SUPERVISOR}),
    "dashboard": frozenset({Role.SUPERVISOR}),
    "validation": frozenset({Role.VALIDATOR}),
    "audit": frozenset({Role.SUPERVISOR}),
    "attention": frozenset(Role),
}

SAVED_VIEWS = ("all", "mine", "overdue", "attention")

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


class FilterBar(QWidget):
    """Saved views, search, status, category, kelurahan, overdue only."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QComboBox()
        self.view.addItem(style.icon("inbox-multiple-outline"), self.tr("Semua laporan"), "all")
        self.view.addItem(style.icon("account-outline"), self.tr("Laporan saya"), "mine")
        self.view.addItem(
            style.icon("timer-alert-outline", style.OVERDUE_COLOUR),
            self.tr("Lewat tenggat"),
            "overdue",
        )
        self.view.addItem(
            style.icon("alert-circle-outline"), self.tr("Perlu perhatian"), "attention"
        )
        self.view.setToolTip(self.tr("Tampilan tersimpan"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nomor, isi, alamat, kategori… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(style.icon("magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(220)
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), None)
        for status in Status:
            self.status.addItem(style.status_icon(status), style.status_text(status), status.value)
        self.category = QComboBox()
        self.category.addItem(self.tr("Semua kategori"), None)
        for choice in services.categories():
            self.category.addItem(choice.name, choice.id)
        self.category.setMaximumWidth(240)
        self.kelurahan = QComboBox()
        self.kelurahan.addItem(self.tr("Semua kelurahan"), None)
        for choice in services.kelurahan():
            self.kelurahan.addItem(choice.name, choice.id)
        self.kelurahan.setMaximumWidth(200)
        self.overdue = QCheckBox(self.tr("Lewat tenggat"))
        self.sync_button = QToolButton()
        self.sync_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.menu_button = QToolButton()
        self.menu_button.setIcon(style.icon("menu"))
        self.menu_button.setToolTip(self.tr("Menu"))
        self.menu_button.setAccessibleName(self.tr("Menu"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.view, self.status, self.category, self.kelurahan):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.overdue.toggled.connect(lambda _b: self.changed.emit())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for w in (self.view, self.search, self.status, self.category, self.kelurahan):
            layout.addWidget(w)
        layout.addWidget(self.overdue)
        layout.addStretch(1)
        layout.addWidget(self.sync_button)
        layout.addWidget(self.menu_button)

    def show_list_filters(self, on: bool) -> None:
        """The list's filters only on the pages they act on (list and map)."""
        for w in (self.view, self.search, self.status, self.category, self.kelurahan, self.overdue):
            w.setVisible(on)

    def query(self, base: ListQuery) -> ListQuery:
        saved = self.view.currentData()
        status = self.status.currentData()
        statuses = (Status(status),) if status else base.statuses
        return replace(
            base,
            text=self.search.text().strip(),
            statuses=statuses,
            category_id=self.category.currentData(),
            kelurahan_code=self.kelurahan.currentData(),
            overdue_only=self.overdue.isChecked() or saved == "overdue",
            mine=base.mine or saved == "mine",
            needs_attention=saved == "attention",
        )


class MainWindow(QMainWindow):
    report_selected = Signal(str)  # report id (the map centres on it)
    query_changed = Signal(object)  # ListQuery (the map shows the same set)
    locked_changed = Signal(bool)
    detail_loaded = Signal(str)
    signed_out = Signal()  # the session ended ("Keluar"): the token is forgotten, keys dropped

    def __init__(
        self,
        services: Services,
        *,
        auto_sync_minutes: int = 5,
        idle_lock_minutes: int = 10,
        deadline_warning_hours: int = 4,
        tray: bool = True,
        map_data_dir: Path | None = None,
        map_cache_dir: Path | None = None,
        idle_clock: Callable[[], float] | None = None,
        settings: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        # The typed settings (machine config applied), read by pages such as the desk's.
        self.settings = settings
        self._auto_sync_minutes = auto_sync_minutes
        self.has_signed_out = False
        self.map_view: Any = None  # MapView, created when the map page is first shown
        self._map_data_dir = map_data_dir
        self._map_cache_dir = map_cache_dir
        self._position_generation = 0
        self.officer = services.officer
        self.deadline_warning_hours = deadline_warning_hours
        self.notifications: list[tuple[str, str]] = []
        self.current_detail: ReportDetail | None = None
        self._selected_id: str | None = None
        self._detail_generation = 0
        self._base_query = ListQuery()
        self.setWindowTitle(
            self.tr("CRM Jakarta — %1 (%2)")
            .replace("%1", self.officer.name)
            .replace("%2", self.officer.unit_name)
        )
        self.setWindowIcon(style.icon("shield-account-outline", "#1e64c8"))
        self.resize(1360, 820)

        self.actions_by_type = self._make_actions()
        self.model = ReportListModel(services.report_source, self)
        self.filter_bar = FilterBar(services)
        self.sync = SyncController(services, auto_sync_minutes, parent=self)
        self._build_pages()
        self._build_status_bar()
        self._build_shortcuts()

        root = QWidget()
        rl = QVBoxLayout(root)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.filter_bar)
        body = QSplitter()
        body.addWidget(self.nav)
        body.addWidget(self.pages)
        body.setStretchFactor(1, 1)
        body.setSizes([170, 1190])
        rl.addWidget(body, 1)
        self.lock_page = LockPage(services.verify_password)
        self.lock_page.unlocked.connect(self.unlock)
        self.outer = QStackedWidget()
        self.outer.addWidget(root)
        self.outer.addWidget(self.lock_page)
        self.setCentralWidget(self.outer)

        self.filter_bar.changed.connect(self._filters_changed)
        self.filter_bar.sync_button.setDefaultAction(self.sync_action)
        menu = QMenu(self.filter_bar.menu_button)
        menu.addAction(self.sync_action)
        menu.addAction(self.lock_action)
        menu.addAction(self.sign_out_action)
        menu.addSeparator()
        menu.addAction(self.about_action)
        self.filter_bar.menu_button.setMenu(menu)
        self.model.refreshed.connect(self._list_refreshed)
        self.sync.started.connect(self._sync_started)
        self.sync.progress.connect(self._sync_progress)
        self.sync.finished.connect(self._sync_finished)
        self.attention_page.changed.connect(self._after_local_change)
        self.attention_page.open_report.connect(self._open_from_attention)

        self.idle = (
            IdleWatcher(idle_lock_minutes * 60_000, self, clock=idle_clock)
            if idle_clock is not None
            else IdleWatcher(idle_lock_minutes * 60_000, self)
        )
        self.idle.idle.connect(self.lock)

        self.tray: QSystemTrayIcon | None = None
        if tray and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.tray.setToolTip(self.windowTitle())
            self.tray.show()

        self._status_tick = QTimer(self)
        self._status_tick.timeout.connect(self.update_status_bar)
        self._status_tick.start(30_000)
        self.nav.setCurrentRow(0)
        self._filters_changed()
        self.update_status_bar()

    # --- building ----------------------------------------------------------------

    def _make_actions(self) -> dict[ActionType, QAction]:
        actions: dict[ActionType, QAction] = {}
        for kind in (
            ActionType.ACCEPT,
            ActionType.FOLLOWUP,
            ActionType.NOTE,
            ActionType.FORWARD,
            ActionType.DISPOSE,
            ActionType.REJECT,
            ActionType.VALIDATE,
            ActionType.REJECT_FOLLOWUP,
        ):
            action = QAction(style.icon(style.ACTION_ICONS[kind]), style.action_text(kind), self)
            action.setShortcut(QKeySequence(SHORTCUTS[kind]))
            action.setToolTip(f"{style.action_text(kind)} ({SHORTCUTS[kind]})")
            action.triggered.connect(partial(self.start_action, kind))
            action.setEnabled(False)
            self.addAction(action)
            actions[kind] = action
        self.sync_action = QAction(style.icon("sync"), self.tr("Sinkronkan"), self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.setToolTip(self.tr("Sinkronkan sekarang (F5)"))
        self.sync_action.triggered.connect(lambda: self.sync.sync_now())
        self.addAction(self.sync_action)
        self.lock_action = QAction(style.icon("lock-outline"), self.tr("Kunci layar"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)
        self.sign_out_action = QAction(style.icon("logout"), self.tr("Keluar"), self)
        self.sign_out_action.setToolTip(
            self.tr("Keluar: hapus sesi tersimpan dan kembali ke layar masuk")
        )
        self.sign_out_action.triggered.connect(self.sign_out)
        self.addAction(self.sign_out_action)
        self.about_action = QAction(style.icon("information-outline"), self.tr("Tentang"), self)
        self.about_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.about_action.setToolTip(self.tr("Tentang aplikasi (F1)"))
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.about_action)
        return actions

    def _build_pages(self) -> None:
        self.nav = QListWidget()
        self.nav.setMaximumWidth(220)
        self.nav.setIconSize(self.nav.iconSize() * 1.3)
        self.pages = QStackedWidget()
        self.page_keys: list[str] = []
        self.page_for: dict[str, QWidget] = {}

        # Reports: list + detail.
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_CATEGORY, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (COL_NUMBER, 118),
            (COL_KELURAHAN, 130),
            (COL_STATUS, 140),
            (COL_AGE, 64),
            (COL_DEADLINE, 100),
            (COL_PENDING, 130),
        ):
            header.resizeSection(col, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = ReportDetailPanel(self.actions_by_type)
        self.count_label = QLabel()
        list_box = QWidget()
        ll = QVBoxLayout(list_box)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count_label)
        self.report_split = QSplitter()
        self.report_split.addWidget(list_box)
        self.report_split.addWidget(self.detail)
        self.report_split.setSizes([820, 440])

        # The map (created lazily in ensure_map) beside a detail panel of its own.
        self.map_page = QSplitter()
        self.map_page.setObjectName("mapPage")
        self.map_holder = QWidget()
        self.map_holder.setObjectName("mapHolder")
        QVBoxLayout(self.map_holder).setContentsMargins(0, 0, 0, 0)
        self.map_detail = ReportDetailPanel(self.actions_by_type)
        self.map_page.addWidget(self.map_holder)
        self.map_page.addWidget(self.map_detail)
        self.map_page.setStretchFactor(0, 1)
        self.map_page.setSizes([820, 400])

        self.attention_page = AttentionPage(self.services)

        def placeholder(text: str) -> QWidget:
            page = QWidget()
            label = QLabel(text)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            QVBoxLayout(page).addWidget(label)
            return page

        entries: list[tuple[str, str, str, QWidget]] = [
            ("reports", self.tr("Laporan"), "file-document-multiple-outline", self.report_split),
            ("validation", self.tr("Validasi"), "clipboard-check-outline", self.report_split),
            ("map", self.tr("Peta"), "map-outline", self.map_page),
            (
                "desk",
                self.tr("Meja Pengaduan"),
                "account-tie",
                placeholder(self.tr("Meja pengaduan: pencatatan laporan tatap muka.")),
            ),
            ("mine", self.tr("Laporan saya"), "account-outline", self.report_split),
            ("queue", self.tr("Antrian unit"), "account-group", self.report_split),
            (
                "dashboard",
                self.tr("Dasbor"),
                "chart-box-outline",
                placeholder(self.tr("Dasbor unit: waktu respons dan penyelesaian.")),
            ),
            (
                "audit",
                self.tr("Log audit"),
                "history",
                placeholder(self.tr("Log audit unit: siapa melihat dan mengubah apa.")),
            ),
            ("attention", self.tr("Perlu perhatian"), "alert-circle-outline", self.attention_page),
        ]
        for key, text, icon_name, page in entries:
            if self.officer.role not in NAV_ROLES[key]:
                continue
            page = make_page(key, self) or page  # the role page, once its module exists
            if self.pages.indexOf(page) < 0:
                self.pages.addWidget(page)
            item = QListWidgetItem(style.icon(icon_name), text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.page_keys.append(key)
            self.page_for[key] = page
        self.nav.currentRowChanged.connect(self._nav_changed)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.online_label = QLabel()
        self.last_sync_label = QLabel()
        self.waiting_label = QLabel()
        self.attention_label = QLabel()
        self.sync_message = QLabel()
        self.sync_message.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        for w in (self.online_label, self.last_sync_label, self.waiting_label):
            bar.addWidget(w)
        bar.addWidget(self.attention_label)
        bar.addWidget(self.sync_message, 1)
        bar.addPermanentWidget(self.progress)
        officer = QLabel(f"{self.officer.name} · {style.role_text(self.officer.role)}")
        bar.addPermanentWidget(officer)
        # The officer's name comes from the server: never rich text (issue 18).
        for label in bar.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)

    def _build_shortcuts(self) -> None:
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        self.addAction(find)
        for n in range(1, 9):
            go = QAction(self)
            go.setShortcut(QKeySequence(f"Ctrl+{n}"))
            go.triggered.connect(partial(self._go_nav_row, n - 1))
            self.addAction(go)

    # --- navigation and filters ----------------------------------------------------

    def _focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def _go_nav_row(self, row: int) -> None:
        if row < self.nav.count():
            self.nav.setCurrentRow(row)

    def open_view(self, key: str) -> bool:
        """Show a navigation entry by key (``reports``, ``map``, ``attention``…)."""
        if key not in self.page_keys:
            return False
        self.nav.setCurrentRow(self.page_keys.index(key))
        return True

    def current_view(self) -> str:
        row = self.nav.currentRow()
        return self.page_keys[row] if 0 <= row < len(self.page_keys) else ""

    def _nav_changed(self, row: int) -> None:
        if not 0 <= row < len(self.page_keys):
            return
        key = self.page_keys[row]
        item = self.nav.item(row)
        page = self.page_for[key]
        if page is self.report_split:
            base = ListQuery()
            if key == "validation":
                base = ListQuery(statuses=(Status.MENUNGGU_VALIDASI,))
            elif key == "mine":
                base = ListQuery(mine=True)
            if base != self._base_query:
                self._base_query = base
                self._filters_changed()
        self.pages.setCurrentWidget(page)
        self.filter_bar.show_list_filters(page in (self.report_split, self.map_page))
        if key == "map":
            self.ensure_map()
        if key == "attention":
            self.attention_page.refresh()
        self.setWindowTitle(f"{item.text()} — {self.tr('CRM Jakarta')}")

    # --- the map ----------------------------------------------------------------------

    def ensure_map(self) -> Any:
        """The map widget, created (and linked to the list) on first use."""
        if self.map_view is not None:
            return self.map_view
        from crm_shared.geo.datadir import find_data_dir
        from officer_app.views.map_view import MapView

        try:
            data_dir = find_data_dir(self._map_data_dir)
        except Exception:  # noqa: BLE001 - a broken data dir must not cost the window
            log.warning("map: boundary data directory unusable", exc_info=True)
            data_dir = None
        view = MapView(self.map_holder, data_dir=data_dir, cache_dir=self._map_cache_dir)
        holder_layout = self.map_holder.layout()
        assert holder_layout is not None
        holder_layout.addWidget(view)
        view.reportClicked.connect(self._map_clicked)
        self.report_selected.connect(view.select_report)
        view.set_points_source(self.services.map_points)
        self.query_changed.connect(view.set_query)
        self.map_view = view
        view.set_query(self.model.query)
        if self._selected_id is not None:
            view.select_report(self._selected_id)
        return view

    def _map_clicked(self, report_id: str) -> None:
        """A point on the map: select it in the list, show its detail beside the map."""
        self.select_report(report_id)

    def _refresh_map(self) -> None:
        if self.map_view is not None:
            self.map_view.set_query(self.model.query)

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _filters_changed(self) -> None:
        query = self.filter_bar.query(self._base_query)
        if query == self.model.query and self.model.rowCount() and not self.model.loading:
            return
        self.model.set_query(query)
        self.query_changed.emit(query)

    def _list_refreshed(self, count: int) -> None:
        self.count_label.setText(self.tr("%n laporan", "", count))
        # Keep the selection on the same report when it is still in the list.
        if self._selected_id is not None:
            row = self.model.row_of(self._selected_id)
            if row is not None:
                self.table.selectRow(row)
                return
        if self._selected_id is not None:
            self._show_detail(None)

    # --- selection and detail ------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        report_id = self.model.data(indexes[0], ReportIdRole)
        if isinstance(report_id, str) and report_id != self._selected_id:
            self._selected_id = report_id
            self.report_selected.emit(report_id)
            self.load_detail(report_id)

    def select_report(self, report_id: str) -> None:
        """Select a report (from the map or the attention page) and show it.

        The detail shows at once; when the report is in the list but on a page not
        fetched yet, its row is found by SQL (in a worker) and selected then."""
        row = self.model.row_of(report_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            return
        self._selected_id = report_id
        self.table.clearSelection()
        self.report_selected.emit(report_id)
        self.load_detail(report_id)
        position = getattr(self.services.report_source, "position", None)
        if position is None:
            return
        self._position_generation += 1
        generation = self._position_generation
        query = self.model.query

        def landed(row: int | None) -> None:
            if (
                generation != self._position_generation
                or row is None
                or query != self.model.query
                or self._selected_id != report_id
                or row >= self.model.rowCount()
            ):
                return
            item = self.model.report_at(row)  # fetches that page
            if item is not None and item.id == report_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

        run_in_worker(
            lambda _ctx: position(query, report_id), on_success=landed, name="report-position"
        )

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def load_detail(self, report_id: str) -> None:
        self._detail_generation += 1
        generation = self._detail_generation
        services = self.services
        run_in_worker(
            lambda _ctx: services.load_detail(report_id),
            on_success=lambda detail: self._detail_ready(generation, detail),
            name="report-detail",
        )

    def _detail_ready(self, generation: int, detail: ReportDetail | None) -> None:
        if generation != self._detail_generation:
            return
        self._show_detail(detail)
        if detail is not None:
            self.detail_loaded.emit(detail.id)

    def _show_detail(self, detail: ReportDetail | None) -> None:
        self.current_detail = detail
        if detail is None:
            self._selected_id = None
        self.detail.show_report(detail, self.officer.role)
        self.map_detail.show_report(detail, self.officer.role)
        self._update_action_state()

    def _update_action_state(self) -> None:
        locked = self.outer.currentWidget() is self.lock_page if hasattr(self, "outer") else False
        allowed = (
            set(allowed_actions(self.officer.role, self.current_detail.status))
            if self.current_detail is not None and self.current_detail.in_scope and not locked
            else set()
        )
        for kind, action in self.actions_by_type.items():
            action.setEnabled(kind in allowed)

    # --- actions ------------------------------------------------------------------

    def _submitter(
        self, report_id: str, kind: ActionType
    ) -> Callable[[dict[str, Any], Callable[[], None], Callable[[BaseException], None]], None]:
        def submit(
            payload: dict[str, Any], done: Callable[[], None], fail: Callable[[BaseException], None]
        ) -> None:
            services = self.services

            def finished(result: object) -> None:
                done()
                changed = frozenset(result) if isinstance(result, set | frozenset | list) else None
                self._after_local_change(changed)

            run_in_worker(
                lambda _ctx: services.act(report_id, kind, payload),
                on_success=finished,
                on_failure=fail,
                lane="write",
                name=f"act-{kind.value}",
            )

        return submit

    def make_dialog(self, kind: ActionType) -> ActionDialog | None:
        """The dialog for an action on the shown report (None: no dialog needed)."""
        detail = self.current_detail
        if detail is None:
            return None
        submit = self._submitter(detail.id, kind)
        if kind is ActionType.FOLLOWUP:
            return FollowupDialog(detail.number, self.services.import_photo, submit, self)
        if kind is ActionType.NOTE:
            return NoteDialog(detail.number, submit, self)
        if kind in (ActionType.FORWARD, ActionType.DISPOSE):
            suggested = next(
                (c.hint for c in self.services.categories() if c.id == detail.category_id), None
            )
            units = [u for u in self.services.units() if u.id != self.officer.unit_id]
            return ForwardDialog(detail.number, units, suggested, submit, self, action=kind)
        if kind in (ActionType.REJECT, ActionType.REJECT_FOLLOWUP):
            return ReasonDialog(kind, detail.number, submit, self)
        if kind is ActionType.VALIDATE:
            return ReasonDialog(kind, detail.number, submit, self, reason_required=False)
        return None

    def start_action(self, kind: ActionType) -> None:
        detail = self.current_detail
        if detail is None or not self.actions_by_type[kind].isEnabled():
            return
        if kind is ActionType.ACCEPT:
            submit = self._submitter(detail.id, kind)
            submit({}, lambda: None, self._action_failed)
            return
        dialog = self.make_dialog(kind)
        if dialog is not None:
            dialog.open()

    def _action_failed(self, exc: BaseException) -> None:
        text = domain_message(exc) if isinstance(exc, DomainError) else self.tr("Gagal menyimpan.")
        QMessageBox.warning(self, self.tr("Tindakan tidak tersimpan"), text)

    def _after_local_change(self, changed: frozenset[str] | None = None) -> None:
        """A local action (or a resend/discard) changed reports: redraw those rows."""
        if changed is None:
            self.model.refresh()
        else:
            self.model.update_rows(changed)
        self._refresh_map()
        if self._selected_id is not None:
            self.load_detail(self._selected_id)
        self.update_status_bar()

    def _open_from_attention(self, report_id: str) -> None:
        self.open_view("reports")
        self.select_report(report_id)

    # --- sync and status bar --------------------------------------------------------

    def _sync_started(self) -> None:
        self.sync_action.setEnabled(False)
        self.sync_message.setText(self.tr("Menyinkronkan…"))
        self.progress.setRange(0, 0)
        self.progress.show()

    def _sync_progress(self, p: SyncProgress) -> None:
        if p.total:
            self.progress.setRange(0, p.total)
            self.progress.setValue(min(p.done, p.total))
        else:
            self.progress.setRange(0, 0)
        phase = {
            "push": self.tr("mengirim"),
            "pull": self.tr("mengambil"),
            "media": self.tr("mengunggah foto"),
        }.get(p.phase, p.phase)
        self.progress.setFormat(f"{phase} %v/%m")
        self.sync_message.setText(
            self.tr("Menyinkronkan: %1 (%2)").replace("%1", phase).replace("%2", str(p.done))
        )

    def _sync_finished(self, outcome: SyncOutcome) -> None:
        self.sync_action.setEnabled(True)
        self.progress.hide()
        if outcome.login_needed:
            self.sync_message.setText(
                self.tr("Sesi berakhir: masuk lagi untuk mengirim. Pekerjaan Anda tetap aman.")
            )
        elif not outcome.online:
            self.sync_message.setText(
                self.tr("Server tidak terjangkau; pekerjaan menunggu dan dikirim otomatis nanti.")
            )
        elif outcome.attention:
            self.sync_message.setText(self.tr("%n tindakan perlu perhatian", "", outcome.attention))
        else:
            self.sync_message.setText(outcome.message or "")
        if not self.model.rowCount():
            self.model.refresh()
            self._refresh_map()
        elif outcome.changed_ids or outcome.removed_ids:
            # Only the rows that changed are redrawn; a reset only when the set or
            # the order of the list changed.
            self.model.update_rows(outcome.changed_ids, outcome.removed_ids)
            self._refresh_map()
        if self._selected_id is not None and (
            self._selected_id in outcome.changed_ids or outcome.pushed
        ):
            self.load_detail(self._selected_id)
        if self.current_view() == "attention":
            self.attention_page.refresh()
        self.update_status_bar()
        self._notify(outcome)

    def _notify(self, outcome: SyncOutcome) -> None:
        messages: list[tuple[str, str]] = []
        if outcome.new_assigned:
            messages.append(
                (
                    self.tr("Laporan baru untuk Anda"),
                    self.tr("%n laporan baru: ", "", len(outcome.new_assigned))
                    + ", ".join(outcome.new_assigned[:5]),
                )
            )
        if outcome.due_soon:
            messages.append(
                (
                    self.tr("Tenggat segera"),
                    self.tr(
                        "%n laporan bertenggat dalam %1 jam: ", "", len(outcome.due_soon)
                    ).replace("%1", str(self.deadline_warning_hours))
                    + ", ".join(outcome.due_soon[:5]),
                )
            )
        for title, text in messages:
            self.notifications.append((title, text))
            if self.tray is not None:
                self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def update_status_bar(self) -> None:
        online = self.sync.online
        if online is None:
            self.online_label.setText(self.tr("● belum tersambung"))
            self.online_label.setStyleSheet("color: palette(mid);")
        elif online:
            self.online_label.setText(self.tr("● daring"))
            self.online_label.setStyleSheet(f"color: {style.OK_COLOUR}; font-weight: 600;")
        else:
            self.online_label.setText(self.tr("○ luring"))
            self.online_label.setStyleSheet(f"color: {style.OVERDUE_COLOUR}; font-weight: 600;")
        now = datetime.now(UTC)
        self.last_sync_label.setText(
            self.tr("sinkron %1").replace("%1", style.describe_ago(self.sync.last_success, now))
        )
        if self.locked:
            return  # the profile is closed while locked
        summary = self.services.outbox_summary()
        self.waiting_count = summary.waiting
        self.waiting_label.setText(self.tr("%n menunggu dikirim", "", summary.waiting))
        self.waiting_label.setStyleSheet(
            f"color: {style.CLOSE_COLOUR}; font-weight: 600;" if summary.waiting else ""
        )
        self.attention_label.setVisible(summary.attention > 0)
        self.attention_label.setText(self.tr("%n perlu perhatian", "", summary.attention))
        self.attention_label.setStyleSheet(f"color: {style.OVERDUE_COLOUR}; font-weight: 600;")

    # --- lock ----------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.outer.currentWidget() is self.lock_page

    def lock(self) -> None:
        """Cover the window and close the profile (keys dropped) until the password is typed."""
        if self.locked:
            return
        self._cover()
        self.lock_page.prepare(self.officer.name)
        self.locked_changed.emit(True)
        close_profile = getattr(self.services, "lock", None)
        if callable(close_profile):
            # Waits for a cancelled sync cycle to end: off the GUI thread.
            run_in_worker(lambda _ctx: close_profile(), name="lock-profile", lane="write")

    def _cover(self) -> None:
        for dialog in self.findChildren(ActionDialog):
            dialog.reject()  # their content stays on screen otherwise
        self.sync.stop()
        self._status_tick.stop()
        self.outer.setCurrentWidget(self.lock_page)
        self.filter_bar.setEnabled(False)
        self._update_action_state()

    def unlock(self) -> None:
        self.outer.setCurrentIndex(0)
        self.filter_bar.setEnabled(True)
        self.idle.reset()
        self.sync.set_auto_minutes(self._auto_sync_minutes)
        self._status_tick.start(30_000)
        self._update_action_state()
        self.update_status_bar()
        self.model.refresh()
        self.locked_changed.emit(False)

    def sign_out(self) -> None:
        """Sign-out ("Keluar"): forget the saved token, close the profile, show sign-in."""
        if self.has_signed_out:
            return
        self.has_signed_out = True
        self._cover()
        self.lock_page.prepare(self.officer.name)
        self.sign_out_action.setEnabled(False)
        end_session = getattr(self.services, "sign_out", None)

        def done(_result: object = None) -> None:
            self.signed_out.emit()
            self.close()

        def failed(exc: BaseException) -> None:
            report_exception(exc)
            done()

        if callable(end_session):
            run_in_worker(
                lambda _ctx: end_session(),
                on_success=done,
                on_failure=failed,
                name="sign-out",
                lane="write",
            )
        else:
            done()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.idle.watch(self.windowHandle())  # input to this window counts as activity

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.sync.stop()
        self.idle.stop()
        self._status_tick.stop()
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)

    def index_of(self, row: int, col: int = COL_NUMBER) -> QModelIndex:
        return self.model.index(row, col)


__all__ = ["COL_PENDING", "MainWindow"]
