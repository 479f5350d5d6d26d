"""Where a new walk-in report lands: the kelurahan unit of its location.

By the kelurahan chosen at the desk (its Kemendagri code), or else by the point,
inside the kelurahan boundaries when the data directory provides them.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Unit

log = logging.getLogger(__name__)
_lock = threading.Lock()
_cache: dict[Path, Any] = {}


def boundaries(data_dir: Path | None) -> Any | None:
    """The kelurahan boundaries of ``data_dir`` (loaded once), or None when unavailable."""
    if data_dir is None:
        return None
    with _lock:
        if data_dir not in _cache:
            try:
                from crm_shared.geo.boundaries import load_boundaries

                _cache[data_dir] = load_boundaries(data_dir)
            except Exception:  # missing module or data: route by kelurahan code only
                log.warning("kelurahan boundaries unavailable in %s", data_dir, exc_info=True)
                _cache[data_dir] = None
        return _cache[data_dir]


def kelurahan_unit(
    session: Session,
    kelurahan_code: str | None,
    lat: float | None,
    lon: float | None,
    data_dir: Path | None,
) -> Unit | None:
    """The kelurahan unit for a location, or None when it lies in none we know."""
    if kelurahan_code:
        unit = _unit_by_code(session, kelurahan_code)
        if unit is not None:
            return unit
    if lat is not None and lon is not None:
        found = boundaries(data_dir)
        info = found.locate(lat, lon) if found is not None else None
        if info is not None and info.code:
            return _unit_by_code(session, info.code)
    return None


def _unit_by_code(session: Session, code: str) -> Unit | None:
    return session.execute(
        select(Unit).where(Unit.kind == "kelurahan", Unit.code == code).limit(1)
    ).scalar_one_or_none()
