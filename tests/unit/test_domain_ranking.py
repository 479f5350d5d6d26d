"""The unit ranking rule used by the server's /stats/summary and the app's dashboard."""

from __future__ import annotations

from officer_app.domain.ranking import unit_rank_key


def test_completion_first_then_response_time_then_id_and_empty_units_last() -> None:
    units = [
        ("kel.c", 0.9, 30.0),
        ("kel.a", 0.9, 5.0),
        ("kel.b", 0.95, 50.0),
        ("kel.d", None, None),
        ("kel.e", 0.9, 5.0),
    ]
    ranked = sorted(units, key=lambda u: unit_rank_key(u[1], u[2], u[0]))
    assert [u[0] for u in ranked] == ["kel.b", "kel.a", "kel.e", "kel.c", "kel.d"]
