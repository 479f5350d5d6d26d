"""Where the day's copy of a profile lives and whether it is recent (no SQLAlchemy).

``integrity.make_backup`` writes the copy after a good sync when this one is not
fresh; a headless sync with nothing new (``sync.nothing_new``) asks the same
question without importing the store's engine.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

DAILY_INFIX = ".daily-"
DEFAULT_MAX_AGE = timedelta(hours=1)


def daily_copy_path(db_file: Path, day: datetime) -> Path:
    return db_file.with_name(f"{db_file.name}{DAILY_INFIX}{day:%Y%m%d}")


def is_fresh(target: Path, now: datetime, max_age: timedelta = DEFAULT_MAX_AGE) -> bool:
    if not target.exists():
        return False
    age = now.timestamp() - target.stat().st_mtime
    return 0 <= age < max_age.total_seconds()


def daily_copy_is_fresh(db_file: Path, now: datetime) -> bool:
    """Whether ``make_backup`` (default age) would leave today's copy as it is."""
    return is_fresh(daily_copy_path(db_file, now), now)
