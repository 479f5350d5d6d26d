"""open311_windows.WindowReader on its own: a scripted server in memory (a list of
timestamps, a cap, optional paging) so each rule can be checked exactly."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from officer_app.sync.open311_format import parse_datetime
from officer_app.sync.open311_windows import Answer, Sizes, WindowReader

T0 = 1_700_000_000


class Scripted:
    """Answers start_date/end_date windows over ``times`` (newest ``cap`` only)."""

    def __init__(self, times: list[int], cap: int | None = None) -> None:
        self.times = times
        self.cap = cap
        self.asked = 0

    def fetch(self, resource: str | None, params: Mapping[str, str], url: str | None) -> Answer:
        self.asked += 1
        start = parse_datetime(params["start_date"])
        end = parse_datetime(params["end_date"])
        assert start is not None
        assert end is not None
        hits = sorted(
            (i for i, t in enumerate(self.times) if start.timestamp() <= t <= end.timestamp()),
            key=lambda i: -self.times[i],
        )
        if self.cap is not None:
            hits = hits[: self.cap]
        return Answer(items=[self.item(i) for i in hits])

    def item(self, i: int) -> dict[str, Any]:
        when = datetime.fromtimestamp(self.times[i], UTC).isoformat()
        return {"service_request_id": str(i), "requested_datetime": when}


def reader(server: Scripted, sizes: Sizes | None = None) -> WindowReader:
    return WindowReader(
        fetch=server.fetch,
        resource="requests",
        kind="requests",
        key_of=lambda item: str(item["service_request_id"]),
        time_field="requested_datetime",
        sizes=sizes or Sizes(),
    )


def test_cut_answers_are_split_and_the_cap_learned() -> None:
    times = [T0 + i * 60 for i in range(1000)]
    server = Scripted(times, cap=200)
    sizes = Sizes()
    got = reader(server, sizes).read(T0, T0 + 1000 * 60)
    assert set(got.items) == {str(i) for i in range(1000)}
    assert got.gaps == []
    assert sizes.cap == 200


def test_sparse_answers_are_not_split_down_to_seconds() -> None:
    times = [T0 + i * 86_400 for i in range(5)]  # one a day: every answer is small
    server = Scripted(times)
    r = reader(server)
    for day in range(5):
        got = r.read(T0 + day * 86_400 - 10, T0 + day * 86_400 + 10)
        assert list(got.items) == [str(day)]
        assert got.gaps == []
    assert server.asked == 5


def test_one_second_over_the_cap_is_a_gap_with_what_came() -> None:
    times = [T0] * 30 + [T0 + 5_000 + i for i in range(10)]
    server = Scripted(times, cap=20)
    got = reader(server, Sizes(cap=20)).read(T0 - 100, T0 + 10_000)
    assert len(got.gaps) >= 1
    assert all(g.end - g.start <= 1 for g in got.gaps)
    assert {str(i) for i in range(30, 40)} <= set(got.items)  # the rest arrived


def test_a_wrongly_learned_cap_is_disproved_by_a_larger_answer() -> None:
    server = Scripted([T0 + i for i in range(50)])
    sizes = Sizes(cap=20, largest=20)
    got = reader(server, sizes).read(T0, T0 + 100)
    assert len(got.items) == 50
    assert sizes.cap is None
