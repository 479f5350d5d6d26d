"""CI's Hypothesis profile cannot fail by chance (issue 22)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings


def test_the_loaded_profile_has_no_deadline_and_tolerates_slow_generation() -> None:
    current = settings()
    assert current.deadline is None
    assert HealthCheck.too_slow in current.suppress_health_check


def test_ci_is_derandomised() -> None:
    ci = settings.get_profile("ci")
    assert ci.derandomize is True
    assert ci.database is None
    if os.environ.get("CI") == "true" and not os.environ.get("HYPOTHESIS_PROFILE"):
        assert settings().derandomize is True
