"""The province's monthly ranking of units (one rule for the server and the app)."""

from __future__ import annotations


def unit_rank_key(
    completion_rate: float | None, median_response_hours: float | None, unit: str
) -> tuple[float, float, str]:
    """Sort key: the highest completion rate first, then the fastest median response,
    then the unit id so that ties rank the same everywhere. Units without figures
    come last."""
    rate = completion_rate if completion_rate is not None else -1.0
    hours = median_response_hours if median_response_hours is not None else float("inf")
    return (-rate, hours, unit)
