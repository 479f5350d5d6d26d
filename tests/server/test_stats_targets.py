"""The server's dashboard figures carry the province's two target rates (24-hour
response, 7-day follow-up) by the shared definition (``crm_shared.stats.on_time``),
per unit and overall, to the second at the targets' edges; SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import requests

from central_server.testing import LiveServer, auth_header, login
from crm_shared import stats
from crm_shared.protocol.wire import StatsSummary

from . import plan as test_plan

AT = datetime(2026, 12, 5, 2, 15, tzinfo=UTC)
H = timedelta(hours=1)
DAY = timedelta(days=1)
SECOND = timedelta(seconds=1)

# Per kelurahan: (age at AT, response after, follow-up after, status), in plan order.
TIMES = {
    test_plan.KEL_A: [
        (10 * DAY, 24 * H, 7 * DAY, "selesai"),  # exactly on both targets: met
        (10 * DAY, 24 * H + SECOND, 7 * DAY + SECOND, "proses"),  # a second late
        (10 * DAY, 2 * H, None, "proses"),
        (10 * DAY, None, None, "ditolak"),  # no follow-up is due of a rejected report
        (2 * DAY, H, None, "proses"),  # the follow-up window is still open
        (H, H / 2, None, "proses"),  # too young to count at all
    ],
    test_plan.KEL_B: [
        (3 * H, None, None, "menunggu"),  # nothing old enough: no rate
        (9 * DAY, 30 * H, 3 * DAY, "menunggu_validasi"),
    ],
}


def _plan() -> test_plan.Plan:
    plan = test_plan.build(n_per_kelurahan=6)
    by_unit: dict[str, list[test_plan.Report]] = {}
    for report in plan.reports:
        by_unit.setdefault(report.unit_id, []).append(report)
    kept = []
    for unit_id, times in TIMES.items():
        for report, (age, answered, followed, status) in zip(by_unit[unit_id], times, strict=False):
            created = AT - age
            report.created_at = report.landed_at = created
            report.first_response_at = None if answered is None else created + answered
            report.followup_at = None if followed is None else created + followed
            report.status = status
            kept.append(report)
    plan.reports = kept
    return plan


def _definition(plan: test_plan.Plan, unit_id: str | None) -> tuple[float | None, float | None]:
    parts = [
        stats.on_time(
            created_at=r.created_at,
            first_response_at=r.first_response_at,
            followup_at=r.followup_at,
            rejected=r.status == "ditolak",
            at=AT,
        )
        for r in plan.reports
        if unit_id in (None, r.unit_id)
    ]
    r_due = sum(p.response_due for p in parts)
    r_met = sum(p.response_met for p in parts)
    f_due = sum(p.followup_due for p in parts)
    f_met = sum(p.followup_met for p in parts)
    return (r_met / r_due if r_due else None, f_met / f_due if f_due else None)


def test_the_server_counts_the_targets_by_the_shared_definition(
    plan_server: Callable[..., LiveServer],
) -> None:
    plan = _plan()
    server = plan_server(plan)
    resp = requests.get(
        f"{server.api}/stats/summary",
        params={"at": AT.isoformat()},
        headers=auth_header(login(server.url, "super.kec", test_plan.PASSWORD)),
        timeout=60,
    )
    assert resp.status_code == 200, resp.text
    summary = StatsSummary.model_validate(resp.json())
    assert summary.overall.total == len(plan.reports) == 8
    got = {f.key: (f.response_on_time_rate, f.followup_on_time_rate) for f in summary.by_unit}
    got[None] = (summary.overall.response_on_time_rate, summary.overall.followup_on_time_rate)
    expected = {u: _definition(plan, u) for u in (test_plan.KEL_A, test_plan.KEL_B, None)}
    assert expected == {
        test_plan.KEL_A: (3 / 5, 1 / 3),  # the edges: exactly 24 h / 7 days met, +1 s not
        test_plan.KEL_B: (0.0, 1.0),  # answered after 30 hours, followed up in 3 days
        None: (3 / 6, 2 / 4),
    }
    assert got == expected
    # The older JSON shape still parses (a peer without these fields): None, not an error.
    old = resp.json()
    for figures in (old["overall"], *old["by_unit"]):
        figures.pop("response_on_time_rate")
        figures.pop("followup_on_time_rate")
    assert StatsSummary.model_validate(old).overall.response_on_time_rate is None
