"""Report numbers under pressure: a per-desk quota on leased numbers, and a flood day.

The format is JK + YYMMDD + 4 digits, so a day has 9,999 numbers. The decided
answer past that (central_server/numbering.py, docs/deployment.md): numbers go on
in the next day's space, whose counter then starts after them; nothing is refused.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import create_engine, text

from central_server.clock import utcnow
from central_server.numbering import jakarta_today, number_counter_name
from crm_shared.domain import ReportNumber

from . import plan
from .conftest import Client, plan_server_kwargs
from .helpers import walk_in


def test_a_desk_cannot_hold_more_unused_numbers_than_its_quota(server_factory) -> None:  # type: ignore[no-untyped-def]
    server = server_factory(**plan_server_kwargs(plan.build(2), extra_args=["--lease-quota", "60"]))
    desk = Client(server, "desk")
    first = desk.post("/numbers/lease", json={"count": 50})
    assert first.status_code == 200, first.text
    refused = desk.post("/numbers/lease", json={"count": 20})
    assert refused.status_code == 409
    error = refused.json()["error"]
    assert error["code"] == "lease_quota"
    assert "50" in error["message"]
    assert "60" in error["message"]
    # Using numbers and returning the rest frees the quota.
    numbers = first.json()["numbers"]
    for number in numbers[:5]:
        (created,) = desk.act(walk_in(number=number))
        assert created["status"] == "applied", created
    back = desk.post(
        f"/numbers/lease/{first.json()['lease_id']}/return", json={"unused": numbers[5:35]}
    )
    assert back.status_code == 204, back.text
    # 15 still held: 45 more fit, 46 do not.
    assert desk.post("/numbers/lease", json={"count": 46}).status_code == 409
    again = desk.post("/numbers/lease", json={"count": 45})
    assert again.status_code == 200, again.text
    assert not set(again.json()["numbers"]) & set(numbers)


def test_a_flood_day_past_9999_goes_on_in_the_next_days_numbers(server_factory) -> None:  # type: ignore[no-untyped-def]
    server = server_factory(**plan_server_kwargs(plan.build(2)))
    today = jakarta_today(utcnow())
    tomorrow = today + timedelta(days=1)
    engine = create_engine(server.database_url)
    with engine.begin() as conn:  # 9,998 numbers of today are gone
        conn.execute(
            text("INSERT INTO counters (name, value) VALUES (:n, 9998)"),
            {"n": number_counter_name(f"{today:%y%m%d}")},
        )
    engine.dispose()
    desk = Client(server, "desk")
    # A block that no longer fits today comes whole from tomorrow's space.
    lease = desk.post("/numbers/lease", json={"count": 5})
    assert lease.status_code == 200, lease.text
    leased = [ReportNumber.parse(n) for n in lease.json()["numbers"]]
    assert [(n.day, n.sequence) for n in leased] == [(tomorrow, s) for s in range(1, 6)]
    # Server-assigned numbers: today's last one, then tomorrow's after the lease.
    numbers = []
    for _ in range(3):
        (created,) = desk.act(walk_in())
        assert created["status"] == "applied", created
        numbers.append(ReportNumber.parse(created["report"]["number"]))
    assert [(n.day, n.sequence) for n in numbers] == [
        (today, 9999),
        (tomorrow, 6),
        (tomorrow, 7),
    ]
    # Every report is there, each with its own number, in the usual format.
    mine, _, _ = desk.pull_all()
    assert len(mine) == 3
    assert len({r["number"] for r in mine.values()}) == 3
