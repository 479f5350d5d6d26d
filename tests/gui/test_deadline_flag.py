"""A nearly-due or overdue deadline says so in words and a shape, not by colour alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from gui_support import synthetic_reports
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from crm_shared.domain import SlaPolicy
from officer_app.app import StoreReportSource
from officer_app.store import Store
from officer_app.sync import merge
from officer_app.views import style
from officer_app.views.report_list.model import COL_DEADLINE, ReportListModel, ReportRole


def test_deadline_flag_words_and_shapes(qapp) -> None:
    start = datetime(2026, 10, 1, tzinfo=UTC)
    due = start + timedelta(hours=40)
    assert style.deadline_flag(due, start, start + timedelta(hours=1)) is None
    near = style.deadline_flag(due, start, due - timedelta(hours=2))
    late = style.deadline_flag(due, start, due + timedelta(hours=2))
    assert near is not None
    assert late is not None
    assert near[1] == "Hampir lewat"
    assert late[1] == "Lewat tenggat"
    assert not near[0].isNull()
    assert not late[0].isNull()
    # Two different shapes, not one shape in two colours.
    assert near[0].pixmap(16, 16).toImage() != late[0].pixmap(16, 16).toImage()


def test_report_list_marks_a_nearly_due_deadline(qapp, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "profile")
    with store.write() as s:
        merge.apply_reports(s, synthetic_reports(50), policy=SlaPolicy(), now=datetime.now(UTC))
    model = ReportListModel(StoreReportSource(store, "officer.demo"))
    model.refresh(background=False)
    row = next(
        r
        for r in range(model.rowCount())
        if model.data(model.index(r, 0), ReportRole).due_at is not None
    )
    item = model.data(model.index(row, 0), ReportRole)
    start = item.due_start or item.due_at
    index = model.index(row, COL_DEADLINE)

    model.clock = lambda: item.due_at - (item.due_at - start) / 10  # a tenth of the time left
    icon = model.data(index, Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon)
    assert not icon.isNull()
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole).startswith("Hampir lewat")
    assert model.data(index, Qt.ItemDataRole.ToolTipRole).startswith("Hampir lewat")

    model.clock = lambda: start  # the whole time left: no flag
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None
    assert not model.data(index, Qt.ItemDataRole.AccessibleTextRole).startswith("Hampir")
    store.close()


def test_detail_says_nearly_due_in_words(qtbot) -> None:
    from crm_shared.domain import Status
    from crm_shared.domain.deadlines import DeadlineKind
    from officer_app.views.detail import ReportDetailPanel
    from officer_app.views.services import DeadlineView, ReportDetail

    start = datetime(2026, 10, 1, tzinfo=UTC)
    due = start + timedelta(hours=40)
    panel = ReportDetailPanel({})
    qtbot.addWidget(panel)
    report = ReportDetail(
        id="r1",
        number="JK-2610010001",
        category="Sampah",
        category_id="cat-1",
        channel="desk",
        status=Status.PROSES,
        description="Sampah menumpuk",
        address="Jl. Kebon Sirih",
        kelurahan="Gambir",
        lat=None,
        lon=None,
        created_at=start,
        is_private=False,
        reporter_hidden=False,
        deadlines=[DeadlineView(DeadlineKind.FOLLOWUP, start, due)],
        photos=[],
        timeline=[],
        pending=0,
    )
    panel.clock = lambda: due - timedelta(hours=2)
    panel.show_report(report)
    assert "Hampir lewat" in panel.deadlines.text()
    panel.clock = lambda: start + timedelta(hours=1)
    panel.show_report(report)
    assert "Hampir lewat" not in panel.deadlines.text()
