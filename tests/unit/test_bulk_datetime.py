"""``bulk.sql_datetime`` formats from the fields (issue 22): the same text as
SQLAlchemy's SQLite storage format, i.e. the UTC time's ``isoformat(" ", "microseconds")``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from officer_app.store.bulk import sql_datetime

_offsets = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@given(
    moment=st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31)),
    zone=st.one_of(st.just(UTC), _offsets),
)
def test_the_stored_text_is_the_utc_isoformat(moment: datetime, zone: timezone) -> None:
    aware = moment.replace(tzinfo=zone)
    expected = aware.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    assert sql_datetime(aware) == expected


def test_none_passes_and_naive_is_refused() -> None:
    assert sql_datetime(None) is None
    with pytest.raises(ValueError, match="naive"):
        sql_datetime(datetime(2026, 12, 5, 1, 50))
