"""Small pure pieces of the HTTP backend."""

from __future__ import annotations

from datetime import UTC, datetime

from officer_app.sync.http_backend import parse_retry_after


def test_retry_after_in_seconds_and_as_http_date() -> None:
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120.0
    assert parse_retry_after("Wed, 01 Jan 2025 12:00:30 GMT", now) == 30.0
    assert parse_retry_after("Wed, 01 Jan 2025 11:00:00 GMT", now) == 0.0  # already past
    assert parse_retry_after(None, now) is None
    assert parse_retry_after("soon", now) is None
