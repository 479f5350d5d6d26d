"""GET requests: the filters of the spec, its default window, and the common extensions.

- ``service_request_id`` (comma list) overrides every other filter;
- ``service_code`` and ``status`` (open|closed) take comma lists;
- ``start_date``/``end_date`` bound requested_datetime and may not span more than
  90 days; without any date the window is the last 90 days;
- at most 1000 requests per response;
- extensions: ``updated_after``/``updated_before`` bound updated_datetime (and lift
  the default window), ``page``/``page_size`` page through the result.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from crm_shared.domain import JAKARTA_TZ

from ..clock import as_utc
from ..models import Report
from .formats import Open311Error
from .present import statuses_for

DEFAULT_WINDOW = timedelta(days=90)
MAX_SPAN = timedelta(days=90)
MAX_RECORDS = 1000
MAX_IDS = 1000
_SPACE_OFFSET = re.compile(r" (\d{2}:?\d{2})$")


@dataclass(frozen=True)
class Page:
    reports: list[Report]
    has_more: bool
    page: int
    page_size: int


def parse_datetime(name: str, raw: str) -> datetime:
    """ISO 8601 with an offset; a missing offset means Jakarta time (WIB, +07:00).

    A '+' sent unencoded in a query string arrives as a space: it is read back as '+'.
    """
    text = _SPACE_OFFSET.sub(r"+\1", raw.strip())
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise Open311Error(
            400,
            f"{name} must be an ISO 8601 date/time with its offset, "
            "e.g. 2024-05-01T00:00:00+07:00.",
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=JAKARTA_TZ)
    return as_utc(value)


def _positive_int(name: str, raw: str | None, default: int, maximum: int) -> int:
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise Open311Error(400, f"{name} must be a whole number.") from None
    if not 1 <= value <= maximum:
        raise Open311Error(400, f"{name} must be between 1 and {maximum}.")
    return value


def _comma_list(raw: str | None) -> list[str]:
    return [part.strip() for part in (raw or "").split(",") if part.strip()]


def _by_ids(session: Session, raw: str) -> Page:
    ids = [i.upper() for i in _comma_list(raw)]
    if len(ids) > MAX_IDS:
        raise Open311Error(400, f"service_request_id: at most {MAX_IDS} ids at once.")
    found: dict[str, Report] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for report in session.execute(select(Report).where(Report.number.in_(chunk))).scalars():
            found[report.number] = report
    ordered: list[Report] = []
    for number in dict.fromkeys(ids):  # the order asked, without repeats
        if number in found:
            ordered.append(found[number])
    return Page(ordered, False, 1, max(len(ordered), 1))


def find_requests(session: Session, params: Mapping[str, str], now: datetime) -> Page:
    if params.get("service_request_id", "").strip():
        return _by_ids(session, params["service_request_id"])

    query: Select[tuple[Report]] = select(Report)
    codes = _comma_list(params.get("service_code"))
    if codes:
        query = query.where(Report.category_id.in_(codes[:MAX_IDS]))
    statuses = [s.lower() for s in _comma_list(params.get("status"))]
    if statuses:
        unknown = [s for s in statuses if s not in ("open", "closed")]
        if unknown:
            raise Open311Error(400, "status must be open, closed or both (comma separated).")
        ours = [value for s in set(statuses) for value in statuses_for(s)]
        query = query.where(Report.status.in_(ours))

    dates = {
        name: parse_datetime(name, params[name])
        for name in ("start_date", "end_date", "updated_after", "updated_before")
        if params.get(name, "").strip()
    }
    start, end = dates.get("start_date"), dates.get("end_date")
    if start is not None and end is not None:
        if start > end:
            raise Open311Error(400, "start_date must not be after end_date.")
        if end - start > MAX_SPAN:
            raise Open311Error(400, "start_date and end_date may not span more than 90 days.")
    if start is not None:
        query = query.where(Report.created_at >= start)
    if end is not None:
        query = query.where(Report.created_at <= end)
    after, before = dates.get("updated_after"), dates.get("updated_before")
    if after is not None:
        query = query.where(Report.updated_at > after)
    if before is not None:
        query = query.where(Report.updated_at <= before)
    if not dates:
        # The spec's default: the most recent 90 days (and at most 1000 requests).
        query = query.where(Report.created_at >= as_utc(now) - DEFAULT_WINDOW)

    if after is not None or before is not None:
        # Following changes: oldest change first, so the last one read is the next cursor.
        query = query.order_by(Report.updated_at, Report.seq)
    else:
        query = query.order_by(Report.created_at.desc(), Report.seq.desc())

    page = _positive_int("page", params.get("page"), 1, 10_000_000)
    page_size = _positive_int("page_size", params.get("page_size"), MAX_RECORDS, MAX_RECORDS)
    rows: Sequence[Report] = (
        session.execute(query.offset((page - 1) * page_size).limit(page_size + 1)).scalars().all()
    )
    return Page(list(rows[:page_size]), len(rows) > page_size, page, page_size)
