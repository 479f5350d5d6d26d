"""The fast bulk path writes exactly what the ORM reads back."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from crm_shared.domain import SlaPolicy
from crm_shared.protocol.wire import ReportOut
from officer_app.store import Store, get_report
from officer_app.sync import merge
from officer_app.sync.fake import make_report

WIB = timezone(timedelta(hours=7))


def test_bulk_written_report_reads_back_equal(tmp_path: Path) -> None:
    raw = make_report(7, created_at=datetime(2025, 3, 1, 8, 30, 15, 123456, tzinfo=WIB))
    raw.update(
        seq=3,
        first_response_at=datetime(2025, 3, 1, 9, 0, tzinfo=WIB),
        estimated_completion=date(2025, 3, 20),
        reporter={"hidden": True, "anonymous": False},
        attachments=[{"sha256": "a" * 64, "kind": "before", "reused": True,
                      "captured_at": datetime(2025, 3, 1, 7, 0, tzinfo=WIB)}],
    )  # fmt: skip
    report = ReportOut.model_validate(raw)
    with Store.open(tmp_path) as store:
        with store.write() as s:
            merge.apply_reports(s, [report], policy=SlaPolicy(), now=datetime.now(WIB))
        with store.read() as s:
            detail = get_report(s, report.id)
    row = detail.report
    assert row.created_at == report.created_at  # same instant, stored as UTC
    assert row.created_at.utcoffset() == timedelta(0)
    assert row.first_response_at == report.first_response_at
    assert row.estimated_completion == date(2025, 3, 20)
    assert row.reporter == {"hidden": True, "anonymous": False}
    assert row.is_private is True
    assert row.in_scope is True
    assert row.due_at is not None
    [event] = detail.events
    assert event.at == report.events[0].at
    assert event.pending is False
    [att] = detail.attachments
    assert (att.sha256, att.kind, att.reused, att.pending, att.meta) == (
        "a" * 64, "before", True, False, {}
    )  # fmt: skip
    assert att.captured_at == datetime(2025, 3, 1, 7, 0, tzinfo=WIB)
