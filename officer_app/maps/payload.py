"""Report points for the map page, as compact parallel arrays (Qt-free).

The page receives one JSON object of parallel arrays rather than one object per
report: ``ids``, ``lat``, ``lon``, ``s`` (status code, the index of the status in
``STATUS_ORDER``), ``o`` (1 when overdue) and ``n`` (the report number shown on
hover). 50,000 reports make about 2.5 MB of JSON, parsed by the page in one
``JSON.parse``. Rows without a location are left out (and counted).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from crm_shared.domain import Status

# The code of a status on the wire to the page is its index here.
STATUS_ORDER: tuple[Status, ...] = tuple(Status)
STATUS_CODE: dict[Status, int] = {status: i for i, status in enumerate(STATUS_ORDER)}

# Jakarta with a generous margin (Kepulauan Seribu included): anything outside is
# a typo in a typed location, not a place we can draw usefully.
_LAT_RANGE = (-7.5, -5.0)
_LON_RANGE = (105.5, 107.5)
_COORD_DIGITS = 5  # about 1 m


@dataclass(frozen=True)
class PointsPayload:
    """The points of one filter result, ready to be sent to the page."""

    ids: tuple[str, ...]
    lat: tuple[float, ...]
    lon: tuple[float, ...]
    status: tuple[int, ...]
    overdue: tuple[int, ...]
    numbers: tuple[str, ...]
    skipped: int = 0  # rows without a usable location

    def __len__(self) -> int:
        return len(self.ids)

    def to_json(self) -> str:
        return json.dumps(
            {
                "ids": self.ids,
                "lat": self.lat,
                "lon": self.lon,
                "s": self.status,
                "o": self.overdue,
                "n": self.numbers,
            },
            separators=(",", ":"),
            ensure_ascii=True,
        )

    @classmethod
    def from_json(cls, text: str) -> PointsPayload:
        """Back from ``to_json`` (the map process gets its points as that text)."""
        data = json.loads(text)
        ids = tuple(str(i) for i in data["ids"])
        lat, lon, codes, overdue, numbers = (data[k] for k in ("lat", "lon", "s", "o", "n"))
        for field in (lat, lon, codes, overdue, numbers):
            if not isinstance(field, list) or len(field) != len(ids):
                raise ValueError("points of unequal length")
        return cls(ids, tuple(lat), tuple(lon), tuple(codes), tuple(overdue), tuple(numbers))

    def index_of(self, report_id: str) -> int | None:
        try:
            return self.ids.index(report_id)
        except ValueError:
            return None


EMPTY_PAYLOAD = PointsPayload((), (), (), (), (), ())


def _field(row: Any, name: str, default: Any = None) -> Any:
    if isinstance(row, Mapping):
        return row.get(name, default)
    return getattr(row, name, default)


def _status_code(value: Any) -> int | None:
    if isinstance(value, Status):
        return STATUS_CODE[value]
    try:
        return STATUS_CODE[Status(str(value))]
    except ValueError:
        return None


def _coordinate(value: Any, bounds: tuple[float, float]) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number) or not bounds[0] <= number <= bounds[1]:
        return None
    return round(number, _COORD_DIGITS)


def build_points_payload(rows: Iterable[Any]) -> PointsPayload:
    """The payload of report rows (mappings or objects with attributes).

    Each row needs ``id``, ``lat``, ``lon``, ``status`` (a ``Status`` or its
    value) and may have ``overdue`` (bool) and ``number``. Rows without a
    location inside the Jakarta area or with an unknown status are skipped.
    """
    ids: list[str] = []
    lats: list[float] = []
    lons: list[float] = []
    codes: list[int] = []
    overdue: list[int] = []
    numbers: list[str] = []
    skipped = 0
    for row in rows:
        lat = _coordinate(_field(row, "lat"), _LAT_RANGE)
        lon = _coordinate(_field(row, "lon"), _LON_RANGE)
        code = _status_code(_field(row, "status"))
        report_id = _field(row, "id")
        if lat is None or lon is None or code is None or not report_id:
            skipped += 1
            continue
        ids.append(str(report_id))
        lats.append(lat)
        lons.append(lon)
        codes.append(code)
        overdue.append(1 if _field(row, "overdue", False) else 0)
        numbers.append(str(_field(row, "number", "") or ""))
    return PointsPayload(
        tuple(ids), tuple(lats), tuple(lons), tuple(codes), tuple(overdue), tuple(numbers), skipped
    )


_CODE_BY_VALUE: dict[str, int] = {status.value: code for status, code in STATUS_CODE.items()}
_OPEN_CODES: frozenset[int] = frozenset(STATUS_CODE[s] for s in STATUS_ORDER if s.is_open)


def report_points(reports: Iterable[Any], now: datetime | None = None) -> PointsPayload:
    """The payload of store rows (``store.queries.MapPoint`` or alike: ``id``,
    ``number``, ``lat``, ``lon``, ``status``, ``due_at``). Overdue: an open report
    whose next deadline has passed.

    This runs for every filter change of a city-level supervisor (tens of thousands
    of rows), so it reads attributes directly and keeps no per-row objects.
    """
    now = now or datetime.now(UTC)
    lo_lat, hi_lat = _LAT_RANGE
    lo_lon, hi_lon = _LON_RANGE
    ids: list[str] = []
    lats: list[float] = []
    lons: list[float] = []
    codes: list[int] = []
    overdue: list[int] = []
    numbers: list[str] = []
    skipped = 0
    for report in reports:
        lat, lon, rid = report.lat, report.lon, report.id
        status = report.status
        code = _CODE_BY_VALUE.get(status.value if isinstance(status, Status) else status)
        if (
            code is None
            or not rid
            or lat is None
            or lon is None
            or not lo_lat <= lat <= hi_lat  # NaN fails these comparisons too
            or not lo_lon <= lon <= hi_lon
        ):
            skipped += 1
            continue
        due = report.due_at
        if due is not None and due.tzinfo is None:
            due = due.replace(tzinfo=UTC)
        ids.append(str(rid))
        lats.append(round(lat, _COORD_DIGITS))
        lons.append(round(lon, _COORD_DIGITS))
        codes.append(code)
        overdue.append(1 if code in _OPEN_CODES and due is not None and due < now else 0)
        numbers.append(report.number or "")
    return PointsPayload(
        tuple(ids), tuple(lats), tuple(lons), tuple(codes), tuple(overdue), tuple(numbers), skipped
    )
