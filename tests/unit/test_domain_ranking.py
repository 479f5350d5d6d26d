"""The unit ranking rule used by the server's /stats/summary and the app's dashboard."""

from __future__ import annotations

from crm_shared.domain.ranking import unit_rank_key


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


def test_rank_units_numbers_the_wire_figures_in_ranking_order() -> None:
    from crm_shared.domain.ranking import rank_units
    from crm_shared.protocol.wire import StatsFigures

    def fig(key: str, total: int, completed: int) -> StatsFigures:
        rate = completed / total if total else None
        return StatsFigures(
            completion_rate=rate,
            key=key,
            total=total,
            completed=completed,
            rejected=0,
            open=total - completed,
            overdue=0,
        )

    ranked = rank_units([fig("kel.a", 10, 5), fig("kel.b", 10, 9), fig("kel.c", 0, 0)])
    assert [(f.key, f.rank) for f in ranked] == [("kel.b", 1), ("kel.a", 2), ("kel.c", 3)]


def test_citizens_ratings_break_ties_after_completion_and_response() -> None:
    from crm_shared.domain.ranking import unit_rank_key

    same = (0.9, 12.0)
    keys = {
        "kel.a": unit_rank_key(*same, "kel.a", 3.0),
        "kel.b": unit_rank_key(*same, "kel.b", 4.5),
        "kel.c": unit_rank_key(*same, "kel.c", None),  # not rated: after the rated
        "kel.d": unit_rank_key(0.95, 30.0, "kel.d", 1.0),  # completion still comes first
    }
    assert sorted(keys, key=keys.__getitem__) == ["kel.d", "kel.b", "kel.a", "kel.c"]
