"""Antrian unit (supervisor): the unit's and sub-units' reports with their deadlines.

    +----------------------------------------------------------------------+
    | Lewat tenggat (n)               | Hampir lewat (n)                   |
    +----------------------------------------------------------------------+
    | [kelompok: status v] [unit v] [petugas v] [status v] [cari...]       |
    | tree: group -> reports (multi-select)     | beban kerja per petugas  |
    | [Alihkan] [Teruskan] [Disposisi] [Tolak] [Duplikat] [Prioritas]      |
    +----------------------------------------------------------------------+

Every decision is recorded locally (one transaction for a whole selection,
``store.bulk_actions``) and sent at the next sync; the server decides conflicts.
Loading and recording run in workers: the window never waits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_shared.domain import CLOSED_STATUSES, ActionType, DomainError, Priority, Status
from officer_app.store.bulk_actions import BulkOutcome
from officer_app.store.records import ChangeSet
from officer_app.store.unit_queue import QueueData, QueueRow
from officer_app.store.workload import OfficerLoad, suggest
from officer_app.views import keyboard, style
from officer_app.views.changes import run_local_op
from officer_app.views.dialogs import (
    domain_message,
    suggested_text,
    suggested_unit,
    suggested_unit_note,
)
from officer_app.views.flow_layout import FlowLayout
from officer_app.views.page import Page, PageHost
from officer_app.views.report_list.filter_bar import fit_combo
from officer_app.views.roles import ReportIdRole
from officer_app.views.supervisor.common import DecisionDialog, Option
from officer_app.views.texts import short_unit_name
from officer_app.workers import run_in_worker

# What the queue shows of a report: a change to another field leaves it as it is.
QUEUE_FIELDS = frozenset(
    {"*", "in_scope", "status", "unit_id", "assignee_id", "priority", "category_id", "number"}
    | {"first_response_at", "followup_at", "estimated_completion", "landed_at", "due_at"}
)


# The workload table's short titles, said in full in their tooltips.
WORKLOAD_TIPS = (
    QT_TRANSLATE_NOOP("UnitQueuePage", "Petugas lapangan"),
    QT_TRANSLATE_NOOP("UnitQueuePage", "Laporan terbuka"),
    QT_TRANSLATE_NOOP("UnitQueuePage", "Laporan lewat tenggat"),
    QT_TRANSLATE_NOOP("UnitQueuePage", "Median waktu respons (jam)"),
    QT_TRANSLATE_NOOP("UnitQueuePage", "Median waktu sampai tindak lanjut (jam)"),
    QT_TRANSLATE_NOOP("UnitQueuePage", "Tindak lanjut minggu ini"),
    QT_TRANSLATE_NOOP("UnitQueuePage", "Tindak lanjut bulan ini"),
)

# The workload columns that step aside first when the box is narrow.
WORKLOAD_OPTIONAL = (6, 5, 4, 3)

# Column titles, translated in UnitQueuePage (QT_TRANSLATE_NOOP marks them for lupdate).
COLUMNS = (
    QT_TRANSLATE_NOOP("UnitQueuePage", "Nomor"),
    QT_TRANSLATE_NOOP("UnitQueuePage", "Kategori"),
    QT_TRANSLATE_NOOP("UnitQueuePage", "Unit"),
    QT_TRANSLATE_NOOP("UnitQueuePage", "Petugas"),
    QT_TRANSLATE_NOOP("UnitQueuePage", "Status"),
    QT_TRANSLATE_NOOP("UnitQueuePage", "Prioritas"),
    QT_TRANSLATE_NOOP("UnitQueuePage", "Tenggat"),
)


class UnitQueuePage(Page):
    """The supervisor's queue of the unit and its sub-units."""

    loaded = Signal()
    recorded = Signal(int)  # how many actions were queued

    def __init__(self, host: PageHost) -> None:
        super().__init__(host)
        self.data = QueueData()
        self._generation = 0
        self.reads = 0  # how many times the queue was read (tests: no needless reload)

        # Urgent lists at the top.
        self.overdue_list = QListWidget()
        self.near_list = QListWidget()
        self.overdue_list.setAccessibleName(self.tr("Lewat tenggat"))
        self.near_list.setAccessibleName(self.tr("Hampir lewat tenggat"))
        for lst in (self.overdue_list, self.near_list):
            lst.setMaximumHeight(130)
            lst.itemActivated.connect(self._select_from_list)
            lst.itemClicked.connect(self._select_from_list)
        self.overdue_box = QGroupBox(self.tr("Lewat tenggat"))
        QVBoxLayout(self.overdue_box).addWidget(self.overdue_list)
        self.near_box = QGroupBox(self.tr("Hampir lewat (sisa < 1/4 waktu)"))
        QVBoxLayout(self.near_box).addWidget(self.near_list)
        top = QHBoxLayout()
        top.addWidget(self.overdue_box)
        top.addWidget(self.near_box)

        # Filters.
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("Kelompokkan per status"), "status")
        self.group_by.addItem(self.tr("Kelompokkan per petugas"), "officer")
        self.unit_filter = QComboBox()
        self.officer_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Semua yang terbuka"), "open")
        self.status_filter.addItem(self.tr("Semua status"), None)
        for status in Status:
            self.status_filter.addItem(
                style.status_icon(status), style.status_text(status), status.value
            )
        self.group_by.setAccessibleName(self.tr("Kelompokkan"))
        self.unit_filter.setAccessibleName(self.tr("Saring unit"))
        self.officer_filter.setAccessibleName(self.tr("Saring petugas"))
        self.status_filter.setAccessibleName(self.tr("Saring status"))
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Cari di antrean"))
        self.search.setPlaceholderText(self.tr("Cari nomor atau kategori…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._fill_tree)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.group_by, self.unit_filter, self.officer_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self._fill_tree())
        for combo, letters in (
            (self.group_by, 20),
            (self.unit_filter, 16),
            (self.officer_filter, 14),
            (self.status_filter, 17),
        ):
            fit_combo(combo, letters)
        self.search.setMinimumWidth(140)
        filters = QHBoxLayout()
        for w in (
            self.group_by,
            self.unit_filter,
            self.officer_filter,
            self.status_filter,
            self.search,
        ):
            filters.addWidget(w)

        # The queue and the workload.
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Antrean unit"))
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The report number is what people read out: never elided.
        for col in (0, 4, 5, 6):  # number, status, priority, deadline: read in full
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(60)
        # "Kelurahan Pe…" could not tell Petojo Utara from Petojo Selatan: unit names
        # are shortened ("Kel. Petojo Utara", the whole name in the tooltip) and
        # their column is as wide as the longest; the category takes what is left.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # An officer's name: a few words' room (the whole name in the tooltip), so the
        # category keeps its share at 125 % scaling.
        header.resizeSection(3, self.tree.fontMetrics().averageCharWidth() * 16)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(self._open_report)
        keyboard.tab_leaves(self.tree)
        keyboard.enter_opens(self.tree, self._open_current_report)
        self.workload_table = QTableWidget(0, 7)
        self.workload_table.setAccessibleName(self.tr("Beban kerja petugas"))
        keyboard.tab_leaves(self.workload_table)
        self.workload_table.setHorizontalHeaderLabels(
            [
                self.tr("Petugas"),
                self.tr("Terbuka"),
                self.tr("Lewat"),
                self.tr("Respons"),
                self.tr("TL"),
                self.tr("Mgg"),
                self.tr("Bln"),
            ]
        )
        self.workload_table.verticalHeader().setVisible(False)
        self.workload_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        load_header = self.workload_table.horizontalHeader()
        load_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        load_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.workload_table.setWordWrap(False)
        # The table fits its box: short column titles (the whole title in a tooltip)
        # and compact rows instead of a horizontal scroll bar over cut columns.
        for col, tip in enumerate(WORKLOAD_TIPS):
            item = self.workload_table.horizontalHeaderItem(col)
            if item is not None:
                item.setToolTip(self.tr(str(tip)))
        self.workload_table.verticalHeader().setDefaultSectionSize(
            self.workload_table.fontMetrics().height() + 8
        )
        self.workload_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.workload_table.installEventFilter(self)  # narrower: fewer columns (_fit_workload)
        self.suggestion = QLabel()
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)  # officers' names: from the server
        self.suggestion.setWordWrap(True)
        load_box = QGroupBox(self.tr("Beban kerja petugas"))
        lb = QVBoxLayout(load_box)
        lb.addWidget(self.workload_table)
        lb.addWidget(self.suggestion)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(load_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([800, 440])

        # Decisions.
        self.buttons: dict[ActionType, QPushButton] = {}
        # The buttons wrap onto a second line rather than widen the window.
        actions_box = QWidget()
        actions = FlowLayout(actions_box)
        actions.setContentsMargins(0, 0, 0, 0)
        for kind in (
            ActionType.REASSIGN,
            ActionType.FORWARD,
            ActionType.DISPOSE,
            ActionType.REJECT,
            ActionType.MARK_DUPLICATE,
            ActionType.SET_PRIORITY,
        ):
            button = QPushButton(style.icon(style.ACTION_ICONS.get(kind, "pencil")), "")
            button.setText(style.action_text(kind))
            button.clicked.connect(lambda _c=False, k=kind: self.start(k))
            button.setEnabled(False)
            self.buttons[kind] = button
            actions.addWidget(button)
        self.selection_label = QLabel()
        actions.addWidget(self.selection_label)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(actions_box)
        self.refresh()

    # --- loading ------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """Reload when a report of the queue (or one new to it) changed what it shows."""
        known = {r.id for r in self.data.rows}
        if changes.removed & known or any(
            fields & QUEUE_FIELDS for fields in changes.changed.values()
        ):
            self.refresh_when_visible()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.reads += 1
        services = self.services
        run_in_worker(
            lambda _ctx: services.unit_queue(),
            on_success=lambda data: self._loaded(generation, data),
            name="unit-queue",
            owner=self,
        )

    def _loaded(self, generation: int, data: QueueData) -> None:
        if generation != self._generation:
            return
        self.data = data
        self._fill_filters()
        self._fill_urgent()
        self._fill_tree()
        self._fill_workload()
        self.loaded.emit()

    def _fill_filters(self) -> None:
        for combo, everything, items in (
            (
                self.unit_filter,
                self.tr("Semua unit"),
                sorted({(r.unit_id, r.unit) for r in self.data.rows}, key=lambda x: x[1]),
            ),
            (
                self.officer_filter,
                self.tr("Semua petugas"),
                sorted(
                    {
                        (r.assignee_id or "", r.assignee or self.tr("(belum ditugaskan)"))
                        for r in self.data.rows
                    },
                    key=lambda x: x[1],
                ),
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, text in items:
                combo.addItem(text, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def _fill_urgent(self) -> None:
        now = self.data.now
        open_rows = [r for r in self.data.rows if r.status not in CLOSED_STATUSES]
        for lst, box, kind, title in (
            (self.overdue_list, self.overdue_box, "overdue", self.tr("Lewat tenggat")),
            (self.near_list, self.near_box, "near", self.tr("Hampir lewat (sisa < 1/4 waktu)")),
        ):
            lst.clear()
            rows = [r for r in open_rows if r.urgency(now) == kind]
            box.setTitle(f"{title} ({len(rows)})")
            for r in rows:
                assert r.due is not None
                item = QListWidgetItem(
                    f"{r.number} · {r.category} · {short_unit_name(r.unit)}"
                    f" · {style.describe_left(r.due - now)}"
                )
                item.setData(ReportIdRole, r.id)
                item.setForeground(
                    QBrush(
                        QColor(style.OVERDUE_COLOUR if kind == "overdue" else style.CLOSE_COLOUR)
                    )
                )
                lst.addItem(item)

    def visible_rows(self) -> list[QueueRow]:
        status = self.status_filter.currentData()
        unit = self.unit_filter.currentData()
        officer = self.officer_filter.currentData()
        text = self.search.text().strip().lower()
        out = []
        for r in self.data.rows:
            if status == "open" and r.status in CLOSED_STATUSES:
                continue
            if status not in (None, "open") and r.status.value != status:
                continue
            if unit is not None and r.unit_id != unit:
                continue
            if officer is not None and (r.assignee_id or "") != officer:
                continue
            if text and text not in r.number.lower() and text not in r.category.lower():
                continue
            out.append(r)
        return out

    def _fill_tree(self) -> None:
        selected = set(self.selected_ids())
        self.tree.clear()
        now = self.data.now
        by_officer = self.group_by.currentData() == "officer"
        groups: dict[str, list[QueueRow]] = {}
        for r in self.visible_rows():
            key = (r.assignee or self.tr("(belum ditugaskan)")) if by_officer else r.status.value
            groups.setdefault(key, []).append(r)
        order = sorted(groups) if by_officer else [s.value for s in Status if s.value in groups]
        # A column that says the same on every row ("Normal") gives its room to the
        # category (125 % scaling); it comes back as soon as one row differs.
        priorities = {r.priority for rows in groups.values() for r in rows}
        self.tree.setColumnHidden(5, priorities <= {Priority.NORMAL.value})
        # Nor does a column repeat what its group's title says (status, or officer).
        self.tree.setColumnHidden(4, not by_officer)
        self.tree.setColumnHidden(3, by_officer)
        for key in order:
            rows = groups[key]
            title = key if by_officer else style.status_text(Status(key))
            group = QTreeWidgetItem([f"{title} ({len(rows)})"])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            if not by_officer:
                group.setIcon(0, style.status_icon(Status(key)))
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # the group's title is never cut short
            for r in rows:
                due = style.describe_left(r.due - now) if r.due is not None else "—"
                item = QTreeWidgetItem(
                    [
                        r.number,
                        r.category,
                        short_unit_name(r.unit),
                        r.assignee or "—",
                        style.status_text(r.status),
                        self.priority_text(r.priority),
                        due,
                    ]
                )
                item.setData(0, ReportIdRole, r.id)
                item.setToolTip(1, r.category)
                item.setToolTip(2, r.unit)
                item.setToolTip(3, r.assignee or "")
                item.setIcon(4, style.status_icon(r.status))
                urgency = r.urgency(now)
                if urgency:
                    colour = style.OVERDUE_COLOUR if urgency == "overdue" else style.CLOSE_COLOUR
                    item.setForeground(6, QBrush(QColor(colour)))
                group.addChild(item)
                if r.id in selected:
                    item.setSelected(True)
            group.setExpanded(True)
        self._selection_changed()

    def priority_text(self, priority: str) -> str:
        return {
            Priority.NORMAL.value: self.tr("Normal"),
            Priority.TINGGI.value: self.tr("Tinggi"),
            Priority.MENDESAK.value: self.tr("Mendesak"),
        }.get(priority, priority)

    def _fill_workload(self) -> None:
        loads = self.data.loads
        self.workload_table.setRowCount(len(loads))
        for i, w in enumerate(loads):
            values = [
                w.name,
                w.open,
                w.overdue,
                _hours(w.median_response_hours),
                _hours(w.median_followup_hours),
                w.done_this_week,
                w.done_this_month,
            ]
            for col, value in enumerate(values):
                cell = QTableWidgetItem(str(value))
                if col == 0:  # the whole row, for the columns a narrow table hides
                    cell.setToolTip(
                        "\n".join(
                            [w.name]
                            + [
                                f"{self.tr(str(WORKLOAD_TIPS[c]))}: {v}"
                                for c, v in enumerate(values)
                                if c
                            ]
                        )
                    )
                if col:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.workload_table.setItem(i, col, cell)
        self._show_least_loaded()
        self._fit_workload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.workload_table and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit_workload)
        return super().eventFilter(watched, event)

    def _fit_workload(self) -> None:
        """The officer's name stays readable: when the box is narrow (125 % scaling) the
        monthly, weekly and follow-up columns step aside (their values stay in the
        name's tooltip) instead of being cut at the right edge."""
        table = self.workload_table
        header = table.horizontalHeader()
        for col in WORKLOAD_OPTIONAL:
            table.setColumnHidden(col, False)
        room = table.viewport().width() - table.fontMetrics().averageCharWidth() * 14

        def used() -> int:
            return sum(
                header.sectionSize(c)
                for c in range(1, table.columnCount())
                if not table.isColumnHidden(c)
            )

        for col in WORKLOAD_OPTIONAL:
            if used() <= room:
                break
            table.setColumnHidden(col, True)

    def least_loaded(self) -> OfficerLoad | None:
        """Who has the most room for the selected reports: an officer of their unit
        (a reassignment stays in the report's unit), or of any unit when nothing or
        reports of several units are selected. The reassign dialog offers the same."""
        units = {r.unit_id for r in self.selected_rows()}
        unit = next(iter(units)) if len(units) == 1 else None
        return suggest(self.data.loads, unit)

    def _show_least_loaded(self) -> None:
        best = self.least_loaded()
        if best is None:
            self.suggestion.setText("")
            return
        unit = next((n for u, n, _k in self.data.units if u == best.unit_id), best.unit_id)
        self.suggestion.setText(
            self.tr("Paling lowong: %1 (%4; %2 terbuka, %3 lewat tenggat)")
            .replace("%1", best.name)
            .replace("%2", str(best.open))
            .replace("%3", str(best.overdue))
            .replace("%4", short_unit_name(unit))
        )

    # --- selection ----------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        out = []
        for item in self.tree.selectedItems():
            rid = item.data(0, ReportIdRole)
            if isinstance(rid, str):
                out.append(rid)
        return out

    def select_ids(self, ids: Sequence[str]) -> None:
        wanted = set(ids)
        self.tree.clearSelection()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is None:
                continue
            for j in range(group.childCount()):
                child = group.child(j)
                if child is not None and child.data(0, ReportIdRole) in wanted:
                    child.setSelected(True)

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        self.selection_label.setText(self.tr("%n laporan dipilih", "", len(rows)))
        self._show_least_loaded()
        for kind, button in self.buttons.items():
            if kind is ActionType.MARK_DUPLICATE:
                button.setEnabled(len(rows) == 1)
            else:
                button.setEnabled(bool(rows))

    def selected_rows(self) -> list[QueueRow]:
        ids = set(self.selected_ids())
        return [r for r in self.data.rows if r.id in ids]

    def _select_from_list(self, item: QListWidgetItem) -> None:
        rid = item.data(ReportIdRole)
        if isinstance(rid, str):
            self.status_filter.setCurrentIndex(0)
            self.select_ids([rid])

    def _open_current_report(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._open_report(item, 0)

    def _open_report(self, item: QTreeWidgetItem, _col: int) -> None:
        rid = item.data(0, ReportIdRole)
        if isinstance(rid, str):
            self.host.open_view("reports")
            self.host.select_report(rid)

    # --- decisions ----------------------------------------------------------------

    def make_dialog(self, kind: ActionType) -> DecisionDialog | None:
        rows = self.selected_rows()
        if not rows:
            return None
        numbers = ", ".join(r.number for r in rows[:6]) + ("…" if len(rows) > 6 else "")
        summary = self.tr("%n laporan: ", "", len(rows)) + numbers
        title = style.action_text(kind)
        if kind is ActionType.REASSIGN:
            units = {r.unit_id for r in rows}
            loads = [w for w in self.data.loads if w.unit_id in units]
            # The officer the workload panel names "Paling lowong" for this selection.
            best = self.least_loaded() if len(units) == 1 else None
            options = []
            for w in loads:
                text = (
                    self.tr("%1 — %2 terbuka, %3 lewat")
                    .replace("%1", w.name)
                    .replace("%2", str(w.open))
                    .replace("%3", str(w.overdue))
                )
                options.append(Option(w.officer_id, suggested_text(text) if w is best else text))
            if len(units) > 1:
                summary += "\n" + self.tr("Laporan dari beberapa unit: pilih per unit.")
            return DecisionDialog(
                title,
                summary,
                choice_label=self.tr("Petugas tujuan"),
                options=options,
                preselect=best.officer_id if best is not None else None,
                choice_note=(
                    self.tr("Paling lowong di unit ini sudah dipilih.") if best is not None else ""
                ),
                parent=self,
            )
        if kind in (ActionType.FORWARD, ActionType.DISPOSE):
            own = {r.unit_id for r in rows}
            if kind is ActionType.DISPOSE:
                targets = [
                    (u, n)
                    for u, n, k in self.data.units
                    if k == "sudin" and self.data.parent_of.get(u) in own
                ]
            else:
                targets = [(u, n) for u, n, _k in self.data.units if u not in own]
            # The category's usual agency, preselected and marked, as the officer's
            # forward dialog does (one category selected).
            categories = {r.category_id for r in rows}
            usual = (
                suggested_unit(self.services.categories(), next(iter(categories)))
                if len(categories) == 1
                else None
            )
            if usual not in {u for u, _n in targets}:
                usual = None
            options = [
                Option(u, suggested_text(n) if u == usual else n)
                for u, n in sorted(targets, key=lambda x: x[1])
            ]
            return DecisionDialog(
                title,
                summary,
                choice_label=self.tr("Unit tujuan"),
                options=options,
                preselect=usual,
                choice_note=suggested_unit_note() if usual is not None else "",
                parent=self,
            )
        if kind is ActionType.REJECT:
            return DecisionDialog(title, summary, parent=self)
        if kind is ActionType.MARK_DUPLICATE:
            return DecisionDialog(
                title,
                summary,
                text_label=self.tr("Nomor laporan asli"),
                reason_required=False,
                reason_label=self.tr("Catatan (boleh kosong)"),
                parent=self,
            )
        if kind is ActionType.SET_PRIORITY:
            return DecisionDialog(
                title,
                summary,
                choice_label=self.tr("Prioritas"),
                options=[
                    Option(Priority.NORMAL.value, self.tr("Normal")),
                    Option(Priority.TINGGI.value, self.tr("Tinggi")),
                    Option(Priority.MENDESAK.value, self.tr("Mendesak")),
                ],
                reason_required=False,
                reason_label=self.tr("Catatan (tidak dikirim)"),
                parent=self,
            )
        return None

    def payload_of(self, kind: ActionType, dialog: DecisionDialog) -> dict[str, Any]:
        if kind is ActionType.REASSIGN:
            return {"assignee_id": dialog.chosen(), "reason": dialog.reason_text()}
        if kind in (ActionType.FORWARD, ActionType.DISPOSE):
            return {"target_unit_id": dialog.chosen(), "reason": dialog.reason_text()}
        if kind is ActionType.REJECT:
            return {"reason": dialog.reason_text()}
        if kind is ActionType.MARK_DUPLICATE:
            return {"duplicate_of": dialog.text_value(), "reason": dialog.reason_text() or None}
        return {"priority": dialog.chosen()}

    def start(self, kind: ActionType) -> None:
        dialog = self.make_dialog(kind)
        if dialog is None:
            return
        ids = self.selected_ids()
        dialog.accepted.connect(lambda: self.submit(kind, ids, self.payload_of(kind, dialog)))
        dialog.open()

    def submit(
        self,
        kind: ActionType,
        ids: Sequence[str],
        payload: dict[str, Any],
        done: Callable[[int], None] | None = None,
    ) -> None:
        """Record ``kind`` on every report of ``ids`` (one local transaction)."""
        services = self.services
        report_ids = list(ids)

        def finished(outcome: BulkOutcome) -> None:
            # The bus has told every screen (this one too) what changed: the list
            # redraws those rows and this queue reloads, keeping its selection.
            count = len(outcome.action_ids)
            self.recorded.emit(count)
            if done is not None:
                done(count)

        run_local_op(
            self.host.change_bus,
            lambda: services.record_bulk(kind, report_ids, payload),
            initiator=self,
            on_success=finished,
            on_failure=self._failed,
            name=f"bulk-{kind.value}",
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        text = domain_message(exc) if isinstance(exc, DomainError) else self.tr("Gagal menyimpan.")
        if isinstance(exc, DomainError) and getattr(exc, "number", None):
            text = f"{exc.number}: {text}"  # type: ignore[attr-defined]
        self.last_error = text
        QMessageBox.warning(self, self.tr("Tindakan tidak tersimpan"), text)


def _hours(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"
