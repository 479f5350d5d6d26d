"""The province's monthly ranking of units (one rule for the server and the app)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, Self, TypeVar


def unit_rank_key(
    completion_rate: float | None,
    median_response_hours: float | None,
    unit: str,
    average_rating: float | None = None,
) -> tuple[float, float, float, str]:
    """Sort key: the highest completion rate first, then the fastest median response,
    then the citizens' best average rating, then the unit id so that ties rank the
    same everywhere. Units without figures (or without ratings) come last."""
    rate = completion_rate if completion_rate is not None else -1.0
    hours = median_response_hours if median_response_hours is not None else float("inf")
    rating = average_rating if average_rating is not None else 0.0
    return (-rate, hours, -rating, unit)


class RankedFigures(Protocol):
    """What the ranking reads of a unit's figures (the wire's StatsFigures)."""

    key: str
    completion_rate: float | None
    median_response_hours: float | None
    average_rating: float | None

    def model_copy(self, *, update: dict[str, Any]) -> Self: ...


F = TypeVar("F", bound=RankedFigures)


def rank_units(figures: Sequence[F]) -> list[F]:
    """The units in ranking order, each with its ``rank`` (1 = best)."""
    ranked = sorted(
        figures,
        key=lambda f: unit_rank_key(
            f.completion_rate, f.median_response_hours, f.key, f.average_rating
        ),
    )
    return [f.model_copy(update={"rank": i}) for i, f in enumerate(ranked, start=1)]
