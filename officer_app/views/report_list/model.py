"""The report list: a table model over SQL queries, with a page cache.

Nothing here loads every report into Python. ``ReportListModel`` asks its
``ReportSource`` for the number of matching reports (in a worker) and then for
pages of ``PAGE_SIZE`` rows as the view scrolls (Anki's browser does the same
with its row cache). Sorting and filtering are SQL's job: ``sort()`` and
``set_query()`` change the query and refresh; there is no sort proxy, because a
proxy would sort only the rows already fetched.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from crm_shared.domain import Status
from officer_app.views import style
from officer_app.views.roles import ReportIdRole, ReportRole, SortRole
from officer_app.views.texts import date_time_text, place_without_prefix
from officer_app.workers import run_in_worker

log = logging.getLogger(__name__)

SortKey = Literal["urgency", "number", "category", "kelurahan", "status", "age", "deadline"]

PAGE_SIZE = 200
MAX_CACHED_PAGES = 64

COL_NUMBER = 0
COL_CATEGORY = 1
COL_KELURAHAN = 2
COL_STATUS = 3
COL_AGE = 4
COL_DEADLINE = 5
COL_PENDING = 6
COLUMN_COUNT = 7

# Sorting by a column: the SQL order it asks for.
COLUMN_SORT: dict[int, SortKey] = {
    COL_NUMBER: "number",
    COL_CATEGORY: "category",
    COL_KELURAHAN: "kelurahan",
    COL_STATUS: "status",
    COL_AGE: "age",
    COL_DEADLINE: "deadline",
    COL_PENDING: "urgency",
}


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: filters, search text and order (all done in SQL)."""

    text: str = ""
    statuses: tuple[Status, ...] = ()
    category_id: str | None = None
    kelurahan_code: str | None = None
    overdue_only: bool = False
    mine: bool = False  # assigned to the signed-in officer
    needs_attention: bool = False  # has outbox items in conflict/rejected
    open_only: bool = False
    sort: SortKey = "urgency"
    descending: bool = False


@dataclass(frozen=True)
class ReportRow:
    """One line of the list, ready to show (names already resolved)."""

    id: str
    number: str
    category: str
    kelurahan: str
    status: Status
    created_at: datetime
    due_at: datetime | None = None  # the next running deadline
    due_start: datetime | None = None  # when that deadline's clock started
    pending: int = 0  # outbox rows not yet confirmed by the server
    attention: bool = False  # an outbox row needs a person
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


class ReportSource(Protocol):
    """The store queries the list needs (``app.StoreReportSource`` runs them in SQL)."""

    def count(self, query: ListQuery) -> int: ...

    def page(self, query: ListQuery, offset: int, limit: int) -> Sequence[ReportRow]: ...

    def position(self, query: ListQuery, report_id: str) -> int | None: ...  # its row, or None


_ROOT = QModelIndex()


def _now() -> datetime:
    return datetime.now(UTC)


class ReportListModel(QAbstractTableModel):
    """Reports matching a ``ListQuery``, fetched page by page from SQL."""

    # Emitted after each refresh has landed (count of matching reports).
    refreshed = Signal(int)
    # Emitted after ``update_rows`` has landed: rows updated in place (dataChanged),
    # or -1 when the set or the order had changed and the model was reset instead.
    rows_updated = Signal(int)

    def __init__(self, source: ReportSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = ListQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[ReportRow]] = OrderedDict()
        self._generation = 0
        self.loading = False
        self.clock = _now
        # Age and time left move with the clock: repaint those columns each minute.
        self._tick = QTimer(self)
        self._tick.setInterval(60_000)
        self._tick.timeout.connect(self._time_passed)
        self._tick.start()

    # --- queries ---------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_source(self, source: ReportSource) -> None:
        self._source = source
        self.refresh()

    def set_query(self, query: ListQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self, *, background: bool = True) -> None:
        """Count again and drop the page cache (after a filter change or a sync)."""
        self._generation += 1
        generation = self._generation
        query = self._query
        source = self._source
        self.loading = True

        def work(_ctx: object) -> tuple[int, list[ReportRow]]:
            count = source.count(query)
            first = list(source.page(query, 0, PAGE_SIZE)) if count else []
            return count, first

        def landed(result: tuple[int, list[ReportRow]]) -> None:
            if generation != self._generation:
                return  # a newer refresh is on its way
            count, first = result
            self.beginResetModel()
            self._count = count
            self._pages.clear()
            if first:
                self._pages[0] = first
            self.endResetModel()
            self.loading = False
            self.refreshed.emit(count)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
            log.error("report query failed: %s", type(exc).__name__, exc_info=exc)

        if background:
            run_in_worker(
                work, on_success=landed, on_failure=failed, name="report-query", owner=self
            )
        else:
            landed(work(None))

    def update_rows(self, changed_ids: Collection[str], removed_ids: Collection[str] = ()) -> None:
        """Some reports changed (a sync's or a local action's change set).

        The pages already fetched are queried again in a worker. When the count
        and the ids of every fetched page are the same, only the rows that differ
        are replaced and announced with ``dataChanged`` (the view keeps its
        selection and scroll position); when the set or the order changed, the
        model is reset as ``refresh`` would.
        """
        if not changed_ids and not removed_ids:
            return
        if self.loading or not self._pages:
            self.refresh()
            return
        self._generation += 1
        generation = self._generation
        query = self._query
        source = self._source
        page_numbers = list(self._pages)

        def work(_ctx: object) -> tuple[int, dict[int, list[ReportRow]]]:
            count = source.count(query)
            pages = {
                n: list(source.page(query, n * PAGE_SIZE, PAGE_SIZE))
                for n in page_numbers
                if n * PAGE_SIZE < count
            }
            return count, pages

        def landed(result: tuple[int, dict[int, list[ReportRow]]]) -> None:
            if generation != self._generation:
                return
            count, pages = result
            same_set = count == self._count and all(
                [r.id for r in pages.get(n, [])] == [r.id for r in old]
                for n, old in self._pages.items()
            )
            if not same_set:
                self.beginResetModel()
                self._count = count
                self._pages = OrderedDict(sorted(pages.items()))
                self.endResetModel()
                self.refreshed.emit(count)
                self.rows_updated.emit(-1)
                return
            updated = 0
            last = COLUMN_COUNT - 1
            for n, new in pages.items():
                old = self._pages[n]
                self._pages[n] = new
                for i, (before, after) in enumerate(zip(old, new, strict=True)):
                    if before != after:
                        row = n * PAGE_SIZE + i
                        self.dataChanged.emit(self.index(row, 0), self.index(row, last))
                        updated += 1
            self.rows_updated.emit(updated)

        def failed(exc: BaseException) -> None:
            log.error("report update failed: %s", type(exc).__name__, exc_info=exc)
            if generation == self._generation:
                self.refresh()

        run_in_worker(work, on_success=landed, on_failure=failed, name="report-update", owner=self)

    def _row(self, row: int) -> ReportRow | None:
        if row < 0 or row >= self._count:
            return None
        page_no, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = list(self._source.page(self._query, page_no * PAGE_SIZE, PAGE_SIZE))
            self._pages[page_no] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def report_at(self, row: int) -> ReportRow | None:
        return self._row(row)

    def row_of(self, report_id: str) -> int | None:
        """Row of a report among the pages already fetched (None when not loaded)."""
        for page_no, page in self._pages.items():
            for i, item in enumerate(page):
                if item.id == report_id:
                    return page_no * PAGE_SIZE + i
        return None

    def cached_pages(self) -> int:
        return len(self._pages)

    def _time_passed(self) -> None:
        if self._count:
            self.dataChanged.emit(self.index(0, COL_AGE), self.index(self._count - 1, COL_DEADLINE))

    # --- Qt model API ------------------------------------------------------------

    def rowCount(  # noqa: N802 (Qt API)
        self, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(  # noqa: N802 (Qt API)
        self, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            COL_NUMBER: self.tr("Nomor"),
            COL_CATEGORY: self.tr("Kategori"),
            COL_KELURAHAN: self.tr("Kelurahan"),
            COL_STATUS: self.tr("Status"),
            COL_AGE: self.tr("Umur"),
            COL_DEADLINE: self.tr("Tenggat"),
            COL_PENDING: self.tr("Kirim"),
        }
        return titles.get(section)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMN_SORT.get(column, "urgency")
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        item = self._row(index.row())
        if item is None:
            return None
        col = index.column()
        if role == ReportRole:
            return item
        if role == ReportIdRole:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, col)
        if role == SortRole:
            return self._sort_value(item, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._with_deadline_flag(item, col, self._tooltip(item, col))
        if role == Qt.ItemDataRole.DecorationRole:
            if col == COL_STATUS:
                return style.status_icon(item.status)
            if col == COL_DEADLINE and (flag := self._deadline_flag(item)) is not None:
                return flag[0]
            if col == COL_PENDING and item.attention:
                return style.icon("alert-circle-outline", style.OVERDUE_COLOUR)
            if col == COL_PENDING and item.pending:
                return style.icon("send-clock-outline", style.CLOSE_COLOUR)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_STATUS:
                return QBrush(style.status_text_colour(item.status))
            if col == COL_DEADLINE and item.due_at is not None:
                start = item.due_start or item.due_at
                colour = style.deadline_colour(item.due_at, start, self.clock())
                return QBrush(QColor(colour)) if colour else None
            return None
        if role == Qt.ItemDataRole.FontRole and col == COL_DEADLINE and item.due_at is not None:
            if self.clock() > item.due_at:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._with_deadline_flag(item, col, self._display(item, col))
        return None

    def _deadline_flag(self, item: ReportRow) -> tuple[QIcon, str] | None:
        if item.due_at is None:
            return None
        return style.deadline_flag(item.due_at, item.due_start or item.due_at, self.clock())

    def _with_deadline_flag(self, item: ReportRow, col: int, text: Any) -> Any:
        """The deadline's words ("Hampir lewat") before its tooltip and spoken text."""
        if col != COL_DEADLINE or (flag := self._deadline_flag(item)) is None:
            return text
        return f"{flag[1]}: {text}" if text else flag[1]

    def _display(self, item: ReportRow, col: int) -> str:
        now = self.clock()
        if col == COL_NUMBER:
            return item.number
        if col == COL_CATEGORY:
            return item.category
        if col == COL_KELURAHAN:  # the column's title says "Kelurahan"
            return place_without_prefix(item.kelurahan)
        if col == COL_STATUS:
            return style.status_text(item.status)
        if col == COL_AGE:
            return style.describe_age(item.created_at, now)
        if col == COL_DEADLINE:
            return style.describe_left(item.due_at - now) if item.due_at else "—"
        if col == COL_PENDING:
            if item.attention:
                return self.tr("perlu perhatian")
            return self.tr("menunggu dikirim") if item.pending else ""
        return ""

    def _sort_value(self, item: ReportRow, col: int) -> Any:
        if col == COL_NUMBER:
            return item.number
        if col == COL_CATEGORY:
            return item.category
        if col == COL_KELURAHAN:
            return item.kelurahan
        if col == COL_STATUS:
            return item.status.value
        if col == COL_AGE:
            return item.created_at.timestamp()
        if col == COL_DEADLINE:
            return item.due_at.timestamp() if item.due_at else float("inf")
        if col == COL_PENDING:
            return item.pending
        return None

    def _tooltip(self, item: ReportRow, col: int) -> str | None:
        if col in (COL_CATEGORY, COL_KELURAHAN):  # the whole name when the cell elides it
            return item.category if col == COL_CATEGORY else item.kelurahan
        if col == COL_DEADLINE and item.due_at is not None:
            return self.tr("Tenggat: %1").replace("%1", date_time_text(item.due_at, zone=True))
        if col == COL_PENDING and item.pending:
            return self.tr("%n tindakan belum dikonfirmasi server", "", item.pending)
        return None
