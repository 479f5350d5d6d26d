"""Growing delays after wrong passwords, kept beside the profile (survives a restart).

``keys.unlock`` is the one password check of a profile (sign-in online or offline,
the lock page, the CLI, a password change). Before it runs ``check`` refuses while
the delay after the last failure has not passed; after it, ``failed`` or
``succeeded`` updates ``<profile>/unlock-attempts.json``.

Delay after the n-th failure in a row: none for the first ``FREE_ATTEMPTS``, then
``BASE_DELAY_S`` doubling each time, at most ``MAX_DELAY_S``. A restart does not
reset it (the file), and neither does waiting it out (only a right password does).
Someone who may write the profile folder can remove the file, but could then copy
``profile.key`` away as well: this slows guessing at the PC, the scrypt cost of every
try slows guessing elsewhere. Qt-free.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import time
from pathlib import Path

from .errors import StoreError

ATTEMPTS_FILENAME = "unlock-attempts.json"
FREE_ATTEMPTS = 3
BASE_DELAY_S = 5.0
MAX_DELAY_S = 15 * 60.0


def _now() -> float:
    return time.time()  # wall clock: the count must survive a restart


class TooManyAttemptsError(StoreError):
    """Wrong passwords in a row: the next try must wait ``wait_s`` seconds."""

    def __init__(self, wait_s: float) -> None:
        self.wait_s = wait_s
        seconds = max(1, math.ceil(wait_s))
        super().__init__(
            "too_many_attempts",
            f"Terlalu banyak kata sandi salah. Coba lagi dalam {seconds} detik.",
        )


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong passwords in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(BASE_DELAY_S * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_S)


def _path(profile_dir: Path) -> Path:
    return Path(profile_dir) / ATTEMPTS_FILENAME


def _read(profile_dir: Path) -> tuple[int, float]:
    try:
        data = json.loads(_path(profile_dir).read_text(encoding="utf-8"))
        return max(0, int(data["failures"])), float(data["last"])
    except FileNotFoundError:
        return 0, 0.0
    except (OSError, ValueError, KeyError, TypeError):
        # Damaged: keep the strictest reading rather than a fresh start.
        return FREE_ATTEMPTS + 4, _now()


def check(profile_dir: Path) -> None:
    """Raise ``TooManyAttemptsError`` while the delay after the last failure runs."""
    failures, last = _read(profile_dir)
    now = _now()
    wait = last + delay_after(failures) - now
    if wait > 0:
        raise TooManyAttemptsError(wait)


def failed(profile_dir: Path) -> int:
    """Count a wrong password; the number of failures in a row."""
    failures, _ = _read(profile_dir)
    failures += 1
    path = _path(profile_dir)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({"failures": failures, "last": _now()}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    return failures


def succeeded(profile_dir: Path) -> None:
    """The right password: the count starts again."""
    with contextlib.suppress(FileNotFoundError):
        _path(profile_dir).unlink()


def failures(profile_dir: Path) -> int:
    return _read(profile_dir)[0]
