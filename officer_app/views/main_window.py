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

import dataclasses
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from crm_shared.domain import ActionType, DomainError, allowed_actions
from officer_app.store.records import ChangeSet
from officer_app.views import style
from officer_app.views.about import AboutDialog
from officer_app.views.attention import AttentionPage
from officer_app.views.changes import ChangeBus, run_local_op
from officer_app.views.detail import ReportDetailPanel
from officer_app.views.dialogs import (
    ActionDialog,
    domain_message,
)
from officer_app.views.extra_pages import make_page
from officer_app.views.navigation import entries_for, nav_title
from officer_app.views.report_actions import action_dialog, make_report_actions
from officer_app.views.report_list.filter_bar import FilterBar
from officer_app.views.report_list.model import (
    COL_KELURAHAN,
    COL_NUMBER,
    COL_PENDING,
    ListQuery,
    ReportIdRole,
    ReportListModel,
)
from officer_app.views.report_list.table import ReportTable
from officer_app.views.roles import KeyRole
from officer_app.views.services import (
    Choice,
    ReportDetail,
    Services,
    SyncOutcome,
    SyncProgress,
)
from officer_app.views.signin import IdleWatcher, LockPage
from officer_app.views.status_bar import SyncStatusBar
from officer_app.views.sync_controller import SyncController
from officer_app.workers import report_exception, run_in_worker

if TYPE_CHECKING:
    from officer_app.settings import Settings

log = logging.getLogger(__name__)


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
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        # The typed settings (machine config applied), read by pages such as the desk's.
        self.settings = settings
        self._auto_sync_minutes = auto_sync_minutes
        self.has_signed_out = False
        self.wants_training = False  # "Mode latihan": gui_main restarts into training
        self.map_view: Any = None  # MapView, created when the map page is first shown
        self._map_data_dir = map_data_dir
        self.data_dir = map_data_dir  # the boundary data (None: found at run time)
        # Every local write and every sync cycle says here what it changed.
        self.change_bus = ChangeBus(self)
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
        self._root_layout = rl
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
        menu.addAction(self.training_action)
        menu.addAction(self.about_action)
        self.filter_bar.menu_button.setMenu(menu)
        self.model.refreshed.connect(self._list_refreshed)
        self.sync.started.connect(self._sync_started)
        self.sync.progress.connect(self.status.sync_progress)
        self.sync.progress.connect(self._sync_progress)
        self.sync.finished.connect(self._sync_finished)
        self.change_bus.changed.connect(self.on_changes)
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
        actions = make_report_actions(self, self.start_action)
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
        self.training_action = QAction(style.icon("school-outline"), self.tr("Mode latihan…"), self)
        self.training_action.setToolTip(
            self.tr("Berlatih dengan data contoh, terpisah dari data dan server sebenarnya")
        )
        self.training_action.triggered.connect(self.ask_training)
        self.about_action = QAction(style.icon("information-outline"), self.tr("Tentang"), self)
        self.about_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.about_action.setToolTip(self.tr("Tentang aplikasi (F1)"))
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.about_action)
        return actions

    def _build_pages(self) -> None:
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigasi"))
        self.nav.setMaximumWidth(220)
        self.nav.setIconSize(self.nav.iconSize() * 1.3)
        self.pages = QStackedWidget()
        self.page_keys: list[str] = []
        self.page_for: dict[str, QWidget] = {}

        # Reports: list + detail.
        self.table = ReportTable(self.model)
        self.table.setAccessibleName(self.tr("Daftar laporan"))
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
        # No list on this page: say what to do here (issue 20, point 7).
        self.map_detail.empty.setText(
            self.tr(
                "Klik titik laporan di peta untuk melihat rinciannya di sini. Angka dalam "
                "lingkaran: klik untuk memperbesar peta."
            )
        )
        self.map_page.addWidget(self.map_holder)
        self.map_page.addWidget(self.map_detail)
        self.map_page.setStretchFactor(0, 1)
        self.map_page.setSizes([820, 400])

        self.attention_page = AttentionPage(self)

        built: dict[str, QWidget] = {
            "reports": self.report_split,
            "map": self.map_page,
            "attention": self.attention_page,
        }
        for entry in entries_for(self.officer.role):
            page = built.get(entry.key) or make_page(entry.key, self)
            self.pages.addWidget(page)
            item = QListWidgetItem(style.icon(entry.icon), nav_title(entry.key))
            item.setData(KeyRole, entry.key)
            self.nav.addItem(item)
            self.page_keys.append(entry.key)
            self.page_for[entry.key] = page
        # Wide enough for its longest name ("Log aud", "Perlu p" at 125 % scaling).
        longest = max(
            self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text())
            for i in range(self.nav.count())
        )
        self.nav.setMinimumWidth(longest + self.nav.iconSize().width() + 36)
        self.nav.currentRowChanged.connect(self._nav_changed)

    def _build_status_bar(self) -> None:
        self.status = SyncStatusBar(self.statusBar(), self.officer)
        # The widgets by name, for the pages and tests that read them.
        self.online_label = self.status.online_label
        self.waiting_label = self.status.waiting_label
        self.sync_message = self.status.sync_message
        self.progress = self.status.progress

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
        from officer_app.views import map_settings

        try:
            data_dir = find_data_dir(self._map_data_dir)
        except Exception:  # noqa: BLE001 - a broken data dir must not cost the window
            log.warning("map: boundary data directory unusable", exc_info=True)
            data_dir = None
        view: Any
        if map_settings.map_mode(QGuiApplication.platformName()) == "separate":
            # QtWebEngine in a process of its own: this one stays lean (issue 22).
            from officer_app.views.map_remote import RemoteMapView

            view = RemoteMapView(self.map_holder, data_dir=data_dir, cache_dir=self._map_cache_dir)
        else:
            from officer_app.views.map_view import MapView

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

    def _fit_list_columns(self) -> None:
        """Columns that say nothing step aside for the category (1366x768): the
        kelurahan when the unit has one kelurahan or the filter names one, "Kirim"
        when nothing waits to be sent (issue 20)."""
        one_place = self.filter_bar.kelurahan_count() <= 1 or bool(
            self.filter_bar.kelurahan.currentData()
        )
        self.table.show_column(COL_KELURAHAN, not one_place)
        waiting = self.status.waiting or self.status.needs_attention
        self.table.show_column(COL_PENDING, bool(waiting))

    def _filters_changed(self) -> None:
        self._fit_list_columns()
        query = self.filter_bar.query(self._base_query)
        if query == self.model.query and self.model.rowCount() and not self.model.loading:
            return
        self.model.set_query(query)
        self.query_changed.emit(query)

    def _list_refreshed(self, count: int) -> None:
        self.count_label.setText(self.tr("%n laporan", "", count))
        self.table.show_empty_hint("" if count else self._empty_hint(self.model.query))
        self.detail.empty.setText(self.detail.select_hint)
        if not count and self.sync.running:
            self._show_first_sync(None)  # still the first sync: say so, not "press Sync"
        # Keep the selection on the same report when it is still in the list.
        if self._selected_id is not None:
            row = self.model.row_of(self._selected_id)
            if row is not None:
                self.table.selectRow(row)
                return
        if self._selected_id is not None:
            self._show_detail(None)

    def _empty_hint(self, query: ListQuery) -> str:
        """What to do when the list is empty, for what was asked."""
        if query.text.strip():
            return self.tr(
                "Tidak ada laporan yang cocok dengan “%1”. Periksa ejaan, cari dengan nomor "
                "laporan atau ujungnya (mis. 0013), atau kosongkan filter lain."
            ).replace("%1", query.text.strip())
        base = self._base_query
        if dataclasses.replace(query, sort=base.sort, descending=base.descending) != base:
            return self.tr(
                "Tidak ada laporan dengan filter ini. Ubah atau kosongkan filter untuk "
                "melihat laporan lain."
            )
        return self.tr(
            "Belum ada laporan di komputer ini. Tekan Sinkronkan untuk mengambil laporan "
            "dari server."
        )

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
        position = self.services.report_source.position
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
            run_local_op(
                self.change_bus,
                lambda: services.act(report_id, kind, payload),
                initiator=self,
                on_success=lambda _changes: done(),
                on_failure=fail,
                name=f"act-{kind.value}",
            )

        return submit

    def make_dialog(self, kind: ActionType) -> ActionDialog | None:
        """The dialog for an action on the shown report (None: no dialog needed)."""
        detail = self.current_detail
        if detail is None:
            return None
        submit = self._submitter(detail.id, kind)
        return action_dialog(kind, detail, self.services, self.officer, submit, self)

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

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """A local write or a sync cycle changed reports: redraw those rows only.

        The list is reset only when the set or the order of its rows changed
        (``update_rows`` decides), so its selection and scroll position stay.
        """
        if not self.model.rowCount():
            self.model.refresh()
            self._refresh_map()
        elif changes:
            self.model.update_rows(changes.changed.keys(), changes.removed)
            self._refresh_map()
        if self._selected_id is not None and (
            self._selected_id in changes.changed or self._selected_id in changes.removed
        ):
            self.load_detail(self._selected_id)
        if initiator is self.sync:
            self._refresh_filter_choices()
        self.update_status_bar()

    def _refresh_filter_choices(self) -> None:
        """After a sync cycle: the categories (reference data, the first sync brings
        them) and the kelurahan of the reports in scope may be new to the filters."""
        services = self.services

        def work(_ctx: object) -> tuple[list[Choice], list[Choice]]:
            return list(services.categories()), list(services.kelurahan())

        def landed(result: tuple[list[Choice], list[Choice]]) -> None:
            self.filter_bar.set_choices(*result)
            self._fit_list_columns()

        self._choices_task = run_in_worker(
            work, on_success=landed, name="filter-choices", owner=self
        )

    def _open_from_attention(self, report_id: str) -> None:
        self.open_view("reports")
        self.select_report(report_id)

    # --- sync and status bar --------------------------------------------------------

    def _sync_started(self) -> None:
        self.sync_action.setEnabled(False)
        self.status.sync_started()
        self._show_first_sync(None)

    def _sync_progress(self, p: SyncProgress) -> None:
        self._show_first_sync(p)

    def _show_first_sync(self, p: SyncProgress | None) -> None:
        """While a sync fills an empty profile, the empty list and the empty detail say
        so, and how far it is (issue 20: the first sync showed a blank table)."""
        first = self.sync.last_success is None  # this profile never finished a sync
        if not first or self.model.rowCount() or self.model.loading or self._filtering():
            return
        if p is not None and p.phase == "pull" and p.total:
            far = self.status.pull_text(p)
        else:
            far = self.tr("Menghubungi server…")
        self.table.show_empty_hint(
            self.tr(
                "Sinkronisasi pertama sedang berjalan: laporan unit Anda diunduh dari server.\n"
                "%1\nDaftar terisi sendiri sesudahnya; Anda tidak perlu menekan apa pun."
            ).replace("%1", far)
        )
        self.detail.empty.setText(
            self.tr("Laporan muncul di daftar setelah sinkronisasi pertama selesai.")
        )

    def _filtering(self) -> bool:
        """Whether a filter or a search narrows the list."""
        query = self.model.query
        base = self._base_query
        return dataclasses.replace(query, sort=base.sort, descending=base.descending) != base

    def _sync_finished(self, outcome: SyncOutcome) -> None:
        self.sync_action.setEnabled(True)
        self.status.sync_finished(outcome)
        # The list, the detail and every page redraw what the cycle changed.
        self.change_bus.publish(outcome.changes, self.sync)  # ends with the status bar
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
        self.status.show_connection(self.sync.online, self.sync.last_success)
        if self.locked:
            return  # the profile is closed while locked
        self.status.show_outbox(self.services.outbox_summary())
        self._fit_list_columns()

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
        services = self.services
        # Waits for a cancelled sync cycle to end: off the GUI thread.
        run_in_worker(lambda _ctx: services.lock(), name="lock-profile", lane="write")

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
        services = self.services

        def done(_result: object = None) -> None:
            self.signed_out.emit()
            self.close()

        def failed(exc: BaseException) -> None:
            report_exception(exc)
            done()

        run_in_worker(
            lambda _ctx: services.sign_out(),
            on_success=done,
            on_failure=failed,
            name="sign-out",
            lane="write",
        )

    def show_banner(self, banner: QWidget) -> None:
        """A strip above the filter bar, e.g. training mode's "LATIHAN" banner."""
        self._root_layout.insertWidget(0, banner)

    def ask_training(self) -> bool:
        """The menu's "Mode latihan": after a yes, close this session (gui_main trains)."""
        answer = QMessageBox.question(
            self,
            self.tr("Mode latihan"),
            self.tr(
                "Mulai mode latihan? Jendela ini ditutup dan dibuka lagi dengan data "
                "latihan dan server latihan di komputer ini. Data dan server sebenarnya "
                "tidak tersentuh. Setelah latihan aplikasi ditutup; buka lagi untuk "
                "bekerja seperti biasa."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.wants_training = True
        self.close()
        return True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.idle.watch(self.windowHandle())  # input to this window counts as activity

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.sync.stop()
        self.idle.stop()
        self._status_tick.stop()
        if self.tray is not None:
            self.tray.hide()
        shutdown = getattr(self.map_view, "shutdown", None)
        if shutdown is not None:
            shutdown()  # the map process (issue 22) ends with the window
        super().closeEvent(event)

    def index_of(self, row: int, col: int = COL_NUMBER) -> QModelIndex:
        return self.model.index(row, col)


__all__ = ["COL_PENDING", "MainWindow"]
