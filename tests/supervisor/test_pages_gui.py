"""The supervisor's and validator's pages (pytest-qt, offscreen) against the real server."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_reading import chart_ink, check_readable
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsTextItem
from sqlalchemy import select

from central_server.testing import LiveServer, login
from crm_shared.domain import ActionType, Status
from crm_shared.protocol.wire import StatsFigures
from officer_app import workers
from officer_app.app import WorkstationServices
from officer_app.gui_main import authenticator, make_backend
from officer_app.store import dashboard
from officer_app.store import outbox as ob
from officer_app.store.records import ChangeSet
from officer_app.store.schema import Report
from officer_app.views.main_window import MainWindow
from officer_app.views.signin import SignInDialog
from officer_app.views.supervisor.dashboard_page import DashboardPage
from officer_app.views.supervisor.queue_page import UnitQueuePage
from officer_app.views.supervisor.validation_page import ValidationPage

from .conftest import jpeg_bytes, server_reports
from .test_supervisor_flow import _act, _put_photo

pytestmark = pytest.mark.slow
SHOTS = (
    Path(os.environ.get("CRM_SCREENSHOT_DIR", "")) if os.environ.get("CRM_SCREENSHOT_DIR") else None
)


@pytest.fixture(autouse=True)
def _drain_workers(qapp: object) -> Iterator[None]:
    yield
    workers.cancel_all()
    workers.wait_for_all(20_000)


def open_as(qtbot, url: str, officer_id: str, tmp_path: Path) -> MainWindow:
    dialog = SignInDialog(authenticator(tmp_path / "profiles"), url, officer_id)
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("demo-password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=30_000)
    services = WorkstationServices(dialog.session, make_backend=make_backend)
    window = MainWindow(services, auto_sync_minutes=0, tray=False)
    qtbot.addWidget(window)
    window.show()
    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    return window


def shot(widget, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def test_unit_queue_bulk_reassign(qtbot, server_factory, tmp_path: Path) -> None:
    server: LiveServer = server_factory(n_reports=2000, seed=11)
    window = open_as(qtbot, server.url, "supervisor.demo", tmp_path)
    assert window.open_view("queue")
    page = window.page_for["queue"]
    assert isinstance(page, UnitQueuePage)
    from officer_app.views.supervisor.audit_page import AuditLogPage

    assert isinstance(window.page_for["audit"], AuditLogPage)  # the unit's audit log
    page.refresh()
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        pass
    assert page.tree.topLevelItemCount() > 0
    assert page.overdue_list.count() > 0  # the seed has late reports in the kecamatan
    assert page.workload_table.rowCount() > 0
    assert page.suggestion.text()
    shot(window, "unit-queue")

    # Select three open reports of one kelurahan and reassign them, through the dialog.
    unit = next(r.unit_id for r in page.data.rows if r.status is Status.MENUNGGU)
    chosen = [r.id for r in page.data.rows if r.unit_id == unit and r.status is Status.MENUNGGU][:3]
    page.select_ids(chosen)
    assert set(page.selected_ids()) == set(chosen)
    assert page.buttons[ActionType.REASSIGN].isEnabled()
    dialog = page.make_dialog(ActionType.REASSIGN)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "(disarankan)" in dialog.choice.currentText()  # the suggestion is preselected
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    dialog.reason.setPlainText("Pemerataan beban kerja petugas")
    assert ok.isEnabled()
    assignee = dialog.chosen()
    shot(dialog, "reassign-dialog")
    # The report list has a selection of its own; the change bus must not reset it.
    window.open_view("reports")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=30_000)
    window.select_row(0)
    listed = window.model.report_at(0)
    assert listed is not None
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    window.open_view("queue")
    page.select_ids(chosen)
    reads = page.reads
    with qtbot.waitSignal(page.recorded, timeout=30_000) as recorded:
        page.submit(ActionType.REASSIGN, chosen, page.payload_of(ActionType.REASSIGN, dialog))
    assert recorded.args == [3]
    # The queue read itself again (it is on screen) and kept the same three selected.
    qtbot.waitUntil(lambda: page.reads > reads, timeout=10_000)
    qtbot.waitUntil(
        lambda: {r.assignee_id for r in page.selected_rows()} == {assignee}, timeout=30_000
    )
    assert set(page.selected_ids()) == set(chosen)
    # The list redrew those rows in place: no reset, its selection where it was.
    assert resets == []
    assert window.current_detail is None or window.current_detail.id == listed.id
    selected = window.table.selectionModel().selectedRows()
    assert [window.model.report_at(i.row()).id for i in selected] == [listed.id]
    with window.services.store.read() as s:
        pending = ob.items(s, [ob.PENDING])
        moved = list(s.scalars(select(Report).where(Report.id.in_(chosen))))
    assert sorted(i.report_id for i in pending) == sorted(chosen)
    assert {r.assignee_id for r in moved} == {assignee}


def test_dashboard_page_and_exports(qtbot, server_factory, tmp_path: Path) -> None:
    server: LiveServer = server_factory(n_reports=2000, seed=11)
    # A citizen rates one finished report of the scope, low, on the public page.
    from central_server.testing import server_rows

    from .test_dashboard_figures import rate_through_the_page

    rated = server_rows(
        server,
        "SELECT r.id, r.number FROM reports r JOIN officers o ON o.id = 'supervisor.demo' "
        "JOIN units u ON u.id = r.unit_id WHERE r.status = 'selesai' "
        "AND (u.id = o.unit_id OR u.parent_id = o.unit_id) ORDER BY r.number LIMIT 1",
    )[0]
    rate_through_the_page(server, rated.id, rated.number, 1)
    window = open_as(qtbot, server.url, "supervisor.demo", tmp_path)
    assert window.open_view("dashboard")
    page = window.page_for["dashboard"]
    assert isinstance(page, DashboardPage)
    page.refresh()
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        pass
    assert page.summary is not None
    assert page.kpi["total"].text() == str(page.summary.overall.total)
    assert page.kpi["completion"].text().endswith("%")
    assert page.ranking.rowCount() == len(page.summary.by_unit) > 1
    assert page.ranking.item(0, 0).text() == "1"
    assert page.kpi["rating"].text() == "1.0 (1)"
    # The province's two targets, as the summary (the server's definition) has them.
    o = page.summary.overall
    assert o.response_on_time_rate is not None
    assert o.followup_on_time_rate is not None
    assert page.kpi["response_rate"].text() == f"{o.response_on_time_rate * 100:.1f} %"
    assert page.kpi["followup_rate"].text() == f"{o.followup_on_time_rate * 100:.1f} %"
    # ... and per unit in the ranking, beside the median response.
    columns = range(page.ranking.columnCount())
    headers = [page.ranking.horizontalHeaderItem(c).text() for c in columns]
    response_col = headers.index("Respons dalam 24 jam")
    followup_col = headers.index("Tindak lanjut dalam 7 hari")
    for row, unit in enumerate(page.summary.by_unit):
        for col, rate in (
            (response_col, unit.response_on_time_rate),
            (followup_col, unit.followup_on_time_rate),
        ):
            shown = page.ranking.item(row, col).text()
            assert shown == ("—" if rate is None else f"{rate * 100:.1f} %"), (unit.key, shown)
    rows = {
        (page.ratings.item(i, 0).text(), page.ratings.item(i, 3).text())
        for i in range(page.ratings.rowCount())
    }
    assert rows == {("Unit", "1.0"), ("Kategori", "1.0")}
    assert page.charts["kelurahan"].chart().series()
    assert page.month.count() > 1
    window.resize(1400, 860)  # the smoke run's size
    assert_charts_readable(qtbot, page)
    # Loaded more than once: no axis of an earlier load is still drawn (it was, over
    # the bars: "0 1 Laporan").
    assert page.computations > 1
    # "Laporan": the count axis's title (and the category chart's legend entry).
    for key, drawn in (("kelurahan", 1), ("category", 2), ("month", 1)):
        assert rendered_texts(page.charts[key]).count("Laporan") == drawn, key
    shot(window, "dashboard")

    # A sync that changes nothing the figures read does not compute them again.
    computed = page.computations
    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    outcome = window.sync.last_outcome
    assert outcome is not None
    assert outcome.online
    assert not dashboard.touches(outcome.changes)
    assert page.computations == computed
    # A change that moves a figure does (it is on screen) ...
    some = page.summary.overall.total and window.model.report_at(0)
    assert some
    window.change_bus.publish(_changed(some.id, "timeline", "pending_count"), None)
    assert page.computations == computed
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        window.change_bus.publish(_changed(some.id, "status"), None)
    assert page.computations == computed + 1
    # ... and a hidden dashboard only marks itself stale, computing when shown again.
    assert window.open_view("reports")
    window.change_bus.publish(_changed(some.id, "status"), None)
    assert page.computations == computed + 1
    assert page.needs_refresh
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        assert window.open_view("dashboard")
    assert page.computations == computed + 2
    assert not page.needs_refresh

    # A category name that a spreadsheet would run as a formula stays text.
    summary = page.summary
    page.summary = summary.model_copy(
        update={
            "by_category": [
                summary.by_category[0].model_copy(update={"label": '=HYPERLINK("x")'}),
                summary.by_category[1].model_copy(update={"label": "+1"}),
                summary.by_category[2].model_copy(update={"label": "-1+2"}),
                summary.by_category[3].model_copy(update={"label": "@SUM(A1)"}),
            ]
        }
    )
    target = tmp_path / "dasbor.csv"
    page.export("csv", target)
    qtbot.waitUntil(target.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "Tersimpan" in page.status_label.text(), timeout=20_000)
    cells = [c for row in csv.reader(target.open(encoding="utf-8-sig")) for c in row]
    assert {"Respons dalam 24 jam (%)", "Jumlah penilaian warga"} <= set(cells)
    for bad in ('=HYPERLINK("x")', "+1", "-1+2", "@SUM(A1)"):
        assert "'" + bad in cells
        assert bad not in cells
    pdf = tmp_path / "dasbor.pdf"
    page.export("pdf", pdf)
    qtbot.waitUntil(lambda: pdf.exists() and pdf.stat().st_size > 1000, timeout=20_000)
    assert pdf.read_bytes().startswith(b"%PDF")
    # Read as a person reads it: readable, names not codes, Jakarta time, charts drawn.
    text, _runs = check_readable(pdf)
    assert "cat-" not in text
    assert "WIB" in text
    assert "UTC" not in text
    assert "Status laporan" in text
    # The target rates and the ratings come from the same summary as the screen's.
    assert page.kpi["response_rate"].text() in text
    assert "Tindak lanjut dalam 7 hari per unit" in text
    assert "Nilai warga (1-5) 1.0 (1)" in text
    ink = chart_ink(pdf, tmp_path / "dasbor.png")
    assert ink["top-left"] > 500, ink  # the status bars
    assert ink["top-right"] > 500, ink  # completion per unit


def rendered_texts(view: QChartView) -> list[str]:
    """The texts QtCharts draws (axis labels, legend, titles), as a person sees them."""
    out = []
    for item in view.scene().items():
        text = item.toGraphicsObject()
        if isinstance(text, QGraphicsTextItem) and text.isVisible() and text.toPlainText():
            out.append(text.toPlainText())
    return out


def bars_top_down(view: QChartView) -> tuple[list[str], dict[str, list[float]]]:
    """A horizontal bar chart's names and values per set, from the top bar down."""
    chart = view.chart()
    [series] = chart.series()
    assert isinstance(series, (QHorizontalBarSeries, QHorizontalStackedBarSeries))
    [names] = chart.axes(Qt.Orientation.Vertical)
    assert isinstance(names, QBarCategoryAxis)
    top_down = list(reversed(names.categories()))
    values = {s.label(): [s.at(i) for i in reversed(range(s.count()))] for s in series.barSets()}
    return top_down, values


def assert_charts_readable(qtbot, page: DashboardPage) -> None:
    summary = page.summary
    assert summary is not None

    def biggest(figures: list[StatsFigures], size) -> list[StatsFigures]:
        return sorted(figures, key=lambda f: (-size(f), f.label))

    expected = {
        "category": biggest(summary.by_category, lambda f: f.total)[:10],
        "kelurahan": biggest(summary.by_kelurahan, lambda f: f.completed + f.open)[:12],
        "channel": biggest(summary.by_channel, lambda f: f.total),
    }
    assert len(expected["category"]) == 10
    assert max(len(f.label) for f in expected["category"]) > 18  # the old charts cut at 18

    def names_whole() -> None:
        for key, figures in expected.items():
            view = page.charts[key]
            shown, _ = bars_top_down(view)
            full = [f.label.removeprefix("Kelurahan ") for f in figures]
            # whole names on the axis; only a really long one may be elided ("…")
            for name, label in zip(shown, full, strict=True):
                assert name == label or (
                    len(label) > 40 and name.endswith("…") and label.startswith(name[:-1])
                ), (key, name, label)
            drawn = rendered_texts(view)
            assert set(shown) <= set(drawn), (key, set(shown) - set(drawn))
            assert not [t for t in drawn if t.endswith("...")], (key, drawn)  # QtCharts' cut

    qtbot.waitUntil(names_whole, timeout=10_000)  # once the window has its new size

    # Biggest on top, and each bar is the figure of its own name.
    names, values = bars_top_down(page.charts["category"])
    assert values["Laporan"] == [f.total for f in expected["category"]]
    assert values["Selesai"] == [f.completed for f in expected["category"]]
    assert values["Laporan"] == sorted(values["Laporan"], reverse=True)
    names, values = bars_top_down(page.charts["kelurahan"])
    lengths = [sum(v[i] for v in values.values()) for i in range(len(names))]
    assert lengths == [f.completed + f.open for f in expected["kelurahan"]]
    assert lengths == sorted(lengths, reverse=True)
    assert values["Lewat tenggat"] == [f.overdue for f in expected["kelurahan"]]
    names, values = bars_top_down(page.charts["channel"])
    assert values["Laporan"] == sorted(values["Laporan"], reverse=True)
    assert [str(int(v)) for v in values["Laporan"]] == [str(f.total) for f in expected["channel"]]

    # Every count axis: from 0, whole-number ticks at an even whole step, over all the data.
    for key, view in page.charts.items():
        [axis] = [a for a in view.chart().axes() if isinstance(a, QValueAxis)]
        assert axis.labelFormat() == "%d", key
        assert axis.min() == 0, key
        step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
        assert step >= 1, (key, axis.max(), axis.tickCount())
        assert step == int(step), (key, axis.max(), axis.tickCount())
        assert 2 <= axis.tickCount() <= 7, key
        series = view.chart().series()[0]
        sums = [
            sum(s.at(i) for s in series.barSets())
            if isinstance(series, QHorizontalStackedBarSeries)
            else max(s.at(i) for s in series.barSets())
            for i in range(series.barSets()[0].count())
        ]
        assert axis.max() >= max(sums), key

    # Hovering a bar: its full name (and counts) in the chart's tooltip.
    view = page.charts["category"]
    [series] = view.chart().series()
    top_bar = series.barSets()[0].count() - 1
    series.hovered.emit(True, top_bar, series.barSets()[0])
    tip = view.chart().toolTip()
    assert expected["category"][0].label in tip
    assert f"Laporan: {expected['category'][0].total}" in tip
    series.hovered.emit(False, top_bar, series.barSets()[0])
    assert view.chart().toolTip() == ""


def test_validation_page_side_by_side_and_reject(qtbot, server_factory, tmp_path: Path) -> None:
    server: LiveServer = server_factory(n_reports=2000, seed=11)
    # An officer records a follow-up with photos (time and place from the camera).
    token = login(server.url, "officer.demo")
    report = next(
        r for r in server_reports(server, "officer.demo").values() if r["status"] == "proses"
    )
    before = _put_photo(server, token, jpeg_bytes("#884422"))
    after = _put_photo(server, token, jpeg_bytes("#228844"))
    photos = [
        {
            "sha256": before,
            "kind": "before",
            "captured_at": "2026-01-05T08:00:00+07:00",
            "lat": -6.1754,
            "lon": 106.8272,
        },
        {"sha256": after, "kind": "after"},
    ]
    result = _act(server, token, report, "followup", note="Sudah dibersihkan.", photos=photos)
    assert result["status"] == "applied"
    window = open_as(qtbot, server.url, "validator.demo", tmp_path)
    assert window.open_view("validation")
    page = window.page_for["validation"]
    assert isinstance(page, ValidationPage)
    page.refresh()
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        pass
    assert page.items, "the seed has follow-ups waiting for validation"
    # A sync that changes nothing of the queue does not read it again.
    reads = page.reads
    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    assert window.sync.last_outcome is not None
    assert not window.sync.last_outcome.changes
    assert page.reads == reads
    with_identity = next(
        (i for i in page.items if not i.reporter.get("hidden", True) and i.reporter.get("name")),
        None,
    )
    if with_identity is not None:
        page.select(with_identity.id)
        assert with_identity.reporter["name"] in page.reporter.text()
        assert page.reporter.textFormat() == Qt.TextFormat.PlainText
    item = next(i for i in page.items if i.id == report["id"])
    shown: list[str] = []
    page.photo_shown.connect(shown.append)
    page.select(item.id)
    assert page.current is not None
    assert page.description.text() == item.description
    # Photos come from the server's media GET (not on this computer), side by side.
    qtbot.waitUntil(lambda: set(shown) == {before, after}, timeout=30_000)
    assert page.photo_labels[before].pixmap() is not None
    facts = {p.sha256: p for p in item.photos}
    assert facts[before].captured_at is not None
    caption = page.photo_caption(facts[before])
    if item.lat is not None:
        assert "m dari lokasi laporan" in caption
    assert "Waktu pengambilan tidak diketahui" in page.photo_caption(facts[after])
    assert page.description.textFormat() == Qt.TextFormat.PlainText
    shot(window, "validation")

    reason = "Foto sesudah tidak memperlihatkan lokasi yang sama"
    with qtbot.waitSignal(page.decided, timeout=30_000):
        page.decide(item.id, ActionType.REJECT_FOLLOWUP, reason)
    with window.services.store.read() as s:
        [queued] = ob.items(s, [ob.PENDING])
        status = s.scalar(select(Report.status).where(Report.id == item.id))
    assert queued.type == "reject_followup"
    assert queued.payload["reason"] == reason
    assert status == Status.TL_DITOLAK.value
    qtbot.waitUntil(lambda: item.id not in [i.id for i in page.items], timeout=20_000)


def _changed(report_id: str, *fields: str) -> ChangeSet:
    changes = ChangeSet()
    changes.mark(report_id, fields)
    return changes
